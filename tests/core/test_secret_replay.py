"""Replays only the owner can ask for: nothing on disk but the owner's keychain rebuilds the
create-secret request, so neither the sandbox's database file nor the plan and journal yield a
secret's value, not even to a fresh sign-in of the same account."""

from __future__ import annotations

import asyncio
import json
import re

import httpx

from tests.helpers.apply import API, Interrupting, census_on, make_plan, owner_on
from tests.helpers.sandbox import OWNER, PASSWORD, asgi_transport
from tests.helpers.xwms import signed_in
from xwms_wizard.core.apply import Applier, Step, idempotency_key
from xwms_wizard.core.journal import journal_path
from xwms_wizard.core.models import plan_to_dict
from xwms_wizard.sandbox.app import create_app
from xwms_wizard.secrets import SecretStore


def _candidate_keys(plan, journal_text: str) -> set[str]:
    """Every Idempotency-Key anyone could build from the plan file and the journal alone."""
    label = plan.secret.effective_label
    expires = plan.secret.expires.isoformat() if plan.secret.expires else None
    body = {"label": label, "expires_at": expires}
    keys = {
        idempotency_key(plan.plan_id, Step.SECRET, body),  # how the key used to be made
        idempotency_key(plan.plan_id, Step.SECRET, {**body}),
        f"xwms-wizard:{plan.plan_id}:secret",
    }
    # Anything in the journal that looks like a key (the write-ahead records keys of other steps).
    keys |= set(re.findall(r"xwms-wizard:[\w:.-]+", journal_text))
    return keys


def test_the_database_and_the_plan_cannot_replay_the_secret(tmp_path):
    db = tmp_path / "sandbox.sqlite3"
    app = create_app(str(db))
    plan = make_plan()
    store = SecretStore()

    async def scenario():
        transport = asgi_transport(app)
        async with signed_in(API, transport, retries=0) as client:
            result = await Applier(client, plan, secrets=store).run()
        journal_text = journal_path(plan.plan_id).read_text(encoding="utf-8")
        plan_text = json.dumps(plan_to_dict(plan))
        value = result.secret_value
        assert value and value not in journal_text and value not in plan_text
        assert value.encode() not in db.read_bytes()
        # A thief with the database file, the plan and the journal signs in afresh and replays.
        async with httpx.AsyncClient(transport=transport, base_url=API) as raw:
            login = await raw.post("manage/login", json={"email": OWNER, "password": PASSWORD})
            token = login.json()["data"]["token"]
            got = []
            for key in _candidate_keys(plan, journal_text):
                answer = await raw.post(
                    f"manage/clients/{result.client_pk}/secrets",
                    json={"label": plan.secret.effective_label,
                          "expires_at": plan.secret.expires.isoformat()},
                    headers={"Authorization": f"Bearer {token}", "Idempotency-Key": key},
                )
                got.append(answer.text)
        return value, got

    value, answers = asyncio.run(scenario())
    assert answers  # the thief did try
    for text in answers:
        assert value not in text


def test_a_lost_create_answer_without_a_keychain_leaves_no_usable_orphan(tmp_path):
    """The answer to "create secret" is lost and the process dies before it keeps the random
    key (no keychain): the rerun cannot replay, so it revokes the key nobody can read and
    makes one it can, linked and checked."""
    from keyring.backends import fail

    from xwms_wizard.core.apply import ApplyError
    from xwms_wizard.xwms.errors import ConnectionFailed

    app = create_app(":memory:")
    plan = make_plan()

    async def lost_answer():
        async with owner_on(app) as real:
            client = Interrupting(real, "create_secret", "after", ConnectionFailed("gone"))
            client.api_url = real.api_url
            try:
                await Applier(client, plan, secrets=SecretStore(fail.Keyring())).run()
            except ApplyError:
                pass

    async def rerun():
        async with owner_on(app) as client:
            result = await Applier(client, plan, secrets=SecretStore(fail.Keyring())).run()
            secrets = await client.list_secrets(result.client_pk)
            links = await client.list_secret_links(result.domain_pk)
            return result, secrets, links

    asyncio.run(lost_answer())
    result, secrets, links = asyncio.run(rerun())
    assert result.verification.ok and result.secret_value
    assert [s.revoked for s in secrets] == [True, False]  # the unreadable one is revoked
    assert [link.secret for link in links] == [secrets[1].id]
    assert asyncio.run(census_on(app))["secrets"] == 2
