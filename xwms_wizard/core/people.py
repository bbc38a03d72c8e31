"""Who logs in and who may change a client: Client Users, testers, Verified Partner, members.

The rest of the XWMS client dashboard, for an existing client (day two): who has logged in,
test users invited by e-mail (they accept on XWMS's login page), the application to become
a Verified Partner for the scopes that need it, and members, the safe way to let a developer
or agency change settings without the owner's password. Every create call carries a stable
Idempotency-Key, so pressing a button twice, or again after a dropped connection, makes one.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from xwms_wizard.i18n import QT_TRANSLATE_NOOP, translate

# The roles the wizard offers, in plain words; each is made on the client the first time.
ROLE_PRESETS: dict[str, tuple[str, ...]] = {
    "Developer": ("view_users", "manage_scopes", "manage_domains", "manage_secrets"),
    "Viewer": ("view_users",),
}
ROLE_NAMES = {
    "Developer": QT_TRANSLATE_NOOP("People", "Developer"),
    "Viewer": QT_TRANSLATE_NOOP("People", "Viewer"),
}
ROLE_TEXTS = {
    "Developer": QT_TRANSLATE_NOOP(
        "People",
        "May change the websites, their keys and what the login reads, and see who logged "
        "in; may not add or remove members.",
    ),
    "Viewer": QT_TRANSLATE_NOOP("People", "May see who logged in; changes nothing."),
}


def role_text(name: str) -> str:
    """What a preset role may do, in plain words."""
    return translate("People", ROLE_TEXTS[name]) if name in ROLE_TEXTS else name


def role_name(name: str) -> str:
    """A preset role's name in the owner's language (the server keeps the English one)."""
    return translate("People", ROLE_NAMES[name]) if name in ROLE_NAMES else name


@dataclass
class People:
    """What the dashboard's people parts hold for one client."""

    users: list[Any] = field(default_factory=list)  # xwms.models.ClientUser
    requests: list[Any] = field(default_factory=list)  # UserRequest
    verifications: list[Any] = field(default_factory=list)  # VerificationRequest
    roles: list[Any] = field(default_factory=list)  # Role
    members: list[Any] = field(default_factory=list)  # Member

    def role_name(self, role_pk: int) -> str:
        return next((r.name for r in self.roles if r.id == role_pk), "?")


def approved_scopes(requests: list[Any]) -> set[str]:
    """The scopes the XWMS team approved in these Verification Center requests."""
    return {key for r in requests if r.state == "approved" for key in r.scopes}


async def load_people(client: Any, client_pk: int) -> People:
    return People(
        users=list(await client.list_client_users(client_pk)),
        requests=list(await client.list_user_requests(client_pk)),
        verifications=list(await client.list_verification_requests(client_pk)),
        roles=list(await client.list_roles(client_pk)),
        members=list(await client.list_members(client_pk)),
    )


async def invite_tester(client: Any, client_pk: int, email: str) -> Any:
    email = email.strip().lower()
    return await client.create_user_request(
        client_pk, email, kind="test", idempotency_key=f"xwms-wizard:tester:{client_pk}:{email}"
    )


async def apply_verified(
    client: Any, client_pk: int, *, domain_pks: list[int], scopes: list[str], notes: str
) -> Any:
    # The same application (scopes, websites and notes) is one request, however often it is sent.
    body = json.dumps([sorted(scopes), sorted(domain_pks), notes])
    key = f"xwms-wizard:verify:{client_pk}:{hashlib.sha256(body.encode()).hexdigest()[:16]}"
    return await client.create_verification_request(
        client_pk, domain_pks=domain_pks, scopes=scopes, notes=notes or None, idempotency_key=key
    )


async def invite_member(client: Any, client_pk: int, email: str, preset: str) -> Any:
    """Add `email` as a member with the preset role (made on the client the first time)."""
    email = email.strip().lower()
    role = next((r for r in await client.list_roles(client_pk) if r.name == preset), None)
    if role is None:
        role = await client.create_role(
            client_pk, preset, ROLE_PRESETS[preset],
            idempotency_key=f"xwms-wizard:role:{client_pk}:{preset}",
        )
    return await client.add_member(
        client_pk, email, role.id, idempotency_key=f"xwms-wizard:member:{client_pk}:{email}"
    )
