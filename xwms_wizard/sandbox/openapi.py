"""The OpenAPI 3.1 description of the management API, served at GET /api/manage/openapi.json."""

from __future__ import annotations

from typing import Any

from xwms_wizard import __version__


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _envelope(data: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["status", "message", "data"],
        "properties": {
            "status": {"const": "success"},
            "message": {"type": "string"},
            "data": data,
        },
    }


def _data(**props: Any) -> dict[str, Any]:
    return {"type": "object", "required": list(props), "properties": props}


def _ok(description: str, data: dict[str, Any], status: str = "200") -> dict[str, Any]:
    return {status: {"description": description,
                     "content": {"application/json": {"schema": _envelope(data)}}}}


def _errors(*statuses: str) -> dict[str, Any]:
    words = {
        "400": "Bad JSON (`bad_json`)",
        "401": "Not signed in (`unauthenticated`)",
        "402": "Free plan (`plan_required`)",
        "403": "Refused (see `code`)",
        "404": "Not found in this account (`not_found`)",
        "409": "Conflict (see `code`; `idempotency_conflict` for a reused key)",
        "413": "Body over 1 MiB (`body_too_large`)",
        "415": "Not a PNG or SVG (`unsupported_media_type`)",
        "422": "Field errors (`validation_failed`, with `errors`)",
    }
    return {s: {"description": words[s], "content": {"application/json": {"schema": _ref("Error")}}}
            for s in statuses}


def _body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"required": True, "content": {"application/json": {"schema": schema}}}


def _obj(required: list[str], **props: Any) -> dict[str, Any]:
    return {"type": "object", "additionalProperties": False, "required": required,
            "properties": props}


_ID = [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}]
_IDEMPOTENCY = {"$ref": "#/components/parameters/IdempotencyKey"}
_PAID = ("401", "402")
_NULLABLE_STR = {"type": ["string", "null"]}

_DOMAIN_INPUT = {
    "server_ip": {**_NULLABLE_STR, "description": "One IPv4 or IPv6 address; calls must come "
                  "from it (in Test Mode loopback is accepted too)."},
    "internal_name": {**_NULLABLE_STR, "maxLength": 64},
    "allow_login": {"type": "boolean", "default": True},
    "allow_api": {"type": "boolean", "default": True},
    "active": {"type": "boolean", "default": True},
    "primary": {"type": "boolean", "description": "Default: true for the client's first domain."},
    "test_mode": {"type": "boolean", "default": False},
    "fallback_uri": {**_NULLABLE_STR, "description": "Same rules as a callback URL."},
}


def _op(summary: str, responses: dict[str, Any], *, body: dict[str, Any] | None = None,
        params: list[Any] | None = None, post: bool = False, auth: bool = True) -> dict[str, Any]:
    op: dict[str, Any] = {"summary": summary, "responses": responses}
    parameters = list(params or [])
    if post:
        parameters.append(_IDEMPOTENCY)
    if parameters:
        op["parameters"] = parameters
    if body is not None:
        op["requestBody"] = body
    if not auth:
        op["security"] = []
    return op


