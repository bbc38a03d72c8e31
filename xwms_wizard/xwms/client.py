"""The async XWMS client: the management API (sandbox or custom server) and the public API.

One `httpx.AsyncClient` per `XwmsClient`. Every call has a timeout; failures
become the typed errors of `xwms_wizard.xwms.errors`. Calls are retried with
exponential backoff and jitter (honouring `Retry-After`) only where a second
attempt cannot make anything twice:

- GET, PUT, and PATCH (whose bodies hold absolute values, so repeating one
  lands in the same state) are retried after any retryable failure;
- a POST is retried only when it carries an `Idempotency-Key` (the server then
  answers a repeat with its first answer), when a second copy leaves nothing
  behind (`login`, `sign-token`), or when the request certainly never reached
  the server (connection refused, unknown host, connect timeout).

Every call goes one way, as httpx's own client does it: `_call` builds a
`_Request` (`_build_request`), `_send_handling_retries` repeats
`_send_single_request` as `_RetryPolicy` allows, and each attempt ends in a
value or a `_Failure`: `_transport_failure` classifies an httpx error by its
type and the types on its __cause__/__context__ chain (socket.gaierror,
ssl.SSLError, h11's protocol error), never by its text; `_answer_outcome`
turns a status and envelope into data (`_envelope_data`, `_parse_model`) or
the matching error.

`asyncio.CancelledError` is never caught: cancelling a call cancels it.
Logging (logger "xwms_wizard.xwms", DEBUG) names method, path, status and
attempt only: never a header, a body or a credential.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import email.utils
import enum
import json
import logging
import random
import re
import socket
import ssl
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any, Literal, TypeVar

import h11
import httpx

from xwms_wizard import __version__
from xwms_wizard.i18n import translate
from xwms_wizard.xwms.errors import (
    BadResponse,
    Conflict,
    ConnectionFailed,
    NotFound,
    NotSignedIn,
    PlanRequired,
    Refused,
    SecretValueLost,
    ServerFailed,
    TimedOut,
    TlsFailed,
    ValidationFailed,
    XwmsError,
)
from xwms_wizard.xwms.models import (
    Account,
    Client,
    ClientUser,
    CreatedSecret,
    Domain,
    DomainUrl,
    Member,
    Role,
    Scope,
    Secret,
    SecretLink,
    ShapeError,
    UserRequest,
    VerificationRequest,
    list_of,
)

__all__ = [
    "XwmsClient",
    "DOMAIN_FIELDS",
    "MAX_RETRY_AFTER",
    "MAX_BODY_BYTES",
    "UNCHANGED",
    "normalise_api_url",
]

log = logging.getLogger("xwms_wizard.xwms")

T = TypeVar("T")

MAX_RETRY_AFTER = 30.0  # seconds; a server asking for longer gets this, the owner is waiting
MAX_BODY_BYTES = 8 * 1024 * 1024  # no answer of the contract comes near; guards against junk
RETRY_STATUSES = frozenset({429, 502, 503, 504})  # the server did not do the work; ask again
REDACTED = "<redacted>"
_SENSITIVE_KEYS = ("secret", "token", "password", "authorization")

# The domain settings a PATCH may change (the root domain is fixed once created).
DOMAIN_FIELDS = frozenset(
    {
        "server_ip",
        "internal_name",
        "allow_login",
        "allow_api",
        "active",
        "primary",
        "test_mode",
        "fallback_uri",
    }
)

_LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})


class _Unchanged(enum.Enum):
    UNCHANGED = "unchanged"

    def __repr__(self) -> str:
        return "UNCHANGED"


# "Leave this field as it is" for update calls where None means something (no expiry date).
UNCHANGED = _Unchanged.UNCHANGED


class XwmsClient:
    """Talks to one XWMS server: `api_url` like "https://xwms.nl/api/" or a sandbox's API URL.

    Management routes live under `api_url + "manage/"`. `retries` is the number of
    extra attempts after the first; `sleep` is awaited between attempts (tests pass
    a recorder). Use as `async with XwmsClient(url) as xwms: ...`, or call `aclose()`.
    """

    def __init__(
        self,
        api_url: str,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        token: str | None = None,
        timeout: float = 15.0,
        retries: int = 5,
        backoff: float = 0.5,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self._api_url = normalise_api_url(api_url)
        self._manage_url = self._api_url + "manage/"
        self._token = token
        self._timeout = timeout
        self._retry = _RetryPolicy(max(0, retries), backoff, rng or random.Random())
        self._sleep = sleep
        host = httpx.URL(self._api_url).host
        self._http = httpx.AsyncClient(
            transport=transport,
            timeout=httpx.Timeout(timeout),
            headers={"Accept": "application/json", "User-Agent": f"xwms-wizard/{__version__}"},
            follow_redirects=False,
            # A proxy from the environment must not swallow calls to the local sandbox.
            trust_env=host not in _LOOPBACK_HOSTS,
        )

    # -- lifecycle -----------------------------------------------------------------------------

    async def __aenter__(self) -> XwmsClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    def __repr__(self) -> str:
        signed_in = "signed in" if self._token else "not signed in"
        return f"<XwmsClient {self._api_url} ({signed_in})>"

    @property
    def api_url(self) -> str:
        return self._api_url

    @property
    def token(self) -> str | None:
        """The account token after `login` (for the keychain); settable to resume a session."""
        return self._token

    @token.setter
    def token(self, value: str | None) -> None:
        self._token = value

    # -- management API: account -------------------------------------------------------------

    async def login(self, email: str, password: str) -> Account:
        """Sign in; the token is kept on this client (read `token` to store it in the keychain)."""

        def parse(data: Mapping[str, Any]) -> tuple[str, Account]:
            token = _key(data, "token")
            if not isinstance(token, str) or not token:
                raise ShapeError("token is not a non-empty string")
            return token, Account.from_json(_key(data, "account"))

        token, account = await self._call(
            "POST",
            "login",
            json={"email": email, "password": password},
            auth=False,
            secrets=(password,),
            parse=parse,
            # A repeat signs in once more; the session of a lost answer just expires unused.
            harmless_to_repeat=True,
        )
        self._token = token
        return account

    async def get_account(self) -> Account:
        """The account the token belongs to: a token kept from an earlier `login`, reused."""
        return await self._call(
            "GET", "account", parse=lambda d: Account.from_json(_key(d, "account"))
        )

    # -- management API: clients and scopes ----------------------------------------------------

    async def list_clients(self) -> list[Client]:
        return await self._call(
            "GET",
            "clients",
            parse=lambda d: list_of(_key(d, "clients"), Client.from_json, "clients"),
        )

    async def create_client(self, name: str, *, idempotency_key: str | None) -> Client:
        return await self._call(
            "POST",
            "clients",
            json={"name": name},
            idempotency_key=idempotency_key,
            parse=lambda d: Client.from_json(_key(d, "client")),
        )

    async def get_client(self, pk: int) -> Client:
        return await self._call(
            "GET", f"clients/{_pk(pk)}", parse=lambda d: Client.from_json(_key(d, "client"))
        )

    async def list_scopes(self) -> list[Scope]:
        return await self._call(
            "GET", "scopes", parse=lambda d: list_of(_key(d, "scopes"), Scope.from_json, "scopes")
        )

    async def get_client_scopes(self, pk: int) -> list[str]:
        return await self._call("GET", f"clients/{_pk(pk)}/scopes", parse=_scope_keys)

    async def set_client_scopes(self, pk: int, keys: Iterable[str]) -> list[str]:
        """Replace the client's scopes with `keys` (PUT: safe to repeat, so it is retried)."""
        return await self._call(
            "PUT", f"clients/{_pk(pk)}/scopes", json={"scopes": list(keys)}, parse=_scope_keys
        )

    # -- management API: domains, URLs, logo ---------------------------------------------------

    async def list_domains(self, client_pk: int) -> list[Domain]:
        return await self._call(
            "GET",
            f"clients/{_pk(client_pk)}/domains",
            parse=lambda d: list_of(_key(d, "domains"), Domain.from_json, "domains"),
        )

    async def create_domain(
        self,
        client_pk: int,
        *,
        root_domain: str,
        server_ip: str | None = None,
        internal_name: str | None = None,
        allow_login: bool = True,
        allow_api: bool = True,
        active: bool = True,
        primary: bool = True,
        test_mode: bool = False,
        fallback_uri: str | None = None,
        idempotency_key: str | None,
    ) -> Domain:
        body: dict[str, Any] = {
            "root_domain": root_domain,
            "allow_login": allow_login,
            "allow_api": allow_api,
            "active": active,
            "primary": primary,
            "test_mode": test_mode,
        }
        # Optional strings are left out rather than sent empty, so the server stores null.
        for name, value in (
            ("server_ip", server_ip),
            ("internal_name", internal_name),
            ("fallback_uri", fallback_uri),
        ):
            if value:
                body[name] = value
        return await self._call(
            "POST",
            f"clients/{_pk(client_pk)}/domains",
            json=body,
            idempotency_key=idempotency_key,
            domain=root_domain,
            parse=lambda d: Domain.from_json(_key(d, "domain")),
        )

    async def get_domain(self, domain_pk: int) -> Domain:
        return await self._call(
            "GET", f"domains/{_pk(domain_pk)}", parse=lambda d: Domain.from_json(_key(d, "domain"))
        )

    async def update_domain(self, domain_pk: int, **changes: Any) -> Domain:
        """Change some of a domain's settings (names in DOMAIN_FIELDS).

        Retried like a PUT: the body holds absolute values ("active": true), never
        increments, so applying it twice leaves the domain exactly as applying it once.
        """
        unknown = set(changes) - DOMAIN_FIELDS
        if unknown:
            raise TypeError(f"update_domain() cannot change: {', '.join(sorted(unknown))}")
        return await self._call(
            "PATCH",
            f"domains/{_pk(domain_pk)}",
            json=changes,
            parse=lambda d: Domain.from_json(_key(d, "domain")),
        )

    async def upload_logo(self, domain_pk: int, data: bytes, content_type: str) -> Domain:
        """Set the domain's logo (PNG or SVG, at most 1 MB); PUT, so retried."""
        return await self._call(
            "PUT",
            f"domains/{_pk(domain_pk)}/logo",
            content=bytes(data),
            content_type=content_type,
            parse=lambda d: Domain.from_json(_key(d, "domain")),
        )

    async def list_urls(self, domain_pk: int) -> list[DomainUrl]:
        return await self._call(
            "GET",
            f"domains/{_pk(domain_pk)}/urls",
            parse=lambda d: list_of(_key(d, "urls"), DomainUrl.from_json, "urls"),
        )

    async def add_url(
        self,
        domain_pk: int,
        url: str,
        *,
        kind: str = "callback",
        active: bool = True,
        idempotency_key: str | None,
    ) -> DomainUrl:
        return await self._call(
            "POST",
            f"domains/{_pk(domain_pk)}/urls",
            json={"url": url, "kind": kind, "active": active},
            idempotency_key=idempotency_key,
            parse=lambda d: DomainUrl.from_json(_key(d, "url")),
        )

    async def update_url(self, url_pk: int, *, active: bool) -> DomainUrl:
        """Switch a registered URL on or off (PATCH of an absolute value, so retried)."""
        return await self._call(
            "PATCH",
            f"urls/{_pk(url_pk)}",
            json={"active": active},
            parse=lambda d: DomainUrl.from_json(_key(d, "url")),
        )

    # -- management API: secrets and links -----------------------------------------------------

    async def list_secrets(self, client_pk: int) -> list[Secret]:
        return await self._call(
            "GET",
            f"clients/{_pk(client_pk)}/secrets",
            parse=lambda d: list_of(_key(d, "secrets"), Secret.from_json, "secrets"),
        )

    async def create_secret(
        self,
        client_pk: int,
        *,
        label: str | None = None,
        expires_at: dt.date | None = None,
        idempotency_key: str | None,
    ) -> CreatedSecret:
        """Make a secret; the answer is the only time its value is ever sent (store it at once)."""
        body: dict[str, Any] = {}
        if label:
            body["label"] = label
        if expires_at is not None:
            body["expires_at"] = expires_at.isoformat()

        def parse(data: Mapping[str, Any]) -> CreatedSecret:
            answer = _key(data, "secret")
            if isinstance(answer, Mapping) and answer.get("secret", "") is None:
                # A replay of the first answer, which the server sends without the value.
                raise _ValueNotRepeated(Secret.from_json(answer))
            return CreatedSecret.from_json(answer)

        return await self._call(
            "POST",
            f"clients/{_pk(client_pk)}/secrets",
            json=body,
            idempotency_key=idempotency_key,
            parse=parse,
        )

    async def revoke_secret(self, secret_pk: int, *, idempotency_key: str | None) -> Secret:
        return await self._call(
            "POST",
            f"secrets/{_pk(secret_pk)}/revoke",
            json={},
            idempotency_key=idempotency_key,
            parse=lambda d: Secret.from_json(_key(d, "secret")),
        )

    async def update_secret(
        self,
        secret_pk: int,
        *,
        label: str | None = None,
        expires_at: dt.date | None | Literal[_Unchanged.UNCHANGED] = UNCHANGED,
    ) -> Secret:
        """Change a secret's label and/or expiry date (`expires_at=None` clears the date).

        Only the fields given are sent: `label=None` and `expires_at=UNCHANGED` leave them as
        they are. Retried like update_domain: the body holds absolute values, never increments,
        so applying it twice leaves the secret exactly as applying it once. A revoked secret
        cannot be changed (Conflict, code `revoked_secret_unchangeable`).
        """
        body: dict[str, Any] = {}
        if label is not None:
            body["label"] = label
        if expires_at is not UNCHANGED:
            body["expires_at"] = None if expires_at is None else expires_at.isoformat()
        if not body:
            raise TypeError("update_secret() needs label, expires_at or both")
        return await self._call(
            "PATCH",
            f"secrets/{_pk(secret_pk)}",
            json=body,
            parse=lambda d: Secret.from_json(_key(d, "secret")),
        )

    async def list_secret_links(self, domain_pk: int) -> list[SecretLink]:
        return await self._call(
            "GET",
            f"domains/{_pk(domain_pk)}/secret-links",
            parse=lambda d: list_of(_key(d, "links"), SecretLink.from_json, "links"),
        )

    async def link_secret(
        self, domain_pk: int, secret_pk: int, *, idempotency_key: str | None
    ) -> SecretLink:
        return await self._call(
            "POST",
            f"domains/{_pk(domain_pk)}/secret-links",
            json={"secret_id": _pk(secret_pk)},
            idempotency_key=idempotency_key,
            parse=lambda d: SecretLink.from_json(_key(d, "link")),
        )

    # -- management API: Client Users and their requests ---------------------------------------

    async def list_client_users(self, client_pk: int) -> list[ClientUser]:
        """The people whose login a site of this client verified, first login first."""
        return await self._call(
            "GET",
            f"clients/{_pk(client_pk)}/users",
            parse=lambda d: list_of(_key(d, "users"), ClientUser.from_json, "users"),
        )

    async def list_user_requests(self, client_pk: int) -> list[UserRequest]:
        return await self._call(
            "GET",
            f"clients/{_pk(client_pk)}/user-requests",
            parse=lambda d: list_of(_key(d, "requests"), UserRequest.from_json, "requests"),
        )

    async def create_user_request(
        self,
        client_pk: int,
        email: str,
        *,
        kind: Literal["access", "test"],
        scopes: Iterable[str] = (),
        idempotency_key: str | None,
    ) -> UserRequest:
        """Ask a person to become an access or test user; they answer on the login page."""
        body: dict[str, Any] = {"email": email, "kind": kind}
        keys = list(scopes)
        if keys:
            body["scopes"] = keys
        return await self._call(
            "POST",
            f"clients/{_pk(client_pk)}/user-requests",
            json=body,
            idempotency_key=idempotency_key,
            parse=lambda d: UserRequest.from_json(_key(d, "request")),
        )

    # -- management API: the Verification Center ----------------------------------------------

    async def list_verification_requests(self, client_pk: int) -> list[VerificationRequest]:
        return await self._call(
            "GET",
            f"clients/{_pk(client_pk)}/verification-requests",
            parse=lambda d: list_of(
                _key(d, "requests"), VerificationRequest.from_json, "requests"
            ),
        )

    async def create_verification_request(
        self,
        client_pk: int,
        *,
        domain_pks: Iterable[int],
        scopes: Iterable[str],
        notes: str | None = None,
        idempotency_key: str | None,
    ) -> VerificationRequest:
        """Apply to become a Verified Partner for `scopes` (those with requires_verification)."""
        body: dict[str, Any] = {
            "domain_ids": [_pk(pk) for pk in domain_pks],
            "scopes": list(scopes),
        }
        if notes:
            body["notes"] = notes
        return await self._call(
            "POST",
            f"clients/{_pk(client_pk)}/verification-requests",
            json=body,
            idempotency_key=idempotency_key,
            parse=lambda d: VerificationRequest.from_json(_key(d, "request")),
        )

    # -- management API: Members & Roles -------------------------------------------------------

    async def list_roles(self, client_pk: int) -> list[Role]:
        return await self._call(
            "GET",
            f"clients/{_pk(client_pk)}/roles",
            parse=lambda d: list_of(_key(d, "roles"), Role.from_json, "roles"),
        )

    async def create_role(
        self, client_pk: int, name: str, permissions: Iterable[str], *, idempotency_key: str | None
    ) -> Role:
        """A role of the client: its name and the permissions it gives (of PERMISSIONS)."""
        return await self._call(
            "POST",
            f"clients/{_pk(client_pk)}/roles",
            json={"name": name, "permissions": list(permissions)},
            idempotency_key=idempotency_key,
            parse=lambda d: Role.from_json(_key(d, "role")),
        )

    async def list_members(self, client_pk: int) -> list[Member]:
        return await self._call(
            "GET",
            f"clients/{_pk(client_pk)}/members",
            parse=lambda d: list_of(_key(d, "members"), Member.from_json, "members"),
        )

    async def add_member(
        self, client_pk: int, email: str, role_pk: int, *, idempotency_key: str | None
    ) -> Member:
        """Give an existing XWMS account (free or paid) a role on the client."""
        return await self._call(
            "POST",
            f"clients/{_pk(client_pk)}/members",
            json={"email": email, "role_id": _pk(role_pk)},
            idempotency_key=idempotency_key,
            parse=lambda d: Member.from_json(_key(d, "member")),
        )

    async def remove_member(self, client_pk: int, member_pk: int) -> Member:
        """Take a member off the client. Not retried once sent: a repeat would answer 404."""
        return await self._call(
            "DELETE",
            f"clients/{_pk(client_pk)}/members/{_pk(member_pk)}",
            parse=lambda d: Member.from_json(_key(d, "member")),
        )

    # -- public API ----------------------------------------------------------------------------

    async def info(self) -> dict[str, Any]:
        """The server's `info` answer (`data`): application, endpoints, and `sandbox` on ours."""
        return await self._call("GET", "info", management=False, parse=dict)

    async def is_sandbox(self) -> bool:
        """True when the server says it is a practice sandbox (`"sandbox": true` in `info`)."""
        return (await self.info()).get("sandbox") is True

    async def sign_token(
        self, *, client_id: str, domain: str, client_secret: str, redirect_url: str
    ) -> str:
        """Ask for a login: returns the XWMS login page URL to send the user to."""

        def parse(data: Mapping[str, Any]) -> str:
            url = _key(data, "url")
            if not isinstance(url, str) or not url.startswith(("https://", "http://")):
                raise ShapeError("url is not an http(s) URL")
            return url

        return await self._call(
            "POST",
            "sign-token",
            management=False,
            json={
                "client_id": client_id,
                "domain": domain,
                "client_secret": client_secret,
                "redirect_url": redirect_url,
            },
            credentials=(client_id, domain, client_secret),
            secrets=(client_secret,),
            domain=domain,
            parse=parse,
            # A repeat only opens a second one-time login page, which simply expires unused.
            harmless_to_repeat=True,
        )

    async def sign_token_verify(
        self, *, client_id: str, domain: str, client_secret: str, token: str
    ) -> dict[str, Any]:
        """Exchange the callback's `token` for the user (`sub`, and what the scopes allow)."""

        def parse(data: Mapping[str, Any]) -> dict[str, Any]:
            # Some XWMS versions put the user in `data`, others in `data.user`.
            user = data.get("user") if isinstance(data.get("user"), Mapping) else data
            if not isinstance(user.get("sub"), str) or not user["sub"]:
                raise ShapeError("user.sub is not a non-empty string")
            return dict(user)

        return await self._call(
            "POST",
            "sign-token-verify",
            management=False,
            json={
                "client_id": client_id,
                "domain": domain,
                "client_secret": client_secret,
                "token": token,
            },
            credentials=(client_id, domain, client_secret),
            secrets=(client_secret, token),
            domain=domain,
            parse=parse,
        )

    async def get_user_info(
        self, *, client_id: str, domain: str, client_secret: str, sub: str
    ) -> dict[str, Any]:
        """A user's profile (`data.user`); extra fields need the client's `userinfo` scope."""

        def parse(data: Mapping[str, Any]) -> dict[str, Any]:
            user = _key(data, "user")
            if not isinstance(user, Mapping):
                raise ShapeError("user is not an object")
            return dict(user)

        # A read, but a POST without Idempotency-Key in XWMS's API: not retried once sent.
        return await self._call(
            "POST",
            "get/user/info",
            management=False,
            json={"sub": sub},
            credentials=(client_id, domain, client_secret),
            secrets=(client_secret,),
            domain=domain,
            parse=parse,
        )

    # -- the request pipeline: build -> send with retries -> one attempt -> classify -> parse --

    async def _call(
        self,
        method: str,
        path: str,
        *,
        parse: Callable[[Mapping[str, Any]], T],
        management: bool = True,
        auth: bool = True,
        json: Any = None,
        content: bytes | None = None,
        content_type: str | None = None,
        idempotency_key: str | None = None,
        credentials: tuple[str, str, str] | None = None,
        secrets: Iterable[str] = (),
        domain: str | None = None,
        harmless_to_repeat: bool = False,
    ) -> T:
        """The one request path of every public method: build the request, then send it."""
        request = self._build_request(
            method,
            path,
            management=management,
            auth=auth,
            json=json,
            content=content,
            content_type=content_type,
            idempotency_key=idempotency_key,
            credentials=credentials,
            secrets=secrets,
            domain=domain,
            harmless_to_repeat=harmless_to_repeat,
        )
        return await self._send_handling_retries(request, parse)

    def _build_request(
        self,
        method: str,
        path: str,
        *,
        management: bool,
        auth: bool,
        json: Any,
        content: bytes | None,
        content_type: str | None,
        idempotency_key: str | None,
        credentials: tuple[str, str, str] | None,
        secrets: Iterable[str],
        domain: str | None,
        harmless_to_repeat: bool,
    ) -> _Request:
        """URL, headers (account token, Idempotency-Key, client credentials) and body."""
        url = (self._manage_url if management else self._api_url) + path
        call = _Call(method, httpx.URL(url).path, management, domain, self._retry.retries + 1)
        # Every value we send that must stay private: scrubbed from anything the server echoes.
        call.secrets = tuple(s for s in (*secrets, self._token) if s)
        headers = _request_headers(
            bearer=self._token if management and auth else None,
            idempotency_key=idempotency_key,
            content_type=content_type,
            credentials=credentials,
        )
        repeatable = _RetryPolicy.repeatable(method, idempotency_key, harmless_to_repeat)
        return _Request(method, url, headers, json, content, repeatable, call)

    async def _send_handling_retries(
        self, request: _Request, parse: Callable[[Mapping[str, Any]], T]
    ) -> T:
        """Attempt the request until it succeeds or the retry policy says stop."""
        call = request.call
        while True:
            outcome = await self._send_single_request(request, parse)
            if not isinstance(outcome, _Failure):
                return outcome
            if not self._retry.allows(request, outcome):
                raise outcome.error
            delay = self._retry.delay(call.attempt, outcome.retry_after)
            log.debug(
                "%s %s: %s, retrying in %.2f s",
                call.method,
                call.path,
                type(outcome.error).__name__,
                delay,
            )
            await self._sleep(delay)

    async def _send_single_request(
        self, request: _Request, parse: Callable[[Mapping[str, Any]], T]
    ) -> T | _Failure:
        """One attempt: send, read the answer, and turn it into a value or a classified failure."""
        call = request.call
        call.attempt += 1
        answer_started = False  # the status line and headers arrived; the body may not have
        try:
            async with self._http.stream(
                request.method,
                request.url,
                headers=request.headers,
                json=request.json,
                content=request.content,
            ) as response:
                answer_started = True
                body = await _read_body(response)
        except httpx.HTTPError as exc:
            log.debug(
                "%s %s failed: %s (attempt %d)",
                call.method,
                call.path,
                type(exc).__name__,
                call.attempt,
            )
            return _transport_failure(
                exc, call, self._api_url, self._timeout, answer_started=answer_started
            )
        status = response.status_code
        log.debug("%s %s -> %d (attempt %d)", call.method, call.path, status, call.attempt)
        return _answer_outcome(status, response.headers, body, call, parse)


