"""The renewal engine (core.renew) in-process: interrupted anywhere, the old key is revoked only
after the new one passed the check, and never a second new key."""

from __future__ import annotations

import asyncio

import pytest

from tests.helpers.apply import Interrupting, make_plan, owner_on
from xwms_wizard.core.apply import Applier, ApplyError, Step
from xwms_wizard.core.renew import Renewer, RenewStage, renewal_stage
from xwms_wizard.secrets import SecretStore
from xwms_wizard.xwms.errors import ConnectionFailed


async def _run(sandbox_app, plan, secrets, *, revoke_old=False, interrupt=None):
    async with owner_on(sandbox_app) as real:
        client = real
        if interrupt is not None:
            client = Interrupting(real, interrupt, "before", ConnectionFailed("The network went away."))
            client.api_url = real.api_url
        return await Renewer(client, plan, secrets=secrets, revoke_old=revoke_old).run()


async def _keys(sandbox_app, name):
    async with owner_on(sandbox_app) as client:
        (found,) = [c for c in await client.list_clients() if c.name == name]
        return list(await client.list_secrets(found.id))


@pytest.mark.parametrize("method,step", [("create_secret", Step.SECRET),
                                         ("link_secret", Step.LINK), ("sign_token", Step.VERIFY)])
def test_an_interrupted_renewal_resumes_with_one_new_key(sandbox_app, method, step):
    plan, secrets = make_plan(), SecretStore()
    asyncio.run(_apply(sandbox_app, plan, secrets))
    (old,) = asyncio.run(_keys(sandbox_app, plan.client.name))
    with pytest.raises(ApplyError) as info:
        asyncio.run(_run(sandbox_app, plan, secrets, interrupt=method))
    assert info.value.step is step
    result = asyncio.run(_run(sandbox_app, plan, secrets))
    assert result.verification.ok
    keys = asyncio.run(_keys(sandbox_app, plan.client.name))
    assert [k.id for k in keys if not k.revoked] == [old.id, result.secret_pk]
    assert renewal_stage(plan) is RenewStage.SWITCHING  # the old key waits for --revoke-old


def test_the_old_key_is_kept_when_the_new_one_was_never_checked(sandbox_app):
    plan, secrets = make_plan(), SecretStore()
    asyncio.run(_apply(sandbox_app, plan, secrets))
    (old,) = asyncio.run(_keys(sandbox_app, plan.client.name))
    with pytest.raises(ApplyError):  # made and linked, then the check never reached XWMS
        asyncio.run(_run(sandbox_app, plan, secrets, interrupt="sign_token"))
    client_id = asyncio.run(_client_id(sandbox_app, plan.client.name))
    secrets.forget_client_secret(client_id)  # and this computer lost the new key's value
    with pytest.raises(ApplyError) as info:
        asyncio.run(_run(sandbox_app, plan, secrets, revoke_old=True))
    assert info.value.step is Step.REVOKE and "has not passed the check" in info.value.message
    keys = asyncio.run(_keys(sandbox_app, plan.client.name))
    assert not next(k for k in keys if k.id == old.id).revoked  # logins keep working


def test_switching_the_old_key_off_ends_the_renewal(sandbox_app):
    plan, secrets = make_plan(), SecretStore()
    asyncio.run(_apply(sandbox_app, plan, secrets))
    (old,) = asyncio.run(_keys(sandbox_app, plan.client.name))
    new = asyncio.run(_run(sandbox_app, plan, secrets))
    asyncio.run(_run(sandbox_app, plan, secrets, revoke_old=True))
    keys = {k.id: k.revoked for k in asyncio.run(_keys(sandbox_app, plan.client.name))}
    assert keys == {old.id: True, new.secret_pk: False}
    assert renewal_stage(plan) is RenewStage.NONE  # a later renewal starts afresh
    again = asyncio.run(_run(sandbox_app, plan, secrets))
    assert again.secret_pk not in keys


async def _apply(sandbox_app, plan, secrets):
    async with owner_on(sandbox_app) as client:
        return await Applier(client, plan, secrets=secrets).run()


async def _client_id(sandbox_app, name):
    async with owner_on(sandbox_app) as client:
        (found,) = [c for c in await client.list_clients() if c.name == name]
        return found.client_id
