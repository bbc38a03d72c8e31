"""The OpenAPI 3.1 descriptions of the management API (GET /api/manage/openapi.json) and of
the public API (GET /api/openapi.json)."""

from __future__ import annotations

import copy
from typing import Any

from xwms_wizard import __version__
from xwms_wizard.sandbox.idempotency import KEY_MAX, KEY_PATTERN
from xwms_wizard.sandbox.seed import SCOPES

# Said in both documents' descriptions.
_TEXT_RULES = (
    "Text is Unicode: a lone surrogate (an escape such as \\ud800 without its pair), which no "
    "text can store, is a 422 naming its field. Where the server checks a field further than "
    "its schema can say (a rule that depends on what the sandbox holds, on the day, or on one "
    "no schema keyword carries), the property says so in `x-server-checks`; a value that "
    "breaks that rule is refused naming the field (422 validation_failed, unless the rule says "
    "otherwise)."
)


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


# A request whose body stalls (faults.BODY_TIMEOUT_SECONDS), on every operation with a body: in
# the management document written out (its refusals all are), in the public one a reference.
_STALLED = {"408": {"$ref": "#/components/responses/RequestTimeout"}}


def _request_timeout() -> dict[str, Any]:
    return {"RequestTimeout": {
        "description": "The request body stopped arriving: no more of it came for 10 seconds "
        "(`request_timeout`, a plain message). The connection is closed after this answer "
        "(Connection: close); send the whole request again.",
        "headers": {"Connection": {"schema": {"const": "close"}}},
        "content": {"application/json": {"schema": _ref("Error")}}}}


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


# The management API's refusal codes, each with when it is answered.
_MANAGE_WORDS = {
    "bad_json": "the body is not valid JSON, or not a JSON object",
    "unauthenticated": "no valid `Authorization: Bearer <token>` (unknown or expired sign-in)",
    "invalid_credentials": "wrong e-mail or password",
    "plan_required": "the account is on the free plan (a free account may still act on the "
    "clients it is a member of)",
    "permission_required": "the signed-in account is a member of this client whose role lacks "
    "the permission this route needs; `data: {permission, role}`",
    "verification_required": "a scope needs a Verified Partner (apply with "
    "POST clients/{id}/verification-requests); `data: {scopes}`",
    "not_found": "not in this account, nor in a client it is a member of",
    "idempotency_conflict": "this Idempotency-Key was used for a different request",
    "name_taken": "the account has a client with this name",
    "domain_taken": "the client has this root domain",
    "url_taken": "the domain has this URL of this kind",
    "already_linked": "the secret is linked to this domain",
    "revoked_secret_unchangeable": "the secret is revoked",
    "user_request_exists": "a request of this kind for this e-mail is pending or accepted; "
    "`data: {request}`",
    "verification_pending": "the client has a verification request waiting already; "
    "`data: {request}`",
    "already_verified": "the account is a Verified Partner for every scope asked for",
    "role_name_taken": "the client has a role with this name",
    "member_is_owner": "the e-mail is the client's owner, who needs no role",
    "already_member": "the account is a member of this client; `data: {member}`",
    "body_too_large": "the body is over 1 MiB",
    "unsupported_media_type": "the logo is not a PNG or SVG",
    "validation_failed": "field errors, in `errors: {field: [messages]}`",
}
_STATUS_WORDS = {"400": "Bad request", "401": "Not signed in", "402": "Free plan",
                 "403": "Refused", "404": "Not found", "409": "Conflict",
                 "413": "Too large", "415": "Not an image", "422": "Field errors"}
_DEFAULT_CODES = {"400": ("bad_json",), "401": ("unauthenticated",), "402": ("plan_required",),
                  "404": ("not_found",), "413": ("body_too_large",),
                  "415": ("unsupported_media_type",), "422": ("validation_failed",)}


def _errors(*statuses: str, codes: dict[str, tuple[str, ...]] | None = None) -> dict[str, Any]:
    """Error answers: each status with the `code`s it carries (`codes`, or the usual one)."""
    answers: dict[str, Any] = {}
    for status in statuses:
        listed = (codes or {}).get(status) or _DEFAULT_CODES[status]
        answers[status] = _manage_refusal(status, listed)
    return answers


def _manage_refusal(status: str, codes: tuple[str, ...]) -> dict[str, Any]:
    words = "; ".join(f"`{code}`: {_MANAGE_WORDS[code]}" for code in codes)
    schema = {"allOf": [_ref("Error"), {"type": "object", "properties": {
        "code": {"enum": list(codes)}}}]}
    return {"description": f"{_STATUS_WORDS[status]}. {words}.",
            "content": {"application/json": {"schema": schema}}}


def _listed(answer: dict[str, Any] | None) -> tuple[str, ...]:
    """The codes a refusal answer made by _manage_refusal names."""
    if not answer:
        return ()
    return tuple(answer["content"]["application/json"]["schema"]["allOf"][1]["properties"]
                 ["code"]["enum"])


_MEMBER = {"403": ("permission_required",)}  # a route a member needs a permission for


def _body(schema: dict[str, Any]) -> dict[str, Any]:
    # An empty body counts as {} (bodies.parse_object): it may be left out where {} will do.
    needed = bool(schema.get("required")) or schema.get("minProperties", 0) > 0
    return {"required": needed, "content": {"application/json": {"schema": schema}}}


