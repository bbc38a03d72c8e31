"""Writing a bundle again: replace / keep both / ask, never an empty secret, no plaintext left
behind by a run that was killed half-way."""

from __future__ import annotations

import datetime as dt
import os
import select
import signal
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from dotenv import dotenv_values

from tests.helpers.handoff import NAME, SECRET, TODAY, plain_facts
from xwms_wizard.handoff import BundleError, write_bundle
from xwms_wizard.handoff import bundle as bundle_module
from xwms_wizard.handoff.bundle import BundleExists, existing_bundle

ROOT = Path(__file__).resolve().parents[2]
OLD_SECRET = "xs_OLD_" + "a1B2c3D4" * 4
posix_only = pytest.mark.skipif(os.name != "posix", reason="kill -9 and flock are POSIX")


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (hidden ones too), by relative path."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def holding(folder: Path, secret: str) -> set[str]:
    """The files under `folder` whose bytes contain `secret`."""
    return {name for name, data in snapshot(folder).items() if secret.encode() in data}


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".tmp" in p.name or ".old-" in p.name)


# --- existing: keep_both / replace / ask ----------------------------------------------------


def test_existing_bundle_names_the_folder_or_the_lone_zip(out):
    facts = plain_facts()
    assert existing_bundle(facts, out, TODAY) is None
    assert existing_bundle(facts, out / "not-made-yet", TODAY) is None
    (out / f"{NAME}.zip").write_bytes(b"zip")
    assert existing_bundle(facts, out, TODAY) == out / f"{NAME}.zip"
    write_bundle(facts, out, today=TODAY, existing="replace")
    assert existing_bundle(facts, out, TODAY) == out / NAME
    assert existing_bundle(facts, out, TODAY + dt.timedelta(days=1)) is None
    assert existing_bundle(plain_facts(client_name="other"), out, TODAY) is None


def test_ask_refuses_before_writing_anything(out):
    first = write_bundle(plain_facts(), out, secret=SECRET, include_secret=True, today=TODAY)
    before = snapshot(out)
    with pytest.raises(BundleExists) as caught:
        write_bundle(plain_facts(client_id="xc_new"), out, existing="ask", make_zip=True,
                     today=TODAY)
    assert caught.value.path == first.path
    assert isinstance(caught.value, BundleError) and caught.value.field == "export_dir"
    assert NAME in caught.value.message
    assert snapshot(out) == before


def test_ask_writes_when_the_name_is_free(out):
    result = write_bundle(plain_facts(), out, existing="ask", today=TODAY)
    assert result.path == out / NAME


def test_keep_both_is_the_default_and_replace_takes_the_place(out):
    write_bundle(plain_facts(), out, secret=OLD_SECRET, include_secret=True, today=TODAY)
    both = write_bundle(plain_facts(), out, existing="keep_both", today=TODAY)
    assert both.path.name == f"{NAME}-2"
    again = write_bundle(plain_facts(), out, secret=SECRET, include_secret=True,
                         existing="replace", today=TODAY)
    assert again.path == out / NAME
    assert dotenv_values(again.path / ".env")["XWMS_CLIENT_SECRET"] == SECRET
    assert holding(out, OLD_SECRET) == set()
    assert sorted(p.name for p in out.iterdir()) == [NAME, f"{NAME}-2"]


def test_force_is_replace(out):
    write_bundle(plain_facts(), out, today=TODAY)
    assert write_bundle(plain_facts(), out, force=True, today=TODAY).path == out / NAME
    assert write_bundle(plain_facts(), out, force=True, existing="replace",
                        today=TODAY).path == out / NAME
    assert sorted(p.name for p in out.iterdir()) == [NAME]


@pytest.mark.parametrize("kwargs", [{"existing": "overwrite"}, {"existing": "ask", "force": True}])
def test_an_unknown_choice_is_a_programming_error(out, kwargs):
    with pytest.raises(ValueError):
        write_bundle(plain_facts(), out, **kwargs)
    assert list(out.iterdir()) == []


# --- never an empty secret ------------------------------------------------------------------


@pytest.mark.parametrize("existing", ["keep_both", "replace", "ask"])
@pytest.mark.parametrize("secret", [None, "", "  "])
def test_include_secret_without_its_value_writes_nothing(out, existing, secret):
    write_bundle(plain_facts(), out, secret=OLD_SECRET, include_secret=True, make_zip=True,
                 today=TODAY)
    before = snapshot(out)
    with pytest.raises(BundleError) as caught:
        write_bundle(plain_facts(client_id="xc_new"), out, secret=secret, include_secret=True,
                     existing=existing, today=TODAY)
    assert caught.value.field == "include_secret"
    assert "not on this computer" in caught.value.message
    assert not isinstance(caught.value, BundleExists)
    assert snapshot(out) == before  # the working .env keeps its secret


