"""The secret key's lifecycle, in one place: what to do with a website's key on this run.

A key's value is known or not (on this computer: the keychain, or this run) and
the key is active, revoked or expired. From that and the owner's wishes follows
one `SecretDecision`:

- KEEP: the website's active key stays as it is (label and expiry already right);
- UPDATE: it stays, and its label or expiry is changed on the server;
- CREATE: the website has no working key, so a new one is made and linked;
- REPLACE: a new key is made, linked and checked, and then the old one revoked
  (the owner chose it because this computer does not know the old key's value);
- CHOOSE: the old key works but its value is not here, and the owner has not
  said what to do: ask (the wizard) or stop naming the flags (the command line).
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from typing import Any

from xwms_wizard.core.models import SetupPlan
from xwms_wizard.core.state import ServerState, domain_secret, last_secret, secret_status
from xwms_wizard.i18n import translate


class SecretAction(enum.StrEnum):
    KEEP = "keep"
    UPDATE = "update"
    CREATE = "create"
    REPLACE = "replace"
    CHOOSE = "choose"


class UnknownValue(enum.StrEnum):
    """What the owner wants when the active key's value is not on this computer."""

    ASK = "ask"  # not decided yet
    NEW = "new"  # make a new key, link and check it, then revoke the old one
    KEEP = "keep"  # keep the old key; the bundle leaves the secret out


@dataclass
class SecretDecision:
    action: SecretAction
    reason: str  # plain words, for Review and the command line
    current: Any = None  # the website's active key (xwms.models.Secret), if any
    value_known: bool = False
    changes: dict[str, Any] = field(default_factory=dict)  # label / expires_at to change

    @property
    def makes_key(self) -> bool:
        return self.action in (SecretAction.CREATE, SecretAction.REPLACE)


def value_matches(value: str | None, secret: Any) -> bool:
    """Whether a kept value belongs to this key (its last four characters are the key's hint)."""
    return bool(value) and secret is not None and bool(secret.hint) and value.endswith(secret.hint)


def decide_secret(
    plan: SetupPlan,
    state: ServerState | None,
    *,
    kept_value: str | None,
    known_id: int | None = None,
    unknown: UnknownValue = UnknownValue.ASK,
    today: dt.date | None = None,
) -> SecretDecision:
    """What happens to the website's key, given the server, the plan and what this computer keeps."""
    observed = state.domain(plan.domain.root) if state is not None else None
    current = (
        domain_secret(state, observed, known=known_id, today=today) if state is not None else None
    )
    if current is None:
        old = last_secret(state, observed) if state is not None else None
        shared = _known_client_key(state, kept_value, today) if old is None else None
        if shared is not None:
            # Another website of this client has a key whose value is here: link that one
            # too, rather than a second key (the keychain keeps one value per Client ID).
            return SecretDecision(
                SecretAction.KEEP,
                translate(
                    "Secret",
                    "The client's secret key “{label}” (ending in {hint}) is linked to this "
                    "website too; no new key is made.",
                ).format(label=shared.label, hint=shared.hint),
                current=shared,
                value_known=True,
            )
        if old is None:
            reason = translate("Secret", "A new secret key will be made: this website has none yet.")
        elif secret_status(old, today) == "revoked":
            reason = translate(
                "Secret",
                "A new secret key will be made, because the old one (“{label}”, ending in {hint}) "
                "was revoked.",
            ).format(label=old.label, hint=old.hint)
        else:
            reason = translate(
                "Secret",
                "A new secret key will be made, because the old one (“{label}”, ending in {hint}) "
                "expired on {date}.",
            ).format(label=old.label, hint=old.hint, date=old.expires_at.isoformat())
        return SecretDecision(SecretAction.CREATE, reason)
    known = value_matches(kept_value, current)
    changes: dict[str, Any] = {}
    if plan.secret.effective_label != current.label:
        changes["label"] = plan.secret.effective_label
    if plan.secret.expires != current.expires_at:
        changes["expires_at"] = plan.secret.expires
    if not known and unknown is UnknownValue.NEW:
        return SecretDecision(
            SecretAction.REPLACE,
            translate(
                "Secret",
                "A new secret key will be made, because this computer does not have the value of "
                "the current one (“{label}”, ending in {hint}). Once the new key works, the old "
                "one is revoked.",
            ).format(label=current.label, hint=current.hint),
            current=current,
        )
    if not known and unknown is UnknownValue.ASK:
        return SecretDecision(
            SecretAction.CHOOSE,
            translate(
                "Secret",
                "The website's secret key (“{label}”, ending in {hint}) works, but its value is "
                "not on this computer: make a new key, or keep this one and leave the secret out "
                "of the bundle.",
            ).format(label=current.label, hint=current.hint),
            current=current,
            changes=changes,
        )
    if changes:
        return SecretDecision(
            SecretAction.UPDATE,
            describe_secret_changes(current, changes),
            current=current,
            value_known=known,
            changes=changes,
        )
    if known:
        reason = translate(
            "Secret", "The secret key “{label}” (ending in {hint}) stays as it is."
        ).format(label=current.label, hint=current.hint)
    else:
        reason = translate(
            "Secret",
            "The secret key “{label}” (ending in {hint}) stays as it is; its value is not on "
            "this computer, so the bundle leaves it out.",
        ).format(label=current.label, hint=current.hint)
    return SecretDecision(SecretAction.KEEP, reason, current=current, value_known=known)


def _known_client_key(state: ServerState | None, kept_value: str | None, today: dt.date | None) -> Any:
    """The client's newest active key whose value this computer keeps, if any."""
    if state is None or not kept_value:
        return None
    for secret in sorted(state.secrets, key=lambda s: s.id, reverse=True):
        if secret_status(secret, today) == "active" and value_matches(kept_value, secret):
            return secret
    return None


def describe_secret_changes(current: Any, changes: dict[str, Any]) -> str:
    parts = []
    if "label" in changes:
        parts.append(
            translate("Secret", "name “{old}” → “{new}”").format(
                old=current.label, new=changes["label"]
            )
        )
    if "expires_at" in changes:
        parts.append(
            translate("Secret", "expiry {old} → {new}").format(
                old=_date(current.expires_at), new=_date(changes["expires_at"])
            )
        )
    return translate("Secret", "The secret key ending in {hint} changes: {changes}.").format(
        hint=current.hint, changes=", ".join(parts)
    )


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value else translate("Secret", "none")
