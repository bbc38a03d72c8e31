"""Renew the key, Live (day two): the dashboard makes the new key; the wizard checks it.

The steps say what to click in the XWMS dashboard (a new secret, linked to the website,
the old one kept for now). The owner pastes the new key; the wizard asks XWMS whether it
works (core.live), keeps it only then, and the next page writes the new folder for the
developer. Switching the old key off is a last dashboard step, once the site uses the new.
"""

from __future__ import annotations

import copy
import datetime as dt

from PySide6.QtWidgets import QFormLayout

from xwms_wizard.core.flow import Page
from xwms_wizard.core.live import LiveCheck
from xwms_wizard.gui.live_widgets import DashboardStepsPanel
from xwms_wizard.gui.pages.base import BasePage
from xwms_wizard.gui.widgets import (
    OK_STYLE,
    action_row,
    add_row,
    line_edit,
    mask_secret,
    wrapped_label,
)


class LiveRenewPage(BasePage):
    page = Page.LIVE_RENEW
    scrollable = True

    def build(self) -> None:
        self.setTitle(self.tr("Renew the secret key"))
        self.setSubTitle(self.tr("A new key that works before the old one stops."))
        self.add_help(
            self.tr(
                "In the XWMS dashboard you make a new secret key and link it to your website, "
                "next to the current one: both work for now. Paste the new key here and the "
                "wizard checks it with XWMS. Once your developer's website uses the new key, "
                "you revoke the old one in the dashboard. Nobody is logged out on the way."
            )
        )
        self.steps = DashboardStepsPanel(self.wiz, ("secret", "link"), parent=self)
        self.body.addWidget(self.steps)
        form = QFormLayout()
        self.paste_edit = line_edit(self, "liveNewSecretEdit", self.tr("The new secret key"),
                                    self.tr("paste the new key here"))
        mask_secret(self.paste_edit)
        add_row(form, self.tr("New &key:"), self.paste_edit, self.paste_edit)
        self.body.addLayout(form)
        row, self.check_button = action_row(
            self, "liveCheckNewKeyButton", self.tr("&Check the new key"),
            self.tr("Check the new key with XWMS"),
        )
        self.body.addLayout(row)
        self.result = wrapped_label(object_name="liveRenewResult")
        self.body.addWidget(self.result)
        self.body.addStretch(1)
        self.check_button.clicked.connect(self.check)
        self.paste_edit.textChanged.connect(lambda _text: self.refresh())

    def load(self) -> None:
        self._old_label = self.plan.secret.effective_label
        # The new key gets a name of its own, so the dashboard tells the two apart.
        today = dt.date.today()
        self.plan.secret.label = f"{self._old_label[:52]} {today.isoformat()}"
        if self.plan.secret.expires is not None:  # the new key lives a year
            self.plan.secret.expires = today + dt.timedelta(days=365)

    def on_enter(self) -> None:
        self.steps.show_plan(self.plan)
        self.check_button.setEnabled(not self.busy.busy)
        self.refresh()

    def page_valid(self) -> bool:
        return self.flow.applied

    def check(self) -> None:
        value = self.paste_edit.text().strip()
        if not value or self.busy.busy:
            return
        plan = copy.deepcopy(self.plan)
        self.result.clear()
        self.run(self.session.live.check_new_key(plan, value), self.tr("Checking the new key…"),
                 on_done=self._checked)

    def _checked(self, outcome: LiveCheck) -> None:
        verification = outcome.verification
        if outcome.verified:
            self.paste_edit.clear()  # it is in the keychain now; off the screen
            self.result.setText(self.tr(
                "✓ The new key works. Press Next to write the folder for your developer. Once "
                "their website uses the new key: in the dashboard, open Client Secrets and "
                "revoke the old key “{label}”."
            ).format(label=self._old_label))
            self.result.setStyleSheet(OK_STYLE)
            self.wiz.next_button_focus()
        else:
            self.banner.show_text(
                self.tr("XWMS did not accept the new key yet. {fix}").format(
                    fix=verification.verdict),
                verification.code or "",
            )
        self.refresh()
