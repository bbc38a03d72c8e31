"""Builds the sandbox's ASGI app: management API, public API, login page, errors as envelopes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Match

from xwms_wizard.sandbox import manage
from xwms_wizard.sandbox.envelope import ApiError, error_response
from xwms_wizard.sandbox.faults import BODY_TIMEOUT_SECONDS, SandboxMiddleware
from xwms_wizard.sandbox.public import PublicApi
from xwms_wizard.sandbox.store import MEMORY, Store, utc_now


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return error_response(exc)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    where = f"{request.method} {request.url.path}"
    if exc.status_code == 405:
        allowed = ", ".join(_allowed_methods(request))
        error = ApiError(405, "method_not_allowed",
                         f"{request.url.path} does not accept {request.method}. It accepts: "
                         f"{allowed}.", headers={"Allow": allowed} if allowed else None)
    elif exc.status_code == 404:
        error = ApiError(404, "not_found",
                         f"There is no {where} in the sandbox. The management API is described "
                         "at /api/manage/openapi.json; the public API at /api/info.")
    else:
        error = ApiError(exc.status_code, "http_error", str(exc.detail))
    return error_response(error)


def _allowed_methods(request: Request) -> list[str]:
    # Starlette names only the first route that matched the path; several routes may share it.
    methods: set[str] = set()
    for route in request.app.routes:
        match, _ = route.matches(request.scope)
        if match is not Match.NONE:
            methods.update(getattr(route, "methods", None) or ())
    order = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"]
    return sorted(methods, key=lambda m: order.index(m) if m in order else len(order))


def create_app(
    db: str = MEMORY,
    *,
    latency_ms: int = 0,
    fault_rate: float = 0.0,
    clock: Callable[[], datetime] | None = None,
    seed: int | None = None,
    body_timeout: float = BODY_TIMEOUT_SECONDS,
) -> Starlette:
    """The whole sandbox as an ASGI app; its store is opened here (`app.state.store`), so the app
    works in-process (httpx.ASGITransport, TestClient) without a lifespan.

    `body_timeout`: the seconds a request body may stall before the answer is 408 (tests lower
    it; `xwms-wizard sandbox` reads it from XWMS_SANDBOX_BODY_TIMEOUT, server.py)."""
    if latency_ms < 0:
        raise ValueError("latency_ms must be 0 or more")
    if not 0.0 <= fault_rate <= 1.0:
        raise ValueError("fault_rate must be between 0 and 1")
    if not body_timeout > 0:
        raise ValueError("body_timeout must be more than 0 seconds")
    store = Store(db, clock=clock or utc_now)
    app = Starlette(
        routes=[*manage.routes(store), *PublicApi(store).routes()],
        middleware=[Middleware(SandboxMiddleware, latency_ms=latency_ms, fault_rate=fault_rate,
                               seed=seed, body_timeout=body_timeout)],
        exception_handlers={ApiError: _api_error, HTTPException: _http_error},
    )
    app.state.store = store
    return app
