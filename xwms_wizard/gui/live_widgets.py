"""Live mode's own widgets: the dashboard steps with copy buttons, the API address, the check.

Live xwms.nl has no management API, so the pages show what to click in the
XWMS dashboard (core.dashboard: the steps are written once, there) and collect
what the dashboard shows back. The pages add these widgets and show them only
in Live mode.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from xwms_wizard.core.addresses import DEFAULT_LIVE_API_URL, normalize_live_api_url
from xwms_wizard.core.dashboard import (
    DashboardSection,
    dashboard_sections,
    dashboard_text,
    dashboard_url_for,
)
from xwms_wizard.core.errors import WizardError
from xwms_wizard.core.models import SetupPlan
from xwms_wizard.core.scopes import scope_text
from xwms_wizard.gui.widgets import (
    ERROR_STYLE,
    NOTE_STYLE,
    OK_STYLE,
    WARNING_STYLE,
    Field,
    ProgressList,
    RowLook,
    emit_signal,
    heading_font,
    wrapped_label,
)

if TYPE_CHECKING:
    from xwms_wizard.gui.host import WizardHost

_NUMBERED_LIST = "<ol style='margin-top:0; margin-bottom:0'>{items}</ol>"


class DashboardStepsPanel(QFrame):
    """One or more parts of the dashboard checklist: numbered steps, values with Copy buttons.

    `keys` name the parts of core.dashboard.dashboard_sections this panel shows
    ("client", "domain", ...). `show_plan(plan)` refreshes it as the owner types.
    """

    def __init__(
        self,
        wizard: WizardHost,
        keys: Iterable[str],
        *,
        open_button: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.wiz = wizard
        self.keys = tuple(keys)
        name = "".join(key.capitalize() for key in self.keys)
        self.setObjectName(f"dashboardSteps{name}")
        self.setAccessibleName(self.tr("What to do in the XWMS dashboard"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            f"#dashboardSteps{name} {{ border: 1px solid palette(mid); border-radius: 6px; }}"
        )
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 10, 12, 10)
        self._layout.setSpacing(6)
        top = QHBoxLayout()
        self.intro = wrapped_label(
            self.tr("Now do this in the XWMS dashboard, in your web browser:")
            if open_button
            else self.tr("Then, still in the XWMS dashboard:"),
            object_name=f"dashboardIntro{name}",
        )
        self.intro.setFont(heading_font(self))
        top.addWidget(self.intro, 1)
        self.open_button: QPushButton | None = None
        if open_button:
            self.open_button = open_dashboard_button(wizard, self, name=f"openDashboard{name}")
            top.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        self._layout.addLayout(top)
        self._sections: dict[str, _SectionView] = {}
        for key in self.keys:
            view = _SectionView(key, self._show_copied, self)
            self._sections[key] = view
            self._layout.addWidget(view)
        self.copied_label = wrapped_label(object_name=f"dashboardCopied{name}")
        self.copied_label.setStyleSheet(OK_STYLE)
        self.copied_label.setVisible(False)
        self._layout.addWidget(self.copied_label)
        self._copied_timer = QTimer(self)
        self._copied_timer.setSingleShot(True)
        self._copied_timer.setInterval(4000)
        self._copied_timer.timeout.connect(lambda: self.copied_label.setVisible(False))

    def show_plan(self, plan: SetupPlan) -> None:
        """Fill the steps and values from the owner's current choices."""
        titles = {scope.key: scope_text(scope.title) for scope in self.wiz.session.scopes}
        sections = dashboard_sections(plan, titles)
        total = len(sections)
        for number, section in enumerate(sections, start=1):
            view = self._sections.get(section.key)
            if view is not None:
                view.show_section(section, number, total)

    def _show_copied(self, label: str) -> None:
        self.copied_label.setText(
            self.tr("Copied “{label}”. Paste it into the dashboard.").format(label=label)
        )
        self.copied_label.setVisible(True)
        self._copied_timer.start()

    def values(self) -> dict[str, str]:
        """What the panel offers to copy now, by the (English) dashboard field name."""
        return {label: value for view in self._sections.values() for label, value in view.values}


