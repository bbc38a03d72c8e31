"""`xwms-wizard apply` and `verify` end to end, against real sandbox processes."""

from __future__ import annotations

import asyncio
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.census import ONE_OF_EACH, census
from tests.helpers.cli import child_env
from tests.helpers.xwms import signed_in
from xwms_wizard.cli import main
from xwms_wizard.handoff.dotenv import parse_env_file
from xwms_wizard.practice import SandboxProcess

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "plan.toml"

TEST_MODE_PLAN = """
[client]
name = "corner-shop"
[domain]
root = "corner-shop.example"
allow_login = true
allow_api = true
active = true
primary = true
test_mode = false
[scopes]
keys = ["profile"]
[secret]
label = "shop-server"
"""


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_apply_prints_each_step_and_ids_then_a_rerun_creates_nothing(capsys, live_sandbox):
    code, out, err = run_cli(capsys, "apply", str(EXAMPLE), "--server", live_sandbox)
    assert code == 0, err
    assert re.search(r"\[\s*done\] Create the client: Client ID xc_[0-9a-f]{20}", out)
    assert re.search(r"Domain ID:\s+xd_[0-9a-f]{20}", out)
    assert "The credentials are right" in out  # the plan's server IP is not this machine
    code, out, err = run_cli(capsys, "apply", str(EXAMPLE), "--server", live_sandbox)
    assert code == 0, err
    assert "[ exists] Create the client" in out
    assert "nothing new was created" in out
    assert asyncio.run(census(live_sandbox + "/api/")) == ONE_OF_EACH


def test_apply_with_login_switched_off_in_the_plan_says_what_to_change(
    capsys, tmp_path, live_sandbox
):
    plan = tmp_path / "plan.toml"
    plan.write_text(TEST_MODE_PLAN.replace("allow_login = true", "allow_login = false"))
    code, out, err = run_cli(capsys, "apply", str(plan), "--server", live_sandbox)
    assert code == 1
    assert "Logging in is not allowed for the domain corner-shop.example." in err
    assert "Change domain.allow_login in the plan, then run the command again" in err
    assert "dashboard" not in err
    plan.write_text(TEST_MODE_PLAN)  # switched on: the rerun changes the domain and finishes
    code, out, err = run_cli(capsys, "apply", str(plan), "--server", live_sandbox)
    assert code == 0, err
    assert asyncio.run(census(live_sandbox + "/api/")) == ONE_OF_EACH


def test_apply_with_its_own_sandbox_keeps_practice_work_across_runs(capsys, app_data):
    code, out, err = run_cli(capsys, "apply", str(EXAMPLE), "--sandbox")
    assert code == 0, err
    assert (app_data / "sandbox.sqlite3").exists()
    code, out, err = run_cli(capsys, "apply", str(EXAMPLE), "--sandbox")
    assert code == 0, err
    assert "nothing new was created" in out


def test_a_broken_plan_lists_every_problem_and_exits_2(capsys, tmp_path):
    plan = tmp_path / "broken.toml"
    plan.write_text(
        '[client]\nname = "X"\n[domain]\nroot = "https://203.0.113.9/"\n'
        'redirect_url = "ftp://example.com/cb"\ncolour = "blue"\n[secret]\nexpires = "2001-01-01"\n',
        encoding="utf-8",
    )
    code, out, err = run_cli(capsys, "apply", str(plan), "--sandbox")
    assert code == 2
    for field in ("client.name", "domain.root", "domain.colour", "secret.expires"):
        assert field in err, field
    assert out == ""


def test_a_server_that_is_not_there_fails_with_a_plain_line(capsys):
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    code, out, err = run_cli(capsys, "apply", str(EXAMPLE), "--server", f"http://127.0.0.1:{port}")
    assert code == 1
    assert "Traceback" not in err and err.strip()
    assert err.startswith("Stopped at 'Sign in': ")  # every error line names its step


def test_export_then_verify_the_bundle(capsys, live_sandbox, tmp_path):
    plan = tmp_path / "plan.toml"
    plan.write_text(TEST_MODE_PLAN, encoding="utf-8")
    dest = tmp_path / "handoff"
    code, out, err = run_cli(
        capsys,
        "apply",
        str(plan),
        "--server",
        live_sandbox,
        "--export",
        str(dest),
        "--include-secret",
        "--zip",
    )
    assert code == 0, err
    bundle = next(p for p in dest.glob("xwms-handoff-corner-shop-*") if p.is_dir())
    env = parse_env_file(bundle / ".env")
    assert env["XWMS_CLIENT_SECRET"].startswith("xs_")
    # The apply's own output, before the verify run below replaces out and err.
    assert env["XWMS_CLIENT_SECRET"] not in out + err
    for path in bundle.rglob("*"):  # the starter apps sit in starters/<language>/
        if path.is_file() and path != bundle / ".env":
            assert env["XWMS_CLIENT_SECRET"].encode() not in path.read_bytes(), path.name
    assert env["XWMS_API_URI"] == env["XWMS_API_URL"] == live_sandbox + "/api/"
    assert list(dest.glob("*.zip"))
    code, out, err = run_cli(capsys, "verify", "--env", str(bundle / ".env"))
    assert code == 0, err
    assert out.startswith("Reached") and "OK:" in out
    assert env["XWMS_CLIENT_SECRET"] not in out + err


def test_export_without_the_secret_leaves_it_out_and_verify_says_what_to_do(
    capsys, live_sandbox, tmp_path
):
    plan = tmp_path / "plan.toml"
    plan.write_text(TEST_MODE_PLAN, encoding="utf-8")
    code, out, err = run_cli(
        capsys, "apply", str(plan), "--server", live_sandbox, "--export", str(tmp_path / "h")
    )
    assert code == 0, err
    env_path = next((tmp_path / "h").glob("xwms-handoff-*")) / ".env"
    assert parse_env_file(env_path)["XWMS_CLIENT_SECRET"] == ""
    code, out, err = run_cli(capsys, "verify", "--env", str(env_path))
    assert code == 2
    assert "XWMS_CLIENT_SECRET" in err and "paste it" in err


def test_verify_a_missing_file(capsys, tmp_path):
    code, out, err = run_cli(capsys, "verify", "--env", str(tmp_path / "nope.env"))
    assert code == 2 and "no file" in err


def test_live_writes_the_dashboard_checklist(capsys, tmp_path):
    code, out, err = run_cli(capsys, "apply", str(EXAMPLE), "--live", "--export", str(tmp_path))
    assert code == 0, err
    saved = tmp_path / "xwms-dashboard-checklist-bakkerij-jansen-webshop.md"
    text = saved.read_text(encoding="utf-8")
    assert "Create Client" in text and "`bakkerij-jansen.nl`" in text
    assert text in out


FAULT_SEEDS = range(1, 21)


@pytest.mark.slow
def test_apply_completes_through_faults_without_duplicates(tmp_path):
    """20 seeds at once, each its own sandbox process (`--fault-rate 0.3 --seed N`) and its own
    `xwms-wizard apply --server URL --export DIR --include-secret` process with a keychain:
    every run completes, and a calm look at each database finds one of each, no duplicate."""
    runs = []
    try:
        for seed in FAULT_SEEDS:
            folder = tmp_path / f"seed-{seed}"
            folder.mkdir()
            sandbox = SandboxProcess(db=str(folder / "faulty.sqlite3"), fault_rate=0.3, seed=seed)
            runs.append((seed, folder, sandbox, sandbox.start()))
        procs = []
        for _seed, folder, _sandbox, base in runs:
            env = child_env(folder / "appdata", folder / "keychain.json")
            env["LANGUAGE"], env["LC_ALL"] = "en", "C.UTF-8"
            cmd = [
                sys.executable, "-m", "xwms_wizard", "apply", str(EXAMPLE), "--server", base,
                "--export", str(folder / "handoff"), "--include-secret",
            ]
            procs.append(
                subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 text=True)
            )
        failed = {}
        for (seed, *_), proc in zip(runs, procs, strict=True):
            out, err = proc.communicate(timeout=600)
            if proc.returncode != 0:
                failed[seed] = err.strip()
        assert failed == {}
    finally:
        for _seed, _folder, sandbox, _base in runs:
            sandbox.stop()
    for seed, folder, _sandbox, _base in runs:
        with SandboxProcess(db=str(folder / "faulty.sqlite3")) as calm:
            assert asyncio.run(census(calm.api_url)) == ONE_OF_EACH, seed
        assert list((folder / "handoff").glob("xwms-handoff-*/.env")), seed


