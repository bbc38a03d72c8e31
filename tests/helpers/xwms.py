"""The XWMS client (the code under test) against the sandbox: an injected sleep, a signed-in
client, the app in-process with a "browser", and a complete site setup made through the client,
as its models.

(The sandbox's own tests make the same setup in plain JSON: tests.helpers.sandbox_api.)
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import struct
import zlib
from collections.abc import AsyncIterator, Coroutine
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

from tests.helpers.clock import Clock
from tests.helpers.sandbox import ADA, IN_PROCESS_URL, OWNER, PASSWORD, asgi_transport
from xwms_wizard.sandbox.app import create_app
from xwms_wizard.xwms import (
    Client,
    CreatedSecret,
    Domain,
    DomainUrl,
    SecretLink,
    SecretValueLost,
    XwmsClient,
    XwmsError,
)

DOMAIN = "shop.example"
CALLBACK = f"https://{DOMAIN}/xwms/validateToken"

# The refusal codes of the sandbox's public API (sign-token, sign-token-verify, user info).
PUBLIC_CODES = [
    "missing_credentials",
    "unknown_client",
    "domain_not_registered",
    "domain_inactive",
    "login_not_allowed",
    "api_not_allowed",
    "invalid_secret",
    "secret_revoked",
    "secret_expired",
    "secret_not_linked",
    "redirect_not_registered",
    "ip_not_allowed",
    "token_invalid",
    "token_used",
    "token_expired",
    "scope_missing",
]


def run_async(coro: Coroutine[Any, Any, Any], timeout: float = 60.0) -> Any:
    """Run a coroutine to completion in a fresh event loop (pytest-asyncio is not used)."""
    return asyncio.run(asyncio.wait_for(coro, timeout))


@dataclass
class Delays:
    """An injected `sleep` for XwmsClient: records every back-off delay instead of waiting."""

    seen: list[float] = field(default_factory=list)

    async def __call__(self, seconds: float) -> None:
        self.seen.append(seconds)


@contextlib.asynccontextmanager
async def signed_in(
    api_url: str, transport: httpx.AsyncBaseTransport | None = None, **options: Any
) -> AsyncIterator[XwmsClient]:
    """An XwmsClient (`options` as XwmsClient takes them) signed in as the paid demo owner."""
    async with XwmsClient(api_url, transport=transport, **options) as client:
        await client.login(OWNER, PASSWORD)
        yield client


async def sign_in_patiently(xwms: XwmsClient, tries: int = 20) -> None:
    """Sign in as the demo owner on a sandbox that fails calls on purpose (--fault-rate). A login
    has no Idempotency-Key, so the client never repeats it by itself: like an owner pressing
    "Try again", this does (each failure must say it may be retried)."""
    for _ in range(tries):
        try:
            await xwms.login(OWNER, PASSWORD)
            return
        except XwmsError as error:
            assert error.retryable, (error, error.detail)
    raise AssertionError(f"{tries} sign-ins in a row failed")


@dataclass
class Sandbox:
    xwms: XwmsClient  # the client under test
    browser: httpx.AsyncClient  # plays the person on the login page
    delays: Delays


@contextlib.asynccontextmanager
async def in_process(
    clock: Clock | None = None, *, retries: int = 3, **app_options: Any
) -> AsyncIterator[Sandbox]:
    """The real sandbox app with an in-memory database, reached through httpx.ASGITransport."""
    app = create_app(":memory:", clock=clock, **app_options)
    transport = asgi_transport(app)
    delays = Delays()
    try:
        async with (
            XwmsClient(IN_PROCESS_URL, transport=transport, retries=retries, sleep=delays) as xwms,
            httpx.AsyncClient(transport=transport) as browser,
        ):
            yield Sandbox(xwms, browser, delays)
    finally:
        app.state.store.close()


@dataclass
class Setup:
    """Everything a developer's site needs, as the client's models."""

    client: Client
    domain: Domain
    url: DomainUrl
    secret: CreatedSecret
    link: SecretLink

    def credentials(self) -> dict[str, str]:
        return {
            "client_id": self.client.client_id,
            "domain": self.domain.root_domain,
            "client_secret": self.secret.value,
        }


async def full_setup(
    xwms: XwmsClient, *, expires_at: dt.date | None = None, sign_in: bool = True
) -> Setup:
    """Sign in as the paid demo owner and make a client with everything Log in with XWMS needs."""
    name = "shop-main-app"
    if sign_in:
        await xwms.login(OWNER, PASSWORD)
    client = await xwms.create_client(name, idempotency_key=f"{name}:client")
    domain = await xwms.create_domain(
        client.id,
        root_domain=DOMAIN,
        internal_name="Main website",
        test_mode=False,
        idempotency_key=f"{name}:domain",
    )
    url = await xwms.add_url(domain.id, CALLBACK, idempotency_key=f"{name}:url")
    await xwms.set_client_scopes(client.id, ("profile",))
    secret = await _create_secret_surely(
        xwms, client.id, expires_at=expires_at, idempotency_key=f"{name}:secret"
    )
    link = await xwms.link_secret(domain.id, secret.secret.id, idempotency_key=f"{name}:link")
    return Setup(client, domain, url, secret, link)


async def _create_secret_surely(
    xwms: XwmsClient, client_pk: int, *, expires_at: dt.date | None, idempotency_key: str
) -> CreatedSecret:
    """create_secret as the apply engine must use it: a secret whose value was lost on the way
    (its answer dropped, so a retry replayed it without the value) is revoked and made anew."""
    for attempt in range(5):
        try:
            return await xwms.create_secret(
                client_pk,
                label="backend",
                expires_at=expires_at,
                idempotency_key=f"{idempotency_key}:{attempt}",
            )
        except SecretValueLost as lost:
            await xwms.revoke_secret(lost.secret.id, idempotency_key=f"revoke:{lost.secret.id}")
    raise AssertionError("five secrets in a row lost their value")


async def person_allows(browser: httpx.AsyncClient, login_url: str, sub: str = ADA) -> str:
    """Pick a test person on the login page and press Allow; returns the callback's token."""
    page = await browser.get(login_url)
    assert page.status_code == 200 and sub in page.text
    answer = await browser.post(login_url, data={"user": sub, "decision": "allow"})
    assert answer.status_code == 303
    location = answer.headers["location"]
    assert location.startswith(CALLBACK + "?")
    return parse_qs(urlsplit(location).query)["token"][0]


def tiny_png() -> bytes:
    """A valid 1x1 PNG, built here so the test needs no image file."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00\xff")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )
