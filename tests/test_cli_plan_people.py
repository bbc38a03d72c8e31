"""`apply` with a plan's [verification] and [[members]], against a real sandbox process whose
database `xwms-wizard sandbox review` decides on: sent once, held back until approved, then
set; members invited once, a changed role changed, members the plan does not name left alone."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.xwms import signed_in
from xwms_wizard.cli import main
from xwms_wizard.practice import SandboxProcess

PLAN = """
[client]
name = "{name}"
[domain]
root = "{name}.example"
[scopes]
keys = ["profile", "providers"]
[secret]
label = "web"
[verification]
scopes = ["providers"]
notes = "{notes}"
[[members]]
email = "free@example.com"
role = "{role}"
"""


@pytest.fixture
def sandbox_db(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    db = tmp_path / "sandbox.sqlite3"
    with SandboxProcess(db=str(db)) as process:
        assert process.base_url is not None
        yield process.base_url, db


def write(tmp_path: Path, name: str, *, role: str = "Developer", notes: str = "We show them.") -> Path:
    path = tmp_path / f"{name}.toml"
    path.write_text(PLAN.format(name=name, role=role, notes=notes), encoding="utf-8")
    return path


def apply(capsys, plan: Path, server: str) -> tuple[int, str, str]:
    code = main(["apply", str(plan), "--server", server])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def review(db: Path, *options: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "xwms_wizard", "sandbox", "review", "--db", str(db), *options],
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    return done.stdout


def held(server: str, name: str) -> dict:
    """What the server holds for the client's people and scopes."""

    async def look():
        async with signed_in(server + "/api/") as client:
            (shop,) = [c for c in await client.list_clients() if c.name == name]
            roles = {r.id: r.name for r in await client.list_roles(shop.id)}
            return {
                "id": shop.id,
                "scopes": sorted(await client.get_client_scopes(shop.id)),
                "requests": [
                    (r.state, list(r.scopes)) for r in await client.list_verification_requests(shop.id)
                ],
                "members": sorted((m.email, roles[m.role]) for m in await client.list_members(shop.id)),
                "roles": sorted(roles.values()),
            }

    return asyncio.run(look())


def test_an_application_is_sent_once_and_its_scope_set_after_approval(
    capsys, tmp_path, sandbox_db, monkeypatch
):
    server, db = sandbox_db
    monkeypatch.setenv("XWMS_WIZARD_DATA_DIR", str(tmp_path / "data"))
    plan = write(tmp_path, "partner-shop")
    code, out, err = apply(capsys, plan, server)
    assert code == 0, out + err
    assert "An application to become a Verified Partner for providers will be sent" in out
    assert "free@example.com will be invited as Developer." in out
    assert "[   done] Apply to become a Verified Partner: request 1 sent" in out
    assert "profile; providers once the XWMS team approves" in out
    assert "Waiting:       providers, once the XWMS team approves request 1" in out
    assert "Members:       free@example.com (Developer)" in out
    facts = held(server, "partner-shop")
    assert facts["scopes"] == ["profile"]
    assert facts["requests"] == [("pending", ["providers"])]
    assert facts["members"] == [("free@example.com", "Developer")]

    # A rerun before the answer sends nothing and says what it waits for.
    code, out, err = apply(capsys, plan, server)
    assert code == 0, out + err
    assert "providers waits for the XWMS team's answer to your application" in out
    assert "Permissions:" not in out
    assert "Everything already existed; nothing new was created." in out
    assert held(server, "partner-shop") == facts

    assert "Approved request 1" in review(db, "--approve", "1")
    code, out, err = apply(capsys, plan, server)
    assert code == 0, out + err
    assert "Permissions: add providers." in out
    assert "[ exists] Apply to become a Verified Partner: the XWMS team approved providers" in out
    assert "[   done] Choose what the website may read (scopes): profile, providers" in out
    after = held(server, "partner-shop")
    assert after["scopes"] == ["profile", "providers"]
    assert after["requests"] == [("approved", ["providers"])]

    code, out, err = apply(capsys, plan, server)
    assert "Nothing will change" in out and "Everything already existed" in out
    assert held(server, "partner-shop") == after


