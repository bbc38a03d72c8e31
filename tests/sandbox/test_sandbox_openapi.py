"""The OpenAPI document matches the management routes the app really serves, both ways."""

from __future__ import annotations

import re

from starlette.applications import Starlette
from starlette.routing import Route

from tests.helpers.sandbox_api import Api

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
    assert len(documented) == 24


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
