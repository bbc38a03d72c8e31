"""The sandbox on a real socket against clients that misbehave: a request body that stalls is
answered 408 and its connection closed, fifty of them do not hold the server, and a client that
goes away before its answer is one INFO line in the log, never an error with a traceback.

The server is `xwms-wizard --debug sandbox` in a child process (--debug: INFO lines are shown),
its stall limit lowered through XWMS_SANDBOX_BODY_TIMEOUT so that a test does not wait the real
ten seconds per stall. `SANDBOX_STALL_SECONDS=10` runs the fifty-connection test with the real
limit; it prints its figures (docs/reliability.md records them):

    SANDBOX_STALL_SECONDS=10 QT_QPA_PLATFORM=offscreen \\
        .venv/bin/pytest tests/sandbox/test_sandbox_timeouts.py -q -k fifty
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO

import pytest

from xwms_wizard.sandbox.faults import BODY_TIMEOUT_SECONDS
from xwms_wizard.sandbox.openapi import document, public_document
from xwms_wizard.sandbox.server import BODY_TIMEOUT_ENV

pytestmark = pytest.mark.slow

STALL = float(os.environ.get("SANDBOX_STALL_SECONDS", "1"))
# A request whose body stops after 2 of the 100 bytes it declared.
STALLED = (b"POST /api/manage/login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
           b"Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"")
# What the log may hold besides the lines a test expects: asyncio's start line with --debug.
QUIET = re.compile(r"DEBUG asyncio: Using selector")


@dataclass
class Server:
    host: str
    port: int
    log: IO[bytes]

    def connect(self) -> socket.socket:
        return socket.create_connection((self.host, self.port), timeout=STALL + 30)

    def lines(self) -> list[str]:
        """What the server has logged, without the lines every start has."""
        self.log.seek(0)
        text = self.log.read().decode("utf-8", "replace")
        return [line for line in text.splitlines() if line.strip() and not QUIET.search(line)]


@contextmanager
def sandbox(*args: str, stall: float = STALL) -> Iterator[Server]:
    env = {**os.environ, BODY_TIMEOUT_ENV: repr(stall), "PYTHONUNBUFFERED": "1"}
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "xwms_wizard", "--debug", "sandbox", "--host", "127.0.0.1",
             "--port", "0", "--db", ":memory:", "--exit-with-stdin", *args],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log, env=env)
        try:
            assert proc.stdout is not None
            line = proc.stdout.readline().decode()
            found = re.search(r"listening on http://([\d.]+):(\d+)", line)
            assert found, line
            yield Server(found.group(1), int(found.group(2)), log)
        finally:
            assert proc.stdin is not None
            proc.stdin.close()  # --exit-with-stdin: the server stops
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            assert proc.stdout is not None
            proc.stdout.close()


def read_all(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection."""
    data = b""
    while chunk := sock.recv(65536):
        data += chunk
    return data


def read_answer(sock: socket.socket) -> bytes:
    """One answer (its headers and its Content-Length of body) on a connection left open."""
    data = b""
    while b"\r\n\r\n" not in data:
        data += sock.recv(65536)
    head, _, body = data.partition(b"\r\n\r\n")
    found = re.search(rb"(?i)content-length: *(\d+)", head)
    assert found, head
    length = int(found.group(1))
    while len(body) < length:
        body += sock.recv(65536)
    return head + b"\r\n\r\n" + body


def answer_of(raw: bytes) -> tuple[int, dict[str, str], dict]:
    head, _, body = raw.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, v in
               (line.split(":", 1) for line in header_lines)}
    return int(status_line.split()[1]), headers, json.loads(body)


def test_a_stalled_body_is_answered_408_and_its_connection_closed() -> None:
    with sandbox() as server, server.connect() as sock:
        started = time.monotonic()
        sock.sendall(STALLED)
        raw = read_all(sock)  # returns only once the server has closed the connection
        waited = time.monotonic() - started
        status, headers, body = answer_of(raw)
        assert status == 408
        assert headers["connection"] == "close"
        assert headers["content-type"] == "application/json"
        assert body["status"] == "error" and body["code"] == "request_timeout"
        assert body["message"] == (
            f"The request body stopped arriving: nothing more came for {STALL:g} second"
            f"{'' if STALL == 1 else 's'}, so the sandbox stopped waiting. Send the whole "
            "request again.")
        assert STALL <= waited < STALL + 5
        assert server.lines() == []  # nothing went wrong in the server: nothing to say
    # and both documents say so for every operation with a body
    for doc in (document(), public_document()):
        for ops in doc["paths"].values():
            for op in ops.values():
                assert ("408" in op["responses"]) == ("requestBody" in op), op["summary"]


