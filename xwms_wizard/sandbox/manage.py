"""The management API under /api/manage/: accounts, clients, scopes, domains, URLs, secrets, links,
Client Users and their requests, the Verification Center, and Members & Roles.

Every operation is an `Op`: a synchronous handler run inside one SQLite transaction, after the
shared steps (body limit, Bearer sign-in, paid plan, `Idempotency-Key`, JSON checks).
"""

from __future__ import annotations

import json
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
    members: bool = True  # a (free) member of some client may call it; its lookups decide


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
            # A free account may act on the clients it is a member of (never create one).
            if op.paid and not (op.members and is_member(db, account["id"])):
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


# --- access: the owner may do everything; a member what their role allows ---------------------
# Another account's ids look exactly like missing ones (404); a member missing a permission gets
# 403 permission_required naming it. `permission=None`: any member may (reading the client).

PERMISSIONS = {
    "view_users": "see who logged in, and see and send access and test user requests",
    "manage_scopes": "change the client's scopes and apply in the Verification Center",
    "manage_domains": "add and change domains, their URLs and logos",
    "manage_secrets": "see, create, change and revoke secrets, and link them to domains",
    "manage_members": "see and change roles and members",
}


def _not_found(kind: str, ident: int) -> ApiError:
    return ApiError(404, "not_found", f"There is no {kind} with id {ident} in your account.")


def member_role(db: sqlite3.Connection, client: int, account: int) -> sqlite3.Row | None:
    return db.execute(
        "SELECT roles.* FROM members JOIN roles ON roles.id = members.role "
        "WHERE members.client = ? AND members.account = ?", (client, account),
    ).fetchone()


def is_member(db: sqlite3.Connection, account: int) -> bool:
    return db.execute("SELECT 1 FROM members WHERE account = ?", (account,)).fetchone() is not None


def _allow(ctx: Ctx, client: sqlite3.Row | None, kind: str, ident: int,
           permission: str | None) -> sqlite3.Row:
    """`client` if the signed-in account may act on it with `permission`; else a refusal."""
    if client is None:
        raise _not_found(kind, ident)
    if client["account"] == ctx.acct["id"]:
        return client
    role = member_role(ctx.db, client["id"], ctx.acct["id"])
    if role is None:
        raise _not_found(kind, ident)
    if permission is not None and permission not in json.loads(role["permissions"]):
        raise ApiError(
            403, "permission_required",
            f"Your role {role['name']} on the client {client['name']} does not include "
            f"{permission} (to {PERMISSIONS[permission]}). Ask the client's owner to give you "
            "a role with it.",
            data={"permission": permission, "role": role["name"]},
        )
    return client


def _client_row(db: sqlite3.Connection, ident: int) -> sqlite3.Row | None:
    return db.execute("SELECT * FROM clients WHERE id = ?", (ident,)).fetchone()


def own_client(ctx: Ctx, ident: int, permission: str | None = None) -> sqlite3.Row:
    return _allow(ctx, _client_row(ctx.db, _db_int(ident)), "client", ident, permission)


def own_domain(ctx: Ctx, ident: int, permission: str | None = None) -> sqlite3.Row:
    row = ctx.db.execute("SELECT * FROM domains WHERE id = ?", (_db_int(ident),)).fetchone()
    _allow(ctx, row and _client_row(ctx.db, row["client"]), "domain", ident, permission)
    return row


def own_secret(ctx: Ctx, ident: int, permission: str | None = "manage_secrets") -> sqlite3.Row:
    row = ctx.db.execute("SELECT * FROM secrets WHERE id = ?", (_db_int(ident),)).fetchone()
    _allow(ctx, row and _client_row(ctx.db, row["client"]), "secret", ident, permission)
    return row


def own_url(ctx: Ctx, ident: int, permission: str | None = None) -> sqlite3.Row:
    row = ctx.db.execute(
        "SELECT domain_urls.*, domains.client AS client FROM domain_urls "
        "JOIN domains ON domains.id = domain_urls.domain WHERE domain_urls.id = ?",
        (_db_int(ident),),
    ).fetchone()
    _allow(ctx, row and _client_row(ctx.db, row["client"]), "URL", ident, permission)
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
        "SELECT * FROM clients WHERE account = ? OR id IN "
        "(SELECT client FROM members WHERE account = ?) ORDER BY id",
        (ctx.acct["id"], ctx.acct["id"]),
    ).fetchall()
    return Reply(200, f"{len(rows)} client(s).", {"clients": [client_json(r) for r in rows]})


