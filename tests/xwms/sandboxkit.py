"""Helpers for testing the client against the real sandbox: in-process (ASGI), a clock, a setup."""

from __future__ import annotations

import contextlib
import datetime as dt
import struct
import zlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

import httpx

from tests.xwms.rawhttp import Delays
from xwms_wizard.sandbox.app import create_app
from xwms_wizard.xwms import (
    Client,
    CreatedSecret,
    Domain,
    DomainUrl,
    SecretLink,
    SecretValueLost,
    XwmsClient,
)

API_URL = "http://127.0.0.1:8765/api/"
OWNER, FREE, PASSWORD = "owner@example.com", "free@example.com", "practice"
ADA = "xu_4f1c2b7e9a03d5e8"  # the first test person on the sandbox's login page
DOMAIN = "shop.example"
CALLBACK = f"https://{DOMAIN}/xwms/validateToken"


class Clock:
    """A clock the test moves by hand (the sandbox takes `clock=`)."""

    def __init__(self) -> None:
        self.now = dt.datetime.now(dt.UTC).replace(microsecond=0)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@dataclass
class Sandbox:
    xwms: XwmsClient  # the client under test
    browser: httpx.AsyncClient  # plays the person on the login page
    delays: Delays


@contextlib.asynccontextmanager
async def in_process(
    clock: Clock | None = None, *, retries: int = 3, **app_options: object
) -> AsyncIterator[Sandbox]:
    """The real sandbox app with an in-memory database, reached through httpx.ASGITransport."""
    app = create_app(":memory:", clock=clock, **app_options)  # type: ignore[arg-type]
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 50000))
    delays = Delays()
    async with (
        XwmsClient(API_URL, transport=transport, retries=retries, sleep=delays) as xwms,
        httpx.AsyncClient(transport=transport) as browser,
    ):
        yield Sandbox(xwms, browser, delays)


@dataclass
class Setup:
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
    xwms: XwmsClient,
    *,
    name: str = "shop-main-app",
    scopes: tuple[str, ...] = ("profile",),
    expires_at: dt.date | None = None,
    test_mode: bool = False,
    sign_in: bool = True,
) -> Setup:
    """Sign in as the paid demo owner and make a client with everything Log in with XWMS needs."""
    if sign_in:
        await xwms.login(OWNER, PASSWORD)
    client = await xwms.create_client(name, idempotency_key=f"{name}:client")
    domain = await xwms.create_domain(
        client.id,
        root_domain=DOMAIN,
        internal_name="Main website",
        test_mode=test_mode,
        idempotency_key=f"{name}:domain",
    )
    url = await xwms.add_url(domain.id, CALLBACK, idempotency_key=f"{name}:url")
    await xwms.set_client_scopes(client.id, scopes)
    secret = await create_secret_surely(
        xwms, client.id, expires_at=expires_at, idempotency_key=f"{name}:secret"
    )
    link = await xwms.link_secret(domain.id, secret.secret.id, idempotency_key=f"{name}:link")
    return Setup(client, domain, url, secret, link)


async def create_secret_surely(
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
