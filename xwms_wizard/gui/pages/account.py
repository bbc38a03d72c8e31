"""Account page: Practice signs in by itself; Custom asks for e-mail and password."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from xwms_wizard.core.addresses import DEFAULT_LIVE_API_URL
from xwms_wizard.core.flow import Mode, Page
from xwms_wizard.gui.live_widgets import LiveAccountInfo
from xwms_wizard.gui.pages.base import BasePage
from xwms_wizard.gui.widgets import OK_STYLE, Field, add_row, button, line_edit, wrapped_label


class AccountPage(BasePage):
    page = Page.ACCOUNT

    def build(self) -> None:
        self.setTitle(self.tr("Your XWMS account"))
        self.add_help(
            self.tr(
                "The wizard works in your XWMS account for you, the way you would in the XWMS "
                "dashboard. In Practice mode it uses a demo account on the practice server, so "
                "you do not need to type anything. With a custom server, sign in with the "
                "e-mail and password of that server's account; the wizard keeps the sign-in in "
                "this computer's keychain, never in a file."
            )
        )
        self.stack = QStackedWidget(self)
        self._build_practice_panel()
        self._build_sign_in_panel()
        self.live_info = LiveAccountInfo(self.wiz, self)
        self.stack.addWidget(self.live_info)
        self.body.addWidget(self.stack)

        self.status = wrapped_label(object_name="accountStatusLabel", style=OK_STYLE)
        self.body.addWidget(self.status)
        self.retry_button = button(self, "accountRetryButton", self.tr("&Try again"))
        self.banner.add_button(self.retry_button)
        self.body.addStretch(1)

        self.sign_in_button.clicked.connect(self.sign_in)
        self.forget_button.clicked.connect(self._forget_saved_sign_in)
        self.password_edit.returnPressed.connect(self.sign_in)
        self.email_edit.textChanged.connect(self._inputs_changed)
        self.email_edit.editingFinished.connect(self._look_for_saved_sign_in)
        self.password_edit.textChanged.connect(self._inputs_changed)
        self.retry_button.clicked.connect(self._retry)
        self._task = None
        self._target: tuple[Mode, str] | None = None  # where the current sign-in belongs
        # (server, e-mail) for which this computer kept a sign-in: no password needed then.
        # Looked up once per visit and when the e-mail is left, not on every keystroke.
        self._saved_sign_in: tuple[str, str] | None = None

    def _build_practice_panel(self) -> None:
        practice = QWidget()
        box = QVBoxLayout(practice)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(
            wrapped_label(
                self.tr(
                    "Practice mode starts a small XWMS server on this computer and signs in to "
                    "its demo account (owner@example.com). What you make there stays on this "
                    "computer, so you can come back to it later."
                )
            )
        )
        box.addStretch(1)
        self.stack.addWidget(practice)

    def _build_sign_in_panel(self) -> None:
        """A custom server's sign-in: e-mail, password, Sign in (and Forget a kept sign-in)."""
        custom = QWidget()
        form = QFormLayout(custom)
        form.setContentsMargins(0, 0, 0, 0)
        self.server_label = wrapped_label()
        form.addRow(self.server_label)
        self.email_edit = line_edit(
            custom, "emailEdit", self.tr("E-mail address"), self.tr("you@example.com")
        )
        self.email_field = Field(self.email_edit)
        add_row(form, self.tr("&E-mail:"), self.email_field, self.email_edit)
        self.password_edit = line_edit(custom, "passwordEdit", self.tr("Password"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_field = Field(self.password_edit)
        add_row(form, self.tr("&Password:"), self.password_field, self.password_edit)
        self.sign_in_button = button(
            custom, "signInButton", self.tr("&Sign in"), self.tr("Sign in")
        )
        # For a shared computer: the kept sign-in removed from the keychain.
        self.forget_button = button(
            custom,
            "forgetSignInButton",
            self.tr("&Forget the kept sign-in"),
            self.tr("Forget the sign-in kept on this computer"),
        )
        self.forget_button.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.sign_in_button)
        row.addWidget(self.forget_button)
        row.addStretch(1)
        form.addRow("", row)
        self.stack.addWidget(custom)

    # -- state ---------------------------------------------------------------------

    def load(self) -> None:
        if not self.email_edit.text():
            self.email_edit.setText(self.wiz.settings.value("email", "", str))

    def set_email(self, email: str) -> None:
        self.email_edit.setText(email)

    def _wanted(self) -> tuple[Mode, str]:
        if self.flow.mode is Mode.CUSTOM:
            return Mode.CUSTOM, self.wiz.page_named(Page.WELCOME).server_url() or ""
        return self.flow.mode, ""

    def on_enter(self) -> None:
        if self.flow.mode is Mode.LIVE:
            self._enter_live()
            return
        wanted = self._wanted()
        if self._target != wanted or not self.session.signed_in:
            # A different mode or server than last time: that sign-in no longer counts.
            self.session.signin.sign_out()
            self.status.clear()
            self.banner.clear()
        self._target = wanted
        custom = self.flow.mode is Mode.CUSTOM
        self.stack.setCurrentIndex(1 if custom else 0)
        if custom:
            self.setSubTitle(self.tr("Sign in to the server's account."))
            self.server_label.setText(self.tr("Server: {url}").format(url=wanted[1]))
            self._look_for_saved_sign_in()
        else:
            self.setSubTitle(self.tr("The practice account signs in by itself."))
            if not self.flow.signed_in and not self.busy.busy:
                self.start_practice()
        self.refresh()

    def _live_url(self) -> str:
        return self.wiz.page_named(Page.WELCOME).api_url() or DEFAULT_LIVE_API_URL

    def _live_ready(self) -> bool:
        return self.session.mode is Mode.LIVE and self.session.api_url == self._live_url()

    def _enter_live(self) -> None:
        # Nothing to sign in to: the owner signs in to the XWMS dashboard in the browser.
        api_url = self._live_url()
        self._target = (Mode.LIVE, api_url)
        self.session.signin.sign_out()
        self.status.clear()
        self.banner.clear()
        self.stack.setCurrentWidget(self.live_info)
        self.setSubTitle(self.tr("You make the changes in the XWMS dashboard; the wizard guides you."))
        self.live_info.show_api_url(api_url)
        if not self._live_ready() and not self.busy.busy:
            self.run(
                self.session.start_live(api_url),
                self.tr("Getting ready…"),
                on_done=lambda _url: self.refresh(),
            )
        self.refresh()

    def focus_target(self):
        if self.flow.mode is Mode.LIVE:
            return self.live_info.open_button
        if self.flow.mode is not Mode.CUSTOM or self.flow.signed_in:
            return None
        if self._has_saved_sign_in():
            return self.sign_in_button
        return self.password_edit if self.email_edit.text() else self.email_edit

    def cleanupPage(self) -> None:  # noqa: N802 (Qt's name)
        # Going back: stop a sign-in that is still running.
        self.busy.cancel()

    def page_valid(self) -> bool:
        if self.flow.mode is Mode.LIVE:
            return self._live_ready()
        return self.flow.signed_in and self.session.signed_in

    def _wanted_sign_in(self) -> tuple[str, str]:
        return self._wanted()[1], self.email_edit.text().strip().lower()

    def _look_for_saved_sign_in(self) -> None:
        if self.flow.mode is Mode.CUSTOM:
            server, email = self._wanted_sign_in()
            saved = self.session.signin.has_saved(server, email)
            self._saved_sign_in = (server, email) if saved else None
        self._inputs_changed()

    def _forget_saved_sign_in(self) -> None:
        server, email = self._wanted_sign_in()
        self.session.signin.forget_saved(server, email)
        self._look_for_saved_sign_in()
        self.password_edit.setFocus()

    def _has_saved_sign_in(self) -> bool:
        return self._saved_sign_in is not None and self._saved_sign_in == self._wanted_sign_in()

    def _inputs_changed(self) -> None:
        saved = self._has_saved_sign_in()
        ready = "@" in self.email_edit.text() and (bool(self.password_edit.text()) or saved)
        self.sign_in_button.setEnabled(ready and not self.busy.busy)
        self.forget_button.setVisible(saved and not self.flow.signed_in)
        self.forget_button.setEnabled(not self.busy.busy)
        if saved and not self.password_edit.text() and not self.flow.signed_in:
            self.password_field.show_message(
                note=self.tr(
                    "This computer kept your sign-in from last time: press Sign in, no password "
                    "needed."
                )
            )
        else:
            self.password_field.clear()
        if self.email_edit.text() and "@" not in self.email_edit.text():
            self.email_field.show_message(
                error=self.tr("E-mail: this is not an e-mail address yet (it needs an @).")
            )
        else:
            self.email_field.clear()

    def _retry(self) -> None:
        if self.flow.mode is Mode.LIVE:
            self._enter_live()
        elif self.flow.mode is Mode.CUSTOM:
            self.sign_in()
        else:
            self.start_practice()

    # -- work ----------------------------------------------------------------------

    async def _load_everything(self, sign_in) -> object:
        account = await sign_in
        # What the next pages offer: existing clients and the scopes catalogue.
        await self.session.load_clients()
        await self.session.load_scopes()
        return account

    def start_practice(self) -> None:
        self.retry_button.setEnabled(False)
        self.status.clear()
        self.run(
            self._load_everything(self.session.start_practice()),
            self.tr("Starting the practice server and signing in…"),
            on_done=self._signed_in,
            on_error=self._failed,
            on_cancel=self._cancelled,
        )

    def sign_in(self) -> None:
        if self.busy.busy or not self.sign_in_button.isEnabled():
            return
        server = self._wanted()[1]
        email = self.email_edit.text().strip()
        password = self.password_edit.text()
        self.status.clear()
        self.sign_in_button.setEnabled(False)
        self.retry_button.setEnabled(False)
        self.run(
            self._load_everything(self.session.sign_in(server, email, password)),
            self.tr("Signing in to {server}…").format(server=server),
            on_done=self._signed_in,
            on_error=self._failed,
            on_cancel=self._cancelled,
        )

    def _signed_in(self, account) -> None:
        self.password_edit.clear()  # the keychain has the sign-in now; the password is not kept
        if self.flow.mode is Mode.CUSTOM:
            self.wiz.settings.setValue("email", self.session.signin.email)
            self.status.setText(self.tr("✓ Signed in as {email}.").format(email=self.session.signin.email))
        else:
            self.status.setText(self.tr("✓ Signed in to the practice account."))
        self.retry_button.setEnabled(True)
        self._inputs_changed()
        self.refresh()
        self.wiz.next_button_focus()

    def _failed(self, error: BaseException) -> None:
        self.session.signin.sign_out()
        self.retry_button.setEnabled(True)
        self._look_for_saved_sign_in()  # a kept sign-in that ran out is gone now
        self.retry_button.setFocus()

    def _cancelled(self) -> None:
        self.session.signin.sign_out()
        self.retry_button.setEnabled(True)
        self._inputs_changed()
        self.banner.show_text(
            self.tr("Stopped. Press Try again to sign in, or go Back to choose another way.")
        )
