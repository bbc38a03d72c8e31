"""The state of a setup that exists: each website and key, a live check, what needs attention.

The owner's day two. `setup_status` reads a client as the server has it (core.state), checks
each website's login with the key this computer holds (`sign-token`, as Live mode's check
does) and lists what needs attention first: a key that has expired, was revoked or expires
within `SOON_DAYS`, a website without a working key, a check that fails. Each finding says
in plain words what is wrong and what fixes it; `xwms-wizard status` prints them, and the
window shows them.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from typing import Any

from xwms_wizard.core.apply import Verification, verify_credentials
from xwms_wizard.core.lifecycle import value_matches
from xwms_wizard.core.state import ObservedDomain, ServerState, domain_secret, secret_status
from xwms_wizard.i18n import translate
from xwms_wizard.secrets import SecretStore

SOON_DAYS = 30  # a key that expires within this many days needs renewing now


class Concern(enum.StrEnum):
    """Why something needs the owner's attention; the fix follows from it."""

    EXPIRED = "expired"  # the website's newest key has expired: logins stop
    REVOKED = "revoked"  # the website's newest key was revoked: logins stop
    NO_KEY = "no_key"  # the website never had a key linked
    EXPIRES_SOON = "expires_soon"  # the key works, but not for long
    CHECK_FAILED = "check_failed"  # XWMS refused the login check


@dataclass
class Attention:
    concern: Concern
    website: str  # the website's root domain
    problem: str  # plain words: what is wrong
    key: Any = None  # the key concerned (xwms.models.Secret), if any


@dataclass
class KeyStatus:
    secret: Any  # xwms.models.Secret
    state: str  # "active", "revoked" or "expired"
    websites: list[str]  # the root domains it is linked to
    value_here: bool  # this computer holds its value (the keychain)
    today: dt.date

    @property
    def days_left(self) -> int | None:
        if self.secret.expires_at is None:
            return None
        return (self.secret.expires_at - self.today).days

    @property
    def expiry(self) -> str:
        """"expires in 12 days", "expired on 2026-11-30", "does not expire" …"""
        return expiry_words(self.secret.expires_at, self.today, revoked=self.secret.revoked)


@dataclass
class WebsiteStatus:
    observed: ObservedDomain
    key: Any = None  # the key it logs in with (active, linked), if any
    check: Verification | None = None  # None: not checked (no key, or its value is not here)
    not_checked: str = ""  # why there is no check

    @property
    def root(self) -> str:
        return self.observed.root


@dataclass
class SetupStatus:
    state: ServerState
    websites: list[WebsiteStatus] = field(default_factory=list)
    keys: list[KeyStatus] = field(default_factory=list)
    attention: list[Attention] = field(default_factory=list)  # most urgent first

    @property
    def healthy(self) -> bool:
        return not self.attention


def expiry_words(expires: dt.date | None, today: dt.date, *, revoked: bool = False) -> str:
    """A key's life in plain words, as the owner reads it."""
    if revoked:
        return translate("Status", "revoked")
    if expires is None:
        return translate("Status", "does not expire")
    days = (expires - today).days
    if days < 0:
        return translate("Status", "expired on {date}").format(date=expires.isoformat())
    if days == 0:
        return translate("Status", "expires today")
    if days == 1:
        return translate("Status", "expires tomorrow")
    return translate("Status", "expires in %n day(s) ({date})", None, days).format(
        date=expires.isoformat()
    )


async def setup_status(
    state: ServerState,
    *,
    public: Any,
    secrets: SecretStore,
    today: dt.date | None = None,
) -> SetupStatus:
    """How the setup `state` is doing, with a `sign-token` check per website through `public`
    (an XwmsClient; the check changes nothing on the server)."""
    today = today or dt.date.today()
    client_id = state.client.client_id
    value = secrets.client_secret(client_id)
    status = SetupStatus(state=state)
    for secret in state.secrets:
        status.keys.append(
            KeyStatus(
                secret=secret,
                state=secret_status(secret, today),
                websites=[d.root for d in state.domains if secret.id in d.linked],
                value_here=value_matches(value, secret),
                today=today,
            )
        )
    for observed in state.domains:
        website = WebsiteStatus(observed, key=domain_secret(state, observed, today=today))
        await _check(website, public, client_id=client_id, value=value)
        status.websites.append(website)
    status.attention = _attention(status, today)
    return status


async def _check(website: WebsiteStatus, public: Any, *, client_id: str, value: str | None) -> None:
    key = website.key
    callbacks = website.observed.callback_urls()
    if key is None:
        website.not_checked = translate("Status", "not checked: the website has no working key")
    elif not value_matches(value, key):
        website.not_checked = translate(
            "Status",
            "not checked: the value of its key is not on this computer (check it with "
            "`xwms-wizard verify` where the .env is)",
        )
    elif not callbacks:
        website.not_checked = translate("Status", "not checked: the website has no callback URL")
    else:
        website.check = await verify_credentials(
            public,
            client_id=client_id,
            domain=website.root,
            client_secret=value,
            redirect_url=callbacks[0],
        )


def _attention(status: SetupStatus, today: dt.date) -> list[Attention]:
    found: list[Attention] = []
    for website in status.websites:
        found += _website_attention(status, website, today)
    order = list(Concern)
    return sorted(found, key=lambda a: order.index(a.concern))


def _website_attention(status: SetupStatus, website: WebsiteStatus, today: dt.date) -> list[Attention]:
    root, key = website.root, website.key
    if key is None:
        linked = [k for k in status.keys if root in k.websites]
        if not linked:
            return [Attention(Concern.NO_KEY, root, translate(
                "Status", "{site} has no secret key, so nobody can log in there yet."
            ).format(site=root))]
        newest = max(linked, key=lambda k: k.secret.id)
        if newest.state == "revoked":
            return [Attention(Concern.REVOKED, root, translate(
                "Status",
                "The key “{label}” of {site} was revoked, and the website has no other: "
                "logging in there has stopped.",
            ).format(label=newest.secret.label, site=root), newest.secret)]
        return [Attention(Concern.EXPIRED, root, translate(
            "Status",
            "The key “{label}” of {site} expired on {date}: logging in there has stopped.",
        ).format(label=newest.secret.label, site=root,
                 date=newest.secret.expires_at.isoformat()), newest.secret)]
    found = []
    soon = expires_soon(key.label, root, key.expires_at, today)
    if soon:
        found.append(Attention(Concern.EXPIRES_SOON, root, soon, key))
    check = website.check
    if check is not None and not check.ok:
        found.append(Attention(Concern.CHECK_FAILED, root, check_failed(root, check.verdict), key))
    return found


def expires_soon(label: str, site: str, expires: dt.date | None, today: dt.date) -> str:
    """The problem of a key that expires within SOON_DAYS, or "" (Practice, Custom and Live)."""
    if expires is None or (expires - today).days > SOON_DAYS:
        return ""
    return translate(
        "Status", "The key “{label}” of {site} {expiry}: logging in stops then."
    ).format(label=label, site=site, expiry=expiry_words(expires, today))


def check_failed(site: str, verdict: str) -> str:
    return translate("Status", "XWMS refused the login check for {site}: {verdict}").format(
        site=site, verdict=verdict
    )