def _obj(required: list[str], **props: Any) -> dict[str, Any]:
    return {"type": "object", "additionalProperties": False, "required": required,
            "properties": props}


# Ids are positive whole numbers within SQLite's INTEGER range.
_INT_ID = {"type": "integer", "minimum": 1, "maximum": 2**63 - 1}
_ID = [{"name": "id", "in": "path", "required": True, "schema": _INT_ID}]
_IDEMPOTENCY = {"$ref": "#/components/parameters/IdempotencyKey"}
_PAID = ("401", "402")
_NULLABLE_STR = {"type": ["string", "null"]}
# What the server checks of a field beyond what a JSON Schema can say: it depends on what the
# sandbox holds (an address must be on the domain's root domain, a secret the client's), on the
# day (an expiry date after today), or on rules no schema keyword carries (IDNA, Unicode
# control characters). A schema-valid value that breaks it is refused naming the field (a 422,
# unless the rule says otherwise). The schemathesis test (tests/sandbox/
# test_sandbox_schemathesis.py) lets a schema-valid request be refused only for such a field.
CHECKS = "x-server-checks"
_ONE_LINE = ("one line of plain text: no control or format characters (tabs, line breaks, "
             "zero-width characters)")
_URL_RULES = ("an absolute https:// address on the domain's root domain or one of its "
              "subdomains (http:// and localhost only in Test Mode), without spaces, user "
              "name, # part or wildcard")
_SCOPE_KEYS = [scope["key"] for scope in SCOPES]
_VERIFIED_SCOPE_KEYS = [scope["key"] for scope in SCOPES if scope["requires_verification"]]


def _checked(schema: dict[str, Any], rule: str) -> dict[str, Any]:
    """`schema` with the server's further rule stated, for people and for the fuzz test."""
    return {**schema, CHECKS: rule}


def _text(*, nullable: bool = False, min_length: int = 0, max_length: int | None = None,
          **extra: Any) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": ["string", "null"] if nullable else "string"}
    if min_length:
        schema["minLength"] = min_length
    if max_length is not None:
        schema["maxLength"] = max_length
    return {**schema, **extra}


_PERMISSION = {"enum": ["view_users", "manage_scopes", "manage_domains", "manage_secrets",
                        "manage_members"]}

_DOMAIN_INPUT = {
    "server_ip": _checked({**_NULLABLE_STR, "description": "One IPv4 or IPv6 address; calls "
                           "must come from it (in Test Mode loopback is accepted too). Empty "
                           "or null: none."},
                          "one IPv4 or IPv6 address (no range, port or name), or empty"),
    "internal_name": _checked({**_NULLABLE_STR, "maxLength": 64,
                               "description": "Trimmed; empty or null: none."}, _ONE_LINE),
    "allow_login": {"type": "boolean", "default": True},
    "allow_api": {"type": "boolean", "default": True},
    "active": {"type": "boolean", "default": True},
    "primary": {"type": "boolean", "description": "Default: true for the client's first domain."},
    "test_mode": {"type": "boolean", "default": False},
    "fallback_uri": _checked({**_NULLABLE_STR, "maxLength": 2048,
                              "description": "Same rules as a callback URL; empty or null: "
                              "none."}, _URL_RULES),
}
_ROOT_DOMAIN = _checked(
    _text(min_length=1, max_length=253, description="The website's domain, e.g. example.com: "
          "no https://, port or path. Stored lowercase; an international name (bäckerei.de) "
          "is accepted in either spelling and stored as punycode."),
    "a domain name with at least one dot whose labels are letters, digits and hyphens (an "
    "international name by IDNA 2008); not an IP address")


