"""Which domain a call names: the root domain or the site's own host, in either IDN spelling.

XWMS's Laravel package sends the site's own host (`www.example.com`, `shop.example.com`) as
the domain, and the wizard allows callback URLs on subdomains, so a domain answers for its
subdomains too (the nearest registered one wins). An international name counts in either
spelling, Unicode or punycode; it is stored and compared as punycode.
"""

from __future__ import annotations

import pytest

from tests.helpers.sandbox_api import Api, full_setup, refusal

WWW_CALLBACK = "https://www.example.com/xwms/validateToken"


def sign(api: Api, creds: dict[str, str], redirect: str) -> dict:
    answer = api.post("sign-token", json={**creds, "redirect_url": redirect})
    assert answer.status_code == 200, answer.text
    return answer.json()["data"]


@pytest.mark.parametrize("host", ["www.example.com", "shop.example.com", "WWW.Example.com."])
def test_the_site_s_own_host_finds_its_root_domain(owner: Api, host: str) -> None:
    setup = full_setup(owner, callback=WWW_CALLBACK)
    # As XwmsApiHelper sends it: the credentials as headers, the site's host as the domain.
    headers = {**setup.headers(), "X-Client-Domain": host}
    answer = owner.post("sign-token", headers=headers, json={"redirect_url": WWW_CALLBACK})
    assert answer.status_code == 200, answer.text
    assert answer.json()["data"]["url"]


@pytest.mark.parametrize("host", ["evil-example.com", "example.com.evil.net", "com", "le.com"])
def test_a_host_that_only_looks_alike_is_not_the_domain(owner: Api, host: str) -> None:
    setup = full_setup(owner)
    body = refusal(owner.post("sign-token", json={**setup.creds(domain=host),
                                                  "redirect_url": setup.url["url"]}),
                   403, "domain_not_registered")
    assert "nor is it a subdomain of one" in body["message"]


def test_the_nearest_registered_domain_answers_with_its_own_switches(owner: Api) -> None:
    setup = full_setup(owner)  # example.com, login allowed
    client = setup.client["id"]
    shop = owner.ok("POST", f"manage/clients/{client}/domains", 201,
                    json={"root_domain": "shop.example.com", "allow_login": False,
                          "primary": False})["domain"]
    owner.ok("POST", f"manage/domains/{shop['id']}/secret-links", 201,
             json={"secret_id": setup.secret["id"]})
    # www.shop.example.com is shop.example.com's (login off), not example.com's.
    body = refusal(owner.post("sign-token", json={**setup.creds(domain="www.shop.example.com"),
                                                  "redirect_url": setup.url["url"]}),
                   403, "login_not_allowed")
    assert "shop.example.com" in body["message"]


IDN_UNICODE = "bäckerei-müller.de"
IDN_PUNY = "xn--bckerei-mller-bfb28a.de"


def test_an_international_name_is_stored_once_and_accepted_in_either_spelling(owner: Api) -> None:
    unicode_callback = f"https://{IDN_UNICODE}/xwms/validateToken"
    puny_callback = f"https://{IDN_PUNY}/xwms/validateToken"
    setup = full_setup(owner, root=IDN_UNICODE, callback=unicode_callback)
    assert setup.domain["root_domain"] == IDN_PUNY
    assert setup.url["url"] == puny_callback  # one stored form; the path exactly as given
    for domain in (IDN_UNICODE, IDN_PUNY, f"www.{IDN_UNICODE}"):
        for redirect in (unicode_callback, puny_callback):
            assert sign(owner, setup.creds(domain=domain), redirect)["url"]
    # Registering the other spelling again is the same address, not a second one.
    again = owner.post(f"manage/domains/{setup.domain['id']}/urls",
                       json={"url": puny_callback, "kind": "callback"})
    assert again.status_code in (200, 409), again.text
    listed = owner.ok("GET", f"manage/domains/{setup.domain['id']}/urls")["urls"]
    assert [u["url"] for u in listed] == [puny_callback]


def test_the_path_stays_exact_and_other_hosts_stay_refused(owner: Api) -> None:
    setup = full_setup(owner, root=IDN_UNICODE, callback=f"https://{IDN_UNICODE}/xwms/validateToken")
    body = refusal(owner.post("sign-token", json={
        **setup.creds(), "redirect_url": f"https://{IDN_UNICODE}/xwms/ValidateToken"}),
        400, "redirect_not_registered")
    assert body["data"]["registered"] == [f"https://{IDN_PUNY}/xwms/validateToken"]


def test_sharp_s_follows_idna_2008_as_the_wizard_does(owner: Api) -> None:
    from xwms_wizard.core.validate import check_root_domain

    made = owner.ok("POST", f"manage/clients/{full_setup(owner).client['id']}/domains", 201,
                    json={"root_domain": "straße.de", "primary": False})["domain"]
    wizard = check_root_domain("straße.de")
    assert made["root_domain"] == wizard.value == "xn--strae-oqa.de"  # not strasse.de (IDNA 2003)
