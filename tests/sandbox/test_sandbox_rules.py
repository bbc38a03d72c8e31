"""Each dashboard rule on the public API: its own status, code and plain message, in order."""

from __future__ import annotations

from datetime import timedelta

import pytest
from starlette.applications import Starlette

from tests.helpers.clock import Clock
from tests.helpers.sandbox import ADA, FREE
from tests.helpers.sandbox_api import CALLBACK, Api, full_setup, login_token, refusal


def sign(api: Api, creds: dict[str, str], redirect: str = CALLBACK, **kwargs):
    return api.post("sign-token", json={**creds, "redirect_url": redirect}, **kwargs)


def test_missing_credentials_names_what_is_missing(owner: Api) -> None:
    setup = full_setup(owner)
    body = refusal(sign(owner, {"client_id": setup.client["client_id"]}), 400,
                   "missing_credentials")
    assert body["data"]["missing"] == ["domain", "client_secret"]
    assert "domain" in body["message"] and "client secret" in body["message"]


def test_unknown_client(owner: Api) -> None:
    setup = full_setup(owner)
    body = refusal(sign(owner, setup.creds(client_id="xc_00000000000000000000")), 401,
                   "unknown_client")
    assert "xc_00000000000000000000" in body["message"]
    assert "XWMS_CLIENT_ID" in body["message"]


def test_domain_not_registered_lists_the_registered_ones(owner: Api) -> None:
    setup = full_setup(owner)
    body = refusal(sign(owner, setup.creds(domain="example.org")), 403, "domain_not_registered")
    assert "example.org is not registered" in body["message"]
    assert body["data"] == {"domain": "example.org", "registered": ["example.com"]}


def test_the_domain_header_is_compared_case_insensitively(owner: Api) -> None:
    setup = full_setup(owner)
    assert sign(owner, setup.creds(domain="Example.COM")).status_code == 200


def test_domain_inactive(owner: Api) -> None:
    setup = full_setup(owner, active=False)
    body = refusal(sign(owner, setup.creds()), 403, "domain_inactive")
    assert "turn Active on" in body["message"] and "example.com" in body["message"]


def test_login_disabled(owner: Api) -> None:
    setup = full_setup(owner, allow_login=False)
    body = refusal(sign(owner, setup.creds()), 403, "login_not_allowed")
    assert "Allow Login" in body["message"]
    # sign-token-verify is a login call too
    verify = owner.post("sign-token-verify", json={**setup.creds(), "token": "x"})
    refusal(verify, 403, "login_not_allowed")


def test_api_disabled(owner: Api) -> None:
    setup = full_setup(owner, allow_api=False, scopes=("userinfo",))
    body = refusal(owner.post("global/countries", headers=setup.headers()), 403,
                   "api_not_allowed")
    assert "Allow API" in body["message"]
    refusal(owner.post("get/user/info", json={**setup.creds(), "sub": ADA}), 403,
            "api_not_allowed")
    # logging in stays possible: the toggles are separate
    assert sign(owner, setup.creds()).status_code == 200


def test_wrong_secret(owner: Api) -> None:
    setup = full_setup(owner)
    wrong = "xs_" + "A" * 40
    answer = sign(owner, setup.creds(client_secret=wrong))
    body = refusal(answer, 401, "invalid_secret")
    assert "XWMS_CLIENT_SECRET" in body["message"]
    assert wrong not in answer.text


def test_a_secret_of_another_client_is_wrong_for_this_one(owner: Api) -> None:
    first = full_setup(owner)
    second = full_setup(owner, root="example.net", callback="https://example.net/cb")
    refusal(sign(owner, first.creds(client_secret=second.value)), 401, "invalid_secret")


def test_revoked_secret(owner: Api) -> None:
    setup = full_setup(owner)
    owner.ok("POST", f"manage/secrets/{setup.secret['id']}/revoke", json={})
    body = refusal(sign(owner, setup.creds()), 401, "secret_revoked")
    assert setup.secret["hint"] in body["message"] and "revoked" in body["message"]
    assert setup.value not in body["message"]


