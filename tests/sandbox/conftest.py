"""Fixtures for the sandbox's tests: the reusable ones, plus in-process clients on a moved clock."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from starlette.applications import Starlette

from tests.fixtures_sandbox import live_sandbox, sandbox_app, sandbox_asgi_client  # noqa: F401
from tests.sandbox.kit import Api, Clock
from xwms_wizard.sandbox.app import create_app


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def app(clock: Clock) -> Iterator[Starlette]:
    built = create_app(":memory:", clock=clock)
    yield built
    built.state.store.close()


@pytest.fixture
def api(app: Starlette) -> Iterator[Api]:
    """A client calling from 127.0.0.1, not yet signed in."""
    client = Api(app)
    yield client
    client.close()


@pytest.fixture
def owner(api: Api) -> Api:
    """`api`, signed in as the paid demo account."""
    api.login()
    return api
