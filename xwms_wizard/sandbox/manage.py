"""The management API under /api/manage/: accounts, clients, scopes, domains, URLs, secrets, links.

Every operation is an `Op`: a synchronous handler run inside one SQLite transaction, after the
shared steps (body limit, Bearer sign-in, paid plan, `Idempotency-Key`, JSON checks).
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from xwms_wizard.sandbox import idempotency, values
from xwms_wizard.sandbox.bodies import Field, Schema, parse_object, read_body, validate
from xwms_wizard.sandbox.envelope import (
    ApiError,
    ValidationFailed,
    encode,
    json_response,
    success_body,
)
from xwms_wizard.sandbox.store import (
    Store,
    iso,
    new_secret_value,
    parse_iso,
    secret_digest,
    token_digest,
    verify_password,
)

PREFIX = "/api/manage/"
SESSION_LIFETIME = timedelta(hours=24)
LOGO_TYPES = {"image/png": "PNG", "image/svg+xml": "SVG"}
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


# --- plumbing ---------------------------------------------------------------------------------


@dataclass
class Ctx:
    """What a handler gets: the open transaction, the signed-in account and the request's parts."""

    db: sqlite3.Connection
    now: datetime
    account: sqlite3.Row | None
    params: dict[str, Any]
    body: dict[str, Any]
    raw: bytes
    content_type: str

    @property
    def acct(self) -> sqlite3.Row:
        assert self.account is not None  # every Op with auth=True has one
        return self.account


@dataclass
class Reply:
    """A success answer (stored, sealed under its Idempotency-Key, for replays)."""

    status: int
    message: str
    data: dict[str, Any] = field(default_factory=dict)
    response: Response | None = None  # for answers that are not JSON (a logo)
    # For an answer holding a credential: what a replay answers instead, (message, data)
    # without it, when the Idempotency-Key has no room for 128 random bits. A weak key could be
    # found by searching the stored hash, so nothing worth having is sealed under it.
    weak_key_replay: tuple[str, dict[str, Any]] | None = None


@dataclass(frozen=True)
class Op:
    method: str
    path: str  # relative to /api/manage/, Starlette syntax
    handler: Callable[[Ctx], Reply]
    schema: Schema | None = None  # the JSON body's fields; None = no JSON body
    auth: bool = True
    paid: bool = True
    raw_body: bool = False
    rerun_on_replay: bool = False  # login: a token cannot be replayed, so sign in again


def _unauthenticated(message: str) -> ApiError:
    return ApiError(401, "unauthenticated", message, headers={"WWW-Authenticate": "Bearer"})


def authenticate(db: sqlite3.Connection, header: str | None, now: datetime) -> sqlite3.Row:
    if not header or not header[:7].lower() == "bearer " or not header[7:].strip():
        raise _unauthenticated(
            "Sign in first: send the header Authorization: Bearer <token>, with the token from "
            "POST /api/manage/login."
        )
    row = db.execute(
        "SELECT accounts.*, sessions.expires_at AS session_expires FROM sessions "
        "JOIN accounts ON accounts.id = sessions.account WHERE sessions.token_hash = ?",
        (token_digest(header[7:].strip()),),
    ).fetchone()
    if row is None:
        raise _unauthenticated(
            "This sign-in is not valid here (it may belong to another sandbox). Sign in again."
        )
    if parse_iso(row["session_expires"]) <= now:
        raise _unauthenticated("Your sign-in has expired. Sign in again.")
    return row


def require_paid(account: sqlite3.Row) -> None:
    if account["plan"] != "paid":
        raise ApiError(
            402,
            "plan_required",
            f"Clients need a paid XWMS account. {account['email']} is on the free plan: upgrade "
            "it in the XWMS dashboard, or, to practise, sign in as owner@example.com.",
        )