# -- the request and the retry policy --------------------------------------------------------------


class _Call:
    """What an error needs to know about the request it came from (never a header or body)."""

    def __init__(
        self, method: str, path: str, management: bool, domain: str | None, attempts: int
    ) -> None:
        self.method = method
        self.path = path
        self.management = management
        self.domain = domain
        self.attempts = attempts
        self.attempt = 0
        self.secrets: tuple[str, ...] = ()

    def scrub(self, text: str) -> str:
        for secret in self.secrets:
            if len(secret) >= 16:
                text = text.replace(secret, REDACTED)
            else:
                # A short value (a password) as a substring would garble ordinary words.
                pattern = rf"(?<![\w-]){re.escape(secret)}(?![\w-])"
                text = re.sub(pattern, REDACTED, text)
        return text

    def scrub_data(self, value: Any, key: str = "") -> Any:
        if isinstance(value, Mapping):
            return {str(k): self.scrub_data(v, str(k)) for k, v in value.items()}
        if isinstance(value, list):
            return [self.scrub_data(v, key) for v in value]
        if isinstance(value, str):
            if any(word in key.lower() for word in _SENSITIVE_KEYS):
                return REDACTED
            return self.scrub(value)
        return value

    def detail(self, what: str) -> str:
        return self.scrub(
            f"{self.method} {self.path}: {what} (attempt {self.attempt} of {self.attempts})"
        )


