"""The practice sandbox in tests: its demo accounts and people, the app in-process (ASGI), a
transport with levers for the wizard's tests, and a real sandbox process.

tests/conftest.py registers this module as a pytest plugin, so these fixtures work everywhere:

    sandbox_app          create_app(":memory:"), closed afterwards
    sandbox_asgi_client  httpx.AsyncClient on that app in-process; base_url ASGI_BASE_URL,
                         caller address 127.0.0.1
    sandbox_process      a started `xwms-wizard sandbox --db :memory:` process, stopped afterwards
    live_sandbox         that process's base URL (http://127.0.0.1:PORT; the API is that + "/api/")
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import httpx
import pytest
from starlette.applications import Starlette

from xwms_wizard.practice import SandboxProcess
from xwms_wizard.sandbox.app import create_app

# The demo accounts the sandbox seeds (paid and free), and the people on its login page.
OWNER, FREE, PASSWORD = "owner@example.com", "free@example.com", "practice"
ADA, BRAM, MEI = "xu_4f1c2b7e9a03d5e8", "xu_8b3e0d6c1f27a9b4", "xu_c29a7f5e3b8d1064"
# What sign-token-verify tells about a person with the "profile" scope.
PROFILE_KEYS = {"sub", "name", "given_name", "family_name", "email", "email_verified", "picture"}

# The app in-process: requests never leave the test, whatever the URL says.
ASGI_BASE_URL = "http://sandbox.test/api/"  # the sandbox's own tests (its answers echo it)
IN_PROCESS_URL = "http://127.0.0.1:9/api/"  # a loopback address, as the wizard's practice uses
CALLER_PORT = 50000


def asgi_transport(app: Starlette, ip: str = "127.0.0.1") -> httpx.ASGITransport:
    """A transport that hands every request to `app`; `ip` is the caller address it sees."""
    return httpx.ASGITransport(app=app, client=(ip, CALLER_PORT))


class Gate(httpx.AsyncBaseTransport):
    """The real sandbox app in-process, with two test levers on the wire.

    `down`: every request fails as if the server were gone (nothing reaches the app).
    `hold(method, path_suffix)`: the matching request is handled by the app, but its
    answer is held back until `release()`: the worst moment to cancel or close.
    """

    def __init__(self, app: Starlette) -> None:
        self.inner = asgi_transport(app)
        self.down = False
        self._hold: tuple[str, str] | None = None
        self._break: tuple[str, str] | None = None
        self.held = asyncio.Event()
        self._release = asyncio.Event()

    def hold(self, method: str, path_suffix: str) -> None:
        self._hold = (method, path_suffix)
        self.held = asyncio.Event()
        self._release = asyncio.Event()

    def break_at(self, method: str, path_suffix: str) -> None:
        """Go down (as if the sandbox stopped) when the matching request is about to be sent."""
        self._break = (method, path_suffix)

    def release(self) -> None:
        self._hold = None
        self._release.set()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        brk = self._break
        if brk and request.method == brk[0] and request.url.path.endswith(brk[1]):
            self._break = None
            self.down = True
        if self.down:
            raise httpx.ConnectError("All connection attempts failed", request=request)
        response = await self.inner.handle_async_request(request)
        hold = self._hold
        if hold and request.method == hold[0] and request.url.path.endswith(hold[1]):
            await response.aread()
            self.held.set()
            await self._release.wait()
        return response


@pytest.fixture
def sandbox_app() -> Iterator[Starlette]:
    app = create_app(":memory:")
    yield app
    app.state.store.close()


@pytest.fixture
def sandbox_asgi_client(sandbox_app: Starlette) -> Iterator[httpx.AsyncClient]:
    client = httpx.AsyncClient(transport=asgi_transport(sandbox_app), base_url=ASGI_BASE_URL)
    yield client
    asyncio.run(client.aclose())


@pytest.fixture
def sandbox_process() -> Iterator[SandboxProcess]:
    with SandboxProcess(db=":memory:") as process:  # started here, stopped on the way out
        yield process


@pytest.fixture
def live_sandbox(sandbox_process: SandboxProcess) -> str:
    assert sandbox_process.base_url is not None
    return sandbox_process.base_url
