"""Idempotency-Key records expire after 24 hours (Stripe's rule), a weak key never seals a
secret's value, and a login record keeps no token."""

from __future__ import annotations

import secrets

import pytest
from starlette.applications import Starlette

from tests.helpers.clock import Clock
from tests.helpers.sandbox import OWNER, PASSWORD
from tests.helpers.sandbox_api import Api, refusal
from xwms_wizard.sandbox import idempotency


def records(app: Starlette) -> list[dict]:
    with app.state.store.transaction() as db:
        return [dict(row) for row in db.execute("SELECT * FROM idempotency ORDER BY created_at")]


def new_client(api: Api) -> dict:
    return api.ok("POST", "manage/clients", 201, json={"name": f"c-{secrets.token_hex(4)}"})[
        "client"]


def test_a_secret_answer_replays_for_24_hours_then_the_key_starts_anew(
    owner: Api, app: Starlette, clock: Clock
) -> None:
    client = new_client(owner)
    path = f"manage/clients/{client['id']}/secrets"
    key = {"Idempotency-Key": secrets.token_hex(16)}
    first = owner.ok("POST", path, 201, json={"label": "Main"}, headers=key)["secret"]

    clock.advance(hours=23, minutes=59, seconds=59)  # still within 24 hours
    replay = owner.post(path, json={"label": "Main"}, headers=key)
    assert replay.status_code == 201 and replay.headers["idempotent-replay"] == "true"
    assert replay.json()["data"]["secret"] == first

    clock.advance(seconds=2)  # 24 h + 1 s after the first answer (the sign-in expired too)
    owner.login()
    late = owner.post(path, json={"label": "Main"}, headers=key)
    assert late.status_code == 201 and "idempotent-replay" not in late.headers
    made = late.json()["data"]["secret"]
    assert made["id"] != first["id"] and made["secret"].startswith("xs_")
    assert made["secret"] != first["secret"] and first["secret"] not in late.text
    listed = owner.ok("GET", f"manage/clients/{client['id']}/secrets")["secrets"]
    assert [s["id"] for s in listed] == [first["id"], made["id"]]
    # the old record is gone; the one left is the new answer's, and it replays from now on
    (left,) = records(app)
    assert left["created_at"] == "2030-06-02T12:00:01Z"
    again = owner.post(path, json={"label": "Main"}, headers=key)
    assert again.headers["idempotent-replay"] == "true" and again.json()["data"]["secret"] == made


def test_exactly_24_hours_old_is_expired(owner: Api, clock: Clock) -> None:
    key = {"Idempotency-Key": "clients-1"}
    first = owner.post("manage/clients", json={"name": "shop"}, headers=key)
    clock.advance(hours=24)
    owner.login()
    again = owner.post("manage/clients", json={"name": "shop"}, headers=key)
    # not a replay: a new request, refused because the client exists now
    assert "idempotent-replay" not in again.headers
    assert first.status_code == 201
    refusal(again, 409, "name_taken")


def test_after_24_hours_a_key_may_carry_another_body(owner: Api, clock: Clock) -> None:
    key = {"Idempotency-Key": "reused-key"}
    owner.ok("POST", "manage/clients", 201, json={"name": "shop"}, headers=key)
    refusal(owner.post("manage/clients", json={"name": "other"}, headers=key), 409,
            "idempotency_conflict")
    clock.advance(hours=24, seconds=1)
    owner.login()
    made = owner.ok("POST", "manage/clients", 201, json={"name": "other"}, headers=key)
    assert made["client"]["name"] == "other"