def create_client(ctx: Ctx) -> Reply:
    require_paid(ctx.acct)  # a member of another's client is let in at the door; not here
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
    client = own_client(ctx, ctx.params["id"], "manage_scopes")
    wanted = sorted(set(ctx.body["scopes"]))
    catalogue = {r["key"]: r for r in ctx.db.execute("SELECT * FROM scopes ORDER BY position")}
    unknown = [key for key in wanted if key not in catalogue]
    if unknown:
        raise ValidationFailed({"scopes": [
            f"Unknown scope: {', '.join(unknown)}. The scopes are: {', '.join(catalogue)}."
        ]})
    unlocked = verified_scopes(ctx.db, client["account"])
    restricted = [k for k in wanted if catalogue[k]["requires_verification"]
                  and k not in unlocked]
    if restricted:
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
    client = own_client(ctx, ctx.params["id"], "manage_domains")
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
    body = ctx.body
    if not body:
        # As PATCH secrets/{id}: a request that changes nothing is a mistake, not a success.
        settable = [name for name in _DOMAIN_PATCH if name != "root_domain"]
        words = ("Send at least one setting to change: " + ", ".join(settable[:-1])
                 + f" or {settable[-1]}. An empty request changes nothing.")
        raise ValidationFailed({name: [words] for name in settable}, message=words)
    domain = own_domain(ctx, ctx.params["id"], "manage_domains")
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
    domain = own_domain(ctx, ctx.params["id"], "manage_domains")
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
    """The media rules the OpenAPI document states for the logo: a PNG starts with the 8-byte
    PNG signature; an SVG is UTF-8 text (a byte order mark allowed) with an <svg element."""
    if kind == "PNG":
        return data.startswith(_PNG_SIGNATURE)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return False
    return "<svg" in text


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
    domain = own_domain(ctx, ctx.params["id"], "manage_domains")
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
    url = own_url(ctx, ctx.params["id"], "manage_domains")
    ctx.db.execute("UPDATE domain_urls SET active = ? WHERE id = ?",
                   (int(ctx.body["active"]), url["id"]))
    row = ctx.db.execute("SELECT * FROM domain_urls WHERE id = ?", (url["id"],)).fetchone()
    state = "active" if row["active"] else "switched off"
    return Reply(200, f"The URL is {state}.", {"url": url_json(row)})


# --- secrets and links ------------------------------------------------------------------------


def list_secrets(ctx: Ctx) -> Reply:
    client = own_client(ctx, ctx.params["id"], "manage_secrets")
    rows = ctx.db.execute("SELECT * FROM secrets WHERE client = ? ORDER BY id", (client["id"],))
    found = [secret_json(r) for r in rows.fetchall()]
    return Reply(200, f"{len(found)} secret(s).", {"secrets": found})


def create_secret(ctx: Ctx) -> Reply:
    client = own_client(ctx, ctx.params["id"], "manage_secrets")
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
    domain = own_domain(ctx, ctx.params["id"], "manage_secrets")
    secret = ctx.db.execute("SELECT * FROM secrets WHERE id = ?",
                            (_db_int(ctx.body["secret_id"]),)).fetchone()
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


# --- Client Users: who logged in, and access and test user requests ---------------------------


def client_user_json(row: sqlite3.Row) -> dict[str, Any]:
    return {"sub": row["sub"], "name": row["name"], "email": row["email"],
            "domain": row["domain"], "root_domain": row["root_domain"],
            "first_login_at": row["first_login_at"], "last_login_at": row["last_login_at"]}


def list_users(ctx: Ctx) -> Reply:
    client = own_client(ctx, ctx.params["id"], "view_users")
    rows = ctx.db.execute(
        "SELECT client_users.*, test_users.name, test_users.email, domains.root_domain "
        "FROM client_users JOIN test_users ON test_users.sub = client_users.sub "
        "LEFT JOIN domains ON domains.id = client_users.domain "
        "WHERE client_users.client = ? AND client_users.last_login_at IS NOT NULL "
        "ORDER BY client_users.first_login_at, client_users.sub", (client["id"],),
    ).fetchall()
    return Reply(200, f"{len(rows)} user(s) logged in.",
                 {"users": [client_user_json(r) for r in rows]})


def user_request_json(row: sqlite3.Row) -> dict[str, Any]:
    return {"id": row["id"], "client": row["client"], "email": row["email"],
            "kind": row["kind"], "scopes": json.loads(row["scopes"]), "state": row["state"],
            "created_at": row["created_at"], "decided_at": row["decided_at"]}


