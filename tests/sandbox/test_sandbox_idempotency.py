"""Idempotency-Key: a repeated POST replays its first answer, a changed one is 409."""

from __future__ import annotations

import secrets

import pytest
from starlette.applications import Starlette

from tests.helpers.sandbox import OWNER, PASSWORD
from tests.helpers.sandbox_api import Api, full_setup, refusal


def count(app: Starlette, table: str) -> int:
    with app.state.store.transaction() as db:
        return db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_same_key_replays_and_creates_nothing_new(owner: Api, app: Starlette) -> None:
    key = {"Idempotency-Key": "plan-1:client"}
    first = owner.post("manage/clients", json={"name": "shop"}, headers=key)
    assert first.status_code == 201 and "idempotent-replay" not in first.headers
    again = owner.post("manage/clients", headers=key,
                       content=b'{ "name" :  "shop" }')  # same JSON, other spacing
    assert again.status_code == 201
    assert again.content == first.content
    assert again.headers["idempotent-replay"] == "true"
    assert count(app, "clients") == 1
    assert len(owner.ok("GET", "manage/clients")["clients"]) == 1


def test_same_key_with_another_body_is_a_conflict(owner: Api, app: Starlette) -> None:
    key = {"Idempotency-Key": "k-1"}
    owner.ok("POST", "manage/clients", 201, json={"name": "shop"}, headers=key)
    body = refusal(owner.post("manage/clients", json={"name": "other"}, headers=key), 409,
                   "idempotency_conflict")
    assert "Idempotency-Key" in body["message"]
    assert count(app, "clients") == 1


def test_same_key_on_another_path_is_a_conflict(owner: Api) -> None:
    setup = full_setup(owner)
    key = {"Idempotency-Key": "step"}
    owner.ok("POST", f"manage/clients/{setup.client['id']}/secrets", 201, json={}, headers=key)
    refusal(owner.post(f"manage/secrets/{setup.secret['id']}/revoke", json={}, headers=key),
            409, "idempotency_conflict")


def test_a_refusal_is_replayed_too(owner: Api, app: Starlette) -> None:
    key = {"Idempotency-Key": "bad-name"}
    first = owner.post("manage/clients", json={"name": "X"}, headers=key)
    again = owner.post("manage/clients", json={"name": "X"}, headers=key)
    assert first.status_code == again.status_code == 422
    assert again.content == first.content and again.headers["idempotent-replay"] == "true"
    assert count(app, "clients") == 0


def test_keys_are_per_account(owner: Api, app: Starlette) -> None:
    owner.ok("POST", "manage/clients", 201, json={"name": "shop"},
             headers={"Idempotency-Key": "shared"})
    free = Api(app)
    try:
        free.login("free@example.com")
        answer = free.post("manage/clients", json={"name": "other"},
                           headers={"Idempotency-Key": "shared"})
        refusal(answer, 402, "plan_required")  # its own answer, not a conflict or a replay
    finally:
        free.close()


def test_a_lost_secret_answer_is_replayed_to_the_same_key_only(owner: Api, app: Starlette) -> None:
    setup = full_setup(owner)
    path = f"manage/clients/{setup.client['id']}/secrets"
    secret_key = secrets.token_hex(16)  # keys for secrets carry 128 random bits
    key = {"Idempotency-Key": secret_key}
    first = owner.ok("POST", path, 201, json={"label": "Main"}, headers=key)["secret"]
    assert first["secret"].startswith("xs_")
    replay = owner.post(path, json={"label": "Main"}, headers=key)
    assert replay.status_code == 201 and replay.headers["idempotent-replay"] == "true"
    assert replay.json()["data"]["secret"] == first  # the caller whose answer was lost gets it
    assert count(app, "secrets") == 2  # the one from full_setup, and this one: no third
    other_key = owner.post(path, json={"label": "Main"}, headers={"Idempotency-Key": "plan-2"})
    assert other_key.status_code == 201 and first["secret"] not in other_key.text
    with app.state.store.transaction() as db:
        rows = db.execute("SELECT key, body FROM idempotency").fetchall()
    stored = b"".join(bytes(row["body"]) + row["key"].encode() for row in rows)
    assert first["secret"].encode() not in stored and secret_key.encode() not in stored


def test_login_replay_signs_in_again(api: Api) -> None:
    key = {"Idempotency-Key": "login-1"}
    body = {"email": OWNER, "password": PASSWORD}
    first = api.post("manage/login", json=body, headers=key)
    again = api.post("manage/login", json=body, headers=key)
    assert first.status_code == again.status_code == 200
    assert again.headers["idempotent-replay"] == "true"
    # a token is stored only as a hash, so the replay carries a fresh one that works
    token = again.json()["data"]["token"]
    assert token != first.json()["data"]["token"]
    signed_in = api.get("manage/clients", headers={"Authorization": f"Bearer {token}"})
    assert signed_in.status_code == 200
    refusal(api.post("manage/login", json={"email": OWNER, "password": "other"}, headers=key),
            409, "idempotency_conflict")


def test_keys_survive_in_the_database(tmp_path) -> None:
    from xwms_wizard.sandbox.app import create_app

    path = str(tmp_path / "sandbox.sqlite3")
    app = create_app(path)
    api = Api(app)
    api.login()
    first = api.post("manage/clients", json={"name": "shop"}, headers={"Idempotency-Key": "k"})
    api.close()
    app.state.store.close()
    reopened = create_app(path)
    api = Api(reopened)
    try:
        api.login()
        again = api.post("manage/clients", json={"name": "shop"}, headers={"Idempotency-Key": "k"})
        assert again.content == first.content and again.headers["idempotent-replay"] == "true"
    finally:
        api.close()
        reopened.state.store.close()


@pytest.mark.parametrize("key", ["", " ", "x" * 201, "tab\there", "naïve"])
def test_a_malformed_key_is_a_field_error(owner: Api, key: str) -> None:
    answer = owner.post("manage/clients", json={"name": "shop"},
                        headers={"Idempotency-Key": key.encode("utf-8")})
    body = refusal(answer, 422, "validation_failed")
    assert "Idempotency-Key" in body["errors"]


def test_puts_and_gets_ignore_the_key(owner: Api) -> None:
    setup = full_setup(owner)
    path = f"manage/clients/{setup.client['id']}/scopes"
    key = {"Idempotency-Key": "same"}
    assert owner.put(path, json={"scopes": ["userinfo"]}, headers=key).status_code == 200
    assert owner.put(path, json={"scopes": ["profile"]}, headers=key).status_code == 200
    assert owner.ok("GET", path, headers=key)["scopes"] == ["profile"]