def _run(op: Op, store: Store, request: Request, raw: bytes) -> Response:
    """The shared steps and the handler, in one transaction (so a replay record and the work it
    describes are committed together, or not at all)."""
    key = None
    if op.method == "POST":
        key = idempotency.read_key(request.headers.get(idempotency.HEADER))
    path = request.url.path
    with store.transaction() as db:
        now = store.now()
        account = None
        if op.auth:
            account = authenticate(db, request.headers.get("authorization"), now)
            if op.paid:
                require_paid(account)
        scope = _key_scope(op, account, raw) if key else None
        replaying = False
        if scope and key:
            record = idempotency.lookup(db, scope, key, op.method, path, raw, now=now)
            if record is not None:
                if not record.matches:
                    raise ApiError(
                        409,
                        "idempotency_conflict",
                        "This Idempotency-Key was already used for a different request. Use a "
                        "new key for a new request; repeat a request only with the same body.",
                    )
                if not record.rerun:
                    return json_response(
                        record.status, record.body, {idempotency.REPLAY_HEADER: "true"}
                    )
                replaying = True
        db.execute("SAVEPOINT op")
        headers: dict[str, str] = {}
        try:
            body = validate(parse_object(raw), op.schema) if op.schema is not None else {}
            content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
            reply = op.handler(Ctx(db, now, account, dict(request.path_params), body, raw,
                                   content_type))
        except ApiError as refusal:
            db.execute("ROLLBACK TO op")
            db.execute("RELEASE op")
            status, first = refusal.status, encode(refusal.body())
            stored, headers = first, refusal.headers
        else:
            db.execute("RELEASE op")
            if reply.response is not None:
                return reply.response
            status = reply.status
            first = encode(success_body(reply.message, reply.data))
            stored = first
            if reply.weak_key_replay is not None and key and not idempotency.can_seal(key):
                stored = encode(success_body(*reply.weak_key_replay))
        if op.rerun_on_replay:
            stored = b""  # a replay runs the handler again: keep no copy of a token
        if scope and key and not replaying:
            idempotency.save(db, scope, key, op.method, path, raw, status=status,
                             body=stored, rerun=op.rerun_on_replay, now=now)
        if replaying:
            headers = {**headers, idempotency.REPLAY_HEADER: "true"}
        return json_response(status, first, headers)


def _key_scope(op: Op, account: sqlite3.Row | None, raw: bytes) -> str | None:
    if account is not None:
        return f"account:{account['id']}"
    try:
        email = parse_object(raw).get("email")
    except ApiError:
        return None
    return f"login:{email.strip().lower()}" if isinstance(email, str) else None


def _endpoint(op: Op, store: Store) -> Callable[[Request], Any]:
    async def endpoint(request: Request) -> Response:
        raw = await read_body(request) if op.method in ("POST", "PUT", "PATCH") else b""
        return _run(op, store, request, raw)

    endpoint.__name__ = f"{op.method.lower()}_{op.handler.__name__}"
    return endpoint


def routes(store: Store) -> list[Route]:
    return [
        Route(PREFIX + op.path, _endpoint(op, store), methods=[op.method]) for op in OPERATIONS
    ]


# --- shapes -----------------------------------------------------------------------------------


def _bool(value: int) -> bool:
    return bool(value)


def client_json(row: sqlite3.Row) -> dict[str, Any]:
    return {"id": row["id"], "client_id": row["client_id"], "name": row["name"],
            "created_at": row["created_at"]}


def domain_json(db: sqlite3.Connection, row: sqlite3.Row) -> dict[str, Any]:
    has_logo = db.execute("SELECT 1 FROM domain_logos WHERE domain = ?", (row["id"],)).fetchone()
    return {
        "id": row["id"],
        "domain_id": row["domain_id"],
        "client": row["client"],
        "root_domain": row["root_domain"],
        "server_ip": row["server_ip"],
        "internal_name": row["internal_name"],
        "allow_login": _bool(row["allow_login"]),
        "allow_api": _bool(row["allow_api"]),
        "active": _bool(row["active"]),
        "primary": _bool(row["is_primary"]),
        "test_mode": _bool(row["test_mode"]),
        "fallback_uri": row["fallback_uri"],
        "has_logo": has_logo is not None,
        "created_at": row["created_at"],
    }


def url_json(row: sqlite3.Row) -> dict[str, Any]:
    return {"id": row["id"], "domain": row["domain"], "url": row["url"], "kind": row["kind"],
            "active": _bool(row["active"]), "created_at": row["created_at"]}


def secret_json(row: sqlite3.Row) -> dict[str, Any]:
    return {"id": row["id"], "label": row["label"], "expires_at": row["expires_at"],
            "revoked": _bool(row["revoked"]), "created_at": row["created_at"],
            "hint": row["hint"]}


