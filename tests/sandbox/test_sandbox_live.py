"""The sandbox as a real process over real loopback HTTP: the happy path, the command, restarts."""

from __future__ import annotations

import asyncio
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from tests.helpers.sandbox import ADA, OWNER, PASSWORD, PROFILE_KEYS
from tests.helpers.sandbox_api import CALLBACK
from xwms_wizard.core.errors import WizardError
from xwms_wizard.practice import SandboxProcess

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parents[2]


def _ok(answer: httpx.Response, status: int = 200) -> dict:
    assert answer.status_code == status, answer.text
    assert answer.json()["status"] == "success"
    return answer.json()["data"]


def test_the_whole_happy_path_over_loopback(live_sandbox: str) -> None:
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", live_sandbox)
    with httpx.Client(base_url=live_sandbox + "/api/", timeout=10) as http:
        assert _ok(http.get("info"))["sandbox"] is True
        token = _ok(http.post("manage/login", json={"email": OWNER, "password": PASSWORD}))["token"]
        http.headers["Authorization"] = f"Bearer {token}"
        client = _ok(http.post("manage/clients", json={"name": "my-company-main-app"},
                               headers={"Idempotency-Key": "plan:client"}), 201)["client"]
        domain = _ok(http.post(f"manage/clients/{client['id']}/domains",
                               json={"root_domain": "example.com", "allow_login": True,
                                     "allow_api": True, "active": True, "test_mode": False},
                               headers={"Idempotency-Key": "plan:domain"}), 201)["domain"]
        _ok(http.post(f"manage/domains/{domain['id']}/urls",
                      json={"url": CALLBACK, "kind": "callback"}), 201)
        _ok(http.put(f"manage/clients/{client['id']}/scopes", json={"scopes": ["profile"]}))
        secret = _ok(http.post(f"manage/clients/{client['id']}/secrets",
                               json={"label": "Standard Key"}), 201)["secret"]
        _ok(http.post(f"manage/domains/{domain['id']}/secret-links",
                      json={"secret_id": secret["id"]}), 201)
        del http.headers["Authorization"]

        site = {"X-Client-Id": client["client_id"], "X-Client-Domain": "example.com",
                "X-Client-Secret": secret["secret"]}
        login_url = _ok(http.post("sign-token", json={"redirect_url": CALLBACK},
                                  headers=site))["url"]
        assert login_url.startswith(live_sandbox + "/login/")
        page = http.get(login_url)
        assert page.status_code == 200 and "Ada Lovelace" in page.text
        answer = http.post(login_url, data={"user": ADA, "decision": "allow"})
        assert answer.status_code == 303
        location = answer.headers["location"]
        assert location.startswith(CALLBACK + "?token=")
        login_token = parse_qs(urlsplit(location).query)["token"][0]
        user = _ok(http.post("sign-token-verify", json={"token": login_token}, headers=site))
        assert user["sub"] == ADA
        assert set(user) == PROFILE_KEYS  # sub and the profile fields, nothing else
        again = http.post("sign-token-verify", json={"token": login_token}, headers=site)
        assert again.status_code == 401 and again.json()["code"] == "token_used"


