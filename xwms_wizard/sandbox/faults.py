"""ASGI middleware for the sandbox's test knobs (latency, injected faults) and a last-resort 500."""

from __future__ import annotations

import asyncio
import logging
import random

import httpx
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from xwms_wizard.sandbox.envelope import INTERNAL_ERROR_MESSAGE, encode, error_body

log = logging.getLogger("xwms_wizard.sandbox")


class ConnectionDropped(httpx.RemoteProtocolError):
    """Raised on purpose after a request was fully processed, to cut the connection mid-answer.

    It subclasses httpx's own error so that a client talking to the app in-process (through
    httpx.ASGITransport) sees the same exception type as one talking over a real socket.
    """


def _envelope_start(status: int, body: bytes, extra: list[tuple[bytes, bytes]]) -> Message:
    headers = [(b"content-type", b"application/json"),
               (b"content-length", str(len(body)).encode()), *extra]
    return {"type": "http.response.start", "status": status, "headers": headers}


class SandboxMiddleware:
    """For requests under /api/: wait `latency_ms`, then for a `fault_rate` share of them either
    answer 503 before doing anything, or do the work and drop the connection (half each).
    For every request: an unexpected exception becomes a 500 envelope, never a traceback."""

    def __init__(self, app: ASGIApp, *, latency_ms: int = 0, fault_rate: float = 0.0,
                 seed: int | None = None) -> None:
        self.app = app
        self.latency = latency_ms / 1000
        self.fault_rate = fault_rate
        self.rng = random.Random(seed)

    def _fault(self) -> str | None:
        if self.fault_rate <= 0 or self.rng.random() >= self.fault_rate:
            return None
        return "unavailable" if self.rng.random() < 0.5 else "drop"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        fault = None
        if scope["path"].startswith("/api/"):
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

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            elif message["type"] == "http.response.body" and fault == "drop":
                # The work is committed; the client gets the status line and then a broken
                # connection, exactly what its retry and idempotency logic must survive.
                raise ConnectionDropped("the sandbox dropped the connection on purpose")
            await send(message)

        try:
            await self.app(scope, receive, guarded_send)
        except ConnectionDropped:
            raise
        except Exception:
            log.exception("Unexpected error answering %s %s", scope.get("method"), scope["path"])
            if started:
                raise
            body = encode(error_body("internal_error", INTERNAL_ERROR_MESSAGE))
            await send(_envelope_start(500, body, []))
            await send({"type": "http.response.body", "body": body})
