"""The rest of the client dashboard in the sandbox: Client Users, access and test user requests
(answered on the login page), the Verification Center (decided by `xwms-wizard sandbox review`),
and Members & Roles, enforced for a member's own sign-in."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from starlette.applications import Starlette

from tests.helpers.clock import Clock
from tests.helpers.sandbox import ADA, BRAM, FREE, MEI, OWNER, PASSWORD
from tests.helpers.sandbox_api import (
    CALLBACK,
    Api,
    Setup,
    add_paid_account,
    full_setup,
    login_token,
    refusal,
)
from xwms_wizard.sandbox import store as store_module
from xwms_wizard.sandbox.app import create_app

BRAM_EMAIL = "bram.devries@example.net"
MEI_EMAIL = "mei.chen@example.net"


def verify(api: Api, setup: Setup, token: str) -> dict[str, Any]:
    return api.ok("POST", "sign-token-verify", json={"token": token}, headers=setup.headers())


def users(api: Api, setup: Setup) -> list[dict[str, Any]]:
    return api.ok("GET", f"manage/clients/{setup.client['id']}/users")["users"]


# --- the login page as a browser sees it -------------------------------------------------------


class Forms(HTMLParser):
    """The page's forms: for each, its hidden and checked fields and its submit buttons."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.forms: list[dict[str, Any]] = []
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self.forms.append({"class": a.get("class", ""), "fields": {}, "buttons": {},
                               "text": ""})
        elif tag == "input" and self.forms:
            fields = self.forms[-1]["fields"]
            if a.get("type") == "hidden" or "checked" in a:
                fields[a["name"]] = a["value"]
        elif tag == "button" and self.forms:
            self.forms[-1]["buttons"][a["value"]] = a["name"]

    def handle_data(self, data: str) -> None:
        if self.forms:
            self.forms[-1]["text"] += data


def press(api: Api, url: str, page: str, button: str, *, containing: str = "",
          **choose: str) -> Any:
    """Press `button` in the page's form that shows `containing`, sending that form's fields
    (with `choose` for radio buttons), as a browser would."""
    form = next(f for f in Forms(page).forms if button in f["buttons"]
                and containing in f["text"])
    data = {**form["fields"], **choose, form["buttons"][button]: button}
    return api.post(url, data=data)


def login_page(api: Api, setup: Setup) -> tuple[str, str]:
    url = api.ok("POST", "sign-token", json={**setup.creds(), "redirect_url": CALLBACK})["url"]
    page = api.get(url)
    assert page.status_code == 200
    return url, page.text


def token_of(answer: Any) -> str:
    assert answer.status_code == 303, answer.text
    return parse_qs(urlsplit(answer.headers["location"]).query)["token"][0]


# --- Client Users -----------------------------------------------------------------------------


def test_a_verified_login_appears_in_the_users_list(owner: Api, clock: Clock) -> None:
    setup = full_setup(owner)
    token = login_token(owner, setup, ADA)
    assert users(owner, setup) == []  # allowed on the page, but the site has not verified it
    verify(owner, setup, token)
    first = clock.now.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert users(owner, setup) == [{
        "sub": ADA, "name": "Ada Lovelace", "email": "ada.lovelace@example.net",
        "domain": setup.domain["id"], "root_domain": "example.com",
        "first_login_at": first, "last_login_at": first}]

    clock.advance(hours=3)
    verify(owner, setup, login_token(owner, setup, ADA))
    verify(owner, setup, login_token(owner, setup, BRAM))
    later = clock.now.strftime("%Y-%m-%dT%H:%M:%SZ")
    listed = users(owner, setup)
    assert [(u["sub"], u["first_login_at"], u["last_login_at"]) for u in listed] == [
        (ADA, first, later), (BRAM, later, later)]
    # another client of the same account has its own users
    assert users(owner, full_setup(owner)) == []


# --- access and test user requests --------------------------------------------------------------


def ask(api: Api, setup: Setup, email: str, kind: str, key: str | None = None,
        **more: Any) -> Any:
    headers = {"Idempotency-Key": key} if key else {}
    return api.post(f"manage/clients/{setup.client['id']}/user-requests",
                    json={"email": email, "kind": kind, **more}, headers=headers)


