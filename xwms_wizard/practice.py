"""Runs the practice sandbox as its own process, for the GUI, `apply --sandbox` and tests.

This is the wizard's side of the practice server: it starts `xwms-wizard sandbox` as a child,
reads the address it prints, and says in the owner's words when it does not start. It talks
to the sandbox only through that command line and HTTP, as to any server, so it lives beside
xwms/ (below core, which starts it), not in sandbox/, which imports nothing of the wizard.
"""

from __future__ import annotations

import os
import queue
import re
import subprocess
import sys
import tempfile
import threading
import time
from types import TracebackType
from typing import IO

from xwms_wizard.errors import WizardError

_URL = re.compile(r"listening on (http://\S+)")
_STDERR_LIMIT = 8000


class SandboxProcess:
    """`xwms-wizard sandbox --port 0` in a child process; `start()` returns its base URL.

    A crash in the sandbox never takes the caller down, and `stop()` always cleans up.
    """

    def __init__(
        self,
        *,
        db: str | None = None,
        latency_ms: int = 0,
        fault_rate: float = 0.0,
        port: int = 0,
        next_free: bool = False,
        seed: int | None = None,
    ) -> None:
        self.db = db
        self.latency_ms = latency_ms
        self.fault_rate = fault_rate
        self.port = port
        self.next_free = next_free  # `port` taken: the next free one (a stable address)
        self.seed = seed
        self.base_url: str | None = None
        self._proc: subprocess.Popen[str] | None = None
        self._stderr: IO[bytes] | None = None
        self._reader: threading.Thread | None = None
        self._lock = threading.Lock()
        self._stopping = threading.Event()

    def __repr__(self) -> str:
        state = self.base_url or ("starting" if self._proc else "stopped")
        return f"SandboxProcess({state})"

    @property
    def api_url(self) -> str:
        """The API URL, like https://xwms.nl/api/: the base URL + "/api/"."""
        if self.base_url is None:
            raise WizardError("The practice sandbox is not running.")
        return self.base_url + "/api/"

    @property
    def running(self) -> bool:
        proc = self._proc
        return proc is not None and proc.poll() is None

    def command(self) -> list[str]:
        # A frozen build (PyInstaller) is the xwms-wizard program itself.
        if getattr(sys, "frozen", False):
            cmd = [sys.executable, "sandbox"]
        else:
            cmd = [sys.executable, "-m", "xwms_wizard", "sandbox"]
        # The child stops when its stdin pipe closes: on stop(), or when this process dies.
        cmd += ["--host", "127.0.0.1", "--port", str(self.port), "--exit-with-stdin"]
        if self.next_free:
            cmd.append("--next-free")
        if self.db is not None:
            cmd += ["--db", self.db]
        if self.latency_ms:
            cmd += ["--latency-ms", str(self.latency_ms)]
        if self.fault_rate:
            cmd += ["--fault-rate", repr(float(self.fault_rate))]
        if self.seed is not None:
            cmd += ["--seed", str(int(self.seed))]
        return cmd

    def start(self, timeout: float = 20.0) -> str:
        """Start it and wait for its listening line; the base URL, e.g. http://127.0.0.1:PORT."""
        with self._lock:
            if self.running and self.base_url:
                return self.base_url
            self._stopping.clear()
            self._stderr = tempfile.TemporaryFile()
            env = {**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONIOENCODING": "utf-8"}
            flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0
            try:
                self._proc = subprocess.Popen(
                    self.command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                    stderr=self._stderr, text=True, encoding="utf-8", errors="replace",
                    env=env, creationflags=flags,
                )
            except OSError as exc:
                self._close_stderr()
                raise WizardError(
                    "The practice server could not be started on this computer.",
                    retryable=True, detail=str(exc),
                ) from exc
            lines: queue.Queue[str | None] = queue.Queue()
            self._reader = threading.Thread(target=self._pump, args=(self._proc, lines),
                                            daemon=True, name="sandbox-stdout")
            self._reader.start()
        url = self._wait_for_url(lines, timeout)
        self.base_url = url
        return url

    async def start_async(self, timeout: float = 20.0) -> str:
        """`start()` without blocking the event loop (any loop, qasync's included)."""
        import asyncio

        try:
            return await asyncio.to_thread(self.start, timeout)
        except asyncio.CancelledError:
            self.stop()
            raise

    @staticmethod
    def _pump(proc: subprocess.Popen[str], lines: queue.Queue[str | None]) -> None:
        # Reads every line for as long as the child lives, so its stdout pipe never fills up.
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.put(line)
        lines.put(None)

    def _wait_for_url(self, lines: queue.Queue[str | None], timeout: float) -> str:
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if self._stopping.is_set():
                raise WizardError("Starting the practice server was cancelled.")
            if remaining <= 0:
                detail = self._stderr_text()
                self.stop()
                raise WizardError(
                    f"The practice server did not start within {timeout:g} seconds. Try again; "
                    "if it keeps happening, see Details.",
                    retryable=True, detail=detail,
                )
            try:
                line = lines.get(timeout=min(remaining, 0.2))
            except queue.Empty:
                continue
            if line is None:
                proc = self._proc
                code = proc.wait() if proc is not None else None
                detail = self._stderr_text()
                self.stop()
                raise WizardError(
                    "The practice server stopped while starting. See Details for what it said.",
                    retryable=True,
                    detail=f"exit code {code}\n{detail}".strip(),
                )
            found = _URL.search(line)
            if found:
                return found.group(1).rstrip("/")

    def _stderr_text(self) -> str:
        handle = self._stderr
        if handle is None:
            return ""
        try:
            handle.flush()
            handle.seek(0)
            text = handle.read().decode("utf-8", "replace")
        except (OSError, ValueError):
            return ""
        return text[-_STDERR_LIMIT:]

    def stderr_text(self) -> str:
        """What the sandbox has written to stderr so far (warnings, errors); never a secret."""
        return self._stderr_text()

    def stop(self, timeout: float = 5.0) -> None:
        """Terminate it (kill if it does not stop in `timeout` s). Safe to call more than once."""
        self._stopping.set()
        proc = self._proc
        if proc is not None and proc.stdin is not None:
            # Closing its stdin asks the child to finish cleanly (on Windows too, where
            # terminate() is an outright kill); terminate and kill remain the fallbacks.
            try:
                proc.stdin.close()
            except OSError:
                pass
            if proc.poll() is None:
                try:
                    proc.wait(min(timeout, 2.0))
                except subprocess.TimeoutExpired:
                    pass
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        reader, self._reader = self._reader, None
        if reader is not None and reader is not threading.current_thread():
            reader.join(timeout)  # the pipe ends with the process, so this is quick
        finished = reader is None or not reader.is_alive()
        if proc is not None and proc.stdout is not None and finished:
            proc.stdout.close()
        self.base_url = None
        self._close_stderr()

    def _close_stderr(self) -> None:
        handle, self._stderr = self._stderr, None
        if handle is not None:
            handle.close()

    def __enter__(self) -> SandboxProcess:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