@dataclasses.dataclass(frozen=True)
class _Request:
    """A call as it goes on the wire, built once and sent as often as the retry policy allows."""

    method: str
    url: str
    headers: Mapping[str, str]
    json: Any
    content: bytes | None
    repeatable: bool  # a second copy cannot make anything twice
    call: _Call


def _request_headers(
    *,
    bearer: str | None,
    idempotency_key: str | None,
    content_type: str | None,
    credentials: tuple[str, str, str] | None,
) -> dict[str, str]:
    """The per-call headers (Accept and User-Agent are the transport's own)."""
    headers: dict[str, str] = {}
    if bearer:
        headers["Authorization"] = f"Bearer {bearer}"
    if idempotency_key is not None:
        headers["Idempotency-Key"] = _check_idempotency_key(idempotency_key)
    if content_type is not None:
        headers["Content-Type"] = content_type
    if credentials is not None:
        client_id, client_domain, client_secret = credentials
        headers["X-Client-Id"] = client_id
        headers["X-Client-Domain"] = client_domain
        headers["X-Client-Secret"] = client_secret
    return headers


class _Failure:
    """A failed attempt: the error to raise, and what the retry policy needs to know."""

    def __init__(
        self,
        error: XwmsError,
        *,
        again: bool,
        reached_server: bool,
        retry_after: float | None = None,
    ) -> None:
        self.error = error
        self.again = again  # a second attempt may succeed
        self.reached_server = reached_server  # the server may have acted on the request
        self.retry_after = retry_after  # seconds the server asked us to wait, if it did