def link_json(row: sqlite3.Row) -> dict[str, Any]:
    return {"id": row["id"], "domain": row["domain"], "secret": row["secret"],
            "created_at": row["created_at"]}


def secret_is_expired(row: sqlite3.Row, now: datetime) -> bool:
    """A secret works up to and including its expiry date (UTC)."""
    return row["expires_at"] is not None and now.date().isoformat() > row["expires_at"]


# --- ownership lookups: another account's ids look exactly like missing ones ------------------


def _not_found(kind: str, ident: int) -> ApiError:
    return ApiError(404, "not_found", f"There is no {kind} with id {ident} in your account.")


def own_client(ctx: Ctx, ident: int) -> sqlite3.Row:
    row = ctx.db.execute(
        "SELECT * FROM clients WHERE id = ? AND account = ?", (_db_int(ident), ctx.acct["id"])
    ).fetchone()
    if row is None:
        raise _not_found("client", ident)
    return row


def own_domain(ctx: Ctx, ident: int) -> sqlite3.Row:
    row = ctx.db.execute(
        "SELECT domains.* FROM domains JOIN clients ON clients.id = domains.client "
        "WHERE domains.id = ? AND clients.account = ?", (_db_int(ident), ctx.acct["id"]),
    ).fetchone()
    if row is None:
        raise _not_found("domain", ident)
    return row


def own_secret(ctx: Ctx, ident: int) -> sqlite3.Row | None:
    return ctx.db.execute(
        "SELECT secrets.* FROM secrets JOIN clients ON clients.id = secrets.client "
        "WHERE secrets.id = ? AND clients.account = ?", (_db_int(ident), ctx.acct["id"]),
    ).fetchone()


def own_url(ctx: Ctx, ident: int) -> sqlite3.Row:
    row = ctx.db.execute(
        "SELECT domain_urls.* FROM domain_urls JOIN domains ON domains.id = domain_urls.domain "
        "JOIN clients ON clients.id = domains.client WHERE domain_urls.id = ? "
        "AND clients.account = ?", (_db_int(ident), ctx.acct["id"]),
    ).fetchone()
    if row is None:
        raise _not_found("URL", ident)
    return row


def _db_int(ident: int) -> int:
    # A path id beyond SQLite's range cannot exist; -1 matches nothing.
    return ident if 0 < ident < 2**63 else -1


