"""Each refusal code has its own plain explanation and dashboard fix; unknown codes fall back."""

from __future__ import annotations

import pytest

from tests.helpers.xwms import PUBLIC_CODES
from xwms_wizard.xwms import Refused, ValidationFailed, explain
from xwms_wizard.xwms.refusals import KNOWN_CODES

MANAGEMENT_CODES = [
    "plan_required",
    "verification_required",
    "name_taken",
    "domain_taken",
    "url_taken",
    "already_linked",
    "idempotency_conflict",
    "invalid_credentials",
    "unauthenticated",
    "validation_failed",
    "not_found",
    "bad_json",
    "method_not_allowed",
    "body_too_large",
    "unsupported_media_type",
    "revoked_secret_unchangeable",
    "permission_required",
    "user_request_exists",
    "verification_pending",
    "already_verified",
    "role_name_taken",
    "member_is_owner",
    "already_member",
]


def test_a_permission_refusal_names_the_permission_in_words():
    from xwms_wizard.xwms import explain as explain_code

    told = explain_code("permission_required", {"permission": "manage_secrets", "role": "Viewer"})
    assert told.title == "Your role on this client does not allow changing the secret keys."
    assert "Members and Roles" in told.fix


def test_every_contract_code_is_explained_differently():
    assert set(PUBLIC_CODES + MANAGEMENT_CODES) <= KNOWN_CODES
    titles = [explain(code, {}, domain="shop.example").title for code in KNOWN_CODES]
    assert len(set(titles)) == len(titles)
    for code in KNOWN_CODES:
        for domain in ("shop.example", None):
            explanation = explain(code, {}, domain=domain)
            for text in (explanation.title, explanation.fix):
                assert text.endswith("."), (code, text)
                assert "{" not in text and "None" not in text and "_" not in text, (code, text)


@pytest.mark.parametrize(
    ("code", "setting"),
    [
        ("domain_inactive", "switch on Active"),
        ("login_not_allowed", "switch on Allow Login"),
        ("api_not_allowed", "switch on Allow API"),
    ],
)
def test_toggle_refusals_name_the_domain_page_and_the_switch(code, setting):
    explanation = explain(code, {}, domain="shop.example")
    assert "shop.example" in explanation.title
    assert explanation.fix == (
        f"In the XWMS dashboard, open Integrations → Domains → shop.example and {setting}."
    )


def test_redirect_refusal_names_the_url_received_and_the_ones_registered():
    data = {
        "received": "https://shop.example/callback",
        "registered": ["https://shop.example/xwms/validateToken"],
    }
    explanation = explain("redirect_not_registered", data, domain="shop.example")
    assert "https://shop.example/callback" in explanation.title
    assert "Registered now: https://shop.example/xwms/validateToken." in explanation.fix
    assert "No active callback URL" in explain("redirect_not_registered", {}).fix


def test_ip_refusal_says_the_credentials_work():
    data = {"your_ip": "127.0.0.1", "allowed_ip": "203.0.113.10"}
    explanation = explain("ip_not_allowed", data, domain="shop.example")
    assert explanation.title.startswith("The Client ID and secret are right")
    assert "203.0.113.10" in explanation.title and "127.0.0.1" in explanation.title
    assert "your website's server" in explanation.fix


def test_scope_refusals_name_the_scope():
    assert "“userinfo”" in explain("scope_missing", {"scope": "userinfo"}).title
    assert "“providers”" in explain("verification_required", {"scope": "providers"}).title


def test_without_a_code_the_status_and_server_message_explain():
    said = explain(None, {}, status=403, server_message="Secret is not linked to this domain")
    assert said.title == "XWMS said: “Secret is not linked to this domain.”"
    assert "Integrations → Domains" in said.fix
    bare = explain(None, None, status=401)
    assert bare.title == "XWMS did not accept the credentials."
    assert explain("some_future_code", {}, status=418).title == "The server refused this request."


def test_refused_uses_the_explanation_and_validation_maps_fields():
    error = Refused(code="secret_not_linked", status=403, domain="shop.example")
    assert error.message == f"{error.explanation.title} {error.explanation.fix}"
    assert "Link Secret" in error.message and not error.retryable

    error = ValidationFailed(
        code="validation_failed",
        status=422,
        errors={"kind": ["Unknown kind."], "root_domain": ["Use a domain like example.com"]},
    )
    assert error.field == "root_domain"  # the first field with words for the owner
    assert error.message == (
        "The root domain was not accepted: Use a domain like example.com. Please also check: kind."
    )
    empty = ValidationFailed(code="validation_failed", status=422, errors={})
    assert empty.message.startswith("XWMS did not accept some of the details.")
