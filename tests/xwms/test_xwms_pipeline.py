"""The client's request pipeline: transport failures are told apart by type and cause, not text."""

from __future__ import annotations

import asyncio
import socket
import ssl
from collections.abc import AsyncIterator, Callable
from typing import Any

import h11
import httpx
import pytest

from xwms_wizard.xwms import (
    BadResponse,
    ConnectionFailed,
    TimedOut,
    TlsFailed,
    XwmsClient,
    XwmsError,
)

API = "http://x.test:8080/api/"
DNS_MESSAGE = "could not find the server x.test."
CONNECT_MESSAGE = "could not connect to the server at x.test:8080."
BROKE_OFF_MESSAGE = "broke off before the answer was complete"


def caused(exc: BaseException, cause: BaseException) -> BaseException:
    """`exc` as if raised by `raise exc from cause`, as httpx and httpcore wrap what they catch."""
    exc.__cause__ = cause
    return exc


def connect_error(text: str, cause: BaseException | None = None) -> httpx.ConnectError:
    """What httpx raises for a failed connect: its error, from httpcore's, from the OS's."""
    inner: BaseException = httpx.ConnectError(text)
    if cause is not None:
        inner.__cause__ = cause
    return caused(httpx.ConnectError(text), inner)  # type: ignore[return-value]


class Failing:
    """A transport whose every request fails with a fresh exception from `make`; counts them."""

    def __init__(self, make: Callable[[], BaseException]) -> None:
        self.make = make
        self.requests = 0

    def transport(self) -> httpx.MockTransport:
        def handler(request: httpx.Request) -> httpx.Response:
            self.requests += 1
            raise self.make()

        return httpx.MockTransport(handler)


class BreaksInBody(httpx.AsyncByteStream):
    """A body that raises `error` after the status line and headers have arrived."""

    def __init__(self, error: BaseException) -> None:
        self.error = error

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b'{"st'
        raise self.error


async def _no_sleep(seconds: float) -> None:
    pass


def fail_with(
    make: Callable[[], BaseException], *, call: str = "info", retries: int = 2
) -> tuple[XwmsError, int]:
    """The error a call raises when every request fails with `make()`, and how many were sent."""
    failing = Failing(make)

    async def scenario() -> None:
        async with XwmsClient(
            API, transport=failing.transport(), retries=retries, sleep=_no_sleep
        ) as xwms:
            if call == "login":  # a POST without Idempotency-Key
                await xwms.login("owner@example.com", "practice")
            elif call == "create_client":  # a POST without Idempotency-Key, never "harmless"
                await xwms.create_client("shop", idempotency_key=None)
            else:
                await xwms.info()

    with pytest.raises(XwmsError) as caught:
        asyncio.run(scenario())
    return caught.value, failing.requests


# -- DNS: socket.gaierror on the chain, whatever the text says ------------------------------------


def test_a_connect_error_wrapping_gaierror_is_the_dns_message():
    error, sent = fail_with(
        lambda: connect_error(
            "[Errno -2] Name or service not known",
            socket.gaierror(socket.EAI_NONAME, "Name or service not known"),
        )
    )
    assert isinstance(error, ConnectionFailed) and error.retryable
    assert DNS_MESSAGE in error.message
    assert sent == 3  # nothing reached a server: retried


def test_gaierror_is_found_however_its_text_reads():
    error, _ = fail_with(lambda: connect_error("lookup failed", socket.gaierror(-3, "try again")))
    assert DNS_MESSAGE in error.message


@pytest.mark.parametrize(
    "text",
    [
        "[Errno -2] Name or service not known",
        "[Errno 8] nodename nor servname provided, or not known",
        "[Errno 11001] getaddrinfo failed",
        "[Errno -3] Temporary failure in name resolution",
    ],
)
def test_dns_words_in_the_text_of_a_refused_connection_are_not_a_dns_failure(text):
    # The text reads like a resolver's, but what failed was the connection itself.
    error, sent = fail_with(lambda: connect_error(text, ConnectionRefusedError(111, "refused")))
    assert isinstance(error, ConnectionFailed)
    assert CONNECT_MESSAGE in error.message and DNS_MESSAGE not in error.message
    assert sent == 3


def test_dns_words_with_no_cause_at_all_are_not_a_dns_failure():
    error, _ = fail_with(lambda: connect_error("Name or service not known"))
    assert CONNECT_MESSAGE in error.message


def test_refused_even_for_a_login_is_retried_because_nothing_was_sent():
    error, sent = fail_with(
        lambda: connect_error(
            "All connection attempts failed",
            caused(OSError("All connection attempts failed"), ConnectionRefusedError(111, "x")),
        ),
        call="login",
    )
    assert isinstance(error, ConnectionFailed) and CONNECT_MESSAGE in error.message
    assert sent == 3


# -- TLS: ssl.SSLError on the chain ----------------------------------------------------------------


def test_a_certificate_that_fails_verification_is_tls_failed_and_not_retried():
    error, sent = fail_with(
        lambda: connect_error(
            "certificate verify failed",
            ssl.SSLCertVerificationError(1, "certificate verify failed: self-signed certificate"),
        )
    )
    assert isinstance(error, TlsFailed) and not error.retryable
    assert "security certificate is not valid" in error.message
    assert "Nothing was sent" in error.message and "x.test:8080" in error.message
    assert sent == 1