def _op(summary: str, responses: dict[str, Any], *, body: dict[str, Any] | None = None,
        params: list[Any] | None = None, post: bool = False, auth: bool = True) -> dict[str, Any]:
    op: dict[str, Any] = {"summary": summary, "responses": responses}
    parameters = list(params or [])
    if post:
        parameters.append(_IDEMPOTENCY)
        # A key is kept per account (login: per e-mail): reused with another request, refused.
        codes = (*_listed(responses.get("409")), "idempotency_conflict")
        responses["409"] = _manage_refusal("409", codes)
    if parameters:
        op["parameters"] = parameters
    if body is not None:
        op["requestBody"] = body
        responses["408"] = _request_timeout()["RequestTimeout"]
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
            "links; lists Client Users and sends them access and test requests; applies in the "
            "Verification Center; manages Members & Roles. The owner of a client may do "
            "everything; a member what their role's permissions allow (view_users, "
            "manage_scopes, manage_domains, manage_secrets, manage_members), else 403 "
            "permission_required. Every answer is the XWMS envelope; see "
            "docs/api-contract.md. " + _TEXT_RULES,
        },
        "servers": [{"url": "/api/manage"}],
        "security": [{"bearer": []}],
        "paths": {
            "/openapi.json": {"get": _op("This document.", {"200": {
                "description": "OpenAPI 3.1", "content": {"application/json": {}}}}, auth=False)},
            "/login": {"post": _op(
                "Sign in; the token goes in Authorization: Bearer <token>.",
                {**_ok("Signed in", _data(token={"type": "string"}, account=_ref("Account"))),
                 **_errors("400", "401", "422", codes={"401": ("invalid_credentials",)})},
                body=_body(_obj(["email", "password"], email={"type": "string"},
                                password={"type": "string"})),
                post=True, auth=False)},
            "/account": {"get": _op(
                "The signed-in account: who the token belongs to (a kept sign-in, reused).",
                {**_ok("Account", _data(account=_ref("Account"))), **_errors("401")})},
            "/clients": {
                "get": _op("The account's clients, and the clients it is a member of.",
                           {**_ok("Clients", _data(clients={"type": "array",
                                                            "items": _ref("Client")})),
                            **_errors(*_PAID)}),
                "post": _op("Create a client (a paid account only, member or not).",
                            {**_ok("Created", client, "201"),
                             **_errors("400", *_PAID, "409", "422",
                                       codes={"409": ("name_taken",)})},
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
                "put": _op("Replace the client's scopes (member: manage_scopes).", {
                    **_ok("Saved (sorted, unique)", _data(scopes={
                        "type": "array", "items": {"type": "string"}})),
                    **_errors("400", *_PAID, "403", "404", "422", codes={
                        "403": ("permission_required", "verification_required")})},
                    body=_body(_obj(["scopes"], scopes={"type": "array",
                                                        "items": {"enum": _SCOPE_KEYS}})),
                    params=_ID),
            },
            "/clients/{id}/domains": {
                "get": _op("The client's domains.", {
                    **_ok("Domains", _data(domains={"type": "array", "items": _ref("Domain")})),
                    **_errors(*_PAID, "404")}, params=_ID),
                "post": _op("Add a domain (member: manage_domains).", {
                    **_ok("Created", domain, "201"),
                    **_errors("400", *_PAID, "403", "404", "409", "422",
                              codes={**_MEMBER, "409": ("domain_taken",)})},
                    body=_body(_obj(["root_domain"], root_domain=_ROOT_DOMAIN,
                                    **_DOMAIN_INPUT)),
                    params=_ID, post=True),
            },
            "/domains/{id}": {
                "get": _op("One domain.", {**_ok("Domain", domain),
                                           **_errors(*_PAID, "404")}, params=_ID),
                "patch": _op("Change a domain's settings (at least one of them; not "
                             "root_domain; member: manage_domains). A body without any is a "
                             "422 naming them all.", {
                                 **_ok("Saved", domain),
                                 **_errors("400", *_PAID, "403", "404", "422", codes=_MEMBER)},
                             body=_body({**_obj([], **_DOMAIN_INPUT), "minProperties": 1}),
                             params=_ID),
            },
            "/domains/{id}/logo": {
                "put": _op("Upload the domain's logo (raw PNG or SVG, at most 1 MiB; member: "
                           "manage_domains). A PNG starts with the 8-byte PNG signature; an SVG "
                           "is UTF-8 text with an <svg element. Anything else sent as one is "
                           "415; an empty body is 422 (errors.logo).", {
                               **_ok("Saved", domain),
                               **_errors(*_PAID, "403", "404", "413", "415", "422",
                                         codes=_MEMBER)},
                           body={"required": True, "content": {
                               "image/png": {"schema": {
                                   "type": "string", "format": "binary", "minLength": 8,
                                   "description": "Starts with the PNG signature, bytes 89 50 "
                                   "4E 47 0D 0A 1A 0A."}},
                               "image/svg+xml": {"schema": {
                                   "type": "string", "pattern": "<svg",
                                   "description": "UTF-8 text (a byte order mark allowed) "
                                   "with an <svg element."}}}},
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
                "post": _op("Register a URL (compared exactly, as XWMS does; member: "
                            "manage_domains).", {
                                **_ok("Created", _data(url=_ref("Url")), "201"),
                                **_errors("400", *_PAID, "403", "404", "409", "422",
                                          codes={**_MEMBER, "409": ("url_taken",)})},
                            body=_body(_obj(["url", "kind"], url=_checked(
                                _text(min_length=1, max_length=2048, format="uri",
                                      description="Stored exactly as given: XWMS compares "
                                      "callback URLs character by character."), _URL_RULES),
                                            kind={"enum": ["callback", "webhook"]},
                                            active={"type": "boolean", "default": True})),
                            params=_ID, post=True),
            },
            "/urls/{id}": {"patch": _op("Switch a URL on or off (member: manage_domains).", {
                **_ok("Saved", _data(url=_ref("Url"))),
                **_errors("400", *_PAID, "403", "404", "422", codes=_MEMBER)},
                body=_body(_obj(["active"], active={"type": "boolean"})), params=_ID)},
            "/clients/{id}/secrets": {
                "get": _op("The client's secrets (never a value; member: manage_secrets).", {
                    **_ok("Secrets", _data(secrets={"type": "array", "items": _ref("Secret")})),
                    **_errors(*_PAID, "403", "404", codes=_MEMBER)}, params=_ID),
                "post": _op(
                    "Create a secret (member: manage_secrets). The answer holds its value; only "
                    "a replay of the same request with the same Idempotency-Key (within 24 "
                    "hours, and a key with room for 128 random bits) repeats it.", {
                        **_ok("Created", _data(secret=_ref("NewSecret")), "201"),
                        **_errors("400", *_PAID, "403", "404", "422", codes=_MEMBER)},
                    body=_body(_obj([], label=_checked(
                        {**_NULLABLE_STR, "maxLength": 64, "description": "Trimmed; empty or "
                         "null: Standard Key."}, _ONE_LINE),
                                    expires_at=_checked(
                        {**_NULLABLE_STR, "format": "date", "description": "YYYY-MM-DD, after "
                         "today (UTC); null or left out: never expires. An empty text is no "
                         "date (422)."}, "a date after today (UTC)"))),
                    params=_ID, post=True),
            },
            "/secrets/{id}": {"patch": _op(
                "Change a secret's label or expiry date (never its value; member: "
                "manage_secrets). Send label, expires_at or both; null for expires_at clears "
                "it. A revoked secret cannot be changed (409 revoked_secret_unchangeable).", {
                    **_ok("Saved", _data(secret=_ref("Secret"))),
                    **_errors("400", *_PAID, "403", "404", "409", "422", codes={
                        **_MEMBER, "409": ("revoked_secret_unchangeable",)})},
                body=_body({**_obj([], label=_checked(
                    {"type": "string", "minLength": 1, "maxLength": 64,
                     "description": "Trimmed; 1-64 characters."},
                    f"not only spaces; {_ONE_LINE}"),
                                   expires_at=_checked(
                    {**_NULLABLE_STR, "format": "date", "description": "YYYY-MM-DD, today or "
                     "later (UTC); null: never expires."}, "today or a later date (UTC)")),
                            "minProperties": 1}),
                params=_ID)},
            "/secrets/{id}/revoke": {"post": _op("Revoke a secret (member: manage_secrets).", {
                **_ok("Revoked", _data(secret=_ref("Secret"))),
                **_errors("400", *_PAID, "403", "404", "422", codes=_MEMBER)},
                body=_body(_obj([])), params=_ID, post=True)},
            "/domains/{id}/secret-links": {
                "get": _op("The secrets linked to the domain.", {
                    **_ok("Links", _data(links={"type": "array", "items": _ref("Link")})),
                    **_errors(*_PAID, "404")}, params=_ID),
                "post": _op("Link a secret of the same client to the domain (member: "
                            "manage_secrets).", {
                                **_ok("Linked", _data(link=_ref("Link")), "201"),
                                **_errors("400", *_PAID, "403", "404", "409", "422",
                                          codes={**_MEMBER, "409": ("already_linked",)})},
                            body=_body(_obj(["secret_id"], secret_id=_checked(
                                _INT_ID, "the id of a secret of the domain's client that is "
                                "neither revoked nor expired"))),
                            params=_ID, post=True),
            },
            "/clients/{id}/users": {"get": _op(
                "Client Users: the people whose login a site of this client verified "
                "(sign-token-verify), with the domain and time of their last login (member: "
                "view_users).", {
                    **_ok("Users", _data(users={"type": "array", "items": _ref("ClientUser")})),
                    **_errors(*_PAID, "403", "404", codes=_MEMBER)}, params=_ID)},
            "/clients/{id}/user-requests": {
                "get": _op("Access and test user requests, with their state (member: "
                           "view_users).", {
                               **_ok("Requests", _data(requests={
                                   "type": "array", "items": _ref("UserRequest")})),
                               **_errors(*_PAID, "403", "404", codes=_MEMBER)}, params=_ID),
                "post": _op(
                    "Ask a person to become an access or a test user of the client (member: "
                    "view_users). The person answers on the login page (Accept / Decline); in "
                    "the sandbox only its test people can, so the e-mail must be one of theirs.",
                    {**_ok("Created (pending)", _data(request=_ref("UserRequest")), "201"),
                     **_errors("400", *_PAID, "403", "404", "409", "422", codes={
                         **_MEMBER, "409": ("user_request_exists",)})},
                    body=_body(_obj(["email", "kind"], email=_checked(
                        {"type": "string", "format": "email"}, "the e-mail address of one of "
                        "the sandbox's test people (any case)"),
                                    kind={"enum": ["access", "test"]},
                                    scopes={"type": "array", "items": {"enum": _SCOPE_KEYS},
                                            "description": "Scope keys the request names "
                                            "(default: none)."})),
                    params=_ID, post=True),
            },
            "/clients/{id}/verification-requests": {
                "get": _op("Verification Center requests, with their state and the reviewer's "
                           "reason (member: manage_scopes).", {
                               **_ok("Requests", _data(requests={
                                   "type": "array", "items": _ref("VerificationRequest")})),
                               **_errors(*_PAID, "403", "404", codes=_MEMBER)}, params=_ID),
                "post": _op(
                    "Apply to become a Verified Partner for scopes that need it (member: "
                    "manage_scopes). XWMS staff decide; in the sandbox: xwms-wizard sandbox "
                    "review --approve ID or --reject ID --reason TEXT.",
                    {**_ok("Created (pending)", _data(request=_ref("VerificationRequest")),
                           "201"),
                     **_errors("400", *_PAID, "403", "404", "409", "422", codes={
                         **_MEMBER, "409": ("verification_pending", "already_verified")})},
                    body=_body(_obj(["domain_ids", "scopes"],
                                    domain_ids=_checked(
                                        {"type": "array", "minItems": 1, "items": _INT_ID,
                                         "description": "Ids of the client's domains."},
                                        "ids of domains of this client"),
                                    scopes={"type": "array", "minItems": 1,
                                            "items": {"enum": _VERIFIED_SCOPE_KEYS},
                                            "description": "Only scopes with "
                                            "requires_verification."},
                                    notes=_checked(
                                        {**_NULLABLE_STR, "maxLength": 2000,
                                         "description": "Trimmed; empty or null: none."},
                                        "plain text: line breaks and tabs are fine, other "
                                        "control characters are not"))),
                    params=_ID, post=True),
            },
            "/clients/{id}/roles": {
                "get": _op("The client's roles (member: manage_members).", {
                    **_ok("Roles", _data(roles={"type": "array", "items": _ref("Role")})),
                    **_errors(*_PAID, "403", "404", codes=_MEMBER)}, params=_ID),
                "post": _op("Create a role: a name and the permissions it gives (member: "
                            "manage_members).", {
                                **_ok("Created", _data(role=_ref("Role")), "201"),
                                **_errors("400", *_PAID, "403", "404", "409", "422", codes={
                                    **_MEMBER, "409": ("role_name_taken",)})},
                            body=_body(_obj(["name", "permissions"],
                                            name=_checked(
                                                {"type": "string", "minLength": 1,
                                                 "maxLength": 64, "description": "Trimmed."},
                                                f"not only spaces; {_ONE_LINE}"),
                                            permissions={"type": "array",
                                                         "items": _PERMISSION})),
                            params=_ID, post=True),
            },
            "/clients/{id}/members": {
                "get": _op("The client's members (member: manage_members).", {
                    **_ok("Members", _data(members={"type": "array", "items": _ref("Member")})),
                    **_errors(*_PAID, "403", "404", codes=_MEMBER)}, params=_ID),
                "post": _op(
                    "Add an existing XWMS account (free or paid), by e-mail, with one of the "
                    "client's roles (member: manage_members). From then on that account's "
                    "sign-in sees the client and may do what the role allows.", {
                        **_ok("Added", _data(member=_ref("Member")), "201"),
                        **_errors("400", *_PAID, "403", "404", "409", "422", codes={
                            **_MEMBER, "409": ("member_is_owner", "already_member")})},
                    body=_body(_obj(["email", "role_id"], email=_checked(
                        {"type": "string"}, "the e-mail address of an existing XWMS account "
                        "(any case)"), role_id=_checked(_INT_ID, "the id of a role of this "
                                                        "client"))),
                    params=_ID, post=True),
            },
            "/clients/{id}/members/{member_id}": {"delete": _op(
                "Remove a member (member: manage_members); their sign-in no longer sees the "
                "client.", {
                    **_ok("Removed", _data(member=_ref("Member"))),
                    **_errors(*_PAID, "403", "404", codes=_MEMBER)},
                params=[*_ID, {"name": "member_id", "in": "path", "required": True,
                               "schema": _INT_ID}])},
        },
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "parameters": {"IdempotencyKey": {
                "name": "Idempotency-Key", "in": "header", "required": False,
                "description": "1-200 printable ASCII characters, not starting or ending with "
                "a space (else 422 naming the header). The same key with the same "
                "request answers the first answer again (header Idempotent-Replay: true) for 24 "
                "hours; with another request it is 409 idempotency_conflict. After 24 hours the "
                "key starts a new request. For creating a secret, use at least 128 random bits "
                "(e.g. 32 hex characters): the answer is sealed under the key, and a key too "
                "short to hold 128 bits gets a replay with \"secret\": null.",
                "schema": {"type": "string", "minLength": 1, "maxLength": KEY_MAX,
                           "pattern": KEY_PATTERN}}},
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
        "ClientUser": _data(
            sub={"type": "string"}, name={"type": "string"},
            email={"type": "string", "format": "email"},
            domain={"type": ["integer", "null"], "description": "The domain of the last "
                    "login (null for a login recorded before the sandbox kept it)."},
            root_domain=_NULLABLE_STR, first_login_at=stamp, last_login_at=stamp),
        "UserRequest": _data(
            id={"type": "integer"}, client={"type": "integer"},
            email={"type": "string", "format": "email"}, kind={"enum": ["access", "test"]},
            scopes={"type": "array", "items": {"type": "string"}},
            state={"enum": ["pending", "accepted", "declined"]}, created_at=stamp,
            decided_at={"type": ["string", "null"], "format": "date-time"}),
        "VerificationRequest": _data(
            id={"type": "integer"}, client={"type": "integer"},
            domain_ids={"type": "array", "items": {"type": "integer"}},
            scopes={"type": "array", "items": {"type": "string"}}, notes=_NULLABLE_STR,
            state={"enum": ["pending", "approved", "rejected"]},
            reason={"type": ["string", "null"], "description": "The reviewer's reason for a "
                    "rejection."},
            created_at=stamp, decided_at={"type": ["string", "null"], "format": "date-time"}),
        "Role": _data(id={"type": "integer"}, client={"type": "integer"},
                      name={"type": "string"},
                      permissions={"type": "array", "items": _PERMISSION}, created_at=stamp),
        "Member": _data(id={"type": "integer"}, client={"type": "integer"},
                        email={"type": "string"}, role={"type": "integer"}, created_at=stamp),
    }


# --- the public API (/api/), served at GET /api/openapi.json ---------------------------------

_PUBLIC_WORDS = {
    "bad_json": "the body is not valid JSON, or not a JSON object",
    "missing_credentials": "Client ID, domain or secret not sent (in the headers or the body); "
    "`data.missing` names them",
    "redirect_not_registered": "`redirect_url` is not exactly an active callback URL of the "
    "domain; `data: {received, registered}`",
    "unknown_client": "no client has that Client ID",
    "invalid_secret": "the secret is none of the client's secrets",
    "secret_revoked": "the secret was revoked",
    "secret_expired": "the secret is past its expiry date",
    "token_invalid": "the login token is not known for this client and domain",
    "token_used": "the login token was verified before (tokens work once)",
    "token_expired": "the login token is older than 5 minutes",
    "domain_not_registered": "the domain is not one of the client's domains (nor a subdomain of "
    "one); `data: {domain, registered}`",
    "domain_inactive": "the domain's Active toggle is off",
    "login_not_allowed": "the domain's Allow Login toggle is off",
    "api_not_allowed": "the domain's Allow API toggle is off",
    "secret_not_linked": "the secret is the client's but not linked to this domain",
    "ip_not_allowed": "the domain has a Server IP and the call came from elsewhere (checked "
    "last: the credentials are right); `data: {your_ip, allowed_ip}`",
    "scope_missing": "the client lacks the scope this call needs; `data: {scope}`",
    "not_found": "the `sub` never logged in to this client, or (user/address) the person has "
    "no address with that `address_id`",
    "body_too_large": "the body is over 1 MiB",
    "validation_failed": "a known field is missing, null or of the wrong type, or has a wrong "
    "value; `errors: {field: [messages]}`. Fields the call does not use are ignored, never "
    "refused",
}
# What creating an address needs (public.py checks it; the document states it).
ADDRESS_REQUIRED = ("street", "postal_code", "city", "country")
_CREDENTIAL_401 = ("unknown_client", "invalid_secret", "secret_revoked", "secret_expired")
_SECURITY = [{"clientId": [], "clientSecret": [], "clientDomain": []}, {}]
_FAULTS = {"500": {"$ref": "#/components/responses/InternalError"},
           "503": {"$ref": "#/components/responses/Unavailable"}}


def _refusal(status: str, codes: tuple[str, ...]) -> dict[str, Any]:
    """A refusal answer whose `code` is one of `codes`, each explained in the description."""
    words = "; ".join(f"`{code}`: {_PUBLIC_WORDS[code]}" for code in codes)
    schema = {"allOf": [_ref("Error"), {"type": "object", "properties": {
        "code": {"enum": list(codes)}}}]}
    return {status: {"description": f"Refused. {words}.",
                     "content": {"application/json": {"schema": schema}}}}


def _public_refusals(need: str, *, extra: dict[str, tuple[str, ...]] | None = None
                     ) -> dict[str, Any]:
    """The refusals of a call with a JSON body and client credentials (rules 1-9)."""
    codes: dict[str, tuple[str, ...]] = {
        "400": ("bad_json", "missing_credentials"),
        "401": _CREDENTIAL_401,
        "403": ("domain_not_registered", "domain_inactive", f"{need}_not_allowed",
                "secret_not_linked", "ip_not_allowed"),
        "413": ("body_too_large",),
        "422": ("validation_failed",),
    }
    for status, more in (extra or {}).items():
        codes[status] = codes.get(status, ()) + more
    responses: dict[str, Any] = {}
    for status in sorted(codes):
        responses.update(_refusal(status, codes[status]))
    return {**responses, **_FAULTS}



def _public_body(required: list[str], example: dict[str, Any] | None = None,
                 **props: Any) -> dict[str, Any]:
    schema = {
        "type": "object",
        "additionalProperties": True,
        "required": required,
        "properties": {**_credential_props(), **props},
        "description": "Fields not listed here are accepted and ignored, as the real XWMS does "
        "(its Laravel package sends redirect_url with every call); the sandbox notes their "
        "names, never their values, in its log.",
    }
    media: dict[str, Any] = {"schema": schema}
    if example is not None:
        media["example"] = example
    return {"required": bool(required), "content": {"application/json": media}}


def _address_body(body: dict[str, Any]) -> dict[str, Any]:
    """user/address's body: what each action needs besides sub and action (a 422 without it)."""

    def action(name: str, required: list[str], **props: Any) -> dict[str, Any]:
        return {"properties": {"action": {"const": name}, **props}, "required": required}

    needed = {"required": list(ADDRESS_REQUIRED)}
    body["content"]["application/json"]["schema"]["oneOf"] = [
        action("list", []),
        action("create", ["address"], address=needed),
        action("update", ["address_id", "address"]),
        action("delete", ["address_id"]),
    ]
    return body


def _credential_props() -> dict[str, Any]:
    def prop(header: str, what: str) -> dict[str, Any]:
        return {"type": ["string", "null"],
                "description": f"{what}, when not sent in the {header} header (the header wins)."}

    return {"client_id": prop("X-Client-Id", "The Client ID"),
            "domain": prop("X-Client-Domain", "The site's domain"),
            "client_secret": prop("X-Client-Secret", "The client secret")}


def _public_op(summary: str, responses: dict[str, Any], *, body: dict[str, Any] | None = None,
               credentials: bool = True, description: str | None = None) -> dict[str, Any]:
    op: dict[str, Any] = {"summary": summary, "responses": responses}
    if description:
        op["description"] = description
    if body is not None:
        op["requestBody"] = body
        responses.update(_STALLED)
    op["security"] = _SECURITY if credentials else []
    return op


def _ok_example(description: str, data: dict[str, Any], example: dict[str, Any]
                ) -> dict[str, Any]:
    answer = _ok(description, data)
    answer["200"]["content"]["application/json"]["example"] = example
    return answer


EXAMPLE_BASE = "http://127.0.0.1:8765"
EXAMPLE_CALLBACK = "https://example.com/xwms/validateToken"
EXAMPLE_SIGN_TOKEN = {
    "status": "success",
    "message": "Send the user to data.url to log in.",
    "data": {"url": f"{EXAMPLE_BASE}/login/q3X1v9TzR0bQ8mK2wY7nL5cJ4hF6dS1a"},
}
EXAMPLE_USER = {
    "sub": "xu_4f1c2b7e9a03d5e8",
    "name": "Ada Lovelace",
    "given_name": "Ada",
    "family_name": "Lovelace",
    "email": "ada.lovelace@example.net",
    "email_verified": True,
    "picture": f"{EXAMPLE_BASE}/avatars/xu_4f1c2b7e9a03d5e8.svg",
}
EXAMPLE_VERIFIED = {"status": "success", "message": "Login verified.", "data": EXAMPLE_USER}
EXAMPLE_TOKEN_USED = {
    "status": "error",
    "message": "This login token was used already. Each token works once: start a new login.",
    "code": "token_used",
    "data": {},
}


def public_document() -> dict[str, Any]:
    """The public API's document (a fresh dict each time, sharing nothing with this module)."""
    return copy.deepcopy(_public_document())


def _public_document() -> dict[str, Any]:
    text = {"type": "string"}
    verify_refusals = _public_refusals("login", extra={
        "401": ("token_invalid", "token_used", "token_expired")})
    verify_refusals["401"]["content"]["application/json"]["example"] = EXAMPLE_TOKEN_USED
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "XWMS public API (practice sandbox)",
            "version": __version__,
            "description": "The calls a website makes to log its users in with XWMS, as the "
            "practice sandbox answers them: the same paths and envelope as "
            "https://xwms.nl/api/. Every answer is `{status, message, data}`; refusals add a "
            "machine-readable `code` (the sandbox's own; the real XWMS documents none) and, on "
            "422, `errors`. Client credentials go in the headers X-Client-Id, X-Client-Secret "
            "and X-Client-Domain (with Accept: application/json), or as the body fields "
            "client_id, client_secret and domain; the headers win. Request bodies may carry "
            "fields a call does not use: they are ignored. Besides these JSON calls the "
            "sandbox serves the browser's pages, outside /api/: the login page "
            "GET/POST /login/{request_id} (data.url of sign-token; it redirects with 303 to "
            "redirect_url?token=... or ?error=access_denied), its logo "
            "GET /login/{request_id}/logo and the test people's pictures "
            "GET /avatars/{sub}.svg. The management API has its own document at "
            "/api/manage/openapi.json; see docs/api-contract.md. " + _TEXT_RULES,
        },
        "servers": [{"url": "/api", "description": "this sandbox (the real XWMS: "
                     "https://xwms.nl/api)"}],
        "paths": {
            "/openapi.json": {"get": _public_op("This document.", {"200": {
                "description": "OpenAPI 3.1", "content": {"application/json": {}}}, **_FAULTS},
                credentials=False)},
            "/info": {"get": _public_op(
                "What this server is, and where its calls are.",
                {**_ok("Server information", _data(
                    application=_data(name=text, version=text, locale=text, timezone=text,
                                      time={"type": "string", "format": "date-time"}),
                    api=_data(endpoints={"type": "object", "additionalProperties": {
                        "type": "string", "format": "uri"}}),
                    sandbox={"const": True, "description": "Only the sandbox says this."})),
                 **_FAULTS},
                credentials=False)},
            "/sign-token": {"post": _public_op(
                "Start a login: the XWMS login page to send the user to.",
                {**_ok_example(
                    "The login page (a link that works once, for 10 minutes). After the "
                    "person allows, the browser comes back to redirect_url?token=...; after "
                    "Deny, to redirect_url?error=access_denied.",
                    _data(url={"type": "string", "format": "uri"}), EXAMPLE_SIGN_TOKEN),
                 **_public_refusals("login", extra={"400": ("redirect_not_registered",)})},
                body=_public_body(["redirect_url"], {
                    "client_id": "xc_0123456789abcdef0123", "domain": "example.com",
                    "client_secret": "xs_...", "redirect_url": EXAMPLE_CALLBACK},
                    redirect_url=_checked(
                        {"type": "string", "format": "uri",
                         "description": "Exactly one of the domain's active callback URLs."},
                        "exactly one of the domain's active callback URLs (else 400 "
                        "redirect_not_registered)")),
                description="Tokens from the login page are single-use and must be verified "
                "within 5 minutes.")},
            "/sign-token-verify": {"post": _public_op(
                "Verify the login token from the callback: who logged in.",
                {**_ok_example(
                    "The person. Link accounts on `sub`, never on e-mail. The other fields "
                    "come only with the client's `profile` scope. (Some versions of the real "
                    "XWMS nest the person as data.user; the sandbox answers it as data.)",
                    _ref("User"), EXAMPLE_VERIFIED),
                 **verify_refusals},
                body=_public_body(["token"], {"token": "the ?token= value from the callback",
                                              "redirect_url": EXAMPLE_CALLBACK},
                                  token={"type": "string"}),
                description="A token is used up by its first successful verification; refused "
                "verifications leave it usable.")},
            "/get/user/info": {"post": _public_op(
                "More about a person who has logged in to this client (scope userinfo).",
                {**_ok("The person", _data(user=_ref("UserInfo"))),
                 **_public_refusals("api", extra={"403": ("scope_missing",),
                                                  "404": ("not_found",)})},
                body=_public_body(["sub"], sub=text, socials={
                    "type": "boolean", "description": "true: add the linked social accounts."}))},
            "/user/address": {"post": _public_op(
                "A person's postal addresses for this client (scope useraddresses).",
                {**_ok("The addresses (list) or the one address (create, update, delete)",
                       {"oneOf": [
                           _data(addresses={"type": "array", "items": _ref("Address")}),
                           _data(address=_ref("Address"))]}),
                 **_public_refusals("api", extra={"403": ("scope_missing",),
                                                  "404": ("not_found",)})},
                body=_address_body(_public_body(
                    ["sub", "action"], sub=text,
                    action={"enum": ["list", "create", "update", "delete"]},
                    address_id={**_INT_ID, "description": "For update and delete: one of this "
                                "person's addresses (else 404)."},
                    address=_ref("AddressInput"))),
                description="Field errors inside the address are keyed address.<field>; the "
                "parts of an address are checked strictly (an unknown part is refused).")},
            "/global/countries": {"post": _public_op(
                "The countries, by name.",
                {**_ok("Countries", _data(countries={"type": "array", "items": _data(
                    code={"type": "string", "pattern": "^[A-Z]{2}$"}, name=text)})),
                 **_public_refusals("api")},
                body=_public_body([]))},
            "/global/projects": {"get": _public_op(
                "XWMS's projects.",
                {**_ok("Projects", _data(projects={"type": "array", "items": _data(
                    id=text, name=text, description=text,
                    url={"type": "string", "format": "uri"})})), **_FAULTS},
                credentials=False)},
        },
        "components": {
            "securitySchemes": {
                "clientId": {"type": "apiKey", "in": "header", "name": "X-Client-Id",
                             "description": "The Client ID (or the body field client_id)."},
                "clientSecret": {"type": "apiKey", "in": "header", "name": "X-Client-Secret",
                                 "description": "The client secret (or client_secret). Keep "
                                 "it on the server."},
                "clientDomain": {"type": "apiKey", "in": "header", "name": "X-Client-Domain",
                                 "description": "The site's root domain or a subdomain of it "
                                 "(or domain)."},
            },
            "responses": {
                **_request_timeout(),
                "InternalError": {
                    "description": "Something unexpected went wrong inside the sandbox "
                    "(`internal_error`); a plain message, never a traceback.",
                    "content": {"application/json": {"schema": _ref("Error")}}},
                "Unavailable": {
                    "description": "Only with --fault-rate: a simulated outage "
                    "(`unavailable`); try again after Retry-After seconds.",
                    "headers": {"Retry-After": {"schema": {"type": "integer"}}},
                    "content": {"application/json": {"schema": _ref("Error")}}},
            },
            "schemas": _public_schemas(),
        },
    }


