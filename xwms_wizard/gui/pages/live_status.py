"""Your setup, Live (day two): the folder the developer got says what was set up at xwms.nl.

The owner chooses that folder (xwms-handoff-…); the page reads it, asks XWMS with the key
this computer keeps whether the login still works (core.live), and says when the key
expires. From here: renew the key (the dashboard makes it, the wizard checks it), or change
the setup through the Live pages, filled from the folder.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QHBoxLayout

from xwms_wizard.core.flow import Action, Page
from xwms_wizard.core.live import LiveStatus
from xwms_wizard.gui.pages.base import BasePage
from xwms_wizard.gui.widgets import ERROR_STYLE, OK_STYLE, button, line_edit, wrapped_label


class LiveStatusPage(BasePage):
    page = Page.LIVE_STATUS
    scrollable = True

    def build(self) -> None:
        self.setTitle(self.tr("Your setup"))
        self.setSubTitle(self.tr("How your Log in with XWMS is doing, and what you can do now."))
        self.add_help(
            self.tr(
                "Choose the folder the wizard wrote for your developer (its name starts with "
                "xwms-handoff-). It records what was set up in the XWMS dashboard. The wizard "
                "then asks XWMS whether logging in still works, with the secret key this "
                "computer keeps; nothing changes."
            )
        )
        row = QHBoxLayout()
        self.folder_edit = line_edit(self, "handoffFolderEdit", self.tr("Folder for your developer"))
        self.folder_edit.setReadOnly(True)
        row.addWidget(self.folder_edit, 1)
        self.folder_button = button(self, "handoffFolderButton", self.tr("&Choose the folder…"),
                                    self.tr("Choose the folder for your developer"))
        row.addWidget(self.folder_button)
        self.body.addLayout(row)
        self.verdict = wrapped_label(object_name="liveStatusVerdict")
        self.body.addWidget(self.verdict)
        self.report = wrapped_label(object_name="liveStatusReport", rich=True)
        self.body.addWidget(self.report)
        actions = QHBoxLayout()
        self.renew_button = button(self, "liveRenewKeyButton", self.tr("&Renew the key…"),
                                   self.tr("Renew the secret key without downtime"))
        self.change_button = button(self, "liveChangeSetupButton", self.tr("C&hange this setup…"),
                                    self.tr("Change the website, switches or permissions"))
        self.people_button = button(self, "livePeopleButton", self.tr("&People and access…"),
                                    self.tr("Who has logged in, testers, Verified Partner and "
                                            "members"))
        for push in (self.renew_button, self.change_button, self.people_button):
            push.setEnabled(False)
            actions.addWidget(push)
        actions.addStretch(1)
        self.body.addLayout(actions)
        self.body.addStretch(1)
        self.folder_button.clicked.connect(self._choose_folder)
        self.renew_button.clicked.connect(lambda: self._choose(Action.RENEW))
        self.change_button.clicked.connect(lambda: self._choose(Action.CHANGE))
        self.people_button.clicked.connect(lambda: self._choose(Action.PEOPLE))
        self._status: LiveStatus | None = None

    def on_enter(self) -> None:
        self.flow.action = None
        self.refresh()

    def _choose_folder(self) -> None:
        folder = self.wiz.prompts.choose_folder(self.wiz.documents_dir or "")
        if folder:
            self.load_folder(folder)

    def load_folder(self, folder: str) -> None:
        self.folder_edit.setText(folder)
        self._show(None)
        self.run(self.session.live.status(folder), self.tr("Asking XWMS…"), on_done=self._show)

    def _show(self, status: LiveStatus | None) -> None:
        self._status = status
        self.flow.handoff = status.facts if status is not None else None
        for push in (self.renew_button, self.change_button, self.people_button):
            push.setEnabled(status is not None)
        if status is None:
            self.verdict.clear()
            self.report.clear()
            self.refresh()
            return
        if status.healthy:
            self.verdict.setText(self.tr("✓ All is well: the login works and the key does not "
                                         "expire within 30 days."))
            self.verdict.setStyleSheet(OK_STYLE)
        else:
            self.verdict.setText(self.tr("Needs your attention:"))
            self.verdict.setStyleSheet(ERROR_STYLE)
        self.report.setText(self._report_html(status))
        self.refresh()

    def _report_html(self, status: LiveStatus) -> str:
        facts = status.facts
        items = "".join(f"<li><b>{html.escape(line)}</b></li>" for line in status.attention)
        parts = [f"<ul style='margin-top:0'>{items}</ul>"] if items else []
        if status.check is None:
            check = self.tr("Not checked: this computer does not keep the secret key. The "
                            "folder for your developer has it, or renew the key.")
        elif status.check.verified:
            check = self.tr("✓ Login works: {verdict}").format(
                verdict=status.check.verification.verdict)
        else:
            check = self.tr("✗ Login does not work: {verdict}").format(
                verdict=status.check.verification.verdict)
        lines = [
            self.tr("Client {name} (Client ID {client_id})").format(
                name=facts.client_name, client_id=facts.client_id),
            self.tr("Comes back to: {urls}").format(urls=facts.redirect_uri),
            self.tr("Key “{label}”: {expiry}").format(label=facts.secret_label,
                                                      expiry=status.expiry),
            check,
        ]
        body = "<br>".join(html.escape(line) for line in lines)
        parts.append(f"<p><b>{html.escape(facts.domain_display or facts.domain)}</b><br>{body}</p>")
        return "".join(parts)

    def page_valid(self) -> bool:
        return self._status is not None and self.flow.action is not None

    def _choose(self, action: Action) -> None:
        if self._status is None:
            return
        self.flow.action = action
        self.wiz.plan = self._status.plan
        for name in (Page.CLIENT, Page.DOMAIN, Page.SCOPES, Page.SECRET, Page.LIVE_RENEW):
            self.wiz.page_named(name).reload()  # they fill themselves from the folder's plan
        self.refresh()
        self.wiz.next()
