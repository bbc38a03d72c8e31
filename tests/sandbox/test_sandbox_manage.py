"""The management API: sign-in, clients, scopes, domains and toggles, logo, URLs, secrets, links."""

from __future__ import annotations

import re

import pytest
from starlette.applications import Starlette

from tests.helpers.clock import Clock
from tests.helpers.sandbox import FREE, OWNER
from tests.helpers.sandbox_api import CALLBACK, Api, add_paid_account, full_setup, refusal

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
SVG = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>'


def test_login_gives_a_token_and_the_account(api: Api) -> None:
    data = api.login(" Owner@Example.com ")
    assert data["account"] == {"id": 1, "email": OWNER, "plan": "paid", "verified_partner": False}
    assert len(data["token"]) >= 40


def test_a_kept_token_tells_whose_it_is(api: Api, clock: Clock) -> None:
    # GET account: a program that kept the token can sign in again without the password.
    refusal(api.get("manage/account"), 401, "unauthenticated")
    api.login()
    assert api.ok("GET", "manage/account")["account"] == {
        "id": 1, "email": OWNER, "plan": "paid", "verified_partner": False
    }
    api.login(FREE)  # the free plan may ask too: it is not a client route
    assert api.ok("GET", "manage/account")["account"]["plan"] == "free"
    clock.advance(hours=24)
    assert "expired" in refusal(api.get("manage/account"), 401, "unauthenticated")["message"]


def test_wrong_password_is_refused_plainly(api: Api) -> None:
    answer = api.post("manage/login", json={"email": OWNER, "password": "nope"})
    body = refusal(answer, 401, "invalid_credentials")
    assert "e-mail address or password is not right" in body["message"]
    refusal(api.post("manage/login", json={"email": "nobody@example.com", "password": "x"}),
            401, "invalid_credentials")


def test_management_calls_need_a_valid_bearer_token(api: Api, clock: Clock) -> None:
    body = refusal(api.get("manage/clients"), 401, "unauthenticated")
    assert "Authorization: Bearer" in body["message"]
    refusal(api.get("manage/clients", headers={"Authorization": "Bearer made-up"}), 401,
            "unauthenticated")
    refusal(api.get("manage/clients", headers={"Authorization": "Basic abc"}), 401,
            "unauthenticated")
    api.login()
    assert api.get("manage/clients").status_code == 200
    clock.advance(hours=24)
    body = refusal(api.get("manage/clients"), 401, "unauthenticated")
    assert "expired" in body["message"]


def test_clients_are_created_listed_and_fetched(owner: Api) -> None:
    client = owner.ok("POST", "manage/clients", 201, json={"name": "my-company-main-app"})["client"]
    assert set(client) == {"id", "client_id", "name", "created_at"}
    assert re.fullmatch(r"xc_[0-9a-f]{20}", client["client_id"])
    assert client["created_at"] == "2030-06-01T12:00:00Z"
    assert owner.ok("GET", "manage/clients")["clients"] == [client]
    assert owner.ok("GET", f"manage/clients/{client['id']}")["client"] == client
    refusal(owner.get("manage/clients/999"), 404, "not_found")


@pytest.mark.parametrize("name", ["ab", "My-App", "1app", "app_name", "a" * 65, "", "app name"])
def test_bad_client_names_get_a_field_error(owner: Api, name: str) -> None:
    body = refusal(owner.post("manage/clients", json={"name": name}), 422, "validation_failed")
    assert list(body["errors"]) == ["name"]
    assert "lowercase letters, digits and hyphens" in body["errors"]["name"][0]


def test_a_clashing_client_name_is_explained(owner: Api) -> None:
    owner.ok("POST", "manage/clients", 201, json={"name": "shop"})
    body = refusal(owner.post("manage/clients", json={"name": "shop"}), 409, "name_taken")
    assert body["errors"] == {"name": ["You already have a client with this name."]}


def test_another_account_cannot_see_or_touch_my_things(owner: Api, app: Starlette) -> None:
    setup = full_setup(owner)
    add_paid_account(app, "second@example.com", "second-pass")
    other = Api(app)
    try:
        other.login("second@example.com", "second-pass")
        assert other.ok("GET", "manage/clients")["clients"] == []
        for method, path, body in [
            ("GET", f"manage/clients/{setup.client['id']}", None),
            ("GET", f"manage/clients/{setup.client['id']}/secrets", None),
            ("PUT", f"manage/clients/{setup.client['id']}/scopes", {"scopes": []}),
            ("PATCH", f"manage/domains/{setup.domain['id']}", {"active": False}),
            ("GET", f"manage/domains/{setup.domain['id']}/urls", None),
            ("PATCH", f"manage/urls/{setup.url['id']}", {"active": False}),
            ("POST", f"manage/secrets/{setup.secret['id']}/revoke", {}),
        ]:
            body = refusal(other.request(method, path, json=body), 404, "not_found")
            assert "in your account" in body["message"]
        mine = other.ok("POST", "manage/clients", 201, json={"name": "theirs"})["client"]
        theirs = other.ok("POST", f"manage/clients/{mine['id']}/domains", 201,
                          json={"root_domain": "example.org"})["domain"]
        refusal(other.post(f"manage/domains/{theirs['id']}/secret-links",
                           json={"secret_id": setup.secret["id"]}), 422, "validation_failed")
    finally:
        other.close()
    untouched = owner.ok("GET", f"manage/domains/{setup.domain['id']}")["domain"]
    assert untouched["active"] is True
    refusal(owner.get("manage/domains/98765"), 404, "not_found")
    refusal(owner.get(f"manage/domains/{2**70}"), 404, "not_found")