def requests_of(api: Api, setup: Setup) -> list[dict[str, Any]]:
    return api.ok("GET", f"manage/clients/{setup.client['id']}/user-requests")["requests"]


def test_an_accepted_tester_logs_in_on_a_test_mode_domain(owner: Api) -> None:
    setup = full_setup(owner, test_mode=True)
    # before any tester is accepted, every practice person may log in (as before)
    verify(owner, setup, login_token(owner, setup, ADA))

    answer = ask(owner, setup, "Bram.deVries@example.net ", "test", "ask-bram",
                 scopes=["profile"])
    assert answer.status_code == 201, answer.text
    made = answer.json()["data"]["request"]
    assert (made["email"], made["kind"], made["state"], made["scopes"]) == (
        BRAM_EMAIL, "test", "pending", ["profile"])
    again = ask(owner, setup, "Bram.deVries@example.net ", "test", "ask-bram",
                scopes=["profile"])
    assert again.headers["idempotent-replay"] == "true"
    assert again.json()["data"]["request"] == made
    assert requests_of(owner, setup) == [made]

    # Bram opens the login page: his request is shown with Accept / Decline, above Allow
    url, page = login_page(owner, setup)
    assert page.index("Bram de Vries</strong> is asked") < page.index('value="allow"')
    shown = press(owner, url, page, "accept", containing="Bram de Vries")
    assert shown.status_code == 200 and "Bram de Vries accepted the test request" in shown.text
    assert f'value="{BRAM}" checked' in shown.text  # Bram stays chosen
    assert "is asked" not in shown.text  # nothing is waiting any more
    (decided,) = requests_of(owner, setup)
    assert decided["state"] == "accepted" and decided["decided_at"]

    # now the Test Mode domain admits its accepted testers only
    refused = press(owner, url, shown.text, "allow", user=ADA)
    assert refused.status_code == 403
    assert "only its accepted test users may log in (Bram de Vries)" in refused.text
    assert "invite Ada Lovelace as a test user" in refused.text
    assert f'value="{ADA}" checked' in refused.text  # the choice is kept, to be changed
    person = verify(owner, setup, token_of(press(owner, url, refused.text, "allow", user=BRAM)))
    assert person["sub"] == BRAM

    # a domain that is not in Test Mode admits everyone, testers or not
    owner.ok("PATCH", f"manage/domains/{setup.domain['id']}", json={"test_mode": False})
    assert verify(owner, setup, login_token(owner, setup, MEI))["sub"] == MEI


def test_a_declined_request_stays_declined_and_may_be_sent_again(owner: Api) -> None:
    setup = full_setup(owner)
    made = ask(owner, setup, MEI_EMAIL, "access").json()["data"]["request"]
    url, page = login_page(owner, setup)
    assert "Mei Chen</strong> is asked by" in page and "to have access" in page
    shown = press(owner, url, page, "decline", containing="Mei Chen")
    assert "Mei Chen declined the access request" in shown.text
    assert requests_of(owner, setup)[0]["state"] == "declined"
    # the same button again (an old page) cannot change a decided request
    again = press(owner, url, page, "accept", containing="Mei Chen")
    assert again.status_code == 400 and "cannot be answered" in again.text
    # declining kept the login possible, and the request can be sent again
    assert token_of(press(owner, url, shown.text, "allow", user=MEI))
    second = ask(owner, setup, MEI_EMAIL, "access")
    assert second.status_code == 201 and second.json()["data"]["request"]["id"] != made["id"]


def test_user_request_refusals(owner: Api) -> None:
    setup = full_setup(owner)
    body = refusal(ask(owner, setup, "someone@example.org", "test"), 422, "validation_failed")
    assert "ada.lovelace@example.net" in body["errors"]["email"][0]
    body = refusal(ask(owner, setup, MEI_EMAIL, "guest"), 422, "validation_failed")
    assert set(body["errors"]) == {"kind"}
    body = refusal(ask(owner, setup, MEI_EMAIL, "test", scopes=["everything"]), 422,
                   "validation_failed")
    assert "Unknown scope: everything" in body["errors"]["scopes"][0]
    ask(owner, setup, MEI_EMAIL, "test")
    body = refusal(ask(owner, setup, MEI_EMAIL, "test"), 409, "user_request_exists")
    assert "still waiting for an answer" in body["message"]
    assert ask(owner, setup, MEI_EMAIL, "access").status_code == 201  # another kind


