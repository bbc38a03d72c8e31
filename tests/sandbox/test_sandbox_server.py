"""`xwms-wizard sandbox` options in-process: checks, the loopback warning, a busy port."""

from __future__ import annotations

import re
import socket
from pathlib import Path

import pytest

from xwms_wizard.cli import build_parser
from xwms_wizard.sandbox.server import is_loopback, listening_line, run_from_args


def args(*extra: str):
    return build_parser().parse_args(["sandbox", *extra])


def test_the_listening_line_carries_a_findable_url() -> None:
    line = listening_line("http://127.0.0.1:41234")
    assert re.search(r"listening on (http://\S+)", line).group(1) == "http://127.0.0.1:41234"
    assert "owner@example.com / practice" in line and "free@example.com / practice" in line


@pytest.mark.parametrize("host,expected", [
    ("127.0.0.1", True), ("127.8.9.10", True), ("::1", True), ("[::1]", True),
    ("localhost", True), ("0.0.0.0", False), ("192.168.1.20", False), ("example.com", False),
])
def test_loopback_hosts(host: str, expected: bool) -> None:
    assert is_loopback(host) is expected


@pytest.mark.parametrize("extra,fragment", [
    (["--fault-rate", "1.01"], "--fault-rate must be between 0 and 1"),
    (["--fault-rate", "-0.5"], "--fault-rate must be between 0 and 1"),
    (["--latency-ms", "-1"], "--latency-ms must be 0 or more"),
    (["--port", "-1"], "--port must be a number from 0 to 65535"),
])
def test_bad_options_exit_2(capsys, extra: list[str], fragment: str) -> None:
    assert run_from_args(args("--db", ":memory:", *extra)) == 2
    captured = capsys.readouterr()
    assert fragment in captured.err and captured.out == ""


def test_a_non_loopback_host_is_allowed_with_a_warning(capsys, tmp_path: Path) -> None:
    # The database cannot open, so it stops before binding anything beyond loopback.
    code = run_from_args(args("--host", "0.0.0.0", "--db", str(tmp_path / "no" / "db.sqlite3")))
    assert code == 1
    err = capsys.readouterr().err
    assert err.startswith("Warning: the practice sandbox is a test server")
    assert "Listening on 0.0.0.0 lets other computers reach it" in err
    assert "cannot be opened" in err


def test_loopback_gets_no_warning(capsys, tmp_path: Path) -> None:
    assert run_from_args(args("--db", str(tmp_path / "no" / "db.sqlite3"))) == 1
    assert "Warning" not in capsys.readouterr().err


def test_a_busy_port_is_explained(capsys) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert run_from_args(args("--db", ":memory:", "--port", str(port))) == 1
    err = capsys.readouterr().err
    assert f"cannot listen on 127.0.0.1 port {port}" in err and "--port 0" in err


def test_the_default_database_lives_in_the_app_data_folder(app_data: Path, capsys) -> None:
    # A busy port stops it right after the database is made: enough to see where it went.
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        assert run_from_args(args("--port", str(busy.getsockname()[1]))) == 1
    assert (app_data / "sandbox.sqlite3").exists()
