"""The client's calls for the rest of the dashboard (Client Users and their requests, the
Verification Center, Members & Roles) against the real sandbox app in-process."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from tests.helpers.clock import Clock
from tests.helpers.sandbox import ADA, FREE, IN_PROCESS_URL, PASSWORD, asgi_transport
from tests.helpers.xwms import (
    CALLBACK,
    DOMAIN,
    full_setup,
    in_process,
    person_allows,
    run_async,
)
from xwms_wizard.sandbox.app import create_app
from xwms_wizard.sandbox.review import run_review
from xwms_wizard.xwms import (
    PERMISSIONS,
    ClientUser,
    Conflict,
    Member,
    NotFound,
    PlanRequired,
    Refused,
    Role,
    UserRequest,
    VerificationRequest,
    XwmsClient,
)
from xwms_wizard.xwms.models import ShapeError


def test_client_users_and_user_requests():
    clock = Clock()

    async def scenario():
        async with in_process(clock) as sandbox:
            xwms, browser = sandbox.xwms, sandbox.browser
            setup = await full_setup(xwms)
            assert await xwms.list_client_users(setup.client.id) == []
            login_url = await xwms.sign_token(**setup.credentials(), redirect_url=CALLBACK)
            token = await person_allows(browser, login_url)
            await xwms.sign_token_verify(**setup.credentials(), token=token)
            users = await xwms.list_client_users(setup.client.id)

            asked = await xwms.create_user_request(
                setup.client.id, "mei.chen@example.net", kind="test", scopes=["profile"],
                idempotency_key="ask-mei",
            )
            again = await xwms.create_user_request(
                setup.client.id, "mei.chen@example.net", kind="test", scopes=["profile"],
                idempotency_key="ask-mei",
            )
            listed = await xwms.list_user_requests(setup.client.id)
            with pytest.raises(Conflict) as caught:
                await xwms.create_user_request(
                    setup.client.id, "mei.chen@example.net", kind="test", idempotency_key="2"
                )
            return setup, users, asked, again, listed, caught.value

    setup, users, asked, again, listed, conflict = run_async(scenario())
    stamp = clock.now.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert users == [ClientUser(ADA, "Ada Lovelace", "ada.lovelace@example.net",
                                setup.domain.id, DOMAIN, stamp, stamp)]
    assert asked == again == listed[0] and len(listed) == 1
    assert isinstance(asked, UserRequest)
    assert (asked.kind, asked.state, asked.scopes, asked.decided_at) == (
        "test", "pending", ("profile",), None)
    assert conflict.code == "user_request_exists" and conflict.status == 409


def test_verification_request_approved_by_review(tmp_path: Path):
    path = tmp_path / "sandbox.sqlite3"
    app = create_app(str(path))

    async def scenario():
        async with XwmsClient(IN_PROCESS_URL, transport=asgi_transport(app)) as xwms:
            setup = await full_setup(xwms)
            with pytest.raises(Refused) as before:
                await xwms.set_client_scopes(setup.client.id, ["profile", "providers"])
            made = await xwms.create_verification_request(
                setup.client.id, domain_pks=[setup.domain.id], scopes=["providers"],
                notes="Shown on the account page.", idempotency_key="apply",
            )
            replayed = await xwms.create_verification_request(
                setup.client.id, domain_pks=[setup.domain.id], scopes=["providers"],
                notes="Shown on the account page.", idempotency_key="apply",
            )
            code = run_review(argparse.Namespace(db=str(path), approve=made.id, reject=None,
                                                 reason=None))
            scopes = await xwms.set_client_scopes(setup.client.id, ["profile", "providers"])
            listed = await xwms.list_verification_requests(setup.client.id)
            return before.value, made, replayed, code, scopes, listed

    try:
        before, made, replayed, code, scopes, listed = run_async(scenario())
    finally:
        app.state.store.close()
    assert before.code == "verification_required" and before.status == 403
    assert isinstance(made, VerificationRequest) and made == replayed
    assert (made.state, made.scopes, made.notes, made.reason) == (
        "pending", ("providers",), "Shown on the account page.", None)
    assert code == 0 and scopes == ["profile", "providers"]
    (decided,) = listed
    assert decided.id == made.id and decided.state == "approved" and decided.decided_at


def test_roles_and_members_for_a_members_own_sign_in():
    app = create_app(":memory:")

    async def scenario():
        async with XwmsClient(IN_PROCESS_URL, transport=asgi_transport(app)) as xwms:
            setup = await full_setup(xwms)
            support = await xwms.create_role(
                setup.client.id, "Support", ["view_users"], idempotency_key="role-1"
            )
            assert support == await xwms.create_role(
                setup.client.id, "Support", ["view_users"], idempotency_key="role-1"
            )
            member = await xwms.add_member(setup.client.id, FREE, support.id,
                                           idempotency_key="member-1")
            roles = await xwms.list_roles(setup.client.id)
            members = await xwms.list_members(setup.client.id)
            async with XwmsClient(IN_PROCESS_URL, transport=asgi_transport(app)) as mine:
                await mine.login(FREE, PASSWORD)
                clients = await mine.list_clients()
                users = await mine.list_client_users(setup.client.id)
                with pytest.raises(Refused) as denied:
                    await mine.list_secrets(setup.client.id)
                removed = await xwms.remove_member(setup.client.id, member.id)
                with pytest.raises(PlanRequired):
                    await mine.list_clients()
                with pytest.raises(NotFound):
                    await xwms.remove_member(setup.client.id, member.id)
            return setup, support, member, roles, members, clients, users, denied.value, removed

    try:
        setup, support, member, roles, members, clients, users, denied, removed = run_async(
            scenario()
        )
    finally:
        app.state.store.close()
    assert isinstance(support, Role) and support.permissions == ("view_users",)
    assert roles == [support]
    assert isinstance(member, Member) and (member.email, member.role) == (FREE, support.id)
    assert members == [member] and removed == member
    assert clients == [setup.client] and users == []
    assert denied.code == "permission_required" and denied.status == 403
    assert denied.data == {"permission": "manage_secrets", "role": "Support"}
    assert "changing the secret keys" in denied.message  # the permission, in plain words
    assert PERMISSIONS == ("view_users", "manage_scopes", "manage_domains", "manage_secrets",
                           "manage_members")


@pytest.mark.parametrize(
    ("model", "value"),
    [
        (UserRequest, {"id": 1, "client": 1, "email": "a@b.c", "kind": "test", "scopes": [],
                       "state": "maybe", "created_at": "t", "decided_at": None}),
        (VerificationRequest, {"id": 1, "client": 1, "domain_ids": [True], "scopes": [],
                               "notes": None, "state": "pending", "reason": None,
                               "created_at": "t", "decided_at": None}),
        (Role, {"id": 1, "client": 1, "name": "x", "permissions": "view_users",
                "created_at": "t"}),
        (ClientUser, {"sub": "xu", "name": "A", "email": "a@b.c", "domain": "1",
                      "root_domain": None, "first_login_at": "t", "last_login_at": "t"}),
        (Member, {"id": 1, "client": 1, "email": "a@b.c", "created_at": "t"}),
    ],
)
def test_models_refuse_a_wrong_shape(model, value):
    with pytest.raises(ShapeError):
        model.from_json(value)
