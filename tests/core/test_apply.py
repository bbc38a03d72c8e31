"""The apply engine against the real sandbox: idempotent steps, resume after any interruption, no leaks."""

from __future__ import annotations

import asyncio
import logging
import re

import pytest
from keyring.backends import fail

from tests.helpers.apply import Interrupting, census_on, make_plan, owner_on
from tests.helpers.census import ONE_OF_EACH
from xwms_wizard.core.apply import Applier, ApplyError, Step, StepState
from xwms_wizard.core.journal import Journal, journal_path
from xwms_wizard.secrets import SecretStore
from xwms_wizard.xwms.errors import ConnectionFailed, SecretValueLost

# The create calls of each step, in the order the engine makes them.
CREATE_CALLS = [
    ("create_client", Step.CLIENT),
    ("create_domain", Step.DOMAIN),
    ("add_url", Step.CALLBACK),
    ("set_client_scopes", Step.SCOPES),
    ("create_secret", Step.SECRET),
    ("link_secret", Step.LINK),
    ("sign_token", Step.VERIFY),
]


async def apply_once(sandbox_app, plan, **kwargs):
    async with owner_on(sandbox_app) as client:
        events = []
        applier = Applier(
            client,
            plan,
            secrets=kwargs.pop("secrets", SecretStore()),
            on_progress=events.append,
            **kwargs,
        )
        result = await applier.run()
        return result, events


def test_apply_makes_one_of_each_and_a_rerun_makes_nothing(sandbox_app):
    plan = make_plan()
    result, events = asyncio.run(apply_once(sandbox_app, plan))
    assert result.client_id.startswith("xc_") and result.domain_id.startswith("xd_")
    assert result.secret_value and result.secret_is_new
    assert result.verification.ok and not result.verification.server_side_check_needed
    done = [e.step for e in events if e.state is StepState.DONE]
    assert done == [
        Step.CLIENT,
        Step.DOMAIN,
        Step.CALLBACK,
        Step.SCOPES,
        Step.SECRET,
        Step.LINK,
        Step.VERIFY,
    ]
    assert asyncio.run(census_on(sandbox_app)) == ONE_OF_EACH

    again, events = asyncio.run(apply_once(sandbox_app, plan))
    states = {e.step: e.state for e in events if e.state is not StepState.RUNNING}
    assert states[Step.CLIENT] is StepState.EXISTING
    assert states[Step.SECRET] is StepState.EXISTING
    assert states[Step.LINK] is StepState.EXISTING
    assert again.client_id == result.client_id and not again.secret_is_new
    assert again.secret_value == result.secret_value  # found in the keychain
    assert asyncio.run(census_on(sandbox_app)) == ONE_OF_EACH


def test_a_changed_toggle_is_applied_as_a_difference(sandbox_app):
    asyncio.run(apply_once(sandbox_app, make_plan()))
    changed = make_plan(allow_api=False, internal_name="Shop")
    result, events = asyncio.run(apply_once(sandbox_app, changed))
    domain_event = next(e for e in events if e.step is Step.DOMAIN and e.state is StepState.DONE)
    assert "allow_api" in domain_event.message and "internal_name" in domain_event.message
    assert asyncio.run(census_on(sandbox_app)) == ONE_OF_EACH


@pytest.mark.parametrize("when", ["before", "after"])
@pytest.mark.parametrize("method,step", CREATE_CALLS)
def test_interrupted_at_any_step_resumes_without_duplicates(sandbox_app, method, step, when):
    plan = make_plan()

    async def interrupted_run():
        async with owner_on(sandbox_app) as real:
            client = Interrupting(real, method, when, ConnectionFailed("The network went away."))
            client.api_url = real.api_url
            with pytest.raises(ApplyError) as info:
                await Applier(client, plan, secrets=SecretStore()).run()
            return info.value

    error = asyncio.run(interrupted_run())
    assert error.step is step and error.retryable
    journal = Journal.load(plan.plan_id)
    assert journal is not None and journal.steps[step.value] == "failed"

    result, _ = asyncio.run(apply_once(sandbox_app, plan))
    assert result.verification.ok
    assert asyncio.run(census_on(sandbox_app)) == ONE_OF_EACH