def test_the_command_prints_its_url_and_stops_cleanly_on_sigterm() -> None:
    if sys.platform == "win32":
        pytest.skip("SIGTERM is a POSIX signal")
    proc = subprocess.Popen(
        [sys.executable, "-m", "xwms_wizard", "sandbox", "--port", "0", "--db", ":memory:"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        found = re.search(r"listening on (http://\S+)", line)
        assert found, line
        assert line == (f"XWMS sandbox listening on {found.group(1)}  (demo accounts: "
                        "owner@example.com / practice, free@example.com / practice)\n")
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", found.group(1))
        assert httpx.get(found.group(1) + "/api/info").json()["data"]["sandbox"] is True
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=15)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0
    assert out == "" and err == ""


def test_sigint_stops_it_cleanly_too() -> None:
    if sys.platform == "win32":
        pytest.skip("SIGINT delivery differs on Windows")
    proc = subprocess.Popen(
        [sys.executable, "-m", "xwms_wizard", "sandbox", "--port", "0", "--db", ":memory:"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stdout is not None and "listening on" in proc.stdout.readline()
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=15)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0 and "Traceback" not in err


def _database_bytes(path: Path) -> bytes:
    """The database file and its WAL/shared-memory companions, as they are on disk now."""
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"))
                    if p.exists())


def test_persistence_across_a_restart_without_plaintext_secrets(tmp_path: Path) -> None:
    db = tmp_path / "sandbox.sqlite3"
    secret_key = secrets.token_hex(16)  # 128 random bits: the replay is sealed under it
    with SandboxProcess(db=str(db)) as sandbox, httpx.Client(base_url=sandbox.api_url) as http:
        token = _ok(http.post("manage/login", json={"email": OWNER, "password": PASSWORD}))[
            "token"]
        http.headers["Authorization"] = f"Bearer {token}"
        client = _ok(http.post("manage/clients", json={"name": "kept-app"}), 201)["client"]
        domain = _ok(http.post(f"manage/clients/{client['id']}/domains",
                               json={"root_domain": "example.com"}), 201)["domain"]
        _ok(http.post(f"manage/domains/{domain['id']}/urls",
                      json={"url": CALLBACK, "kind": "callback"}), 201)
        secret = _ok(http.post(f"manage/clients/{client['id']}/secrets", json={},
                               headers={"Idempotency-Key": secret_key}), 201)["secret"]
        _ok(http.post(f"manage/domains/{domain['id']}/secret-links",
                      json={"secret_id": secret["id"]}), 201)
        value = secret["secret"]
        assert Path(f"{db}-wal").exists()  # WAL mode: recent writes live in the -wal file
        while_running = _database_bytes(db)
    after_stop = _database_bytes(db)
    for raw in (while_running, after_stop):
        assert value.encode() not in raw
        assert value[3:].encode() not in raw  # not even without its prefix
        assert token.encode() not in raw
        assert PASSWORD.encode() not in raw

    with SandboxProcess(db=str(db)) as sandbox, httpx.Client(base_url=sandbox.api_url) as http:
        token = _ok(http.post("manage/login", json={"email": OWNER, "password": PASSWORD}))[
            "token"]
        auth = {"Authorization": f"Bearer {token}"}
        clients = _ok(http.get("manage/clients", headers=auth))["clients"]
        assert clients == [client]
        listed = _ok(http.get(f"manage/clients/{client['id']}/secrets", headers=auth))["secrets"]
        assert [s["hint"] for s in listed] == [value[-4:]]
        # the kept hash still recognises the secret: the site can sign in after a restart
        site = {"X-Client-Id": client["client_id"], "X-Client-Domain": "example.com",
                "X-Client-Secret": value}
        _ok(http.post("sign-token", json={"redirect_url": CALLBACK}, headers=site))
        # and the Idempotency-Key record survived, sealed: only the same key opens it
        replay = http.post(f"manage/clients/{client['id']}/secrets", json={},
                           headers={**auth, "Idempotency-Key": secret_key})
        assert replay.headers["idempotent-replay"] == "true"
        assert replay.json()["data"]["secret"]["secret"] == value
    assert value.encode() not in _database_bytes(db)


def test_the_curl_demo_script_runs_the_happy_path(live_sandbox: str) -> None:
    if shutil.which("curl") is None or shutil.which("bash") is None:
        pytest.skip("needs curl and bash")
    script = REPO / "docs" / "sandbox-curl-demo.sh"
    done = subprocess.run(["bash", str(script), live_sandbox], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "OK: logged in as xu_4f1c2b7e9a03d5e8" in done.stdout
    # and it fails loudly when something is wrong
    failed = subprocess.run(["bash", str(script), live_sandbox + "/nowhere"],
                            capture_output=True, text=True, timeout=60)
    assert failed.returncode != 0 and "FAILED" in failed.stderr


def test_the_by_hand_session_in_the_docs_works(live_sandbox: str) -> None:
    if shutil.which("curl") is None or shutil.which("bash") is None:
        pytest.skip("needs curl and bash")
    text = (REPO / "docs" / "sandbox.md").read_text(encoding="utf-8")
    block = text.split("The same steps by hand")[1].split("```bash\n")[1].split("```")[0]
    assert "http://127.0.0.1:PORT/api/" in block
    script = block.replace("http://127.0.0.1:PORT/api/", live_sandbox + "/api/")
    done = subprocess.run(["bash", "-e", "-c", script], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    assert '"message":"Login verified.","data":{"sub":"xu_4f1c2b7e9a03d5e8"' in done.stdout
    assert '"code":"token_used"' in done.stdout
    assert "https://example.com/xwms/validateToken?token=" in done.stdout


def test_sandbox_process_api() -> None:
    sandbox = SandboxProcess(db=":memory:", latency_ms=1)
    assert repr(sandbox) == "SandboxProcess(stopped)" and not sandbox.running
    with pytest.raises(WizardError):
        _ = sandbox.api_url
    assert "--latency-ms" in sandbox.command() and "--db" in sandbox.command()
    url = sandbox.start()
    try:
        assert sandbox.running and sandbox.start() == url  # a second start is a no-op
        assert sandbox.api_url == url + "/api/"
        assert httpx.get(sandbox.api_url + "info").status_code == 200
    finally:
        sandbox.stop()
    assert not sandbox.running
    sandbox.stop()  # idempotent


def test_stop_lets_the_sandbox_finish_cleanly() -> None:
    # stop() first closes the child's stdin; the sandbox then ends by itself, with exit code 0.
    sandbox = SandboxProcess(db=":memory:")
    sandbox.start()
    proc = sandbox._proc
    sandbox.stop()
    assert proc is not None and proc.returncode == 0


_ORPHANING_PARENT = """
import os, sys
from xwms_wizard.practice import SandboxProcess
sandbox = SandboxProcess(db=":memory:")
print(sandbox.start(), sandbox._proc.pid, flush=True)
sys.stdin.readline()
os._exit(9)  # dies without stopping its sandbox, as a crash would
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        return stat.read().split(") ")[-1][:1] != "Z"  # a zombie has already ended


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc to see a zombie")
def test_the_sandbox_does_not_outlive_a_crashed_wizard() -> None:
    with subprocess.Popen(
        [sys.executable, "-c", _ORPHANING_PARENT], stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, text=True, cwd=REPO,
    ) as parent:
        assert parent.stdin is not None and parent.stdout is not None
        url, pid = parent.stdout.readline().split()
        try:
            assert httpx.get(url + "/api/info").status_code == 200
            parent.stdin.write("crash now\n")
            parent.stdin.flush()
            assert parent.wait(30) == 9
            end = time.monotonic() + 20
            while _alive(int(pid)) and time.monotonic() < end:
                time.sleep(0.05)
            assert not _alive(int(pid)), "the practice sandbox kept running after the wizard died"
            with pytest.raises(httpx.TransportError):
                httpx.get(url + "/api/info", timeout=2)
        finally:
            if _alive(int(pid)):
                os.kill(int(pid), signal.SIGKILL)


def test_start_async_works_on_an_event_loop() -> None:
    async def main() -> tuple[str, int]:
        sandbox = SandboxProcess(db=":memory:")
        url = await sandbox.start_async()
        try:
            async with httpx.AsyncClient() as http:
                return url, (await http.get(url + "/api/global/projects")).status_code
        finally:
            sandbox.stop()

    url, status = asyncio.run(main())
    assert url.startswith("http://127.0.0.1:") and status == 200


def test_a_sandbox_that_cannot_start_raises_a_plain_error(tmp_path: Path) -> None:
    broken = SandboxProcess(db=str(tmp_path / "no-such-folder" / "db.sqlite3"))
    with pytest.raises(WizardError) as caught:
        broken.start()
    assert caught.value.message == (
        "The practice server stopped while starting. See Details for what it said.")
    assert "cannot be opened" in caught.value.detail and "exit code 1" in caught.value.detail
    assert not broken.running


def test_bad_options_exit_2_with_a_plain_message() -> None:
    for option in (["--fault-rate", "2"], ["--latency-ms", "-5"], ["--port", "70000"]):
        done = subprocess.run([sys.executable, "-m", "xwms_wizard", "sandbox", "--db", ":memory:",
                               *option], capture_output=True, text=True, timeout=30)
        assert done.returncode == 2, option
        assert done.stderr.startswith("xwms-wizard sandbox: " + option[0]), done.stderr
        assert "Traceback" not in done.stderr and done.stdout == ""
