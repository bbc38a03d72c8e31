"""One wizard run, free of Qt: its state and the services that do its work, all async.

The pages and the commands never talk HTTP. A `WizardSession` holds the run's one
`WizardState` and its services, each in its own module:

- `practice` (core.signin.PracticeServer): the practice sandbox on this computer;
- `signin` (core.signin.SignIn): the signed-in client of Practice or Custom mode;
- `live` (core.live.LiveService): Live mode's pasted ids and secret, and its check;
- the apply engine (core.apply.Applier) and the bundle writer (core.export).

The session itself only joins them: what needs two of them (choosing a mode closes the
other's connection; an export needs the catalogue and whether the server is a sandbox)
and what the pages load from the signed-in server. Every failure reaches the caller as a
`WizardError` with a plain message; `asyncio.CancelledError` passes through untouched so
a Cancel button really cancels.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from xwms_wizard.core.addresses import DEFAULT_LIVE_API_URL, is_loopback_url
from xwms_wizard.core.errors import WizardError
from xwms_wizard.core.flow import LiveIds, Mode, WizardState
from xwms_wizard.core.journal import Journal, unfinished_journals
from xwms_wizard.core.lifecycle import UnknownValue
from xwms_wizard.core.live import LiveService
from xwms_wizard.core.models import SetupPlan
from xwms_wizard.core.scopes import CATALOGUE
from xwms_wizard.core.signin import Connector, PracticeServer, SignIn
from xwms_wizard.core.state import ServerState, observe_client
from xwms_wizard.secrets import SecretStore

if TYPE_CHECKING:  # only names for the annotations; the modules load when first used
    from xwms_wizard.core.apply import ApplyResult, Preview, Step, StepEvent
    from xwms_wizard.core.status import SetupStatus
    from xwms_wizard.handoff.bundle import BundleResult
    from xwms_wizard.xwms import XwmsClient
    from xwms_wizard.xwms.models import Account


class WizardSession:
    """One wizard run's state and services; create it, use it, `await close()` it.

    `transport` (an httpx transport) and `sandbox_url` let tests run a real
    sandbox in-process: with `sandbox_url` set, Practice mode uses that server
    instead of starting a sandbox process.
    """

    def __init__(
        self,
        *,
        secrets: SecretStore | None = None,
        transport: Any = None,
        sandbox_url: str | None = None,
        sandbox_db: str | Path | None = None,
        client_options: dict[str, Any] | None = None,
    ) -> None:
        self.state = WizardState()  # the one wizard state; the services read and write it
        self.secrets = secrets if secrets is not None else SecretStore()
        self.connector = Connector(transport=transport, client_options=client_options)
        self.practice = PracticeServer(url=sandbox_url, db=sandbox_db)
        self.signin = SignIn(self.state, self.secrets, self.connector, self.practice)
        self.live = LiveService(self.state, self.secrets, self.connector)
        self.scopes: list[Any] = []  # the scopes catalogue the Permissions page offers
        self.clients: list[Any] = []  # the account's existing clients
        # What the signed-in server's `info` said about being a sandbox, once someone asked
        # (the command line does as it signs in); the export then needs no call of its own.
        self.server_is_sandbox: bool | None = None

    # -- the state's facts, read in one place ----------------------------------------

    @property
    def mode(self) -> Mode:
        return self.state.mode

    @property
    def account(self) -> Account | None:
        return self.state.account

    @property
    def live_ids(self) -> LiveIds:
        return self.state.live_ids

    @property
    def server_state(self) -> ServerState | None:
        return self.state.server

    @server_state.setter
    def server_state(self, value: ServerState | None) -> None:
        self.state.server = value

    @property
    def result(self) -> ApplyResult | None:
        return self.state.result

    @property
    def applied_plan(self) -> SetupPlan | None:
        return self.state.made_from

    @property
    def bundle(self) -> BundleResult | None:
        """The last bundle written in this run."""
        return self.state.bundles[-1] if self.state.bundles else None

    @property
    def client(self) -> XwmsClient | None:
        return self.signin.client

    @property
    def signed_in(self) -> bool:
        return self.signin.signed_in

    @property
    def api_url(self) -> str:
        """The API this run works with: Live's address, else the signed-in server's."""
        return self.live.api_url if self.mode is Mode.LIVE else self.signin.api_url

    # -- choosing a mode -------------------------------------------------------------

    async def start_practice(self) -> Account:
        """Practice: start the practice server (unless one is given) and sign in to its demo."""
        self.server_is_sandbox = None
        return await self.signin.practice_account()

    async def sign_in(self, server_url: str, email: str, password: str) -> Account:
        """Custom: sign in to a management server (a kept sign-in if no password is given)."""
        self.server_is_sandbox = None
        return await self.signin.custom_account(server_url, email, password)

    async def start_live(self, api_url: str = DEFAULT_LIVE_API_URL) -> str:
        """Live: nothing to sign in to; close any sign-in and offer the built-in catalogue.

        Returns the normalised API URL. No network is used until the check.
        """
        url = self.live.start(api_url)  # a bad address changes nothing
        await self.signin.drop()
        self.server_is_sandbox = None
        self.state.mode = Mode.LIVE
        self.clients = []
        self.scopes = list(CATALOGUE)
        return url

    # -- what the pages offer ------------------------------------------------------

    async def load_clients(self) -> list[Any]:
        """The account's existing clients (the Client page offers to reuse one)."""
        self.clients = list(await self.signin.require().list_clients())
        return self.clients

    async def observe(self, name: str) -> ServerState | None:
        """Load everything the server holds for the existing client `name` (None: no such client).

        The result is the observed half of the wizard's state: the pages fill themselves
        from it and Review compares the owner's plan with it.
        """
        self.server_state = await observe_client(self.signin.require(), name, clients=self.clients or None)
        return self.server_state

    async def preview(self, plan: SetupPlan, unknown_secret: UnknownValue = UnknownValue.ASK) -> Preview:
        """What creating `plan` would change, from a fresh look at the server (nothing is sent)."""
        from xwms_wizard.core.apply import Applier

        applier = Applier(
            self.signin.require(), plan, secrets=self.secrets, account=self.signin.email,
            unknown_secret=unknown_secret,
        )
        preview = await applier.preview()
        self.server_state = preview.state
        return preview

    async def load_scopes(self) -> list[Any]:
        """The server's scopes catalogue (key, title, description, requires_verification)."""
        self.scopes = list(await self.signin.require().list_scopes())
        return self.scopes

    # -- create and export ---------------------------------------------------------

    async def apply(
        self,
        plan: SetupPlan,
        on_progress: Callable[[StepEvent], None] | None = None,
        *,
        unknown_secret: UnknownValue = UnknownValue.ASK,
        step_retries: int = 0,
    ) -> ApplyResult:
        """Create what differs between the plan and the server (idempotent; resumes from the journal).

        `unknown_secret` is the owner's answer when the website's key works but its value is
        not on this computer (core.lifecycle); without one, that case stops at the secret step.
        `step_retries`: how often a step that failed on the connection or the server is run
        again by itself before the run stops (Applier).
        """
        from xwms_wizard.core.apply import Applier

        applier = Applier(
            self.signin.require(),
            plan,
            secrets=self.secrets,
            on_progress=on_progress,
            account=self.signin.email,
            unknown_secret=unknown_secret,
            step_retries=step_retries,
        )
        self.state.forget_result()
        result = await applier.run()
        self.state.made(result, plan)
        return result

    async def renew(
        self,
        plan: SetupPlan,
        on_progress: Callable[[StepEvent], None] | None = None,
        *,
        revoke_old: bool = False,
    ) -> ApplyResult:
        """Renew the website's key (core.renew): a new key beside the old, checked; the old
        one revoked only with `revoke_old`, once the new one passed the check."""
        from xwms_wizard.core.renew import Renewer

        renewer = Renewer(
            self.signin.require(),
            plan,
            secrets=self.secrets,
            on_progress=on_progress,
            account=self.signin.email,
            revoke_old=revoke_old,
        )
        self.state.forget_result()
        result = await renewer.run()
        self.state.made(result, plan)
        return result

    async def status(self, name: str) -> SetupStatus | None:
        """How the existing client `name` is doing (core.status); None: no such client."""
        from xwms_wizard.core.status import setup_status

        state = await self.observe(name)
        if state is None:
            return None
        return await setup_status(state, public=self.signin.require(), secrets=self.secrets)

    async def revoke_key(self, secret: Any) -> None:
        """Revoke one key of the picked client at once (a leak): it stops working everywhere.

        The status page asks first and names what stops; a rerun is harmless (the same
        Idempotency-Key, and a revoked key stays revoked).
        """
        await self.signin.require().revoke_secret(
            secret.id, idempotency_key=f"xwms-wizard:revoke:{secret.id}"
        )

    def steps_for(self, plan: SetupPlan, *, revoke: bool = False) -> list[Step]:
        """The apply steps this plan will run, for the progress list before it starts."""
        from xwms_wizard.core.apply import plan_steps

        return plan_steps(plan, revoke=revoke)

    def secret_value(self, result: ApplyResult) -> str | None:
        """The client secret of this result: from this run, else from the keychain."""
        from xwms_wizard.core import export as _export

        return _export.secret_value(self.secrets, result)

    async def export(
        self,
        result: ApplyResult,
        dest_dir: str | Path,
        *,
        include_secret: bool = False,
        make_zip: bool = False,
        language: str = "en",
        existing: str = "keep_both",
    ) -> BundleResult:
        """Write the handoff bundle for `result` into `dest_dir` (core.export.export_bundle)."""
        if not self.scopes and self.client is not None:
            with contextlib.suppress(WizardError):
                await self.load_scopes()
        members = None  # HANDOFF.md names the client's members as the server has them
        if self.client is not None:
            with contextlib.suppress(WizardError):
                members = await self._members(result)
        from xwms_wizard.core import export as _export

        return _export.export_bundle(
            self.state,
            self.secrets,
            result,
            dest_dir,
            catalogue=self.scopes,
            sandbox=await self._is_sandbox(),
            include_secret=include_secret,
            make_zip=make_zip,
            language=language,
            existing=existing,
            members=members,
        )

    async def _members(self, result: ApplyResult) -> list[tuple[str, str]]:
        """The client's members now, (e-mail, role name), for the handoff."""
        client = self.signin.require()
        roles = {r.id: r.name for r in await client.list_roles(result.client_pk)}
        return [(m.email, roles.get(m.role, "?")) for m in await client.list_members(result.client_pk)]

    async def _is_sandbox(self) -> bool:
        """Whether this run's server is a practice sandbox (the bundle says "practice")."""
        if self.mode is Mode.PRACTICE or (self.mode is Mode.LIVE and self.live.says_sandbox):
            return True
        if self.server_is_sandbox is not None:
            return self.server_is_sandbox
        if self.client is not None:
            with contextlib.suppress(WizardError):
                self.server_is_sandbox = bool(await self.client.is_sandbox())
                return self.server_is_sandbox
        return False

    # -- resume --------------------------------------------------------------------

    @staticmethod
    def unfinished() -> list[Journal]:
        """Setups that stopped half-way (newest first), for the resume offer."""
        return unfinished_journals()

    @staticmethod
    def mode_of(journal: Journal) -> Mode:
        """Practice for a setup made against a sandbox on this computer, else Custom."""
        if not journal.server or is_loopback_url(journal.server):
            return Mode.PRACTICE
        return Mode.CUSTOM

    # -- the end -------------------------------------------------------------------

    async def close(self) -> None:
        """Sign out locally (close connections) and stop the practice sandbox if one runs."""
        await self.signin.drop()
        self.practice.stop()