class _RetryPolicy:
    """Which failed attempts are made again, and after how long (see the module docstring)."""

    def __init__(self, retries: int, backoff: float, rng: random.Random) -> None:
        self.retries = retries
        self.backoff = backoff
        self.rng = rng

    @staticmethod
    def repeatable(method: str, idempotency_key: str | None, harmless_to_repeat: bool) -> bool:
        # PUT and PATCH bodies hold absolute values; a POST is safe only with a key, or when a
        # second copy of it leaves nothing behind (the caller says so).
        return (
            method in ("GET", "PUT", "PATCH") or idempotency_key is not None or harmless_to_repeat
        )

    def allows(self, request: _Request, failure: _Failure) -> bool:
        if not failure.again or request.call.attempt > self.retries:
            return False
        return request.repeatable or not failure.reached_server

    def delay(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(retry_after, MAX_RETRY_AFTER)
        base = self.backoff * 2 ** (attempt - 1)
        # Jitter spreads the retries of many clients hit by one outage.
        return min(base + self.rng.uniform(0, base / 2), MAX_RETRY_AFTER)


async def _read_body(response: httpx.Response) -> bytes | None:
    """The whole body; None when it is larger than any answer of the contract should be."""
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        return None
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


# -- classifying a transport failure: by the exception's type and what it wraps, never its text ----


def _transport_failure(
    exc: httpx.HTTPError, call: _Call, api_url: str, timeout: float, *, answer_started: bool
) -> _Failure:
    """What a failed exchange means: timeout, no connection, not HTTP, or broken off."""
    host = _host_of(api_url)
    detail = call.detail(f"{type(exc).__name__}: {exc}".rstrip(": "))
    if isinstance(exc, httpx.TimeoutException):
        return _timed_out(exc, host, timeout, detail)
    if isinstance(exc, httpx.ConnectError):
        return _not_connected(exc, api_url, detail)
    if (
        isinstance(exc, httpx.RemoteProtocolError)
        and not answer_started
        and _caused_by(exc, h11.RemoteProtocolError) is not None
    ):
        # h11 refused the status line or headers: bytes came back, but not HTTP, so something
        # other than an XWMS server answered. (A peer that merely closed early is httpcore's
        # own error with no h11 cause, or comes after the headers, while the body is read.)
        return _Failure(BadResponse(detail=detail), again=True, reached_server=True)
    if isinstance(exc, httpx.TransportError):
        return _Failure(
            ConnectionFailed(
                translate(
                    "Client",
                    "The connection to {host} broke off before the answer was complete. Check "
                    "that this computer is online, then try again.",
                ).format(host=host),
                detail=detail,
            ),
            again=True,
            reached_server=True,
        )
    # DecodingError and the like: an answer arrived that could not be read.
    return _Failure(BadResponse(detail=detail), again=False, reached_server=True)


def _timed_out(exc: httpx.TimeoutException, host: str, timeout: float, detail: str) -> _Failure:
    # Connect and pool timeouts happen before the request leaves this computer.
    sent = not isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout)
    return _Failure(
        TimedOut(
            translate(
                "Client",
                "The server at {host} did not answer within {seconds} seconds. It may be "
                "busy, or the connection may be slow. Try again in a moment.",
            ).format(host=host, seconds=f"{timeout:g}"),
            detail=detail,
        ),
        again=True,
        reached_server=sent,
    )