def document() -> dict[str, Any]:
    """The whole document (a fresh dict each time)."""
    client = _data(client=_ref("Client"))
    domain = _data(domain=_ref("Domain"))
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "XWMS wizard management API (practice sandbox)",
            "version": __version__,
            "description": "Creates clients, domains, callback URLs, scopes, secrets and secret "
            "links. Every answer is the XWMS envelope; see docs/api-contract.md.",
        },
        "servers": [{"url": "/api/manage"}],
        "security": [{"bearer": []}],
        "paths": {
            "/openapi.json": {"get": _op("This document.", {"200": {
                "description": "OpenAPI 3.1", "content": {"application/json": {}}}}, auth=False)},
            "/login": {"post": _op(
                "Sign in; the token goes in Authorization: Bearer <token>.",
                {**_ok("Signed in", _data(token={"type": "string"}, account=_ref("Account"))),
                 **_errors("400", "422"),
                 "401": {"description": "Wrong e-mail or password (`invalid_credentials`)",
                         "content": {"application/json": {"schema": _ref("Error")}}}},
                body=_body(_obj(["email", "password"], email={"type": "string"},
                                password={"type": "string"})),
                post=True, auth=False)},
            "/account": {"get": _op(
                "The signed-in account: who the token belongs to (a kept sign-in, reused).",
                {**_ok("Account", _data(account=_ref("Account"))), **_errors("401")})},
            "/clients": {
                "get": _op("The account's clients.",
                           {**_ok("Clients", _data(clients={"type": "array",
                                                            "items": _ref("Client")})),
                            **_errors(*_PAID)}),
                "post": _op("Create a client.",
                            {**_ok("Created", client, "201"),
                             **_errors("400", *_PAID, "409", "422")},
                            body=_body(_obj(["name"], name={
                                "type": "string", "pattern": "^[a-z][a-z0-9-]{2,63}$"})),
                            post=True),
            },
            "/clients/{id}": {"get": _op("One client.", {**_ok("Client", client),
                                                          **_errors(*_PAID, "404")}, params=_ID)},
            "/scopes": {"get": _op("The scopes catalogue.", {
                **_ok("Scopes", _data(scopes={"type": "array", "items": _ref("Scope")})),
                **_errors("401")})},
            "/clients/{id}/scopes": {
                "get": _op("The client's scopes.", {
                    **_ok("Scope keys", _data(scopes={"type": "array",
                                                      "items": {"type": "string"}})),
                    **_errors(*_PAID, "404")}, params=_ID),
                "put": _op("Replace the client's scopes.", {
                    **_ok("Saved (sorted, unique)", _data(scopes={
                        "type": "array", "items": {"type": "string"}})),
                    **_errors("400", *_PAID, "403", "404", "422")},
                    body=_body(_obj(["scopes"], scopes={"type": "array",
                                                        "items": {"type": "string"}})),
                    params=_ID),
            },
            "/clients/{id}/domains": {
                "get": _op("The client's domains.", {
                    **_ok("Domains", _data(domains={"type": "array", "items": _ref("Domain")})),
                    **_errors(*_PAID, "404")}, params=_ID),
                "post": _op("Add a domain.", {
                    **_ok("Created", domain, "201"),
                    **_errors("400", *_PAID, "404", "409", "422")},
                    body=_body(_obj(["root_domain"], root_domain={"type": "string"},
                                    **_DOMAIN_INPUT)),
                    params=_ID, post=True),
            },
            "/domains/{id}": {
                "get": _op("One domain.", {**_ok("Domain", domain),
                                           **_errors(*_PAID, "404")}, params=_ID),
                "patch": _op("Change a domain's settings (any subset; not root_domain).", {
                    **_ok("Saved", domain), **_errors("400", *_PAID, "404", "422")},
                    body=_body(_obj([], **_DOMAIN_INPUT)), params=_ID),
            },
            "/domains/{id}/logo": {
                "put": _op("Upload the domain's logo (raw PNG or SVG, at most 1 MiB).", {
                    **_ok("Saved", domain), **_errors(*_PAID, "404", "413", "415", "422")},
                    body={"required": True, "content": {
                        "image/png": {"schema": {"type": "string", "format": "binary"}},
                        "image/svg+xml": {"schema": {"type": "string", "format": "binary"}}}},
                    params=_ID),
                "get": _op("The domain's logo.", {
                    "200": {"description": "The image", "content": {
                        "image/png": {}, "image/svg+xml": {}}},
                    **_errors(*_PAID, "404")}, params=_ID),
            },
            "/domains/{id}/urls": {
                "get": _op("The domain's callback and webhook URLs.", {
                    **_ok("URLs", _data(urls={"type": "array", "items": _ref("Url")})),
                    **_errors(*_PAID, "404")}, params=_ID),
                "post": _op("Register a URL (compared exactly, as XWMS does).", {
                    **_ok("Created", _data(url=_ref("Url")), "201"),
                    **_errors("400", *_PAID, "404", "409", "422")},
                    body=_body(_obj(["url", "kind"], url={"type": "string"},
                                    kind={"enum": ["callback", "webhook"]},
                                    active={"type": "boolean", "default": True})),
                    params=_ID, post=True),
            },
            "/urls/{id}": {"patch": _op("Switch a URL on or off.", {
                **_ok("Saved", _data(url=_ref("Url"))), **_errors("400", *_PAID, "404", "422")},
                body=_body(_obj(["active"], active={"type": "boolean"})), params=_ID)},
            "/clients/{id}/secrets": {
                "get": _op("The client's secrets (never a value).", {
                    **_ok("Secrets", _data(secrets={"type": "array", "items": _ref("Secret")})),
                    **_errors(*_PAID, "404")}, params=_ID),
                "post": _op(
                    "Create a secret. The answer holds its value; only a replay of the same "
                    "request with the same Idempotency-Key (within 24 hours, and a key with room "
                    "for 128 random bits) repeats it.", {
                        **_ok("Created", _data(secret=_ref("NewSecret")), "201"),
                        **_errors("400", *_PAID, "404", "422")},
                    body=_body(_obj([], label={**_NULLABLE_STR, "maxLength": 64},
                                    expires_at={**_NULLABLE_STR, "format": "date"})),
                    params=_ID, post=True),
            },
            "/secrets/{id}": {"patch": _op(
                "Change a secret's label or expiry date (never its value). Send label, "
                "expires_at or both; null for expires_at clears it. A revoked secret cannot be "
                "changed (409 revoked_secret_unchangeable).", {
                    **_ok("Saved", _data(secret=_ref("Secret"))),
                    **_errors("400", *_PAID, "404", "409", "422")},
                body=_body({**_obj([], label={"type": "string", "minLength": 1, "maxLength": 64,
                                              "description": "Trimmed; 1-64 characters."},
                                   expires_at={**_NULLABLE_STR, "format": "date",
                                               "description": "YYYY-MM-DD, today or later "
                                               "(UTC); null: never expires."}),
                            "minProperties": 1}),
                params=_ID)},
            "/secrets/{id}/revoke": {"post": _op("Revoke a secret.", {
                **_ok("Revoked", _data(secret=_ref("Secret"))),
                **_errors("400", *_PAID, "404", "422")},
                body=_body(_obj([])), params=_ID, post=True)},
            "/domains/{id}/secret-links": {
                "get": _op("The secrets linked to the domain.", {
                    **_ok("Links", _data(links={"type": "array", "items": _ref("Link")})),
                    **_errors(*_PAID, "404")}, params=_ID),
                "post": _op("Link a secret of the same client to the domain.", {
                    **_ok("Linked", _data(link=_ref("Link")), "201"),
                    **_errors("400", *_PAID, "404", "409", "422")},
                    body=_body(_obj(["secret_id"], secret_id={"type": "integer"})),
                    params=_ID, post=True),
            },
        },
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "parameters": {"IdempotencyKey": {
                "name": "Idempotency-Key", "in": "header", "required": False,
                "description": "1-200 printable ASCII characters. The same key with the same "
                "request answers the first answer again (header Idempotent-Replay: true) for 24 "
                "hours; with another request it is 409 idempotency_conflict. After 24 hours the "
                "key starts a new request. For creating a secret, use at least 128 random bits "
                "(e.g. 32 hex characters): the answer is sealed under the key, and a key too "
                "short to hold 128 bits gets a replay with \"secret\": null.",
                "schema": {"type": "string", "minLength": 1, "maxLength": 200}}},
            "schemas": _schemas(),
        },
    }