def test_expired_secret(owner: Api, clock: Clock) -> None:
    setup = full_setup(owner)
    day = (clock.now + timedelta(days=1)).date().isoformat()
    expiring = owner.ok("POST", f"manage/clients/{setup.client['id']}/secrets", 201,
                        json={"label": "Short", "expires_at": day})["secret"]
    owner.ok("POST", f"manage/domains/{setup.domain['id']}/secret-links", 201,
             json={"secret_id": expiring["id"]})
    creds = setup.creds(client_secret=expiring["secret"])
    clock.advance(days=1)  # the whole expiry day still counts
    assert sign(owner, creds).status_code == 200
    clock.advance(days=1)
    body = refusal(sign(owner, creds), 401, "secret_expired")
    assert f"expired on {day}" in body["message"]


def test_secret_not_linked(owner: Api) -> None:
    setup = full_setup(owner)
    other = owner.ok("POST", f"manage/clients/{setup.client['id']}/secrets", 201,
                     json={"label": "Unlinked"})["secret"]
    body = refusal(sign(owner, setup.creds(client_secret=other["secret"])), 403,
                   "secret_not_linked")
    assert body["message"] == (
        "This secret is not linked to example.com. In the dashboard, open the domain's Secret "
        "Connections and choose Link Secret."
    )


def test_redirect_not_registered_names_both_urls(owner: Api) -> None:
    setup = full_setup(owner)
    body = refusal(sign(owner, setup.creds(), "https://example.com/elsewhere"), 400,
                   "redirect_not_registered")
    assert body["data"] == {"received": "https://example.com/elsewhere", "registered": [CALLBACK]}
    assert "https://example.com/elsewhere" in body["message"] and CALLBACK in body["message"]


@pytest.mark.parametrize("nearly", [
    CALLBACK + "/",  # trailing slash
    CALLBACK.replace("https://", "http://"),  # http vs https
    CALLBACK.replace("validateToken", "validatetoken"),  # letter case
    CALLBACK.replace("example.com", "EXAMPLE.com"),  # host case: still not the same text
])
def test_a_nearly_equal_redirect_is_refused_and_explained(owner: Api, nearly: str) -> None:
    setup = full_setup(owner)
    body = refusal(sign(owner, setup.creds(), nearly), 400, "redirect_not_registered")
    assert body["data"]["received"] == nearly
    assert f"nearly the same as {CALLBACK}" in body["message"]


def test_an_inactive_callback_url_does_not_count(owner: Api) -> None:
    setup = full_setup(owner)
    owner.ok("PATCH", f"manage/urls/{setup.url['id']}", json={"active": False})
    body = refusal(sign(owner, setup.creds()), 400, "redirect_not_registered")
    assert body["data"]["registered"] == []
    assert "no active callback URL" in body["message"]


def test_ip_not_allowed_says_the_credentials_are_right(owner: Api, app: Starlette) -> None:
    setup = full_setup(owner, server_ip="203.0.113.10")
    body = refusal(sign(owner, setup.creds()), 403, "ip_not_allowed")
    assert body["data"] == {"your_ip": "127.0.0.1", "allowed_ip": "203.0.113.10"}
    assert "Client ID, domain and secret are right" in body["message"]
    assert "203.0.113.10" in body["message"] and "127.0.0.1" in body["message"]
    server = Api(app, ip="203.0.113.10")
    try:
        assert sign(server, setup.creds()).status_code == 200
    finally:
        server.close()


def test_test_mode_accepts_loopback_but_not_other_addresses(owner: Api, app: Starlette) -> None:
    setup = full_setup(owner, server_ip="203.0.113.10", test_mode=True)
    assert sign(owner, setup.creds()).status_code == 200  # 127.0.0.1, in Test Mode
    stranger = Api(app, ip="198.51.100.7")
    try:
        refusal(sign(stranger, setup.creds()), 403, "ip_not_allowed")
    finally:
        stranger.close()


def test_rules_are_checked_in_order(owner: Api) -> None:
    # Everything wrong at once: the earliest rule answers.
    setup = full_setup(owner, active=False, allow_login=False, server_ip="203.0.113.10")
    wrong = setup.creds(client_secret="xs_" + "B" * 40)
    refusal(sign(owner, wrong, "https://example.com/nope"), 403, "domain_inactive")
    owner.ok("PATCH", f"manage/domains/{setup.domain['id']}", json={"active": True})
    refusal(sign(owner, wrong, "https://example.com/nope"), 403, "login_not_allowed")
    owner.ok("PATCH", f"manage/domains/{setup.domain['id']}", json={"allow_login": True})
    refusal(sign(owner, wrong, "https://example.com/nope"), 401, "invalid_secret")
    refusal(sign(owner, setup.creds(), "https://example.com/nope"), 400,
            "redirect_not_registered")
    refusal(sign(owner, setup.creds()), 403, "ip_not_allowed")  # last of all


