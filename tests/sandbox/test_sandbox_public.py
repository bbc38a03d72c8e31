"""The public API's answers and the login page: info, verify, user info, addresses, lists, HTML."""

from __future__ import annotations

from starlette.applications import Starlette

from tests.helpers.clock import Clock
from tests.helpers.sandbox import ADA, BRAM, MEI, PROFILE_KEYS
from tests.helpers.sandbox_api import CALLBACK, Api, full_setup, login_token, refusal
from xwms_wizard.sandbox.app import create_app

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16


def test_info_says_it_is_a_sandbox(api: Api) -> None:
    data = api.ok("GET", "info")
    assert data["sandbox"] is True
    assert data["application"]["name"] == "XWMS sandbox"
    assert data["application"]["time"] == "2030-06-01T12:00:00Z"
    endpoints = data["api"]["endpoints"]
    assert endpoints["sign-token"] == "http://sandbox.test/api/sign-token"
    assert endpoints["manage/openapi.json"] == "http://sandbox.test/api/manage/openapi.json"


def test_projects_need_nothing_and_countries_need_credentials(owner: Api) -> None:
    projects = owner.ok("GET", "global/projects")["projects"]
    assert projects and all(set(p) == {"id", "name", "description", "url"} for p in projects)
    refusal(owner.post("global/countries"), 400, "missing_credentials")
    setup = full_setup(owner)
    countries = owner.ok("POST", "global/countries", headers=setup.headers())["countries"]
    assert {"code": "NL", "name": "Netherlands"} in countries
    assert [c["name"] for c in countries] == sorted(c["name"] for c in countries)


def test_verify_returns_only_the_scoped_fields(owner: Api) -> None:
    bare = full_setup(owner, scopes=())
    user = owner.ok("POST", "sign-token-verify",
                    json={**bare.creds(), "token": login_token(owner, bare, MEI)})
    assert user == {"sub": MEI}
    profiled = full_setup(owner, scopes=("profile", "userinfo"), root="example.net",
                          callback="https://example.net/cb")
    token = login_token(owner, profiled, BRAM, redirect="https://example.net/cb")
    user = owner.ok("POST", "sign-token-verify", json={"token": token},
                    headers=profiled.headers())
    assert set(user) == PROFILE_KEYS  # userinfo adds nothing here: that is get/user/info
    assert user["sub"] == BRAM and user["name"] == "Bram de Vries"
    assert user["email_verified"] is True
    assert user["picture"] == f"http://sandbox.test/avatars/{BRAM}.svg"
    avatar = owner.get(user["picture"])
    assert avatar.status_code == 200 and avatar.headers["content-type"].startswith("image/svg")
    assert ">BV</text>" in avatar.text  # given name + last word of the family name


def test_subs_are_the_same_in_every_sandbox() -> None:
    subs = []
    for _ in range(2):
        app = create_app(":memory:")
        api = Api(app)
        try:
            setup = full_setup(api)
            token = login_token(api, setup, ADA)
            subs.append(api.ok("POST", "sign-token-verify",
                               json={**setup.creds(), "token": token})["sub"])
        finally:
            api.close()
            app.state.store.close()
    assert subs == ["xu_4f1c2b7e9a03d5e8"] * 2


def test_user_info_with_and_without_socials(owner: Api) -> None:
    setup = full_setup(owner, scopes=("userinfo",))
    refusal(owner.post("get/user/info", json={**setup.creds(), "sub": ADA}), 404, "not_found")
    login_token(owner, setup, ADA)
    user = owner.ok("POST", "get/user/info", json={**setup.creds(), "sub": ADA})["user"]
    assert user == {"sub": ADA, "birth_date": "1990-12-10", "gender": "female", "country": "GB"}
    user = owner.ok("POST", "get/user/info",
                    json={**setup.creds(), "sub": ADA, "socials": True})["user"]
    assert user["socials"] == {"github": "ada-example", "linkedin": "ada-lovelace-example"}


def test_addresses_per_client_and_person(owner: Api) -> None:
    setup = full_setup(owner, scopes=("useraddresses",))
    login_token(owner, setup, ADA)
    call = {**setup.creds(), "sub": ADA}
    assert owner.ok("POST", "user/address", json={**call, "action": "list"}) == {"addresses": []}
    made = owner.ok("POST", "user/address", json={**call, "action": "create", "address": {
        "label": "Home", "street": "Oudegracht", "house_number": "12a", "postal_code": "3511 AB",
        "city": "Utrecht", "country": "nl"}})["address"]
    assert made["country"] == "NL" and made["label"] == "Home"
    changed = owner.ok("POST", "user/address", json={
        **call, "action": "update", "address_id": made["id"],
        "address": {"city": "Amsterdam", "label": None}})["address"]
    assert changed["city"] == "Amsterdam" and changed["label"] is None
    assert changed["street"] == "Oudegracht"
    listed = owner.ok("POST", "user/address", json={**call, "action": "list"})["addresses"]
    assert listed == [changed]
    removed = owner.ok("POST", "user/address",
                       json={**call, "action": "delete", "address_id": made["id"]})["address"]
    assert removed["id"] == made["id"]
    assert owner.ok("POST", "user/address", json={**call, "action": "list"}) == {"addresses": []}
    refusal(owner.post("user/address", json={**call, "action": "delete",
                                             "address_id": made["id"]}), 404, "not_found")


