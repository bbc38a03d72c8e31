"""The public API ignores body fields it does not use, as the real XWMS does; the management API
stays strict. The request shapes are the ones XWMS's own clients send: the Laravel package's
XwmsApiHelper adds redirect_url to every POST (sign-token-verify included) and sends the
credentials as headers with Accept: application/json; the plain-PHP helper and the Python guide
send the credentials in the body too, with extras of their own."""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.helpers.sandbox import ADA, PROFILE_KEYS
from tests.helpers.sandbox_api import CALLBACK, Api, Setup, full_setup, login_token, refusal

SANDBOX_LOG = "xwms_wizard.sandbox"


def laravel_post(api: Api, setup: Setup, path: str, body: dict[str, Any]) -> dict[str, Any]:
    """A POST as XwmsApiHelper makes it: credentials in headers, redirect_url added to the body.
    The `data` of the answer, which must be a success."""
    return api.ok("POST", path, json={**body, "redirect_url": CALLBACK},
                  headers=setup.headers())


def test_a_laravel_login_round_trip(owner: Api) -> None:
    setup = full_setup(owner)
    assert set(setup.headers()) == {"X-Client-Id", "X-Client-Domain", "X-Client-Secret",
                                    "Accept"}
    # 1. sign-token: the body holds only redirect_url; the credentials are headers
    url = laravel_post(owner, setup, "sign-token", {})["url"]
    # 2. the person sees the practice login page, picks Ada and allows
    page = owner.get(url)
    assert page.status_code == 200 and 'name="user"' in page.text
    answer = owner.post(url, data={"user": ADA, "decision": "allow"})
    assert answer.status_code == 303, answer.text
    location = urlsplit(answer.headers["location"])
    assert location._replace(query="").geturl() == CALLBACK
    token = parse_qs(location.query)["token"][0]
    # 3. sign-token-verify with {"token", "redirect_url"}: the extra is ignored, the login holds
    user = laravel_post(owner, setup, "sign-token-verify", {"token": token})
    assert set(user) == PROFILE_KEYS
    assert user["sub"] == ADA and user["name"] == "Ada Lovelace"
    # ... and the token was really used: ignoring the extra skipped no rule
    again = owner.post("sign-token-verify", json={"token": token, "redirect_url": CALLBACK},
                       headers=setup.headers())
    refusal(again, 401, "token_used")


def test_sign_token_with_credentials_in_headers_and_body_and_extras(owner: Api) -> None:
    setup = full_setup(owner)
    body = {**setup.creds(), "redirect_url": CALLBACK, "state": "a1b2c3", "scopes": ["profile"],
            "locale": None, "options": {"prompt": "login"}}
    data = owner.ok("POST", "sign-token", json=body, headers=setup.headers())
    assert set(data) == {"url"} and data["url"].startswith("http://sandbox.test/login/")
    # the login it started works
    answer = owner.post(data["url"], data={"user": ADA, "decision": "allow"})
    assert answer.status_code == 303
    # the extras change no rule: a wrong redirect_url is still refused, and so is a bad secret
    refusal(owner.post("sign-token", json={**body, "redirect_url": CALLBACK + "/"},
                       headers=setup.headers()), 400, "redirect_not_registered")
    refusal(owner.post("sign-token", json={**body, "client_secret": "xs_wrong"}), 401,
            "invalid_secret")


def test_every_public_post_ignores_extras(owner: Api) -> None:
    setup = full_setup(owner, scopes=("profile", "userinfo", "useraddresses"))
    extras = {"redirect_url": CALLBACK, "unused": {"nested": [1, None]}}
    for credentials in ({"headers": setup.headers()}, {}):  # in the headers, then in the body
        in_body = {} if credentials else setup.creds()
        calls: list[tuple[str, dict[str, Any]]] = [
            ("sign-token-verify", {"token": login_token(owner, setup, ADA)}),
            ("get/user/info", {"sub": ADA}),
            ("user/address", {"sub": ADA, "action": "list"}),
            ("global/countries", {}),
            ("sign-token", {}),  # here redirect_url is a known field, and must be registered
        ]
        for path, body in calls:
            owner.ok("POST", path, json={**in_body, **body, **extras}, **credentials)