def _not_connected(exc: httpx.ConnectError, api_url: str, detail: str) -> _Failure:
    """No connection: TLS refused (ssl.SSLError), unknown host (socket.gaierror), or else
    refused or unreachable (ConnectionRefusedError and the other OSErrors)."""
    tls = _caused_by(exc, ssl.SSLError)
    if tls is not None:
        return _tls_failed(tls, _host_of(api_url), detail)
    if _caused_by(exc, socket.gaierror) is not None:
        message = translate(
            "Client",
            "The wizard could not find the server {host}. Check the server address for "
            "typing mistakes and check that this computer is online, then try again.",
        ).format(host=httpx.URL(api_url).host)
    else:
        message = translate(
            "Client",
            "The wizard could not connect to the server at {host}. Check that this computer "
            "is online (for the practice server: that it is still running), then try again.",
        ).format(host=_host_of(api_url))
    return _Failure(ConnectionFailed(message, detail=detail), again=True, reached_server=False)


def _tls_failed(tls: BaseException, host: str, detail: str) -> _Failure:
    if isinstance(tls, ssl.SSLCertVerificationError):
        why = translate(
            "Client",
            "its security certificate is not valid (it may have expired, be "
            "self-signed, or be made out for another name)",
        )
    else:
        why = translate(
            "Client",
            "the server did not set up a secure (https) connection; it may not use "
            "https at this address",
        )
    return _Failure(
        TlsFailed(
            translate(
                "Client",
                "The wizard could not open a secure connection to {host}: {why}. Nothing "
                "was sent. Check the server address, including http:// or https://; if "
                "it is right, ask whoever runs that server to fix its certificate.",
            ).format(host=host, why=why),
            detail=detail,
        ),
        again=False,
        reached_server=False,
    )