def test_replace_never_puts_a_bundle_without_its_secret_in_the_place_of_one(out):
    write_bundle(plain_facts(), out, secret=OLD_SECRET, include_secret=True, today=TODAY)
    before = snapshot(out)
    unwritable = "xs_it's\\odd"  # no .env reader reads this the same: it would be left out
    with pytest.raises(BundleError) as caught:
        write_bundle(plain_facts(), out, secret=unwritable, include_secret=True,
                     existing="replace", today=TODAY)
    assert caught.value.field == "include_secret" and NAME in caught.value.message
    assert unwritable not in caught.value.message + caught.value.detail
    assert snapshot(out) == before
    # Keeping both is still possible: the new folder says the secret was left out.
    both = write_bundle(plain_facts(), out, secret=unwritable, include_secret=True, today=TODAY)
    assert both.path.name == f"{NAME}-2" and not both.secret_included


def test_leaving_the_secret_out_still_replaces(out):
    write_bundle(plain_facts(), out, secret=OLD_SECRET, include_secret=True, today=TODAY)
    again = write_bundle(plain_facts(), out, secret=None, include_secret=False,
                         existing="replace", today=TODAY)
    assert dotenv_values(again.path / ".env")["XWMS_CLIENT_SECRET"] == ""
    assert holding(out, OLD_SECRET) == set()


# --- leftovers of killed runs ---------------------------------------------------------------


def fake_leftovers(out: Path) -> None:
    """What killed runs leave: a staging folder with a complete .env, a replaced bundle's
    backup, a half-written zip; all holding the secret."""
    staging = out / f".{NAME}.k3x_9abz.tmp"
    staging.mkdir()
    (staging / ".env").write_text(f"XWMS_CLIENT_SECRET='{OLD_SECRET}'\n")
    (staging / "..env.0123456789ab.tmp").write_text(OLD_SECRET)
    other = out / ".xwms-handoff-other-client-2025-11-30-2.abcdefgh.tmp"
    other.mkdir()
    (other / ".env").write_text(OLD_SECRET)
    backup = out / f".{NAME}.old-0badc0de"
    backup.mkdir()
    (backup / ".env").write_text(OLD_SECRET)
    (backup / "note-from-the-owner.txt").write_text("old")
    (out / f".{NAME}.zip.0123456789ab.tmp").write_text(OLD_SECRET)


def test_the_next_run_removes_what_killed_runs_left(out):
    fake_leftovers(out)
    result = write_bundle(plain_facts(), out, secret=SECRET, include_secret=True, today=TODAY)
    assert leftovers(out) == []
    assert holding(out, OLD_SECRET) == set()
    assert holding(out, SECRET) == {f"{NAME}/.env"}
    assert result.path == out / NAME  # the leftovers did not push it to -2


def test_a_refused_ask_still_removes_what_killed_runs_left(out):
    write_bundle(plain_facts(), out, today=TODAY)
    fake_leftovers(out)
    with pytest.raises(BundleExists):
        write_bundle(plain_facts(), out, existing="ask", today=TODAY)
    assert leftovers(out) == [] and holding(out, OLD_SECRET) == set()


def test_only_our_own_leftovers_are_removed(out, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / ".env").write_text("theirs")
    keep = {
        # not hidden, not our random part, not our suffix, someone else's name
        f"{NAME}.abcdefgh.tmp": "dir",
        f".{NAME}.abc.tmp": "dir",
        f".{NAME}.ABCDEFGH.tmp": "dir",
        f".{NAME}.old-notahexx": "dir",
        f".{NAME}.old-0badc0de.bak": "dir",
        ".my-notes.abcdefgh.tmp": "dir",
        ".xwms-handoff-Caps.abcdefgh.tmp": "dir",
        ".backup.old-0badc0de": "dir",
        # our names, but a file where we make a folder, or a folder where we make a file
        f".{NAME}.qwertyui.tmp": "file",
        f".{NAME}.old-12345678": "file",
        f".{NAME}.zip.0123456789ab.tmp": "dir",
        # our name, but a link: neither it nor what it points to is touched
        f".{NAME}.linkedxx.tmp": "link",
    }
    for name, kind in keep.items():
        path = out / name
        if kind == "dir":
            path.mkdir()
            (path / ".env").write_text("theirs")
        elif kind == "file":
            path.write_text("theirs")
        elif os.name == "posix":
            path.symlink_to(elsewhere, target_is_directory=True)
    write_bundle(plain_facts(), out, today=TODAY)
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [NAME, *(n for n, k in keep.items() if k != "link" or os.name == "posix")]
    )
    assert (elsewhere / ".env").read_text() == "theirs"