# --- the Verification Center and `xwms-wizard sandbox review` ------------------------------------


@pytest.fixture
def file_app(tmp_path: Path, clock: Clock) -> Iterator[tuple[Starlette, Path]]:
    path = tmp_path / "sandbox.sqlite3"
    app = create_app(str(path), clock=clock)
    yield app, path
    app.state.store.close()


@pytest.fixture
def file_owner(file_app: tuple[Starlette, Path]) -> Iterator[Api]:
    api = Api(file_app[0])
    api.login()
    yield api
    api.close()


def review(db: Path, *options: str) -> subprocess.CompletedProcess[str]:
    """The real command, in its own process, on the sandbox's database file."""
    return subprocess.run(
        [sys.executable, "-m", "xwms_wizard", "sandbox", "review", "--db", str(db), *options],
        capture_output=True, text=True, timeout=60, check=False)


def apply(api: Api, setup: Setup, key: str | None = None, **body: Any) -> Any:
    sent = {"domain_ids": [setup.domain["id"]], "scopes": ["providers"],
            "notes": "We show which sign-in providers a customer linked.", **body}
    return api.post(f"manage/clients/{setup.client['id']}/verification-requests", json=sent,
                    headers={"Idempotency-Key": key} if key else {})


def set_providers(api: Api, setup: Setup) -> Any:
    return api.put(f"manage/clients/{setup.client['id']}/scopes",
                   json={"scopes": ["profile", "providers"]})


def test_an_approved_request_unlocks_its_scope(file_owner: Api,
                                               file_app: tuple[Starlette, Path]) -> None:
    owner, db = file_owner, file_app[1]
    setup = full_setup(owner)
    refusal(set_providers(owner, setup), 403, "verification_required")

    answer = apply(owner, setup, "apply-1")
    assert answer.status_code == 201, answer.text
    made = answer.json()["data"]["request"]
    assert (made["state"], made["scopes"], made["domain_ids"], made["reason"]) == (
        "pending", ["providers"], [setup.domain["id"]], None)
    again = apply(owner, setup, "apply-1")
    assert again.headers["idempotent-replay"] == "true"
    assert again.json()["data"]["request"] == made
    refusal(apply(owner, setup), 409, "verification_pending")

    listed = review(db)
    assert listed.returncode == 0, listed.stderr
    assert f"request {made['id']}: client {setup.client['name']} of {OWNER}" in listed.stdout
    assert "scopes providers, domains example.com" in listed.stdout
    assert "notes: We show which sign-in providers" in listed.stdout
    refusal(set_providers(owner, setup), 403, "verification_required")  # not yet

    done = review(db, "--approve", str(made["id"]))
    assert done.returncode == 0, done.stderr
    assert "is a Verified Partner for providers now" in done.stdout
    assert owner.ok("PUT", f"manage/clients/{setup.client['id']}/scopes",
                    json={"scopes": ["profile", "providers"]})["scopes"] == [
        "profile", "providers"]
    (decided,) = owner.ok("GET", f"manage/clients/{setup.client['id']}/verification-requests"
                          )["requests"]
    assert decided["state"] == "approved" and decided["decided_at"]
    assert owner.ok("GET", "manage/account")["account"]["verified_partner"] is True
    refusal(apply(owner, setup), 409, "already_verified")

    assert review(db).stdout.strip() == "No verification requests are waiting."
    final = review(db, "--reject", str(made["id"]), "--reason", "too late")
    assert final.returncode == 1 and "was approved already" in final.stderr


def test_a_rejected_request_shows_the_reason(file_owner: Api,
                                             file_app: tuple[Starlette, Path]) -> None:
    owner, db = file_owner, file_app[1]
    setup = full_setup(owner)
    made = apply(owner, setup).json()["data"]["request"]
    bare = review(db, "--reject", str(made["id"]))
    assert bare.returncode == 2 and "--reject needs --reason" in bare.stderr
    missing = review(db, "--approve", "999")
    assert missing.returncode == 1 and "no verification request 999" in missing.stderr
    done = review(db, "--reject", str(made["id"]), "--reason",
                  "Tell us where on your site the providers are shown.")
    assert done.returncode == 0, done.stderr
    (decided,) = owner.ok("GET", f"manage/clients/{setup.client['id']}/verification-requests"
                          )["requests"]
    assert decided["state"] == "rejected"
    assert decided["reason"] == "Tell us where on your site the providers are shown."
    refusal(set_providers(owner, setup), 403, "verification_required")
    # a rejected request may be followed by a new one
    assert apply(owner, setup).status_code == 201


