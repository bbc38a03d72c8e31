"""Renew the key (day two): a new key beside the old one, checked; the old one off when ready.

The owner sets the new key's expiry date and presses Renew the key: the wizard makes the
new key, links it to the website and checks it (core.renew), then shows it once. Both
keys work until the developer's site uses the new one; then "Switch the old key off"
revokes the old key, which the engine does only after the new one passed the check.
"""

from __future__ import annotations

import copy
import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QHBoxLayout

from xwms_wizard.core.apply import ApplyResult, Step, StepEvent, step_title
from xwms_wizard.core.flow import Page
from xwms_wizard.gui.pages.base import BasePage
from xwms_wizard.gui.pages.review import step_looks
from xwms_wizard.gui.secret_box import SecretBox
from xwms_wizard.gui.widgets import (
    OK_STYLE,
    ProgressList,
    action_row,
    button,
    checkbox,
    date_format,
    owner_locale,
    wrapped_label,
)

RENEW_STEPS = (Step.FIND, Step.SECRET, Step.LINK, Step.VERIFY)


class RenewPage(BasePage):
    page = Page.RENEW
    scrollable = True

    def build(self) -> None:
        self.setTitle(self.tr("Renew the secret key"))
        self.setSubTitle(self.tr("A new key that works before the old one stops."))
        self.add_help(
            self.tr(
                "The wizard makes a new secret key beside the current one, links it to your "
                "website and checks that XWMS accepts it. Both keys work until your developer "
                "has put the new one on your website; then you switch the old key off here. "
                "Nobody is logged out on the way."
            )
        )
        self.site_label = wrapped_label(object_name="renewWebsiteLabel")
        self.body.addWidget(self.site_label)
        self._build_expiry()
        row, self.renew_button = action_row(
            self, "renewButton", self.tr("&Renew the key"), self.tr("Renew the key")
        )
        self.body.addLayout(row)
        self.steps = ProgressList(self, name="renewProgressList", accessible=self.tr("Progress"))
        self.body.addWidget(self.steps)
        self.status = wrapped_label(object_name="renewStatusLabel")
        self.body.addWidget(self.status)
        self.secret_box = SecretBox(self.wiz, self)
        self.body.addWidget(self.secret_box)
        self._build_switch_row()
        self.body.addStretch(1)
        self.renew_button.clicked.connect(self.renew)

    def _build_expiry(self) -> None:
        self.expiry_check = checkbox(
            self, "renewExpiryCheck", self.tr("The new key stops working on a &date"),
            self.tr("The new key stops working on a date"),
        )
        self.expiry_edit = QDateEdit(self)
        self.expiry_edit.setObjectName("renewExpiryEdit")
        self.expiry_edit.setAccessibleName(self.tr("The new key's expiry date"))
        self.expiry_edit.setCalendarPopup(True)
        locale = owner_locale()
        self.expiry_edit.setLocale(locale)
        self.expiry_edit.setDisplayFormat(date_format(locale))
        self.expiry_edit.setMinimumDate(QDate.currentDate().addDays(31))
        row = QHBoxLayout()
        row.addWidget(self.expiry_check)
        row.addWidget(self.expiry_edit)
        row.addStretch(1)
        self.body.addLayout(row)
        self.expiry_check.toggled.connect(self.expiry_edit.setEnabled)

    def _build_switch_row(self) -> None:
        row = QHBoxLayout()
        self.switch_button = button(
            self, "revokeOldButton", self.tr("&Switch the old key off…"),
            self.tr("Switch the old key off, once your developer uses the new one"),
        )
        self.switch_button.setVisible(False)
        self.switch_button.clicked.connect(self.switch_old_off)
        row.addWidget(self.switch_button)
        row.addStretch(1)
        self.body.addLayout(row)

    # -- state ---------------------------------------------------------------------

    def on_enter(self) -> None:
        plan = self.plan
        self.site_label.setText(self.tr("Website: {site}. Current key: “{label}”.").format(
            site=plan.domain.root, label=plan.secret.effective_label))
        if not self.flow.applied:
            expires = plan.secret.expires
            wanted = dt.date.today() + dt.timedelta(days=365)
            self.expiry_check.setChecked(expires is not None)
            self.expiry_edit.setEnabled(expires is not None)
            self.expiry_edit.setDate(QDate(wanted.year, wanted.month, wanted.day))
            self.steps.set_rows([(s, step_title(s)) for s in RENEW_STEPS], step_looks())
            self.status.clear()
            self.secret_box.setVisible(False)
            self.switch_button.setVisible(False)
            self.renew_button.setVisible(True)
            self.renew_button.setEnabled(True)
        self.refresh()

    def page_valid(self) -> bool:
        return self.flow.applied

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        self.secret_box.take_off_screen()
        return True

    def _renewal_plan(self):
        plan = copy.deepcopy(self.plan)
        if self.expiry_check.isChecked():
            plan.secret.expires = self.expiry_edit.date().toPython()
        else:
            plan.secret.expires = None
        return plan

    # -- work ----------------------------------------------------------------------

    def renew(self, *, revoke_old: bool = False) -> None:
        if self.busy.busy:
            return
        plan = self._renewal_plan()
        steps = [*RENEW_STEPS, Step.REVOKE] if revoke_old else list(RENEW_STEPS)
        self.steps.set_rows([(s, step_title(s)) for s in steps], step_looks())
        self.renew_button.setEnabled(False)
        self.switch_button.setEnabled(False)
        self.run(
            self.session.renew(plan, self._progress, revoke_old=revoke_old),
            self.tr("Renewing the key…"),
            on_done=lambda result: self._renewed(result, plan, revoke_old),
            on_error=lambda _error: self._stopped(),
            on_cancel=self._stopped,
        )

    def _progress(self, event: StepEvent) -> None:
        self.steps.show_state(event.step, event.state, event.message)

    def _stopped(self) -> None:
        self.renew_button.setEnabled(True)
        self.switch_button.setEnabled(True)

    def _renewed(self, result: ApplyResult, plan, revoke_old: bool) -> None:
        self.wiz.plan = plan  # the plan now names the new key's expiry: what the owner chose
        self.renew_button.setVisible(False)
        self.switch_button.setEnabled(True)
        if revoke_old:
            self.status.setText(self.tr("✓ The old key is switched off; only the new one works."))
            self.switch_button.setVisible(False)
        else:
            self.status.setText(self.tr(
                "✓ The new key works. The old one works too, until you switch it off: first "
                "give your developer the new key (the next page writes the folder for them)."
            ))
            self.switch_button.setVisible(True)
            value = self.session.secret_value(result)
            if value and result.secret_is_new:
                self.secret_box.show_value(value, kept=self.session.secrets.persistent)
        self.status.setStyleSheet(OK_STYLE)
        self.refresh()
        self.wiz.next_button_focus()

    def switch_old_off(self) -> None:
        text = self.tr(
            "Has your developer's website switched to the new key? The old key stops working "
            "at once; a site that still uses it can no longer log anyone in."
        )
        if self.wiz.prompts.confirm_action(self.tr("Switch the old key off?"), text,
                                           self.tr("Switch it off")):
            self.renew(revoke_old=True)
