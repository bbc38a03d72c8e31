"""The XWMS client against real failing connections: refused, DNS, TLS, garbage, hangs, drops."""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils

import httpx
import pytest

from tests.helpers.http import CLOSE, HANG, RawServer, closed_port, envelope, http_response
from tests.helpers.xwms import Delays, run_async
from xwms_wizard.core.errors import WizardError
from xwms_wizard.xwms import (
    BadResponse,
    Client,
    ConnectionFailed,
    NotSignedIn,
    Refused,
    ServerFailed,
    TimedOut,
    TlsFailed,
    XwmsClient,
    XwmsError,
)
from xwms_wizard.xwms.client import MAX_RETRY_AFTER

CLIENT_JSON = {"id": 1, "client_id": "xc_" + "a" * 20, "name": "shop", "created_at": "2025-01-01"}
CLIENTS_OK = http_response(200, envelope(data={"clients": [CLIENT_JSON]}))
CREATED_OK = http_response(201, envelope(data={"client": CLIENT_JSON}))
UNAVAILABLE = http_response(
    503,
    {"status": "error", "message": "Busy.", "code": "unavailable", "data": {}},
    headers={"Retry-After": "1"},
)
LOGIN_OK = http_response(
    200,
    envelope(
        data={
            "token": "tok",
            "account": {"id": 1, "email": "a@b.c", "plan": "paid", "verified_partner": False},
        }
    ),
)
# A complete status line and headers, then half the promised body and a closed connection.
HALF_BODY = b'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n{"st'


def assert_plain(error: XwmsError) -> None:
    """A message an owner can read: a sentence or more, no Python or HTTP library words."""
    assert isinstance(error, WizardError)
    assert len(error.message) > 40 and error.message.endswith((".", "!"))
    for jargon in ("Traceback", "Exception", "httpx", "httpcore", "errno", "None", "[SSL"):
        assert jargon not in error.message
    assert str(error) == error.message


# -- connection failures ---------------------------------------------------------------------------


def test_closed_port_is_connection_failed_and_retried_even_for_login():
    delays = Delays()

    async def scenario():
        async with XwmsClient(
            f"http://127.0.0.1:{closed_port()}/api", retries=2, sleep=delays
        ) as xwms:
            await xwms.login("owner@example.com", "practice")

    with pytest.raises(ConnectionFailed) as caught:
        run_async(scenario())
    error = caught.value
    assert_plain(error)
    assert error.retryable and "could not connect" in error.message
    assert "POST /api/manage/login" in error.detail and "attempt 3 of 3" in error.detail
    # The login never reached a server, so repeating it was safe: two retries, growing delays.
    assert len(delays.seen) == 2 and delays.seen[0] < delays.seen[1]


def test_unknown_host_is_connection_failed():
    async def scenario():
        async with XwmsClient("http://no-such-host.invalid/api/", timeout=5, retries=0) as xwms:
            await xwms.info()

    try:
        run_async(scenario(), timeout=20)
    except TimedOut:
        pytest.skip("this machine's resolver does not answer for .invalid names")
    except ConnectionFailed as error:
        assert_plain(error)
        assert "could not find the server no-such-host.invalid" in error.message
        assert error.retryable
    else:
        pytest.fail("a .invalid host answered")


def test_https_to_a_plain_http_server_is_tls_failed():
    greeting = http_response(400, "this is not TLS")

    async def scenario():
        async with RawServer(greeting=greeting) as server:
            url = f"https://127.0.0.1:{server.port}/api/"
            async with XwmsClient(url, retries=3, sleep=Delays()) as xwms:
                try:
                    await xwms.info()
                finally:
                    assert server.connections == 1  # a TLS failure is not retried

    with pytest.raises((TlsFailed, ConnectionFailed)) as caught:
        run_async(scenario())
    error = caught.value
    assert isinstance(error, TlsFailed)
    assert_plain(error)
    assert not error.retryable
    assert "secure connection" in error.message and "Nothing was sent" in error.message


def test_hanging_server_is_timed_out_and_a_get_is_retried():
    delays = Delays()

    async def scenario():
        async with RawServer(HANG) as server:
            async with XwmsClient(server.api_url, timeout=0.3, retries=1, sleep=delays) as xwms:
                try:
                    await xwms.list_clients()
                finally:
                    assert len(server.requests) == 2

    with pytest.raises(TimedOut) as caught:
        run_async(scenario())
    assert_plain(caught.value)
    assert caught.value.retryable and "did not answer within 0.3 seconds" in caught.value.message
    assert len(delays.seen) == 1