@posix_only
def test_a_run_still_writing_keeps_its_staging_folder(out):
    staging = out / f".{NAME}.livexxxx.tmp"
    staging.mkdir()
    (staging / ".env").write_text(OLD_SECRET)
    backup = out / f".{NAME}.old-0badc0de"
    backup.mkdir()
    lock = bundle_module._hold_lock(staging)
    assert lock is not None
    try:
        write_bundle(plain_facts(client_name="someone else"), out, today=TODAY)
        assert staging.is_dir() and backup.is_dir()  # its run may still need them
    finally:
        bundle_module._release_lock(lock)
    write_bundle(plain_facts(client_name="someone else"), out, today=TODAY)
    assert leftovers(out) == []


# --- a real run, killed with SIGKILL mid-way -------------------------------------------------

CHILD = r"""
import sys, time
from pathlib import Path
from xwms_wizard import atomic
from xwms_wizard.handoff import bundle
from tests.helpers.handoff import SECRET, plain_facts

dest, where = Path(sys.argv[1]), sys.argv[2]

def stop():
    print("stopped", flush=True)
    time.sleep(600)

real_write, real_replace, real_remove = bundle.atomic_write_bytes, atomic.os.replace, bundle._remove

def write(path, data, **kwargs):
    real_write(path, data, **kwargs)
    if where == "staging" and path.name == ".env":
        stop()  # the staging folder holds a complete .env with the secret

def replace(src, dst):
    if where == "zip" and str(dst).endswith(".zip"):
        stop()  # the zip's temp file is written, not yet renamed
    return real_replace(src, dst)

def remove(path):
    if where == "backup":
        stop()  # the new bundle is in place, the replaced one not yet removed
    return real_remove(path)

bundle.atomic_write_bytes, atomic.os.replace, bundle._remove = write, replace, remove
bundle.write_bundle(plain_facts(), dest, secret=SECRET, include_secret=True,
                    make_zip=where == "zip", existing="replace")
print("finished", flush=True)
"""


def run_and_kill(out: Path, where: str) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(out), where],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        ready, _, _ = select.select([child.stdout], [], [], 60)
        line = child.stdout.readline() if ready else ""
        assert line.strip() == "stopped", child.stderr.read() if child.poll() is not None else line
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL


@posix_only
@pytest.mark.parametrize("where", ["staging", "backup", "zip"])
def test_after_a_kill_9_the_next_run_leaves_no_plaintext_secret(out, where):
    today = dt.date.today()  # the child writes with today's date
    name = f"xwms-handoff-my-company-main-app-{today.isoformat()}"
    write_bundle(plain_facts(), out, secret=OLD_SECRET, include_secret=True, today=today)
    run_and_kill(out, where)
    left = leftovers(out)
    assert left, "the killed run should have left something behind"
    if where == "staging":
        assert any(SECRET.encode() in (out / n / ".env").read_bytes() for n in left)
    if where == "backup":
        assert holding(out, OLD_SECRET) == {f"{left[0]}/.env"}

    result = write_bundle(plain_facts(), out, secret=SECRET, include_secret=True,
                          make_zip=where == "zip", existing="replace", today=today)
    assert result.path == out / name
    assert leftovers(out) == []
    assert holding(out, OLD_SECRET) == set()
    assert holding(out, SECRET) - {f"{name}.zip"} == {f"{name}/.env"}
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [name, *([f"{name}.zip"] if where == "zip" else [])]
    )
    if where == "zip":
        with zipfile.ZipFile(out / f"{name}.zip") as archive:
            assert SECRET.encode() in archive.read(f"{name}/.env")


@posix_only
def test_a_run_paused_mid_way_is_left_alone_until_it_is_killed(out):
    # Another run (say the command line) is writing into the same folder right now.
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(out), "staging"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    try:
        ready, _, _ = select.select([child.stdout], [], [], 60)
        assert ready and child.stdout.readline().strip() == "stopped"
        live = leftovers(out)
        assert len(live) == 1
        write_bundle(plain_facts(client_name="another client"), out, today=TODAY)
        assert leftovers(out) == live  # its staging folder is still there for it
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
    write_bundle(plain_facts(client_name="another client"), out, today=TODAY)
    assert leftovers(out) == [] and holding(out, SECRET) == set()
