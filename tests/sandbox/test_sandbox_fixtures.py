"""The reusable fixtures of tests/helpers/sandbox.py work as other test folders will use them."""

from __future__ import annotations

import asyncio

import httpx
from starlette.applications import Starlette


def test_sandbox_asgi_client_talks_to_sandbox_app(
    sandbox_app: Starlette, sandbox_asgi_client: httpx.AsyncClient
) -> None:
    async def session() -> tuple[dict, dict]:
        info = (await sandbox_asgi_client.get("info")).json()
        login = await sandbox_asgi_client.post(
            "manage/login", json={"email": "owner@example.com", "password": "practice"})
        return info, login.json()

    info, login = asyncio.run(session())
    assert info["data"]["sandbox"] is True
    assert info["data"]["api"]["endpoints"]["info"] == "http://sandbox.test/api/info"
    assert login["data"]["account"]["plan"] == "paid"
    with sandbox_app.state.store.transaction() as db:  # the client reached this very app
        assert db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 1


def test_live_sandbox_is_a_running_server(live_sandbox: str) -> None:
    answer = httpx.get(live_sandbox + "/api/info")
    assert answer.status_code == 200 and answer.json()["data"]["sandbox"] is True