def test_a_turned_down_application_is_not_sent_again_until_the_notes_change(
    capsys, tmp_path, sandbox_db, monkeypatch
):
    server, db = sandbox_db
    monkeypatch.setenv("XWMS_WIZARD_DATA_DIR", str(tmp_path / "data"))
    plan = write(tmp_path, "turned-shop", notes="Because.")
    assert apply(capsys, plan, server)[0] == 0
    review(db, "--reject", "1", "--reason", "Say what your website shows with it.")
    code, out, err = apply(capsys, plan, server)
    assert code == 1, out + err
    assert "The XWMS team turned down this application for providers: Say what your" in err
    assert "Change verification.notes in the plan" in err
    assert "run the same command again" not in err.lower()
    assert held(server, "turned-shop")["requests"] == [("rejected", ["providers"])]

    plan = write(tmp_path, "turned-shop", notes="We show which providers a customer linked.")
    code, out, err = apply(capsys, plan, server)
    assert code == 0, out + err
    assert held(server, "turned-shop")["requests"] == [
        ("rejected", ["providers"]), ("pending", ["providers"])]


def test_a_changed_role_is_changed_and_what_the_plan_does_not_name_is_left_alone(
    capsys, tmp_path, sandbox_db, monkeypatch
):
    server, _db = sandbox_db
    monkeypatch.setenv("XWMS_WIZARD_DATA_DIR", str(tmp_path / "data"))
    plan = write(tmp_path, "team-shop")
    assert apply(capsys, plan, server)[0] == 0
    shop = held(server, "team-shop")

    async def add_auditor():  # a role the owner made in the dashboard, not in the plan
        async with signed_in(server + "/api/") as client:
            await client.create_role(
                shop["id"], "Auditor", ["view_users"], idempotency_key="test-auditor"
            )

    asyncio.run(add_auditor())
    plan = write(tmp_path, "team-shop", role="viewer")
    code, out, err = apply(capsys, plan, server)
    assert code == 0, out + err
    assert "free@example.com: Developer → Viewer" in out
    assert "[   done] Invite the members: free@example.com (Viewer)" in out
    after = held(server, "team-shop")
    assert after["members"] == [("free@example.com", "Viewer")]
    assert after["roles"] == ["Auditor", "Developer", "Viewer"]  # nothing removed but the membership
    code, out, err = apply(capsys, plan, server)
    assert "[ exists] Invite the members: already members: free@example.com (Viewer)" in out
    assert held(server, "team-shop") == after


def test_a_member_without_an_xwms_account_stops_at_the_last_step_naming_the_plan_field(
    capsys, tmp_path, sandbox_db, monkeypatch
):
    server, _db = sandbox_db
    monkeypatch.setenv("XWMS_WIZARD_DATA_DIR", str(tmp_path / "data"))
    plan = write(tmp_path, "nobody-shop")
    plan.write_text(plan.read_text().replace("free@example.com", "nobody@example.com"))
    code, out, err = apply(capsys, plan, server)
    assert code == 1, out + err
    assert "Stopped at 'Invite the members'" in err
    assert "[   done] Link the secret to the website" in out  # the login is made first
    assert "run the same command again" not in err.lower()
    assert held(server, "nobody-shop")["members"] == []


def test_the_handoff_names_the_members_and_what_they_may_do(capsys, tmp_path, sandbox_db, monkeypatch):
    server, _db = sandbox_db
    monkeypatch.setenv("XWMS_WIZARD_DATA_DIR", str(tmp_path / "data"))
    plan = write(tmp_path, "handoff-shop")
    out_dir = tmp_path / "out"
    code = main(["apply", str(plan), "--server", server, "--export", str(out_dir)])
    captured = capsys.readouterr()
    assert code == 0, captured.out + captured.err
    (bundle,) = out_dir.iterdir()
    handoff = (bundle / "HANDOFF.md").read_text(encoding="utf-8")
    assert "### Your access to the XWMS dashboard" in handoff
    assert "- `free@example.com`, as **Developer**: may change the websites" in handoff
    facts = json.loads((bundle / "xwms-handoff.json").read_text(encoding="utf-8"))
    assert facts["members"] == [{"email": "free@example.com", "role": "Developer"}]
