"""WizardSession's Live mode without Qt: the sandbox's public API stands in for xwms.nl."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging

import pytest

from tests.helpers.http import closed_port
from tests.helpers.live import live_plan, make_live_setup, spoil
from tests.helpers.sandbox import IN_PROCESS_URL, asgi_transport
from xwms_wizard.core.addresses import DEFAULT_LIVE_API_URL, normalize_live_api_url
from xwms_wizard.core.errors import WizardError
from xwms_wizard.core.flow import Mode
from xwms_wizard.core.scopes import CATALOGUE
from xwms_wizard.core.session import WizardSession
from xwms_wizard.sandbox.app import create_app
from xwms_wizard.xwms import ConnectionFailed


def test_only_the_providers_scope_needs_a_verified_partner():
    # That the sandbox seeds the same catalogue: tests/sandbox/test_sandbox_catalogue_matches.py.
    assert [s.key for s in CATALOGUE if s.requires_verification] == ["providers"]


@pytest.mark.parametrize(
    ("typed", "api_url"),
    [
        ("https://xwms.nl/api/", DEFAULT_LIVE_API_URL),
        (" https://xwms.nl ", DEFAULT_LIVE_API_URL),
        ("http://127.0.0.1:8765", "http://127.0.0.1:8765/api/"),
        ("http://localhost:8765/api", "http://localhost:8765/api/"),
    ],
)
def test_live_api_address_is_normalised(typed, api_url):
    assert normalize_live_api_url(typed) == api_url


@pytest.mark.parametrize(
    ("typed", "words"),
    [("xwms.nl", "not a web address"), ("http://xwms.nl/api/", "https://")],
)
def test_live_api_address_refusals_say_what_to_do(typed, words):
    with pytest.raises(WizardError) as info:
        normalize_live_api_url(typed)
    assert info.value.field == "api_url" and words in info.value.message
    assert info.value.message.startswith("XWMS API address:")


def run_live(scenario):
    app = create_app(":memory:")
    transport = asgi_transport(app)

    async def go():
        setup = await make_live_setup(IN_PROCESS_URL, transport)
        session = WizardSession(transport=transport, client_options={"retries": 0})
        try:
            assert await session.start_live(IN_PROCESS_URL) == IN_PROCESS_URL
            return await scenario(session, setup, transport)
        finally:
            await session.close()

    try:
        return asyncio.run(go())
    finally:
        app.state.store.close()


def test_a_correct_setup_is_verified_and_offers_the_builtin_catalogue():
    async def scenario(session, setup, _transport):
        assert session.mode is Mode.LIVE and not session.signed_in
        assert [s.key for s in session.scopes] == [s.key for s in CATALOGUE]
        session.secrets.save_client_secret(setup.client_id, setup.secret)
        check = await session.live.check(live_plan(), setup.client_id, f" {setup.domain_id} ")
        assert check.reached and check.verified and check.problem is None
        assert session.result is check.result
        assert check.result.client_id == setup.client_id
        assert check.result.domain_id == setup.domain_id  # trimmed as pasted
        assert check.result.secret_value is None  # the keychain holds it, the result does not
        assert session.live.info.get("sandbox") is True
        return check.verification.verdict

    assert "login is ready" in run_live(scenario)


def test_a_refusal_names_the_dashboard_fix():
    async def scenario(session, setup, transport):
        await spoil(IN_PROCESS_URL, setup, "login_disabled", transport)
        session.secrets.save_client_secret(setup.client_id, setup.secret)
        check = await session.live.check(live_plan(), setup.client_id, setup.domain_id)
        assert check.reached and not check.verified
        assert check.verification.code == "login_not_allowed"
        return check.verification.verdict

    assert "switch on Allow Login" in run_live(scenario)


def test_an_ip_refusal_counts_as_right_credentials_with_the_last_check_on_the_server():
    async def scenario(session, setup, transport):
        await spoil(IN_PROCESS_URL, setup, "ip_refused", transport)
        session.secrets.save_client_secret(setup.client_id, setup.secret)
        check = await session.live.check(live_plan(), setup.client_id, setup.domain_id)
        assert check.verified and check.verification.server_side_check_needed
        return check.verification.verdict

    assert "final check runs on your server" in run_live(scenario)


def test_without_the_secret_in_the_keychain_the_check_says_where_to_paste_it():
    async def scenario(session, setup, _transport):
        with pytest.raises(WizardError) as info:
            await session.live.check(live_plan(), setup.client_id, setup.domain_id)
        assert info.value.field == "secret.value" and "Secret key page" in info.value.message
        with pytest.raises(WizardError) as info:
            await session.live.check(live_plan(), "", setup.domain_id)
        assert info.value.field == "domain.client_id"

    run_live(scenario)


def test_no_connection_is_not_checked_and_never_logs_the_secret(caplog):
    caplog.set_level(logging.DEBUG)
    pasted = "xs_live_secret_that_must_stay_quiet_4242"
    url = f"http://127.0.0.1:{closed_port()}/api/"

    async def go():
        session = WizardSession(client_options={"retries": 0, "timeout": 5.0})
        try:
            await session.start_live(url)
            session.secrets.save_client_secret("xc_offline", pasted)
            return await session.live.check(live_plan(), "xc_offline", "xd_offline")
        finally:
            await session.close()

    check = asyncio.run(go())
    assert not check.reached and not check.verified
    assert isinstance(check.problem, ConnectionFailed) and check.problem.retryable
    assert check.verification.code == "not_checked"
    assert "could not reach XWMS at 127.0.0.1" in check.verification.verdict
    assert pasted not in caplog.text
    assert pasted not in repr(check) and pasted not in repr(check.result)


def test_offline_export_is_marked_not_verified_with_the_live_api_url(tmp_path):
    import json

    url = f"http://127.0.0.1:{closed_port()}/api/"

    async def go():
        session = WizardSession(client_options={"retries": 0, "timeout": 5.0})
        try:
            await session.start_live(url)
            session.secrets.save_client_secret("xc_offline", "xs_offline_value_1234567890")
            check = await session.live.check(live_plan(), "xc_offline", "xd_offline")
            return await session.export(check.result, tmp_path, include_secret=False)
        finally:
            await session.close()

    bundle = asyncio.run(go())
    facts = json.loads((bundle.path / "xwms-handoff.json").read_text())
    assert facts["verified"] is False and "could not reach XWMS" in facts["verification_note"]
    assert facts["api_uri"] == url and facts["client_id"] == "xc_offline"
    assert facts["domain_id"] == "xd_offline"
    assert "NOT VERIFIED" in (bundle.path / "HANDOFF.md").read_text()
    env = (bundle.path / ".env").read_text()
    assert "xs_offline_value_1234567890" not in env and url in env


def test_the_example_checklist_in_docs_is_what_apply_live_writes_for_the_example_plan():
    from pathlib import Path

    from xwms_wizard.core.dashboard import checklist_markdown
    from xwms_wizard.core.plan import load_plan
    from xwms_wizard.core.scopes import scope_titles

    root = Path(__file__).resolve().parents[2]
    plan = load_plan(root / "examples" / "plan.toml", today=dt.date(2026, 1, 1))
    committed = (root / "docs" / "live-checklist-example.md").read_text(encoding="utf-8")
    assert committed == checklist_markdown(plan, scope_titles()), "run `make live-checklist`"
    assert "profile (Read basic user profile)" in committed


def test_dashboard_phrases_are_plain_strings_that_keep_their_template():
    from xwms_wizard.core.dashboard import Phrase, dashboard_sections

    sections = dashboard_sections(live_plan())
    switches = next(s for s in sections[1].steps if s.startswith("Set the switches"))
    assert isinstance(switches, Phrase) and isinstance(switches, str)
    assert switches.template.startswith("Set the switches: Allow Login {allow_login}")
    assert switches.values["test_mode"] == "off" and isinstance(switches.values["active"], Phrase)
    assert switches.template.format(**switches.values) == switches
