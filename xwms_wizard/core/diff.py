"""The difference between what the server holds and what the owner wants, in plain words.

Review shows it before anything is sent ("Nothing will change", "Primary: on → off",
"A new secret key will be made because ..."); the apply engine then changes exactly
these things, each step checking the server again first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from xwms_wizard.core.lifecycle import SecretAction, SecretDecision
from xwms_wizard.core.models import SetupPlan
from xwms_wizard.core.people import approved_scopes
from xwms_wizard.core.state import ServerState
from xwms_wizard.i18n import QT_TRANSLATE_NOOP, translate

# The website's settings as Review names them (the Website page's words).
SETTING_NAMES = {
    "server_ip": QT_TRANSLATE_NOOP("Diff", "Server IP"),
    "internal_name": QT_TRANSLATE_NOOP("Diff", "Internal name"),
    "allow_login": QT_TRANSLATE_NOOP("Diff", "Allow Login"),
    "allow_api": QT_TRANSLATE_NOOP("Diff", "Allow API"),
    "active": QT_TRANSLATE_NOOP("Diff", "Active"),
    "primary": QT_TRANSLATE_NOOP("Diff", "Primary"),
    "test_mode": QT_TRANSLATE_NOOP("Diff", "Test Mode"),
    "fallback_uri": QT_TRANSLATE_NOOP("Diff", "Fallback URL"),
}


@dataclass
class Change:
    what: str  # "client", "domain", "setting", "callback", "scopes", "logo", "secret"
    text: str


@dataclass
class Difference:
    changes: list[Change] = field(default_factory=list)

    @property
    def nothing(self) -> bool:
        return not self.changes

    def lines(self) -> list[str]:
        if self.nothing:
            return [translate("Diff", "Nothing will change: the server already has all of this.")]
        return [change.text for change in self.changes]


@dataclass
class PeopleNow:
    """What the server holds for a plan's [verification] and [[members]]: the scopes the XWMS
    team approved, whether an application waits for them, and each member's role by e-mail."""

    approved: set[str] = field(default_factory=set)
    pending: bool = False
    members: dict[str, str] = field(default_factory=dict)


async def observe_people(client: Any, client_pk: int, plan: SetupPlan) -> PeopleNow:
    """PeopleNow for the client, reading only what the plan asks about."""
    now = PeopleNow()
    if plan.verification is not None:
        requests = await client.list_verification_requests(client_pk)
        now.approved = approved_scopes(requests)
        now.pending = any(r.state == "pending" for r in requests)
    if plan.members:
        roles = {r.id: r.name for r in await client.list_roles(client_pk)}
        now.members = {
            m.email.lower(): roles.get(m.role, "?") for m in await client.list_members(client_pk)
        }
    return now


def domain_settings(plan: SetupPlan) -> dict[str, Any]:
    """The website's settings as the server stores them ("" is none)."""
    d = plan.domain
    return {
        "server_ip": d.server_ip or None,
        "internal_name": d.internal_name or None,
        "allow_login": d.allow_login,
        "allow_api": d.allow_api,
        "active": d.active,
        "primary": d.primary,
        "test_mode": d.test_mode,
        "fallback_uri": d.fallback_uri or None,
    }


def _value(value: Any) -> str:
    if value is True:
        return translate("Diff", "on")
    if value is False:
        return translate("Diff", "off")
    return str(value) if value else translate("Diff", "(none)")


def difference(
    plan: SetupPlan,
    state: ServerState | None,
    secret: SecretDecision | None,
    *,
    logo_current: bool = False,
    people: PeopleNow | None = None,
) -> Difference:
    """What applying `plan` changes on a server that holds `state` (None: no such client yet).

    `logo_current`: the website has the plan's logo already (the apply engine knows it by the
    hash it kept), so it is not uploaded again. `people`: the client's Verified Partner
    applications and members now, for a plan with [verification] or [[members]]."""
    people = people or PeopleNow()
    diff = Difference()
    add = diff.changes.append
    if state is None:
        add(Change("client", translate("Diff", "A new client “{name}” will be made.").format(
            name=plan.client.name)))
    observed = state.domain(plan.domain.root) if state is not None else None
    if observed is None:
        add(Change("domain", translate("Diff", "The website {domain} will be added.").format(
            domain=plan.domain.root)))
    else:
        for key, wanted in domain_settings(plan).items():
            have = getattr(observed.domain, key)
            if have != wanted:
                add(Change("setting", translate("Diff", "{setting}: {old} → {new}").format(
                    setting=translate("Diff", SETTING_NAMES[key]), old=_value(have),
                    new=_value(wanted))))
    if plan.domain.logo and not logo_current:
        add(Change("logo", translate("Diff", "The logo will be uploaded.")))
    url = plan.domain.effective_redirect_url
    if observed is None or url not in observed.callback_urls(active_only=False):
        add(Change("callback", translate("Diff", "The callback URL {url} will be registered.")
                   .format(url=url)))
    elif url not in observed.callback_urls():
        add(Change("callback", translate("Diff", "The callback URL {url} will be switched on.")
                   .format(url=url)))
    have_scopes = set(state.scopes) if state is not None else set()
    wanted_scopes = set(plan.scopes.keys)
    if plan.verification is not None:
        waiting = sorted(set(plan.verification.scopes) - people.approved - have_scopes)
        if waiting and people.pending:
            add(Change("partner", translate(
                "Diff", "{scopes} waits for the XWMS team's answer to your application; it is "
                "added once they approve.").format(scopes=", ".join(waiting))))
        elif waiting:
            add(Change("partner", translate(
                "Diff", "An application to become a Verified Partner for {scopes} will be sent "
                "to the XWMS team; it is added once they approve.").format(
                    scopes=", ".join(waiting))))
        wanted_scopes -= set(waiting)
    if have_scopes != wanted_scopes:
        added = ", ".join(sorted(wanted_scopes - have_scopes))
        removed = ", ".join(sorted(have_scopes - wanted_scopes))
        if state is None or not have_scopes:
            text = translate("Diff", "Permissions: {scopes}.").format(scopes=added or "-")
        elif added and removed:
            text = translate("Diff", "Permissions: add {added}; remove {removed}.").format(
                added=added, removed=removed)
        elif added:
            text = translate("Diff", "Permissions: add {added}.").format(added=added)
        else:
            text = translate("Diff", "Permissions: remove {removed}.").format(removed=removed)
        add(Change("scopes", text))
    if secret is not None and secret.action is not SecretAction.KEEP:
        add(Change("secret", secret.reason))
    for member in plan.members:
        role = people.members.get(member.email)
        if role is None:
            add(Change("member", translate("Diff", "{email} will be invited as {role}.").format(
                email=member.email, role=member.role)))
        elif role != member.role:
            add(Change("member", translate("Diff", "{email}: {old} → {new}").format(
                email=member.email, old=role, new=member.role)))
    return diff