def _catalogue_keys(db: sqlite3.Connection) -> list[str]:
    return [r["key"] for r in db.execute("SELECT key FROM scopes ORDER BY position")]


def _unknown_scopes(errors: _Errors, db: sqlite3.Connection, keys: list[str]) -> list[str]:
    catalogue = _catalogue_keys(db)
    unknown = [k for k in keys if k not in catalogue]
    if unknown:
        errors["scopes"] = [f"Unknown scope: {', '.join(unknown)}. The scopes are: "
                            f"{', '.join(catalogue)}."]
    return sorted(set(keys))


def list_user_requests(ctx: Ctx) -> Reply:
    client = own_client(ctx, ctx.params["id"], "view_users")
    rows = ctx.db.execute("SELECT * FROM user_requests WHERE client = ? ORDER BY id",
                          (client["id"],)).fetchall()
    return Reply(200, f"{len(rows)} request(s).",
                 {"requests": [user_request_json(r) for r in rows]})


def create_user_request(ctx: Ctx) -> Reply:
    client = own_client(ctx, ctx.params["id"], "view_users")
    errors = _Errors()
    kind = ctx.body["kind"]
    if kind not in ("access", "test"):
        errors["kind"] = ["Choose access (the person may use the client) or test (the person "
                          "may log in on its Test Mode domains)."]
    email = ctx.body["email"].strip().lower()
    person = ctx.db.execute("SELECT * FROM test_users WHERE lower(email) = ?",
                            (email,)).fetchone()
    if person is None:
        people = ", ".join(r["email"] for r in ctx.db.execute(
            "SELECT email FROM test_users ORDER BY position"))
        errors["email"] = [f"In the practice sandbox only its test people can answer a "
                           f"request: use one of {people}."]
    scopes = _unknown_scopes(errors, ctx.db, ctx.body.get("scopes") or [])
    errors.raise_if_any()
    open_one = ctx.db.execute(
        "SELECT * FROM user_requests WHERE client = ? AND email = ? AND kind = ? "
        "AND state IN ('pending', 'accepted')", (client["id"], email, kind),
    ).fetchone()
    if open_one is not None:
        waiting = ("is still waiting for an answer" if open_one["state"] == "pending"
                   else "was accepted already")
        raise ApiError(
            409, "user_request_exists",
            f"The {kind} request for {email} on {client['name']} {waiting} (request "
            f"{open_one['id']}). There is nothing to send again; see GET "
            f"clients/{client['id']}/user-requests.",
            data={"request": user_request_json(open_one)},
        )
    cur = ctx.db.execute(
        "INSERT INTO user_requests (client, email, kind, scopes, state, created_at) "
        "VALUES (?, ?, ?, ?, 'pending', ?)",
        (client["id"], email, kind, json.dumps(scopes), iso(ctx.now)),
    )
    row = ctx.db.execute("SELECT * FROM user_requests WHERE id = ?", (cur.lastrowid,)).fetchone()
    return Reply(201, f"{person['name']} is asked to become a {kind} user of {client['name']}: "
                 "they answer on the login page.", {"request": user_request_json(row)})


# --- the Verification Center ---------------------------------------------------------------------


def verified_scopes(db: sqlite3.Connection, account: int) -> set[str]:
    """The scopes needing verification that `account` is a Verified Partner for. An account
    marked Verified Partner without any approved request (before there was a Verification
    Center) counts for every scope."""
    row = db.execute("SELECT verified_partner FROM accounts WHERE id = ?", (account,)).fetchone()
    if not row or not row["verified_partner"]:
        return set()
    approved = {r["scope"] for r in db.execute(
        "SELECT scope FROM verified_scopes WHERE account = ?", (account,))}
    return approved or set(_catalogue_keys(db))


def verification_json(row: sqlite3.Row) -> dict[str, Any]:
    return {"id": row["id"], "client": row["client"],
            "domain_ids": json.loads(row["domain_ids"]), "scopes": json.loads(row["scopes"]),
            "notes": row["notes"], "state": row["state"], "reason": row["reason"],
            "created_at": row["created_at"], "decided_at": row["decided_at"]}


def list_verification_requests(ctx: Ctx) -> Reply:
    client = own_client(ctx, ctx.params["id"], "manage_scopes")
    rows = ctx.db.execute("SELECT * FROM verification_requests WHERE client = ? ORDER BY id",
                          (client["id"],)).fetchall()
    return Reply(200, f"{len(rows)} verification request(s).",
                 {"requests": [verification_json(r) for r in rows]})