class _Errors(dict[str, list[str]]):
    """Field errors gathered while checking a body, raised together."""

    def check(self, name: str, check: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        try:
            return check(*args, **kwargs)
        except values.Invalid as problem:
            self.setdefault(name, []).append(str(problem))
            return None

    def raise_if_any(self) -> None:
        if self:
            raise ValidationFailed(self)


# --- account ----------------------------------------------------------------------------------


def login(ctx: Ctx) -> Reply:
    email = ctx.body["email"].strip().lower()
    row = ctx.db.execute("SELECT * FROM accounts WHERE email = ?", (email,)).fetchone()
    if row is None or not verify_password(ctx.body["password"], row["password_hash"]):
        raise ApiError(
            401,
            "invalid_credentials",
            "The e-mail address or password is not right. Check both and try again (to "
            "practise, use owner@example.com with the password practice).",
        )
    token = secrets.token_urlsafe(32)
    ctx.db.execute(
        "INSERT INTO sessions (token_hash, account, created_at, expires_at) VALUES (?, ?, ?, ?)",
        (token_digest(token), row["id"], iso(ctx.now), iso(ctx.now + SESSION_LIFETIME)),
    )
    return Reply(
        200, f"Signed in as {row['email']}.", {"token": token, "account": account_json(row)}
    )


def account_json(row: sqlite3.Row) -> dict[str, Any]:
    return {"id": row["id"], "email": row["email"], "plan": row["plan"],
            "verified_partner": bool(row["verified_partner"])}


def get_account(ctx: Ctx) -> Reply:
    """Who a token belongs to: lets a program reuse a kept sign-in without the password."""
    return Reply(200, f"Signed in as {ctx.acct['email']}.", {"account": account_json(ctx.acct)})


# --- clients ----------------------------------------------------------------------------------


def list_clients(ctx: Ctx) -> Reply:
    rows = ctx.db.execute(
        "SELECT * FROM clients WHERE account = ? ORDER BY id", (ctx.acct["id"],)
    ).fetchall()
    return Reply(200, f"{len(rows)} client(s).", {"clients": [client_json(r) for r in rows]})


def create_client(ctx: Ctx) -> Reply:
    errors = _Errors()
    name = errors.check("name", values.client_name, ctx.body["name"])
    errors.raise_if_any()
    taken = ctx.db.execute(
        "SELECT 1 FROM clients WHERE account = ? AND name = ?", (ctx.acct["id"], name)
    ).fetchone()
    if taken:
        raise ApiError(
            409, "name_taken",
            f"You already have a client named {name}. Choose another name, or use the existing "
            "client.",
            errors={"name": ["You already have a client with this name."]},
        )
    cur = ctx.db.execute(
        "INSERT INTO clients (account, client_id, name, created_at) VALUES (?, ?, ?, ?)",
        (ctx.acct["id"], "xc_" + secrets.token_hex(10), name, iso(ctx.now)),
    )
    row = ctx.db.execute("SELECT * FROM clients WHERE id = ?", (cur.lastrowid,)).fetchone()
    return Reply(201, f"Client {name} created.", {"client": client_json(row)})


def get_client(ctx: Ctx) -> Reply:
    return Reply(200, "Client found.", {"client": client_json(own_client(ctx, ctx.params["id"]))})


# --- scopes -----------------------------------------------------------------------------------


def list_scopes(ctx: Ctx) -> Reply:
    rows = ctx.db.execute("SELECT * FROM scopes ORDER BY position").fetchall()
    scopes = [{"key": r["key"], "title": r["title"], "description": r["description"],
               "requires_verification": bool(r["requires_verification"])} for r in rows]
    return Reply(200, f"{len(scopes)} scopes.", {"scopes": scopes})


def _client_scopes(db: sqlite3.Connection, client: int) -> list[str]:
    rows = db.execute("SELECT scope FROM client_scopes WHERE client = ? ORDER BY scope", (client,))
    return [r["scope"] for r in rows]


def get_client_scopes(ctx: Ctx) -> Reply:
    client = own_client(ctx, ctx.params["id"])
    return Reply(200, "The client's scopes.", {"scopes": _client_scopes(ctx.db, client["id"])})


def put_client_scopes(ctx: Ctx) -> Reply:
    client = own_client(ctx, ctx.params["id"])
    wanted = sorted(set(ctx.body["scopes"]))
    catalogue = {r["key"]: r for r in ctx.db.execute("SELECT * FROM scopes ORDER BY position")}
    unknown = [key for key in wanted if key not in catalogue]
    if unknown:
        raise ValidationFailed({"scopes": [
            f"Unknown scope: {', '.join(unknown)}. The scopes are: {', '.join(catalogue)}."
        ]})
    restricted = [k for k in wanted if catalogue[k]["requires_verification"]]
    if restricted and not ctx.acct["verified_partner"]:
        titles = ", ".join(f"{k} ({catalogue[k]['title']})" for k in restricted)
        raise ApiError(
            403, "verification_required",
            f"The scope {titles} needs a Verified Partner. Apply in the dashboard's Verification "
            "Center, or leave it out for now.",
            data={"scopes": restricted},
        )
    ctx.db.execute("DELETE FROM client_scopes WHERE client = ?", (client["id"],))
    ctx.db.executemany("INSERT INTO client_scopes (client, scope) VALUES (?, ?)",
                       [(client["id"], key) for key in wanted])
    return Reply(200, "Scopes saved.", {"scopes": wanted})


# --- domains ----------------------------------------------------------------------------------

_TOGGLES = ("allow_login", "allow_api", "active", "primary", "test_mode")
_DOMAIN_FIELDS: Schema = {
    "root_domain": Field("str", required=True),
    "server_ip": Field("str", nullable=True),
    "internal_name": Field("str", nullable=True),
    **{name: Field("bool") for name in _TOGGLES},
    "fallback_uri": Field("str", nullable=True),
}
_DOMAIN_PATCH: Schema = {**_DOMAIN_FIELDS, "root_domain": Field("str")}
_COLUMN = {"primary": "is_primary"}


def _get_domain(db: sqlite3.Connection, ident: int) -> sqlite3.Row:
    return db.execute("SELECT * FROM domains WHERE id = ?", (ident,)).fetchone()


def list_domains(ctx: Ctx) -> Reply:
    client = own_client(ctx, ctx.params["id"])
    rows = ctx.db.execute("SELECT * FROM domains WHERE client = ? ORDER BY id", (client["id"],))
    domains = [domain_json(ctx.db, r) for r in rows.fetchall()]
    return Reply(200, f"{len(domains)} domain(s).", {"domains": domains})


def create_domain(ctx: Ctx) -> Reply:
    client = own_client(ctx, ctx.params["id"])
    body = ctx.body
    errors = _Errors()
    root = errors.check("root_domain", values.root_domain, body["root_domain"])
    ip = errors.check("server_ip", values.server_ip, body.get("server_ip"))
    internal = errors.check("internal_name", values.short_text, body.get("internal_name"))
    test_mode = body.get("test_mode", False)
    fallback = None
    if root and body.get("fallback_uri"):
        fallback = errors.check("fallback_uri", values.domain_url, body["fallback_uri"],
                                root=root, test_mode=test_mode)
    errors.raise_if_any()
    if ctx.db.execute("SELECT 1 FROM domains WHERE client = ? AND root_domain = ?",
                      (client["id"], root)).fetchone():
        raise ApiError(
            409, "domain_taken",
            f"{root} is already a domain of this client. Open it to change its settings.",
            errors={"root_domain": ["This client has this domain already."]},
        )
    first = ctx.db.execute("SELECT COUNT(*) FROM domains WHERE client = ?",
                           (client["id"],)).fetchone()[0] == 0
    primary = body.get("primary", first)
    if primary:
        ctx.db.execute("UPDATE domains SET is_primary = 0 WHERE client = ?", (client["id"],))
    cur = ctx.db.execute(
        "INSERT INTO domains (domain_id, client, root_domain, server_ip, internal_name, "
        "allow_login, allow_api, active, is_primary, test_mode, fallback_uri, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        ("xd_" + secrets.token_hex(10), client["id"], root, ip, internal,
         int(body.get("allow_login", True)), int(body.get("allow_api", True)),
         int(body.get("active", True)), int(primary), int(test_mode), fallback, iso(ctx.now)),
    )
    row = _get_domain(ctx.db, cur.lastrowid)
    return Reply(201, f"Domain {root} added.", {"domain": domain_json(ctx.db, row)})