def test_connection_closed_mid_answer_is_connection_failed():
    async def scenario():
        async with RawServer(HALF_BODY) as server:
            async with XwmsClient(server.api_url, retries=0) as xwms:
                await xwms.list_clients()

    with pytest.raises(ConnectionFailed) as caught:
        run_async(scenario())
    assert_plain(caught.value)
    assert "broke off" in caught.value.message and caught.value.retryable


@pytest.mark.parametrize(
    "answer",
    [CLOSE, b"HTTP/1.1 200 OK\r\nContent-Le", b"HTTP/1.1 2"],
    ids=["nothing", "half-headers", "half-status-line"],
)
def test_connection_closed_before_the_headers_ended_is_connection_failed(answer):
    async def scenario():
        async with RawServer(answer) as server:
            async with XwmsClient(server.api_url, retries=0) as xwms:
                await xwms.list_clients()

    with pytest.raises(ConnectionFailed) as caught:
        run_async(scenario())
    assert caught.value.retryable


# -- answers the client cannot use -----------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        pytest.param(b"SSH-2.0-OpenSSH_9.6\r\n\r\n", id="not-http"),
        pytest.param(http_response(200, "<html>Welcome</html>"), id="html"),
        pytest.param(http_response(200, "{not json"), id="broken-json"),
        pytest.param(http_response(200, [1, 2, 3]), id="json-array"),
        pytest.param(http_response(200, {"message": "hi", "data": {}}), id="no-status"),
        pytest.param(http_response(200, {"status": "ok", "data": {}}), id="unknown-status"),
        pytest.param(http_response(200, {"status": "success", "data": []}), id="data-not-object"),
        pytest.param(http_response(200, envelope(data={})), id="clients-missing"),
        pytest.param(http_response(200, envelope(data={"clients": {}})), id="clients-not-list"),
        pytest.param(
            http_response(200, envelope(data={"clients": [{**CLIENT_JSON, "id": True}]})),
            id="bool-as-id",
        ),
        pytest.param(http_response(404, "<h1>Not Found</h1>"), id="html-404"),
        pytest.param(http_response(302, "", headers={"Location": "/x"}), id="redirect"),
        pytest.param(http_response(200, "[" * 100_000 + "]" * 100_000), id="deep-json"),
    ],
)
def test_unusable_answers_are_bad_response(answer):
    async def scenario():
        async with RawServer(answer) as server:
            async with XwmsClient(server.api_url, retries=0) as xwms:
                await xwms.list_clients()

    with pytest.raises(BadResponse) as caught:
        run_async(scenario())
    error = caught.value
    assert error.message.startswith("The server answered in a way the wizard does not understand")
    assert_plain(error)
    assert not error.retryable
    assert "GET /api/manage/clients" in error.detail


def test_bad_response_through_mock_transport_names_the_broken_field():
    def handler(request: httpx.Request) -> httpx.Response:
        account = {"id": 1, "email": "a@b.c", "plan": "gold", "verified_partner": False}
        return httpx.Response(200, json=envelope(data={"token": "t", "account": account}))

    async def scenario():
        async with XwmsClient("http://x.test/api", transport=httpx.MockTransport(handler)) as xwms:
            await xwms.login("a@b.c", "pw")

    with pytest.raises(BadResponse) as caught:
        run_async(scenario())
    assert "account.plan" in caught.value.detail


def test_an_answer_too_large_is_bad_response():
    big = http_response(200, envelope(data={"clients": [], "pad": "x" * (9 * 1024 * 1024)}))

    async def scenario():
        async with RawServer(big) as server:
            async with XwmsClient(server.api_url, retries=0) as xwms:
                await xwms.list_clients()

    with pytest.raises(BadResponse) as caught:
        run_async(scenario())
    assert "larger than" in caught.value.detail


def test_2xx_with_an_error_envelope_is_a_refusal_from_status_and_message():
    answer = http_response(
        200, {"status": "error", "message": "Domain not allowed for this client", "data": {}}
    )

    async def scenario():
        async with RawServer(answer) as server:
            async with XwmsClient(server.api_url) as xwms:
                await xwms.sign_token(
                    client_id="c", domain="example.com", client_secret="s", redirect_url="u"
                )

    with pytest.raises(Refused) as caught:
        run_async(scenario())
    assert caught.value.code is None
    assert "Domain not allowed for this client" in caught.value.message


# -- server failures and retries -------------------------------------------------------------------


def test_5xx_then_success_is_retried_for_a_get():
    delays = Delays()

    async def scenario():
        async with RawServer(http_response(502, "Bad gateway"), CLIENTS_OK) as server:
            async with XwmsClient(server.api_url, sleep=delays) as xwms:
                clients = await xwms.list_clients()
            return clients, len(server.requests)

    clients, requests = run_async(scenario())
    assert clients == [Client(1, "xc_" + "a" * 20, "shop", "2025-01-01")]
    assert requests == 2 and len(delays.seen) == 1


