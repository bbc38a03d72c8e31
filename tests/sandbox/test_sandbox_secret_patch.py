"""PATCH /api/manage/secrets/{id}: a secret's label and expiry date change; its value never shows,
a revoked secret stays as it is, and another account's secret looks like a missing one."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from starlette.applications import Starlette

from tests.helpers.clock import Clock
from tests.helpers.sandbox_api import CALLBACK, Api, Setup, add_paid_account, full_setup, refusal

OTHER = "other@example.com"


def patch(api: Api, setup: Setup, body: Any, **kwargs: Any):
    return api.patch(f"manage/secrets/{setup.secret['id']}", json=body, **kwargs)


def listed(api: Api, setup: Setup) -> dict[str, Any]:
    (secret,) = api.ok("GET", f"manage/clients/{setup.client['id']}/secrets")["secrets"]
    return secret


def day(clock: Clock, days: int) -> str:
    return (clock.now + timedelta(days=days)).date().isoformat()


def test_the_label_changes_trimmed_and_the_answer_is_the_public_shape(owner: Api) -> None:
    setup = full_setup(owner)
    answer = patch(owner, setup, {"label": "  Backend 2030  "})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["status"] == "success" and "Backend 2030" in body["message"]
    secret = body["data"]["secret"]
    assert secret == listed(owner, setup)  # exactly what GET clients/{id}/secrets gives
    assert set(secret) == {"id", "label", "expires_at", "revoked", "created_at", "hint"}
    assert secret["label"] == "Backend 2030" and secret["expires_at"] is None
    assert setup.value not in answer.text


def test_the_expiry_date_is_set_moved_and_cleared(owner: Api, clock: Clock) -> None:
    setup = full_setup(owner)
    later = day(clock, 30)
    assert owner.ok("PATCH", f"manage/secrets/{setup.secret['id']}",
                    json={"expires_at": later})["secret"]["expires_at"] == later
    assert listed(owner, setup)["label"] == setup.secret["label"]  # only the field sent changed
    today = day(clock, 0)  # today is allowed: the secret then works to the end of today (UTC)
    assert patch(owner, setup, {"expires_at": today}).json()["data"]["secret"]["expires_at"] == (
        today)
    cleared = patch(owner, setup, {"expires_at": None}).json()["data"]["secret"]
    assert cleared["expires_at"] is None and listed(owner, setup) == cleared
    both = patch(owner, setup, {"label": "Main", "expires_at": later}).json()["data"]["secret"]
    assert (both["label"], both["expires_at"]) == ("Main", later)


def test_a_changed_expiry_is_what_the_public_api_enforces(owner: Api, clock: Clock) -> None:
    setup = full_setup(owner)
    sign_token = {**setup.creds(), "redirect_url": CALLBACK}
    patch(owner, setup, {"expires_at": day(clock, 0)})
    owner.ok("POST", "sign-token", json=sign_token)  # works through today
    clock.advance(days=1)
    refusal(owner.post("sign-token", json=sign_token), 401, "secret_expired")
    owner.login()  # a day later: sign in again
    patch(owner, setup, {"expires_at": None})  # an expired secret can be given more time
    owner.ok("POST", "sign-token", json=sign_token)


@pytest.mark.parametrize("body", [{}, {"label": None}, None])
def test_a_body_without_either_field_names_both(owner: Api, body: Any) -> None:
    setup = full_setup(owner)
    answer = (patch(owner, setup, body) if body is not None
              else owner.patch(f"manage/secrets/{setup.secret['id']}"))  # no body at all
    found = refusal(answer, 422, "validation_failed")
    if body == {"label": None}:
        assert found["errors"] == {"label": ["This field cannot be null; give a value."]}
    else:
        assert set(found["errors"]) == {"label", "expires_at"}
        assert "label, expires_at or both" in found["errors"]["label"][0]


@pytest.mark.parametrize(
    ("body", "field", "words"),
    [
        ({"label": ""}, "label", "1 to 64 characters"),
        ({"label": "   "}, "label", "1 to 64 characters"),
        ({"label": "x" * 65}, "label", "at most 64"),
        ({"label": "two\nlines"}, "label", "one line"),
        ({"label": 7}, "label", "text"),
        ({"expires_at": "2030-13-01"}, "expires_at", "YYYY-MM-DD"),
        ({"expires_at": "1 June 2031"}, "expires_at", "YYYY-MM-DD"),
        ({"expires_at": "2030-05-31"}, "expires_at", "passed"),  # the day before the clock's today
        ({"expires_at": 20310101}, "expires_at", "text"),
        ({"note": "x"}, "note", "not known"),
        ({"label": "ok", "secret": "xs_mine"}, "secret", "not known"),
        ({"label": "ok", "revoked": False}, "revoked", "not known"),
    ],
)
def test_bad_values_are_field_errors_and_change_nothing(
    owner: Api, body: dict, field: str, words: str
) -> None:
    setup = full_setup(owner)
    before = listed(owner, setup)
    found = refusal(patch(owner, setup, body), 422, "validation_failed")
    assert list(found["errors"]) == [field] and words in found["errors"][field][0], found
    assert listed(owner, setup) == before


def test_a_revoked_secret_cannot_be_changed(owner: Api) -> None:
    setup = full_setup(owner)
    owner.ok("POST", f"manage/secrets/{setup.secret['id']}/revoke", json={})
    before = listed(owner, setup)
    found = refusal(patch(owner, setup, {"label": "Back again"}), 409,
                    "revoked_secret_unchangeable")
    assert "revoked" in found["message"] and "new secret" in found["message"]
    assert "errors" not in found
    assert listed(owner, setup) == before


def test_only_the_owner_can_change_a_secret(owner: Api, app: Starlette) -> None:
    setup = full_setup(owner)
    add_paid_account(app, OTHER, "other-password")
    other = Api(app)
    try:
        other.login(OTHER, "other-password")
        theirs = refusal(patch(other, setup, {"label": "Mine now"}), 404, "not_found")
        missing = refusal(other.patch("manage/secrets/999999", json={"label": "x"}), 404,
                          "not_found")
        # another account's secret answers exactly like one that does not exist
        assert theirs["message"].replace(str(setup.secret["id"]), "N") == (
            missing["message"].replace("999999", "N"))
    finally:
        other.close()
    assert listed(owner, setup)["label"] == setup.secret["label"]


def test_sign_in_and_a_paid_plan_are_needed(api: Api, owner: Api, app: Starlette) -> None:
    setup = full_setup(owner)
    stranger = Api(app)
    free = Api(app)
    try:
        refusal(stranger.patch(f"manage/secrets/{setup.secret['id']}", json={"label": "x"}),
                401, "unauthenticated")
        free.login("free@example.com")
        refusal(free.patch(f"manage/secrets/{setup.secret['id']}", json={"label": "x"}),
                402, "plan_required")
    finally:
        stranger.close()
        free.close()


def test_other_methods_on_the_path_are_405_naming_patch(owner: Api) -> None:
    setup = full_setup(owner)
    answer = owner.put(f"manage/secrets/{setup.secret['id']}", json={"label": "x"})
    refusal(answer, 405, "method_not_allowed")
    assert "PATCH" in answer.headers["allow"]


def test_the_openapi_document_describes_the_patch(owner: Api) -> None:
    document = owner.get("manage/openapi.json").json()
    op = document["paths"]["/secrets/{id}"]["patch"]
    # 403: a member whose role lacks manage_secrets (permission_required); 408: a stalled body
    assert set(op["responses"]) == {"200", "400", "401", "402", "403", "404", "408", "409",
                                    "422"}
    schema = op["requestBody"]["content"]["application/json"]["schema"]
    assert schema["additionalProperties"] is False and schema["minProperties"] == 1
    assert set(schema["properties"]) == {"label", "expires_at"}
    assert schema["properties"]["label"]["maxLength"] == 64
    assert "null" in schema["properties"]["expires_at"]["type"]
