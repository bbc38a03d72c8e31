"""`xwms-wizard sandbox`: serve the practice sandbox with uvicorn until SIGINT or SIGTERM."""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import logging
import os
import signal
import socket
import sys
import threading
from pathlib import Path
from types import FrameType
from typing import Any

import uvicorn

from xwms_wizard.sandbox.bundle import LOCAL_CALLBACK, BundleInvalid, BundleSpec, seed_bundle
from xwms_wizard.sandbox.faults import BODY_TIMEOUT_SECONDS, ConnectionDropped
from xwms_wizard.sandbox.seed import DEMO_PASSWORD, FREE_EMAIL, PAID_EMAIL
from xwms_wizard.sandbox.store import MEMORY, StoreError

LISTENING = "XWMS sandbox listening on"
DEFAULT_PORT = 8765  # a stable address, so a practice bundle's XWMS_API_URI keeps working
# With --next-free: how many ports after --port are tried when it is taken (8765 ... 8784).
NEXT_FREE_TRIES = 20

# The sandbox imports nothing of the wizard, so it names the wizard's app-data folder itself:
# a copy of xwms_wizard.paths (app_data_dir, default_sandbox_db), kept equal by
# tests/sandbox/test_sandbox_catalogue_matches.py, so that `xwms-wizard sandbox` and Practice
# mode share one database.
DATA_DIR_ENV = "XWMS_WIZARD_DATA_DIR"
APP_DIR_NAME = "xwms-wizard"
DB_NAME = "sandbox.sqlite3"
# Seconds a request body may stall before the answer is 408 (faults.BODY_TIMEOUT_SECONDS when
# unset). A knob for tests, which cannot wait ten seconds per stalled connection.
BODY_TIMEOUT_ENV = "XWMS_SANDBOX_BODY_TIMEOUT"


def default_db() -> Path:
    """The database file when no --db is given: sandbox.sqlite3 in the wizard's app-data folder."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        folder = Path(override)
    elif sys.platform == "win32":
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
        folder = Path(base) / APP_DIR_NAME
    elif sys.platform == "darwin":
        folder = Path.home() / "Library" / "Application Support" / APP_DIR_NAME
    else:
        base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        folder = Path(base) / APP_DIR_NAME
    folder.mkdir(parents=True, exist_ok=True)
    return folder / DB_NAME


def listening_line(url: str) -> str:
    """The one line printed at start; `listening on (http://\\S+)` finds the URL in it."""
    return (f"{LISTENING} {url}  (demo accounts: {PAID_EMAIL} / {DEMO_PASSWORD}, "
            f"{FREE_EMAIL} / {DEMO_PASSWORD})")


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class _HideDeliberateDrops(logging.Filter):
    """uvicorn logs every exception of an app; a drop we injected on purpose is not news."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, ConnectionDropped)


def body_timeout() -> float | None:
    """XWMS_SANDBOX_BODY_TIMEOUT in seconds (more than 0), the default when unset; None when
    it is set to something else."""
    text = os.environ.get(BODY_TIMEOUT_ENV, "").strip()
    if not text:
        return BODY_TIMEOUT_SECONDS
    try:
        seconds = float(text)
    except ValueError:
        return None
    return seconds if 0 < seconds < float("inf") else None


def _fail(message: str, code: int = 1) -> int:
    print(f"xwms-wizard sandbox: {message}", file=sys.stderr, flush=True)
    return code


def _validate(args: argparse.Namespace) -> str | None:
    if not 0 <= args.port <= 65535:
        return "--port must be a number from 0 to 65535 (0 picks a free port)."
    if args.latency_ms < 0:
        return "--latency-ms must be 0 or more (milliseconds to wait before each answer)."
    if not 0.0 <= args.fault_rate <= 1.0:
        return ("--fault-rate must be between 0 and 1 (the share of API requests that fail; "
                "e.g. 0.2 for one in five).")
    return None


def _bind(host: str, port: int) -> socket.socket:
    family, kind, proto, _, address = socket.getaddrinfo(
        host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0]
    sock = socket.socket(family, kind, proto)
    if sys.platform != "win32":
        # On Windows SO_REUSEADDR would let two servers share a port; elsewhere it only
        # allows a quick restart on the same port.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    return sock