@pytest.mark.parametrize("body,errors", [
    ({"redirect_url": CALLBACK}, {"token": ["This field is required."]}),
    ({"token": None, "redirect_url": CALLBACK},
     {"token": ["This field cannot be null; give a value."]}),
    ({"token": 42, "redirect_url": CALLBACK}, {"token": ["This must be text (in quotes)."]}),
    ({"token": "t", "client_id": ["xc_"], "extra": 1},
     {"client_id": ["This must be text (in quotes)."]}),
])
def test_known_fields_keep_their_checks(owner: Api, body: dict[str, Any],
                                        errors: dict[str, list[str]]) -> None:
    setup = full_setup(owner)
    answer = owner.post("sign-token-verify", json=body, headers=setup.headers())
    assert refusal(answer, 422, "validation_failed")["errors"] == errors


def test_a_nested_address_stays_strict(owner: Api) -> None:
    setup = full_setup(owner, scopes=("useraddresses",))
    login_token(owner, setup, ADA)
    answer = owner.post("user/address", headers=setup.headers(), json={
        "sub": ADA, "action": "create", "redirect_url": CALLBACK,
        "address": {"street": "A", "postal_code": "1", "city": "B", "country": "NL",
                    "floor": 3}})
    assert list(refusal(answer, 422, "validation_failed")["errors"]) == ["address.floor"]


def test_the_management_api_stays_strict(owner: Api) -> None:
    answer = owner.post("manage/clients", json={"name": "shop-extra", "redirect_url": CALLBACK})
    body = refusal(answer, 422, "validation_failed")
    assert list(body["errors"]) == ["redirect_url"]
    assert "not known here" in body["errors"]["redirect_url"][0]
    assert "redirect_url" in body["message"]
    setup = full_setup(owner)
    answer = owner.post(f"manage/domains/{setup.domain['id']}/urls",
                        headers={"Idempotency-Key": "extra-url-1"},
                        json={"url": CALLBACK + "2", "kind": "callback", "state": "x"})
    assert list(refusal(answer, 422, "validation_failed")["errors"]) == ["state"]
    login = owner.post("manage/login", json={"email": "owner@example.com",
                                             "password": "practice", "remember": True})
    assert list(refusal(login, 422, "validation_failed")["errors"]) == ["remember"]


def test_ignored_fields_are_logged_by_name_never_by_value(owner: Api, caplog) -> None:
    setup = full_setup(owner)
    token = login_token(owner, setup, ADA)
    caplog.set_level(logging.INFO, logger=SANDBOX_LOG)
    caplog.clear()
    hidden = "hush-" + setup.value  # a secret a careless client put in a field of its own
    owner.ok("POST", "sign-token-verify", headers=setup.headers(),
             json={"token": token, "redirect_url": CALLBACK, "api_key": hidden,
                   "bad\nname": "x"})
    # first the point of it all: no value reaches the log, however it is spelt
    for value in (hidden, setup.value, CALLBACK, token):
        assert value not in caplog.text
        assert all(value not in str(r.args) for r in caplog.records)
    lines = [r for r in caplog.records if r.name == SANDBOX_LOG]
    assert len(lines) == 1 and lines[0].levelno == logging.INFO
    message = lines[0].getMessage()
    assert message.startswith("POST /api/sign-token-verify: ignored body field(s)")
    assert '"redirect_url"' in message and '"api_key"' in message
    assert '"bad\\nname"' in message and "\n" not in message  # one line, whatever the name
    # a call without extras logs nothing
    caplog.clear()
    owner.ok("POST", "sign-token", json={"redirect_url": CALLBACK}, headers=setup.headers())
    assert not [r for r in caplog.records if r.name == SANDBOX_LOG]


def test_many_or_long_names_are_cut_short_in_the_log(owner: Api, caplog) -> None:
    setup = full_setup(owner)
    caplog.set_level(logging.INFO, logger=SANDBOX_LOG)
    names = {f"extra_{i}": i for i in range(30)}
    names["x" * 5000] = 1
    owner.ok("POST", "global/countries", headers=setup.headers(), json=names)
    (line,) = [r.getMessage() for r in caplog.records if r.name == SANDBOX_LOG]
    assert line.startswith("POST /api/global/countries: ignored body field(s)")
    assert '"extra_9"' in line and "extra_10" not in line and "and 21 more" in line
    assert len(line) < 1000