def test_headers_win_over_body_fields(owner: Api) -> None:
    setup = full_setup(owner)
    answer = owner.post("sign-token", headers=setup.headers(),
                        json={"client_id": "xc_bogus", "client_secret": "nope",
                              "redirect_url": CALLBACK})
    assert answer.status_code == 200, answer.text


def test_token_invalid(owner: Api) -> None:
    setup = full_setup(owner)
    body = refusal(owner.post("sign-token-verify", json={**setup.creds(), "token": "made-up"}),
                   401, "token_invalid")
    assert "callback URL" in body["message"]


def test_token_of_another_client_is_invalid_here(owner: Api) -> None:
    first = full_setup(owner)
    second = full_setup(owner, root="example.net", callback="https://example.net/cb")
    token = login_token(owner, first)
    refusal(owner.post("sign-token-verify", json={**second.creds(), "token": token}), 401,
            "token_invalid")
    # and the refusal did not use it up
    verified = owner.post("sign-token-verify", json={**first.creds(), "token": token})
    assert verified.status_code == 200


def test_token_reused(owner: Api) -> None:
    setup = full_setup(owner)
    token = login_token(owner, setup)
    first = owner.post("sign-token-verify", json={**setup.creds(), "token": token})
    assert first.status_code == 200
    body = refusal(owner.post("sign-token-verify", json={**setup.creds(), "token": token}), 401,
                   "token_used")
    assert "works once" in body["message"]


def test_token_expired_after_five_minutes(owner: Api, clock: Clock) -> None:
    setup = full_setup(owner)
    fresh = login_token(owner, setup)
    clock.advance(minutes=5)
    in_time = owner.post("sign-token-verify", json={**setup.creds(), "token": fresh})
    assert in_time.status_code == 200
    stale = login_token(owner, setup)
    clock.advance(minutes=5, seconds=1)
    body = refusal(owner.post("sign-token-verify", json={**setup.creds(), "token": stale}), 401,
                   "token_expired")
    assert "5 minutes" in body["message"]


def test_scope_missing(owner: Api) -> None:
    setup = full_setup(owner, scopes=("profile",))
    login_token(owner, setup)
    body = refusal(owner.post("get/user/info", json={**setup.creds(), "sub": ADA}), 403,
                   "scope_missing")
    assert body["data"] == {"scope": "userinfo"}
    assert "Client Scopes" in body["message"]
    body = refusal(owner.post("user/address", json={**setup.creds(), "sub": ADA,
                                                    "action": "list"}), 403, "scope_missing")
    assert body["data"] == {"scope": "useraddresses"}


def test_free_plan_gets_402_on_client_routes(api: Api) -> None:
    account = api.login(FREE)["account"]
    assert account["plan"] == "free"
    for method, path in [("GET", "manage/clients"), ("POST", "manage/clients"),
                         ("GET", "manage/clients/1/domains"), ("GET", "manage/domains/1")]:
        body = refusal(api.request(method, path, json={"name": "my-app"}), 402, "plan_required")
        assert body["message"].startswith("Clients need a paid XWMS account.")
        assert "free@example.com" in body["message"]
    # the catalogue is not a client route
    assert api.get("manage/scopes").status_code == 200


def test_deny_redirects_with_access_denied(owner: Api) -> None:
    setup = full_setup(owner, callback="https://example.com/xwms/validateToken?next=%2Fshop")
    url = owner.ok("POST", "sign-token", json={
        **setup.creds(), "redirect_url": "https://example.com/xwms/validateToken?next=%2Fshop"})["url"]
    answer = owner.post(url, data={"user": ADA, "decision": "deny"})
    assert answer.status_code == 303
    assert answer.headers["location"] == (
        "https://example.com/xwms/validateToken?next=%2Fshop&error=access_denied")
