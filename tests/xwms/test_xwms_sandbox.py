"""The XWMS client against the real sandbox app in-process (httpx.ASGITransport, SQLite)."""

from __future__ import annotations

import datetime as dt
import secrets

import httpx
import pytest

from tests.helpers.census import ONE_OF_EACH, counts, holdings
from tests.helpers.clock import Clock
from tests.helpers.sandbox import ADA, FREE, OWNER, PASSWORD
from tests.helpers.xwms import (
    CALLBACK,
    DOMAIN,
    PUBLIC_CODES,
    full_setup,
    in_process,
    person_allows,
    run_async,
    sign_in_patiently,
    tiny_png,
)
from xwms_wizard.core.fields import error_field
from xwms_wizard.xwms import (
    Conflict,
    NotFound,
    NotSignedIn,
    PlanRequired,
    Refused,
    SecretValueLost,
    ValidationFailed,
    XwmsClient,
    explain,
)

# -- the happy path --------------------------------------------------------------------------------


def test_whole_setup_and_a_login_in_process():
    async def scenario():
        async with in_process() as sandbox:
            xwms, browser = sandbox.xwms, sandbox.browser
            assert await xwms.is_sandbox()
            info = await xwms.info()
            assert info["api"]["endpoints"]["sign-token"].endswith("/api/sign-token")

            setup = await full_setup(xwms)
            assert xwms.token  # kept for the keychain
            assert setup.client.client_id.startswith("xc_") and setup.client.name == "shop-main-app"
            assert setup.domain.domain_id.startswith("xd_")
            assert (setup.domain.allow_login, setup.domain.active, setup.domain.primary) == (
                True,
                True,
                True,
            )
            assert setup.domain.internal_name == "Main website" and setup.domain.server_ip is None
            assert setup.url.url == CALLBACK and setup.url.kind == "callback"
            assert setup.secret.value.startswith("xs_") and len(setup.secret.value) == 43
            assert setup.secret.secret.hint == setup.secret.value[-4:]
            assert setup.secret.secret.label == "backend"
            assert (setup.link.domain, setup.link.secret) == (
                setup.domain.id,
                setup.secret.secret.id,
            )

            # What was made reads back the same, and a listed secret never carries its value.
            assert await xwms.list_clients() == [setup.client]
            assert await xwms.get_client(setup.client.id) == setup.client
            assert await xwms.list_domains(setup.client.id) == [setup.domain]
            assert await xwms.list_urls(setup.domain.id) == [setup.url]
            assert await xwms.list_secrets(setup.client.id) == [setup.secret.secret]
            assert await xwms.list_secret_links(setup.domain.id) == [setup.link]
            assert await xwms.get_client_scopes(setup.client.id) == ["profile"]
            catalogue = {scope.key: scope for scope in await xwms.list_scopes()}
            assert {"profile", "userinfo", "useraddresses", "providers"} <= set(catalogue)
            assert catalogue["providers"].requires_verification

            changed = await xwms.update_domain(setup.domain.id, server_ip="203.0.113.10")
            assert changed.server_ip == "203.0.113.10"
            changed = await xwms.update_domain(setup.domain.id, server_ip=None, test_mode=True)
            assert changed.server_ip is None and changed.test_mode
            assert (await xwms.upload_logo(setup.domain.id, tiny_png(), "image/png")).has_logo
            assert (await xwms.get_domain(setup.domain.id)).has_logo

            # The developer's side: sign-token, the person allows, sign-token-verify.
            login_url = await xwms.sign_token(**setup.credentials(), redirect_url=CALLBACK)
            token = await person_allows(browser, login_url)
            user = await xwms.sign_token_verify(**setup.credentials(), token=token)
            assert user["sub"] == ADA and user["email"] and "name" in user

            revoked = await xwms.revoke_secret(setup.secret.secret.id, idempotency_key="revoke-1")
            assert revoked.revoked and revoked.id == setup.secret.secret.id
            switched_off = await xwms.update_url(setup.url.id, active=False)
            assert not switched_off.active

    run_async(scenario())