def _public_schemas() -> dict[str, Any]:
    text = {"type": "string"}
    stamp = {"type": "string", "format": "date-time"}
    user = {
        "sub": {"type": "string", "description": "The person's stable id (link accounts on it)."},
        "name": text, "given_name": text, "family_name": text,
        "email": {"type": "string", "format": "email"},
        "email_verified": {"type": "boolean"},
        "picture": {"type": "string", "format": "uri"},
    }
    one_line = "trimmed, at most 100 characters; no control characters"
    optional = _checked({"type": ["string", "null"], "maxLength": 100}, one_line)
    required = _checked({"type": "string", "minLength": 1, "maxLength": 100},
                        f"not only spaces; {one_line}")
    return {
        "Error": _schemas()["Error"],
        "User": {"type": "object", "required": ["sub"], "properties": user,
                 "description": "`sub` always; name, given_name, family_name, email, "
                 "email_verified and picture together, with the client's profile scope."},
        "UserInfo": {"type": "object", "required": ["sub", "birth_date", "gender", "country"],
                     "properties": {**user, "birth_date": {"type": "string", "format": "date"},
                                    "gender": text, "country": text,
                                    "socials": {"type": "object", "additionalProperties": text,
                                                "description": "Only with \"socials\": true."}}},
        "Address": _data(id={"type": "integer"}, label=_NULLABLE_STR, street=text,
                         house_number=_NULLABLE_STR, postal_code=text, city=text,
                         country={"type": "string", "pattern": "^[A-Z]{2}$"},
                         created_at=stamp, updated_at=stamp),
        "AddressInput": {
            "type": "object", "additionalProperties": False,
            "description": "create needs street, postal_code, city and country; update takes "
            "any of them (null clears label or house_number).",
            "properties": {"label": optional, "street": required, "house_number": optional,
                           "postal_code": required, "city": required,
                           "country": _checked(
                               {**required, "description": "A code from global/countries, any "
                                "case."}, "a two-letter code from global/countries, any case")}},
    }
