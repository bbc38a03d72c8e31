"""WizardSession without Qt: sign-in, catalogue, apply, export against the real sandbox in-process."""

from __future__ import annotations

import asyncio

import pytest

from tests.helpers.clock import Clock
from tests.helpers.sandbox import IN_PROCESS_URL, asgi_transport
from xwms_wizard.core.addresses import is_loopback_url, normalize_server_url
from xwms_wizard.core.errors import WizardError
from xwms_wizard.core.flow import Mode
from xwms_wizard.core.journal import Journal
from xwms_wizard.core.models import ClientChoice, DomainChoice, ScopesChoice, SetupPlan
from xwms_wizard.core.session import WizardSession
from xwms_wizard.core.signin import FREE_PLAN_MESSAGE
from xwms_wizard.sandbox.app import create_app


def session_for(app, **kwargs) -> WizardSession:
    return WizardSession(
        transport=asgi_transport(app),
        sandbox_url=IN_PROCESS_URL,
        client_options={"retries": 0},
        **kwargs,
    )


def plan() -> SetupPlan:
    return SetupPlan(
        client=ClientChoice(name="corner-bakery"),
        domain=DomainChoice(root="corner-bakery.example", test_mode=True),
        scopes=ScopesChoice(keys=["profile"]),
    )


@pytest.mark.parametrize(
    ("typed", "api_url"),
    [
        ("http://127.0.0.1:8765", "http://127.0.0.1:8765/api/"),
        (" https://xwms.example/api ", "https://xwms.example/api/"),
        ("https://xwms.example/api/", "https://xwms.example/api/"),
        ("https://xwms.example/base/", "https://xwms.example/base/api/"),
    ],
)
def test_server_address_becomes_the_api_url(typed, api_url):
    assert normalize_server_url(typed) == api_url


@pytest.mark.parametrize("typed", ["", "xwms.example", "ftp://xwms.example", "https://"])
def test_a_server_address_that_is_not_one_is_refused_plainly(typed):
    with pytest.raises(WizardError) as info:
        normalize_server_url(typed)
    assert info.value.field == "server" and "web address" in info.value.message


def test_journal_of_a_loopback_server_resumes_in_practice_mode():
    assert is_loopback_url("http://127.0.0.1:5123/api/") and is_loopback_url("http://localhost/")
    assert not is_loopback_url("https://xwms.example/api/")
    assert WizardSession.mode_of(Journal(plan=plan(), server="http://127.0.0.1:1/api/")) is (
        Mode.PRACTICE
    )
    assert WizardSession.mode_of(Journal(plan=plan(), server="https://x.example/api/")) is (
        Mode.CUSTOM
    )


def test_practice_apply_and_export_without_qt(tmp_path):
    app = create_app(":memory:")

    async def scenario():
        session = session_for(app)
        try:
            account = await session.start_practice()
            assert account.email == "owner@example.com" and session.signed_in
            assert [c.name for c in await session.load_clients()] == []
            assert "profile" in [s.key for s in await session.load_scopes()]
            events = []
            result = await session.apply(plan(), events.append)
            assert result.client_name == "corner-bakery" and result.secret_value
            assert events and events[-1].step.value == "verify"
            bundle = await session.export(result, tmp_path, include_secret=False)
        finally:
            await session.close()
        assert not session.signed_in
        return result, bundle

    result, bundle = asyncio.run(scenario())
    env = (bundle.path / ".env").read_text()
    assert f"XWMS_CLIENT_ID='{result.client_id}'" in env
    assert result.secret_value not in env
    facts = (bundle.path / "xwms-handoff.json").read_text()
    assert '"test_mode": true' in facts and '"sandbox": true' in facts


def test_custom_sign_in_stores_the_token_and_a_free_plan_is_explained(memory_keyring):
    app = create_app(":memory:")

    async def scenario():
        session = session_for(app)
        try:
            await session.sign_in(IN_PROCESS_URL, "owner@example.com", "practice")
            assert session.mode is Mode.CUSTOM
            token = session.secrets.token(IN_PROCESS_URL, "owner@example.com")
            assert token and token == session.client.token
            with pytest.raises(WizardError) as info:
                await session.sign_in(IN_PROCESS_URL, "free@example.com", "practice")
            assert info.value.message == FREE_PLAN_MESSAGE
            assert not session.signed_in
            with pytest.raises(WizardError, match="E-mail"):
                await session.sign_in(IN_PROCESS_URL, "not-an-address", "practice")
        finally:
            await session.close()

    asyncio.run(scenario())


def test_work_needing_a_sign_in_says_so():
    async def scenario():
        session = WizardSession()
        with pytest.raises(WizardError, match="Sign in first"):
            await session.load_clients()
        await session.close()

    asyncio.run(scenario())


def test_a_kept_sign_in_is_reused_without_the_password_until_it_runs_out(memory_keyring):
    clock = Clock()
    app = create_app(":memory:", clock=clock)

    async def scenario():
        first = session_for(app)
        await first.sign_in(IN_PROCESS_URL, "owner@example.com", "practice")
        await first.close()
        again = session_for(app)  # the wizard opened again on this computer
        try:
            assert again.signin.has_saved(IN_PROCESS_URL, " Owner@Example.com ")
            assert not again.signin.has_saved(IN_PROCESS_URL, "free@example.com")
            assert not again.signin.has_saved("not a server", "owner@example.com")
            account = await again.sign_in(IN_PROCESS_URL, "owner@example.com", "")
            assert account.email == "owner@example.com" and again.signed_in
            assert again.mode is Mode.CUSTOM
            assert await again.load_clients() == []  # the kept token works for real calls

            old_token = again.client.token
            clock.advance(hours=25)  # the sandbox's sign-ins last a day
            with pytest.raises(WizardError) as info:
                await again.sign_in(IN_PROCESS_URL, "owner@example.com", "")
            error = info.value
            assert error.field == "account.password" and "has run out" in error.message
            assert not again.signed_in
            assert not again.signin.has_saved(IN_PROCESS_URL, "owner@example.com")  # forgotten
            with pytest.raises(WizardError, match="Password: type your XWMS password"):
                await again.sign_in(IN_PROCESS_URL, "owner@example.com", "")
            await again.sign_in(IN_PROCESS_URL, "owner@example.com", "practice")  # and kept anew
            assert again.signin.has_saved(IN_PROCESS_URL, "owner@example.com")
            again.signin.forget_saved(IN_PROCESS_URL, " Owner@Example.com ")  # a shared computer
            assert not again.signin.has_saved(IN_PROCESS_URL, "owner@example.com")
        finally:
            await again.close()
        return error, old_token

    error, old_token = asyncio.run(scenario())
    assert old_token
    # The kept token is a secret: not in what the error says or keeps.
    for text in (error.message, error.detail, repr(error), str(error)):
        assert old_token not in text
