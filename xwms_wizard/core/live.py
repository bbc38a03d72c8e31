"""Live mode's check: the owner made the setup in the XWMS dashboard; the wizard checks it.

`LiveService` keeps what Live mode knows beyond the plan (the API address, the Client ID
and Domain ID the owner pasted, the secret they pasted, which goes straight to the
keychain) and runs "Check my setup": `info` for the connection, then `sign-token` with
the owner's credentials. `check_credentials` is that same check for `xwms-wizard verify`.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from xwms_wizard.core.addresses import DEFAULT_LIVE_API_URL, normalize_live_api_url
from xwms_wizard.core.flow import LiveIds, Mode, WizardState
from xwms_wizard.core.models import SetupPlan
from xwms_wizard.core.signin import Connector
from xwms_wizard.errors import WizardError
from xwms_wizard.i18n import translate
from xwms_wizard.secrets import SecretStore

if TYPE_CHECKING:  # the apply engine loads when a check first runs, not with the window
    from xwms_wizard.core.apply import ApplyResult, Verification

log = logging.getLogger(__name__)


@dataclass
class LiveCheck:
    """What "Check my setup" found in Live mode.

    `result` carries the owner's ids and choices with the `Verification`, in the shape
    the export expects. `reached` is False when XWMS could not be asked at all (no
    connection, a timeout, a broken https connection, a server fault); `problem` then
    holds that error, and the verification says the setup was not checked.
    """

    result: ApplyResult
    reached: bool
    problem: WizardError | None = None

    @property
    def verification(self) -> Verification:
        assert self.result.verification is not None
        return self.result.verification

    @property
    def verified(self) -> bool:
        return self.reached and self.verification.ok


async def check_credentials(
    connector: Connector,
    api_url: str,
    *,
    client_id: str,
    domain: str,
    client_secret: str,
    redirect_url: str,
) -> tuple[dict[str, Any], Verification]:
    """`info` for the connection, then `sign-token` with these credentials, explained.

    The one check behind Live mode's "Check my setup" and `xwms-wizard verify`. A refusal
    is a verdict (the Verification); no answer at all raises the XwmsError.
    """
    client = connector.open(api_url)
    try:
        info = dict(await client.info())
        from xwms_wizard.core.apply import verify_credentials

        verification = await verify_credentials(
            client,
            client_id=client_id,
            domain=domain,
            client_secret=client_secret,
            redirect_url=redirect_url,
        )
    finally:
        await client.aclose()
    return info, verification


class LiveService:
    """Live mode's address, pasted ids and secret, and its "Check my setup"."""

    def __init__(self, state: WizardState, secrets: SecretStore, connector: Connector) -> None:
        self.state = state
        self.secrets = secrets
        self.connector = connector
        self.api_url = ""
        self.info: dict[str, Any] = {}  # the last `info` answer
        self._secret_for = ""  # the Client ID this run stored a pasted secret under

    @property
    def ids(self) -> LiveIds:
        return self.state.live_ids

    def start(self, api_url: str = DEFAULT_LIVE_API_URL) -> str:
        """Choose Live mode at `api_url`; returns it normalised. No network is used yet."""
        url = normalize_live_api_url(api_url)
        self.state.mode = Mode.LIVE
        self.api_url = url
        self.info = {}
        return url

    def set_client_id(self, client_id: str) -> None:
        """Take the Client ID the owner pasted; a secret pasted for the old one moves along.

        XWMS shows a secret once, so an owner who corrects a mistyped Client ID after
        pasting the secret cannot paste it again: it follows the Client ID instead.
        """
        client_id = client_id.strip()
        old = self._secret_for
        if old and old != client_id and client_id:
            value = self.secrets.client_secret(old)
            if value and not self.secrets.client_secret(client_id):
                self.secrets.save_client_secret(client_id, value)
                self.secrets.forget_client_secret(old)
                self._secret_for = client_id
        self.ids.client_id = client_id

    def save_secret(self, value: str) -> None:
        """Keep the secret the owner pasted in the keychain, under the pasted Client ID."""
        client_id = self.ids.client_id
        if not client_id:
            raise WizardError(
                translate(
                    "Session",
                    "Client ID: paste the Client ID on the Client page first; the secret key is "
                    "kept under it.",
                ),
                field="domain.client_id",
            )
        self.secrets.save_client_secret(client_id, value)
        self._secret_for = client_id

    def has_secret(self) -> bool:
        """True when the keychain holds a secret for the pasted Client ID."""
        client_id = self.ids.client_id
        return bool(client_id and self.secrets.client_secret(client_id))

    async def check(self, plan: SetupPlan, client_id: str, domain_id: str) -> LiveCheck:
        """"Check my setup" for `plan` with the pasted ids: `info`, then `sign-token`.

        The secret comes from the keychain (the Secret page put it there). A refusal
        becomes a Verification whose verdict names the dashboard fix; no connection
        becomes a LiveCheck with `reached` False and a "not checked" verification, so
        the owner can still export a bundle marked NOT VERIFIED. The state's result is
        set either way.
        """
        from xwms_wizard.core.validate import check_client_id, check_domain_id
        from xwms_wizard.xwms import XwmsError

        if self.state.mode is not Mode.LIVE or not self.api_url:
            raise WizardError(
                translate(
                    "Session", "Live mode is not chosen: go back to the first page and choose it."
                )
            )
        for check in (check_client_id(client_id), check_domain_id(domain_id)):
            if not check.ok:
                raise WizardError(check.message, field=check.field)
        client_id, domain_id = client_id.strip(), domain_id.strip()
        self.state.forget_result()  # whatever this check finds replaces the last one
        secret = self.secrets.client_secret(client_id)
        if not secret:
            raise WizardError(
                translate(
                    "Session",
                    "Secret: the wizard has no secret key for this Client ID. Go Back to the "
                    "Secret key page and paste the secret from the XWMS dashboard.",
                ),
                field="secret.value",
            )
        from xwms_wizard.core.apply import ApplyResult

        result = ApplyResult(
            api_url=self.api_url,
            client_pk=0,  # the dashboard's own numbers; Live mode knows only the public ids
            client_id=client_id,
            client_name=plan.client.name,
            domain_pk=0,
            domain_id=domain_id,
            root_domain=plan.domain.root,
            redirect_url=plan.domain.effective_redirect_url,
            scopes=sorted(set(plan.scopes.keys)),
            secret_pk=None,
            secret_label=plan.secret.effective_label,
            secret_expires=plan.secret.expires,
        )
        try:
            self.info, verification = await check_credentials(
                self.connector,
                self.api_url,
                client_id=client_id,
                domain=plan.domain.root,
                client_secret=secret,
                redirect_url=plan.domain.effective_redirect_url,
            )
        except XwmsError as exc:  # a refusal is a verdict already; this is no answer
            return self._not_checked(plan, result, exc)
        result.verification = verification
        self.state.made(result, plan)
        return LiveCheck(result=result, reached=True)

    def _not_checked(self, plan: SetupPlan, result: ApplyResult, exc: WizardError) -> LiveCheck:
        host = urlsplit(self.api_url).hostname or self.api_url
        log.info("live check could not reach %s: %s", host, type(exc).__name__)
        from xwms_wizard.core.apply import Verification

        result.verification = Verification(
            ok=False,
            verdict=translate(
                "Session",
                "Not checked: the wizard could not reach XWMS at {host} from the owner's "
                "computer, so nobody has confirmed yet that these settings work",
            ).format(host=host),
            code="not_checked",
            checked_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        )
        self.state.made(result, plan)
        return LiveCheck(result=result, reached=False, problem=exc)

    async def status(self, folder: str | Path, today: dt.date | None = None) -> LiveStatus:
        """How the Live setup in a handoff folder is doing: its key's expiry, and a check with
        the key this computer keeps (the ids become this run's, the plan the folder's)."""
        from xwms_wizard.core.status import check_failed, expires_soon, expiry_words

        today = today or dt.date.today()
        facts = read_handoff(folder)
        plan = plan_from_facts(facts)
        self.ids.client_id, self.ids.domain_id = facts.client_id, facts.domain_id
        self.state.plan = plan
        check = None
        if self.has_secret():
            check = await self.check(plan, facts.client_id, facts.domain_id)
        expires = facts.secret_expires
        attention = [expires_soon(facts.secret_label, facts.domain, expires, today)]
        if check is not None and not check.verified:
            attention.append(check_failed(facts.domain, check.verification.verdict))
        attention = [problem for problem in attention if problem]
        return LiveStatus(facts, plan, check, expiry_words(expires, today), attention)

    async def check_new_key(self, plan: SetupPlan, value: str) -> LiveCheck:
        """Check a newly pasted key; the keychain keeps it only once XWMS accepted it (until
        then the old key's value stays, the one the website still uses)."""
        client_id = self.ids.client_id
        old = self.secrets.client_secret(client_id)
        self.secrets.save_client_secret(client_id, value)
        try:
            outcome = await self.check(plan, client_id, self.ids.domain_id)
        except BaseException:
            self._restore(client_id, old)
            raise
        if not outcome.verified:
            self._restore(client_id, old)
        return outcome

    def _restore(self, client_id: str, old: str | None) -> None:
        if old:
            self.secrets.save_client_secret(client_id, old)
        else:
            self.secrets.forget_client_secret(client_id)

    @property
    def says_sandbox(self) -> bool:
        """Whether the server of the last check said it is a practice sandbox."""
        return self.info.get("sandbox") is True