def test_verification_request_refusals(owner: Api) -> None:
    setup = full_setup(owner)
    other = full_setup(owner)
    body = refusal(apply(owner, setup, scopes=["profile"]), 422, "validation_failed")
    assert "profile need(s) no verification" in body["errors"]["scopes"][0]
    body = refusal(apply(owner, setup, domain_ids=[other.domain["id"]]), 422,
                   "validation_failed")
    assert f"Not a domain of {setup.client['name']}" in body["errors"]["domain_ids"][0]
    body = refusal(apply(owner, setup, domain_ids=[], scopes=[]), 422, "validation_failed")
    assert set(body["errors"]) == {"domain_ids", "scopes"}
    refusal(apply(owner, setup, notes="x" * 2001), 422, "validation_failed")


def test_review_refuses_what_it_cannot_use(tmp_path: Path) -> None:
    assert review(tmp_path / "nothing.sqlite3").returncode == 1
    both = subprocess.run([sys.executable, "-m", "xwms_wizard", "sandbox", "review",
                           "--approve", "1", "--reject", "1"],
                          capture_output=True, text=True, timeout=60, check=False)
    assert both.returncode == 2 and "not allowed with argument" in both.stderr


# --- Members & Roles ----------------------------------------------------------------------------


def role(api: Api, setup: Setup, name: str, *permissions: str) -> dict[str, Any]:
    return api.ok("POST", f"manage/clients/{setup.client['id']}/roles", 201,
                  json={"name": name, "permissions": list(permissions)})["role"]


def add_member(api: Api, setup: Setup, email: str, role_id: int, key: str | None = None) -> Any:
    return api.post(f"manage/clients/{setup.client['id']}/members",
                    json={"email": email, "role_id": role_id},
                    headers={"Idempotency-Key": key} if key else {})


@pytest.fixture
def member(app: Starlette) -> Iterator[Api]:
    """The free demo account, signed in with its own password."""
    api = Api(app)
    api.login(FREE, PASSWORD)
    yield api
    api.close()


def test_a_member_acts_as_the_role_allows(owner: Api, member: Api) -> None:
    setup = full_setup(owner)
    cid = setup.client["id"]
    support = role(owner, setup, "Support", "view_users")
    keys = role(owner, setup, "Key keeper", "manage_secrets", "manage_secrets")
    assert keys["permissions"] == ["manage_secrets"]
    # not a member yet: the free account has no clients at all
    refusal(member.get("manage/clients"), 402, "plan_required")

    answer = add_member(owner, setup, "Free@Example.com", support["id"], "add-free")
    assert answer.status_code == 201, answer.text
    made = answer.json()["data"]["member"]
    assert (made["email"], made["role"]) == (FREE, support["id"])
    replay = add_member(owner, setup, "Free@Example.com", support["id"], "add-free")
    assert replay.headers["idempotent-replay"] == "true"
    assert replay.json()["data"]["member"] == made

    # the member sees the client, its domains and users, but not its secrets
    assert [c["id"] for c in member.ok("GET", "manage/clients")["clients"]] == [cid]
    member.ok("GET", f"manage/clients/{cid}")
    member.ok("GET", f"manage/clients/{cid}/domains")
    member.ok("GET", f"manage/clients/{cid}/users")
    for method, path, body in (
        ("GET", f"manage/clients/{cid}/secrets", None),
        ("POST", f"manage/clients/{cid}/secrets", {}),
        ("POST", f"manage/secrets/{setup.secret['id']}/revoke", {}),
        ("PATCH", f"manage/secrets/{setup.secret['id']}", {"label": "mine"}),
        ("POST", f"manage/domains/{setup.domain['id']}/secret-links",
         {"secret_id": setup.secret["id"]}),
    ):
        denied = refusal(member.request(method, path, json=body), 403, "permission_required")
        assert denied["data"] == {"permission": "manage_secrets", "role": "Support"}
        assert "Ask the client's owner" in denied["message"]
    for method, path, body, permission in (
        ("PUT", f"manage/clients/{cid}/scopes", {"scopes": []}, "manage_scopes"),
        ("POST", f"manage/clients/{cid}/verification-requests",
         {"domain_ids": [setup.domain["id"]], "scopes": ["providers"]}, "manage_scopes"),
        ("POST", f"manage/clients/{cid}/domains", {"root_domain": "example.org"},
         "manage_domains"),
        ("PATCH", f"manage/domains/{setup.domain['id']}", {"active": False}, "manage_domains"),
        ("PATCH", f"manage/urls/{setup.url['id']}", {"active": False}, "manage_domains"),
        ("GET", f"manage/clients/{cid}/members", None, "manage_members"),
        ("POST", f"manage/clients/{cid}/roles", {"name": "Boss", "permissions": []},
         "manage_members"),
    ):
        denied = refusal(member.request(method, path, json=body), 403, "permission_required")
        assert denied["data"]["permission"] == permission
    # a member may not make clients of their own on a free plan
    refusal(member.post("manage/clients", json={"name": "mine"}), 402, "plan_required")

    # with a role that has manage_secrets, the secrets are theirs to keep
    owner.ok("DELETE", f"manage/clients/{cid}/members/{made['id']}")
    refusal(member.get(f"manage/clients/{cid}"), 402, "plan_required")  # no client of theirs
    add_member(owner, setup, FREE, keys["id"])
    assert member.ok("GET", f"manage/clients/{cid}/secrets")["secrets"]
    member.ok("POST", f"manage/clients/{cid}/secrets", 201, json={"label": "member key"})
    denied = refusal(member.get(f"manage/clients/{cid}/users"), 403, "permission_required")
    assert denied["data"]["permission"] == "view_users"