def test_scopes_catalogue_and_client_scopes(owner: Api) -> None:
    catalogue = owner.ok("GET", "manage/scopes")["scopes"]
    assert [s["key"] for s in catalogue] == ["profile", "userinfo", "useraddresses", "providers"]
    assert {s["key"]: s["requires_verification"] for s in catalogue}["providers"] is True
    assert all(set(s) == {"key", "title", "description", "requires_verification"}
               for s in catalogue)
    client = owner.ok("POST", "manage/clients", 201, json={"name": "shop"})["client"]
    path = f"manage/clients/{client['id']}/scopes"
    assert owner.ok("GET", path)["scopes"] == []
    saved = owner.ok("PUT", path, json={"scopes": ["userinfo", "profile", "userinfo"]})
    assert saved["scopes"] == ["profile", "userinfo"]
    assert owner.ok("GET", path)["scopes"] == ["profile", "userinfo"]
    body = refusal(owner.put(path, json={"scopes": ["profile", "email"]}), 422,
                   "validation_failed")
    assert "Unknown scope: email" in body["errors"]["scopes"][0]
    body = refusal(owner.put(path, json={"scopes": ["providers"]}), 403, "verification_required")
    assert "Verified Partner" in body["message"] and body["data"] == {"scopes": ["providers"]}
    assert owner.ok("GET", path)["scopes"] == ["profile", "userinfo"]  # unchanged by refusals
    assert owner.ok("PUT", path, json={"scopes": []})["scopes"] == []


def test_domain_defaults_and_shape(owner: Api) -> None:
    client = owner.ok("POST", "manage/clients", 201, json={"name": "shop"})["client"]
    domain = owner.ok("POST", f"manage/clients/{client['id']}/domains", 201,
                      json={"root_domain": "Example.COM"})["domain"]
    assert re.fullmatch(r"xd_[0-9a-f]{20}", domain["domain_id"])
    assert domain | {"domain_id": "x", "id": 0} == {
        "id": 0, "domain_id": "x", "client": client["id"], "root_domain": "example.com",
        "server_ip": None, "internal_name": None, "allow_login": True, "allow_api": True,
        "active": True, "primary": True, "test_mode": False, "fallback_uri": None,
        "has_logo": False, "created_at": "2030-06-01T12:00:00Z",
    }
    second = owner.ok("POST", f"manage/clients/{client['id']}/domains", 201,
                      json={"root_domain": "example.net"})["domain"]
    assert second["primary"] is False  # only the first domain is primary by default
    listed = owner.ok("GET", f"manage/clients/{client['id']}/domains")["domains"]
    assert [d["root_domain"] for d in listed] == ["example.com", "example.net"]
    body = refusal(owner.post(f"manage/clients/{client['id']}/domains",
                              json={"root_domain": "example.com"}), 409, "domain_taken")
    assert "root_domain" in body["errors"]


def test_every_domain_toggle_can_be_patched(owner: Api) -> None:
    setup = full_setup(owner)
    path = f"manage/domains/{setup.domain['id']}"
    for toggle in ("allow_login", "allow_api", "active", "primary", "test_mode"):
        before = owner.ok("GET", path)["domain"][toggle]
        after = owner.ok("PATCH", path, json={toggle: not before})["domain"]
        assert after[toggle] is (not before), toggle
        assert owner.ok("GET", path)["domain"][toggle] is (not before)
    changed = owner.ok("PATCH", path, json={
        "server_ip": " 2001:DB8::1 ", "internal_name": "Main shop",
        "fallback_uri": "https://shop.example.com/oops"})["domain"]
    assert changed["server_ip"] == "2001:db8::1"
    assert changed["internal_name"] == "Main shop"
    assert changed["fallback_uri"] == "https://shop.example.com/oops"
    cleared = owner.ok("PATCH", path, json={"server_ip": None, "internal_name": "",
                                            "fallback_uri": None})["domain"]
    assert (cleared["server_ip"], cleared["internal_name"], cleared["fallback_uri"]) == (
        None, None, None)
    body = refusal(owner.patch(path, json={"root_domain": "example.org"}), 422,
                   "validation_failed")
    assert "cannot be changed" in body["errors"]["root_domain"][0]