def _schemas() -> dict[str, Any]:
    stamp = {"type": "string", "format": "date-time"}
    secret_props = {
        "id": {"type": "integer"}, "label": {"type": "string"},
        "expires_at": {**_NULLABLE_STR, "format": "date"}, "revoked": {"type": "boolean"},
        "created_at": stamp, "hint": {"type": "string", "description": "Last 4 characters."},
    }
    return {
        "Error": {"type": "object", "required": ["status", "message", "code", "data"],
                  "properties": {
                      "status": {"const": "error"}, "message": {"type": "string"},
                      "code": {"type": "string"}, "data": {"type": "object"},
                      "errors": {"type": "object", "additionalProperties": {
                          "type": "array", "items": {"type": "string"}}}}},
        "Account": _data(id={"type": "integer"}, email={"type": "string"},
                         plan={"enum": ["paid", "free"]}, verified_partner={"type": "boolean"}),
        "Client": _data(id={"type": "integer"},
                        client_id={"type": "string", "pattern": "^xc_[0-9a-f]{20}$"},
                        name={"type": "string"}, created_at=stamp),
        "Scope": _data(key={"type": "string"}, title={"type": "string"},
                       description={"type": "string"}, requires_verification={"type": "boolean"}),
        "Domain": _data(
            id={"type": "integer"}, domain_id={"type": "string", "pattern": "^xd_[0-9a-f]{20}$"},
            client={"type": "integer"}, root_domain={"type": "string"},
            server_ip=_NULLABLE_STR, internal_name=_NULLABLE_STR,
            allow_login={"type": "boolean"}, allow_api={"type": "boolean"},
            active={"type": "boolean"}, primary={"type": "boolean"},
            test_mode={"type": "boolean"}, fallback_uri=_NULLABLE_STR,
            has_logo={"type": "boolean"}, created_at=stamp),
        "Url": _data(id={"type": "integer"}, domain={"type": "integer"}, url={"type": "string"},
                     kind={"enum": ["callback", "webhook"]}, active={"type": "boolean"},
                     created_at=stamp),
        "Secret": _data(**secret_props),
        "NewSecret": _data(**secret_props, secret={
            "type": ["string", "null"], "pattern": "^xs_[A-Za-z0-9_-]{40}$",
            "description": "The value, in this one answer only."}),
        "Link": _data(id={"type": "integer"}, domain={"type": "integer"},
                      secret={"type": "integer"}, created_at=stamp),
    }
