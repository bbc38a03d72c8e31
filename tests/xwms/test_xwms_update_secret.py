"""XwmsClient.update_secret (PATCH secrets/{id}) and how secret replays behave through the client:
against the real sandbox in-process, and against a scripted transport for what goes on the wire."""

from __future__ import annotations

import datetime as dt
import json
import secrets

import httpx
import pytest

from tests.helpers.clock import Clock
from tests.helpers.sandbox import OWNER, PASSWORD
from tests.helpers.xwms import Delays, full_setup, in_process, run_async
from xwms_wizard.xwms import (
    Conflict,
    NotFound,
    Secret,
    SecretValueLost,
    ValidationFailed,
    XwmsClient,
)
from xwms_wizard.xwms.client import UNCHANGED

SECRET_JSON = {"id": 3, "label": "backend", "expires_at": None, "revoked": False,
               "created_at": "2030-06-01T12:00:00Z", "hint": "Ab12"}


# -- against the sandbox ---------------------------------------------------------------------------


def test_update_secret_changes_label_and_expiry_and_only_those():
    clock = Clock()
    later = clock.now.date() + dt.timedelta(days=90)

    async def scenario():
        async with in_process(clock) as sandbox:
            xwms = sandbox.xwms
            setup = await full_setup(xwms)
            pk = setup.secret.secret.id
            renamed = await xwms.update_secret(pk, label="  rotated  ")
            dated = await xwms.update_secret(pk, expires_at=later)
            cleared = await xwms.update_secret(pk, expires_at=None)
            both = await xwms.update_secret(pk, label="main", expires_at=later)
            return setup, renamed, dated, cleared, both, await xwms.list_secrets(setup.client.id)

    setup, renamed, dated, cleared, both, listed = run_async(scenario())
    original = setup.secret.secret
    assert isinstance(renamed, Secret)
    assert renamed == Secret(original.id, "rotated", None, False, original.created_at,
                             original.hint)
    assert (dated.label, dated.expires_at) == ("rotated", later)  # the label stayed
    assert (cleared.label, cleared.expires_at) == ("rotated", None)
    assert (both.label, both.expires_at) == ("main", later)
    assert listed == [both]


def test_update_secret_refusals_are_typed():
    clock = Clock()
    yesterday = clock.now.date() - dt.timedelta(days=1)

    async def scenario():
        async with in_process(clock) as sandbox:
            xwms = sandbox.xwms
            setup = await full_setup(xwms)
            pk = setup.secret.secret.id
            caught = {}
            for name, call in (
                ("past", lambda: xwms.update_secret(pk, expires_at=yesterday)),
                ("empty", lambda: xwms.update_secret(pk, label="   ")),
                ("missing", lambda: xwms.update_secret(987654, label="x")),
            ):
                with pytest.raises((ValidationFailed, NotFound)) as error:
                    await call()
                caught[name] = error.value
            await xwms.revoke_secret(pk, idempotency_key=None)
            with pytest.raises(Conflict) as error:
                await xwms.update_secret(pk, label="back again")
            caught["revoked"] = error.value
            return caught, sandbox.delays.seen

    caught, delays = run_async(scenario())
    assert isinstance(caught["past"], ValidationFailed) and "expires_at" in caught["past"].errors
    assert isinstance(caught["empty"], ValidationFailed) and "label" in caught["empty"].errors
    assert isinstance(caught["missing"], NotFound) and caught["missing"].status == 404
    revoked = caught["revoked"]
    assert (revoked.status, revoked.code) == (409, "revoked_secret_unchangeable")
    assert delays == []  # refusals are answers, not failures: nothing was repeated