def test_idempotency_keys_replay_and_conflict():
    async def scenario():
        async with in_process() as sandbox:
            xwms = sandbox.xwms
            await xwms.login(OWNER, PASSWORD)
            first = await xwms.create_client("shop-main-app", idempotency_key="plan-7:client")
            again = await xwms.create_client("shop-main-app", idempotency_key="plan-7:client")
            assert again == first and len(await xwms.list_clients()) == 1
            with pytest.raises(Conflict) as caught:
                await xwms.create_client("other-app", idempotency_key="plan-7:client")
            return caught.value

    error = run_async(scenario())
    assert error.code == "idempotency_conflict" and error.status == 409
    assert error.message.startswith("The server has seen this step before")


def test_a_lost_secret_answer_is_fetched_again_with_the_same_key():
    async def scenario():
        async with in_process() as sandbox:
            xwms = sandbox.xwms
            await xwms.login(OWNER, PASSWORD)
            client = await xwms.create_client("shop-main-app", idempotency_key="c")
            key = secrets.token_hex(16)  # 128 random bits: the value is sealed under it
            first = await xwms.create_secret(client.id, label="backend", idempotency_key=key)
            again = await xwms.create_secret(client.id, label="backend", idempotency_key=key)
            return first, again, await xwms.list_secrets(client.id)

    first, again, listed = run_async(scenario())
    assert again.value == first.value and listed == [first.secret]  # nothing made twice


def test_a_replay_without_the_value_is_secret_value_lost():
    """A server that never repeats a secret's value (the contract allows `secret: null`)."""
    secret = {"id": 7, "label": "backend", "expires_at": None, "revoked": False,
              "created_at": "2026-11-27T10:00:00+00:00", "hint": "Ab12", "secret": None}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            201, headers={"Idempotent-Replay": "true"},
            json={"status": "success", "message": "Secret created.", "data": {"secret": secret}},
        )

    async def scenario():
        transport = httpx.MockTransport(handler)
        async with XwmsClient("http://server.test/api/", transport=transport, token="t") as xwms:
            with pytest.raises(SecretValueLost) as caught:
                await xwms.create_secret(1, label="backend", idempotency_key="s")
            return caught.value

    lost = run_async(scenario())
    assert lost.secret.id == 7 and lost.secret.hint == "Ab12"
    assert lost.message.startswith("The client secret “backend” (ending in Ab12) was made, but")
    assert "does not repeat its value" in lost.detail


# -- management refusals ---------------------------------------------------------------------------


def test_wrong_password_and_bad_token_are_not_signed_in():
    async def scenario():
        async with in_process() as sandbox:
            xwms = sandbox.xwms
            with pytest.raises(NotSignedIn) as wrong:
                await xwms.login(OWNER, "not-the-password")
            assert xwms.token is None
            xwms.token = "made-up-token"
            with pytest.raises(NotSignedIn) as stale:
                await xwms.list_clients()
            return wrong.value, stale.value

    wrong, stale = run_async(scenario())
    assert wrong.code == "invalid_credentials" and wrong.status == 401
    assert wrong.message.startswith("The e-mail address or the password is not right.")
    assert stale.code == "unauthenticated"
    assert stale.message.startswith("You are not signed in")
    assert not wrong.retryable and not stale.retryable


def test_free_plan_is_plan_required():
    async def scenario():
        async with in_process() as sandbox:
            account = await sandbox.xwms.login(FREE, PASSWORD)
            assert account.plan == "free" and not account.is_paid
            with pytest.raises(PlanRequired) as caught:
                await sandbox.xwms.list_clients()
            return caught.value

    error = run_async(scenario())
    assert error.status == 402 and error.code == "plan_required"
    assert error.message.startswith("Clients need a paid XWMS account")


