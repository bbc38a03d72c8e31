"""Secret page: the secret key's label and optional expiry date; it is linked to the new website."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QFormLayout, QVBoxLayout, QWidget

from xwms_wizard.core.flow import Mode, Page
from xwms_wizard.core.lifecycle import value_matches
from xwms_wizard.core.models import DEFAULT_SECRET_LABEL
from xwms_wizard.core.state import domain_secret
from xwms_wizard.core.validate import (
    check_expiry,
    check_pasted_secret,
    check_secret_label,
    display_domain,
)
from xwms_wizard.gui.live_widgets import DashboardStepsPanel
from xwms_wizard.gui.pages.base import BasePage
from xwms_wizard.gui.widgets import (
    Field,
    Toggle,
    add_row,
    checkbox,
    date_format,
    line_edit,
    local_date,
    mask_secret,
    owner_locale,
    wrapped_label,
)


def _to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _a_year_after(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day + dt.timedelta(days=365)


class SecretPage(BasePage):
    page = Page.SECRET
    scrollable = True  # Live mode adds the dashboard steps and the pasted secret

    def build(self) -> None:
        self.setTitle(self.tr("The secret key"))
        self.setSubTitle(self.tr("Your website proves it is really yours with this key."))
        self.add_help(
            self.tr(
                "The secret key is like a password for your website (not for you). Your "
                "website's server sends it to XWMS with every login, so XWMS knows the request "
                "really comes from your website. XWMS shows it only once, when it is made: the "
                "wizard shows it to you after creating it, keeps it in this computer's "
                "keychain, and can put it in the folder for your developer. It is linked to "
                "your website, so it only works there."
            )
        )
        form = QFormLayout()
        self.label_edit = line_edit(
            self, "secretLabelEdit", self.tr("Secret label (optional)"), DEFAULT_SECRET_LABEL
        )
        self.label_field = Field(
            self.label_edit,
            topic=self.tr("Secret label"),
            help_text=self.tr(
                "Optional. A name for the key, so you can tell keys apart later, such as "
                "“Web server 2025”. Left empty, it is called “Standard Key”."
            ),
        )
        add_row(form, self.tr("&Label:"), self.label_field, self.label_edit)
        self.body.addLayout(form)
        self._build_expiry()
        self.link_label = wrapped_label(object_name="secretLinkLabel")
        self.body.addWidget(self.link_label)
        # An existing website's key, as XWMS has it (never its value).
        self.current_label = wrapped_label(object_name="currentKeyLabel", hidden=True)
        self.body.addWidget(self.current_label)
        self._build_live()
        self.body.addStretch(1)

        self.label_edit.textChanged.connect(self._changed)
        self.expiry_check.toggled.connect(self._changed)
        self.expiry_edit.dateChanged.connect(self._changed)
        self._valid = True
        self._loading = False

    def _build_expiry(self) -> None:
        """The optional expiry date: a switch with its help, and the date under it."""
        self.expiry_check = checkbox(
            self,
            "secretExpiryCheck",
            self.tr("Let the key stop working on a &date"),
            self.tr("Let the key stop working on a date"),
        )
        self.body.addWidget(
            Toggle(
                self.expiry_check,
                self.tr("Expiry date"),
                self.tr(
                    "A key that expires limits the harm if it ever leaks, but your developer "
                    "must put a new key in place before that date, or logins stop. If you "
                    "choose a date, the folder for your developer includes a calendar "
                    "reminder two weeks before. Most small websites leave this off."
                ),
            )
        )
        self.expiry_edit = QDateEdit(self)
        self.expiry_edit.setObjectName("secretExpiryEdit")
        self.expiry_edit.setAccessibleName(self.tr("Expiry date"))
        self.expiry_edit.setCalendarPopup(True)
        # The date as the owner writes it, in the wizard's language ("3 december 2027").
        locale = owner_locale()
        self.expiry_edit.setLocale(locale)
        self.expiry_edit.calendarWidget().setLocale(locale)
        self.expiry_edit.setDisplayFormat(date_format(locale))
        self.expiry_field = Field(self.expiry_edit)
        self.expiry_field.setContentsMargins(24, 0, 0, 0)
        self.expiry_field.setMaximumWidth(360)
        self.body.addWidget(self.expiry_field)

    def _build_live(self) -> None:
        """Live mode: make the secret in the dashboard, paste it here, then link it."""
        self.live_box = QWidget(self)
        box = QVBoxLayout(self.live_box)
        box.setContentsMargins(0, 6, 0, 0)
        self.live_steps = DashboardStepsPanel(self.wiz, ("secret",), parent=self.live_box)
        box.addWidget(self.live_steps)
        self.paste_edit = line_edit(
            self.live_box,
            "secretPasteEdit",
            self.tr("Secret key from the dashboard"),
            self.tr("paste the secret key here"),
        )
        mask_secret(self.paste_edit)
        self.paste_field = Field(
            self.paste_edit,
            topic=self.tr("Secret key"),
            help_text=self.tr(
                "The XWMS dashboard shows a new secret key only once. Copy it there and paste "
                "it here: the wizard keeps it in this computer's keychain (never in a file) "
                "and uses it for the check and for the folder for your developer."
            ),
            parent=self.live_box,
        )
        form = QFormLayout()
        add_row(form, self.tr("Secret &key:"), self.paste_field, self.paste_edit)
        box.addLayout(form)
        self.link_steps = DashboardStepsPanel(
            self.wiz, ("link",), open_button=False, parent=self.live_box
        )
        box.addWidget(self.link_steps)
        self.live_box.setVisible(False)
        self.body.addWidget(self.live_box)
        self.paste_edit.textChanged.connect(self._changed)
        self._secret_ready = False

    def _live(self) -> bool:
        return self.flow.mode is Mode.LIVE

    def _check_paste(self) -> None:
        """The pasted secret: checked here, kept only in the field until Next takes it."""
        text = self.paste_edit.text()
        stored = self.session.live.has_secret()
        if not text:
            self._secret_ready = stored
            if stored:
                self.paste_field.show_message(
                    note=self.tr(
                        "✓ The secret key is in this computer's keychain. Paste a key here "
                        "only to replace it."
                    )
                )
            else:
                self.paste_field.show_message(
                    note=self.tr("Paste the secret key here when the dashboard shows it.")
                )
            return
        check = check_pasted_secret(text)
        self._secret_ready = check.ok
        self.paste_field.show_check(check)

    # -- state ---------------------------------------------------------------------

    def load(self) -> None:
        s = self.plan.secret
        today = dt.date.today()
        self._loading = True
        try:
            self.expiry_edit.setMinimumDate(_to_qdate(today + dt.timedelta(days=1)))
            self.label_edit.setText(s.label)
            self.expiry_check.setChecked(s.expires is not None)
            self.expiry_edit.setDate(_to_qdate(s.expires or _a_year_after(today)))
        finally:
            self._loading = False
        self._changed()

    def on_enter(self) -> None:
        domain = display_domain(self.plan.domain.root) if self.plan.domain.root else ""
        self.link_label.setText(
            self.tr(
                "The key will be linked to {domain}, so your website can use it there and "
                "nowhere else."
            ).format(domain=domain)
        )
        self.live_box.setVisible(self._live())
        self._show_current_key()
        self._changed()

    def _show_current_key(self) -> None:
        """Say which key the website has now, when it exists: label, expiry, value here or not."""
        state = self.session.server_state
        current = None
        if state is not None and not self._live() and state.client.name == self.plan.client.name:
            observed = state.domain(self.plan.domain.root)
            current = domain_secret(state, observed) if observed is not None else None
        if current is None:
            self.current_label.setVisible(False)
            return
        if current.expires_at is None:
            expiry = self.tr("it does not expire")
        else:
            expiry = self.tr("it stops working on {date}").format(
                date=local_date(current.expires_at)
            )
        kept = self.session.secrets.client_secret(state.client.client_id)
        where = (
            self.tr("Its value is in this computer's keychain.")
            if value_matches(kept, current)
            else self.tr("Its value is not on this computer; Review asks what to do.")
        )
        self.current_label.setText(
            self.tr(
                "This website already has a key: “{label}”, ending in {hint}; {expiry}. {where} "
                "Change the name or expiry here to change that key; nothing else happens to it."
            ).format(label=current.label, hint=current.hint, expiry=expiry, where=where)
        )
        self.current_label.setVisible(True)

    def _changed(self) -> None:
        if self._loading:
            return
        label = check_secret_label(self.label_edit.text())
        self.plan.secret.label = label.value if label.ok else self.label_edit.text().strip()
        self.label_field.show_check(label)
        use_expiry = self.expiry_check.isChecked()
        self.expiry_field.setEnabled(use_expiry)
        # Only a chosen date shows: a greyed-out one read as if the key expired on it anyway.
        self.expiry_field.setVisible(use_expiry)
        if use_expiry:
            expiry = check_expiry(_from_qdate(self.expiry_edit.date()))
            self.plan.secret.expires = expiry.value if expiry.ok else None
            self._show_expiry_check(expiry)
        else:
            expiry = None
            self.plan.secret.expires = None
            self.expiry_field.clear()
        self._valid = label.ok and (expiry is None or expiry.ok)
        if self._live():
            self.live_steps.show_plan(self.plan)
            self.link_steps.show_plan(self.plan)
            self._check_paste()
        self.refresh()

    def _show_expiry_check(self, check) -> None:
        """The expiry's refusal or warning, its date written as the date field shows it."""
        day = _from_qdate(self.expiry_edit.date())

        def local(text: str) -> str:
            return text.replace(day.isoformat(), local_date(day)) if text else text

        if check.ok:
            self.expiry_field.show_message(warning=local(check.warning), note=local(check.note))
        else:
            self.expiry_field.show_message(error=local(check.message))

    def focus_target(self):
        return self.label_edit

    def page_valid(self) -> bool:
        if self._live():
            return self._valid and self._secret_ready
        return self._valid

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        if self._live() and self.paste_edit.text():
            check = check_pasted_secret(self.paste_edit.text())
            if not check.ok:
                return False
            # Straight into the keychain; the field forgets it, so it is not kept on screen.
            self.session.live.save_secret(check.value)
            self.paste_edit.clear()
        return True