@dataclass
class LiveStatus:
    """A Live setup as its handoff folder describes it, and what XWMS says of it now."""

    facts: Any  # handoff.bundle.HandoffFacts
    plan: SetupPlan  # the choices the folder records, for the pages and the renewal
    check: LiveCheck | None  # None: the key's value is not on this computer
    expiry: str  # the key's life in plain words ("expires in 12 days")
    attention: list[str] = field(default_factory=list)  # plain words, most urgent first

    @property
    def healthy(self) -> bool:
        return not self.attention


def plan_from_facts(facts: Any) -> SetupPlan:
    """The choices a handoff folder records, as a plan (the rest keeps its defaults)."""
    from xwms_wizard.core.models import ClientChoice, DomainChoice, ScopesChoice, SecretChoice

    return SetupPlan(
        client=ClientChoice(facts.client_name),
        domain=DomainChoice(root=facts.domain, redirect_url=facts.redirect_uri,
                            test_mode=facts.test_mode),
        scopes=ScopesChoice([key for key, _title, _description in facts.scopes]),
        secret=SecretChoice(label=facts.secret_label, expires=facts.secret_expires),
    )


def read_handoff(folder: str | Path) -> Any:
    """The facts of a handoff folder (its xwms-handoff.json), or a plain WizardError."""
    import json

    from xwms_wizard.handoff.bundle import JSON_NAME, facts_from_dict

    path = Path(folder)
    if path.is_dir():
        path = path / JSON_NAME
    try:
        return facts_from_dict(json.loads(path.read_text(encoding="utf-8")))
    except WizardError:
        raise
    except (OSError, ValueError) as exc:
        raise WizardError(
            translate(
                "Session",
                "Folder: there is no readable {name} in {folder}. Choose the folder the wizard "
                "wrote for your developer (xwms-handoff-…).",
            ).format(name=JSON_NAME, folder=folder),
            field="handoff",
            detail=f"{type(exc).__name__}: {exc}",
        ) from None
