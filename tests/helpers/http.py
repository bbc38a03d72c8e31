"""Raw HTTP for the client's transport tests: a scripted HTTP/1.1 server on 127.0.0.1, the bytes
of an answer, and a port where nothing listens."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

HANG = "hang"  # read the request, never answer
CLOSE = "close"  # read the request, close the connection without a byte


@dataclass
class RawRequest:
    method: str
    path: str
    headers: dict[str, str]  # lower-case names
    body: bytes


def http_response(
    status: int,
    body: bytes | str | dict | list = b"",
    *,
    headers: dict[str, str] | None = None,
    reason: str = "X",
) -> bytes:
    """The raw bytes of an HTTP/1.1 answer (JSON when `body` is a dict or list)."""
    content_type = "text/plain"
    if isinstance(body, dict | list):
        body, content_type = json.dumps(body).encode(), "application/json"
    elif isinstance(body, str):
        body = body.encode()
    lines = [f"HTTP/1.1 {status} {reason}", f"Content-Length: {len(body)}", "Connection: close"]
    all_headers = {"Content-Type": content_type, **(headers or {})}
    lines += [f"{k}: {v}" for k, v in all_headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def envelope(status: str = "success", data: Any = None, **extra: Any) -> dict:
    """The body of an XWMS answer: status, message and data (plus any `extra` fields)."""
    return {"status": status, "message": "ok", "data": {} if data is None else data, **extra}


Action = bytes | str | Callable[[RawRequest], bytes]


class RawServer:
    """A tiny HTTP/1.1 server on 127.0.0.1 that follows a script: one action per request.

    An action is raw bytes to send (then close), HANG, CLOSE, or a function of the
    request returning bytes. The last action repeats. `greeting` bytes are sent as
    soon as a connection opens, before reading anything (for the TLS test).
    """

    def __init__(self, *actions: Action, greeting: bytes | None = None) -> None:
        self.actions = list(actions) or [CLOSE]
        self.greeting = greeting
        self.requests: list[RawRequest] = []
        self.connections = 0
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._closing: asyncio.Event | None = None
        self.port = 0

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    async def __aenter__(self) -> RawServer:
        self._closing = asyncio.Event()
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None and self._closing is not None
        self._server.close()
        self._closing.set()  # hanging handlers return (cancelling them makes asyncio log noise)
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._server.wait_closed()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        self.connections += 1
        try:
            if self.greeting is not None:
                writer.write(self.greeting)
                await writer.drain()
                return
            request = await _read_request(reader)
            if request is None:
                return
            self.requests.append(request)
            action = self.actions[min(len(self.requests), len(self.actions)) - 1]
            if action == HANG:
                assert self._closing is not None
                await self._closing.wait()
            elif action == CLOSE:
                return
            else:
                writer.write(action(request) if callable(action) else action)
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            self._tasks.discard(task)
            writer.close()


async def _read_request(reader: asyncio.StreamReader) -> RawRequest | None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError):
        return None
    lines = head.decode("latin-1").split("\r\n")
    method, path, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    body = await reader.readexactly(int(headers.get("content-length", "0")))
    return RawRequest(method, path, headers, body)


def closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