def test_other_accounts_see_nothing_of_a_client(owner: Api, app: Starlette) -> None:
    setup = full_setup(owner)
    add_paid_account(app, "other@example.com", "other-pass")
    other = Api(app)
    try:
        other.login("other@example.com", "other-pass")
        assert other.ok("GET", "manage/clients")["clients"] == []
        for path in (f"manage/clients/{setup.client['id']}/users",
                     f"manage/clients/{setup.client['id']}/secrets",
                     f"manage/clients/{setup.client['id']}/members"):
            refusal(other.get(path), 404, "not_found")
    finally:
        other.close()


def test_member_and_role_refusals(owner: Api) -> None:
    setup = full_setup(owner)
    other = full_setup(owner)
    cid = setup.client["id"]
    admin = role(owner, setup, "Admin", "manage_members")
    body = refusal(owner.post(f"manage/clients/{cid}/roles",
                              json={"name": " Admin ", "permissions": []}), 409,
                   "role_name_taken")
    assert body["errors"] == {"name": ["This client has a role with this name already."]}
    body = refusal(owner.post(f"manage/clients/{cid}/roles",
                              json={"name": "x", "permissions": ["everything"]}), 422,
                   "validation_failed")
    assert "Unknown permission: everything" in body["errors"]["permissions"][0]
    refusal(owner.post(f"manage/clients/{cid}/roles", json={"name": " ", "permissions": []}),
            422, "validation_failed")
    elsewhere = role(owner, other, "Elsewhere")
    body = refusal(add_member(owner, setup, "nobody@example.com", elsewhere["id"]), 422,
                   "validation_failed")
    assert set(body["errors"]) == {"email", "role_id"}
    refusal(add_member(owner, setup, OWNER, admin["id"]), 409, "member_is_owner")
    add_member(owner, setup, FREE, admin["id"])
    body = refusal(add_member(owner, setup, FREE, admin["id"]), 409, "already_member")
    assert body["data"]["member"]["email"] == FREE
    refusal(owner.request("DELETE", f"manage/clients/{cid}/members/999"), 404, "not_found")
    members = owner.ok("GET", f"manage/clients/{cid}/members")["members"]
    assert [(m["email"], m["role"]) for m in members] == [(FREE, admin["id"])]
    assert [r["name"] for r in owner.ok("GET", f"manage/clients/{cid}/roles")["roles"]] == [
        "Admin"]


# --- every new POST replays its first answer; every refusal has its own code --------------------


