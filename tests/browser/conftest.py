"""Fixtures for the browser tests: the management API of a real sandbox process, the starter
apps of the handoff bundle as child processes, and Debian's headless Chromium through Selenium.

Nothing here downloads a browser or a driver: Selenium is pointed at /usr/bin/chromium and
/usr/bin/chromedriver (the Debian packages chromium and chromium-driver, which .ci/run
installs), and Chromium is told to resolve no host name but 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.helpers.sandbox_api import Api

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
STARTER_START_TIMEOUT_S = 20
PAGE_TIMEOUT_S = 10


class LiveApi(Api):
    """tests.helpers.sandbox_api.Api, speaking HTTP to a real sandbox process over loopback."""

    def __init__(self, base_url: str) -> None:  # Api's own takes an app, to call in-process
        self.loop = asyncio.new_event_loop()
        self.http = httpx.AsyncClient(base_url=base_url + "/api/", timeout=20)
        self.token = None


@pytest.fixture
def live_api(live_sandbox: str) -> Iterator[LiveApi]:
    """The management (and public) API of a sandbox process started for this test."""
    api = LiveApi(live_sandbox)
    try:
        yield api
    finally:
        api.close()


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# --- the starter apps ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Starter:
    """How to run one starter: its folder under starters/, and the command (with {port})."""

    lang: str
    runtime: str  # the program that must be on PATH
    install_hint: str  # what to install when it is not
    command: tuple[str, ...]


STARTERS = {
    # -S: without site-packages, so any import beyond the standard library would fail.
    "python": Starter("python", sys.executable, "", (sys.executable, "-S", "app.py")),
    "node": Starter("node", "node", "apt-get install nodejs", ("node", "app.js")),
    "php": Starter("php", "php", "apt-get install php-cli php-curl",
                   ("php", "-S", "127.0.0.1:{port}", "index.php")),
}


def require_runtime(starter: Starter) -> None:
    """Skip the test when the starter's runtime is not installed (Python always is)."""
    if starter.lang == "python":
        return
    if shutil.which(starter.runtime) is None:
        pytest.skip(f"{starter.runtime} is not installed: {starter.install_hint}")
    if starter.lang == "php":
        modules = subprocess.run(["php", "-m"], capture_output=True, text=True, timeout=30)
        if "curl" not in modules.stdout.split():
            pytest.skip("PHP's curl extension is not installed: apt-get install php-curl")


class RunningStarter:
    """A starter app running as a child process; its output goes to files for inspection."""

    def __init__(self, process: subprocess.Popen[bytes], port: int, log_dir: Path) -> None:
        self.process = process
        self.port = port
        self.log_dir = log_dir

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def output(self) -> str:
        """Everything it wrote to stdout and stderr so far."""
        return "".join(
            (self.log_dir / name).read_text("utf-8", "replace") for name in ("stdout", "stderr")
        )

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)


@contextlib.contextmanager
def run_starter(starter: Starter, folder: Path, *, port: int,
                env: dict[str, str] | None = None) -> Iterator[RunningStarter]:
    """Start the starter in `folder` on `port` with the extra `env`; stop it on the way out.

    The child gets this process's environment without any XWMS_* variable (so only the
    bundle's .env and `env` count), plus PORT.
    """
    require_runtime(starter)
    child_env = {k: v for k, v in os.environ.items() if not k.startswith("XWMS_")}
    child_env.update({"PORT": str(port), "PYTHONUNBUFFERED": "1", **(env or {})})
    log_dir = folder / f".test-logs-{port}"
    log_dir.mkdir()
    command = [part.format(port=port) for part in starter.command]
    with open(log_dir / "stdout", "wb") as out, open(log_dir / "stderr", "wb") as err:
        process = subprocess.Popen(command, cwd=folder, env=child_env, stdin=subprocess.DEVNULL,
                                   stdout=out, stderr=err)
    running = RunningStarter(process, port, log_dir)
    try:
        _wait_until_listening(running)
        yield running
    finally:
        running.stop()


def _wait_until_listening(running: RunningStarter) -> None:
    deadline = time.monotonic() + STARTER_START_TIMEOUT_S
    while time.monotonic() < deadline:
        if running.process.poll() is not None:
            pytest.fail(f"the starter stopped at once (exit code {running.process.returncode}):"
                        f"\n{running.output()}")
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            probe.settimeout(0.5)
            if probe.connect_ex(("127.0.0.1", running.port)) == 0:
                return
        time.sleep(0.1)
    pytest.fail(f"the starter did not listen on {running.port} within "
                f"{STARTER_START_TIMEOUT_S} s:\n{running.output()}")


# --- the browser --------------------------------------------------------------------------------


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[object]:
    """Headless Chromium driven by Selenium; quits (browser and driver) after the test."""
    if not sys.platform.startswith("linux"):
        pytest.skip(f"the browser tests use Debian's {CHROMIUM} and {CHROMEDRIVER}; "
                    f"this computer runs {sys.platform}")
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:  # on Linux, a missing browser is a set-up mistake, not a reason to skip
        pytest.fail(f"{', '.join(missing)} missing: install the Debian packages chromium and "
                    "chromium-driver (apt-get install chromium chromium-driver; .ci/run does)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless=new",
        "--no-sandbox",  # CI runs as root, where Chromium's own sandbox cannot start
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-extensions",
        "--disable-sync",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-default-apps",
        # Tests never reach beyond 127.0.0.1: no other host name resolves in this browser.
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
        "--window-size=1000,900",
    ):
        options.add_argument(flag)
    service = Service(executable_path=str(CHROMEDRIVER),
                      log_output=str(tmp_path / "chromedriver.log"))
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(PAGE_TIMEOUT_S)
    try:
        yield driver
    finally:
        driver.quit()