class _SectionView(QWidget):
    """One part: "Part 2 of 6: Add your website (domain)", its numbered steps, its values."""

    def __init__(
        self, key: str, on_copied: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.key = key
        self._on_copied = on_copied
        self.setObjectName(f"dashboardSection_{key}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        self.title = wrapped_label(object_name=f"dashboardTitle_{key}")
        self.title.setFont(heading_font(self))
        layout.addWidget(self.title)
        self.steps = wrapped_label(object_name=f"dashboardStepsText_{key}", rich=True)
        layout.addWidget(self.steps)
        self.grid = QGridLayout()
        self.grid.setContentsMargins(18, 0, 0, 0)
        self.grid.setHorizontalSpacing(8)
        self.grid.setColumnStretch(1, 1)
        layout.addLayout(self.grid)
        self.values: list[tuple[str, str]] = []
        self._rows: list[tuple[QLabel, QLineEdit, QPushButton]] = []

    def show_section(self, section: DashboardSection, number: int, total: int) -> None:
        self.title.setText(
            self.tr("Part {number} of {total}: {title}").format(
                number=number, total=total, title=dashboard_text(section.title)
            )
        )
        items = "".join(
            f"<li style='margin-bottom:3px'>{html.escape(dashboard_text(step))}</li>"
            for step in section.steps
        )
        self.steps.setText(_NUMBERED_LIST.format(items=items))
        labels = [label for label, _ in section.values]
        if labels != [label for label, _ in self.values]:
            self._rebuild(labels)
        self.values = list(section.values)
        for (_label, value), (_name, edit, button) in zip(section.values, self._rows, strict=True):
            if edit.text() != value:
                edit.setText(value)
                edit.setCursorPosition(0)
            button.setEnabled(bool(value))

    def _rebuild(self, labels: list[str]) -> None:
        for row in self._rows:
            for widget in row:
                self.grid.removeWidget(widget)
                widget.deleteLater()
        self._rows = []
        for index, label in enumerate(labels):
            shown = dashboard_text(label)
            name = QLabel(self.tr("{field}:").format(field=shown), self)
            edit = QLineEdit(self)
            edit.setObjectName(f"dashboardValue_{self.key}_{index}")
            edit.setReadOnly(True)
            edit.setAccessibleName(shown)
            edit.setPlaceholderText(self.tr("(leave empty)"))
            name.setBuddy(edit)
            button = QPushButton(self.tr("Copy"), self)
            button.setObjectName(f"dashboardCopy_{self.key}_{index}")
            button.setAccessibleName(self.tr("Copy {field}").format(field=shown))
            button.setAutoDefault(False)
            button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon))
            button.clicked.connect(lambda _=False, i=index: self._copy(i))
            self.grid.addWidget(name, index, 0)
            self.grid.addWidget(edit, index, 1)
            self.grid.addWidget(button, index, 2)
            self._rows.append((name, edit, button))

    def _copy(self, index: int) -> None:
        label, value = self.values[index]
        if value:
            # Not a secret: the values the owner types into the dashboard.
            QGuiApplication.clipboard().setText(value)
            self._on_copied(dashboard_text(label))


def open_dashboard_button(
    wizard: WizardHost, parent: QWidget, *, name: str = "openDashboardButton"
) -> QPushButton:
    """"Open the XWMS dashboard": the dashboard of the chosen API address, in the browser."""
    button = QPushButton(
        QCoreApplication.translate("LiveWidgets", "Open the XWMS dashboard"), parent
    )
    button.setObjectName(name)
    button.setAccessibleName(QCoreApplication.translate("LiveWidgets", "Open the XWMS dashboard"))
    button.setToolTip(
        QCoreApplication.translate(
            "LiveWidgets", "Opens the XWMS dashboard in your web browser."
        )
    )
    button.setAutoDefault(False)
    button.setIcon(parent.style().standardIcon(QStyle.StandardPixmap.SP_DirLinkIcon))
    button.clicked.connect(lambda: wizard.prompts.open_url(live_dashboard_url(wizard)))
    return button


def live_dashboard_url(wizard: WizardHost) -> str:
    """Where the dashboard is for the API address chosen on the first page (xwms.nl's)."""
    from xwms_wizard.core.flow import Page

    chosen = wizard.page_named(Page.WELCOME).api_url()
    return dashboard_url_for(chosen or DEFAULT_LIVE_API_URL)


