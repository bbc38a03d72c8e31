"""Signing in: the practice server and its demo account, or a Custom server with a password.

Two services the GUI and every command share:

- `PracticeServer` starts the practice sandbox on this computer (or uses one a test gives)
  and says in the owner's words when it does not start;
- `SignIn` holds the one signed-in `XwmsClient` of a wizard run, with the account, e-mail
  and API URL it belongs to; it keeps a Custom sign-in's token in the keychain, so the
  owner need not type the password next time.

`Connector` opens clients with the run's options (a test's in-process transport, timeouts),
for the sign-in and for the public API calls of the Live check.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from xwms_wizard import paths
from xwms_wizard.core.addresses import normalize_server_url
from xwms_wizard.core.flow import Mode, WizardState
from xwms_wizard.errors import WizardError
from xwms_wizard.i18n import QT_TRANSLATE_NOOP, translate
from xwms_wizard.secrets import SecretStore

if TYPE_CHECKING:  # only names for the annotations; the modules load when first used
    from xwms_wizard.practice import SandboxProcess
    from xwms_wizard.xwms import XwmsClient
    from xwms_wizard.xwms.models import Account

# The owner's practice server listens here (or on the next free port), so that the API
# address in a practice bundle stays valid whenever the wizard's practice server runs.
PRACTICE_PORT = 8765
PRACTICE_EMAIL = "owner@example.com"
PRACTICE_PASSWORD = "practice"

FREE_PLAN_MESSAGE = QT_TRANSLATE_NOOP(
    "Session",
    "This XWMS account is on the free plan. Clients (what a website needs for "
    "Log in with XWMS) come with a paid account: upgrade the account in the XWMS "
    "dashboard, then sign in again.",
)


class Connector:
    """Opens `XwmsClient`s with one run's options (a test's transport, timeouts, retries)."""

    def __init__(self, *, transport: Any = None, client_options: dict[str, Any] | None = None):
        self._options = dict(client_options or {})
        if transport is not None:
            self._options["transport"] = transport

    def open(self, api_url: str, *, token: str | None = None) -> XwmsClient:
        from xwms_wizard.xwms import XwmsClient

        return XwmsClient(api_url, token=token, **self._options)

    async def is_sandbox(self, server_url: str) -> bool:
        """Whether the server at `server_url` says it is a practice sandbox (`info`)."""
        client = self.open(normalize_server_url(server_url))
        try:
            return bool(await client.is_sandbox())
        finally:
            await client.aclose()


class PracticeServer:
    """The practice sandbox of this run: started on first use, stopped by `stop()`.

    With `url` given (tests run a real sandbox in-process), that server is used and
    nothing is started.
    """

    def __init__(self, *, url: str | None = None, db: str | Path | None = None) -> None:
        self._url = url
        self._db = db
        self.process: SandboxProcess | None = None  # while one runs

    async def api_url(self) -> str:
        """The practice server's API URL, starting it if it does not run yet."""
        if self._url is not None:
            return self._url
        if self.process is None:
            self.process = await self._start()
        return self.process.api_url

    async def _start(self) -> SandboxProcess:
        from xwms_wizard.practice import SandboxProcess

        db = self._db if self._db is not None else paths.default_sandbox_db()
        process = SandboxProcess(db=str(db), port=PRACTICE_PORT, next_free=True)
        try:
            await process.start_async()
        except Exception as exc:  # its own WizardError, an OSError, a crash in the child
            with contextlib.suppress(Exception):
                process.stop()
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
        return process

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is not None:
            process.stop()


class SignIn:
    """The one signed-in client of a wizard run, and how it got signed in."""

    def __init__(
        self,
        state: WizardState,
        secrets: SecretStore,
        connector: Connector,
        practice: PracticeServer,
    ) -> None:
        self.state = state
        self.secrets = secrets
        self.connector = connector
        self.practice = practice
        self.client: XwmsClient | None = None
        self.email = ""
        self.api_url = ""

    @property
    def signed_in(self) -> bool:
        return self.client is not None and self.state.account is not None

    def require(self) -> XwmsClient:
        """The signed-in client, or the plain "sign in first" error."""
        if self.client is None:
            raise WizardError(
                translate("Session", "Sign in first: go back to the Account page."),
                retryable=False,
            )
        return self.client

    async def practice_account(self) -> Account:
        """Start the practice sandbox (unless one is given) and sign in to its demo account."""
        await self.drop()
        self.state.mode = Mode.PRACTICE
        api_url = await self.practice.api_url()
        return await self._login(api_url, PRACTICE_EMAIL, PRACTICE_PASSWORD)

    async def custom_account(self, server_url: str, email: str, password: str) -> Account:
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
        await self.drop()
        self.state.mode = Mode.CUSTOM
        account = await self._login(api_url, email, password, token=token)
        if password:
            self.secrets.save_token(api_url, email, self.require().token)
        return account

    def has_saved(self, server_url: str, email: str) -> bool:
        """Whether this computer kept a sign-in for `email` on that server (no password needed)."""
        try:
            api_url = normalize_server_url(server_url)
        except WizardError:
            return False
        email = email.strip()
        return "@" in email and bool(self.secrets.token(api_url, email))

    def forget_saved(self, server_url: str, email: str) -> None:
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
        from xwms_wizard.xwms.errors import NotSignedIn

        client = self.connector.open(api_url, token=token)
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
        self.client, self.email, self.api_url = client, email, api_url
        self.state.account = account
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

    def sign_out(self) -> None:
        """That sign-in no longer counts (another mode or server was chosen)."""
        self.state.account = None

    async def drop(self) -> None:
        """Close the signed-in client (a new sign-in, another mode, or the end)."""
        client, self.client = self.client, None
        self.state.account = None
        self.email = ""
        if client is not None:
            with contextlib.suppress(Exception):
                await client.aclose()
