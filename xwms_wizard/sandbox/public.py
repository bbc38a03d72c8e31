"""The public XWMS API under /api/ (same paths and envelopes as xwms.nl) and the HTML login page."""

from __future__ import annotations

import html
import json
import logging
import secrets
import sqlite3
from datetime import timedelta
from importlib import resources
from string import Template
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from xwms_wizard import __version__
from xwms_wizard.sandbox.bodies import (
    Field,
    Schema,
    parse_object,
    read_body,
    shown_names,
    unknown_fields,
    validate,
)
from xwms_wizard.sandbox.envelope import ApiError, ValidationFailed, json_response, success
from xwms_wizard.sandbox.manage import logo_response
from xwms_wizard.sandbox.openapi import ADDRESS_REQUIRED, public_document
from xwms_wizard.sandbox.rules import Caller, Credentials, Need, check_call
from xwms_wizard.sandbox.store import Store, iso, parse_iso, token_digest

log = logging.getLogger("xwms_wizard.sandbox")

TOKEN_LIFETIME = timedelta(minutes=5)
LOGIN_REQUEST_LIFETIME = timedelta(minutes=10)
MAX_FORM_BYTES = 64 * 1024
PROFILE_FIELDS = ("name", "given_name", "family_name", "email", "email_verified", "picture")
ENDPOINTS = {
    "info": "info",
    "openapi.json": "openapi.json",
    "sign-token": "sign-token",
    "sign-token-verify": "sign-token-verify",
    "get/user/info": "get/user/info",
    "user/address": "user/address",
    "global/countries": "global/countries",
    "global/projects": "global/projects",
    "manage": "manage/",
    "manage/openapi.json": "manage/openapi.json",
}
_CREDENTIAL_FIELDS: Schema = {
    "client_id": Field("str", nullable=True),
    "domain": Field("str", nullable=True),
    "client_secret": Field("str", nullable=True),
}
_ADDRESS_TEXT = ("label", "street", "house_number", "postal_code", "city", "country")
_ADDRESS_REQUIRED = ADDRESS_REQUIRED
_HTML_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}


def _template(name: str) -> Template:
    return Template(resources.files("xwms_wizard.sandbox").joinpath(name).read_text("utf-8"))


def _page(title: str, message: str, status: int) -> HTMLResponse:
    text = _template("message.html").substitute(title=html.escape(title),
                                                message=html.escape(message))
    return HTMLResponse(text, status_code=status, headers=_HTML_HEADERS)


def with_query(url: str, **params: str) -> str:
    """`url` with `params` added to whatever query string it has already."""
    parts = urlsplit(url)
    extra = urlencode(params)
    query = f"{parts.query}&{extra}" if parts.query else extra
    return urlunsplit(parts._replace(query=query))


def _client_ip(request: Request) -> str | None:
    return request.client.host if request.client else None


def _note_ignored(where: str, names: list[str]) -> None:
    """One INFO line naming the body fields a public call left unused: names only, never their
    values (a body may carry a secret)."""
    if names:
        log.info("%s: ignored body field(s) it does not use: %s", where, shown_names(names))


def _where(request: Request) -> str:
    return f"{request.method} {request.url.path}"