def test_address_input_is_checked(owner: Api) -> None:
    setup = full_setup(owner, scopes=("useraddresses",))
    login_token(owner, setup, ADA)
    call = {**setup.creds(), "sub": ADA}
    body = refusal(owner.post("user/address", json={**call, "action": "create", "address": {
        "street": "", "city": "Utrecht", "country": "XX", "floor": 3}}), 422,
        "validation_failed")
    assert set(body["errors"]) == {"address.floor", "address.postal_code"}
    body = refusal(owner.post("user/address", json={**call, "action": "create", "address": {
        "street": " ", "postal_code": "1", "city": "Utrecht", "country": "XX"}}), 422,
        "validation_failed")
    assert set(body["errors"]) == {"address.street", "address.country"}
    refusal(owner.post("user/address", json={**call, "action": "rename"}), 422,
            "validation_failed")
    refusal(owner.post("user/address", json={**call, "action": "update"}), 422,
            "validation_failed")
    refusal(owner.post("user/address", json={**call, "action": "create"}), 422,
            "validation_failed")


def test_addresses_of_one_client_are_not_another_clients(owner: Api) -> None:
    first = full_setup(owner, scopes=("useraddresses",))
    second = full_setup(owner, scopes=("useraddresses",), root="example.net",
                        callback="https://example.net/cb")
    login_token(owner, first, ADA)
    login_token(owner, second, ADA, redirect="https://example.net/cb")
    owner.ok("POST", "user/address", json={**first.creds(), "sub": ADA, "action": "create",
                                           "address": {"street": "A", "postal_code": "1",
                                                       "city": "B", "country": "BE"}})
    listed = owner.ok("POST", "user/address",
                      json={**second.creds(), "sub": ADA, "action": "list"})
    assert listed == {"addresses": []}


def test_the_login_page_shows_people_scopes_and_logo(owner: Api) -> None:
    setup = full_setup(owner, scopes=("profile", "useraddresses"))
    owner.ok("PUT", f"manage/domains/{setup.domain['id']}/logo", content=PNG,
             headers={"Content-Type": "image/png"})
    url = owner.ok("POST", "sign-token", json={**setup.creds(), "redirect_url": CALLBACK})["url"]
    page = owner.get(url)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    text = page.text
    for name in ("Ada Lovelace", "Bram de Vries", "Mei Chen"):
        assert name in text
    assert f'value="{ADA}" checked' in text
    assert "Read basic user profile" in text and "Access address information" in text
    assert 'name="decision" value="allow"' in text and 'name="decision" value="deny"' in text
    assert "Log in to example.com" in text and setup.client["name"] in text
    logo = owner.get(url + "/logo")
    assert logo.status_code == 200 and logo.content == PNG
    assert "default-src 'none'" in page.headers["content-security-policy"]


def test_a_login_link_works_once_and_for_ten_minutes(owner: Api, clock: Clock) -> None:
    setup = full_setup(owner)
    url = owner.ok("POST", "sign-token", json={**setup.creds(), "redirect_url": CALLBACK})["url"]
    assert owner.post(url, data={"user": ADA, "decision": "allow"}).status_code == 303
    used = owner.get(url)
    assert used.status_code == 410 and "used already" in used.text
    assert owner.post(url, data={"user": ADA, "decision": "allow"}).status_code == 410
    late = owner.ok("POST", "sign-token", json={**setup.creds(), "redirect_url": CALLBACK})["url"]
    clock.advance(minutes=11)
    expired = owner.get(late)
    assert expired.status_code == 410 and "expired" in expired.text
    unknown = owner.get("http://sandbox.test/login/nothing-here")
    assert unknown.status_code == 404 and "not valid" in unknown.text


def test_the_redirect_keeps_the_query_string(owner: Api) -> None:
    callback = "https://example.com/xwms/validateToken?lang=nl&x=a%20b"
    setup = full_setup(owner, callback=callback)
    url = owner.ok("POST", "sign-token", json={**setup.creds(), "redirect_url": callback})["url"]
    answer = owner.post(url, data={"user": ADA, "decision": "allow"})
    location = answer.headers["location"]
    assert location.startswith(callback + "&token=")
    assert len(location) - len(callback + "&token=") >= 40


def test_the_page_escapes_what_the_owner_typed(owner: Api, app: Starlette) -> None:
    setup = full_setup(owner)
    with app.state.store.transaction() as db:  # names the API would refuse, to prove escaping
        db.execute("UPDATE clients SET name = '<script>alert(1)</script>' WHERE id = ?",
                   (setup.client["id"],))
    url = owner.ok("POST", "sign-token", json={**setup.creds(), "redirect_url": CALLBACK})["url"]
    text = owner.get(url).text
    assert "<script>" not in text and "&lt;script&gt;" in text