def _rewrite_env(path: Path, **changes: str) -> Path:
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        key = line.split("=", 1)[0]
        if key in changes and not line.startswith("#"):
            line = f"{key}='{changes[key]}'"
        lines.append(line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _sandbox_call(api_url: str, action):
    async def run():
        async with signed_in(api_url) as client:
            return await action(client)

    return asyncio.run(run())


@pytest.fixture
def exported_env(capsys, live_sandbox, tmp_path) -> Path:
    plan = tmp_path / "plan.toml"
    plan.write_text(TEST_MODE_PLAN, encoding="utf-8")
    code, out, err = run_cli(
        capsys,
        "apply",
        str(plan),
        "--server",
        live_sandbox,
        "--export",
        str(tmp_path / "h"),
        "--include-secret",
    )
    assert code == 0, err
    env_path = next(p for p in (tmp_path / "h").glob("xwms-handoff-*") if p.is_dir()) / ".env"
    assert parse_env_file(env_path)["XWMS_CLIENT_SECRET"] not in out + err
    return env_path


def test_verify_explains_a_wrong_secret(capsys, exported_env):
    _rewrite_env(exported_env, XWMS_CLIENT_SECRET="xs_" + "x" * 40)
    code, out, err = run_cli(capsys, "verify", "--env", str(exported_env))
    assert code == 1
    assert "x" * 40 not in out + err
    assert "did not recognise the client secret" in out and "Client Secrets" in out


def test_verify_explains_an_unlinked_secret(capsys, exported_env, live_sandbox):
    async def second_secret(client):
        (shop,) = await client.list_clients()
        made = await client.create_secret(shop.id, label="spare", idempotency_key="spare-1")
        return made.value

    spare = _sandbox_call(live_sandbox + "/api/", second_secret)
    _rewrite_env(exported_env, XWMS_CLIENT_SECRET=spare)
    code, out, err = run_cli(capsys, "verify", "--env", str(exported_env))
    assert code == 1
    assert "not linked to the domain corner-shop.example" in out and "Link Secret" in out
    assert spare not in out + err


def test_verify_explains_login_switched_off(capsys, exported_env, live_sandbox):
    async def switch_off(client):
        (shop,) = await client.list_clients()
        (domain,) = await client.list_domains(shop.id)
        await client.update_domain(domain.id, allow_login=False)

    _sandbox_call(live_sandbox + "/api/", switch_off)
    code, out, err = run_cli(capsys, "verify", "--env", str(exported_env))
    assert code == 1
    assert "switch on Allow Login" in out


def test_verify_explains_an_unregistered_callback(capsys, exported_env):
    _rewrite_env(exported_env, XWMS_REDIRECT_URI="https://corner-shop.example/xwms/validateToken/")
    code, out, err = run_cli(capsys, "verify", "--env", str(exported_env))
    assert code == 1
    assert "https://corner-shop.example/xwms/validateToken/" in out
    assert "Registered now: https://corner-shop.example/xwms/validateToken." in out
