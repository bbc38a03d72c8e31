"""--fault-rate and --latency-ms: 503s before any work, dropped connections after the work."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from starlette.applications import Starlette

from tests.helpers.sandbox_api import Api, refusal
from xwms_wizard.sandbox.app import create_app
from xwms_wizard.sandbox.faults import ConnectionDropped


@contextlib.contextmanager
def serve_in_thread(app: Starlette) -> Iterator[str]:
    """The app behind a real uvicorn on 127.0.0.1 (ephemeral port), in a thread."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen()
    server = uvicorn.Server(uvicorn.Config(app, log_config=None, log_level="critical",
                                           access_log=False, lifespan="off"))
    thread = threading.Thread(target=lambda: asyncio.run(server.serve(sockets=[sock])),
                              daemon=True)
    thread.start()
    try:
        for _ in range(500):
            if server.started:
                break
            time.sleep(0.01)
        assert server.started
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


@pytest.fixture
def shared_db(tmp_path: Path) -> Iterator[tuple[Starlette, Starlette]]:
    """Two apps on one database file: one fails every API request, one works normally
    (to sign in, and to look at what the failing one really did)."""
    path = str(tmp_path / "sandbox.sqlite3")
    healthy = create_app(path)
    faulty = create_app(path, fault_rate=1.0, seed=1234)
    yield faulty, healthy
    faulty.state.store.close()
    healthy.state.store.close()


def _attempts(send, names: list[str]) -> dict[str, str]:
    kinds = {}
    for name in names:
        try:
            answer = send(name)
        except httpx.RemoteProtocolError:
            kinds[name] = "drop"
            continue
        body = refusal(answer, 503, "unavailable")
        assert answer.headers["retry-after"] == "1"
        assert "simulating an outage" in body["message"]
        kinds[name] = "unavailable"
    return kinds


def test_both_faults_in_process_and_dropped_work_is_committed(shared_db) -> None:
    faulty, healthy = shared_db
    good, bad = Api(healthy), Api(faulty)
    try:
        good.login()
        bad.token = good.token
        names = [f"shop-{n}" for n in range(12)]
        kinds = _attempts(
            lambda name: bad.post("manage/clients", json={"name": name},
                                  headers={"Idempotency-Key": name}), names)
        assert set(kinds.values()) == {"drop", "unavailable"}
        made = {c["name"]: c for c in good.ok("GET", "manage/clients")["clients"]}
        for name, kind in kinds.items():
            assert (name in made) is (kind == "drop"), (name, kind)
        # a retry with the same key gets the committed answer, and no second client
        dropped = next(name for name, kind in kinds.items() if kind == "drop")
        retry = good.post("manage/clients", json={"name": dropped},
                          headers={"Idempotency-Key": dropped})
        assert retry.status_code == 201 and retry.headers["idempotent-replay"] == "true"
        assert retry.json()["data"]["client"] == made[dropped]
        assert len(good.ok("GET", "manage/clients")["clients"]) == len(made)
    finally:
        good.close()
        bad.close()


def test_the_same_seed_gives_the_same_faults(tmp_path: Path) -> None:
    def kinds_for(seed: int) -> list[str]:
        app = create_app(":memory:", fault_rate=1.0, seed=seed)
        api = Api(app)
        try:
            return list(_attempts(lambda n: api.get(f"info?n={n}"), [str(i) for i in range(16)])
                        .values())
        finally:
            api.close()
            app.state.store.close()

    assert kinds_for(7) == kinds_for(7)
    assert kinds_for(7) != kinds_for(8)


def test_a_dropped_connection_over_real_http(shared_db) -> None:
    faulty, healthy = shared_db
    good = Api(healthy)
    try:
        good.login()
        with serve_in_thread(faulty) as url, httpx.Client(base_url=url + "/api/") as http:
            auth = {"Authorization": f"Bearer {good.token}"}
            kinds = _attempts(
                lambda name: http.post("manage/clients", json={"name": name},
                                       headers={**auth, "Idempotency-Key": name}),
                [f"web-{n}" for n in range(12)])
        assert set(kinds.values()) == {"drop", "unavailable"}
        made = {c["name"] for c in good.ok("GET", "manage/clients")["clients"]}
        assert made == {name for name, kind in kinds.items() if kind == "drop"}
    finally:
        good.close()


def test_faults_touch_only_the_api() -> None:
    faulty = create_app(":memory:", fault_rate=1.0, seed=3)
    api = Api(faulty)
    try:
        assert api.get("http://sandbox.test/avatars/xu_4f1c2b7e9a03d5e8.svg").status_code == 200
        with pytest.raises(ConnectionDropped):
            for _ in range(20):
                api.get("global/projects")
    finally:
        api.close()
        faulty.state.store.close()


def test_latency_delays_every_api_answer() -> None:
    slow = create_app(":memory:", latency_ms=120)
    api = Api(slow)
    try:
        started = time.monotonic()
        assert api.get("global/projects").status_code == 200
        assert time.monotonic() - started >= 0.12  # a lower bound: sleep never returns early
    finally:
        api.close()
        slow.state.store.close()


@pytest.mark.parametrize("options", [{"latency_ms": -1}, {"fault_rate": 1.5},
                                     {"fault_rate": -0.1}])
def test_bad_options_are_refused(options: dict) -> None:
    with pytest.raises(ValueError):
        create_app(":memory:", **options)
