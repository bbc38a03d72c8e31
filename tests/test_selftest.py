"""`xwms-wizard --self-test` from source, as a real process: passes, fails plainly, leaves no trace."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend

REPO = Path(__file__).resolve().parents[1]
CHECKS = [
    "Qt platform plugin",
    "Resources",
    "Keychain",
    "Practice sandbox",
    "Apply a setup",
    "Export the handoff",
]
SECRET_SHAPE = re.compile(r"xs_[A-Za-z0-9_-]{20,}")
SPY_FILE_ENV = "XWMS_TEST_KEYRING_SPY"

pytestmark = pytest.mark.slow


class SpyKeyring(KeyringBackend):
    """A 'real' keychain for the child process: it records every write in a JSON-lines file."""

    priority = 1  # type: ignore[assignment]

    def _log(self, action: str, service: str, username: str) -> None:
        with open(os.environ[SPY_FILE_ENV], "a", encoding="utf-8") as handle:
            handle.write(json.dumps({"action": action, "service": service, "user": username}))
            handle.write("\n")

    def get_password(self, service: str, username: str) -> str | None:
        self._log("get", service, username)
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self._log("set", service, username)

    def delete_password(self, service: str, username: str) -> None:
        self._log("delete", service, username)


def run_self_test(data_dir: Path, *extra: str, **env: str) -> subprocess.CompletedProcess[str]:
    full_env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XWMS_WIZARD_DATA_DIR": str(data_dir),
        **env,
    }
    return subprocess.run(
        [sys.executable, "-m", "xwms_wizard", "--self-test", *extra],
        cwd=REPO,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def check_lines(stdout: str) -> dict[str, str]:
    """{check name: its whole line} for every `ok`/`FAIL` line."""
    found = {}
    for line in stdout.splitlines():
        match = re.match(r"(ok  |FAIL) ([^:]+): ", line)
        if match:
            found[match.group(2)] = line
    return found


def test_self_test_passes_from_source_and_leaves_no_trace(app_data):
    proc = run_self_test(app_data)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = check_lines(proc.stdout)
    assert list(lines) == CHECKS
    for name, line in lines.items():
        assert line.startswith("ok   "), line
        assert re.search(r"\[\d+\.\d\d s\]$", line), f"{name}: no time on {line!r}"
    assert "offscreen" in lines["Qt platform plugin"]
    assert "setupWizard with 16 pages" in lines["Qt platform plugin"]
    assert "sandbox: true" in lines["Practice sandbox"]
    assert re.search(r"^Self-test passed: 6 checks in \d+\.\d\d s\.$", proc.stdout, re.M)
    assert "from source" in proc.stdout.splitlines()[0]
    # The secret it made is never printed, and its journal and export went to its own
    # temporary folder, not the owner's app data.
    assert not SECRET_SHAPE.search(proc.stdout + proc.stderr)
    assert list(app_data.iterdir()) == []


def test_self_test_never_writes_to_the_owners_keychain(app_data, tmp_path):
    spy = tmp_path / "keyring-spy.jsonl"
    proc = run_self_test(
        app_data,
        "--debug",
        PYTHON_KEYRING_BACKEND="tests.test_selftest.SpyKeyring",
        **{SPY_FILE_ENV: str(spy)},
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    keychain = check_lines(proc.stdout)["Keychain"]
    assert "tests.test_selftest.SpyKeyring (secrets are kept)" in keychain
    # It reports the backend without using it: the setup's secret went to memory only.
    assert not spy.exists() or spy.read_text(encoding="utf-8") == ""
    assert not SECRET_SHAPE.search(proc.stdout + proc.stderr)


def test_a_missing_platform_plugin_fails_plainly_and_the_rest_still_runs(app_data):
    proc = run_self_test(app_data, QT_QPA_PLATFORM="no-such-platform")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    lines = check_lines(proc.stdout)
    assert list(lines) == CHECKS
    qt = lines["Qt platform plugin"]
    assert qt.startswith("FAIL ")
    assert "no platform plugin named 'no-such-platform'" in qt
    assert "offscreen" in qt  # says what is there instead
    assert lines["Resources"].startswith("FAIL Resources: not run, because Qt did not start")
    for name in CHECKS[2:]:
        assert lines[name].startswith("ok   "), lines[name]
    assert re.search(r"^Self-test FAILED: 2 of 6 checks failed", proc.stdout, re.M)
    assert "Traceback" not in proc.stdout + proc.stderr