def get_domain(ctx: Ctx) -> Reply:
    domain = own_domain(ctx, ctx.params["id"])
    return Reply(200, "Domain found.", {"domain": domain_json(ctx.db, domain)})


def patch_domain(ctx: Ctx) -> Reply:
    domain = own_domain(ctx, ctx.params["id"])
    body = ctx.body
    errors = _Errors()
    if "root_domain" in body:
        errors["root_domain"] = [
            "The root domain cannot be changed. Add a new domain instead, and switch this one off."
        ]
    changes: dict[str, Any] = {}
    if "server_ip" in body:
        changes["server_ip"] = errors.check("server_ip", values.server_ip, body["server_ip"])
    if "internal_name" in body:
        changes["internal_name"] = errors.check("internal_name", values.short_text,
                                                body["internal_name"])
    for name in _TOGGLES:
        if name in body:
            changes[_COLUMN.get(name, name)] = int(body[name])
    test_mode = bool(changes.get("test_mode", domain["test_mode"]))
    if "fallback_uri" in body:
        changes["fallback_uri"] = None
        if body["fallback_uri"]:
            changes["fallback_uri"] = errors.check(
                "fallback_uri", values.domain_url, body["fallback_uri"],
                root=domain["root_domain"], test_mode=test_mode)
    errors.raise_if_any()
    if changes.get("is_primary"):
        ctx.db.execute("UPDATE domains SET is_primary = 0 WHERE client = ?", (domain["client"],))
    for column, value in changes.items():
        # column names come from the fixed lists above, never from the request
        ctx.db.execute(f"UPDATE domains SET {column} = ? WHERE id = ?", (value, domain["id"]))
    row = _get_domain(ctx.db, domain["id"])
    return Reply(200, f"Domain {row['root_domain']} saved.", {"domain": domain_json(ctx.db, row)})