def test_a_body_that_keeps_coming_is_not_cut_off() -> None:
    # The limit is on a stall, not on a slow body: each part comes within it.
    with sandbox() as server, server.connect() as sock:
        body = b'{"email": "owner@example.com", "password": "practice"}'
        sock.sendall(STALLED.replace(b"100", str(len(body)).encode())[:-2])
        for part in (body[:20], body[20:40], body[40:]):
            time.sleep(STALL * 0.6)
            sock.sendall(part)
        status, _, answer = answer_of(read_answer(sock))
        assert status == 200 and answer["status"] == "success"


def test_fifty_stalled_connections_do_not_hold_the_server(
        request: pytest.FixtureRequest) -> None:
    with sandbox() as server:
        stalled = [server.connect() for _ in range(50)]
        try:
            started = time.monotonic()
            for sock in stalled:
                sock.sendall(STALLED)
            # While they stall, the server answers others at once.
            with server.connect() as other:
                asked = time.monotonic()
                other.sendall(b"GET /api/info HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                              b"Connection: close\r\n\r\n")
                status, _, info = answer_of(read_all(other))
                meanwhile = time.monotonic() - asked
            assert status == 200 and info["data"]["sandbox"] is True
            assert time.monotonic() - started < STALL  # answered before any stall ran out
            # Then every stalled one is answered 408 and closed by the server.
            closed = []
            for sock in stalled:
                status, _, body = answer_of(read_all(sock))
                assert status == 408 and body["code"] == "request_timeout"
                closed.append(time.monotonic() - started)
        finally:
            for sock in stalled:
                sock.close()
        assert STALL <= min(closed) and max(closed) < STALL + 5
        assert server.lines() == []
    _report(request, f"50 stalled connections (limit {STALL:g} s): a normal request answered "
                     f"in {meanwhile * 1000:.0f} ms meanwhile; all 50 answered 408 and closed "
                     f"between {min(closed):.2f} s and {max(closed):.2f} s")


def _went_away_lines(server: Server, expected: list[str]) -> list[str]:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and len(server.lines()) < len(expected):
        time.sleep(0.05)
    time.sleep(0.5)  # and nothing more comes after them
    return server.lines()


def test_a_client_that_went_away_mid_body_is_one_info_line() -> None:
    with sandbox() as server:
        with server.connect() as sock:
            sock.sendall(STALLED)
            time.sleep(0.2)  # the server is reading the body when the client goes
        assert _went_away_lines(server, ["one"]) == [
            "INFO xwms_wizard.sandbox: client went away before the answer: "
            "POST /api/manage/login"]


def test_a_client_that_went_away_before_a_slow_answer_is_one_info_line() -> None:
    # --latency-ms: the answer is half a second away when the client closes its socket.
    with sandbox("--latency-ms", "500") as server:
        whole = b'{"email": "owner@example.com", "password": "practice"}'
        for raw in (b"GET /api/info HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
                    b"POST /api/manage/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                    b"application/json\r\nContent-Length: " + str(len(whole)).encode()
                    + b"\r\n\r\n" + whole):
            with server.connect() as sock:
                sock.sendall(raw)
        assert sorted(_went_away_lines(server, ["get", "post"])) == [
            "INFO xwms_wizard.sandbox: client went away before the answer: GET /api/info",
            "INFO xwms_wizard.sandbox: client went away before the answer: "
            "POST /api/manage/login"]


def test_the_stall_limit_is_ten_seconds_and_set_only_by_its_variable() -> None:
    assert BODY_TIMEOUT_SECONDS == 10.0
    for bad in ("0", "-1", "soon", "inf", "nan"):
        done = subprocess.run(
            [sys.executable, "-m", "xwms_wizard", "sandbox", "--port", "0", "--db", ":memory:"],
            env={**os.environ, BODY_TIMEOUT_ENV: bad}, capture_output=True, text=True,
            timeout=60, stdin=subprocess.DEVNULL)
        assert done.returncode == 2, (bad, done.stderr)
        assert f"{BODY_TIMEOUT_ENV} must be a number of seconds more than 0" in done.stderr
        assert "Traceback" not in done.stderr


def _report(request: pytest.FixtureRequest, line: str) -> None:
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if reporter is not None and capture is not None:
        with capture.global_and_fixture_disabled():
            reporter.write_line("")
            reporter.write_line(line)