def _url(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"


def _stop_when_stdin_closes(server: uvicorn.Server) -> None:
    """Stop serving once standard input reaches its end.

    The wizard holds the other end of this pipe. The operating system closes it when the wizard
    exits for any reason, a crash or a kill included, so the practice server never lingers.
    """

    stdin = getattr(sys.stdin, "buffer", None)
    if stdin is None:
        # No standard input at all (a windowed program started without one): nothing to watch,
        # and stopping at once would be wrong.
        return

    def watch() -> None:
        try:
            while stdin.read1(4096):
                pass  # nothing is ever sent; only the end matters
        except (OSError, ValueError):
            return  # an input that cannot be read says nothing about the wizard: keep serving
        server.should_exit = True

    threading.Thread(target=watch, name="sandbox-stdin-watch", daemon=True).start()


def _bind_next_free(host: str, port: int) -> socket.socket:
    """`port`, or with it taken the next free one of NEXT_FREE_TRIES (a stable address)."""
    for candidate in range(port, min(port + NEXT_FREE_TRIES, 65536)):
        try:
            return _bind(host, candidate)
        except OSError as exc:
            last = exc
    raise last


def _bundle_lines(spec: BundleSpec, url: str, env_api_uri: str) -> list[str]:
    """What a developer reads after `--from-bundle`: which setup is served, and how to try it."""
    api = f"{url}/api/"
    lines = [
        f"Serving the handoff bundle of client {spec.client_name} ({spec.client_id}) for "
        f"{spec.domain} ({spec.domain_id}), scopes: {', '.join(spec.scopes) or 'none'}.",
        f"Callback URLs: {', '.join(spec.callbacks)}.",
    ]
    if env_api_uri.rstrip("/") == api.rstrip("/"):
        lines.append("The bundle's .env already points here (XWMS_API_URI).")
    else:
        lines.append(
            f"The bundle's .env points at {env_api_uri or 'xwms.nl'}; to use this practice "
            f"server instead, start your code with XWMS_API_URI={api} in its environment "
            "(the starters read the environment first)."
        )
    lines.append(
        "Try it: cd starters/python && python3 app.py, then open http://127.0.0.1:8000/ "
        f"(the login comes back to {LOCAL_CALLBACK}). Ctrl+C stops this server."
    )
    return lines


def run_from_args(
    args: argparse.Namespace, *, bundle: BundleSpec | None = None, bundle_api_uri: str = ""
) -> int:
    """Serve until interrupted; 0 on a clean stop, 1 when it cannot start, 2 for bad options.

    With `bundle` (`--from-bundle`, read by the command line), a fresh in-memory sandbox
    serves exactly that bundle's setup (sandbox.bundle); `bundle_api_uri` is the API address
    the bundle's .env names, to say whether it points here.
    """
    if args.port is None:
        args.port = DEFAULT_PORT
    problem = _validate(args)
    if problem:
        return _fail(problem, 2)
    stall_seconds = body_timeout()
    if stall_seconds is None:
        return _fail(f"{BODY_TIMEOUT_ENV} must be a number of seconds more than 0 (how long a "
                     "request body may stall before the answer is 408), or unset for "
                     f"{BODY_TIMEOUT_SECONDS:g}.", 2)
    host: str = args.host
    if not is_loopback(host):
        print(
            f"Warning: the practice sandbox is a test server with published demo passwords and "
            f"no real security. Listening on {host} lets other computers reach it; use it only "
            "on a network you trust.",
            file=sys.stderr, flush=True,
        )
    db = MEMORY if bundle is not None else (args.db or str(default_db()))

    from xwms_wizard.sandbox.app import create_app

    try:
        app = create_app(
            db, latency_ms=args.latency_ms, fault_rate=args.fault_rate, seed=args.seed,
            body_timeout=stall_seconds,
        )
    except StoreError as exc:
        return _fail(exc.message)
    store = app.state.store
    if bundle is not None:
        try:
            seed_bundle(store, bundle)
        except BundleInvalid as exc:
            store.close()
            return _fail(str(exc), 2)
    try:
        if getattr(args, "next_free", False) and args.port:
            sock = _bind_next_free(host, args.port)
        else:
            sock = _bind(host, args.port)
    except OSError as exc:
        store.close()
        if args.port:
            return _fail(f"cannot listen on {host} port {args.port} ({exc.strerror or exc}). "
                         "The port may be in use: choose another with --port, or --port 0 for "
                         "any free port.")
        return _fail(f"cannot listen on {host} ({exc.strerror or exc}). Check --host.")
    logging.getLogger("uvicorn.error").addFilter(_HideDeliberateDrops())
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    server = uvicorn.Server(config)

    def stop_early(signum: int, frame: FrameType | None) -> None:
        # A signal before uvicorn takes over (it installs its own handlers while serving);
        # also receives the signal uvicorn re-raises after it has stopped.
        server.should_exit = True

    if getattr(args, "exit_with_stdin", False):
        _stop_when_stdin_closes(server)

    previous: dict[int, Any] = {}
    for sig in (signal.SIGINT, signal.SIGTERM):
        previous[sig] = signal.signal(sig, stop_early)
    try:
        print(listening_line(_url(sock)), flush=True)
        if bundle is not None:
            print("\n".join(_bundle_lines(bundle, _url(sock), bundle_api_uri)), flush=True)
        if db != MEMORY:
            logging.getLogger("xwms_wizard.sandbox").info("database: %s", db)
        if not server.should_exit:
            asyncio.run(server.serve(sockets=[sock]))
    except KeyboardInterrupt:
        pass
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        sock.close()
        store.close()
    return 0