def test_retry_after_is_honoured_and_exhausted_retries_raise_server_failed():
    delays = Delays()

    async def scenario():
        async with RawServer(UNAVAILABLE) as server:
            async with XwmsClient(server.api_url, retries=2, sleep=delays) as xwms:
                try:
                    await xwms.list_clients()
                finally:
                    assert len(server.requests) == 3

    with pytest.raises(ServerFailed) as caught:
        run_async(scenario())
    error = caught.value
    assert_plain(error)
    assert error.retryable and error.status == 503 and error.code == "unavailable"
    assert delays.seen == [1.0, 1.0]
    assert "HTTP 503, code unavailable: Busy." in error.detail
    assert "attempt 3 of 3" in error.detail


def test_retry_after_as_http_date_and_the_cap():
    in_five = email.utils.format_datetime(dt.datetime.now(dt.UTC) + dt.timedelta(seconds=5), True)
    later = http_response(503, "busy", headers={"Retry-After": in_five})
    much_later = http_response(503, "busy", headers={"Retry-After": "86400"})
    delays = Delays()

    async def scenario():
        async with RawServer(later, much_later, CLIENTS_OK) as server:
            async with XwmsClient(server.api_url, sleep=delays) as xwms:
                return await xwms.list_clients()

    assert len(run_async(scenario())) == 1
    assert 3.0 <= delays.seen[0] <= 5.0
    assert delays.seen[1] == MAX_RETRY_AFTER


def test_backoff_grows_with_jitter_when_there_is_no_retry_after():
    delays = Delays()

    async def scenario():
        async with RawServer(http_response(504, "")) as server:
            async with XwmsClient(server.api_url, retries=3, backoff=0.5, sleep=delays) as xwms:
                await xwms.list_clients()

    with pytest.raises(ServerFailed):
        run_async(scenario())
    assert len(delays.seen) == 3
    for attempt, delay in enumerate(delays.seen):
        base = 0.5 * 2**attempt
        assert base <= delay <= base * 1.5


def test_a_500_is_server_failed_but_not_repeated_automatically():
    answer = http_response(
        500, {"status": "error", "message": "Oops.", "code": "internal_error", "data": {}}
    )

    async def scenario():
        async with RawServer(answer) as server:
            async with XwmsClient(server.api_url, sleep=Delays()) as xwms:
                try:
                    await xwms.list_clients()
                finally:
                    assert len(server.requests) == 1

    with pytest.raises(ServerFailed) as caught:
        run_async(scenario())
    assert caught.value.retryable  # a later retry by the owner may help


# -- retry safety: a POST without Idempotency-Key is never repeated once sent ----------------------


@pytest.mark.parametrize("answer", [UNAVAILABLE, HALF_BODY, CLOSE], ids=["503", "half", "closed"])
def test_login_is_repeated_because_a_second_sign_in_leaves_nothing_behind(answer):
    async def scenario():
        async with RawServer(answer, LOGIN_OK) as server:
            async with XwmsClient(server.api_url, retries=3, sleep=Delays()) as xwms:
                account = await xwms.login("owner@example.com", "practice")
            return account, server.requests

    account, requests = run_async(scenario())
    assert account.email and len(requests) == 2


def test_login_is_not_repeated_after_a_refusal():
    async def scenario():
        refusal = envelope(status="error", code="invalid_credentials")
        async with RawServer(http_response(401, refusal)) as server:
            async with XwmsClient(server.api_url, retries=3, sleep=Delays()) as xwms:
                try:
                    await xwms.login("owner@example.com", "wrong")
                finally:
                    assert len(server.requests) == 1

    with pytest.raises(NotSignedIn):
        run_async(scenario())


def test_post_without_idempotency_key_is_not_retried():
    async def scenario():
        async with RawServer(UNAVAILABLE, CREATED_OK) as server:
            async with XwmsClient(server.api_url, sleep=Delays()) as xwms:
                try:
                    await xwms.create_client("shop", idempotency_key=None)
                finally:
                    assert len(server.requests) == 1
                    assert "idempotency-key" not in server.requests[0].headers

    with pytest.raises(ServerFailed):
        run_async(scenario())


@pytest.mark.parametrize("first", [UNAVAILABLE, HALF_BODY, CLOSE], ids=["503", "half", "closed"])
def test_post_with_idempotency_key_is_retried_with_the_same_key_and_body(first):
    async def scenario():
        async with RawServer(first, CREATED_OK) as server:
            async with XwmsClient(server.api_url, sleep=Delays()) as xwms:
                client = await xwms.create_client("shop", idempotency_key="plan-1:client")
            return client, server.requests

    client, requests = run_async(scenario())
    assert client.name == "shop"
    assert len(requests) == 2
    assert {r.headers["idempotency-key"] for r in requests} == {"plan-1:client"}
    assert requests[0].body == requests[1].body