def put_logo(ctx: Ctx) -> Reply:
    domain = own_domain(ctx, ctx.params["id"])
    kind = LOGO_TYPES.get(ctx.content_type)
    if kind is None:
        raise ApiError(
            415, "unsupported_media_type",
            "The logo must be a PNG or SVG image, sent with Content-Type image/png or "
            "image/svg+xml.",
        )
    if not ctx.raw:
        raise ValidationFailed({"logo": ["The file is empty. Choose a PNG or SVG image."]})
    if not _looks_like(kind, ctx.raw):
        raise ApiError(
            415, "unsupported_media_type",
            f"This file is not a {kind} image, although it was sent as one. Choose a PNG or SVG "
            "image file.",
        )
    ctx.db.execute(
        "INSERT OR REPLACE INTO domain_logos (domain, content_type, data) VALUES (?, ?, ?)",
        (domain["id"], ctx.content_type, ctx.raw),
    )
    return Reply(200, f"Logo saved for {domain['root_domain']}.",
                 {"domain": domain_json(ctx.db, domain)})


def _looks_like(kind: str, data: bytes) -> bool:
    if kind == "PNG":
        return data.startswith(_PNG_SIGNATURE)
    try:
        head = data[:4096].decode("utf-8-sig")
    except UnicodeDecodeError:
        return False
    return "<svg" in head


def get_logo(ctx: Ctx) -> Reply:
    domain = own_domain(ctx, ctx.params["id"])
    row = ctx.db.execute("SELECT * FROM domain_logos WHERE domain = ?", (domain["id"],)).fetchone()
    if row is None:
        raise ApiError(404, "not_found",
                       f"{domain['root_domain']} has no logo yet. Upload one with PUT "
                       f"domains/{domain['id']}/logo.")
    return Reply(200, "", response=logo_response(row))


def logo_response(row: sqlite3.Row) -> Response:
    # An SVG may hold scripts: never let it run or be sniffed as something else.
    return Response(bytes(row["data"]), media_type=row["content_type"], headers={
        "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
        "X-Content-Type-Options": "nosniff",
    })


# --- domain URLs ------------------------------------------------------------------------------


def list_urls(ctx: Ctx) -> Reply:
    domain = own_domain(ctx, ctx.params["id"])
    rows = ctx.db.execute("SELECT * FROM domain_urls WHERE domain = ? ORDER BY id", (domain["id"],))
    urls = [url_json(r) for r in rows.fetchall()]
    return Reply(200, f"{len(urls)} URL(s).", {"urls": urls})


def create_url(ctx: Ctx) -> Reply:
    domain = own_domain(ctx, ctx.params["id"])
    errors = _Errors()
    kind = ctx.body["kind"]
    if kind not in ("callback", "webhook"):
        errors["kind"] = ["Choose callback (where users come back after logging in) or webhook."]
    url = errors.check("url", values.domain_url, ctx.body["url"], root=domain["root_domain"],
                       test_mode=bool(domain["test_mode"]))
    errors.raise_if_any()
    if ctx.db.execute("SELECT 1 FROM domain_urls WHERE domain = ? AND url = ? AND kind = ?",
                      (domain["id"], url, kind)).fetchone():
        raise ApiError(
            409, "url_taken",
            f"{url} is already a {kind} URL of {domain['root_domain']}.",
            errors={"url": [f"This address is registered already as a {kind} URL."]},
        )
    cur = ctx.db.execute(
        "INSERT INTO domain_urls (domain, url, kind, active, created_at) VALUES (?, ?, ?, ?, ?)",
        (domain["id"], url, kind, int(ctx.body.get("active", True)), iso(ctx.now)),
    )
    row = ctx.db.execute("SELECT * FROM domain_urls WHERE id = ?", (cur.lastrowid,)).fetchone()
    return Reply(201, f"The {kind} URL is registered for {domain['root_domain']}.",
                 {"url": url_json(row)})