def test_primary_moves_to_the_domain_that_takes_it(owner: Api) -> None:
    setup = full_setup(owner)
    other = owner.ok("POST", f"manage/clients/{setup.client['id']}/domains", 201,
                     json={"root_domain": "example.net", "primary": True})["domain"]
    assert other["primary"] is True
    assert owner.ok("GET", f"manage/domains/{setup.domain['id']}")["domain"]["primary"] is False


@pytest.mark.parametrize("field,value,fragment", [
    ("root_domain", "https://example.com/path", "without https://"),
    ("root_domain", "203.0.113.5", "IP address"),
    ("root_domain", "localhost", "at least one dot"),
    ("root_domain", "-bad-.com", "not a valid domain"),
    ("server_ip", "203.0.113.0/24", "one IPv4 or IPv6 address"),
    ("server_ip", "server.example.com", "one IPv4 or IPv6 address"),
    ("internal_name", "x" * 65, "at most 64"),
    ("internal_name", "two\nlines", "one line"),
    ("fallback_uri", "http://example.com/oops", "https://"),
    ("fallback_uri", "https://elsewhere.org/oops", "on example.com"),
])
def test_domain_fields_are_checked(owner: Api, field: str, value: str, fragment: str) -> None:
    client = owner.ok("POST", "manage/clients", 201, json={"name": "shop"})["client"]
    body = {"root_domain": "example.com", field: value}
    answer = owner.post(f"manage/clients/{client['id']}/domains", json=body)
    errors = refusal(answer, 422, "validation_failed")["errors"]
    assert fragment in errors[field][0], errors


def test_unicode_domains_are_stored_as_punycode(owner: Api) -> None:
    client = owner.ok("POST", "manage/clients", 201, json={"name": "shop"})["client"]
    domain = owner.ok("POST", f"manage/clients/{client['id']}/domains", 201,
                      json={"root_domain": "bücher.example"})["domain"]
    assert domain["root_domain"] == "xn--bcher-kva.example"


def test_logo_upload_and_download(owner: Api) -> None:
    setup = full_setup(owner)
    path = f"manage/domains/{setup.domain['id']}/logo"
    refusal(owner.get(path), 404, "not_found")
    saved = owner.ok("PUT", path, content=PNG, headers={"Content-Type": "image/png"})
    assert saved["domain"]["has_logo"] is True
    image = owner.get(path)
    assert image.status_code == 200 and image.content == PNG
    assert image.headers["content-type"] == "image/png"
    owner.ok("PUT", path, content=SVG, headers={"Content-Type": "image/svg+xml; charset=utf-8"})
    image = owner.get(path)
    assert image.content == SVG and image.headers["content-type"].startswith("image/svg+xml")
    assert "default-src 'none'" in image.headers["content-security-policy"]


@pytest.mark.parametrize("content,content_type,status,code", [
    (b"GIF89a....", "image/gif", 415, "unsupported_media_type"),
    (b"GIF89a....", "image/png", 415, "unsupported_media_type"),  # lies about its type
    (b"<html>not an svg</html>", "image/svg+xml", 415, "unsupported_media_type"),
    (b"\xff\xfe\x00garbage", "image/svg+xml", 415, "unsupported_media_type"),
    (PNG, "", 415, "unsupported_media_type"),
    (b"", "image/png", 422, "validation_failed"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * (1024 * 1024), "image/png", 413, "body_too_large"),
])
def test_bad_logos_are_refused(owner: Api, content: bytes, content_type: str, status: int,
                               code: str) -> None:
    setup = full_setup(owner)
    answer = owner.put(f"manage/domains/{setup.domain['id']}/logo", content=content,
                       headers={"Content-Type": content_type})
    refusal(answer, status, code)
    assert owner.ok("GET", f"manage/domains/{setup.domain['id']}")["domain"]["has_logo"] is False


def test_callback_urls(owner: Api) -> None:
    setup = full_setup(owner)
    path = f"manage/domains/{setup.domain['id']}/urls"
    hook = owner.ok("POST", path, 201, json={"url": "https://api.example.com/hooks/xwms",
                                             "kind": "webhook", "active": False})["url"]
    assert hook["kind"] == "webhook" and hook["active"] is False
    assert [u["url"] for u in owner.ok("GET", path)["urls"]] == [CALLBACK, hook["url"]]
    body = refusal(owner.post(path, json={"url": CALLBACK, "kind": "callback"}), 409, "url_taken")
    assert "url" in body["errors"]
    switched = owner.ok("PATCH", f"manage/urls/{hook['id']}", json={"active": True})["url"]
    assert switched["active"] is True
    refusal(owner.post(path, json={"url": CALLBACK, "kind": "redirect"}), 422,
            "validation_failed")


