"""The owner's day two on the command line: `status` and `renew`, against real sandbox processes."""

from __future__ import annotations

import asyncio
import datetime as dt
import subprocess
import sys

import pytest

from tests.helpers.cli import active_linked, child_env, kill_after, server_facts, write_plan
from tests.helpers.xwms import signed_in
from xwms_wizard.cli import main
from xwms_wizard.practice import SandboxProcess

FAR = dt.date.today() + dt.timedelta(days=400)


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def made(capsys, server: str, tmp_path, name: str, expires: dt.date | None = FAR):
    plan = write_plan(tmp_path, name, expires)
    code, out, err = run_cli(capsys, "apply", str(plan), "--server", server)
    assert code == 0, err
    return plan


def test_status_of_a_healthy_setup_exits_0(capsys, live_sandbox, tmp_path):
    made(capsys, live_sandbox, tmp_path, "healthy-shop")
    code, out, err = run_cli(capsys, "status", "--server", live_sandbox, "--client", "healthy-shop")
    assert code == 0, out + err
    assert "Website healthy-shop.example: login on, API on, active, main website" in out
    assert "check: OK" in out and "May read: profile" in out
    assert f"expires in 400 days ({FAR.isoformat()})" in out
    assert "All is well." in out and "Needs attention" not in out


def test_a_key_expiring_in_10_days_needs_attention_with_the_fix(capsys, live_sandbox, tmp_path):
    soon = dt.date.today() + dt.timedelta(days=10)
    made(capsys, live_sandbox, tmp_path, "soon-shop", soon)
    code, out, err = run_cli(capsys, "status", "--server", live_sandbox, "--client", "soon-shop")
    assert code == 1, out + err
    assert "Needs attention:" in out
    assert f"soon-shop.example expires in 10 days ({soon.isoformat()})" in out
    assert "Renew the key: xwms-wizard renew PLAN.toml" in out


def test_a_revoked_key_needs_attention_with_the_fix(capsys, live_sandbox, tmp_path):
    made(capsys, live_sandbox, tmp_path, "revoked-key-shop")

    async def revoke():
        async with signed_in(live_sandbox + "/api/") as client:
            (shop,) = [c for c in await client.list_clients() if c.name == "revoked-key-shop"]
            for secret in await client.list_secrets(shop.id):
                await client.revoke_secret(secret.id, idempotency_key=f"test-revoke-{secret.id}")

    asyncio.run(revoke())
    code, out, err = run_cli(
        capsys, "status", "--server", live_sandbox, "--client", "revoked-key-shop"
    )
    assert code == 1, out + err
    assert "was revoked, and the website has no other: logging in there has stopped" in out
    assert "not checked: the website has no working key" in out
    assert "Renew the key" in out


def test_status_names_an_unknown_client(capsys, live_sandbox):
    code, out, err = run_cli(capsys, "status", "--server", live_sandbox, "--client", "nobody-here")
    assert code == 2 and "no client called nobody-here" in err


def test_renew_keeps_the_old_key_until_revoke_old_then_revokes_it(capsys, live_sandbox, tmp_path):
    plan = made(capsys, live_sandbox, tmp_path, "renew-shop")
    api = live_sandbox + "/api/"
    (old,) = active_linked(server_facts(api, "renew-shop"))

    code, out, err = run_cli(capsys, "renew", str(plan), "--server", live_sandbox)
    assert code == 0, err
    assert "[   done] Create the secret key" in out and "Check that it all works" in out
    assert "The old key still works too" in out and "--revoke-old" in out
    facts = server_facts(api, "renew-shop")
    keys = active_linked(facts)
    assert len(keys) == 2 and old in keys  # both work: nobody's login breaks meanwhile

    # Again without --revoke-old: the same renewal, no third key.
    code, out, err = run_cli(capsys, "renew", str(plan), "--server", live_sandbox)
    assert code == 0, err
    assert "was made already" in out
    assert active_linked(server_facts(api, "renew-shop")) == keys

    code, out, err = run_cli(capsys, "renew", str(plan), "--server", live_sandbox, "--revoke-old")
    assert code == 0, err
    assert "[   done] Revoke the old secret key" in out
    facts = server_facts(api, "renew-shop")
    (new,) = active_linked(facts)
    assert new["id"] != old["id"]
    assert [s["revoked"] for s in facts["secrets"] if s["id"] == old["id"]] == [True]
    code, out, err = run_cli(capsys, "status", "--server", live_sandbox, "--client", "renew-shop")
    assert code == 0 and "check: OK" in out, out + err


def test_renew_refuses_a_plan_whose_expiry_is_the_old_near_one(capsys, live_sandbox, tmp_path):
    soon = dt.date.today() + dt.timedelta(days=10)
    plan = made(capsys, live_sandbox, tmp_path, "near-shop", soon)
    before = server_facts(live_sandbox + "/api/", "near-shop")
    code, out, err = run_cli(capsys, "renew", str(plan), "--server", live_sandbox)
    assert code == 2
    assert "secret.expires: the new key would expire on" in err and "Set a later expiry" in err
    assert server_facts(live_sandbox + "/api/", "near-shop") == before  # nothing changed


def test_renew_of_a_setup_that_does_not_exist_says_so(capsys, live_sandbox, tmp_path):
    plan = write_plan(tmp_path, "never-made", FAR)
    code, out, err = run_cli(capsys, "renew", str(plan), "--server", live_sandbox)
    assert code == 1 and "does not exist on this server" in err


@pytest.fixture(scope="module")
def slow_sandbox(tmp_path_factory):
    db = tmp_path_factory.mktemp("renew") / "sandbox.sqlite3"
    process = SandboxProcess(db=str(db), latency_ms=150)
    url = process.start()
    try:
        yield url
    finally:
        process.stop()


@pytest.mark.slow
@pytest.mark.parametrize("after", [1, 2, 3], ids=["after-find", "after-key", "after-link"])
def test_a_kill_9_during_renew_and_a_rerun_leave_one_new_key(slow_sandbox, tmp_path, after):
    name = f"renew-kill-{after}"
    env = child_env(tmp_path / "appdata", tmp_path / "keychain.json")
    plan = write_plan(tmp_path, name, FAR)
    base = [sys.executable, "-m", "xwms_wizard"]
    subprocess.run([*base, "apply", str(plan), "--server", slow_sandbox], env=env, check=True,
                   capture_output=True, timeout=120)
    api = slow_sandbox + "/api/"
    (old,) = active_linked(server_facts(api, name))
    renew = [*base, "renew", str(plan), "--server", slow_sandbox]
    kill_after(renew, env, after)
    rerun = subprocess.run(renew, env=env, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    facts = server_facts(api, name)
    usable = [s for s in facts["secrets"] if not s["revoked"]]
    assert len(usable) == 2 and old in usable, usable  # the old one and ONE new one
    assert active_linked(facts) == usable
    switched = subprocess.run([*renew, "--revoke-old"], env=env, capture_output=True, text=True,
                              timeout=120)
    assert switched.returncode == 0, switched.stdout + switched.stderr
    facts = server_facts(api, name)
    (only,) = [s for s in facts["secrets"] if not s["revoked"]]
    assert only["id"] != old["id"] and active_linked(facts) == [only]