def create_verification_request(ctx: Ctx) -> Reply:
    client = own_client(ctx, ctx.params["id"], "manage_scopes")
    errors = _Errors()
    domain_ids = sorted(set(ctx.body["domain_ids"]))
    if not domain_ids:
        errors["domain_ids"] = ["Choose at least one of the client's domains (their ids)."]
    theirs = {r["id"] for r in ctx.db.execute("SELECT id FROM domains WHERE client = ?",
                                              (client["id"],))}
    strangers = [str(i) for i in domain_ids if i not in theirs]
    if strangers:
        errors["domain_ids"] = [f"Not a domain of {client['name']}: {', '.join(strangers)}. "
                                "Use the ids from GET clients/{id}/domains."]
    scopes = _unknown_scopes(errors, ctx.db, ctx.body["scopes"])
    needing = [r["key"] for r in ctx.db.execute(
        "SELECT key FROM scopes WHERE requires_verification = 1 ORDER BY position")]
    if "scopes" not in errors:
        plain = [k for k in scopes if k not in needing]
        if not scopes or plain:
            errors["scopes"] = [
                (f"{', '.join(plain)} need(s) no verification. " if plain else "")
                + f"Apply only for scopes that need a Verified Partner: {', '.join(needing)}."]
    notes = errors.check("notes", values.notes, ctx.body.get("notes"))
    errors.raise_if_any()
    pending = ctx.db.execute(
        "SELECT * FROM verification_requests WHERE client = ? AND state = 'pending'",
        (client["id"],)).fetchone()
    if pending is not None:
        raise ApiError(
            409, "verification_pending",
            f"{client['name']} has a verification request waiting for the XWMS team already "
            f"(request {pending['id']}). Wait for its answer before you apply again.",
            data={"request": verification_json(pending)},
        )
    if not set(scopes) - verified_scopes(ctx.db, client["account"]):
        raise ApiError(
            409, "already_verified",
            f"The account is a Verified Partner for {', '.join(scopes)} already: add the "
            "scope under Client Scopes, no request is needed.",
        )
    cur = ctx.db.execute(
        "INSERT INTO verification_requests (client, domain_ids, scopes, notes, state, "
        "created_at) VALUES (?, ?, ?, ?, 'pending', ?)",
        (client["id"], json.dumps(domain_ids), json.dumps(scopes), notes, iso(ctx.now)),
    )
    row = ctx.db.execute("SELECT * FROM verification_requests WHERE id = ?",
                         (cur.lastrowid,)).fetchone()
    return Reply(201, "Your request is with the XWMS team. In the practice sandbox you play "
                 f"that team: xwms-wizard sandbox review --approve {row['id']} (or --reject).",
                 {"request": verification_json(row)})


# --- Members & Roles --------------------------------------------------------------------------


def role_json(row: sqlite3.Row) -> dict[str, Any]:
    return {"id": row["id"], "client": row["client"], "name": row["name"],
            "permissions": json.loads(row["permissions"]), "created_at": row["created_at"]}


def member_json(row: sqlite3.Row) -> dict[str, Any]:
    return {"id": row["id"], "client": row["client"], "email": row["email"],
            "role": row["role"], "created_at": row["created_at"]}


def list_roles(ctx: Ctx) -> Reply:
    client = own_client(ctx, ctx.params["id"], "manage_members")
    rows = ctx.db.execute("SELECT * FROM roles WHERE client = ? ORDER BY id",
                          (client["id"],)).fetchall()
    return Reply(200, f"{len(rows)} role(s).", {"roles": [role_json(r) for r in rows]})


def create_role(ctx: Ctx) -> Reply:
    client = own_client(ctx, ctx.params["id"], "manage_members")
    errors = _Errors()
    name = errors.check("name", values.role_name, ctx.body["name"])
    wanted = ctx.body["permissions"]
    unknown = [p for p in wanted if p not in PERMISSIONS]
    if unknown:
        errors["permissions"] = [f"Unknown permission: {', '.join(unknown)}. The permissions "
                                 f"are: {', '.join(PERMISSIONS)}."]
    errors.raise_if_any()
    if ctx.db.execute("SELECT 1 FROM roles WHERE client = ? AND name = ?",
                      (client["id"], name)).fetchone():
        raise ApiError(
            409, "role_name_taken",
            f"{client['name']} has a role named {name} already. Choose another name.",
            errors={"name": ["This client has a role with this name already."]},
        )
    permissions = [p for p in PERMISSIONS if p in wanted]  # the catalogue's order, unique
    cur = ctx.db.execute(
        "INSERT INTO roles (client, name, permissions, created_at) VALUES (?, ?, ?, ?)",
        (client["id"], name, json.dumps(permissions), iso(ctx.now)),
    )
    row = ctx.db.execute("SELECT * FROM roles WHERE id = ?", (cur.lastrowid,)).fetchone()
    return Reply(201, f"Role {name} created.", {"role": role_json(row)})