@pytest.mark.parametrize("method,step", CREATE_CALLS[:-1])
def test_cancelled_mid_step_resumes_without_duplicates(sandbox_app, method, step):
    """Quitting the window cancels the task; the journal already knows what was in flight."""
    plan = make_plan()

    async def cancelled_run():
        async with owner_on(sandbox_app) as real:
            client = Interrupting(real, method, "after", asyncio.CancelledError())
            client.api_url = real.api_url
            with pytest.raises(asyncio.CancelledError):
                await Applier(client, plan, secrets=SecretStore()).run()

    asyncio.run(cancelled_run())
    result, _ = asyncio.run(apply_once(sandbox_app, plan))
    assert result.secret_value
    assert asyncio.run(census_on(sandbox_app)) == ONE_OF_EACH


@pytest.mark.parametrize(
    ("switch", "field", "cause"),
    [
        ("allow_login", "domain.allow_login", "Logging in is not allowed for the domain"),
        ("active", "domain.active", "is switched off in XWMS"),
    ],
)
def test_a_switch_the_plan_turned_off_fails_verify_with_its_field(
    sandbox_app, switch, field, cause
):
    store = SecretStore()  # the same keychain for both runs, as on one computer
    with pytest.raises(ApplyError) as info:
        asyncio.run(apply_once(sandbox_app, make_plan(**{switch: False}), secrets=store))
    error = info.value
    assert error.step is Step.VERIFY and error.field == field
    # The cause alone: the fix is the plan's switch, which the wizard applies, not a dashboard.
    assert cause in error.message and "dashboard" not in error.message
    # Switched on in the plan and run again: the domain is changed, nothing is made twice.
    result, events = asyncio.run(apply_once(sandbox_app, make_plan(), secrets=store))
    assert result.verification.ok
    domain_event = next(e for e in events if e.step is Step.DOMAIN and e.state is StepState.DONE)
    assert switch in domain_event.message
    assert asyncio.run(census_on(sandbox_app)) == ONE_OF_EACH


def test_server_ip_refusal_means_the_credentials_work(sandbox_app):
    result, _ = asyncio.run(apply_once(sandbox_app, make_plan(server_ip="203.0.113.10")))
    assert result.verification.ok and result.verification.server_side_check_needed
    assert "your server" in result.verification.verdict


def test_missing_keychain_still_completes_and_keeps_the_secret_in_memory(sandbox_app, caplog):
    caplog.set_level(logging.DEBUG)
    store = SecretStore(backend=fail.Keyring())
    result, events = asyncio.run(apply_once(sandbox_app, make_plan(), secrets=store))
    assert result.secret_value and store.client_secret(result.client_id) == result.secret_value
    assert not store.persistent and "no keychain" in store.warning
    secret_event = next(e for e in events if e.step is Step.SECRET and e.state is StepState.DONE)
    assert "memory" in secret_event.message
    assert result.secret_value not in caplog.text


def _assert_no_secret_in(secret: str, haystacks: list[str]) -> None:
    for text in haystacks:
        assert secret not in text
        assert not re.search(r"xs_[A-Za-z0-9_-]{20,}", text)


def test_no_secret_in_journal_logs_events_or_errors(sandbox_app, caplog, memory_keyring):
    caplog.set_level(logging.DEBUG)
    plan = make_plan()
    errors = []
    first_events = []

    async def run_with_a_failure_then_resume():
        async with owner_on(sandbox_app) as real:
            client = Interrupting(real, "link_secret", "before", ConnectionFailed("lost"))
            client.api_url = real.api_url
            try:
                await Applier(
                    client, plan, secrets=SecretStore(), on_progress=first_events.append
                ).run()
            except ApplyError as exc:
                errors.append(exc)

    asyncio.run(run_with_a_failure_then_resume())
    # The failed run's journal, events and errors are checked now: the rerun rewrites the journal.
    (secret,) = [v for (_, k), v in memory_keyring._items.items() if k.startswith("client-secret:")]
    assert secret and len(secret) >= 20 and errors
    _assert_no_secret_in(
        secret,
        [
            journal_path(plan.plan_id).read_text(encoding="utf-8"),
            caplog.text,
            *(f"{e.message} {e.title}" for e in first_events),
            *(f"{e} {e!r} {e.args!r} {e.detail} {e.cause!r}" for e in errors),
        ],
    )
    caplog.clear()
    result, events = asyncio.run(apply_once(sandbox_app, plan))
    assert result.secret_value == secret
    _assert_no_secret_in(
        secret,
        [
            journal_path(plan.plan_id).read_text(encoding="utf-8"),
            caplog.text,
            repr(result),
            str(result),
            *(f"{e.message} {e.title}" for e in events),
        ],
    )


