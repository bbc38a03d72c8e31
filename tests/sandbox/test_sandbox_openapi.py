"""The OpenAPI documents (management and public API) match the routes the app really serves,
both ways, are valid OpenAPI 3.x, and describe the answers the sandbox really gives."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from starlette.applications import Starlette
from starlette.routing import Route

from tests.helpers.sandbox import ADA, PROFILE_KEYS
from tests.helpers.sandbox_api import CALLBACK, Api, full_setup, login_token

SANDBOX = Path(str(resources.files("xwms_wizard.sandbox")))

PREFIX = "/api/manage"


def served(app: Starlette) -> set[tuple[str, str]]:
    pairs = set()
    for route in app.routes:
        if isinstance(route, Route) and route.path.startswith(PREFIX + "/"):
            path = re.sub(r"\{(\w+):\w+\}", r"{\1}", route.path[len(PREFIX):])
            pairs.update((method.lower(), path) for method in route.methods or ()
                         if method != "HEAD")
    return pairs


def test_every_management_route_is_documented_and_nothing_else(api: Api, app: Starlette) -> None:
    document = api.get("manage/openapi.json").json()
    assert document["openapi"] == "3.1.0"
    assert document["servers"] == [{"url": PREFIX}]
    documented = {(method, path) for path, ops in document["paths"].items() for method in ops}
    assert documented == served(app)
    assert len(documented) == 34


def test_the_document_is_consistent(api: Api) -> None:
    document = api.get("manage/openapi.json").json()
    schemas = document["components"]["schemas"]
    text = str(document)
    for name in re.findall(r"#/components/schemas/(\w+)", text):
        assert name in schemas, name
    for path, ops in document["paths"].items():
        for method, op in ops.items():
            assert op["summary"] and op["responses"], (method, path)
            params = {p.get("name") for p in op.get("parameters", []) if "name" in p}
            if "{id}" in path:
                assert "id" in params, (method, path)
            if method == "post":
                assert {"$ref": "#/components/parameters/IdempotencyKey"} in op["parameters"]
    # the documented Domain fields are the ones the API returns
    assert set(schemas["Domain"]["properties"]) == {
        "id", "domain_id", "client", "root_domain", "server_ip", "internal_name", "allow_login",
        "allow_api", "active", "primary", "test_mode", "fallback_uri", "has_logo", "created_at"}


def test_the_document_needs_no_sign_in(api: Api) -> None:
    assert api.token is None
    assert api.get("manage/openapi.json").status_code == 200


# --- both documents are valid OpenAPI 3.x ----------------------------------------------------

METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}


def resolve(document: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/"), ref
        node = document
        for part in ref[2:].split("/"):
            node = node[part]
    return node


def walk(node: Any) -> Iterator[Any]:
    yield node
    if isinstance(node, dict):
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)


def assert_valid_openapi(document: dict[str, Any]) -> None:
    """The structure OpenAPI 3.x requires, as far as client generators rely on it."""
    assert re.fullmatch(r"3\.\d+\.\d+", document["openapi"])
    assert isinstance(document["info"]["title"], str) and isinstance(
        document["info"]["version"], str)
    for node in walk(document):  # every $ref resolves
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            resolve(document, node)
    schemes = document.get("components", {}).get("securitySchemes", {})
    for scheme in schemes.values():
        assert scheme["type"] in ("apiKey", "http", "oauth2", "openIdConnect", "mutualTLS")
        if scheme["type"] == "apiKey":
            assert scheme["in"] in ("header", "query", "cookie") and scheme["name"]
    operation_ids = []
    for path, item in document["paths"].items():
        assert path.startswith("/"), path
        assert set(item) <= METHODS | {"summary", "description", "servers", "parameters"}
        for method, op in item.items():
            if method not in METHODS:
                continue
            where = (method, path)
            params = [resolve(document, p) for p in op.get("parameters", [])]
            for param in params:
                assert param["in"] in ("query", "header", "path", "cookie"), where
                assert param["name"] and ("schema" in param or "content" in param), where
            path_params = {p["name"] for p in params if p["in"] == "path"}
            assert path_params == set(re.findall(r"\{(\w+)\}", path)), where
            assert all(p["required"] is True for p in params if p["in"] == "path"), where
            if "requestBody" in op:
                assert resolve(document, op["requestBody"])["content"], where
            for requirement in op.get("security", document.get("security", [])):
                assert set(requirement) <= set(schemes), where
            assert op["responses"], where
            for status, answer in op["responses"].items():
                assert re.fullmatch(r"default|[1-5](\d\d|XX)", status), (where, status)
                answer = resolve(document, answer)
                assert isinstance(answer["description"], str), (where, status)
                for media in answer.get("content", {}).values():
                    assert set(media) <= {"schema", "example", "examples", "encoding"}, where
            if "operationId" in op:
                operation_ids.append(op["operationId"])
    assert len(operation_ids) == len(set(operation_ids))


@pytest.mark.parametrize("url", ["openapi.json", "manage/openapi.json"])
def test_both_documents_are_valid_openapi(api: Api, url: str) -> None:
    answer = api.get(url)
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/json"
    assert_valid_openapi(json.loads(answer.text))


# --- the public API's document ----------------------------------------------------------------

# Pages for the browser, outside /api/: named in the public document's description, not in its
# paths (a client generated from it has no use for them). A new route must be documented in one
# of the two documents, or added here and to that description.
BROWSER_PAGES = {("get", "/login/{request_id}"), ("post", "/login/{request_id}"),
                 ("get", "/login/{request_id}/logo"), ("get", "/avatars/{sub}.svg")}


def all_routes(app: Starlette) -> set[tuple[str, str]]:
    pairs = set()
    for route in app.routes:
        assert isinstance(route, Route), route
        path = re.sub(r"\{(\w+):\w+\}", r"{\1}", route.path)
        pairs.update((method.lower(), path) for method in route.methods or ()
                     if method != "HEAD")
    return pairs


def test_every_route_is_documented_somewhere(api: Api, app: Starlette) -> None:
    public = api.get("openapi.json").json()
    assert public["servers"][0]["url"] == "/api"
    documented = {(method, "/api" + path) for path, ops in public["paths"].items()
                  for method in ops}
    manage = {(method, PREFIX + path) for method, path in served(app)}
    assert documented.isdisjoint(manage)
    assert all_routes(app) == documented | manage | BROWSER_PAGES
    assert documented == {(m, "/api/" + p) for m, p in (
        ("get", "openapi.json"), ("get", "info"), ("post", "sign-token"),
        ("post", "sign-token-verify"), ("post", "get/user/info"), ("post", "user/address"),
        ("post", "global/countries"), ("get", "global/projects"))}
    for method, path in BROWSER_PAGES:
        assert f"{method.upper()} {path}" in public["info"]["description"] or (
            f"GET/POST {path}" in public["info"]["description"]), path
    # and the comparison does notice a route nobody documented
    app.router.routes.append(Route("/api/global/news", lambda request: None, methods=["GET"]))
    assert all_routes(app) - (documented | manage | BROWSER_PAGES) == {
        ("get", "/api/global/news")}


def test_the_public_document_is_listed_and_needs_nothing(api: Api) -> None:
    endpoints = api.ok("GET", "info")["api"]["endpoints"]
    assert endpoints["openapi.json"] == "http://sandbox.test/api/openapi.json"
    document = api.get("openapi.json").json()
    assert document["openapi"] == "3.1.0" and "public" in document["info"]["title"]


def test_public_bodies_take_extras_and_name_the_credentials(api: Api) -> None:
    document = api.get("openapi.json").json()
    schemes = document["components"]["securitySchemes"]
    assert {s["name"] for s in schemes.values()} == {"X-Client-Id", "X-Client-Secret",
                                                     "X-Client-Domain"}
    for path, ops in document["paths"].items():
        for method, op in ops.items():
            if method == "post":
                schema = op["requestBody"]["content"]["application/json"]["schema"]
                assert schema["additionalProperties"] is True, path
                assert {"client_id", "domain", "client_secret"} <= set(schema["properties"])
                assert op["security"] == [{name: [] for name in schemes}, {}], path
                assert {"200", "400", "401", "403", "413", "422", "500", "503"} <= set(
                    op["responses"]), path
            else:
                assert op["security"] == [], path
    verify = document["paths"]["/sign-token-verify"]["post"]
    user = resolve(document, verify["responses"]["200"]["content"]["application/json"][
        "schema"]["properties"]["data"])
    assert set(user["properties"]) == PROFILE_KEYS and user["required"] == ["sub"]


def _refusal_codes(document: dict[str, Any]) -> set[tuple[int, str]]:
    pairs = set()
    for ops in document["paths"].values():
        for op in ops.values():
            for status, answer in op["responses"].items():
                for part in walk(resolve(document, answer)):
                    if isinstance(part, dict) and "code" in part.get("properties", {}):
                        for code in part["properties"]["code"].get("enum", []):
                            pairs.add((int(status), code))
    return pairs


def test_every_refusal_the_public_code_raises_is_documented(api: Api) -> None:
    document = api.get("openapi.json").json()
    documented = _refusal_codes(document)
    raised = set()
    for module in ("public", "rules", "bodies"):
        source = (SANDBOX / f"{module}.py").read_text("utf-8")
        raised.update((int(s), c) for s, c in re.findall(r'ApiError\(\s*(\d+),\s*"(\w+)"',
                                                          source))
    raised.add((422, "validation_failed"))
    assert raised <= documented, raised - documented
    assert documented <= raised, documented - raised


# A small JSON Schema check (the keywords the documents use), for comparing real answers with the
# document without a new dependency.

FORMATS = {
    "uri": r"https?://[^\s/]+(/\S*)?",
    "date": r"\d{4}-\d{2}-\d{2}",
    "date-time": r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})",
    "email": r"[^@\s]+@[^@\s]+\.[^@\s]+",
}
TYPES = {"object": dict, "array": list, "string": str, "boolean": bool, "null": type(None)}


def schema_errors(document: dict[str, Any], schema: Any, value: Any, at: str = "$") -> list[str]:
    schema = resolve(document, schema)
    errors: list[str] = []
    if "type" in schema:
        kinds = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]

        def fits(kind: str) -> bool:
            if kind == "integer":
                return type(value) is int
            if kind == "number":
                return type(value) in (int, float)
            return type(value) is TYPES[kind]

        if not any(fits(k) for k in kinds):
            return [f"{at}: {value!r} is not {kinds}"]
    if "const" in schema and value != schema["const"]:
        errors.append(f"{at}: {value!r} is not {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{at}: {value!r} is not one of {schema['enum']}")
    if isinstance(value, str):
        if "pattern" in schema and not re.search(schema["pattern"], value):
            errors.append(f"{at}: {value!r} does not match {schema['pattern']}")
        if "format" in schema and not re.fullmatch(FORMATS[schema["format"]], value):
            errors.append(f"{at}: {value!r} is not a {schema['format']}")
        if len(value) < schema.get("minLength", 0) or len(value) > schema.get("maxLength",
                                                                               len(value)):
            errors.append(f"{at}: {value!r} has the wrong length")
    if type(value) is int and value < schema.get("minimum", value):
        errors.append(f"{at}: {value} is below {schema['minimum']}")
    if isinstance(value, dict):
        props = schema.get("properties", {})
        errors += [f"{at}: {name} is missing" for name in schema.get("required", [])
                   if name not in value]
        for name, item in value.items():
            if name in props:
                errors += schema_errors(document, props[name], item, f"{at}.{name}")
            elif schema.get("additionalProperties") is False:
                errors.append(f"{at}: {name} is not allowed")
            elif isinstance(schema.get("additionalProperties"), dict):
                errors += schema_errors(document, schema["additionalProperties"], item,
                                        f"{at}.{name}")
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            errors += schema_errors(document, schema["items"], item, f"{at}[{i}]")
    for part in schema.get("allOf", []):
        errors += schema_errors(document, part, value, at)
    if "oneOf" in schema:
        fitting = [p for p in schema["oneOf"] if not schema_errors(document, p, value, at)]
        if len(fitting) != 1:
            errors.append(f"{at}: fits {len(fitting)} of the oneOf schemas, not exactly 1")
    return errors


def test_the_schema_check_can_say_no(api: Api) -> None:
    document = api.get("openapi.json").json()
    user = {"$ref": "#/components/schemas/User"}
    assert schema_errors(document, user, {"sub": "xu_1"}) == []
    assert schema_errors(document, user, {"name": "Ada"}) == ["$: sub is missing"]
    assert schema_errors(document, user, {"sub": "xu_1", "email_verified": "yes"})
    assert schema_errors(document, user, {"sub": "xu_1", "picture": "not a url"})
    address = {"$ref": "#/components/schemas/AddressInput"}
    assert schema_errors(document, address, {"floor": 3}) == ["$: floor is not allowed"]


def documented_answer(document: dict[str, Any], method: str, path: str,
                      answer: httpx.Response) -> dict[str, Any]:
    """The JSON of `answer`, checked against what the document says for its status."""
    op = document["paths"][path][method]
    status = str(answer.status_code)
    assert status in op["responses"], (method, path, status, answer.text)
    media = resolve(document, op["responses"][status])["content"]["application/json"]
    body = answer.json()
    assert schema_errors(document, media["schema"], body) == [], (method, path, body)
    return body


def test_every_example_fits_its_schema(api: Api) -> None:
    document = api.get("openapi.json").json()
    examples = 0
    for ops in document["paths"].values():
        for op in ops.values():
            media = [op.get("requestBody", {}).get("content", {}).get("application/json", {})]
            media += [resolve(document, a).get("content", {}).get("application/json", {})
                      for a in op["responses"].values()]
            for one in media:
                if "example" in one:
                    examples += 1
                    assert schema_errors(document, one["schema"], one["example"]) == []
    assert examples >= 5


def test_sign_token_and_verify_answer_as_documented(owner: Api) -> None:
    document = owner.get("openapi.json").json()
    setup = full_setup(owner)
    sign_token = document["paths"]["/sign-token"]["post"]
    # the request example, with this setup's values, is accepted as it is
    example = sign_token["requestBody"]["content"]["application/json"]["example"]
    sent = {**example, **setup.creds()}
    body = documented_answer(document, "post", "/sign-token", owner.post("sign-token", json=sent))
    shown = sign_token["responses"]["200"]["content"]["application/json"]["example"]
    assert body["message"] == shown["message"]
    login_url = r"^http://[^/]+/login/[A-Za-z0-9_-]{32}$"
    assert re.match(login_url, body["data"]["url"]) and re.match(login_url, shown["data"]["url"])

    answer = owner.post(body["data"]["url"], data={"user": ADA, "decision": "allow"})
    token = parse_qs(urlsplit(answer.headers["location"]).query)["token"][0]
    verify = document["paths"]["/sign-token-verify"]["post"]
    example = verify["requestBody"]["content"]["application/json"]["example"]
    assert set(example) == {"token", "redirect_url"}  # the Laravel package's shape
    answer = owner.post("sign-token-verify", json={**example, "token": token},
                        headers=setup.headers())
    body = documented_answer(document, "post", "/sign-token-verify", answer)
    shown = verify["responses"]["200"]["content"]["application/json"]["example"]
    base = shown["data"]["picture"].split("/avatars/")[0]
    assert json.loads(json.dumps(body).replace("http://sandbox.test", base)) == shown

    # refusals are as documented, down to the example of a used token
    answer = owner.post("sign-token-verify", json={"token": token}, headers=setup.headers())
    assert documented_answer(document, "post", "/sign-token-verify", answer) == (
        verify["responses"]["401"]["content"]["application/json"]["example"])
    for path, sent, code in (
        ("/sign-token-verify", {"token": "nope"}, "token_invalid"),
        ("/sign-token-verify", {}, "validation_failed"),
        ("/sign-token", {"redirect_url": CALLBACK + "/"}, "redirect_not_registered"),
        ("/sign-token", {"redirect_url": None}, "validation_failed"),
    ):
        answer = owner.post(path[1:], json=sent, headers=setup.headers())
        assert documented_answer(document, "post", path, answer)["code"] == code
    for path in ("/sign-token", "/sign-token-verify"):
        answer = owner.post(path[1:], json={"token": "t", "redirect_url": CALLBACK})
        assert documented_answer(document, "post", path, answer)["code"] == "missing_credentials"
        answer = owner.post(path[1:], content=b"{bad")
        assert documented_answer(document, "post", path, answer)["code"] == "bad_json"
        answer = owner.post(path[1:], json={"token": "t", "redirect_url": CALLBACK},
                            headers={**setup.headers(), "X-Client-Secret": "xs_wrong"})
        assert documented_answer(document, "post", path, answer)["code"] == "invalid_secret"


def test_the_other_public_answers_are_as_documented(owner: Api) -> None:
    document = owner.get("openapi.json").json()
    bare = full_setup(owner, scopes=())
    documented_answer(document, "post", "/sign-token-verify", owner.post(
        "sign-token-verify", json={"token": login_token(owner, bare, ADA)},
        headers=bare.headers()))
    setup = full_setup(owner, scopes=("profile", "userinfo", "useraddresses"), root="example.net",
                       callback="https://example.net/cb")
    headers = setup.headers()
    documented_answer(document, "get", "/info", owner.get("info"))
    documented_answer(document, "get", "/global/projects", owner.get("global/projects"))
    documented_answer(document, "post", "/global/countries",
                      owner.post("global/countries", headers=headers))
    documented_answer(document, "post", "/get/user/info",
                      owner.post("get/user/info", json={"sub": ADA}, headers=headers))  # 404
    login_token(owner, setup, ADA, redirect="https://example.net/cb")
    for sent in ({"sub": ADA}, {"sub": ADA, "socials": True}):
        documented_answer(document, "post", "/get/user/info",
                          owner.post("get/user/info", json=sent, headers=headers))
    address = {"street": "Oudegracht", "postal_code": "3511 AB", "city": "Utrecht",
               "country": "nl"}
    made = documented_answer(document, "post", "/user/address", owner.post(
        "user/address", json={"sub": ADA, "action": "create", "address": address},
        headers=headers))["data"]["address"]
    for sent in ({"action": "list"}, {"action": "update", "address_id": made["id"],
                                      "address": {"label": "Home"}},
                 {"action": "delete", "address_id": made["id"]},
                 {"action": "delete", "address_id": made["id"]},  # 404
                 {"action": "create", "address": {**address, "floor": 2}}):  # 422
        documented_answer(document, "post", "/user/address", owner.post(
            "user/address", json={"sub": ADA, **sent}, headers=headers))
    documented_answer(document, "post", "/user/address", owner.post(
        "user/address", json={"sub": ADA, "action": "list"}, headers=bare.headers()))  # 403


def test_every_refusal_the_management_code_raises_is_documented(api: Api) -> None:
    document = api.get("manage/openapi.json").json()
    documented = _refusal_codes(document)
    source = (SANDBOX / "manage.py").read_text("utf-8")
    raised = {(int(s), c) for s, c in re.findall(r'ApiError\(\s*(\d+),\s*"(\w+)"', source)}
    raised |= {(422, "validation_failed"), (400, "bad_json"), (413, "body_too_large"),
               (409, "idempotency_conflict")}
    assert raised <= documented, raised - documented
    # a member's refusal is documented on every route that names a member permission
    for path, ops in document["paths"].items():
        for method, op in ops.items():
            if "(member: " in op["summary"]:
                codes = _refusal_codes({"paths": {path: {method: op}}})
                assert (403, "permission_required") in codes, (method, path)


def test_the_dashboard_answers_are_as_documented(owner: Api) -> None:
    document = owner.get("manage/openapi.json").json()
    setup = full_setup(owner)
    cid = setup.client["id"]
    owner.post("sign-token-verify", json={"token": login_token(owner, setup, ADA)},
               headers=setup.headers())
    base = f"manage/clients/{cid}"
    calls = [
        ("get", "/clients/{id}/users", "GET", f"{base}/users", None),
        ("post", "/clients/{id}/user-requests", "POST", f"{base}/user-requests",
         {"email": "mei.chen@example.net", "kind": "test"}),
        ("post", "/clients/{id}/user-requests", "POST", f"{base}/user-requests",
         {"email": "mei.chen@example.net", "kind": "test"}),  # 409
        ("get", "/clients/{id}/user-requests", "GET", f"{base}/user-requests", None),
        ("post", "/clients/{id}/verification-requests", "POST",
         f"{base}/verification-requests",
         {"domain_ids": [setup.domain["id"]], "scopes": ["providers"], "notes": None}),
        ("get", "/clients/{id}/verification-requests", "GET", f"{base}/verification-requests",
         None),
        ("post", "/clients/{id}/roles", "POST", f"{base}/roles",
         {"name": "Support", "permissions": ["view_users"]}),
        ("get", "/clients/{id}/roles", "GET", f"{base}/roles", None),
        ("post", "/clients/{id}/members", "POST", f"{base}/members",
         {"email": "free@example.com", "role_id": 1}),
        ("post", "/clients/{id}/members", "POST", f"{base}/members",
         {"email": "owner@example.com", "role_id": 1}),  # 409
        ("get", "/clients/{id}/members", "GET", f"{base}/members", None),
        ("delete", "/clients/{id}/members/{member_id}", "DELETE", f"{base}/members/1", None),
        ("delete", "/clients/{id}/members/{member_id}", "DELETE", f"{base}/members/1", None),
    ]
    statuses = []
    for method, path, verb, url, body in calls:
        answer = owner.request(verb, url, **({"json": body} if body is not None else {}))
        documented_answer(document, method, path, answer)
        statuses.append(answer.status_code)
    assert statuses == [200, 201, 409, 200, 201, 200, 201, 200, 201, 409, 200, 200, 404]