def test_public_sign_token_is_repeated_after_a_503():
    """A second sign-token only opens another one-time login page, which expires unused."""
    login_page = http_response(200, envelope(data={"url": "http://127.0.0.1:1/login/abc"}))

    async def scenario():
        async with RawServer(UNAVAILABLE, login_page) as server:
            async with XwmsClient(server.api_url, sleep=Delays()) as xwms:
                url = await xwms.sign_token(
                    client_id="xc_1", domain="example.com", client_secret="s", redirect_url="u"
                )
            return url, server.requests

    url, requests = run_async(scenario())
    assert url.endswith("/login/abc") and len(requests) == 2


def test_put_and_patch_are_retried_after_a_dropped_answer():
    scopes_ok = http_response(200, envelope(data={"scopes": ["profile"]}))

    async def scenario():
        async with RawServer(HALF_BODY, scopes_ok) as server:
            async with XwmsClient(server.api_url, sleep=Delays()) as xwms:
                keys = await xwms.set_client_scopes(7, ["profile"])
            return keys, [(r.method, r.path) for r in server.requests]

    keys, requests = run_async(scenario())
    assert keys == ["profile"]
    assert requests == [("PUT", "/api/manage/clients/7/scopes")] * 2


def test_429_is_a_retryable_refusal_and_a_get_waits_as_asked():
    too_many = http_response(
        429, {"status": "error", "message": "Slow down.", "data": {}}, headers={"Retry-After": "2"}
    )
    delays = Delays()

    async def scenario():
        async with RawServer(too_many) as server:
            async with XwmsClient(server.api_url, retries=1, sleep=delays) as xwms:
                await xwms.list_clients()

    with pytest.raises(Refused) as caught:
        run_async(scenario())
    assert caught.value.retryable and caught.value.status == 429
    assert delays.seen == [2.0]


# -- requests carry what the contract asks for ----------------------------------------------------


def test_requests_carry_token_key_and_client_credentials_where_they_belong():
    verify_ok = http_response(200, envelope(data={"user": {"sub": "u-1", "name": "Ann"}}))

    async def scenario():
        async with RawServer(CREATED_OK, verify_ok) as server:
            async with XwmsClient(server.api_url.rstrip("/"), token="tok-123") as xwms:
                await xwms.create_client("shop", idempotency_key="k1")
                user = await xwms.sign_token_verify(
                    client_id="xc_1", domain="example.com", client_secret="sec", token="t1"
                )
            return user, server.requests

    user, (create, verify) = run_async(scenario())
    assert user == {"sub": "u-1", "name": "Ann"}  # nested data.user accepted
    assert create.path == "/api/manage/clients"
    assert create.headers["authorization"] == "Bearer tok-123"
    assert create.headers["idempotency-key"] == "k1"
    assert create.headers["accept"] == "application/json"
    assert verify.path == "/api/sign-token-verify"
    assert "authorization" not in verify.headers  # the account token never goes to public calls
    assert verify.headers["x-client-id"] == "xc_1"
    assert verify.headers["x-client-domain"] == "example.com"
    assert verify.headers["x-client-secret"] == "sec"
    assert b'"client_secret": "sec"' in verify.body or b'"client_secret":"sec"' in verify.body


def test_bad_server_addresses_are_refused_plainly():
    for address in ("", "xwms.nl/api", "ftp://xwms.nl/api/", "https://user:pw@xwms.nl/api/"):
        with pytest.raises(XwmsError) as caught:
            XwmsClient(address)
        assert caught.value.field == "server_url"
        assert "pw" not in caught.value.message


# -- cancellation ----------------------------------------------------------------------------------


def test_cancelling_a_call_propagates_cancelled_error():
    async def scenario():
        async with RawServer(HANG) as server:
            async with XwmsClient(server.api_url, timeout=30) as xwms:
                task = asyncio.create_task(xwms.list_clients())
                while not server.requests:
                    await asyncio.sleep(0.01)
                task.cancel()
                with pytest.raises(asyncio.CancelledError):
                    await task
                return task.cancelled()

    assert run_async(scenario()) is True


def test_cancelling_during_backoff_propagates_cancelled_error():
    async def scenario():
        async with RawServer(UNAVAILABLE) as server:
            # The real asyncio.sleep, told by Retry-After to wait 1 s: cancel during that wait.
            async with XwmsClient(server.api_url) as xwms:
                task = asyncio.create_task(xwms.list_clients())
                while not server.requests:
                    await asyncio.sleep(0.01)
                await asyncio.sleep(0.1)
                task.cancel()
                with pytest.raises(asyncio.CancelledError):
                    await task
                return len(server.requests)

    assert run_async(scenario()) == 1
