"""Fixtures for the sandbox's tests: in-process clients on an app whose clock the test moves.

(sandbox_app, sandbox_asgi_client and live_sandbox come from tests.helpers.sandbox, a plugin.)
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from starlette.applications import Starlette

from tests.helpers.clock import Clock
from tests.helpers.sandbox_api import Api
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