def test_a_server_that_never_repeats_a_lost_secret_gets_it_revoked_and_renewed(sandbox_app):
    """Fallback for servers that send a secret's value only once, even to a replay."""
    plan = make_plan()

    class ValueNeverArrives(Interrupting):
        def __getattr__(self, name):
            if name != "create_secret":
                return getattr(self._real, name)

            async def create_secret(*args, **kwargs):
                made = await self._real.create_secret(*args, **kwargs)
                self._method = None  # only the first answer is lost
                raise SecretValueLost(made.secret)

            return create_secret if self._method else getattr(self._real, name)

    async def run():
        async with owner_on(sandbox_app) as real:
            client = ValueNeverArrives(real, "create_secret", "after", None)
            client.api_url = real.api_url
            result = await Applier(client, plan, secrets=SecretStore()).run()
            secrets = await real.list_secrets(result.client_pk)
            links = await real.list_secret_links(result.domain_pk)
            return result, secrets, links

    result, secrets, links = asyncio.run(run())
    assert result.secret_value and result.verification.ok
    assert sorted(s.revoked for s in secrets) == [False, True]
    active = next(s for s in secrets if not s.revoked)
    assert [link.secret for link in links] == [active.id] == [result.secret_pk]


def test_an_international_website_is_made_once_in_either_spelling(sandbox_app):
    # A plan file with a Unicode callback on an IDN root: the server must take it (not refuse
    # it at the callback step after the client and domain exist), and a rerun of the plan,
    # written in either spelling, must find everything already there.
    from xwms_wizard.core.plan import loads_plan

    def plan_for(host: str):
        return loads_plan(
            f'[client]\nname = "bakery-shop"\n[domain]\nroot = "{host}"\n'
            f'redirect_url = "https://{host}/xwms/validateToken"\n'
            '[scopes]\nkeys = ["profile"]\n'
        )

    unicode_plan = plan_for("bäckerei.example")
    result, _ = asyncio.run(apply_once(sandbox_app, unicode_plan))
    assert result.verification.ok
    assert result.redirect_url == "https://xn--bckerei-5wa.example/xwms/validateToken"
    made = asyncio.run(census_on(sandbox_app))
    for plan in (unicode_plan, plan_for("xn--bckerei-5wa.example")):
        _, events = asyncio.run(apply_once(sandbox_app, plan))
        states = {e.step: e.state for e in events if e.state is not StepState.RUNNING}
        assert states[Step.DOMAIN] is StepState.EXISTING
        assert states[Step.CALLBACK] is StepState.EXISTING
        assert asyncio.run(census_on(sandbox_app)) == made


def test_a_second_website_leaves_the_first_untouched_and_shares_its_key(sandbox_app):
    from tests.helpers.census import holdings
    from xwms_wizard.core.plan import loads_plan

    def site(root: str, primary: bool):
        return loads_plan(
            f'[client]\nname = "bakery-shop"\n[domain]\nroot = "{root}"\n'
            f"primary = {'true' if primary else 'false'}\n"
            '[scopes]\nkeys = ["profile"]\n[secret]\nlabel = "web-server"\n'
        )

    async def holdings_now():
        async with owner_on(sandbox_app) as client:
            return (await holdings(client))["bakery-shop"]

    store = SecretStore()
    first, _ = asyncio.run(apply_once(sandbox_app, site("bakery.example", True), secrets=store))
    before = asyncio.run(holdings_now())
    second, events = asyncio.run(
        apply_once(sandbox_app, site("bakery-shop.example", False), secrets=store)
    )
    assert second.verification.ok and second.secret_pk == first.secret_pk
    states = {e.step: e.state for e in events if e.state is not StepState.RUNNING}
    assert states[Step.SECRET] is StepState.EXISTING  # the client's key, linked here too
    after = asyncio.run(holdings_now())
    (kept,) = [d for d in after["domains"] if d.root_domain == "bakery.example"]
    assert [kept] == [d for d in before["domains"]]  # every switch, id and date as it was
    assert after["secrets"] == before["secrets"]  # no second key, none revoked
    assert len(after["domains"]) == 2