def test_a_handshake_the_server_cut_short_is_tls_failed_through_the_context_chain():
    # What a plain-HTTP server that closes during the handshake gives: httpcore's ConnectError
    # from anyio.EndOfStream, raised while handling ssl.SSLEOFError (__context__, not __cause__).
    def make() -> BaseException:
        end = Exception("EndOfStream")
        end.__context__ = ssl.SSLEOFError(8, "EOF occurred in violation of protocol")
        return connect_error("", end)

    error, sent = fail_with(make)
    assert isinstance(error, TlsFailed)
    assert "did not set up a secure (https) connection" in error.message
    assert sent == 1


def test_ssl_in_the_text_without_an_ssl_error_is_not_a_tls_failure():
    error, sent = fail_with(
        lambda: connect_error("[SSL: WRONG_VERSION_NUMBER]", ConnectionResetError(104, "reset"))
    )
    assert isinstance(error, ConnectionFailed) and not isinstance(error, TlsFailed)
    assert CONNECT_MESSAGE in error.message
    assert sent == 3


# -- timeouts: which ones happened before the request left ----------------------------------------


@pytest.mark.parametrize(
    ("exc", "sent_for_a_post"),
    [
        (httpx.ConnectTimeout, 3),  # never left this computer: even a bare POST is retried
        (httpx.PoolTimeout, 3),
        (httpx.ReadTimeout, 1),  # the server may have acted on it: a bare POST is not repeated
        (httpx.WriteTimeout, 1),
    ],
)
def test_timeouts_are_timed_out_and_a_bare_post_is_repeated_only_if_it_never_left(
    exc, sent_for_a_post
):
    error, sent = fail_with(
        lambda: caused(exc(""), TimeoutError()), call="create_client", retries=2
    )
    assert isinstance(error, TimedOut) and error.retryable
    assert "did not answer within 15 seconds" in error.message
    assert sent == sent_for_a_post


# -- bytes that are not HTTP, and answers that broke off ------------------------------------------


def test_a_status_line_h11_refuses_is_bad_response():
    def make() -> BaseException:
        h11_error = h11.RemoteProtocolError("illegal status line: bytearray(b'SSH-2.0')")
        return caused(httpx.RemoteProtocolError(str(h11_error)), h11_error)

    error, sent = fail_with(make, call="login")
    assert isinstance(error, BadResponse) and not error.retryable
    assert sent == 3  # the same rules as before: the answer is retried, a login may be


@pytest.mark.parametrize(
    "text", ["illegal status line", "malformed data", "invalid header", "line too long"]
)
def test_not_http_words_without_h11_beneath_are_a_broken_connection(text):
    # e.g. the sandbox's in-process ConnectionDropped: an httpx error raised on purpose.
    error, _ = fail_with(lambda: httpx.RemoteProtocolError(text))
    assert isinstance(error, ConnectionFailed) and BROKE_OFF_MESSAGE in error.message


def test_a_server_that_closed_before_answering_is_a_broken_connection():
    # httpcore's own error, with nothing beneath it.
    error, sent = fail_with(
        lambda: httpx.RemoteProtocolError("Server disconnected without sending a response."),
        call="create_client",
    )
    assert isinstance(error, ConnectionFailed) and BROKE_OFF_MESSAGE in error.message
    assert sent == 1  # it may have done the work: a bare POST is not repeated


def _answer_breaking_with(error: BaseException, *, retries: int = 2) -> tuple[XwmsError, int]:
    requests = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal requests
        requests += 1
        return httpx.Response(200, stream=BreaksInBody(error))

    async def scenario() -> Any:
        transport = httpx.MockTransport(handler)
        async with XwmsClient(API, transport=transport, retries=retries, sleep=_no_sleep) as xwms:
            return await xwms.list_clients()

    with pytest.raises(XwmsError) as caught:
        asyncio.run(scenario())
    return caught.value, requests


def test_h11_error_after_the_headers_arrived_is_a_broken_connection():
    # The head was HTTP; the body stopped short ("peer closed connection without sending
    # complete message body"). h11 raises the same type as for a bad status line.
    h11_error = h11.RemoteProtocolError("peer closed connection without sending complete body")
    error, sent = _answer_breaking_with(
        caused(httpx.RemoteProtocolError(str(h11_error)), h11_error)
    )
    assert isinstance(error, ConnectionFailed) and BROKE_OFF_MESSAGE in error.message
    assert sent == 3  # a GET: retried


def test_an_answer_that_cannot_be_decoded_is_bad_response_and_not_retried():
    error, sent = _answer_breaking_with(httpx.DecodingError("bad gzip"))
    assert isinstance(error, BadResponse)
    assert sent == 1


def test_details_name_the_exception_type_and_the_attempt_but_no_secret():
    def make() -> BaseException:
        return connect_error("refused practice", ConnectionRefusedError(111, "refused"))

    error, _ = fail_with(make, call="login", retries=0)
    assert error.detail.startswith("POST /api/manage/login: ConnectError: refused <redacted>")
    assert error.detail.endswith("(attempt 1 of 1)")


# -- the same chains from the real httpx / httpcore / anyio stack ----------------------------------


def test_a_real_lookup_failure_reaches_the_client_as_gaierror(monkeypatch):
    # No network needed: the resolver itself fails, and the real stack wraps what it raised.
    def no_such_host(*args: object, **kwargs: object) -> object:
        raise socket.gaierror(socket.EAI_NONAME, "no such host here")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)

    async def scenario() -> None:
        async with XwmsClient(API, retries=0) as xwms:
            await xwms.info()

    with pytest.raises(ConnectionFailed) as caught:
        asyncio.run(scenario())
    assert DNS_MESSAGE in caught.value.message