@pytest.mark.parametrize("url,fragment", [
    ("example.com/xwms/validateToken", "https://"),
    ("https://user:pw@example.com/cb", "user name or password"),
    ("https://example.com/cb#top", "# part"),
    ("https://*.example.com/cb", "Wildcards"),
    ("https://example.org/cb", "on example.com"),
    ("https://notexample.com/cb", "on example.com"),
    ("http://example.com/cb", "https://"),
    ("http://localhost:8000/cb", "Test Mode"),
    ("https://example.com:99999/cb", "not a valid"),
    ("https://example.com/a b", "spaces"),
])
def test_callback_url_rules(owner: Api, url: str, fragment: str) -> None:
    setup = full_setup(owner)
    answer = owner.post(f"manage/domains/{setup.domain['id']}/urls",
                        json={"url": url, "kind": "callback"})
    errors = refusal(answer, 422, "validation_failed")["errors"]
    assert fragment in errors["url"][0], errors


def test_loopback_callbacks_are_fine_in_test_mode(owner: Api) -> None:
    setup = full_setup(owner, test_mode=True)
    for url in ("http://localhost:8000/xwms/validateToken", "http://127.0.0.1/cb",
                "http://[::1]:3000/cb", "https://sub.example.com/cb"):
        owner.ok("POST", f"manage/domains/{setup.domain['id']}/urls", 201,
                 json={"url": url, "kind": "callback"})


def test_secrets_show_their_value_once(owner: Api, clock: Clock) -> None:
    client = owner.ok("POST", "manage/clients", 201, json={"name": "shop"})["client"]
    path = f"manage/clients/{client['id']}/secrets"
    made = owner.ok("POST", path, 201, json={})["secret"]
    assert re.fullmatch(r"xs_[A-Za-z0-9_-]{40}", made["secret"])
    assert made["label"] == "Standard Key" and made["expires_at"] is None
    assert made["hint"] == made["secret"][-4:] and made["revoked"] is False
    dated = owner.ok("POST", path, 201, json={"label": "CI key", "expires_at": "2030-12-31"})
    assert dated["secret"]["expires_at"] == "2030-12-31"
    listed = owner.get(path)
    assert made["secret"] not in listed.text and dated["secret"]["secret"] not in listed.text
    assert [s["label"] for s in listed.json()["data"]["secrets"]] == ["Standard Key", "CI key"]
    assert all("secret" not in s for s in listed.json()["data"]["secrets"])


@pytest.mark.parametrize("body,field,fragment", [
    ({"label": "x" * 65}, "label", "at most 64"),
    ({"expires_at": "2030-06-01"}, "expires_at", "after today"),
    ({"expires_at": "2029-01-01"}, "expires_at", "after today"),
    ({"expires_at": "31-12-2030"}, "expires_at", "YYYY-MM-DD"),
    ({"expires_at": "20301231"}, "expires_at", "YYYY-MM-DD"),
])
def test_secret_fields_are_checked(owner: Api, body: dict, field: str, fragment: str) -> None:
    client = owner.ok("POST", "manage/clients", 201, json={"name": "shop"})["client"]
    answer = owner.post(f"manage/clients/{client['id']}/secrets", json=body)
    errors = refusal(answer, 422, "validation_failed")["errors"]
    assert fragment in errors[field][0]


def test_revoke_and_links(owner: Api) -> None:
    setup = full_setup(owner)
    links = f"manage/domains/{setup.domain['id']}/secret-links"
    assert owner.ok("GET", links)["links"] == [setup.link]
    refusal(owner.post(links, json={"secret_id": setup.secret["id"]}), 409, "already_linked")
    spare = owner.ok("POST", f"manage/clients/{setup.client['id']}/secrets", 201,
                     json={})["secret"]
    revoked = owner.ok("POST", f"manage/secrets/{spare['id']}/revoke", json={})["secret"]
    assert revoked["revoked"] is True
    again = owner.post(f"manage/secrets/{spare['id']}/revoke", json={})
    assert again.status_code == 200 and "already revoked" in again.json()["message"]
    body = refusal(owner.post(links, json={"secret_id": spare["id"]}), 422, "validation_failed")
    assert "revoked" in body["errors"]["secret_id"][0]
    other = full_setup(owner, root="example.net", callback="https://example.net/cb")
    body = refusal(owner.post(links, json={"secret_id": other.secret["id"]}), 422,
                   "validation_failed")
    assert "not a secret of the domain's client" in body["errors"]["secret_id"][0]
    refusal(owner.post(links, json={"secret_id": 424242}), 422, "validation_failed")
    refusal(owner.post("manage/secrets/424242/revoke", json={}), 404, "not_found")
