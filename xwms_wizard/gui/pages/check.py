"""Check my setup (Live): the owner made the setup in the XWMS dashboard; XWMS says if it works.

The page owns its button, its rows and its banner: "Check my setup" asks XWMS (`info`,
then `sign-token`, through core.live); a refusal goes to the banner with its dashboard
fix and the page where a typing mistake would be; no connection offers "Go on without
the check", which marks the bundle NOT VERIFIED.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QStyle

from xwms_wizard.core.errors import WizardError
from xwms_wizard.core.flow import Page
from xwms_wizard.core.models import plan_to_dict
from xwms_wizard.gui.live_widgets import live_host, open_dashboard_button
from xwms_wizard.gui.pages.base import BasePage
from xwms_wizard.gui.summary import summary_html, summary_rows
from xwms_wizard.gui.widgets import (
    ERROR_STYLE,
    OK_STYLE,
    WARNING_STYLE,
    ProgressList,
    RowLook,
    action_row,
    button,
    wrapped_label,
)

# Which wizard page holds a value that a refusal may point at (a typing mistake there).
_REFUSAL_PAGES = {
    "unknown_client": Page.CLIENT,
    "missing_credentials": Page.CLIENT,
    "invalid_secret": Page.SECRET,
    "secret_revoked": Page.SECRET,
    "secret_expired": Page.SECRET,
    "domain_not_registered": Page.DOMAIN,
    "redirect_not_registered": Page.DOMAIN,
}


class LiveCheckPage(BasePage):
    page = Page.CHECK
    scrollable = True

    def build(self) -> None:
        self.setTitle(self.tr("Check my setup"))
        self.setSubTitle(
            self.tr("The wizard asks XWMS whether what you did in the dashboard fits together.")
        )
        self.add_help(
            self.tr(
                "The check asks XWMS two things: can it be reached from this computer, and does "
                "it accept your Client ID, secret key and callback URL together. It changes "
                "nothing in your XWMS account, so you can run it as often as you like."
            )
        )
        self.summary = wrapped_label(object_name="liveCheckSummary", rich=True)
        self.body.addWidget(self.summary)
        self._build_check_row()
        self.rows = ProgressList(
            self, name="liveCheckList", accessible=self.tr("What the check found"), padding=6
        )
        self.body.addWidget(self.rows)
        self.verdict = wrapped_label(object_name="liveCheckResult")
        self.body.addWidget(self.verdict)
        fix_row = QHBoxLayout()
        self.fix_button = open_dashboard_button(self.wiz, self, name="liveFixDashboardButton")
        self.fix_button.setVisible(False)
        fix_row.addWidget(self.fix_button)
        fix_row.addStretch(1)
        self.body.addLayout(fix_row)
        self.body.addStretch(1)
        self._build_banner_buttons()
        self._snapshot: tuple | None = None  # what was last checked (choices, ids, address)
        self._outcome: Any = None  # the core.live.LiveCheck of that

    def _build_check_row(self) -> None:
        row, self.check_button = action_row(
            self, "liveCheckButton", self.tr("&Check my setup"), self.tr("Check my setup")
        )
        self.check_button.clicked.connect(self.check)
        self.body.addLayout(row)

    def _build_banner_buttons(self) -> None:
        self.retry_button = button(
            self, "liveRetryButton", self.tr("&Try again"), self.tr("Check my setup again")
        )
        self.retry_button.clicked.connect(self.check)
        self.banner.add_button(self.retry_button)
        self.export_anyway_button = button(
            self,
            "exportAnywayButton",
            self.tr("&Go on without the check"),
            self.tr("Go on without the check; the folder is marked not verified"),
        )
        self.export_anyway_button.setVisible(False)
        self.export_anyway_button.clicked.connect(self.go_on_unchecked)
        self.banner.add_button(self.export_anyway_button)

    # -- state ---------------------------------------------------------------------

    def _wanted(self) -> tuple:
        ids = self.session.live_ids
        return (repr(plan_to_dict(self.plan)), ids.client_id, ids.domain_id, self.session.api_url)

    def _summary_html(self) -> str:
        """The owner's choices, with what they copied from the dashboard beside them."""
        ids = self.session.live_ids
        rows = summary_rows(
            self.plan,
            where=self.session.api_url,
            client=self.plan.client.name,  # made in the dashboard, not by the wizard
            catalogue=self.session.scopes,
        )
        rows.insert(2, (self.tr("Client ID"), ids.client_id))
        rows.insert(4, (self.tr("Domain ID"), ids.domain_id))
        rows.append(
            (
                self.tr("Secret key value"),
                self.tr("pasted, kept in this computer's keychain")
                if self.session.live.has_secret()
                else self.tr("missing: go Back to the Secret key page and paste it"),
            )
        )
        return summary_html(rows)

    def on_enter(self) -> None:
        """The page opens; a change since the last check undoes that check."""
        self.summary.setText(self._summary_html())
        if self._snapshot != self._wanted():
            changed = self._snapshot is not None
            self._snapshot = None
            self._outcome = None
            self._reset_rows()
            self.verdict.setText(
                self.tr("You changed something since the check: press Check my setup again.")
                if changed
                else self.tr(
                    "Nothing has been checked yet. When you have done every step in the "
                    "dashboard, press Check my setup."
                )
            )
            self.verdict.setStyleSheet("")
            self.fix_button.setVisible(False)
            self.export_anyway_button.setVisible(False)
            self.banner.clear()
        self.check_button.setVisible(not self.verified)
        self.check_button.setEnabled(not self.busy.busy)
        self.refresh()

    def focus_target(self):
        return self.check_button if self.check_button.isVisible() else None

    def page_valid(self) -> bool:
        # Checked (or the owner chose to go on) for exactly these choices, ids and address.
        return self.flow.applied and self._snapshot == self._wanted()

    @property
    def verified(self) -> bool:
        return bool(self._outcome is not None and self._outcome.verified)

    def _reset_rows(self) -> None:
        self.rows.set_rows(
            [
                ("connect", self.tr("Reach XWMS")),
                (
                    "credentials",
                    self.tr("Check the Client ID, the secret key and the callback URL"),
                ),
            ],
            self._looks(),
        )

    def _looks(self) -> dict[str | None, RowLook]:
        pixmap = QStyle.StandardPixmap
        return {
            None: RowLook(self.tr("waiting"), pixmap.SP_CustomBase),
            "running": RowLook(self.tr("working…"), pixmap.SP_BrowserReload),
            "ok": RowLook(self.tr("done"), pixmap.SP_DialogApplyButton, "#2e7d32"),
            "warning": RowLook(self.tr("right, with a note"), pixmap.SP_MessageBoxWarning, "#a15c00"),
            "failed": RowLook(self.tr("failed"), pixmap.SP_MessageBoxCritical, "#c62828"),
            "skipped": RowLook(self.tr("not checked"), pixmap.SP_MessageBoxWarning),
        }

    # -- work ----------------------------------------------------------------------

    def check(self) -> None:
        """Ask XWMS: `info` for the connection, `sign-token` for the credentials."""
        if self.busy.busy:
            return
        plan = copy.deepcopy(self.plan)
        ids = self.session.live_ids
        wanted = self._wanted()
        self._snapshot = None
        self._reset_rows()
        self.rows.show_state("connect", "running", "")
        self.verdict.setText("")
        self.fix_button.setVisible(False)
        self.export_anyway_button.setVisible(False)
        self.check_button.setEnabled(False)
        self.run(
            self.session.live.check(plan, ids.client_id, ids.domain_id),
            self.tr("Checking your setup with XWMS…"),
            on_done=lambda outcome: self._checked(outcome, wanted),
            on_error=self._failed,
            on_cancel=self._cancelled,
        )

    def _checked(self, outcome: Any, wanted: tuple) -> None:
        self.check_button.setEnabled(True)
        self._snapshot, self._outcome = wanted, outcome
        host = self.session.api_url
        if not outcome.reached:
            self._not_reached(outcome.problem, host)
        elif outcome.verification.ok:
            self._accepted(outcome.verification, host)
        else:
            self._refused(outcome.verification, host)
        self.refresh()

    def _not_reached(self, problem: WizardError | None, host: str) -> None:
        self.rows.show_state("connect", "failed", self.tr("No answer from {url}").format(url=host))
        self.rows.show_state("credentials", "skipped", "")
        self.banner.show_text(
            self._why_not_reached(problem)
            + " "
            + self.tr(
                "Or go on without the check: the folder for your developer is then "
                "marked “not verified”, and your developer runs the check from your server."
            ),
            "\n".join(p for p in (problem.message, problem.detail) if p) if problem else "",
        )
        self.export_anyway_button.setVisible(True)
        self.verdict.setText(self.tr("Not checked yet."))
        self.verdict.setStyleSheet(WARNING_STYLE)
        self.retry_button.setFocus()

    def _accepted(self, verification: Any, host: str) -> None:
        self.rows.show_state("connect", "ok", self.tr("XWMS answered at {url}").format(url=host))
        if verification.server_side_check_needed:
            self.rows.show_state("credentials", "warning", verification.verdict)
            self.verdict.setText(
                self.tr(
                    "✓ The Client ID and the secret key are right. One last check must run "
                    "on your website's server; the folder for your developer explains how."
                )
            )
            self.verdict.setStyleSheet(WARNING_STYLE)
        else:
            self.rows.show_state("credentials", "ok", verification.verdict)
            self.verdict.setText(
                self.tr(
                    "✓ Your setup works: XWMS accepts it. Press Next to write the folder "
                    "for your developer."
                )
            )
            self.verdict.setStyleSheet(OK_STYLE)
        self.check_button.setVisible(False)  # it comes back when a choice changes
        self.wiz.next_button_focus()

    def _refused(self, verification: Any, host: str) -> None:
        self.rows.show_state("connect", "ok", self.tr("XWMS answered at {url}").format(url=host))
        self.rows.show_state("credentials", "failed", "")
        where = _REFUSAL_PAGES.get(verification.code or "")
        back = ""
        if where is not None:
            back = " " + self.tr(
                "If the mistake is in what you typed or pasted into the wizard, go Back to "
                "the {page} page and correct it."
            ).format(page=self.wiz.step_panel.titles[where])
        self.banner.show_text(
            self.tr("XWMS did not accept your setup yet. {fix}").format(fix=verification.verdict)
            + back
            + " "
            + self.tr("Then press Try again."),
            verification.code or "",
        )
        self.fix_button.setVisible(True)
        self.verdict.setText(self.tr("Not working yet: what to fix is in the box below."))
        self.verdict.setStyleSheet(ERROR_STYLE)
        self.fix_button.setFocus()

    def _why_not_reached(self, problem: WizardError | None) -> str:
        from xwms_wizard.xwms import TimedOut, TlsFailed

        host = live_host(self.session.api_url)
        if isinstance(problem, TimedOut):
            return self.tr(
                "XWMS at {host} did not answer in time, so your setup is not checked yet. "
                "Check that this computer is online, then press Try again."
            ).format(host=host)
        if isinstance(problem, TlsFailed):
            return self.tr(
                "The wizard could not open a secure connection to XWMS at {host}, so your "
                "setup is not checked yet. Check the XWMS API address (under Advanced on the "
                "first page), then press Try again."
            ).format(host=host)
        if problem is not None and problem.retryable:
            return self.tr(
                "The wizard could not reach XWMS at {host}, so your setup is not checked yet. "
                "Check that this computer is online, then press Try again."
            ).format(host=host)
        return self.tr(
            "XWMS at {host} did not give a usable answer, so your setup is not checked yet. "
            "XWMS may be busy; or the XWMS API address (under Advanced on the first page) "
            "may be wrong. Press Try again in a while."
        ).format(host=host)

    def _failed(self, error: BaseException) -> None:
        # Before XWMS was asked (a missing secret or id): the banner already says what to do.
        self.check_button.setEnabled(True)
        self.rows.show_state("connect", None, "")
        self.verdict.setText("")

    def _cancelled(self) -> None:
        self.check_button.setEnabled(True)
        self._reset_rows()
        self.verdict.setText(self.tr("Stopped. Press Check my setup to check again."))
        self.verdict.setStyleSheet("")

    def go_on_unchecked(self) -> None:
        """No connection: the owner goes on; the bundle says NOT VERIFIED and why."""
        if self._outcome is None or self._outcome.reached:
            return
        self.flow.unchecked_accepted = True  # the owner's choice; the gate follows from it
        self.export_anyway_button.setVisible(False)
        self.banner.clear()
        self.verdict.setText(
            self.tr(
                "Going on without the check. The folder for your developer is marked "
                "“not verified”; your developer runs the check from your server."
            )
        )
        self.verdict.setStyleSheet(WARNING_STYLE)
        self.refresh()
        self.wiz.next_button_focus()