def test_a_secret_replay_holds_the_value_for_24_hours_and_then_the_key_makes_a_new_one():
    clock = Clock()

    async def scenario():
        async with in_process(clock) as sandbox:
            xwms = sandbox.xwms
            setup = await full_setup(xwms)
            key = secrets.token_hex(16)
            first = await xwms.create_secret(setup.client.id, label="spare", idempotency_key=key)
            clock.advance(hours=23)
            replayed = await xwms.create_secret(
                setup.client.id, label="spare", idempotency_key=key
            )
            clock.advance(hours=1, seconds=1)
            await xwms.login(OWNER, PASSWORD)  # the sign-in lasted 24 hours too
            late = await xwms.create_secret(setup.client.id, label="spare", idempotency_key=key)
            return first, replayed, late

    first, replayed, late = run_async(scenario())
    assert replayed == first and replayed.value == first.value
    assert late.secret.id != first.secret.id and late.value != first.value


def test_a_weak_key_replay_is_secret_value_lost():
    async def scenario():
        async with in_process() as sandbox:
            xwms = sandbox.xwms
            setup = await full_setup(xwms)
            first = await xwms.create_secret(setup.client.id, idempotency_key="spare-1")
            with pytest.raises(SecretValueLost) as lost:
                await xwms.create_secret(setup.client.id, idempotency_key="spare-1")
            return first, lost.value

    first, lost = run_async(scenario())
    assert lost.secret == first.secret  # the same secret, which the caller now revokes
    assert first.value not in str(lost) + repr(lost) + lost.detail


# -- what goes on the wire -------------------------------------------------------------------------


class Recorder:
    """A MockTransport handler: records requests, answers from a script (or the secret)."""

    def __init__(self, *script: object) -> None:
        self.script = list(script)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        step = self.script.pop(0) if self.script else 200
        if isinstance(step, Exception):
            raise step
        body = {"status": "success", "message": "Saved.", "data": {"secret": SECRET_JSON}}
        if step != 200:
            body = {"status": "error", "message": "Try again later.", "code": "unavailable",
                    "data": {}}
        return httpx.Response(step, json=body, headers={"Retry-After": "0"})

    def bodies(self) -> list[object]:
        return [json.loads(r.content) for r in self.requests]


def _with(recorder: Recorder, call):
    async def scenario():
        transport = httpx.MockTransport(recorder)
        async with XwmsClient("http://server.test/api/", transport=transport, token="t",
                              sleep=Delays()) as xwms:
            return await call(xwms)

    return run_async(scenario())


@pytest.mark.parametrize(
    ("kwargs", "sent"),
    [
        ({"label": "backend"}, {"label": "backend"}),
        ({"expires_at": dt.date(2031, 1, 2)}, {"expires_at": "2031-01-02"}),
        ({"expires_at": None}, {"expires_at": None}),
        ({"label": "b", "expires_at": None}, {"label": "b", "expires_at": None}),
        ({"label": None, "expires_at": dt.date(2031, 1, 2)}, {"expires_at": "2031-01-02"}),
        ({"label": "b", "expires_at": UNCHANGED}, {"label": "b"}),
        ({"label": ""}, {"label": ""}),  # sent, so the server names the field
    ],
)
def test_only_the_fields_given_are_sent(kwargs, sent):
    recorder = Recorder()
    secret = _with(recorder, lambda xwms: xwms.update_secret(3, **kwargs))
    (request,) = recorder.requests
    assert request.method == "PATCH" and request.url.path == "/api/manage/secrets/3"
    assert json.loads(request.content) == sent
    assert "idempotency-key" not in request.headers
    assert secret == Secret.from_json(SECRET_JSON)


def test_nothing_to_change_is_refused_before_sending():
    recorder = Recorder()
    with pytest.raises(TypeError, match="label, expires_at or both"):
        _with(recorder, lambda xwms: xwms.update_secret(3))
    with pytest.raises(TypeError):
        _with(recorder, lambda xwms: xwms.update_secret(True, label="x"))  # type: ignore[arg-type]
    assert recorder.requests == []


def test_a_lost_or_refused_patch_is_repeated_with_the_same_absolute_body():
    dropped = httpx.RemoteProtocolError("peer closed connection without sending complete message")
    recorder = Recorder(dropped, 503)
    secret = _with(recorder, lambda xwms: xwms.update_secret(3, label="b", expires_at=None))
    assert secret.id == 3
    assert recorder.bodies() == [{"label": "b", "expires_at": None}] * 3
