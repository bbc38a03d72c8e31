"""People and access (day two): who has logged in, testers, Verified Partner, and members.

The rest of the XWMS client dashboard for the picked client, in plain words (core.people):
see who logged in, invite a tester by e-mail, apply to become a Verified Partner for the
permissions that need it, and let a developer or agency in as a member with a role, instead
of sharing the owner's password.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QVBoxLayout

from xwms_wizard.core import people as core_people
from xwms_wizard.core.flow import Page
from xwms_wizard.core.scopes import scope_text
from xwms_wizard.gui.pages.base import BasePage
from xwms_wizard.gui.widgets import button, checkbox, combo, line_edit, wrapped_label


def introduce(page: BasePage) -> None:
    """The title, subtitle and help of both People pages (Practice and Custom; Live)."""
    page.setTitle(QCoreApplication.translate("PeoplePage", "People and access"))
    page.setSubTitle(QCoreApplication.translate(
        "PeoplePage", "Who logs in with your client, and who may change it."))
    page.add_help(QCoreApplication.translate(
        "PeoplePage",
        "These are the optional parts of the XWMS dashboard for your client. Testers try "
        "the login before it is open to everyone. A Verified Partner may use the "
        "permissions that XWMS keeps for businesses it has checked. Members are the safe "
        "way to let your developer change settings: they sign in with their own XWMS "
        "account, so you never share your password.",
    ))


class PeoplePage(BasePage):
    page = Page.PEOPLE
    scrollable = True

    def build(self) -> None:
        introduce(self)
        self.users_label = self._box(self.tr("Who has logged in"), "peopleUsersLabel")
        self._build_testers()
        self._build_verified()
        self._build_members()
        self.body.addStretch(1)
        self._people: core_people.People | None = None
        self._locked: dict[str, Any] = {}

    def _box(self, title: str, name: str) -> Any:
        box = QGroupBox(title, self)
        layout = QVBoxLayout(box)
        label = wrapped_label(object_name=name, rich=True)
        layout.addWidget(label)
        self.body.addWidget(box)
        self._last_box = layout
        return label

    def _input_row(self, widgets: list[Any]) -> None:
        row = QHBoxLayout()
        for widget in widgets:
            row.addWidget(widget, 1 if widget is widgets[0] else 0)
        self._last_box.addLayout(row)

    def _build_testers(self) -> None:
        self.testers_label = self._box(self.tr("Testers"), "peopleTestersLabel")
        self.tester_edit = line_edit(self, "testerEmailEdit", self.tr("The tester's e-mail"),
                                     self.tr("their XWMS e-mail address"))
        self.tester_button = button(self, "inviteTesterButton", self.tr("&Invite as tester"),
                                    self.tr("Invite this person as a tester"))
        self._input_row([self.tester_edit, self.tester_button])
        self.tester_button.clicked.connect(self._invite_tester)

    def _build_verified(self) -> None:
        self.verified_label = self._box(self.tr("Verified Partner"), "peopleVerifiedLabel")
        self.verified_checks = QVBoxLayout()
        self._last_box.addLayout(self.verified_checks)
        self.notes_edit = line_edit(self, "verificationNotesEdit",
                                    self.tr("What your website uses these permissions for"),
                                    self.tr("what your website uses them for"))
        self.verified_button = button(self, "applyVerifiedButton", self.tr("&Apply"),
                                      self.tr("Apply to become a Verified Partner"))
        self._input_row([self.notes_edit, self.verified_button])
        self.verified_button.clicked.connect(self._apply_verified)

    def _build_members(self) -> None:
        self.members_label = self._box(self.tr("Who may change this client"), "peopleMembersLabel")
        self.member_edit = line_edit(self, "memberEmailEdit", self.tr("The member's e-mail"),
                                     self.tr("your developer's XWMS e-mail address"))
        self.role_combo = combo(self, "memberRoleCombo", self.tr("What the member may do"))
        for name in core_people.ROLE_PRESETS:
            self.role_combo.addItem(core_people.role_name(name), name)
        self.member_button = button(self, "inviteMemberButton", self.tr("A&dd as member"),
                                    self.tr("Add this person as a member"))
        self._input_row([self.member_edit, self.role_combo, self.member_button])
        self.role_text = wrapped_label(object_name="memberRoleText")
        self._last_box.addWidget(self.role_text)
        self.role_combo.currentIndexChanged.connect(self._role_changed)
        self._role_changed()
        self.member_button.clicked.connect(self._invite_member)

    def _role_changed(self) -> None:
        self.role_text.setText(core_people.role_text(self.role_combo.currentData()))

    # -- loading and showing -------------------------------------------------------

    @property
    def _client_pk(self) -> int:
        return self.flow.server.client.id

    def on_enter(self) -> None:
        self._reload()

    def _reload(self, _result: Any = None) -> None:
        async def load():
            if not self.session.scopes:
                await self.session.load_scopes()
            return await core_people.load_people(self.session.signin.require(), self._client_pk)

        self.run(load(), self.tr("Reading your client from XWMS…"), on_done=self._show)

    def _show(self, people: core_people.People) -> None:
        self._people = people
        self.users_label.setText(self._list(
            [self.tr("{name} ({email}), last on {site} at {when}").format(
                name=u.name, email=u.email, site=u.root_domain or "?", when=u.last_login_at[:16])
             for u in people.users],
            self.tr("Nobody has logged in through your client yet.")))
        states = {"pending": self.tr("waiting for their answer"),
                  "accepted": self.tr("accepted"), "declined": self.tr("declined")}
        self.testers_label.setText(self._list(
            [f"{r.email}: {states.get(r.state, r.state)}" for r in people.requests
             if r.kind == "test"],
            self.tr("No testers yet. A tester accepts your invitation on XWMS's login page.")))
        self._show_verified(people)
        self.members_label.setText(self._list(
            [f"{m.email}: {core_people.role_name(people.role_name(m.role))}"
             for m in people.members],
            self.tr("Only you. Add your developer here instead of sharing your password.")))

    def _show_verified(self, people: core_people.People) -> None:
        # Made once per permission: a reload keeps what the owner has ticked.
        for scope in self.session.scopes:
            if scope.requires_verification and scope.key not in self._locked:
                check = checkbox(self, f"verify_{scope.key}", scope_text(scope.title),
                                 scope_text(scope.title))
                self.verified_checks.addWidget(check)
                self._locked[scope.key] = check
        states = {"pending": self.tr("waiting for the XWMS team"),
                  "approved": self.tr("approved"), "rejected": self.tr("rejected")}
        lines = [self.tr("{scopes}: {state}").format(
            scopes=", ".join(r.scopes), state=states.get(r.state, r.state))
            + (f" ({r.reason})" if r.reason else "") for r in people.verifications]
        self.verified_label.setText(self._list(lines, self.tr(
            "Tick the permissions your website needs, say what for, and apply. The XWMS team "
            "checks your business and approves or rejects the request.")))

    @staticmethod
    def _list(lines: list[str], empty: str) -> str:
        if not lines:
            return html.escape(empty)
        return "<ul style='margin:0'>" + "".join(
            f"<li>{html.escape(line)}</li>" for line in lines) + "</ul>"

    # -- actions -------------------------------------------------------------------

    def _invite_tester(self) -> None:
        email = self.tester_edit.text().strip()
        if email:
            self.run(core_people.invite_tester(self.session.signin.require(), self._client_pk,
                                               email),
                     self.tr("Inviting the tester…"),
                     on_done=lambda _r: (self.tester_edit.clear(), self._reload()))

    def _apply_verified(self) -> None:
        scopes = [key for key, check in self._locked.items() if check.isChecked()]
        if not scopes:
            self.banner.show_text(self.tr(
                "Verified Partner: tick the permissions your website needs first."))
            return
        domains = [d.domain.id for d in self.flow.server.domains]
        self.run(core_people.apply_verified(
            self.session.signin.require(), self._client_pk, domain_pks=domains, scopes=scopes,
            notes=self.notes_edit.text().strip()),
            self.tr("Sending your application…"), on_done=self._reload)

    def _invite_member(self) -> None:
        email = self.member_edit.text().strip()
        if email:
            self.run(core_people.invite_member(self.session.signin.require(), self._client_pk,
                                               email, self.role_combo.currentData()),
                     self.tr("Adding the member…"),
                     on_done=lambda _r: (self.member_edit.clear(), self._reload()))
