"""Reusable pytest fixtures for the practice sandbox, for any test folder (register as a plugin).

    sandbox_app          create_app(":memory:"), closed afterwards
    sandbox_asgi_client  httpx.AsyncClient on that app in-process; base_url http://sandbox.test/api/,
                         caller address 127.0.0.1
    live_sandbox         a real `xwms-wizard sandbox --db :memory:` process; yields its base URL
                         (http://127.0.0.1:PORT; the API is that + "/api/"), stopped afterwards
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import httpx
import pytest
from starlette.applications import Starlette

from xwms_wizard.sandbox.app import create_app
from xwms_wizard.sandbox.process import SandboxProcess

ASGI_BASE_URL = "http://sandbox.test/api/"
ASGI_CLIENT_ADDRESS = ("127.0.0.1", 50000)


@pytest.fixture
def sandbox_app() -> Iterator[Starlette]:
    app = create_app(":memory:")
    yield app
    app.state.store.close()


@pytest.fixture
def sandbox_asgi_client(sandbox_app: Starlette) -> Iterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=sandbox_app, client=ASGI_CLIENT_ADDRESS)
    client = httpx.AsyncClient(transport=transport, base_url=ASGI_BASE_URL)
    yield client
    asyncio.run(client.aclose())


@pytest.fixture
def live_sandbox() -> Iterator[str]:
    process = SandboxProcess(db=":memory:")
    url = process.start()
    try:
        yield url
    finally:
        process.stop()
