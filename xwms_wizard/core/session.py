"""One wizard run's work, free of Qt: sandbox, signed-in client, apply and export, all async.

The pages never talk HTTP. They call a `WizardSession`, which starts the
practice sandbox or signs in to a server, loads what the pages offer (existing
clients, the scopes catalogue), runs the apply engine and writes the handoff
bundle. Every failure reaches the caller as a `WizardError` (an `XwmsError` or
an `ApplyError`) with a plain message; `asyncio.CancelledError` passes through
untouched so a Cancel button really cancels.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import ipaddress
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from xwms_wizard import paths
from xwms_wizard.core.apply import (
    Applier,
    ApplyResult,
    Preview,
    Step,
    StepEvent,
    Verification,
    plan_steps,
    verify_credentials,
)
from xwms_wizard.core.errors import WizardError
from xwms_wizard.core.flow import LiveIds, Mode, WizardState
from xwms_wizard.core.journal import Journal, unfinished_journals
from xwms_wizard.core.lifecycle import UnknownValue
from xwms_wizard.core.models import SetupPlan
from xwms_wizard.core.scopes import CATALOGUE
from xwms_wizard.core.state import ServerState, observe_client
from xwms_wizard.i18n import QT_TRANSLATE_NOOP, translate
from xwms_wizard.secrets import SecretStore

if TYPE_CHECKING:  # only names for the annotations; the modules load when first used
    from xwms_wizard.handoff.bundle import BundleResult
    from xwms_wizard.practice import SandboxProcess
    from xwms_wizard.xwms import XwmsClient
    from xwms_wizard.xwms.models import Account

log = logging.getLogger(__name__)

PRACTICE_EMAIL = "owner@example.com"
PRACTICE_PASSWORD = "practice"

FREE_PLAN_MESSAGE = QT_TRANSLATE_NOOP(
    "Session",
    "This XWMS account is on the free plan. Clients (what a website needs for "
    "Log in with XWMS) come with a paid account: upgrade the account in the XWMS "
    "dashboard, then sign in again.",
)


def normalize_server_url(text: str) -> str:
    """`http://host:port`, `.../api` or `.../api/` -> the API URL ending in `/api/`.

    Raises WizardError (field "server") with a plain message for anything that is not a web address.
    """
    server = text.strip()
    parts = urlsplit(server)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise WizardError(
            translate(
                "Session",
                "Server address: this is not a web address. Type it like "
                "https://xwms.example.com or http://127.0.0.1:8765.",
            ),
            field="server",
        )
    path = parts.path.rstrip("/")
    if not path.endswith("/api"):
        path += "/api"
    return f"{parts.scheme}://{parts.netloc}{path}/"


DEFAULT_LIVE_API_URL = "https://xwms.nl/api/"


def normalize_live_api_url(text: str) -> str:
    """The XWMS API address for Live mode (default https://xwms.nl/api/), ending in `/api/`.

    Plain http is refused except for a server on this computer: the check sends the
    client secret, which must never cross the internet unencrypted.
    """
    try:
        url = normalize_server_url(text)
    except WizardError as exc:
        raise WizardError(
            translate(
                "Session",
                "XWMS API address: this is not a web address. Type it like {url}, or leave the "
                "default.",
            ).format(url=DEFAULT_LIVE_API_URL),
            field="api_url",
        ) from exc
    if urlsplit(url).scheme != "https" and not is_loopback_url(url):
        raise WizardError(
            translate(
                "Session",
                "XWMS API address: it must start with https:// (http:// is only for a test "
                "server on this computer), because the check sends your secret key to it.",
            ),
            field="api_url",
        )
    return url


def is_loopback_url(url: str) -> bool:
    """True for a server on this computer (how a practice sandbox's journal is recognised)."""
    host = (urlsplit(url).hostname or "").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def handoff_facts(
    result: ApplyResult, *, catalogue: list[Any], test_mode: bool, sandbox: bool
) -> Any:
    """The developer's facts (no secret) from an apply result and the server's scopes catalogue."""
    from xwms_wizard.core.validate import display_domain
    from xwms_wizard.handoff.bundle import HandoffFacts

    titles = {scope.key: (scope.title, scope.description) for scope in catalogue}
    verification = result.verification
    verified_at = None
    if verification is not None and verification.checked_at:
        with contextlib.suppress(ValueError):
            verified_at = dt.datetime.fromisoformat(verification.checked_at)
    return HandoffFacts(
        client_name=result.client_name,
        client_id=result.client_id,
        domain=result.root_domain,
        domain_display=display_domain(result.root_domain),
        domain_id=result.domain_id,
        test_mode=test_mode,
        scopes=[(key, *titles.get(key, (key, ""))) for key in result.scopes],
        redirect_uri=result.redirect_url,
        api_uri=result.api_url,
        secret_label=result.secret_label,
        secret_expires=result.secret_expires,
        verified=bool(verification and verification.ok),
        verified_at=verified_at,
        verification_note=verification.verdict if verification else "",
        sandbox=sandbox,
    )


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


class WizardSession:
    """The work behind the pages of one wizard run; create it, use it, `await close()` it.

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
        self.state = WizardState()  # the one wizard state; the attributes below read it
        self.secrets = secrets if secrets is not None else SecretStore()
        self._transport = transport
        self._sandbox_url = sandbox_url
        self._sandbox_db = sandbox_db
        self._client_options = dict(client_options or {})
        self.sandbox: SandboxProcess | None = None  # while Practice mode runs one
        self.client: XwmsClient | None = None  # the signed-in client
        self.email = ""
        self.api_url = ""
        self.scopes: list[Any] = []
        self.clients: list[Any] = []
        self.bundle: BundleResult | None = None  # the last bundle written
        self.live_info: dict[str, Any] = {}  # Live mode: the last `info` answer
        self._live_secret_for = ""  # the Client ID this run stored a pasted secret under

    # -- the state's facts, read and written in one place ------------------------------

    @property
    def mode(self) -> Mode:
        return self.state.mode

    @mode.setter
    def mode(self, value: Mode) -> None:
        self.state.mode = value

    @property
    def account(self) -> Account | None:
        return self.state.account

    @account.setter
    def account(self, value: Account | None) -> None:
        self.state.account = value

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

    def sign_out(self) -> None:
        """That sign-in no longer counts (another mode or server was chosen)."""
        self.state.account = None

    # -- signing in ----------------------------------------------------------------

    @property
    def signed_in(self) -> bool:
        return self.client is not None and self.account is not None

    @property
    def is_practice(self) -> bool:
        return self.mode is Mode.PRACTICE

    async def start_practice(self) -> Account:
        """Start the practice sandbox (unless one is given) and sign in to its demo account."""
        await self._drop_client()
        self.mode = Mode.PRACTICE
        if self._sandbox_url is not None:
            api_url = self._sandbox_url
        else:
            api_url = await self._start_sandbox()
        return await self._login(api_url, PRACTICE_EMAIL, PRACTICE_PASSWORD)

    async def _start_sandbox(self) -> str:
        if self.sandbox is not None:
            return self.sandbox.api_url
        from xwms_wizard.practice import SandboxProcess

        db = self._sandbox_db if self._sandbox_db is not None else paths.default_sandbox_db()
        sandbox = SandboxProcess(db=str(db))
        try:
            await sandbox.start_async()
        except Exception as exc:  # its own WizardError, an OSError, a crash in the child
            with contextlib.suppress(Exception):
                sandbox.stop()
            why = exc.message if isinstance(exc, WizardError) else ""
            detail = exc.detail if isinstance(exc, WizardError) else f"{type(exc).__name__}: {exc}"
            raise WizardError(
                translate(
                    "Session",
                    "Practice mode could not start: the practice server did not start on this "
                    "computer. {why} Press Try again; if it keeps failing, restart the computer "
                    "or choose a custom server on the first page.",
                )
                .format(why=why)
                .replace("  ", " "),
                retryable=True,
                detail=detail,
            ) from exc
        self.sandbox = sandbox
        return sandbox.api_url

    async def sign_in(self, server_url: str, email: str, password: str) -> Account:
        """Custom mode: sign in to a management server; the account token goes to the keychain."""
        api_url = normalize_server_url(server_url)
        email = email.strip()
        if not email or "@" not in email:
            raise WizardError(
                translate("Session", "E-mail: type the e-mail address you use to sign in to XWMS."),
                field="account.email",
            )
        # No password: the sign-in this computer kept for that account, if there is one.
        token = None if password else self.secrets.token(api_url, email)
        if not password and not token:
            raise WizardError(
                translate("Session", "Password: type your XWMS password."), field="account.password"
            )
        await self._drop_client()
        self.mode = Mode.CUSTOM
        account = await self._login(api_url, email, password, token=token)
        if password:
            self.secrets.save_token(api_url, email, self.client.token)
        return account

    def has_saved_sign_in(self, server_url: str, email: str) -> bool:
        """Whether this computer kept a sign-in for `email` on that server (no password needed)."""
        try:
            api_url = normalize_server_url(server_url)
        except WizardError:
            return False
        email = email.strip()
        return "@" in email and bool(self.secrets.token(api_url, email))

    def forget_saved_sign_in(self, server_url: str, email: str) -> None:
        """Remove the sign-in this computer kept for `email` on that server (a shared computer)."""
        try:
            api_url = normalize_server_url(server_url)
        except WizardError:
            return
        self.secrets.forget_token(api_url, email.strip())

    async def _login(
        self, api_url: str, email: str, password: str, *, token: str | None = None
    ) -> Account:
        """Sign in with the password, or with a kept `token` (then only asking whose it is)."""
        from xwms_wizard.xwms import XwmsClient
        from xwms_wizard.xwms.errors import NotSignedIn

        options = dict(self._client_options)
        if self._transport is not None:
            options["transport"] = self._transport
        client = XwmsClient(api_url, token=token, **options)
        try:
            if token is None:
                account = await client.login(email, password)
            else:
                account = await client.get_account()
        except NotSignedIn as exc:
            await client.aclose()
            if token is None:
                raise
            raise self._kept_sign_in_ran_out(api_url, email, exc.detail) from exc
        except BaseException:
            await client.aclose()
            raise
        if token is not None and account.email.lower() != email.lower():
            await client.aclose()
            raise self._kept_sign_in_ran_out(api_url, email, "the kept token is another account's")
        if getattr(account, "plan", "paid") == "free":
            await client.aclose()
            raise WizardError(
                translate("Session", FREE_PLAN_MESSAGE), field="account.email", detail="plan: free"
            )
        self.client, self.account, self.email, self.api_url = client, account, email, api_url
        return account

    def _kept_sign_in_ran_out(self, api_url: str, email: str, detail: str) -> WizardError:
        """The kept token no longer works: forget it, and ask for the password."""
        self.secrets.forget_token(api_url, email)
        return WizardError(
            translate(
                "Session",
                "Password: the sign-in this computer kept for {email} has run out. Type your "
                "XWMS password to sign in again.",
            ).format(email=email),
            field="account.password",
            detail=detail,
        )

    async def start_live(self, api_url: str = DEFAULT_LIVE_API_URL) -> str:
        """Live mode: nothing to sign in to; offer the built-in scopes catalogue.

        Returns the normalised API URL. No network is used until `check_live`.
        """
        url = normalize_live_api_url(api_url)
        await self._drop_client()
        self.mode = Mode.LIVE
        self.api_url = url
        self.email = ""
        self.clients = []
        self.scopes = list(CATALOGUE)
        self.live_info = {}
        return url

    def set_live_client_id(self, client_id: str) -> None:
        """Take the Client ID the owner pasted; a secret pasted for the old one moves along.

        XWMS shows a secret once, so an owner who corrects a mistyped Client ID after
        pasting the secret cannot paste it again: it follows the Client ID instead.
        """
        client_id = client_id.strip()
        old = self._live_secret_for
        if old and old != client_id and client_id:
            value = self.secrets.client_secret(old)
            if value and not self.secrets.client_secret(client_id):
                self.secrets.save_client_secret(client_id, value)
                self.secrets.forget_client_secret(old)
                self._live_secret_for = client_id
        self.live_ids.client_id = client_id

    def save_live_secret(self, value: str) -> None:
        """Keep the secret the owner pasted in the keychain, under the pasted Client ID."""
        client_id = self.live_ids.client_id
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
        self._live_secret_for = client_id

    def has_live_secret(self) -> bool:
        """True when the keychain holds a secret for the pasted Client ID."""
        client_id = self.live_ids.client_id
        return bool(client_id and self.secrets.client_secret(client_id))

    def _public_client(self, api_url: str | None = None) -> XwmsClient:
        from xwms_wizard.xwms import XwmsClient

        options = dict(self._client_options)
        if self._transport is not None:
            options["transport"] = self._transport
        return XwmsClient(api_url or self.api_url, **options)

    async def check_credentials(
        self, api_url: str, *, client_id: str, domain: str, client_secret: str, redirect_url: str
    ) -> tuple[dict[str, Any], Verification]:
        """`info` for the connection, then `sign-token` with these credentials, explained.

        The one check behind Live mode's "Check my setup" and `xwms-wizard verify`. A refusal
        is a verdict (the Verification); no answer at all raises the XwmsError.
        """
        client = self._public_client(api_url)
        try:
            info = dict(await client.info())
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

    async def server_is_sandbox(self, server_url: str) -> bool:
        """Whether the server at `server_url` says it is a practice sandbox (`info`)."""
        client = self._public_client(normalize_server_url(server_url))
        try:
            return bool(await client.is_sandbox())
        finally:
            await client.aclose()

    async def check_live(self, plan: SetupPlan, client_id: str, domain_id: str) -> LiveCheck:
        """Live mode's "Check my setup": `info` for the connection, then `sign-token`.

        The secret comes from the keychain (the Secret page put it there). A refusal
        becomes a Verification whose verdict names the dashboard fix; no connection
        becomes a LiveCheck with `reached` False and a "not checked" verification, so
        the owner can still export a bundle marked NOT VERIFIED. `self.result` is set
        either way.
        """
        from xwms_wizard.core.validate import check_client_id, check_domain_id

        if self.mode is not Mode.LIVE or not self.api_url:
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
        from xwms_wizard.xwms import XwmsError

        try:
            self.live_info, verification = await self.check_credentials(
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

    # -- what the pages offer ------------------------------------------------------

    def _need_client(self) -> XwmsClient:
        if self.client is None:
            raise WizardError(
                translate("Session", "Sign in first: go back to the Account page."),
                retryable=False,
            )
        return self.client

    async def load_clients(self) -> list[Any]:
        """The account's existing clients (the Client page offers to reuse one)."""
        self.clients = list(await self._need_client().list_clients())
        return self.clients

    async def observe(self, name: str) -> ServerState | None:
        """Load everything the server holds for the existing client `name` (None: no such client).

        The result is the observed half of the wizard's state: the pages fill themselves
        from it and Review compares the owner's plan with it.
        """
        self.server_state = await observe_client(self._need_client(), name, clients=self.clients or None)
        return self.server_state

    async def preview(self, plan: SetupPlan, unknown_secret: UnknownValue = UnknownValue.ASK) -> Preview:
        """What creating `plan` would change, from a fresh look at the server (nothing is sent)."""
        applier = Applier(
            self._need_client(), plan, secrets=self.secrets, account=self.email,
            unknown_secret=unknown_secret,
        )
        preview = await applier.preview()
        self.server_state = preview.state
        return preview

    async def load_scopes(self) -> list[Any]:
        """The server's scopes catalogue (key, title, description, requires_verification)."""
        self.scopes = list(await self._need_client().list_scopes())
        return self.scopes

    # -- create and export ---------------------------------------------------------

    async def apply(
        self,
        plan: SetupPlan,
        on_progress: Callable[[StepEvent], None] | None = None,
        *,
        unknown_secret: UnknownValue = UnknownValue.ASK,
    ) -> ApplyResult:
        """Create what differs between the plan and the server (idempotent; resumes from the journal).

        `unknown_secret` is the owner's answer when the website's key works but its value is
        not on this computer (core.lifecycle); without one, that case stops at the secret step.
        """
        applier = Applier(
            self._need_client(),
            plan,
            secrets=self.secrets,
            on_progress=on_progress,
            account=self.email,
            unknown_secret=unknown_secret,
        )
        self.state.forget_result()
        result = await applier.run()
        self.state.made(result, plan)
        return result

    def steps_for(self, plan: SetupPlan, *, revoke: bool = False) -> list[Step]:
        """The apply steps this plan will run, for the progress list before it starts."""
        return plan_steps(plan, revoke=revoke)

    def secret_value(self, result: ApplyResult) -> str | None:
        """The client secret of this result: from this run, else from the keychain."""
        return result.secret_value or self.secrets.client_secret(result.client_id)

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
        """Write the handoff bundle for `result` into `dest_dir`; returns its BundleResult.

        `language` is the developer's language for HANDOFF.md (handoff.bundle.HANDOFF_LANGUAGES).

        `existing` says what happens beside an earlier bundle of the same name: "keep_both"
        (the new one gets a `-2`, `-3` … suffix), "replace", or "ask" (BundleExists).
        """
        from xwms_wizard.handoff.bundle import write_bundle

        if not self.scopes and self.client is not None:
            with contextlib.suppress(WizardError):
                await self.load_scopes()
        sandbox = self.mode is Mode.PRACTICE or (
            self.mode is Mode.LIVE and self.live_info.get("sandbox") is True
        )
        if not sandbox and self.client is not None:
            with contextlib.suppress(WizardError):
                sandbox = bool(await self.client.is_sandbox())
        facts = handoff_facts(
            result,
            catalogue=self.scopes,
            test_mode=self.applied_plan.domain.test_mode if self.applied_plan else False,
            sandbox=sandbox,
        )
        self.bundle = write_bundle(
            facts,
            Path(dest_dir),
            secret=self.secret_value(result) if include_secret else None,
            include_secret=include_secret,
            make_zip=make_zip,
            language=language,
            existing=existing,
        )
        self.state.exported_bundle(self.bundle, result)
        return self.bundle

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

    async def _drop_client(self) -> None:
        client, self.client, self.account = self.client, None, None
        if client is not None:
            with contextlib.suppress(Exception):
                await client.aclose()

    async def close(self) -> None:
        """Sign out locally (close connections) and stop the practice sandbox if one runs."""
        await self._drop_client()
        sandbox, self.sandbox = self.sandbox, None
        if sandbox is not None:
            sandbox.stop()
