"""The handoff bundle: its files, modes, atomic writing, no silent overwrite, no secret leak."""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import pytest
from dotenv import dotenv_values
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers.handoff import (
    ENV_KEYS,
    NAME,
    PLAIN_ENV,
    SECRET,
    SECRET_MARKER,
    TODAY,
    handoff_facts,
    plain_facts,
    secret_values,
)
from xwms_wizard import atomic as atomic_module
from xwms_wizard.atomic import atomic_write_bytes
from xwms_wizard.handoff import (
    BundleError,
    HandoffFacts,
    facts_from_dict,
    facts_to_dict,
    parse_env_file,
    write_bundle,
)
from xwms_wizard.handoff import bundle as bundle_module

FILES = {
    ".env",
    ".env.example",
    "HANDOFF.md",
    "xwms-handoff.json",
    ".gitignore",
    "secret-expiry-reminder.ics",
}
# The starter apps (resources/starters/), copied into every bundle.
STARTER_FILES = {
    "starters/python/app.py",
    "starters/python/README.md",
    "starters/node/app.js",
    "starters/node/README.md",
    "starters/php/index.php",
    "starters/php/README.md",
}
TOP_LEVEL = FILES | {"starters"}
posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def all_files(folder: Path) -> dict[str, bytes]:
    """Every file under `folder`, by its path inside it (`starters/python/app.py`)."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


# --- what is in the bundle -----------------------------------------------------------------


def test_bundle_has_every_file_with_the_right_values(out):
    result = write_bundle(plain_facts(), out, secret=SECRET, include_secret=True,
                          today=TODAY)
    assert result.path == out / NAME
    assert {p.name for p in result.path.iterdir()} == TOP_LEVEL
    assert {p.relative_to(result.path).as_posix() for p in result.files} == FILES | STARTER_FILES
    assert result.zip_path is None and result.skipped_values == [] and result.secret_included
    assert dotenv_values(result.path / ".env") == PLAIN_ENV
    assert parse_env_file(result.path / ".env") == PLAIN_ENV
    assert dotenv_values(result.path / ".env.example") == {**PLAIN_ENV, "XWMS_CLIENT_SECRET": ""}
    env_lines = (result.path / ".env").read_text("utf-8").splitlines()
    assert "never commit it" in env_lines[1]
    for key in ENV_KEYS:  # each value has its one-line comment right above it
        index = next(i for i, line in enumerate(env_lines) if line.startswith(f"{key}="))
        assert env_lines[index - 1].startswith("# ")
    gitignore = (result.path / ".gitignore").read_text("utf-8").splitlines()
    assert ".env" in gitignore and ".env.example" not in gitignore


def test_secret_left_out_says_it_comes_separately(out):
    result = write_bundle(plain_facts(), out, secret=SECRET, include_secret=False)
    text = (result.path / ".env").read_text("utf-8")
    assert "\nXWMS_CLIENT_SECRET=\n" in text
    comment = text.split("\nXWMS_CLIENT_SECRET=\n")[0].splitlines()[-1]
    assert "separately" in comment and "another channel" in comment
    assert SECRET not in text and not result.secret_included
    assert json.loads((result.path / "xwms-handoff.json").read_text("utf-8"))[
        "secret_included_in_env"
    ] is False


def test_include_secret_without_a_secret_is_refused(out):
    # It used to write XWMS_CLIENT_SECRET= empty with a note; now nothing is written.
    with pytest.raises(BundleError, match="not on this computer") as caught:
        write_bundle(plain_facts(), out, secret=None, include_secret=True)
    assert caught.value.field == "include_secret"
    assert list(out.iterdir()) == []


def test_a_value_that_cannot_be_written_is_left_out_with_a_note(out):
    secret = "xs_it's\\odd"
    result = write_bundle(plain_facts(domain_id="xd_${X}"), out, secret=secret,
                          include_secret=True)
    values = dotenv_values(result.path / ".env")
    assert values["XWMS_CLIENT_SECRET"] == "" and values["XWMS_DOMAIN_ID"] == ""
    assert not result.secret_included
    notes = " ".join(result.skipped_values)
    assert "XWMS_CLIENT_SECRET" in notes and "XWMS_DOMAIN_ID" in notes
    for file_bytes in all_files(result.path).values():
        assert secret.encode() not in file_bytes and b"it's\\odd" not in file_bytes
    assert json.loads((result.path / "xwms-handoff.json").read_text("utf-8"))[
        "skipped_values"
    ] == result.skipped_values


def test_handoff_md_flags_an_unverified_setup(out):
    unverified = write_bundle(
        plain_facts(verified=False, verified_at=None, verification_note="XWMS was unreachable"),
        out / "a",
    )
    text = (unverified.path / "HANDOFF.md").read_text("utf-8")
    assert "NOT VERIFIED" in text.split("##")[0]  # the banner, before the first section
    assert "XWMS was unreachable" in text
    verified = write_bundle(plain_facts(), out / "b")
    text = (verified.path / "HANDOFF.md").read_text("utf-8")
    assert "NOT VERIFIED" not in text
    assert "2025-12-01 10:30 UTC" in text and "calls must come from your server" in text


def test_handoff_md_tells_the_developer_what_was_set_up(out):
    facts = plain_facts(test_mode=True, sandbox=True)
    text = (write_bundle(facts, out, today=TODAY).path / "HANDOFF.md").read_text("utf-8")
    for needle in (
        "`my-company-main-app`", "`xc_0123456789abcdef0123`", "bücher.example",
        "`xn--bcher-kva.example`", "`xd_aaaabbbbccccddddeeee`", "Test Mode",
        "`https://xn--bcher-kva.example/xwms/validateToken`", "`https://xwms.nl/api/`",
        "Standard Key", "2026-03-01", "**Read basic user profile** (`profile`)",
        "birth date", "practice sandbox", "/xwms/auth", "sign-token-verify", "`sub`",
        "Never by e-mail", "set -a; . ./.env; set +a", "X-Client-Secret",
        "composer require xwms/package", "php artisan vendor:publish --tag=xwms-config",
        "npm install xwms-package", "Client Secrets", "revokes the old secret",
        "2026-02-15",  # the reminder date
    ):
        assert needle in text, needle
    assert "${" not in text.replace("${XWMS_API_URI%/}", "")  # every placeholder was filled


def code_blocks(markdown: str, language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", markdown, flags=re.DOTALL)


def test_handoff_md_code_samples_are_valid(out):
    text = (write_bundle(plain_facts(), out).path / "HANDOFF.md").read_text("utf-8")
    (python_sample,) = code_blocks(text, "python")
    compile(python_sample, "HANDOFF.md", "exec")
    shell = code_blocks(text, "sh")
    assert len(shell) == 3
    check = shell[0]
    assert check.startswith("set -a; . ./.env; set +a\ncurl ")
    subprocess.run(["sh", "-n"], input=check.encode(), check=True, timeout=20)


@posix_only
def test_the_curl_check_sends_the_env_values(out):
    # Run the check itself with a stand-in `curl` that prints its arguments: the shell must
    # turn the .env into exactly the headers and body XWMS expects.
    result = write_bundle(plain_facts(), out / "out", secret=SECRET, include_secret=True)
    check = code_blocks((result.path / "HANDOFF.md").read_text("utf-8"), "sh")[0]
    fake_bin = out / "bin"
    fake_bin.mkdir()
    fake_curl = fake_bin / "curl"
    fake_curl.write_text('#!/bin/sh\nfor a in "$@"; do printf "%s\\n" "$a"; done\n')
    fake_curl.chmod(0o755)
    env = {"PATH": f"{fake_bin}:/usr/bin:/bin"}
    out = subprocess.run(["sh", "-c", check], cwd=result.path, env=env, capture_output=True,
                         check=True, timeout=20, text=True).stdout.splitlines()
    assert "https://xwms.nl/api/sign-token" in out
    assert "X-Client-Id: xc_0123456789abcdef0123" in out
    assert f"X-Client-Secret: {SECRET}" in out
    assert "X-Client-Domain: xn--bcher-kva.example" in out
    body = json.loads(out[out.index("-d") + 1])
    assert body == {"redirect_url": "https://xn--bcher-kva.example/xwms/validateToken"}


def test_json_holds_the_facts_and_reads_back(out):
    facts = plain_facts()
    result = write_bundle(facts, out, secret=SECRET, include_secret=True)
    document = json.loads((result.path / "xwms-handoff.json").read_text("utf-8"))
    assert document["version"] == 1 and document["secret_included_in_env"] is True
    assert facts_from_dict(document) == facts
    assert facts_from_dict(facts_to_dict(facts)) == facts


@pytest.mark.parametrize(
    "document",
    [[], {"version": 2}, {"version": 1, "client_name": 5}, {"client_name": "x"}],
)
def test_unreadable_json_is_a_plain_error(document):
    with pytest.raises(BundleError, match="xwms-handoff.json could not be read"):
        facts_from_dict(document)


def test_no_ics_without_expiry(out):
    result = write_bundle(plain_facts(secret_expires=None), out)
    assert "secret-expiry-reminder.ics" not in {p.name for p in result.path.iterdir()}
    assert "no expiry date" in (result.path / "HANDOFF.md").read_text("utf-8")


def test_facts_have_no_secret_field():
    fields = HandoffFacts.__dataclass_fields__
    assert not any(name == "secret" or name.endswith("_secret") for name in fields)


# --- the secret stays in .env --------------------------------------------------------------


def test_secret_only_in_env_also_in_the_zip(out):
    result = write_bundle(plain_facts(), out, secret=SECRET, include_secret=True,
                          make_zip=True, today=TODAY)
    for name, data in all_files(result.path).items():
        assert (SECRET.encode() in data) == (name == ".env"), name
    with zipfile.ZipFile(result.zip_path) as archive:
        names = archive.namelist()
        assert set(names) == {f"{NAME}/"} | {f"{NAME}/{f}" for f in FILES | STARTER_FILES}
        for member in names:
            assert (SECRET.encode() in archive.read(member)) == (member == f"{NAME}/.env")
        assert archive.read(f"{NAME}/.env") == (result.path / ".env").read_bytes()
        env_info = archive.getinfo(f"{NAME}/.env")
        assert stat.S_IMODE(env_info.external_attr >> 16) == 0o600
    assert SECRET not in repr(result)


def test_secret_nowhere_when_left_out(out):
    result = write_bundle(plain_facts(), out, secret=SECRET, include_secret=False,
                          make_zip=True)
    for data in all_files(result.path).values():
        assert SECRET.encode() not in data
    with zipfile.ZipFile(result.zip_path) as archive:
        for member in archive.namelist():
            assert SECRET.encode() not in archive.read(member)


@settings(max_examples=60, deadline=None)
@given(facts=handoff_facts(), secret=secret_values, include=st.booleans(), zipped=st.booleans())
def test_awkward_facts_make_a_sound_bundle(facts, secret, include, zipped):
    with tempfile.TemporaryDirectory() as folder:
        result = write_bundle(facts, folder, secret=secret, include_secret=include,
                              make_zip=zipped, today=TODAY)
        assert re.fullmatch(r"xwms-handoff-[a-z0-9-]+-2025-12-01", result.path.name)
        files = all_files(result.path)
        marker = SECRET_MARKER.encode()
        for name, data in files.items():
            assert (marker in data) == (name == ".env" and result.secret_included), name
        env = dotenv_values(result.path / ".env")
        refused = " ".join(result.skipped_values)
        assert env["XWMS_CLIENT_SECRET"] == (secret if result.secret_included else "")
        assert result.secret_included == (include and "XWMS_CLIENT_SECRET" not in refused)
        for key, value in (("XWMS_CLIENT_ID", facts.client_id), ("XWMS_DOMAIN", facts.domain),
                           ("XWMS_DOMAIN_ID", facts.domain_id),
                           ("XWMS_REDIRECT_URI", facts.redirect_uri),
                           ("XWMS_API_URI", facts.api_uri)):
            assert env[key] == ("" if f"value for {key} cannot" in refused else value)
        assert facts_from_dict(json.loads(files["xwms-handoff.json"])) == facts
        handoff = files["HANDOFF.md"].decode("utf-8")
        assert ("NOT VERIFIED" in handoff) == (not facts.verified)
        assert ("secret-expiry-reminder.ics" in files) == (facts.secret_expires is not None)
        if zipped:
            with zipfile.ZipFile(result.zip_path) as archive:
                for member in archive.namelist():
                    inside = marker in archive.read(member)
                    assert inside == (member.endswith("/.env") and result.secret_included)


# --- permissions ----------------------------------------------------------------------------


@posix_only
@pytest.mark.parametrize("include", [True, False])
def test_env_is_0600_and_the_zip_too_when_it_holds_the_secret(out, include):
    result = write_bundle(plain_facts(), out, secret=SECRET, include_secret=include,
                          make_zip=True)
    assert mode(result.path / ".env") == 0o600
    assert mode(result.path / "HANDOFF.md") & 0o044 == 0o044 & ~_umask()
    if include:
        assert mode(result.zip_path) == 0o600
        assert mode(result.path) == 0o700
    else:
        assert mode(result.zip_path) == 0o666 & ~_umask()


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


@posix_only
def test_the_secret_file_is_never_readable_by_others_even_briefly(out, monkeypatch):
    # Look at every file the moment os.open creates it, before anything else can chmod it.
    seen: dict[str, int] = {}
    real_open = os.open

    def watching_open(path, flags, mode=0o777, *args, **kwargs):
        fd = real_open(path, flags, mode, *args, **kwargs)
        seen[os.path.basename(path)] = stat.S_IMODE(os.fstat(fd).st_mode)
        return fd

    monkeypatch.setattr(atomic_module.os, "open", watching_open)
    old = os.umask(0)  # the most permissive umask: the mode must come from os.open itself
    try:
        write_bundle(plain_facts(), out, secret=SECRET, include_secret=True, make_zip=True)
    finally:
        os.umask(old)
    env_temps = [mode for name, mode in seen.items() if re.fullmatch(r"\.\.env\.\w+\.tmp", name)]
    zip_temps = [mode for name, mode in seen.items() if name.endswith(".zip") or ".zip." in name]
    assert env_temps == [0o600] and zip_temps == [0o600]


# --- atomic writes --------------------------------------------------------------------------


@pytest.mark.parametrize("failing", ["fsync", "replace", "write"])
def test_atomic_write_failure_keeps_the_old_file_and_no_temp(out, monkeypatch, failing):
    target = out / "file.txt"
    target.write_bytes(b"old content")

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    if failing == "write":
        monkeypatch.setattr(atomic_module.os, "fdopen", _fdopen_failing_after(10))
    else:
        monkeypatch.setattr(atomic_module.os, failing, boom)
    with pytest.raises(OSError):
        atomic_write_bytes(target, b"new content that is longer than ten bytes")
    assert target.read_bytes() == b"old content"
    assert [p.name for p in out.iterdir()] == ["file.txt"]


def _fdopen_failing_after(limit: int):
    """os.fdopen whose file writes `limit` bytes, then fails like a full disk."""
    real_fdopen = os.fdopen

    class HalfWriter:
        def __init__(self, handle):
            self._handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self._handle.close()

        def write(self, data):
            self._handle.write(data[:limit])
            self._handle.flush()
            raise OSError(28, "No space left on device")

        def __getattr__(self, name):
            return getattr(self._handle, name)

    return lambda fd, *args, **kwargs: HalfWriter(real_fdopen(fd, *args, **kwargs))


@pytest.mark.parametrize("call_number", [1, 3, 6])
def test_bundle_failure_mid_way_leaves_nothing(out, monkeypatch, call_number):
    real_replace = os.replace
    calls = []

    def failing_replace(src, dst):
        calls.append(dst)
        if len(calls) == call_number:
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(atomic_module.os, "replace", failing_replace)
    with pytest.raises(BundleError) as caught:
        write_bundle(plain_facts(), out, secret=SECRET, include_secret=True)
    assert "No space left on device" in caught.value.message
    assert "Nothing was left half-written" in caught.value.message
    assert caught.value.field == "export_dir" and caught.value.retryable
    assert SECRET not in caught.value.message + caught.value.detail
    assert list(out.iterdir()) == []


def test_failure_while_placing_the_folder_leaves_nothing(out, monkeypatch):
    def failing_rename(src, dst):
        raise OSError(13, "Permission denied")

    monkeypatch.setattr("xwms_wizard.handoff.bundle.os.rename", failing_rename)
    with pytest.raises(BundleError, match="Permission denied"):
        write_bundle(plain_facts(), out, secret=SECRET, include_secret=True)
    assert list(out.iterdir()) == []


def test_failure_writing_the_zip_removes_the_new_folder(out, monkeypatch):
    real_replace = os.replace

    def failing_for_zip(src, dst):
        if str(dst).endswith(".zip"):
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(atomic_module.os, "replace", failing_for_zip)
    with pytest.raises(BundleError):
        write_bundle(plain_facts(), out, make_zip=True)
    assert list(out.iterdir()) == []


def test_failed_force_keeps_the_old_bundle(out, monkeypatch):
    first = write_bundle(plain_facts(), out, make_zip=True, today=TODAY)
    before = all_files(first.path)
    zip_before = first.zip_path.read_bytes()
    real_replace = os.replace

    def failing_for_zip(src, dst):
        if str(dst).endswith(".zip"):
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(atomic_module.os, "replace", failing_for_zip)
    with pytest.raises(BundleError):
        write_bundle(plain_facts(client_id="xc_new"), out, make_zip=True, force=True,
                     today=TODAY)
    assert all_files(first.path) == before
    assert first.zip_path.read_bytes() == zip_before
    assert sorted(p.name for p in out.iterdir()) == [NAME, f"{NAME}.zip"]


def test_unwritable_destination_is_a_plain_error(out):
    blocker = out / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(BundleError, match="could not be written in"):
        write_bundle(plain_facts(), blocker / "sub")


# --- never overwrite silently ---------------------------------------------------------------


def test_an_existing_bundle_is_never_overwritten(out):
    first = write_bundle(plain_facts(), out, today=TODAY)
    before = all_files(first.path)
    second = write_bundle(plain_facts(client_id="xc_second"), out, today=TODAY)
    third = write_bundle(plain_facts(client_id="xc_third"), out, make_zip=True, today=TODAY)
    assert first.path.name == NAME
    assert second.path.name == f"{NAME}-2"
    assert third.path.name == f"{NAME}-3" and third.zip_path.name == f"{NAME}-3.zip"
    assert all_files(first.path) == before
    assert dotenv_values(second.path / ".env")["XWMS_CLIENT_ID"] == "xc_second"


def test_a_lone_zip_also_counts_as_taken(out):
    (out / f"{NAME}.zip").write_bytes(b"someone's zip")
    result = write_bundle(plain_facts(), out, make_zip=True, today=TODAY)
    assert result.path.name == f"{NAME}-2"
    assert (out / f"{NAME}.zip").read_bytes() == b"someone's zip"


def test_force_replaces_the_bundle_and_its_zip(out):
    write_bundle(plain_facts(), out, secret=SECRET, include_secret=True, make_zip=True,
                 today=TODAY)
    (out / NAME / "note-from-the-owner.txt").write_text("old")
    again = write_bundle(plain_facts(client_id="xc_new"), out, force=True, today=TODAY)
    assert again.path.name == NAME
    assert {p.name for p in again.path.iterdir()} == TOP_LEVEL
    assert dotenv_values(again.path / ".env")["XWMS_CLIENT_ID"] == "xc_new"
    # The old zip (with the old secret) went with the old folder; nothing hidden is left.
    assert sorted(p.name for p in out.iterdir()) == [NAME]


@pytest.mark.skipif(sys.platform == "win32", reason="folder names")
def test_folder_name_is_safe_for_any_client_name(out):
    result = write_bundle(plain_facts(client_name="../../Ünïcode & Co!/.."), out,
                          today=TODAY)
    assert result.path.parent == out
    assert result.path.name == "xwms-handoff-unicode-co-2025-12-01"


def test_a_bundle_that_appears_while_writing_is_not_overwritten(out, monkeypatch):
    real_write = bundle_module.atomic_write_bytes

    def write_and_race(path, data, **kwargs):
        if not (out / NAME).exists():
            (out / NAME).mkdir()
            (out / NAME / "theirs.txt").write_text("someone else's")
        return real_write(path, data, **kwargs)

    monkeypatch.setattr(bundle_module, "atomic_write_bytes", write_and_race)
    with pytest.raises(BundleError, match="appeared") as caught:
        write_bundle(plain_facts(), out, today=TODAY)
    assert caught.value.retryable
    assert sorted(p.name for p in out.iterdir()) == [NAME]
    assert [p.name for p in (out / NAME).iterdir()] == ["theirs.txt"]


def test_force_also_replaces_a_file_in_the_way(out):
    (out / NAME).write_text("a file, not a bundle")
    result = write_bundle(plain_facts(), out, force=True, today=TODAY)
    assert {p.name for p in result.path.iterdir()} == TOP_LEVEL
    assert sorted(p.name for p in out.iterdir()) == [NAME]