def _caused_by(
    exc: BaseException, kind: type[BaseException] | tuple[type[BaseException], ...]
) -> BaseException | None:
    """The first exception of `kind` down the __cause__ / __context__ chain, `exc` included."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, kind):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def _host_of(api_url: str) -> str:
    url = httpx.URL(api_url)
    return f"{url.host}:{url.port}" if url.port else url.host


# -- classifying an answer (HTTP status and envelope) and parsing its data -------------------------


def _answer_outcome(
    status: int,
    headers: httpx.Headers,
    body: bytes | None,
    call: _Call,
    parse: Callable[[Mapping[str, Any]], T],
) -> T | _Failure:
    """The parsed data of a success envelope, or the failure this answer stands for."""
    try:
        return _parse_model(parse, _envelope_data(status, headers, body, call), call)
    except XwmsError as error:
        # 429, 502, 503, 504: the server did not do the work; it may ask us to wait first.
        again = status in RETRY_STATUSES
        retry_after = _retry_after(headers.get("Retry-After")) if again else None
        return _Failure(error, again=again, reached_server=True, retry_after=retry_after)


def _envelope_data(
    status: int, headers: httpx.Headers, body: bytes | None, call: _Call
) -> Mapping[str, Any]:
    """The `data` of a success envelope; anything else raises the matching XwmsError."""
    envelope, problem = _decode_envelope(body, headers)
    code = _opt_text(envelope, "code")
    server_message = call.scrub(_opt_text(envelope, "message") or "")
    what = f"HTTP {status}" + (f", code {code}" if code else "")
    if server_message:
        what += f": {server_message}"

    if status >= 500:
        detail = call.detail(what if envelope else f"HTTP {status}, {problem}")
        raise _server_failed(status, code, detail)
    if envelope is None:
        raise BadResponse(status=status, detail=call.detail(f"HTTP {status}, {problem}"))
    if 200 <= status < 300 and envelope["status"] == "success":
        data = envelope.get("data")
        if not isinstance(data, dict):
            raise BadResponse(
                status=status, detail=call.detail(f"HTTP {status}, success without a data object")
            )
        return data
    if not (200 <= status < 300 or 400 <= status < 500):
        raise BadResponse(status=status, detail=call.detail(f"HTTP {status}, {problem}"))
    # A refusal: 4xx, or a 2xx that says "error" (some XWMS versions answer that way).
    raise _refusal(status, code, envelope, server_message, call, what)


def _decode_envelope(
    body: bytes | None, headers: httpx.Headers
) -> tuple[Mapping[str, Any] | None, str]:
    """The XWMS envelope (`status` success or error) in a body, or None and what is wrong."""
    if body is None:
        return None, f"answer larger than {MAX_BODY_BYTES} bytes"
    try:
        parsed = json.loads(body)
    except (ValueError, RecursionError):
        kind = headers.get("Content-Type", "no content type").split(";")[0]
        return None, f"not JSON ({kind}, {len(body)} bytes)"
    if not isinstance(parsed, dict):
        return None, f"JSON {type(parsed).__name__}, expected an object"
    if parsed.get("status") not in ("success", "error"):
        return None, "JSON without an XWMS envelope ('status' is not success or error)"
    return parsed, ""


def _server_failed(status: int, code: str | None, detail: str) -> ServerFailed:
    return ServerFailed(
        translate(
            "Client",
            "The XWMS server ran into a problem (error {status}) and could not finish this. "
            "It is not caused by anything you entered. Try again in a minute.",
        ).format(status=status),
        status=status,
        code=code,
        detail=detail,
    )


def _refusal(
    status: int,
    code: str | None,
    envelope: Mapping[str, Any],
    server_message: str,
    call: _Call,
    what: str,
) -> Refused:
    data = envelope.get("data")
    cls = _refusal_class(status, code, call.management)
    return cls(
        code=code,
        status=status,
        data=call.scrub_data(data) if isinstance(data, Mapping) else {},
        errors=_field_errors(envelope.get("errors"), call),
        server_message=server_message or None,
        domain=call.domain,
        retryable=status == 429,
        detail=call.detail(what),
    )


def _refusal_class(status: int, code: str | None, management: bool) -> type[Refused]:
    if status == 422 or code == "validation_failed":
        return ValidationFailed
    if status == 401 and (
        code in ("unauthenticated", "invalid_credentials") or (code is None and management)
    ):
        return NotSignedIn
    if status == 402 or code == "plan_required":
        return PlanRequired
    if status == 404:
        return NotFound
    if status == 409:
        return Conflict
    return Refused


def _field_errors(raw_errors: Any, call: _Call) -> dict[str, list[str]]:
    """A 422's `errors: {field: [messages]}` (a lone string is taken as one message), scrubbed."""
    errors: dict[str, list[str]] = {}
    if isinstance(raw_errors, Mapping):
        for name, messages in raw_errors.items():
            if isinstance(messages, str):
                messages = [messages]
            if isinstance(messages, list):
                errors[str(name)] = [call.scrub(str(m)) for m in messages]
    return errors


