"""A correct XWMS setup made on a sandbox through the management API, for Live-mode tests.

Live mode talks only to the public API. To test it, a setup is first made on a
sandbox with the real apply engine (so the test knows the Client ID, Domain ID
and secret, as an owner copies them from the dashboard); then each test can spoil
one part of it (`spoil`) the way an owner could in the dashboard.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tests.helpers.xwms import signed_in
from xwms_wizard.core.apply import Applier
from xwms_wizard.core.models import ClientChoice, DomainChoice, ScopesChoice, SetupPlan
from xwms_wizard.secrets import MemoryKeyring, SecretStore

CLIENT_NAME = "corner-bakery"
ROOT_DOMAIN = "corner-bakery.example"
OTHER_CALLBACK_URL = f"https://{ROOT_DOMAIN}/login/xwms-callback"
FAR_AWAY_IP = "203.0.113.10"  # documentation address: never the test's own 127.0.0.1


def live_plan() -> SetupPlan:
    """The choices the owner makes on the Live pages (and that the sandbox setup matches)."""
    return SetupPlan(
        client=ClientChoice(name=CLIENT_NAME),
        domain=DomainChoice(root=ROOT_DOMAIN),
        scopes=ScopesChoice(keys=["profile"]),
    )


@dataclass
class LiveSetup:
    """What the dashboard would show the owner, plus the sandbox's own numbers to spoil it."""

    client_id: str
    domain_id: str
    secret: str = field(repr=False)
    client_pk: int
    domain_pk: int


async def make_live_setup(api_url: str, transport: Any = None) -> LiveSetup:
    """Make the plan's setup on the sandbox (demo account), as the owner would in the dashboard."""
    store = SecretStore(MemoryKeyring())  # not the wizard's keychain: the owner pastes it
    async with signed_in(api_url, transport, retries=0) as client:
        result = await Applier(client, live_plan(), secrets=store).run()
    assert result.verification is not None and result.verification.ok
    assert result.secret_value
    return LiveSetup(
        client_id=result.client_id,
        domain_id=result.domain_id,
        secret=result.secret_value,
        client_pk=result.client_pk,
        domain_pk=result.domain_pk,
    )


async def spoil(api_url: str, setup: LiveSetup, how: str, transport: Any = None) -> str | None:
    """Change the sandbox setup the way `how` says; returns a new (unlinked) secret if one was made.

    how: "login_disabled", "domain_inactive", "ip_refused", "secret_not_linked".
    """
    async with signed_in(api_url, transport, retries=0) as client:
        if how == "login_disabled":
            await client.update_domain(setup.domain_pk, allow_login=False)
        elif how == "domain_inactive":
            await client.update_domain(setup.domain_pk, active=False)
        elif how == "ip_refused":
            await client.update_domain(setup.domain_pk, server_ip=FAR_AWAY_IP)
        elif how == "secret_not_linked":
            created = await client.create_secret(
                setup.client_pk, label="Unlinked Key", idempotency_key=None
            )
            return created.value
        else:
            raise ValueError(how)
    return None
