"""Your setup (day two): how an existing client is doing, and what to do with it.

The owner picks one of the account's clients; the page reads it from the server and checks
each website's login (core.status), then shows what needs attention first, each website and
each key in plain words. From here the owner renews a key, changes the setup through the
usual pages, or revokes a key that leaked.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtWidgets import QFormLayout, QHBoxLayout

from xwms_wizard.core.flow import Action, Page
from xwms_wizard.core.status import Concern, SetupStatus, WebsiteStatus
from xwms_wizard.gui.pages.base import BasePage
from xwms_wizard.gui.widgets import (
    ERROR_STYLE,
    OK_STYLE,
    add_row,
    button,
    combo,
    wrapped_label,
)


class StatusPage(BasePage):
    page = Page.STATUS
    scrollable = True

    def build(self) -> None:
        self.setTitle(self.tr("Your setup"))
        self.setSubTitle(self.tr("How your Log in with XWMS is doing, and what you can do now."))
        self.add_help(
            self.tr(
                "Pick the client to look at. The wizard reads it from XWMS and tries a login "
                "for each website with the secret key this computer keeps (nobody is logged "
                "in, and nothing changes). What needs your attention comes first, each with "
                "what fixes it."
            )
        )
        form = QFormLayout()
        self.client_combo = combo(self, "statusClientCombo", self.tr("Client to look at"))
        add_row(form, self.tr("&Client:"), self.client_combo, self.client_combo)
        self.body.addLayout(form)
        self.verdict = wrapped_label(object_name="statusVerdict")
        self.body.addWidget(self.verdict)
        self.report = wrapped_label(object_name="statusReport", rich=True)
        self.report.setAccessibleName(self.tr("How the setup is doing"))
        self.body.addWidget(self.report)
        self._build_actions()
        self.body.addStretch(1)
        self.client_combo.currentIndexChanged.connect(self._client_changed)
        self._status: SetupStatus | None = None

    def _build_actions(self) -> None:
        row = QHBoxLayout()
        self.renew_button = button(
            self, "renewKeyButton", self.tr("&Renew the key…"),
            self.tr("Renew the secret key without downtime"),
        )
        self.change_button = button(
            self, "changeSetupButton", self.tr("C&hange this setup…"),
            self.tr("Change the websites, switches or permissions"),
        )
        self.revoke_button = button(
            self, "revokeKeyButton", self.tr("Re&voke a key…"),
            self.tr("Revoke a secret key that leaked"),
        )
        self.people_button = button(
            self, "peopleButton", self.tr("&People and access…"),
            self.tr("Who has logged in, testers, Verified Partner and members"),
        )
        for push in (self.renew_button, self.change_button, self.revoke_button,
                     self.people_button):
            row.addWidget(push)
            push.setEnabled(False)
        row.addStretch(1)
        self.body.addLayout(row)
        self.renew_button.clicked.connect(lambda: self._choose(Action.RENEW))
        self.change_button.clicked.connect(lambda: self._choose(Action.CHANGE))
        self.people_button.clicked.connect(lambda: self._choose(Action.PEOPLE))
        self.revoke_button.clicked.connect(self._revoke)

    # -- loading -------------------------------------------------------------------

    def on_enter(self) -> None:
        self.flow.action = None  # what to do is chosen here, each visit
        self.run(self.session.load_clients(), self.tr("Reading your clients…"),
                 on_done=self._clients_loaded)

    def _clients_loaded(self, clients: list[Any]) -> None:
        names = [client.name for client in clients]
        wanted = self.plan.client.name if self.plan.client.name in names else None
        self.client_combo.blockSignals(True)
        self.client_combo.clear()
        self.client_combo.addItems(names)
        self.client_combo.blockSignals(False)
        if not names:
            self.verdict.setText(self.tr(
                "This account has no clients yet. Go Back to the first page and choose "
                "“Set up Log in with XWMS” to make one."
            ))
            self._show(None)
            return
        self.client_combo.setCurrentIndex(names.index(wanted) if wanted else 0)
        self._client_changed()

    def _client_changed(self) -> None:
        name = self.client_combo.currentText()
        if not name or self.busy.busy:
            return
        self._show(None)
        self.run(self.session.status(name), self.tr("Checking {name} with XWMS…").format(name=name),
                 on_done=self._show)

    # -- showing -------------------------------------------------------------------

    def _show(self, status: SetupStatus | None) -> None:
        self._status = status
        for push in (self.renew_button, self.change_button, self.revoke_button,
                     self.people_button):
            push.setEnabled(status is not None)
        if status is None:
            self.report.clear()
            self.flow.server = None
            self.refresh()
            return
        if status.healthy:
            self.verdict.setText(self.tr("✓ All is well: every website works and no key "
                                         "expires within 30 days."))
            self.verdict.setStyleSheet(OK_STYLE)
        else:
            self.verdict.setText(self.tr("Needs your attention:"))
            self.verdict.setStyleSheet(ERROR_STYLE)
        self.report.setText(self._report_html(status))
        self.revoke_button.setEnabled(any(k.state == "active" for k in status.keys))
        self.refresh()

    def _report_html(self, status: SetupStatus) -> str:
        parts = []
        if status.attention:
            items = "".join(
                f"<li><b>{html.escape(a.problem)}</b><br>{html.escape(self._fix(a.concern))}</li>"
                for a in status.attention
            )
            parts.append(f"<ul style='margin-top:0'>{items}</ul>")
        for website in status.websites:
            parts.append(self._website_html(website))
        keys = "".join(
            "<li>" + html.escape(self.tr("“{label}” (ending in {hint}): {expiry}; used by {sites}")
                                 .format(label=k.secret.label, hint=k.secret.hint,
                                         expiry=k.expiry,
                                         sites=", ".join(k.websites) or self.tr("no website")))
            + "</li>"
            for k in status.keys
        )
        scopes = ", ".join(status.state.scopes) or self.tr("only the person's XWMS number")
        parts.append("<p><b>" + html.escape(self.tr("May read")) + "</b><br>"
                     + html.escape(scopes) + "</p>")
        heading = html.escape(self.tr("Secret keys"))
        parts.append(f"<p><b>{heading}</b></p><ul>{keys}</ul>")
        return "".join(parts)

    def _website_html(self, website: WebsiteStatus) -> str:
        d = website.observed.domain
        on, off = self.tr("on"), self.tr("off")
        switches = self.tr(
            "Login {login}, API {api}, {active}, Test Mode {test}"
        ).format(login=on if d.allow_login else off, api=on if d.allow_api else off,
                 active=self.tr("active") if d.active else self.tr("switched off"),
                 test=on if d.test_mode else off)
        if website.check is not None:
            check = (self.tr("✓ Login works: {verdict}") if website.check.ok
                     else self.tr("✗ Login does not work: {verdict}")
                     ).format(verdict=website.check.verdict)
        else:
            check = website.not_checked
        callbacks = ", ".join(website.observed.callback_urls()) or self.tr("none")
        lines = [switches, self.tr("Comes back to: {urls}").format(urls=callbacks), check]
        body = "<br>".join(html.escape(line) for line in lines)
        return f"<p><b>{html.escape(website.root)}</b><br>{body}</p>"

    def _fix(self, concern: Concern) -> str:
        if concern is Concern.CHECK_FAILED:
            return self.tr("Fix what XWMS names, or choose Change this setup.")
        if concern is Concern.NO_KEY:
            return self.tr("Choose Change this setup: the wizard makes and links a key.")
        return self.tr("Choose Renew the key: a new key works before the old one stops.")

    # -- what to do ----------------------------------------------------------------

    def page_valid(self) -> bool:
        return self._status is not None and self.flow.action is not None

    def _choose(self, action: Action) -> None:
        if self._status is None:
            return
        self.flow.action = action
        self.wiz.adopt_server(self._status.state)  # the plan that changes nothing, to start from
        self.refresh()
        self.wiz.next()

    def _revoke(self) -> None:
        status = self._status
        active = [k for k in status.keys if k.state == "active"] if status else []
        if not active:
            return
        key = max(active, key=lambda k: k.secret.id)  # the newest: the one a leak is about
        sites = ", ".join(key.websites) or self.tr("no website")
        text = self.tr(
            "Revoke the key “{label}” (ending in {hint})? It stops working at once: logging in "
            "on {sites} stops until a new key is linked and your developer has it. Afterwards, "
            "choose Renew the key or Change this setup to make a new one."
        ).format(label=key.secret.label, hint=key.secret.hint, sites=sites)
        if not self.wiz.prompts.confirm_action(self.tr("Revoke this key?"), text,
                                               self.tr("Revoke it")):
            return
        self.run(self.session.revoke_key(key.secret), self.tr("Revoking the key…"),
                 on_done=lambda _none: self._client_changed())