def patch_url(ctx: Ctx) -> Reply:
    url = own_url(ctx, ctx.params["id"])
    ctx.db.execute("UPDATE domain_urls SET active = ? WHERE id = ?",
                   (int(ctx.body["active"]), url["id"]))
    row = ctx.db.execute("SELECT * FROM domain_urls WHERE id = ?", (url["id"],)).fetchone()
    state = "active" if row["active"] else "switched off"
    return Reply(200, f"The URL is {state}.", {"url": url_json(row)})


# --- secrets and links ------------------------------------------------------------------------


def list_secrets(ctx: Ctx) -> Reply:
    client = own_client(ctx, ctx.params["id"])
    rows = ctx.db.execute("SELECT * FROM secrets WHERE client = ? ORDER BY id", (client["id"],))
    found = [secret_json(r) for r in rows.fetchall()]
    return Reply(200, f"{len(found)} secret(s).", {"secrets": found})


def create_secret(ctx: Ctx) -> Reply:
    client = own_client(ctx, ctx.params["id"])
    errors = _Errors()
    label = errors.check("label", values.short_text, ctx.body.get("label"),
                         default=values.DEFAULT_SECRET_LABEL)
    expires = errors.check("expires_at", values.expiry_date, ctx.body.get("expires_at"),
                           today=ctx.now.date())
    errors.raise_if_any()
    value = new_secret_value()
    salt = secrets.token_hex(16)
    cur = ctx.db.execute(
        "INSERT INTO secrets (client, label, salt, digest, hint, expires_at, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (client["id"], label, salt, secret_digest(value, salt), value[-4:], expires, iso(ctx.now)),
    )
    shown = secret_json(ctx.db.execute("SELECT * FROM secrets WHERE id = ?",
                                       (cur.lastrowid,)).fetchone())
    return Reply(
        201,
        "Secret created. Copy it now: this is the only time its value is shown.",
        {"secret": {**shown, "secret": value}},
        weak_key_replay=(
            "This secret was created by the first request with this Idempotency-Key. Its value "
            "is not shown again, because the key is too short to protect it (use at least 128 "
            "random bits, e.g. 32 hex characters). Revoke this secret and create a new one.",
            {"secret": {**shown, "secret": None}},
        ),
    )


def revoke_secret(ctx: Ctx) -> Reply:
    row = own_secret(ctx, ctx.params["id"])
    if row is None:
        raise _not_found("secret", ctx.params["id"])
    if row["revoked"]:
        return Reply(200, "This secret was already revoked.", {"secret": secret_json(row)})
    ctx.db.execute("UPDATE secrets SET revoked = 1 WHERE id = ?", (row["id"],))
    row = ctx.db.execute("SELECT * FROM secrets WHERE id = ?", (row["id"],)).fetchone()
    return Reply(200, "Secret revoked. Calls that use it are refused from now on.",
                 {"secret": secret_json(row)})


def patch_secret(ctx: Ctx) -> Reply:
    """Change a secret's label or expiry date; never its value, and not once it is revoked."""
    body = ctx.body
    if "label" not in body and "expires_at" not in body:
        words = "Send label, expires_at or both: there is nothing to change otherwise."
        raise ValidationFailed({"label": [words], "expires_at": [words]})
    row = own_secret(ctx, ctx.params["id"])
    if row is None:
        raise _not_found("secret", ctx.params["id"])
    if row["revoked"]:
        raise ApiError(
            409, "revoked_secret_unchangeable",
            f"The secret {row['label']} (ending in {row['hint']}) is revoked, so its label and "
            "expiry date cannot be changed any more. Create a new secret instead.",
        )
    errors = _Errors()
    changes: dict[str, Any] = {}
    if "label" in body:
        changes["label"] = errors.check("label", values.secret_label, body["label"])
    if "expires_at" in body:
        changes["expires_at"] = errors.check("expires_at", values.changed_expiry_date,
                                             body["expires_at"], today=ctx.now.date())
    errors.raise_if_any()
    for column, value in changes.items():
        # column names come from the two fixed names above, never from the request
        ctx.db.execute(f"UPDATE secrets SET {column} = ? WHERE id = ?", (value, row["id"]))
    row = ctx.db.execute("SELECT * FROM secrets WHERE id = ?", (row["id"],)).fetchone()
    return Reply(200, f"Secret {row['label']} saved.", {"secret": secret_json(row)})