def pasted_id_field(
    parent: QWidget, *, name: str, accessible: str, topic: str, help_text: str
) -> tuple[QLineEdit, Field]:
    """A field for an id the dashboard shows (Client ID, Domain ID), with its error label."""
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(
        QCoreApplication.translate("LiveWidgets", "paste it here from the XWMS dashboard")
    )
    return edit, Field(edit, topic=topic, help_text=help_text, parent=parent)


class ApiUrlSetting(QWidget):
    """Folded under "Advanced": the XWMS API address Live mode uses (https://xwms.nl/api/)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("apiUrlSetting")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 0, 0, 0)
        layout.setSpacing(2)
        self.fold_button = QToolButton(self)
        self.fold_button.setObjectName("apiUrlAdvancedButton")
        self.fold_button.setText(self.tr("Ad&vanced"))
        self.fold_button.setAccessibleName(self.tr("Advanced settings for XWMS"))
        self.fold_button.setCheckable(True)
        self.fold_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.fold_button.setArrowType(Qt.ArrowType.RightArrow)
        self.fold_button.setAutoRaise(True)
        layout.addWidget(self.fold_button)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("apiUrlEdit")
        self.edit.setAccessibleName(self.tr("XWMS API address"))
        self.edit.setPlaceholderText(DEFAULT_LIVE_API_URL)
        self.field = Field(
            self.edit,
            topic=self.tr("XWMS API address"),
            help_text=self.tr(
                "The address the wizard checks your setup at. Leave it as it is "
                "({default}) unless XWMS or your developer gives you another one."
            ).format(default=DEFAULT_LIVE_API_URL),
            parent=self,
        )
        self.field.setVisible(False)
        layout.addWidget(self.field)
        self.fold_button.toggled.connect(self._fold)
        self.edit.textChanged.connect(self._edited)

    def _fold(self, open_: bool) -> None:
        self.field.setVisible(open_)
        self.fold_button.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)

    def set_url(self, url: str) -> None:
        self.edit.setText(url)
        self.edit.setCursorPosition(0)
        if self.url() != DEFAULT_LIVE_API_URL:
            self.fold_button.setChecked(True)  # a changed address is never hidden

    def url(self) -> str | None:
        """The normalised API address, or None while it is not usable."""
        try:
            return normalize_live_api_url(self.edit.text() or DEFAULT_LIVE_API_URL)
        except WizardError:
            return None

    def _edited(self) -> None:
        text = self.edit.text().strip()
        if not text:
            self.field.show_message(
                note=self.tr("Empty: the wizard uses {default}").format(default=DEFAULT_LIVE_API_URL)
            )
        else:
            try:
                url = normalize_live_api_url(text)
            except WizardError as error:
                self.field.show_message(error=error.message)
                self.fold_button.setChecked(True)
            else:
                note = (
                    self.tr("The wizard will use {url}").format(url=url)
                    if url.rstrip("/") != text.rstrip("/")
                    else ""
                )
                self.field.show_message(note=note)
        emit_signal(self, "changed")


class LiveAccountInfo(QWidget):
    """The account page in Live mode: what the owner needs, and the way to the dashboard."""

    def __init__(self, wizard: WizardHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveAccountInfo")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(
            wrapped_label(
                self.tr(
                    "XWMS does not let programs make changes in your account, so you make them "
                    "yourself in the XWMS dashboard, and the wizard tells you exactly what to "
                    "click. You do not sign in to the wizard."
                )
            )
        )
        needs = wrapped_label(
            "<b>{heading}</b><ul>"
            "<li style='margin-bottom:4px'>{paid}</li>"
            "<li style='margin-bottom:4px'>{browser}</li>"
            "<li style='margin-bottom:4px'>{window}</li></ul>".format(
                heading=html.escape(self.tr("What you need:")),
                paid=html.escape(
                    self.tr(
                        "A paid XWMS account. Clients (what your website needs for Log in "
                        "with XWMS) come with a paid plan."
                    )
                ),
                browser=html.escape(
                    self.tr(
                        "The XWMS dashboard open in your web browser, signed in with that "
                        "account. The button below opens it."
                    )
                ),
                window=html.escape(
                    self.tr(
                        "The wizard and the browser side by side: you copy values from the "
                        "wizard into the dashboard, and three things back (the Client ID, "
                        "the Domain ID and the secret key)."
                    )
                ),
            ),
            object_name="liveAccountNeeds",
            rich=True,
        )
        layout.addWidget(needs)
        row = QHBoxLayout()
        self.open_button = open_dashboard_button(wizard, self)
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.where = wrapped_label(object_name="liveApiUrlLabel")
        self.where.setStyleSheet(NOTE_STYLE)
        layout.addWidget(self.where)
        layout.addStretch(1)

    def show_api_url(self, api_url: str) -> None:
        self.where.setText(
            self.tr(
                "At the end the wizard checks your setup with XWMS at {url}. Nothing is sent "
                "before you press Check my setup."
            ).format(url=api_url)
        )


# Which wizard page holds a value that a refusal may point at (a typing mistake there).
_REFUSAL_PAGES = {
    "unknown_client": "client",
    "missing_credentials": "client",
    "invalid_secret": "secret",
    "secret_revoked": "secret",
    "secret_expired": "secret",
    "domain_not_registered": "domain",
    "redirect_not_registered": "domain",
}


class LiveCheckPanel(QWidget):
    """The review page in Live mode: what is checked, one row per check, and the verdict.

    The page's own button starts `check()`; a refusal goes to the page's error banner
    with its dashboard fix; no connection offers "Go on without the check".
    """

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.page = page
        self.setObjectName("liveCheckPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.rows = ProgressList(
            self, name="liveCheckList", accessible=self.tr("What the check found"), padding=6
        )
        layout.addWidget(self.rows)
        self.verdict = wrapped_label(object_name="liveCheckResult")
        layout.addWidget(self.verdict)
        fix_row = QHBoxLayout()
        self.fix_button = open_dashboard_button(page.wiz, self, name="liveFixDashboardButton")
        self.fix_button.setVisible(False)
        fix_row.addWidget(self.fix_button)
        fix_row.addStretch(1)
        layout.addLayout(fix_row)
        self.export_anyway_button = QPushButton(self.tr("&Go on without the check"), self)
        self.export_anyway_button.setObjectName("exportAnywayButton")
        self.export_anyway_button.setAccessibleName(
            self.tr("Go on without the check; the folder is marked not verified")
        )
        self.export_anyway_button.setVisible(False)
        page.banner.add_button(self.export_anyway_button)
        self.export_anyway_button.clicked.connect(self.go_on_unchecked)
        self._snapshot: tuple | None = None  # what was last checked (choices, ids, address)
        self._outcome: Any = None  # the LiveCheck of that
        self.complete = False

    # -- state ---------------------------------------------------------------------

    def _wanted(self) -> tuple:
        from xwms_wizard.core.models import plan_to_dict

        session = self.page.session
        ids = session.live_ids
        return (repr(plan_to_dict(self.page.plan)), ids.client_id, ids.domain_id, session.api_url)

    def id_rows(self) -> list[tuple[str, str]]:
        """What the owner copied from the dashboard, for the page's summary."""
        session = self.page.session
        return [
            (self.tr("Client ID"), session.live_ids.client_id),
            (self.tr("Domain ID"), session.live_ids.domain_id),
            (
                self.tr("Secret key value"),
                self.tr("pasted, kept in this computer's keychain")
                if session.live.has_secret()
                else self.tr("missing: go Back to the Secret key page and paste it"),
            ),
        ]

    def enter(self) -> None:
        """The page opens; a change since the last check undoes that check."""
        if self._snapshot != self._wanted():
            changed = self._snapshot is not None
            self._snapshot = None
            self._outcome = None
            self._set_complete(False)
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
            self.page.banner.clear()

    def _set_complete(self, complete: bool) -> None:
        # Whatever the owner does next, an export made before belongs to an older check.
        self.complete = complete

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

    def _show_row(self, key: str, state: str | None, message: str) -> None:
        self.rows.show_state(key, state, message)

    # -- work ----------------------------------------------------------------------

    def check(self) -> None:
        """Ask XWMS: `info` for the connection, `sign-token` for the credentials."""
        import copy

        page = self.page
        if page.busy.busy:
            return
        plan = copy.deepcopy(page.plan)
        ids = page.session.live_ids
        wanted = self._wanted()
        self._set_complete(False)
        self._reset_rows()
        self._show_row("connect", "running", "")
        self.verdict.setText("")
        self.fix_button.setVisible(False)
        self.export_anyway_button.setVisible(False)
        page.apply_button.setEnabled(False)
        page.run(
            page.session.live.check(plan, ids.client_id, ids.domain_id),
            self.tr("Checking your setup with XWMS…"),
            on_done=lambda outcome: self._checked(outcome, wanted),
            on_error=self._failed,
            on_cancel=self._cancelled,
        )

    def _checked(self, outcome: Any, wanted: tuple) -> None:
        page = self.page
        page.apply_button.setEnabled(True)
        self._snapshot, self._outcome = wanted, outcome
        verification = outcome.verification
        host = page.session.api_url
        if not outcome.reached:
            self._show_row("connect", "failed", self.tr("No answer from {url}").format(url=host))
            self._show_row("credentials", "skipped", "")
            problem = outcome.problem
            page.banner.show_text(
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
            page.apply_button.setText(self.tr("&Check my setup"))
            page.retry_button.setFocus()
        elif verification.ok:
            self._show_row("connect", "ok", self.tr("XWMS answered at {url}").format(url=host))
            self._set_complete(True)
            if verification.server_side_check_needed:
                self._show_row("credentials", "warning", verification.verdict)
                self.verdict.setText(
                    self.tr(
                        "✓ The Client ID and the secret key are right. One last check must run "
                        "on your website's server; the folder for your developer explains how."
                    )
                )
                self.verdict.setStyleSheet(WARNING_STYLE)
            else:
                self._show_row("credentials", "ok", verification.verdict)
                self.verdict.setText(
                    self.tr(
                        "✓ Your setup works: XWMS accepts it. Press Next to write the folder "
                        "for your developer."
                    )
                )
                self.verdict.setStyleSheet(OK_STYLE)
            page.apply_button.setVisible(False)  # it comes back when a choice changes
            page.wiz.next_button_focus()
        else:
            self._show_row("connect", "ok", self.tr("XWMS answered at {url}").format(url=host))
            self._show_row("credentials", "failed", "")
            where = _REFUSAL_PAGES.get(verification.code or "")
            back = ""
            if where is not None:
                title = page.wiz.step_panel.titles[_page(where)]
                back = " " + self.tr(
                    "If the mistake is in what you typed or pasted into the wizard, go Back to "
                    "the {page} page and correct it."
                ).format(page=title)
            page.banner.show_text(
                self.tr("XWMS did not accept your setup yet. {fix}").format(
                    fix=verification.verdict
                )
                + back
                + " "
                + self.tr("Then press Try again."),
                verification.code or "",
            )
            self.fix_button.setVisible(True)
            self.verdict.setText(self.tr("Not working yet: what to fix is in the box below."))
            self.verdict.setStyleSheet(ERROR_STYLE)
            self.fix_button.setFocus()
        page.refresh()

    def _why_not_reached(self, problem: WizardError | None) -> str:
        from xwms_wizard.xwms import TimedOut, TlsFailed

        host = live_host(self.page.session.api_url)
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
        self.page.apply_button.setEnabled(True)
        self._show_row("connect", None, "")
        self.verdict.setText("")

    def _cancelled(self) -> None:
        self.page.apply_button.setEnabled(True)
        self._reset_rows()
        self.verdict.setText(self.tr("Stopped. Press Check my setup to check again."))
        self.verdict.setStyleSheet("")

    def go_on_unchecked(self) -> None:
        """No connection: the owner goes on; the bundle says NOT VERIFIED and why."""
        if self._outcome is None or self._outcome.reached:
            return
        self.page.flow.unchecked_accepted = True  # the owner's choice; the gate follows from it
        self._set_complete(True)
        self.export_anyway_button.setVisible(False)
        self.page.banner.clear()
        self.verdict.setText(
            self.tr(
                "Going on without the check. The folder for your developer is marked "
                "“not verified”; your developer runs the check from your server."
            )
        )
        self.verdict.setStyleSheet(WARNING_STYLE)
        self.page.refresh()
        self.page.wiz.next_button_focus()

    @property
    def verified(self) -> bool:
        return bool(self._outcome is not None and self._outcome.verified)


def live_host(api_url: str) -> str:
    """The server part of an API address ("xwms.nl"), as an owner recognises it."""
    from urllib.parse import urlsplit

    return urlsplit(api_url).netloc or api_url


def _page(name: str):
    from xwms_wizard.core.flow import Page

    return Page(name)
