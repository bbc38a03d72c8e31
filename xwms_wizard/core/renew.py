"""Renewing a website's secret key without downtime: new key, link, check; the old one last.

A renewal has its own journal (the plan's id + "-renew"), so a crash half-way resumes
without a second new key. Its steps:

1. find the client and the website (a renewal makes neither);
2. make a new key with the plan's name and expiry (the plan is what the owner wants: a
   renewal whose plan still names the old, near expiry date is refused, so the plan file
   and the server keep agreeing);
3. link it to the website (both keys now work);
4. check the new key with `sign-token`;
5. only when asked (`revoke_old`, after the developer switched), and only when the check
   passed: revoke the old key.

Until step 5 the renewal stays open: running it again finds the new key made and goes on.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import replace
from typing import Any

from xwms_wizard.core.apply import Applier, ApplyError, Step, StepState
from xwms_wizard.core.errors import WizardError
from xwms_wizard.core.journal import Journal
from xwms_wizard.core.lifecycle import value_matches
from xwms_wizard.core.models import SetupPlan
from xwms_wizard.core.state import domain_secret, secret_status
from xwms_wizard.i18n import translate
from xwms_wizard.secrets import SecretStore

MIN_DAYS_LEFT = 30  # a renewed key must live longer than this, or it needs renewing at once


class RenewStage(enum.StrEnum):
    """Where a plan's renewal stands (`renewal_stage`)."""

    NONE = "none"  # no renewal started (or the last one finished)
    SWITCHING = "switching"  # the new key works beside the old one; the old waits for revoking


def renewal_plan(plan: SetupPlan) -> SetupPlan:
    """The plan under which a renewal runs: its own id, so its own journal and request keys."""
    return replace(plan, plan_id=f"{plan.plan_id}-renew")


def renewal_stage(plan: SetupPlan) -> RenewStage:
    journal = Journal.load(renewal_plan(plan).plan_id)
    if journal is not None and journal.ids.get("replaces") and journal.ids.get("secret"):
        return RenewStage.SWITCHING
    return RenewStage.NONE


def expiry_problem(plan: SetupPlan, today: dt.date | None = None) -> str:
    """Why the plan's expiry date cannot be the new key's, or "" when it can."""
    today = today or dt.date.today()
    expires = plan.secret.expires
    if expires is not None and (expires - today).days <= MIN_DAYS_LEFT:
        return translate(
            "Renew",
            "secret.expires: the new key would expire on {date}, in %n day(s). Set a later "
            "expiry date for the key (such as {suggestion}), or none, then renew.",
            None,
            (expires - today).days,
        ).format(
            date=expires.isoformat(),
            suggestion=(today + dt.timedelta(days=365)).isoformat(),
        )
    return ""


class Renewer(Applier):
    """The renewal steps on the apply engine's journal, idempotency keys and check."""

    def __init__(self, client: Any, plan: SetupPlan, *, secrets: SecretStore,
                 revoke_old: bool = False, **kwargs: Any) -> None:
        super().__init__(client, renewal_plan(plan), secrets=secrets, **kwargs)
        self.revoke_old = revoke_old

    def steps(self) -> list[Step]:
        steps = [Step.FIND, Step.SECRET, Step.LINK, Step.VERIFY]
        return [*steps, Step.REVOKE] if self.revoke_old else steps

    def _handlers(self):
        return {**super()._handlers(), Step.FIND: self._find, Step.SECRET: self._renew_secret,
                Step.REVOKE: self._revoke_checked}

    async def run(self):
        result = await super().run()
        if self.revoke_old:
            self.journal.discard()  # renewed and switched: the next renewal starts afresh
        return result

    async def _find(self) -> tuple[StepState, str]:
        state = await self._observe()
        observed = state.domain(self.plan.domain.root) if state is not None else None
        if state is None or observed is None:
            what = self.plan.client.name if state is None else self.plan.domain.root
            raise ApplyError(Step.FIND, WizardError(
                translate(
                    "Renew",
                    "{what} does not exist on this server, so there is no key to renew. Create "
                    "the setup first (xwms-wizard apply, or the wizard).",
                ).format(what=what),
                retryable=False,
            ))
        self._remember(client=state.client.id, client_id=state.client.client_id,
                       domain=observed.domain.id, domain_id=observed.domain.domain_id)
        return StepState.EXISTING, translate("Renew", "{client}, {site}").format(
            client=state.client.name, site=observed.root)

    async def _renew_secret(self) -> tuple[StepState, str]:
        client_pk, client_id = self.journal.ids["client"], self.journal.ids["client_id"]
        pending = self.journal.pending
        if pending and pending.get("step") == Step.SECRET.value:
            return await self._create_secret(client_pk, client_id, resume=pending)
        state = await self._secret_state(client_pk, client_id)
        replaces = list(self.journal.ids.get("replaces", []))
        made = state.secret(self.journal.ids.get("secret"))
        if replaces and made is not None and made.id not in replaces:
            if secret_status(made) == "active":  # a rerun: this renewal made it already
                value = self.secrets.client_secret(client_id)
                if value_matches(value, made):
                    self._secret_value = value
                return StepState.EXISTING, translate(
                    "Renew", "the new key “{label}” (ending in {hint}) was made already"
                ).format(label=made.label, hint=made.hint)
        current = domain_secret(state, state.domains[0])
        if current is not None:
            self._remember(replaces=[current.id])
        return await self._create_secret(
            client_pk, client_id, before=[secret.id for secret in state.secrets]
        )

    async def _verify(self) -> tuple[StepState, str]:
        checked = self.journal.verification or {}
        if not self._secret_value and checked.get("ok"):
            # A rerun on a computer without a keychain: the new key's value went into the
            # bundle, and this renewal's check of it passed already.
            return StepState.EXISTING, translate(
                "Renew", "the new key passed the check at {time}"
            ).format(time=checked.get("checked_at", ""))
        return await super()._verify()

    async def _revoke_checked(self) -> tuple[StepState, str]:
        verification = self.journal.verification or {}
        if not verification.get("ok"):
            raise ApplyError(Step.REVOKE, WizardError(
                translate(
                    "Renew",
                    "The new key has not passed the check, so the old key stays active: "
                    "logging in keeps working with it.",
                ),
                retryable=False,
            ))
        return await self._revoke_old()