def list_links(ctx: Ctx) -> Reply:
    domain = own_domain(ctx, ctx.params["id"])
    rows = ctx.db.execute("SELECT * FROM secret_links WHERE domain = ? ORDER BY id",
                          (domain["id"],))
    links = [link_json(r) for r in rows.fetchall()]
    return Reply(200, f"{len(links)} linked secret(s).", {"links": links})


def create_link(ctx: Ctx) -> Reply:
    domain = own_domain(ctx, ctx.params["id"])
    secret = own_secret(ctx, ctx.body["secret_id"])
    if secret is None or secret["client"] != domain["client"]:
        raise ValidationFailed({"secret_id": [
            "This is not a secret of the domain's client. Choose one of the client's secrets."
        ]})
    if secret["revoked"]:
        raise ValidationFailed({"secret_id": ["This secret is revoked. Link an active secret."]})
    if secret_is_expired(secret, ctx.now):
        raise ValidationFailed({"secret_id": ["This secret has expired. Link an active secret."]})
    if ctx.db.execute("SELECT 1 FROM secret_links WHERE domain = ? AND secret = ?",
                      (domain["id"], secret["id"])).fetchone():
        raise ApiError(409, "already_linked",
                       f"This secret is already linked to {domain['root_domain']}.")
    cur = ctx.db.execute(
        "INSERT INTO secret_links (domain, secret, created_at) VALUES (?, ?, ?)",
        (domain["id"], secret["id"], iso(ctx.now)),
    )
    row = ctx.db.execute("SELECT * FROM secret_links WHERE id = ?", (cur.lastrowid,)).fetchone()
    return Reply(201, f"Secret linked to {domain['root_domain']}.", {"link": link_json(row)})


def openapi_document(ctx: Ctx) -> Reply:
    from xwms_wizard.sandbox.openapi import document

    return Reply(200, "", response=json_response(200, document()))


# --- the table --------------------------------------------------------------------------------

OPERATIONS: tuple[Op, ...] = (
    Op("GET", "openapi.json", openapi_document, auth=False, paid=False),
    Op("POST", "login", login, {"email": Field("str", required=True),
                               "password": Field("str", required=True)},
       auth=False, paid=False, rerun_on_replay=True),
    Op("GET", "account", get_account, paid=False),
    Op("GET", "clients", list_clients),
    Op("POST", "clients", create_client, {"name": Field("str", required=True)}),
    Op("GET", "clients/{id:int}", get_client),
    Op("GET", "scopes", list_scopes, paid=False),
    Op("GET", "clients/{id:int}/scopes", get_client_scopes),
    Op("PUT", "clients/{id:int}/scopes", put_client_scopes,
       {"scopes": Field("str_list", required=True)}),
    Op("GET", "clients/{id:int}/domains", list_domains),
    Op("POST", "clients/{id:int}/domains", create_domain, _DOMAIN_FIELDS),
    Op("GET", "domains/{id:int}", get_domain),
    Op("PATCH", "domains/{id:int}", patch_domain, _DOMAIN_PATCH),
    Op("PUT", "domains/{id:int}/logo", put_logo, raw_body=True),
    Op("GET", "domains/{id:int}/logo", get_logo),
    Op("GET", "domains/{id:int}/urls", list_urls),
    Op("POST", "domains/{id:int}/urls", create_url,
       {"url": Field("str", required=True), "kind": Field("str", required=True),
        "active": Field("bool")}),
    Op("PATCH", "urls/{id:int}", patch_url, {"active": Field("bool", required=True)}),
    Op("GET", "clients/{id:int}/secrets", list_secrets),
    Op("POST", "clients/{id:int}/secrets", create_secret,
       {"label": Field("str", nullable=True), "expires_at": Field("str", nullable=True)}),
    Op("PATCH", "secrets/{id:int}", patch_secret,
       {"label": Field("str"), "expires_at": Field("str", nullable=True)}),
    Op("POST", "secrets/{id:int}/revoke", revoke_secret, {}),
    Op("GET", "domains/{id:int}/secret-links", list_links),
    Op("POST", "domains/{id:int}/secret-links", create_link,
       {"secret_id": Field("int", required=True)}),
)