@pytest.mark.parametrize(
    ("call", "field", "words"),
    [
        (
            lambda x, s: x.create_client("My Shop!", idempotency_key=None),
            "client.name",
            "client name",
        ),
        (
            lambda x, s: x.create_domain(
                s.client.id, root_domain="https://www.other.example/x", idempotency_key=None
            ),
            "domain.root",
            "root domain",
        ),
        (
            lambda x, s: x.create_domain(
                s.client.id, root_domain="b.example", server_ip="10.0.0.0/8", idempotency_key=None
            ),
            "domain.server_ip",
            "server IP address",
        ),
        (
            lambda x, s: x.add_url(s.domain.id, "ftp://shop.example/cb", idempotency_key=None),
            "domain.redirect_url",
            "callback URL",
        ),
        (
            lambda x, s: x.create_secret(s.client.id, label="x" * 65, idempotency_key=None),
            "secret.label",
            "secret label",
        ),
        (
            lambda x, s: x.create_secret(
                s.client.id, expires_at=dt.date(2000, 1, 1), idempotency_key=None
            ),
            "secret.expires",
            "expiry date",
        ),
        (lambda x, s: x.set_client_scopes(s.client.id, ["no-such"]), "scopes.keys", "scopes"),
    ],
    ids=["name", "root", "ip", "url", "label", "expiry", "scope"],
)
def test_422_maps_to_the_wizards_field(call, field, words):
    async def scenario():
        async with in_process() as sandbox:
            setup = await full_setup(sandbox.xwms)
            with pytest.raises(ValidationFailed) as caught:
                await call(sandbox.xwms, setup)
            return caught.value

    error = run_async(scenario())
    assert error.status == 422 and error.code == "validation_failed"
    # The client names the field the server's way; core.fields names it the plan's way.
    assert error.field in error.errors and error_field(error) == field
    assert error.message.startswith(f"The {words} was not accepted: ")
    assert error.errors and not error.retryable


def test_409s_are_conflicts_with_their_own_explanations():
    async def scenario():
        async with in_process() as sandbox:
            xwms = sandbox.xwms
            setup = await full_setup(xwms)
            conflicts = []
            for call in (
                lambda: xwms.create_client("shop-main-app", idempotency_key=None),
                lambda: xwms.create_domain(
                    setup.client.id, root_domain=DOMAIN, idempotency_key=None
                ),
                lambda: xwms.add_url(setup.domain.id, CALLBACK, idempotency_key=None),
                lambda: xwms.link_secret(
                    setup.domain.id, setup.secret.secret.id, idempotency_key=None
                ),
            ):
                with pytest.raises(Conflict) as caught:
                    await call()
                conflicts.append(caught.value)
            return conflicts

    name, domain, url, link = run_async(scenario())
    assert [e.code for e in (name, domain, url, link)] == [
        "name_taken",
        "domain_taken",
        "url_taken",
        "already_linked",
    ]
    assert name.field == "name" and error_field(name) == "client.name"
    assert name.message.startswith("You already have a client with this name.")
    assert f"This client has the domain {DOMAIN} already." in domain.message
    assert len({e.message for e in (name, domain, url, link)}) == 4


def test_not_found_verification_and_logo_refusals():
    async def scenario():
        async with in_process() as sandbox:
            xwms = sandbox.xwms
            setup = await full_setup(xwms)
            found = []
            for call in (
                lambda: xwms.get_client(99_999),
                lambda: xwms.set_client_scopes(setup.client.id, ["profile", "providers"]),
                lambda: xwms.upload_logo(setup.domain.id, b"GIF89a....", "image/gif"),
                lambda: xwms.upload_logo(setup.domain.id, tiny_png() * 80_000, "image/png"),
            ):
                with pytest.raises(Refused) as caught:
                    await call()
                found.append(caught.value)
            return found

    missing, verification, gif, huge = run_async(scenario())
    assert isinstance(missing, NotFound) and missing.status == 404
    assert verification.code == "verification_required" and verification.status == 403
    assert "Verified Partner" in verification.message and "providers" in verification.message
    assert gif.code == "unsupported_media_type" and gif.message.startswith("The logo must be")
    assert huge.code == "body_too_large" and "at most 1 MB" in huge.message


# -- public API refusals: each code, from a real failing request -----------------------------------


