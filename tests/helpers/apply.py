"""The apply engine against the sandbox app in-process: a plan, a signed-in client on the app,
its census, and a client wrapper that interrupts one call."""

from __future__ import annotations

import datetime as dt
from contextlib import AbstractAsyncContextManager

from starlette.applications import Starlette

from tests.helpers.census import census
from tests.helpers.sandbox import ASGI_BASE_URL, asgi_transport
from tests.helpers.xwms import signed_in
from xwms_wizard.core.models import (
    ClientChoice,
    DomainChoice,
    ScopesChoice,
    SecretChoice,
    SetupPlan,
)
from xwms_wizard.xwms import XwmsClient

API = ASGI_BASE_URL


def make_plan(**domain) -> SetupPlan:
    """A plan for one bakery site; `domain` sets DomainChoice options."""
    return SetupPlan(
        plan_id="plan-test-1",
        client=ClientChoice("bakery-shop"),
        domain=DomainChoice(root="bakery.example", **domain),
        scopes=ScopesChoice(["profile"]),
        secret=SecretChoice(label="web-server", expires=dt.date.today() + dt.timedelta(days=400)),
    )


def owner_on(app: Starlette) -> AbstractAsyncContextManager[XwmsClient]:
    """The demo owner's client on `app` in-process (calls come from 127.0.0.1)."""
    return signed_in(API, asgi_transport(app), retries=2, backoff=0.0)


async def census_on(app: Starlette) -> dict[str, int]:
    """How many of each kind the demo owner has on `app`."""
    return await census(API, asgi_transport(app))


class Interrupting:
    """Wraps a real client; one method is interrupted before it is sent or after it was answered."""

    def __init__(self, real: XwmsClient, method: str, when: str, error: BaseException) -> None:
        self._real = real
        self._method = method
        self._when = when
        self._error = error

    def __getattr__(self, name):
        attr = getattr(self._real, name)
        if name != self._method:
            return attr

        async def interrupted(*args, **kwargs):
            if self._when == "before":
                raise self._error
            await attr(*args, **kwargs)
            raise self._error  # the server did the work; the answer never arrived

        return interrupted
