"""Coming back to a setup from the command line: kill -9 after every step, with and without a
keychain; a revoked key; a changed expiry. The sandbox is a real process with a real database."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.cli import active_linked, child_env, kill_after, server_facts, write_plan
from xwms_wizard.cli import main
from xwms_wizard.handoff.dotenv import parse_env_file
from xwms_wizard.practice import SandboxProcess
from xwms_wizard.xwms import XwmsClient

# The step lines `apply` prints, in order (a kill comes just after one of them).
STEP_TITLES = [
    "Create the client",
    "Add the website",
    "Register the callback URL",
    "Choose what the website may read",
    "Create the secret key",
    "Link the secret to the website",
    "Check that it all works",
]


@pytest.fixture(scope="module")
def slow_sandbox(tmp_path_factory):
    """One practice server for the module (a real file database), slow enough to kill mid-call."""
    db = tmp_path_factory.mktemp("resume") / "sandbox.sqlite3"
    process = SandboxProcess(db=str(db), latency_ms=120)
    url = process.start()
    try:
        yield url
    finally:
        process.stop()


@pytest.mark.slow
@pytest.mark.parametrize("keychain", [True, False], ids=["keychain", "no-keychain"])
@pytest.mark.parametrize("after", range(1, len(STEP_TITLES) + 1))
def test_kill_after_each_step_then_the_rerun_ends_in_a_working_env_or_a_plain_way_on(
    slow_sandbox, tmp_path, after, keychain
):
    name = f"kill-{after}-{'k' if keychain else 'n'}"
    plan = write_plan(tmp_path, name)
    env = child_env(tmp_path / "appdata", tmp_path / "keychain.json" if keychain else None)
    out_dir = tmp_path / "handoff"
    cmd = [
        sys.executable, "-m", "xwms_wizard", "apply", str(plan), "--server", slow_sandbox,
        "--export", str(out_dir), "--include-secret",
    ]
    kill_after(cmd, env, after)
    rerun = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    if rerun.returncode != 0:
        # Only one way to stop is allowed: the key's value died with the process, and the
        # message names the flag that makes a new one. Nothing was changed by this run.
        assert not keychain and rerun.returncode == 2, rerun.stderr
        assert "--new-secret" in rerun.stderr and "Nothing was changed" in rerun.stderr
        assert not out_dir.exists() or not any(out_dir.iterdir())
        rerun = subprocess.run(
            [*cmd, "--new-secret"], env=env, capture_output=True, text=True, timeout=120
        )
    assert rerun.returncode == 0, rerun.stderr
    (bundle,) = [p for p in out_dir.iterdir() if p.is_dir() and not p.name.startswith(".")]
    assert parse_env_file(bundle / ".env")["XWMS_CLIENT_SECRET"]
    verify = subprocess.run(
        [sys.executable, "-m", "xwms_wizard", "verify", "--env", str(bundle / ".env")],
        env=env, capture_output=True, text=True, timeout=60,
    )
    assert verify.returncode == 0, verify.stdout + verify.stderr
    facts = server_facts(slow_sandbox + "/api/", name)
    assert facts["clients"] == 1 and len(facts["domains"]) == 1 and len(facts["urls"]) == 1
    # One working key, linked; any other key made on the way is revoked, never left usable.
    assert len(active_linked(facts)) == 1
    assert [s for s in facts["secrets"] if not s["revoked"]] == active_linked(facts)


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def the_bundle(folder: Path) -> Path:
    found = sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith("."))
    return found[-1]


def test_an_unchanged_plan_changes_nothing_and_makes_no_second_key(capsys, live_sandbox, tmp_path):
    plan = write_plan(tmp_path, "same-again")
    code, out, err = run_cli(capsys, "apply", str(plan), "--server", live_sandbox)
    assert code == 0, err
    before = server_facts(live_sandbox + "/api/", "same-again")
    # A new plan id (a plan file written again) must not matter: the server is the truth.
    plan.write_text(plan.read_text(encoding="utf-8"), encoding="utf-8")
    from xwms_wizard import paths

    for journal in paths.journal_dir().glob("*.json"):
        journal.unlink()
    code, out, err = run_cli(capsys, "apply", str(plan), "--server", live_sandbox)
    assert code == 0, err
    assert "Nothing will change" in out
    assert "nothing new was created" in out
    assert server_facts(live_sandbox + "/api/", "same-again") == before


def test_a_revoked_key_is_replaced_by_a_rerun(capsys, live_sandbox, tmp_path):
    plan = write_plan(tmp_path, "revoked-shop")
    cmd = ["apply", str(plan), "--server", live_sandbox, "--export", str(tmp_path / "h"),
           "--include-secret"]
    code, out, err = run_cli(capsys, *cmd)
    assert code == 0, err
    facts = server_facts(live_sandbox + "/api/", "revoked-shop")
    (old,) = facts["secrets"]

    async def revoke(client):
        await client.revoke_secret(old["id"], idempotency_key=None)

    _call(live_sandbox, revoke)
    code, out, err = run_cli(capsys, *cmd, "--force")
    assert code == 0, err
    assert "was revoked" in out
    facts = server_facts(live_sandbox + "/api/", "revoked-shop")
    (new,) = active_linked(facts)
    assert new["id"] != old["id"]
    env = the_bundle(tmp_path / "h") / ".env"
    code, out, err = run_cli(capsys, "verify", "--env", str(env))
    assert code == 0, out + err


def test_a_changed_expiry_is_applied_and_server_json_and_reminder_agree(
    capsys, live_sandbox, tmp_path
):
    first = dt.date.today() + dt.timedelta(days=400)
    later = dt.date.today() + dt.timedelta(days=700)
    plan = write_plan(tmp_path, "expiry-shop", first)
    code, out, err = run_cli(capsys, "apply", str(plan), "--server", live_sandbox)
    assert code == 0, err
    plan = write_plan(tmp_path, "expiry-shop", later)
    out_dir = tmp_path / "h"
    code, out, err = run_cli(
        capsys, "apply", str(plan), "--server", live_sandbox, "--export", str(out_dir)
    )
    assert code == 0, err
    assert f"expiry {first.isoformat()} → {later.isoformat()}" in out
    facts = server_facts(live_sandbox + "/api/", "expiry-shop")
    (key,) = facts["secrets"]  # changed in place: no second key
    assert key["expires_at"] == later
    bundle = the_bundle(out_dir)
    document = json.loads((bundle / "xwms-handoff.json").read_text(encoding="utf-8"))
    assert document["secret_expires"] == later.isoformat()
    (ics,) = bundle.glob("*.ics")
    reminder = (later - dt.timedelta(days=14)).strftime("%Y%m%d")
    assert f"DTSTART;VALUE=DATE:{reminder}" in ics.read_text(encoding="utf-8")
    summary = out.split("Summary", 1)[1]
    assert later.isoformat() in summary and first.isoformat() not in summary


def test_no_keychain_and_no_export_refuses_before_making_anything(
    capsys, live_sandbox, tmp_path, monkeypatch
):
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    plan = write_plan(tmp_path, "no-keychain-shop")
    code, out, err = run_cli(capsys, "apply", str(plan), "--server", live_sandbox)
    assert code == 2
    assert "--export DIR --include-secret" in err and "Nothing was changed" in err
    assert server_facts(live_sandbox + "/api/", "no-keychain-shop") == {"clients": 0}
    code, out, err = run_cli(
        capsys, "apply", str(plan), "--server", live_sandbox, "--export", str(tmp_path / "h"),
        "--include-secret",
    )
    assert code == 0, err
    env = the_bundle(tmp_path / "h") / ".env"
    assert parse_env_file(env)["XWMS_CLIENT_SECRET"]


def test_a_key_whose_value_is_not_here_is_never_exported_empty(capsys, live_sandbox, tmp_path):
    import keyring

    plan = write_plan(tmp_path, "lost-value-shop")
    code, out, err = run_cli(capsys, "apply", str(plan), "--server", live_sandbox)
    assert code == 0, err
    # Another computer (or a cleared keychain): the key exists, its value is not here.
    keyring.get_keyring()._items.clear()
    before = server_facts(live_sandbox + "/api/", "lost-value-shop")
    cmd = ["apply", str(plan), "--server", live_sandbox, "--export", str(tmp_path / "h"),
           "--include-secret"]
    code, out, err = run_cli(capsys, *cmd)
    assert code == 2
    assert "--new-secret" in err and "--keep-secret" in err
    assert server_facts(live_sandbox + "/api/", "lost-value-shop") == before
    assert not (tmp_path / "h").exists()
    code, out, err = run_cli(capsys, *cmd, "--new-secret")
    assert code == 0, err
    facts = server_facts(live_sandbox + "/api/", "lost-value-shop")
    (new,) = active_linked(facts)
    assert [s["revoked"] for s in facts["secrets"]] == [True, False]
    env = the_bundle(tmp_path / "h") / ".env"
    code, out, err = run_cli(capsys, "verify", "--env", str(env))
    assert code == 0, out + err


def _call(base: str, action):
    async def run():
        async with XwmsClient(base + "/api/") as client:
            await client.login("owner@example.com", "practice")
            return await action(client)

    return asyncio.run(run())
