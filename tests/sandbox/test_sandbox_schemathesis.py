"""schemathesis over both OpenAPI documents the sandbox serves (the management API's and the public
API's), with every check it has, against a real sandbox on 127.0.0.1: 0 failures.

Each operation is one test, fed a bounded number of examples (EXAMPLES, derandomized: every run
generates the same cases) besides schemathesis's own coverage cases, in both of its modes:
schema-valid data, which must be accepted, and schema-invalid data, which must be refused with
a 4xx. Every answer must have a documented status, content type, headers and body, no 5xx, a
405 with its Allow header, a 401 without the sign-in. (The stateful checks, use_after_free,
ensure_resource_availability and object_level_authorization, have nothing to compare outside
schemathesis's stateful runs.) The figures are printed at the end; docs/reliability.md records
them:

    QT_QPA_PLATFORM=offscreen .venv/bin/pytest tests/sandbox/test_sandbox_schemathesis.py -q

One check of schemathesis is replaced by a stricter reading of the same rule:
`positive_data_acceptance` wants every schema-valid request accepted (or refused only as 401,
403, 404 or 409). Some rules of the sandbox no schema can carry (a callback URL must be on the
domain's root domain, an expiry date after today, a secret the client's own). Those fields say
so in the documents (`x-server-checks`, openapi.CHECKS), and `accepts_schema_valid_data`
lets a schema-valid request be refused only for the value of a field that says so: every
other refusal of schema-valid data is a failure, a field refused for its shape (missing, null,
of the wrong kind) or the Idempotency-Key header included, and so is a 415 for a logo.

`aim` points the cases at what exists (ids 1-3, a person who logged in), so that more of them
get past the first 404; the tests at the end keep each finding of issue 17's campaign directly,
schema and server alike, as the fuzz meets some of them only by chance.
"""

from __future__ import annotations

import collections
import hashlib
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import jsonschema_rs
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from schemathesis.core.parameters import ParameterLocation
from schemathesis.specs.openapi.checks import positive_data_acceptance

from tests.helpers.sandbox import ADA, FREE, OWNER, PASSWORD
from xwms_wizard.practice import SandboxProcess
from xwms_wizard.sandbox.bodies import NOT_STORABLE, is_shape_error
from xwms_wizard.sandbox.openapi import CHECKS, document, public_document

pytestmark = pytest.mark.slow

# Examples per operation; with schemathesis's own coverage cases each operation gets more.
EXAMPLES = 100
FUZZ = settings(max_examples=EXAMPLES, derandomize=True, database=None, deadline=None,
                suppress_health_check=list(HealthCheck))

MANAGE_DOC = document()
PUBLIC_DOC = public_document()
MANAGE = schemathesis.openapi.from_dict(MANAGE_DOC)
PUBLIC = schemathesis.openapi.from_dict(PUBLIC_DOC)

# A logo body is bytes no JSON Schema can describe: generate what the documents say a PNG and
# an SVG are (the PNG signature first; UTF-8 text with an <svg element), so that a schema-valid
# logo is a real one and a 415 for it is a failure.
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
schemathesis.openapi.media_type(
    "image/png", st.binary(max_size=64).map(lambda rest: PNG_SIGNATURE + rest))
schemathesis.openapi.media_type(
    "image/svg+xml",
    st.tuples(st.text(max_size=20), st.text(max_size=20)).map(
        lambda parts: f"{parts[0]}<svg xmlns='http://www.w3.org/2000/svg'>{parts[1]}</svg>"
        .encode()))

# What one run sent: per operation, the cases and their answers by status.
CASES: collections.Counter[str] = collections.Counter()
STATUSES: dict[str, collections.Counter[int]] = collections.defaultdict(collections.Counter)


# --- the stricter reading of positive_data_acceptance -----------------------------------------

ACCEPTED = {401, 403, 404, 409, 429}  # schemathesis's own list, besides 2xx, 3xx and 5xx