def _parse_model(
    parse: Callable[[Mapping[str, Any]], T], data: Mapping[str, Any], call: _Call
) -> T:
    try:
        return parse(data)
    except ShapeError as exc:
        raise BadResponse(detail=call.detail(f"unexpected answer: {exc}")) from None
    except _ValueNotRepeated as exc:
        what = f"secret {exc.secret.id} exists; a replayed answer does not repeat its value"
        raise SecretValueLost(exc.secret, detail=call.detail(what)) from None


class _ValueNotRepeated(Exception):
    def __init__(self, secret: Secret) -> None:
        super().__init__(secret.id)
        self.secret = secret


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.UTC)
        seconds = (when - dt.datetime.now(dt.UTC)).total_seconds()
    if seconds != seconds:  # NaN
        return None
    return max(0.0, seconds)


def _opt_text(envelope: Mapping[str, Any] | None, key: str) -> str | None:
    value = envelope.get(key) if envelope else None
    return value if isinstance(value, str) and value else None


# -- small helpers (module level: no state) --------------------------------------------------------


def normalise_api_url(api_url: str) -> str:
    """'https://xwms.nl/api' -> 'https://xwms.nl/api/'; refuses what is not an http(s) address."""
    text = (api_url or "").strip()
    try:
        url = httpx.URL(text)
    except (httpx.InvalidURL, TypeError):
        url = None
    if url is None or url.scheme not in ("http", "https") or not url.host:
        raise XwmsError(
            translate(
                "Client",
                "The server address is not a web address the wizard can use. It should look like "
                "https://xwms.nl/api/ (or http://127.0.0.1:PORT/api/ for a practice server).",
            ),
            field="server_url",
        )
    if url.userinfo:
        raise XwmsError(
            translate(
                "Client",
                "The server address must not contain a user name or password. Remove the part "
                "before the @ sign; the wizard asks for your sign-in details separately.",
            ),
            field="server_url",
        )
    text = str(url.copy_with(query=None, fragment=None))
    return text if text.endswith("/") else text + "/"


def _pk(value: int) -> int:
    # Ids go into paths: only real integers, so nothing can reach another route.
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise TypeError(f"an id must be a non-negative int, not {type(value).__name__}")
    return value


def _check_idempotency_key(key: str) -> str:
    if not (isinstance(key, str) and 1 <= len(key) <= 200 and all(" " <= ch <= "~" for ch in key)):
        raise ValueError("an Idempotency-Key is 1-200 printable ASCII characters")
    return key


def _key(data: Mapping[str, Any], key: str) -> Any:
    if key not in data:
        raise ShapeError(f"data.{key} is missing")
    return data[key]


def _scope_keys(data: Mapping[str, Any]) -> list[str]:
    keys = _key(data, "scopes")
    if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys):
        raise ShapeError("scopes is not a list of strings")
    return list(keys)