_MEMBER_SELECT = ("SELECT members.*, accounts.email FROM members "
                  "JOIN accounts ON accounts.id = members.account ")


def list_members(ctx: Ctx) -> Reply:
    client = own_client(ctx, ctx.params["id"], "manage_members")
    rows = ctx.db.execute(_MEMBER_SELECT + "WHERE members.client = ? ORDER BY members.id",
                          (client["id"],)).fetchall()
    return Reply(200, f"{len(rows)} member(s).", {"members": [member_json(r) for r in rows]})


def create_member(ctx: Ctx) -> Reply:
    client = own_client(ctx, ctx.params["id"], "manage_members")
    errors = _Errors()
    email = ctx.body["email"].strip().lower()
    account = ctx.db.execute("SELECT * FROM accounts WHERE email = ?", (email,)).fetchone()
    if account is None:
        errors["email"] = ["No XWMS account has this e-mail address. The person makes a (free) "
                           "account first; then add them."]
    role = ctx.db.execute("SELECT * FROM roles WHERE id = ? AND client = ?",
                          (_db_int(ctx.body["role_id"]), client["id"])).fetchone()
    if role is None:
        errors["role_id"] = [f"Not a role of {client['name']}. Create one with POST "
                             f"clients/{client['id']}/roles, or use an id from its list."]
    errors.raise_if_any()
    if account["id"] == client["account"]:
        raise ApiError(
            409, "member_is_owner",
            f"{email} owns {client['name']} and may do everything already; an owner needs no "
            "role.",
        )
    existing = ctx.db.execute(_MEMBER_SELECT + "WHERE members.client = ? AND members.account = ?",
                              (client["id"], account["id"])).fetchone()
    if existing is not None:
        raise ApiError(
            409, "already_member",
            f"{email} is a member of {client['name']} already. To give them another role, "
            f"remove them (DELETE clients/{client['id']}/members/{existing['id']}) and add them "
            "again.",
            data={"member": member_json(existing)},
        )
    cur = ctx.db.execute(
        "INSERT INTO members (client, account, role, created_at) VALUES (?, ?, ?, ?)",
        (client["id"], account["id"], role["id"], iso(ctx.now)),
    )
    row = ctx.db.execute(_MEMBER_SELECT + "WHERE members.id = ?", (cur.lastrowid,)).fetchone()
    return Reply(201, f"{email} is now a member of {client['name']} as {role['name']}.",
                 {"member": member_json(row)})


def delete_member(ctx: Ctx) -> Reply:
    client = own_client(ctx, ctx.params["id"], "manage_members")
    row = ctx.db.execute(_MEMBER_SELECT + "WHERE members.id = ? AND members.client = ?",
                         (_db_int(ctx.params["member_id"]), client["id"])).fetchone()
    if row is None:
        raise _not_found("member", ctx.params["member_id"])
    ctx.db.execute("DELETE FROM members WHERE id = ?", (row["id"],))
    return Reply(200, f"{row['email']} is no longer a member of {client['name']}.",
                 {"member": member_json(row)})


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
    Op("POST", "clients", create_client, {"name": Field("str", required=True)}, members=False),
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
    Op("GET", "clients/{id:int}/users", list_users),
    Op("GET", "clients/{id:int}/user-requests", list_user_requests),
    Op("POST", "clients/{id:int}/user-requests", create_user_request,
       {"email": Field("str", required=True), "kind": Field("str", required=True),
        "scopes": Field("str_list")}),
    Op("GET", "clients/{id:int}/verification-requests", list_verification_requests),
    Op("POST", "clients/{id:int}/verification-requests", create_verification_request,
       {"domain_ids": Field("int_list", required=True), "scopes": Field("str_list", required=True),
        "notes": Field("str", nullable=True)}),
    Op("GET", "clients/{id:int}/roles", list_roles),
    Op("POST", "clients/{id:int}/roles", create_role,
       {"name": Field("str", required=True), "permissions": Field("str_list", required=True)}),
    Op("GET", "clients/{id:int}/members", list_members),
    Op("POST", "clients/{id:int}/members", create_member,
       {"email": Field("str", required=True), "role_id": Field("int", required=True)}),
    Op("DELETE", "clients/{id:int}/members/{member_id:int}", delete_member),
)

