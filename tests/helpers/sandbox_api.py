"""The sandbox's own tests speak its API as plain JSON: a synchronous in-process client, the
error envelope checked, and a complete site setup (client, domain, callback URL, scopes, secret,
link) made through the management API, as dicts.

(The client's tests make the same setup through XwmsClient, as models: tests.helpers.xwms.)
"""

from __future__ import annotations

import asyncio
import itertools
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
from starlette.applications import Starlette

from tests.helpers.sandbox import ADA, ASGI_BASE_URL, OWNER, PASSWORD, asgi_transport
from xwms_wizard.sandbox.store import hash_password, iso

DOMAIN = "example.com"
CALLBACK = "https://example.com/xwms/validateToken"
_names = itertools.count(1)


class Api:
    """A synchronous client for the app in-process (httpx.ASGITransport on a private event loop).

    `ip` is the caller address the app sees. After `login()`, management calls carry the token.
    """

    def __init__(self, app: Starlette, ip: str = "127.0.0.1") -> None:
        self.loop = asyncio.new_event_loop()
        self.http = httpx.AsyncClient(transport=asgi_transport(app, ip), base_url=ASGI_BASE_URL)
        self.token: str | None = None

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        if self.token and url.startswith("manage/"):
            headers = {"Authorization": f"Bearer {self.token}", **kwargs.pop("headers", {})}
            kwargs["headers"] = headers
        return self.loop.run_until_complete(self.http.request(method, url, **kwargs))

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", url, **kwargs)

    def put(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("PUT", url, **kwargs)

    def patch(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("PATCH", url, **kwargs)

    def login(self, email: str = OWNER, password: str = PASSWORD) -> dict[str, Any]:
        answer = self.post("manage/login", json={"email": email, "password": password})
        assert answer.status_code == 200, answer.text
        self.token = answer.json()["data"]["token"]
        return answer.json()["data"]

    def ok(self, method: str, url: str, status: int = 200, **kwargs: Any) -> dict[str, Any]:
        """The `data` of a call that must succeed with `status`."""
        answer = self.request(method, url, **kwargs)
        assert answer.status_code == status, answer.text
        body = answer.json()
        assert body["status"] == "success", body
        return body["data"]

    def close(self) -> None:
        self.loop.run_until_complete(self.http.aclose())
        self.loop.close()


def refusal(answer: httpx.Response, status: int, code: str) -> dict[str, Any]:
    """The error envelope of `answer`, checked to be `status` / `code` with a message."""
    assert answer.status_code == status, (answer.status_code, answer.text)
    body = answer.json()
    assert body["status"] == "error" and body["code"] == code, body
    assert isinstance(body["message"], str) and len(body["message"]) > 20, body
    assert "Traceback" not in answer.text
    return body


def add_paid_account(app: Starlette, email: str, password: str) -> None:
    """A second paid account, straight into the store (the sandbox seeds only one)."""
    with app.state.store.transaction() as db:
        db.execute(
            "INSERT INTO accounts (email, password_hash, plan, created_at) VALUES (?, ?, ?, ?)",
            (email, hash_password(password), "paid", iso(app.state.store.now())),
        )


@dataclass
class Setup:
    """Everything a developer's site needs, made through the management API (as its JSON)."""

    client: dict[str, Any]
    domain: dict[str, Any]
    url: dict[str, Any]
    secret: dict[str, Any]  # includes the plaintext "secret"
    link: dict[str, Any]

    @property
    def value(self) -> str:
        return self.secret["secret"]

    def creds(self, **override: str) -> dict[str, str]:
        base = {"client_id": self.client["client_id"], "domain": self.domain["root_domain"],
                "client_secret": self.value}
        return {**base, **override}

    def headers(self) -> dict[str, str]:
        return {"X-Client-Id": self.client["client_id"],
                "X-Client-Domain": self.domain["root_domain"],
                "X-Client-Secret": self.value, "Accept": "application/json"}


def full_setup(api: Api, *, scopes: tuple[str, ...] = ("profile",), root: str = DOMAIN,
               callback: str = CALLBACK, **domain: Any) -> Setup:
    """Client, domain (options in `domain`), callback URL, scopes, secret and link."""
    if api.token is None:
        api.login()
    client = api.ok("POST", "manage/clients", 201, json={"name": f"site-{next(_names)}"})["client"]
    made = api.ok("POST", f"manage/clients/{client['id']}/domains", 201,
                  json={"root_domain": root, **domain})["domain"]
    url = api.ok("POST", f"manage/domains/{made['id']}/urls", 201,
                 json={"url": callback, "kind": "callback"})["url"]
    api.ok("PUT", f"manage/clients/{client['id']}/scopes", json={"scopes": list(scopes)})
    secret = api.ok("POST", f"manage/clients/{client['id']}/secrets", 201, json={})["secret"]
    link = api.ok("POST", f"manage/domains/{made['id']}/secret-links", 201,
                  json={"secret_id": secret["id"]})["link"]
    return Setup(client, made, url, secret, link)


def login_token(api: Api, setup: Setup, sub: str = ADA, *, redirect: str = CALLBACK) -> str:
    """Run sign-token and the login page (Allow, as `sub`); the token from the redirect."""
    url = api.ok("POST", "sign-token", json={**setup.creds(), "redirect_url": redirect})["url"]
    answer = api.post(url, data={"user": sub, "decision": "allow"})
    assert answer.status_code == 303, answer.text
    return parse_qs(urlsplit(answer.headers["location"]).query)["token"][0]
