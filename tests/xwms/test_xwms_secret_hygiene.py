"""No password, account token or client secret reaches a log line, an error, or a repr.

A hostile or careless server echoes the whole request (body and headers) back into
its message, `data` and `errors`; the client must scrub every value it sent.
"""

from __future__ import annotations

import json
import logging

import pytest

from tests.helpers.http import RawRequest, RawServer, envelope, http_response
from tests.helpers.sandbox import OWNER
from tests.helpers.xwms import CALLBACK, Delays, full_setup, in_process, person_allows, run_async
from xwms_wizard.xwms import CreatedSecret, Secret, XwmsClient, XwmsError

PASSWORD = "correct horse battery staple"
SHORT_PASSWORD = "pw9"
TOKEN = "tok_5f1c0ffee0ddba11"
CLIENT_SECRET = "xs_" + "Q" * 20 + "-_z" + "9" * 17
LOGIN_TOKEN = "lt_e1e2e3e4e5e6e7e8"
SECRETS = (PASSWORD, SHORT_PASSWORD, TOKEN, CLIENT_SECRET, LOGIN_TOKEN)


def echo(status: int, code: str | None = "validation_failed"):
    """An answer that repeats everything the request carried, in every place an error reads."""

    def answer(request: RawRequest) -> bytes:
        said = request.body.decode() + " " + json.dumps(request.headers)
        sent = json.loads(request.body or b"{}")
        values = [v for v in sent.values() if isinstance(v, str)]
        values.append(request.headers.get("authorization", ""))
        body = {
            "status": "error",
            "message": f"You sent {said}",
            "code": code,
            "data": {
                "echo": said,
                "received": sent,
                "nested": [{"note": f"value {value} was wrong"} for value in values],
            },
            "errors": {"password": [said], "name": [f"{value} is taken" for value in values]},
        }
        return http_response(status, body)

    return answer


def everything_said_about(error: XwmsError) -> str:
    parts = [error.message, error.detail, str(error), repr(error), json.dumps(error.data)]
    parts.append(json.dumps(getattr(error, "errors", {})))
    explanation = getattr(error, "explanation", None)
    parts.append(str(explanation))
    parts.extend(str(arg) for arg in error.args)
    return "\n".join(parts)


def assert_no_secret(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"a secret leaked: ...{secret[-4:]}"
    # The short password only as a whole word (it is a substring of ordinary text otherwise).
    assert f" {SHORT_PASSWORD} " not in text and f'"{SHORT_PASSWORD}"' not in text


@pytest.mark.parametrize("status", [400, 401, 409, 422, 500, 503])
def test_echoed_credentials_never_reach_errors_or_logs(status, caplog):
    caplog.set_level(logging.DEBUG)  # every logger: ours, httpx, httpcore, asyncio

    async def scenario() -> list[XwmsError]:
        caught: list[XwmsError] = []
        async with RawServer(echo(status)) as server:
            async with XwmsClient(server.api_url, retries=1, sleep=Delays()) as xwms:
                calls = [
                    lambda: xwms.login("owner@example.com", PASSWORD),
                    lambda: xwms.login("owner@example.com", SHORT_PASSWORD),
                    lambda: xwms.sign_token(
                        client_id="xc_1",
                        domain="shop.example",
                        client_secret=CLIENT_SECRET,
                        redirect_url="https://shop.example/xwms/validateToken",
                    ),
                    lambda: xwms.sign_token_verify(
                        client_id="xc_1",
                        domain="shop.example",
                        client_secret=CLIENT_SECRET,
                        token=LOGIN_TOKEN,
                    ),
                    lambda: xwms.create_client("shop", idempotency_key="k"),
                    lambda: xwms.list_clients(),
                ]
                xwms.token = TOKEN
                for call in calls:
                    try:
                        await call()
                    except XwmsError as error:
                        caught.append(error)
                assert repr(xwms) == f"<XwmsClient {server.api_url} (signed in)>"
        return caught

    errors = run_async(scenario())
    assert len(errors) == 6
    for error in errors:
        assert_no_secret(everything_said_about(error))
    assert_no_secret("\n".join(record.getMessage() for record in caplog.records))
    assert_no_secret(caplog.text)
    ours = [r for r in caplog.records if r.name == "xwms_wizard.xwms"]
    assert ours, "the client logs each request at DEBUG"


def test_created_secret_hides_its_value():
    secret = Secret(1, "Standard Key", None, False, "2025-01-01T00:00:00Z", CLIENT_SECRET[-4:])
    created = CreatedSecret(secret=secret, value=CLIENT_SECRET)
    for text in (repr(created), str(created), f"{created}", f"{created!r}"):
        assert CLIENT_SECRET not in text
        assert "Standard Key" in text
    assert created.value == CLIENT_SECRET


def test_a_created_secret_answer_is_parsed_and_its_value_not_logged(caplog):
    caplog.set_level(logging.DEBUG)
    answer = {
        "id": 4,
        "label": "Standard Key",
        "expires_at": "2030-01-31",
        "revoked": False,
        "created_at": "2025-01-01T00:00:00Z",
        "hint": CLIENT_SECRET[-4:],
        "secret": CLIENT_SECRET,
    }

    async def scenario() -> CreatedSecret:
        async with RawServer(http_response(201, envelope(data={"secret": answer}))) as server:
            async with XwmsClient(server.api_url, token=TOKEN) as xwms:
                return await xwms.create_secret(3, idempotency_key="plan:secret")

    created = run_async(scenario())
    assert created.value == CLIENT_SECRET and created.secret.expires_at.isoformat() == "2030-01-31"
    assert_no_secret(caplog.text + repr(created))


def test_a_real_setup_and_its_refusals_leak_nothing(caplog):
    """The whole flow against the real sandbox, with failures, captured at DEBUG everywhere."""
    caplog.set_level(logging.DEBUG)
    wrong_password = "Wrong-Password-4711"

    async def scenario():
        async with in_process() as sandbox:
            xwms = sandbox.xwms
            setup = await full_setup(xwms)
            creds = setup.credentials()
            login_url = await xwms.sign_token(**creds, redirect_url=CALLBACK)
            login_token = await person_allows(sandbox.browser, login_url)
            await xwms.sign_token_verify(**creds, token=login_token)
            errors: list[XwmsError] = []
            for call in (
                lambda: xwms.sign_token_verify(**creds, token=login_token),  # token_used
                lambda: xwms.sign_token(**creds, redirect_url=CALLBACK + "x"),
                lambda: xwms.get_user_info(**creds, sub="xu_nobody"),
                lambda: xwms.link_secret(
                    setup.domain.id, setup.secret.secret.id, idempotency_key=None
                ),
                lambda: xwms.login(OWNER, wrong_password),
            ):
                try:
                    await call()
                except XwmsError as error:
                    errors.append(error)
            await xwms.revoke_secret(setup.secret.secret.id, idempotency_key="revoke")
            try:
                await xwms.sign_token(**creds, redirect_url=CALLBACK)
            except XwmsError as error:
                errors.append(error)
            said = [everything_said_about(e) for e in errors]
            said += [repr(setup), str(setup.secret), repr(xwms)]
            return (setup.secret.value, xwms.token, login_token), said

    (secret_value, account_token, login_token), said = run_async(scenario())
    assert len(said) == 6 + 3
    private = (secret_value, account_token, login_token, wrong_password)
    for text in [*said, caplog.text]:
        for value in private:
            assert value not in text, f"a secret leaked: ...{value[-4:]}"