def test_every_new_post_replays_its_first_answer(owner: Api) -> None:
    setup = full_setup(owner)
    cid = setup.client["id"]
    made_role = role(owner, setup, "Viewer", "view_users")
    for path, body in (
        (f"clients/{cid}/user-requests", {"email": MEI_EMAIL, "kind": "test"}),
        (f"clients/{cid}/verification-requests",
         {"domain_ids": [setup.domain["id"]], "scopes": ["providers"]}),
        (f"clients/{cid}/roles", {"name": "Keys", "permissions": ["manage_secrets"]}),
        (f"clients/{cid}/members", {"email": FREE, "role_id": made_role["id"]}),
    ):
        key = {"Idempotency-Key": f"replay:{path}"}
        first = owner.post(f"manage/{path}", json=body, headers=key)
        assert first.status_code == 201, first.text
        again = owner.post(f"manage/{path}", json=body, headers=key)
        assert (again.status_code, again.json()) == (201, first.json())
        assert again.headers["idempotent-replay"] == "true"
        refusal(owner.post(f"manage/{path}", json={**body, "extra": 1}, headers=key), 409,
                "idempotency_conflict")
    kinds = {path: len(owner.ok("GET", f"manage/clients/{cid}/{path}")[name])
             for path, name in (("user-requests", "requests"),
                                ("verification-requests", "requests"), ("roles", "roles"),
                                ("members", "members"))}
    assert kinds == {"user-requests": 1, "verification-requests": 1, "roles": 2, "members": 1}


NEW_CODES = {"permission_required", "user_request_exists", "verification_pending",
             "already_verified", "role_name_taken", "member_is_owner", "already_member"}


def test_every_new_refusal_has_its_own_code() -> None:
    source = (Path(store_module.__file__).parent / "manage.py").read_text("utf-8")
    raised = re.findall(r'ApiError\(\s*\d+,\s*"(\w+)"', source)
    assert NEW_CODES <= set(raised)
    for code in NEW_CODES:  # one place each: one meaning each
        assert raised.count(code) == 1, code


# --- an older database file keeps working ------------------------------------------------------


def test_a_version_1_database_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    raw = sqlite3.connect(path)
    raw.executescript(store_module._SCHEMA)
    raw.execute("INSERT INTO schema_version (version) VALUES (1)")
    raw.execute("INSERT INTO accounts (email, password_hash, plan, created_at) VALUES "
                "(?, ?, 'paid', '2029-01-01T00:00:00Z')",
                (OWNER, store_module.hash_password(PASSWORD)))
    raw.execute("INSERT INTO scopes VALUES ('profile', 'Profile', '', 0, 0)")
    raw.execute("INSERT INTO test_users VALUES (?, 0, 'Ada Lovelace', 'Ada', 'Lovelace', "
                "'ada.lovelace@example.net', 1, '1990-12-10', 'female', 'GB', '{}')", (ADA,))
    raw.execute("INSERT INTO clients (account, client_id, name, created_at) VALUES "
                "(1, 'xc_00000000000000000001', 'old-site', '2029-01-01T00:00:00Z')")
    raw.execute("INSERT INTO client_users VALUES (1, ?, '2029-02-01T00:00:00Z')", (ADA,))
    raw.commit()
    raw.close()

    app = create_app(str(path))
    api = Api(app)
    try:
        with app.state.store.transaction() as db:
            assert db.execute("SELECT version FROM schema_version").fetchone()[0] == 2
        api.login()
        (user,) = api.ok("GET", "manage/clients/1/users")["users"]
        assert user == {"sub": ADA, "name": "Ada Lovelace", "email": "ada.lovelace@example.net",
                        "domain": None, "root_domain": None,
                        "first_login_at": "2029-02-01T00:00:00Z",
                        "last_login_at": "2029-02-01T00:00:00Z"}
        assert api.ok("GET", "manage/clients/1/roles")["roles"] == []
    finally:
        api.close()
        app.state.store.close()
    reopened = store_module.Store(str(path))  # a second opening changes nothing
    try:
        with reopened.transaction() as db:
            assert db.execute("SELECT version FROM schema_version").fetchone()[0] == 2
            assert json.loads(json.dumps([tuple(r) for r in db.execute(
                "SELECT sub, last_login_at FROM client_users")])) == [
                [ADA, "2029-02-01T00:00:00Z"]]
    finally:
        reopened.close()