def _resolve(doc: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = doc
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = {**{k: v for k, v in node.items() if k != "$ref"}, **target}
    return node


def server_checked(doc: dict[str, Any], case: schemathesis.Case, field: str) -> bool:
    """Whether the request body's `field` ("address.city": a field inside one) carries
    x-server-checks in the operation's document."""
    op = doc["paths"][case.operation.path][case.method.lower()]
    content = op.get("requestBody", {}).get("content", {})
    if "application/json" not in content:
        return False
    node = _resolve(doc, content["application/json"]["schema"])
    for part in field.split("."):
        node = _resolve(doc, node.get("properties", {}).get(part))
        if not isinstance(node, dict):
            return False
    return CHECKS in node


def refused_fields(status: int, body: Any) -> list[str]:
    """The fields a refusal names for their values: `errors` of a 422, `redirect_url` of
    sign-token's 400. A field refused for its shape (missing, null, of the wrong kind: what the
    schema says) is named "<field> (shape)", which no document can excuse."""
    if not isinstance(body, dict):
        return []
    if status == 422 and body.get("code") == "validation_failed":
        errors = body.get("errors") or {}
        return [name if not any(is_shape_error(m) for m in messages) else f"{name} (shape)"
                for name, messages in errors.items()]
    if status == 400 and body.get("code") == "redirect_not_registered":
        return ["redirect_url"]
    return []


def accepts_schema_valid_data(doc: dict[str, Any]) -> Any:
    """The check, for the operations of `doc`."""

    def accepts_schema_valid_data(ctx: Any, response: schemathesis.Response,
                                  case: schemathesis.Case) -> None:
        meta = case.meta
        if meta is None or not meta.generation.mode.is_positive:
            return
        status = response.status_code
        if 200 <= status < 400 or status >= 500 or status in ACCEPTED:
            return
        try:
            body = response.json()
        except ValueError:
            body = None
        fields = refused_fields(status, body)
        unmarked = [f for f in fields if not server_checked(doc, case, f)]
        if not fields or unmarked:
            raise AssertionError(
                f"A schema-valid request was refused with {status}, and not for a field whose "
                f"rule the document states in {CHECKS} (refused: {fields or 'no field'}; "
                f"without that rule: {unmarked}). Answer: {response.text[:400]}")

    return accepts_schema_valid_data


MANAGE_ACCEPTS = accepts_schema_valid_data(MANAGE_DOC)
PUBLIC_ACCEPTS = accepts_schema_valid_data(PUBLIC_DOC)


# --- a real sandbox, with something in it -----------------------------------------------------


@pytest.fixture(scope="module")
def sandbox() -> Iterator[str]:
    with SandboxProcess(db=":memory:") as process:
        yield process.start()
        # Never an error or a traceback in its log, whatever was sent.
        logged = process.stderr_text()
        assert "Traceback" not in logged and "ERROR" not in logged, logged[-4000:]


@pytest.fixture(scope="module")
def owner_token(sandbox: str) -> str:
    """The paid demo account's token, after filling the sandbox so that small ids exist: client
    1, its domain 1 (with a logo), callback URL 1, secret 1 linked to it, role 1, member 1."""
    manage = sandbox + "/api/manage/"
    token = httpx.post(manage + "login", json={"email": OWNER, "password": PASSWORD}
                       ).json()["data"]["token"]
    auth = {"Authorization": f"Bearer {token}"}

    def ok(method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        answer = httpx.request(method, manage + path, headers={**auth, **kwargs.pop(
            "headers", {})}, **kwargs)
        assert answer.status_code in (200, 201), answer.text
        return answer.json()["data"]

    ok("POST", "clients", json={"name": "shop-app"})
    ok("POST", "clients/1/domains", json={"root_domain": "example.com"})
    ok("PUT", "domains/1/logo", content=PNG_SIGNATURE + b"logo",
       headers={"Content-Type": "image/png"})
    ok("POST", "domains/1/urls", json={"url": "https://example.com/cb", "kind": "callback"})
    ok("POST", "clients/1/secrets", json={"label": "fuzz"})
    ok("POST", "domains/1/secret-links", json={"secret_id": 1})
    ok("POST", "clients/1/roles", json={"name": "Support", "permissions": ["view_users"]})
    ok("POST", "clients/1/members", json={"email": FREE, "role_id": 1})
    return token


@pytest.fixture(scope="module")
def credentials(sandbox: str) -> dict[str, str]:
    """Client credentials for the public API, of a client made after the management API's fuzz
    (whatever that switched off or revoked is not this one): headers, as its security says."""
    manage = sandbox + "/api/manage/"
    token = httpx.post(manage + "login", json={"email": OWNER, "password": PASSWORD}
                       ).json()["data"]["token"]
    auth = {"Authorization": f"Bearer {token}"}

    def ok(method: str, path: str, body: dict[str, Any]) -> dict[str, Any]:
        answer = httpx.request(method, manage + path, headers=auth, json=body)
        assert answer.status_code in (200, 201), answer.text
        return answer.json()["data"]

    client = ok("POST", "clients", {"name": "public-fuzz"})["client"]
    domain = ok("POST", f"clients/{client['id']}/domains", {"root_domain": "fuzz.example"}
                )["domain"]
    ok("POST", f"domains/{domain['id']}/urls", {"url": "https://fuzz.example/cb",
                                                "kind": "callback"})
    ok("PUT", f"clients/{client['id']}/scopes", {"scopes": ["profile", "userinfo",
                                                            "useraddresses"]})
    secret = ok("POST", f"clients/{client['id']}/secrets", {})["secret"]
    ok("POST", f"domains/{domain['id']}/secret-links", {"secret_id": secret["id"]})
    headers = {"X-Client-Id": client["client_id"], "X-Client-Secret": secret["secret"],
               "X-Client-Domain": domain["root_domain"]}
    # Ada logs in once, so that get/user/info and user/address know her.
    page = httpx.post(sandbox + "/api/sign-token", headers=headers,
                      json={"redirect_url": "https://fuzz.example/cb"}).json()["data"]["url"]
    back = httpx.post(page, data={"user": ADA, "decision": "allow"})
    token = parse_qs(urlsplit(back.headers["location"]).query)["token"][0]
    verified = httpx.post(sandbox + "/api/sign-token-verify", headers=headers,
                          json={"token": token})
    assert verified.status_code == 200, verified.text
    return headers


@pytest.fixture(scope="module", autouse=True)
def figures(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    if not CASES:
        return
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if reporter is None or capture is None:
        return
    total = sum(CASES.values())
    answered = collections.Counter[int]()
    for counts in STATUSES.values():
        answered.update(counts)
    with capture.global_and_fixture_disabled():
        reporter.write_line("")
        apis = "; ".join(
            f"{api} {sum(1 for k in CASES if k.startswith(api))} operations, "
            f"{sum(n for k, n in CASES.items() if k.startswith(api))} cases"
            for api in ("manage", "public"))
        reporter.write_line(
            f"schemathesis {schemathesis.__version__}: {len(CASES)} operations, {total} cases "
            f"({apis}; {EXAMPLES} examples per operation and schemathesis's coverage cases); "
            "answers: " + ", ".join(f"{status}: {n}" for status, n in sorted(answered.items())))


FOLD = 3  # ids 1 to 3: what the fixtures and the first requests made


def aim(case: schemathesis.Case) -> None:
    """Point a case at what exists, so that the rules behind the first refusal get tested too.
    What schemathesis generated stays as valid, or as invalid, as it was.

    A random id is almost always a 404: in schema-valid cases ids (path parameters, body fields
    named *_id or *_ids) are folded into 1-FOLD. A random `sub` never logged in: in every other
    schema-valid case it becomes Ada's. The generator reuses short Idempotency-Keys ("0") for
    different requests, so most POSTs would stop at 409 idempotency_conflict (a rule that
    tests/sandbox/test_sandbox_idempotency.py and test_the_documents_and_the_server_agree keep):
    a valid key gets the digest of its request added, so that the same request with the same
    key is still a replay and another request is not a conflict."""
    if case.meta is None:
        return
    if case.meta.generation.mode.is_positive:
        for name, value in (case.path_parameters or {}).items():
            case.path_parameters[name] = _fold(value)
        if isinstance(case.body, dict):
            for name, value in case.body.items():
                if name.endswith("_id"):
                    case.body[name] = _fold(value)
                elif name.endswith("_ids") and isinstance(value, list):
                    case.body[name] = [_fold(v) for v in value]
                elif name == "sub" and isinstance(value, str) and len(value) % 2 == 0:
                    case.body[name] = ADA
    key = (case.headers or {}).get("Idempotency-Key")
    if isinstance(key, str) and not case.meta.is_negative_at(ParameterLocation.HEADER):
        request = repr((case.method, case.formatted_path, case.body)).encode("utf-8", "replace")
        case.headers["Idempotency-Key"] = f"{key[:180]}-{hashlib.sha256(request).hexdigest()[:16]}"


def _fold(value: Any) -> Any:
    return 1 + (value - 1) % FOLD if type(value) is int and value >= 1 else value


def _run(case: schemathesis.Case, api: str, base_url: str, headers: dict[str, str],
         accepts: Any) -> None:
    label = f"{api} {case.operation.label}"
    aim(case)
    CASES[label] += 1
    response = case.call(base_url=base_url, headers=headers)
    STATUSES[label][response.status_code] += 1
    case.validate_response(
        response, headers=headers, excluded_checks=[positive_data_acceptance],
        additional_checks=[accepts],
        transport_kwargs={"base_url": base_url, "headers": headers})


@MANAGE.parametrize()
@FUZZ
def test_the_management_api_keeps_its_document(case: schemathesis.Case, sandbox: str,
                                               owner_token: str) -> None:
    _run(case, "manage", sandbox + "/api/manage", {"Authorization": f"Bearer {owner_token}"},
         MANAGE_ACCEPTS)


@PUBLIC.parametrize()
@FUZZ
def test_the_public_api_keeps_its_document(case: schemathesis.Case, sandbox: str,
                                           credentials: dict[str, str]) -> None:
    _run(case, "public", sandbox + "/api", credentials, PUBLIC_ACCEPTS)


def test_the_fuzzed_documents_are_the_served_ones(sandbox: str) -> None:
    assert httpx.get(sandbox + "/api/manage/openapi.json").json() == MANAGE_DOC
    assert httpx.get(sandbox + "/api/openapi.json").json() == PUBLIC_DOC




# --- what the campaign of issue 17 found, each kept directly ----------------------------------
# The fuzz reaches these only by chance, or not at all where a field carries x-server-checks: each
# value below is refused by the document's schema and by the server alike, with its own code and
# a message naming the field.


def _schema_of(doc: dict[str, Any], method: str, path: str, field: str | None = None) -> Any:
    op = doc["paths"][path][method]
    schema = op["requestBody"]["content"]["application/json"]["schema"]
    return schema if field is None else schema["properties"][field]


def _allows(schema: dict[str, Any], value: Any) -> bool:
    return jsonschema_rs.validator_for(schema, validate_formats=True).is_valid(value)


@pytest.fixture(scope="module")
def shop(sandbox: str) -> Iterator[dict[str, Any]]:
    """A client of its own, with a domain, for the direct checks: its ids and a signed-in
    client for the management API."""
    with httpx.Client(base_url=sandbox + "/api/manage/") as manage:
        yield _shop(manage)


def _shop(manage: httpx.Client) -> dict[str, Any]:
    token = manage.post("login", json={"email": OWNER, "password": PASSWORD}
                        ).json()["data"]["token"]
    manage.headers["Authorization"] = f"Bearer {token}"
    client = manage.post("clients", json={"name": "agree-shop"}).json()["data"]["client"]
    domain = manage.post(f"clients/{client['id']}/domains", json={"root_domain": "agree.example"}
                         ).json()["data"]["domain"]
    return {"http": manage, "client": client["id"], "domain": domain["id"]}


def _refused(answer: httpx.Response, status: int, code: str, field: str | None) -> str:
    assert answer.status_code == status, answer.text
    body = answer.json()
    assert body["status"] == "error" and body["code"] == code, body
    assert len(body["message"]) > 20 and "Traceback" not in body["message"], body
    if field is not None:
        assert list(body["errors"]) == [field], body
        assert body["message"].startswith(f"{field}: "), body
    return str(body["message"])


@pytest.mark.parametrize(("method", "path", "doc_path", "field", "value"), [
    ("POST", "clients/{client}/domains", "/clients/{id}/domains", "root_domain", ""),
    ("POST", "domains/{domain}/urls", "/domains/{id}/urls", "url", ""),
    ("PUT", "clients/{client}/scopes", "/clients/{id}/scopes", "scopes", [""]),
    ("POST", "clients/{client}/secrets", "/clients/{id}/secrets", "expires_at", ""),
    ("POST", "clients/{client}/secrets", "/clients/{id}/secrets", "expires_at", "2030-W01-1"),
    ("POST", "clients/{client}/secrets", "/clients/{id}/secrets", "expires_at", " 2031-01-01"),
    ("PATCH", "secrets/{secret}", "/secrets/{id}", "expires_at", ""),
])
def test_an_empty_or_malformed_value_is_refused_by_schema_and_server(
        shop: dict[str, Any], method: str, path: str, doc_path: str, field: str,
        value: Any) -> None:
    body = {field: value}
    if field == "url":
        body["kind"] = "callback"
    assert not _allows(_schema_of(MANAGE_DOC, method.lower(), doc_path), body)
    secret = shop["http"].post(f"clients/{shop['client']}/secrets", json={}).json()["data"]
    where = path.format(client=shop["client"], domain=shop["domain"], secret=secret["secret"]["id"])
    _refused(shop["http"].request(method, where, json=body), 422, "validation_failed", field)


def test_a_patch_without_settings_is_refused_by_schema_and_server(shop: dict[str, Any]) -> None:
    patch = MANAGE_DOC["paths"]["/domains/{id}"]["patch"]["requestBody"]
    assert patch["required"] is True
    assert not _allows(patch["content"]["application/json"]["schema"], {})
    for sent in ({"content": b""}, {"json": {}}):
        answer = shop["http"].patch(f"domains/{shop['domain']}", **sent)
        message = _refused(answer, 422, "validation_failed", None)
        assert message.startswith("Send at least one setting to change: server_ip, "), message
    # a body that {} satisfies may be left out, as the document says (an empty body is {})
    assert MANAGE_DOC["paths"]["/clients/{id}/secrets"]["post"]["requestBody"]["required"] is False
    made = shop["http"].post(f"clients/{shop['client']}/secrets", content=b"")
    assert made.status_code == 201, made.text


def test_idempotency_keys_the_document_allows_are_the_ones_the_server_takes(
        shop: dict[str, Any]) -> None:
    schema = MANAGE_DOC["components"]["parameters"]["IdempotencyKey"]["schema"]
    # (Spaces around a key never reach the server: HTTP drops them from a header's value.)
    for key in ("a", "a b", "~" * 200, "550e8400-e29b-41d4-a716-446655440000"):
        assert _allows(schema, key), key
        answer = shop["http"].post(f"clients/{shop['client']}/secrets", json={"label": key[:60]},
                                   headers={"Idempotency-Key": key})
        assert answer.status_code == 201, (key, answer.text)
    for key in ("x" * 201, b"cl\xc3\xa9", b"tab\tkey", " ", ""):
        shown = key.decode("latin-1") if isinstance(key, bytes) else key
        assert not _allows(schema, shown), key
        if not shown.strip():
            continue  # HTTP sends an empty header value for these
        answer = shop["http"].post(f"clients/{shop['client']}/secrets", json={},
                                   headers={"Idempotency-Key": key})
        _refused(answer, 422, "validation_failed", "Idempotency-Key")


def test_every_post_documents_the_conflict_it_can_answer(sandbox: str) -> None:
    for doc_path, ops in MANAGE_DOC["paths"].items():
        if "post" in ops:
            conflict = ops["post"]["responses"]["409"]["content"]["application/json"]["schema"]
            assert "idempotency_conflict" in conflict["allOf"][1]["properties"]["code"]["enum"], (
                doc_path)
    # login, whose keys are kept per e-mail, answers it too
    login = sandbox + "/api/manage/login"
    headers = {"Idempotency-Key": "agree-login"}
    first = httpx.post(login, json={"email": OWNER, "password": PASSWORD}, headers=headers)
    assert first.status_code == 200, first.text
    again = httpx.post(login, json={"email": OWNER, "password": "other"}, headers=headers)
    _refused(again, 409, "idempotency_conflict", None)


def test_a_lone_surrogate_is_a_422_naming_its_field(shop: dict[str, Any]) -> None:
    assert "lone surrogate" in MANAGE_DOC["info"]["description"]
    assert "lone surrogate" in PUBLIC_DOC["info"]["description"]
    answer = shop["http"].post(f"clients/{shop['client']}/domains",
                               content=b'{"root_domain": "\\ud800.example"}',
                               headers={"Content-Type": "application/json"})
    assert _refused(answer, 422, "validation_failed", "root_domain") == (
        f"root_domain: {NOT_STORABLE}")


@pytest.mark.parametrize(("content_type", "data", "status"), [
    ("image/svg+xml", b"<", 415),
    ("image/svg+xml", b"\xff<svg>", 415),
    ("image/png", b"\x89", 415),
    ("image/svg+xml", b"", 422),
    ("image/svg+xml", "<!-- " + "\u00e9" * 3000 + " --><svg/>", 200),  # <svg past 4 KB
])
def test_a_logo_is_what_the_document_says_it_is(shop: dict[str, Any], content_type: str,
                                                data: bytes | str, status: int) -> None:
    media = MANAGE_DOC["paths"]["/domains/{id}/logo"]["put"]["requestBody"]["content"]
    if content_type == "image/svg+xml" and isinstance(data, bytes):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = None
        assert text is None or not _allows(media[content_type]["schema"], text)
    answer = shop["http"].put(f"domains/{shop['domain']}/logo",
                              content=data.encode() if isinstance(data, str) else data,
                              headers={"Content-Type": content_type})
    assert answer.status_code == status, answer.text
    if status == 415:
        _refused(answer, 415, "unsupported_media_type", None)
    elif status == 422:
        _refused(answer, 422, "validation_failed", "logo")


def test_a_whole_number_written_with_a_point_is_a_whole_number(shop: dict[str, Any]) -> None:
    secret = shop["http"].post(f"clients/{shop['client']}/secrets", json={}).json()["data"]
    answer = shop["http"].post(f"domains/{shop['domain']}/secret-links",
                               json={"secret_id": float(secret["secret"]["id"])})
    assert answer.status_code == 201, answer.text
    assert answer.json()["data"]["link"]["secret"] == secret["secret"]["id"]