async def _make_fail(code: str, sandbox, clock: Clock) -> Refused:
    xwms = sandbox.xwms
    expires = clock.now.date() + dt.timedelta(days=1) if code == "secret_expired" else None
    setup = await full_setup(xwms, expires_at=expires)
    creds = setup.credentials()
    sign_kwargs = {**creds, "redirect_url": CALLBACK}
    call = lambda: xwms.sign_token(**sign_kwargs)  # noqa: E731

    if code == "missing_credentials":
        sign_kwargs["client_secret"] = ""
    elif code == "unknown_client":
        sign_kwargs["client_id"] = "xc_" + "0" * 20
    elif code == "domain_not_registered":
        sign_kwargs["domain"] = "not-mine.example"
    elif code == "domain_inactive":
        await xwms.update_domain(setup.domain.id, active=False)
    elif code == "login_not_allowed":
        await xwms.update_domain(setup.domain.id, allow_login=False)
    elif code in ("api_not_allowed", "scope_missing"):
        if code == "api_not_allowed":
            await xwms.update_domain(setup.domain.id, allow_api=False)
        call = lambda: xwms.get_user_info(**creds, sub=ADA)  # noqa: E731
    elif code == "invalid_secret":
        sign_kwargs["client_secret"] = "xs_" + "A" * 40
    elif code == "secret_revoked":
        await xwms.revoke_secret(setup.secret.secret.id, idempotency_key="revoke")
    elif code == "secret_expired":
        clock.advance(days=3)
    elif code == "secret_not_linked":
        other = await xwms.create_secret(setup.client.id, idempotency_key="second")
        sign_kwargs["client_secret"] = other.value
    elif code == "redirect_not_registered":
        sign_kwargs["redirect_url"] = f"https://{DOMAIN}/elsewhere"
    elif code == "ip_not_allowed":
        await xwms.update_domain(setup.domain.id, server_ip="203.0.113.10")
    elif code.startswith("token_"):
        token = "not-a-token"
        if code != "token_invalid":
            login_url = await xwms.sign_token(**sign_kwargs)
            token = await person_allows(sandbox.browser, login_url)
            if code == "token_used":
                await xwms.sign_token_verify(**creds, token=token)
            else:
                clock.advance(minutes=6)
        call = lambda: xwms.sign_token_verify(**creds, token=token)  # noqa: E731
    with pytest.raises(Refused) as caught:
        await call()
    return caught.value


@pytest.mark.parametrize("code", PUBLIC_CODES)
def test_each_public_refusal_gets_its_own_plain_explanation(code):
    clock = Clock()

    async def scenario():
        async with in_process(clock) as sandbox:
            return await _make_fail(code, sandbox, clock)

    error = run_async(scenario())
    assert type(error) is Refused  # not NotSignedIn: these are about the client's credentials
    assert error.code == code
    domain = "not-mine.example" if code == "domain_not_registered" else DOMAIN
    assert error.message == str(explain(code, error.data, domain=domain))
    assert error.message == f"{error.explanation.title} {error.explanation.fix}"
    assert not error.retryable and error.status in (400, 401, 403)
    assert "XWMS said" not in error.message  # a known code, not the fallback


def test_public_refusal_messages_are_all_different():
    clock = Clock()

    async def scenario():
        messages = {}
        for code in PUBLIC_CODES:
            async with in_process(clock) as sandbox:
                messages[code] = (await _make_fail(code, sandbox, clock)).message
        return messages

    messages = run_async(scenario(), timeout=120)
    assert len(set(messages.values())) == len(PUBLIC_CODES)
    assert (
        "Integrations → Domains → shop.example and switch on Allow Login."
        in (messages["login_not_allowed"])
    )
    assert messages["ip_not_allowed"].startswith("The Client ID and secret are right")
    assert "203.0.113.10" in messages["ip_not_allowed"]
    assert f"https://{DOMAIN}/elsewhere" in messages["redirect_not_registered"]
    assert CALLBACK in messages["redirect_not_registered"]
    assert "“userinfo”" in messages["scope_missing"]


# -- faults: 503s and dropped connections, retried where safe, nothing made twice ------------------


def test_fault_rate_is_survived_by_retries_without_duplicates():
    async def scenario():
        async with in_process(retries=12, fault_rate=0.3, seed=3) as sandbox:
            xwms = sandbox.xwms
            await sign_in_patiently(xwms)
            await full_setup(xwms, sign_in=False)
            return counts(await holdings(xwms), revoked=False), sandbox.delays.seen

    made, delays = run_async(scenario())
    assert made == ONE_OF_EACH
    assert delays, "with a 30 % fault rate some calls must have been retried"
