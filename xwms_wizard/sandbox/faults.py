"""ASGI middleware for the sandbox's test knobs (latency, injected faults), its guards on the
connection (a request body that stalls, a client that goes away) and a last-resort 500."""

from __future__ import annotations

import asyncio
import logging
import random

import anyio
import httpx
from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from xwms_wizard.sandbox.envelope import (
    INTERNAL_ERROR_MESSAGE,
    ApiError,
    encode,
    error_body,
    error_response,
)

log = logging.getLogger("xwms_wizard.sandbox")

# How long a request body may stall (no new bytes while the sandbox waits for them) before the
# request is answered 408 and its connection closed. A client that declared 100 bytes and sent 2
# would otherwise hold its connection, and the request, for as long as it likes.
BODY_TIMEOUT_SECONDS = 10.0
WENT_AWAY = "client went away before the answer: %s %s"


class ConnectionDropped(httpx.RemoteProtocolError):
    """Raised on purpose after a request was fully processed, to cut the connection mid-answer.

    It subclasses httpx's own error so that a client talking to the app in-process (through
    httpx.ASGITransport) sees the same exception type as one talking over a real socket.
    """


class BodyStalled(ApiError):
    """408 `request_timeout`: the body stopped arriving. Raised from `receive`, so every route
    that reads a body answers it through the usual error envelope; `Connection: close` makes the
    server close the connection after the answer (the rest of the body is never read)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(
            408,
            "request_timeout",
            f"The request body stopped arriving: nothing more came for {_seconds(seconds)}, so "
            "the sandbox stopped waiting. Send the whole request again.",
            headers={"Connection": "close"},
        )


def _seconds(value: float) -> str:
    shown = f"{value:g}"
    return f"{shown} second" if shown == "1" else f"{shown} seconds"


def _envelope_start(status: int, body: bytes, extra: list[tuple[bytes, bytes]]) -> Message:
    headers = [(b"content-type", b"application/json"),
               (b"content-length", str(len(body)).encode()), *extra]
    return {"type": "http.response.start", "status": status, "headers": headers}


async def _client_gone(receive: Receive) -> bool:
    """True when the server already knows the client closed its connection. Never waits: a
    `receive` that would block is cancelled at once (Starlette's `is_disconnected` does the
    same). Called as the answer starts: whatever of the body it reads, nobody needs any more."""
    for _ in range(2):  # a request whose (empty) body nobody read: that message comes first
        message: Message = {}
        with anyio.CancelScope() as scope:
            scope.cancel()
            message = await receive()
        if message.get("type") == "http.disconnect":
            return True
        if message.get("type") != "http.request" or message.get("more_body", False):
            return False
    return False


class SandboxMiddleware:
    """For requests under /api/: wait `latency_ms`, then for a `fault_rate` share of them either
    answer 503 before doing anything, or do the work and drop the connection (half each).

    For every request: a body that stalls for `body_timeout` seconds is answered 408 and the
    connection closed; a client that went away before its answer is one INFO line, nothing
    more; an unexpected exception becomes a 500 envelope, never a traceback to the client."""

    def __init__(self, app: ASGIApp, *, latency_ms: int = 0, fault_rate: float = 0.0,
                 seed: int | None = None, body_timeout: float = BODY_TIMEOUT_SECONDS) -> None:
        if not body_timeout > 0:
            raise ValueError("body_timeout must be more than 0 seconds")
        self.app = app
        self.latency = latency_ms / 1000
        self.fault_rate = fault_rate
        self.rng = random.Random(seed)
        self.body_timeout = body_timeout

    def _fault(self) -> str | None:
        if self.fault_rate <= 0 or self.rng.random() >= self.fault_rate:
            return None
        return "unavailable" if self.rng.random() < 0.5 else "drop"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method, path = scope.get("method"), scope["path"]
        fault = None
        if path.startswith("/api/"):
            if self.latency:
                await asyncio.sleep(self.latency)
            fault = self._fault()
        if fault == "unavailable":
            body = encode(error_body(
                "unavailable",
                "The practice sandbox is simulating an outage (its fault rate is set). Try "
                "again in a moment.",
            ))
            await send(_envelope_start(503, body, [(b"retry-after", b"1")]))
            await send({"type": "http.response.body", "body": body})
            return

        started = False
        body_read = False  # the last of the body has come (or the client has gone)
        gone = False

        async def timed_receive() -> Message:
            nonlocal body_read, gone
            if body_read:
                return await receive()
            try:
                message = await asyncio.wait_for(receive(), self.body_timeout)
            except TimeoutError:
                raise BodyStalled(self.body_timeout) from None
            if message["type"] == "http.disconnect":
                gone = True
            if message["type"] != "http.request" or not message.get("more_body", False):
                body_read = True
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started, gone
            if message["type"] == "http.response.start":
                started = True
                if not gone:
                    gone = await _client_gone(receive)
                if gone:
                    log.info(WENT_AWAY, method, path)
            elif message["type"] == "http.response.body" and fault == "drop":
                # The work is committed; the client gets the status line and then a broken
                # connection, exactly what its retry and idempotency logic must survive.
                raise ConnectionDropped("the sandbox dropped the connection on purpose")
            await send(message)

        try:
            await self.app(scope, timed_receive, guarded_send)
        except ConnectionDropped:
            raise
        except ClientDisconnect:
            # The client closed its connection while its body was being read: there is no one
            # to answer, and nothing went wrong here.
            if not started:
                log.info(WENT_AWAY, method, path)
        except BodyStalled as stalled:
            if started:
                raise
            await error_response(stalled)(scope, timed_receive, send)
        except Exception:
            log.exception("Unexpected error answering %s %s", method, path)
            if started:
                raise
            body = encode(error_body("internal_error", INTERNAL_ERROR_MESSAGE))
            await send(_envelope_start(500, body, []))
            await send({"type": "http.response.body", "body": body})