def test_expired_records_are_purged_when_a_new_one_is_kept(
    owner: Api, app: Starlette, clock: Clock
) -> None:
    for name in ("aaa", "bbb"):
        owner.ok("POST", "manage/clients", 201, json={"name": name},
                 headers={"Idempotency-Key": f"old-{name}"})
    clock.advance(hours=1)
    owner.ok("POST", "manage/clients", 201, json={"name": "ccc"},
             headers={"Idempotency-Key": "young"})
    assert len(records(app)) == 3
    clock.advance(hours=23)  # the first two are 24 hours old now, the third 23 hours
    owner.login()
    owner.ok("POST", "manage/clients", 201, json={"name": "ddd"},
             headers={"Idempotency-Key": "newest"})
    assert [r["created_at"] for r in records(app)] == [
        "2030-06-01T13:00:00Z", "2030-06-02T12:00:00Z"]
    young = owner.post("manage/clients", json={"name": "ccc"},
                       headers={"Idempotency-Key": "young"})
    assert young.headers["idempotent-replay"] == "true"


def test_a_replayed_login_after_24_hours_is_a_new_sign_in(api: Api, clock: Clock) -> None:
    key = {"Idempotency-Key": "login-1"}
    body = {"email": OWNER, "password": PASSWORD}
    assert api.post("manage/login", json=body, headers=key).status_code == 200
    clock.advance(hours=24, seconds=1)
    # with another password: no conflict any more, the key is new again (and the password wrong)
    refusal(api.post("manage/login", json={**body, "password": "wrong"}, headers=key), 401,
            "invalid_credentials")


def test_a_login_record_keeps_no_copy_of_the_token(api: Api, app: Starlette) -> None:
    key = "login-1"
    first = api.post("manage/login", json={"email": OWNER, "password": PASSWORD},
                     headers={"Idempotency-Key": key})
    token = first.json()["data"]["token"]
    (row,) = records(app)
    # even the caller's own key opens nothing but an empty record: a replay signs in anew
    assert idempotency._open(key, row["salt"], bytes(row["body"])) == b""
    assert token.encode() not in bytes(row["body"])


# -- keys for creating secrets: room for 128 random bits, or the value is not kept -----------------


@pytest.mark.parametrize(
    "key",
    [
        "5f0c" * 8,  # 32 hex digits (secrets.token_hex(16)): 128 bits
        "5F0C" * 8,
        "Zq-9_xW2" * 2 + "Kp3rT7",  # 22 base64 characters (secrets.token_urlsafe(16)): 132 bits
        "8c1e6f2a-4b7d-4e0f-9a3c-5d2b7e1f0a94",  # a UUID
        "xwms-wizard:8c1e6f2a4b7d4e0f9a3c5d2b7e1f0a94:secret:0123456789ab",  # the apply engine's
        "%" * 20,  # 20 printable characters have room for 131 bits (whatever they hold)
    ],
)
def test_keys_with_room_for_128_bits_can_seal(key: str) -> None:
    assert idempotency.can_seal(key)


@pytest.mark.parametrize(
    "key",
    ["s", "secret-1", "plan-1:secret", "demo-secret", "5f0c" * 7 + "5f0",  # 31 hex digits
     "7" * 38, "Zq-9_xW2" * 2 + "Kp3rT", "%" * 19],
)
def test_keys_too_short_for_128_bits_cannot_seal(key: str) -> None:
    assert not idempotency.can_seal(key)


def test_a_weak_key_replays_a_secret_without_its_value(owner: Api, app: Starlette) -> None:
    client = new_client(owner)
    path = f"manage/clients/{client['id']}/secrets"
    key = "secret-1"
    first = owner.ok("POST", path, 201, json={}, headers={"Idempotency-Key": key})["secret"]
    assert first["secret"].startswith("xs_")  # the first answer carries the value, as always
    replay = owner.post(path, json={}, headers={"Idempotency-Key": key})
    assert replay.status_code == 201 and replay.headers["idempotent-replay"] == "true"
    shown = replay.json()
    assert shown["data"]["secret"] == {**first, "secret": None}  # the same secret, no value
    assert "Revoke this secret" in shown["message"] and "128" in shown["message"]
    assert first["secret"] not in replay.text
    # a guessable key opens the record, and finds nothing worth having
    (row,) = records(app)
    opened = idempotency._open(key, row["salt"], bytes(row["body"]))
    assert opened is not None and first["secret"].encode() not in opened
    assert len(owner.ok("GET", path)["secrets"]) == 1  # nothing made twice