class PublicApi:
    """The public routes, bound to one store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def routes(self) -> list[Route]:
        return [
            Route("/api/info", self.info, methods=["GET"]),
            Route("/api/openapi.json", self.openapi, methods=["GET"]),
            Route("/api/sign-token", self.sign_token, methods=["POST"]),
            Route("/api/sign-token-verify", self.sign_token_verify, methods=["POST"]),
            Route("/api/get/user/info", self.user_info, methods=["POST"]),
            Route("/api/user/address", self.user_address, methods=["POST"]),
            Route("/api/global/countries", self.countries, methods=["POST"]),
            Route("/api/global/projects", self.projects, methods=["GET"]),
            Route("/login/{request_id}", self.login_page, methods=["GET", "POST"]),
            Route("/login/{request_id}/logo", self.login_logo, methods=["GET"]),
            Route("/avatars/{sub}.svg", self.avatar, methods=["GET"]),
        ]

    # --- shared steps --------------------------------------------------------------------------

    async def _body(self, request: Request, schema: Schema) -> dict[str, Any]:
        """The body's known fields, checked. Like the real XWMS, the public API ignores fields it
        does not use (XWMS's Laravel package sends redirect_url with every call); each call
        that brings some is noted in the log by field name."""
        full = {**_CREDENTIAL_FIELDS, **schema}
        body = parse_object(await read_body(request))
        _note_ignored(_where(request), unknown_fields(body, full))
        return validate(body, full, ignore_unknown=True)

    @staticmethod
    def _credentials(request: Request, body: dict[str, Any]) -> Credentials:
        headers = request.headers
        return Credentials(
            client_id=headers.get("x-client-id") or body.get("client_id"),
            domain=headers.get("x-client-domain") or body.get("domain"),
            secret=headers.get("x-client-secret") or body.get("client_secret"),
        )

    def _check(self, db: sqlite3.Connection, request: Request, body: dict[str, Any], need: Need,
               redirect_url: str | None = None) -> Caller:
        return check_call(db, self._credentials(request, body), need=need,
                          caller_ip=_client_ip(request), now=self.store.now(),
                          redirect_url=redirect_url)

    @staticmethod
    def _require_scope(db: sqlite3.Connection, caller: Caller, scope: str) -> None:
        if not db.execute("SELECT 1 FROM client_scopes WHERE client = ? AND scope = ?",
                          (caller.client["id"], scope)).fetchone():
            title = db.execute("SELECT title FROM scopes WHERE key = ?", (scope,)).fetchone()[0]
            raise ApiError(
                403, "scope_missing",
                f"This call needs the scope {scope} ({title}), which the client "
                f"{caller.client['name']} does not have. In the dashboard, add it under "
                "Client Scopes.",
                data={"scope": scope},
            )

    @staticmethod
    def _client_user(db: sqlite3.Connection, caller: Caller, sub: str) -> sqlite3.Row:
        row = db.execute(
            "SELECT test_users.* FROM client_users JOIN test_users "
            "ON test_users.sub = client_users.sub WHERE client_users.client = ? "
            "AND client_users.sub = ?", (caller.client["id"], sub),
        ).fetchone()
        if row is None:
            raise ApiError(
                404, "not_found",
                f"No one with the sub {sub[:80]} has logged in to the client "
                f"{caller.client['name']} yet. A person appears here after logging in with "
                "XWMS on your site once.",
            )
        return row

    @staticmethod
    def _scopes(db: sqlite3.Connection, client: int) -> set[str]:
        rows = db.execute("SELECT scope FROM client_scopes WHERE client = ?", (client,))
        return {r["scope"] for r in rows}

    @staticmethod
    def _profile(request: Request, user: sqlite3.Row) -> dict[str, Any]:
        return {
            "name": user["name"],
            "given_name": user["given_name"],
            "family_name": user["family_name"],
            "email": user["email"],
            "email_verified": bool(user["email_verified"]),
            "picture": f"{request.base_url}avatars/{user['sub']}.svg",
        }

    # --- the API ------------------------------------------------------------------------------

    async def info(self, request: Request) -> Response:
        api = f"{request.base_url}api/"
        return success("XWMS practice sandbox.", {
            "application": {"name": "XWMS sandbox", "version": __version__, "locale": "en",
                            "timezone": "UTC", "time": iso(self.store.now())},
            "api": {"endpoints": {name: api + path for name, path in ENDPOINTS.items()}},
            "sandbox": True,
        })

    async def openapi(self, request: Request) -> Response:
        return json_response(200, public_document())

    async def sign_token(self, request: Request) -> Response:
        body = await self._body(request, {"redirect_url": Field("str", required=True)})
        with self.store.transaction() as db:
            caller = self._check(db, request, body, "login", redirect_url=body["redirect_url"])
            request_id = secrets.token_urlsafe(24)
            db.execute(
                "INSERT INTO login_requests (id, client, domain, redirect_url, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (request_id, caller.client["id"], caller.domain["id"], body["redirect_url"],
                 iso(self.store.now())),
            )
        return success("Send the user to data.url to log in.",
                       {"url": f"{request.base_url}login/{request_id}"})

    async def sign_token_verify(self, request: Request) -> Response:
        body = await self._body(request, {"token": Field("str", required=True)})
        with self.store.transaction() as db:
            caller = self._check(db, request, body, "login")
            row = db.execute("SELECT * FROM login_tokens WHERE token_hash = ?",
                             (token_digest(body["token"]),)).fetchone()
            now = self.store.now()
            if (row is None or row["client"] != caller.client["id"]
                    or row["domain"] != caller.domain["id"]):
                raise ApiError(
                    401, "token_invalid",
                    "This login token is not known for this client and domain. Use the token "
                    "XWMS added to your callback URL (?token=…) after a login on this site.",
                )
            if row["used_at"] is not None:
                raise ApiError(
                    401, "token_used",
                    "This login token was used already. Each token works once: start a new "
                    "login.",
                )
            if now - parse_iso(row["created_at"]) > TOKEN_LIFETIME:
                raise ApiError(
                    401, "token_expired",
                    "This login token has expired: a token must be verified within 5 minutes "
                    "of the login. Start a new login.",
                )
            db.execute("UPDATE login_tokens SET used_at = ? WHERE token_hash = ?",
                       (iso(now), row["token_hash"]))
            # Client Users: a login counts once the site has verified it.
            db.execute(
                "INSERT INTO client_users (client, sub, first_login_at, last_login_at, domain) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (client, sub) DO UPDATE SET "
                "first_login_at = CASE WHEN last_login_at IS NULL THEN excluded.first_login_at "
                "ELSE first_login_at END, last_login_at = excluded.last_login_at, "
                "domain = excluded.domain",
                (row["client"], row["sub"], iso(now), iso(now), caller.domain["id"]),
            )
            user = db.execute("SELECT * FROM test_users WHERE sub = ?", (row["sub"],)).fetchone()
            data: dict[str, Any] = {"sub": user["sub"]}
            if "profile" in self._scopes(db, caller.client["id"]):
                data.update(self._profile(request, user))
        return success("Login verified.", data)

    async def user_info(self, request: Request) -> Response:
        body = await self._body(request, {"sub": Field("str", required=True),
                                          "socials": Field("bool")})
        with self.store.transaction() as db:
            caller = self._check(db, request, body, "api")
            self._require_scope(db, caller, "userinfo")
            user = self._client_user(db, caller, body["sub"])
            data: dict[str, Any] = {"sub": user["sub"]}
            if "profile" in self._scopes(db, caller.client["id"]):
                data.update(self._profile(request, user))
            data.update(birth_date=user["birth_date"], gender=user["gender"],
                        country=user["country"])
            if body.get("socials"):
                data["socials"] = json.loads(user["socials"])
        return success("The user's information.", {"user": data})

    async def user_address(self, request: Request) -> Response:
        body = await self._body(request, {
            "sub": Field("str", required=True), "action": Field("str", required=True),
            "address_id": Field("int"), "address": Field("object"),
        })
        action = body["action"]
        if action not in ("list", "create", "update", "delete"):
            raise ValidationFailed({"action": ["Choose list, create, update or delete."]})
        with self.store.transaction() as db:
            caller = self._check(db, request, body, "api")
            self._require_scope(db, caller, "useraddresses")
            user = self._client_user(db, caller, body["sub"])
            owner = (caller.client["id"], user["sub"])
            if action == "list":
                rows = db.execute("SELECT * FROM addresses WHERE client = ? AND sub = ? "
                                  "ORDER BY id", owner).fetchall()
                return success(f"{len(rows)} address(es).",
                               {"addresses": [_address_json(r) for r in rows]})
            if action == "create":
                fields = _address_fields(db, body.get("address"), creating=True)
                now = iso(self.store.now())
                cur = db.execute(
                    "INSERT INTO addresses (client, sub, label, street, house_number, "
                    "postal_code, city, country, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (*owner, *(fields.get(k) for k in _ADDRESS_TEXT), now, now),
                )
                row = db.execute("SELECT * FROM addresses WHERE id = ?",
                                 (cur.lastrowid,)).fetchone()
                return success("Address added.", {"address": _address_json(row)})
            row = _own_address(db, owner, body.get("address_id"))
            if action == "update":
                fields = _address_fields(db, body.get("address"), creating=False)
                for column, value in fields.items():
                    # column names come from _ADDRESS_TEXT, never from the request
                    db.execute(f"UPDATE addresses SET {column} = ? WHERE id = ?",
                               (value, row["id"]))
                db.execute("UPDATE addresses SET updated_at = ? WHERE id = ?",
                           (iso(self.store.now()), row["id"]))
                row = db.execute("SELECT * FROM addresses WHERE id = ?", (row["id"],)).fetchone()
                return success("Address changed.", {"address": _address_json(row)})
            db.execute("DELETE FROM addresses WHERE id = ?", (row["id"],))
            return success("Address removed.", {"address": _address_json(row)})

    async def countries(self, request: Request) -> Response:
        body = await self._body(request, {})
        with self.store.transaction() as db:
            self._check(db, request, body, "api")
            rows = db.execute("SELECT code, name FROM countries ORDER BY name").fetchall()
        return success(f"{len(rows)} countries.",
                       {"countries": [{"code": r["code"], "name": r["name"]} for r in rows]})

    async def projects(self, request: Request) -> Response:
        with self.store.transaction() as db:
            rows = db.execute("SELECT * FROM projects ORDER BY position").fetchall()
        projects = [{"id": r["id"], "name": r["name"], "description": r["description"],
                     "url": r["url"]} for r in rows]
        return success(f"{len(projects)} projects.", {"projects": projects})

    # --- the login page -----------------------------------------------------------------------

    def _login_request(self, db: sqlite3.Connection, request_id: str) -> sqlite3.Row | Response:
        row = db.execute(
            "SELECT login_requests.*, clients.name AS client_name, domains.root_domain "
            "FROM login_requests JOIN clients ON clients.id = login_requests.client "
            "JOIN domains ON domains.id = login_requests.domain WHERE login_requests.id = ?",
            (request_id,),
        ).fetchone()
        if row is None:
            return _page("This login link is not valid",
                         "Go back to the website and start logging in again.", 404)
        if row["decided_at"] is not None:
            return _page("This login link was used already",
                         "Each login link works once. Go back to the website and start logging "
                         "in again.", 410)
        if self.store.now() - parse_iso(row["created_at"]) > LOGIN_REQUEST_LIFETIME:
            return _page("This login link has expired",
                         "Login links work for 10 minutes. Go back to the website and start "
                         "logging in again.", 410)
        return row

    async def login_page(self, request: Request) -> Response:
        request_id = request.path_params["request_id"]
        form: dict[str, list[str]] = {}
        if request.method == "POST":
            raw = await read_body(request, MAX_FORM_BYTES)
            form = parse_qs(raw.decode("utf-8", "replace"), keep_blank_values=True)
        with self.store.transaction() as db:
            found = self._login_request(db, request_id)
            if isinstance(found, Response):
                return found
            if request.method == "GET":
                return self._render_login(db, request_id, found)
            decision = (form.get("decision") or [""])[0]
            sub = (form.get("user") or [""])[0]
            if "answer" in form:
                return self._answer_request(db, request_id, found, form)
            if decision == "deny":
                db.execute("UPDATE login_requests SET decided_at = ? WHERE id = ?",
                           (iso(self.store.now()), request_id))
                return RedirectResponse(with_query(found["redirect_url"], error="access_denied"),
                                        status_code=303)
            user = db.execute("SELECT * FROM test_users WHERE sub = ?", (sub,)).fetchone()
            if decision != "allow" or user is None:
                return self._render_login(
                    db, request_id, found, status=400,
                    error="Choose one of the test people, then press Allow (or press Deny).")
            testers = _accepted_testers(db, found)
            if testers and sub not in testers:
                return self._render_login(
                    db, request_id, found, status=403, chosen=sub,
                    error=f"{found['root_domain']} is in Test Mode: only its accepted test users "
                    f"may log in ({', '.join(testers.values())}). Choose one of them, or ask "
                    f"the owner of {found['client_name']} to invite {user['name']} as a test "
                    "user.")
            now = iso(self.store.now())
            token = secrets.token_urlsafe(32)
            db.execute("UPDATE login_requests SET decided_at = ? WHERE id = ?", (now, request_id))
            db.execute(
                "INSERT INTO login_tokens (token_hash, client, domain, sub, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (token_digest(token), found["client"], found["domain"], sub, now),
            )
            db.execute("INSERT OR IGNORE INTO client_users (client, sub, first_login_at) "
                       "VALUES (?, ?, ?)", (found["client"], sub, now))
        return RedirectResponse(with_query(found["redirect_url"], token=token), status_code=303)

    def _answer_request(self, db: sqlite3.Connection, request_id: str, found: sqlite3.Row,
                        form: dict[str, list[str]]) -> HTMLResponse:
        """Accept or Decline pressed on an access or test user request: the person answers."""
        answer = (form.get("answer") or [""])[0]
        row = db.execute(
            "SELECT user_requests.*, test_users.sub, test_users.name FROM user_requests "
            "JOIN test_users ON lower(test_users.email) = user_requests.email "
            "WHERE user_requests.id = ? AND user_requests.client = ?",
            ((form.get("request") or [""])[0], found["client"]),
        ).fetchone()
        if answer not in ("accept", "decline") or row is None or row["state"] != "pending":
            return self._render_login(
                db, request_id, found, status=400,
                error="This request cannot be answered (any more). Choose a person and press "
                "Allow or Deny.")
        state = "accepted" if answer == "accept" else "declined"
        db.execute("UPDATE user_requests SET state = ?, decided_at = ? WHERE id = ?",
                   (state, iso(self.store.now()), row["id"]))
        return self._render_login(
            db, request_id, found, chosen=row["sub"],
            note=f"{row['name']} {state} the {row['kind']} request of {found['client_name']}. "
            "Now press Allow to log in (or Deny).")

    def _render_login(self, db: sqlite3.Connection, request_id: str, found: sqlite3.Row,
                      *, status: int = 200, error: str = "", note: str = "",
                      chosen: str | None = None) -> HTMLResponse:
        users = db.execute("SELECT * FROM test_users ORDER BY position").fetchall()
        chosen = chosen if any(u["sub"] == chosen for u in users) else users[0]["sub"]
        people = "\n".join(
            f'<label class="person"><input type="radio" name="user" '
            f'value="{html.escape(u["sub"])}"{" checked" if u["sub"] == chosen else ""}>'
            f'<span>{html.escape(u["name"])}<small>{html.escape(u["email"])}</small></span></label>'
            for u in users
        )
        titles = [r["title"] for r in db.execute(
            "SELECT scopes.title FROM client_scopes "
            "JOIN scopes ON scopes.key = client_scopes.scope WHERE client_scopes.client = ? "
            "ORDER BY scopes.position", (found["client"],))]
        scopes = ""
        if titles:
            items = "".join(f"<li>{html.escape(t)}</li>" for t in titles)
            scopes = f" It will be able to:</p><ul class=\"scopes\">{items}</ul><p>"
        has_logo = db.execute("SELECT 1 FROM domain_logos WHERE domain = ?",
                              (found["domain"],)).fetchone()
        logo = (f'<img class="logo" src="/login/{html.escape(request_id)}/logo" '
                f'alt="{html.escape(found["root_domain"])} logo">') if has_logo else ""
        text = _template("login.html").substitute(
            domain=html.escape(found["root_domain"]),
            client=html.escape(found["client_name"]),
            scopes=scopes,
            logo=logo,
            people=people,
            invites=self._invites(db, request_id, found),
            error=(f'<p class="error" role="alert">{html.escape(error)}</p>' if error else "")
            + (f'<p class="note" role="status">{html.escape(note)}</p>' if note else ""),
        )
        return HTMLResponse(text, status_code=status, headers=_HTML_HEADERS)

    @staticmethod
    def _invites(db: sqlite3.Connection, request_id: str, found: sqlite3.Row) -> str:
        """The client's pending requests to test people, each with Accept and Decline."""
        rows = db.execute(
            "SELECT user_requests.*, test_users.name FROM user_requests "
            "JOIN test_users ON lower(test_users.email) = user_requests.email "
            "WHERE user_requests.client = ? AND user_requests.state = 'pending' "
            "ORDER BY test_users.position, user_requests.id", (found["client"],),
        ).fetchall()
        forms = []
        for r in rows:
            what = ("to be a test user (Test Mode)" if r["kind"] == "test"
                    else "to have access")
            forms.append(
                f'<form method="post" class="invite"><p><strong>{html.escape(r["name"])}'
                f'</strong> is asked by {html.escape(found["client_name"])} {what}.</p>'
                f'<input type="hidden" name="request" value="{r["id"]}">'
                '<button type="submit" name="answer" value="decline">Decline</button> '
                '<button type="submit" name="answer" value="accept">Accept</button></form>')
        return "\n".join(forms)

    async def login_logo(self, request: Request) -> Response:
        with self.store.transaction() as db:
            row = db.execute(
                "SELECT domain_logos.* FROM login_requests JOIN domain_logos "
                "ON domain_logos.domain = login_requests.domain WHERE login_requests.id = ?",
                (request.path_params["request_id"],),
            ).fetchone()
        if row is None:
            return Response(status_code=404)
        return logo_response(row)

    async def avatar(self, request: Request) -> Response:
        with self.store.transaction() as db:
            user = db.execute("SELECT * FROM test_users WHERE sub = ?",
                              (request.path_params["sub"],)).fetchone()
        if user is None:
            return Response(status_code=404)
        initials = html.escape(user["given_name"][:1] + user["family_name"].split()[-1][:1])
        hue = int(user["sub"][-4:], 16) % 360
        svg = (
            '<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96">'
            f'<rect width="96" height="96" rx="48" fill="hsl({hue},55%,45%)"/>'
            '<text x="48" y="60" font-family="sans-serif" font-size="38" fill="#fff" '
            f'text-anchor="middle">{initials}</text></svg>'
        )
        return Response(svg, media_type="image/svg+xml",
                        headers={"X-Content-Type-Options": "nosniff"})


def _accepted_testers(db: sqlite3.Connection, found: sqlite3.Row) -> dict[str, str]:
    """On a Test Mode domain of a client with accepted test users, those users (sub -> name):
    only they may log in there. Empty when anyone may (no Test Mode, or no accepted tester)."""
    domain = db.execute("SELECT test_mode FROM domains WHERE id = ?",
                        (found["domain"],)).fetchone()
    if not domain["test_mode"]:
        return {}
    rows = db.execute(
        "SELECT test_users.sub, test_users.name FROM user_requests "
        "JOIN test_users ON lower(test_users.email) = user_requests.email "
        "WHERE user_requests.client = ? AND user_requests.kind = 'test' "
        "AND user_requests.state = 'accepted' ORDER BY test_users.position", (found["client"],),
    ).fetchall()
    return {r["sub"]: r["name"] for r in rows}


def _address_json(row: sqlite3.Row) -> dict[str, Any]:
    return {"id": row["id"], **{k: row[k] for k in _ADDRESS_TEXT},
            "created_at": row["created_at"], "updated_at": row["updated_at"]}


def _own_address(db: sqlite3.Connection, owner: tuple[int, str],
                 address_id: int | None) -> sqlite3.Row:
    if address_id is None:
        raise ValidationFailed({"address_id": ["Give the id of the address to change or remove."]})
    row = db.execute("SELECT * FROM addresses WHERE id = ? AND client = ? AND sub = ?",
                     (address_id, *owner)).fetchone()
    if row is None:
        raise ApiError(404, "not_found",
                       f"This person has no address with id {address_id} for this client.")
    return row


def _address_fields(db: sqlite3.Connection, address: dict[str, Any] | None, *,
                    creating: bool) -> dict[str, Any]:
    if address is None:
        raise ValidationFailed({"address": ["Give the address as an object, e.g. "
                                            "{\"street\": \"Main Street\", ...}."]})
    schema: Schema = {k: Field("str", required=creating and k in _ADDRESS_REQUIRED,
                               nullable=k not in _ADDRESS_REQUIRED) for k in _ADDRESS_TEXT}
    try:
        # strict inside the address: a misspelt part would otherwise be lost without a word
        checked = validate(address, schema)
    except ValidationFailed as failed:
        raise ValidationFailed({f"address.{k}": v for k, v in failed.errors.items()}) from None
    errors: dict[str, list[str]] = {}
    fields: dict[str, Any] = {}
    for key, value in checked.items():
        text = value.strip() if isinstance(value, str) else None
        if key in _ADDRESS_REQUIRED and not text:
            errors[f"address.{key}"] = ["This cannot be empty."]
        elif text and (len(text) > 100 or any(ord(ch) < 32 for ch in text)):
            errors[f"address.{key}"] = ["Use one line of at most 100 characters."]
        elif key == "country" and text:
            text = text.upper()
            if not db.execute("SELECT 1 FROM countries WHERE code = ?", (text,)).fetchone():
                errors[f"address.{key}"] = ["Use a two-letter country code from "
                                            "global/countries, e.g. NL."]
        fields[key] = text or None
    if errors:
        raise ValidationFailed(errors)
    return fields
