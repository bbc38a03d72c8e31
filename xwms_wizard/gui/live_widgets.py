"""Live mode's own widgets: the dashboard steps with copy buttons, the API address, the account.

Live xwms.nl has no management API, so the pages show what to click in the
XWMS dashboard (core.dashboard: the steps are written once, there) and collect
what the dashboard shows back. The pages add these widgets and show them only
in Live mode; the check has its own page (pages/check.py).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from xwms_wizard.core.addresses import DEFAULT_LIVE_API_URL
from xwms_wizard.core.dashboard import (
    DashboardSection,
    dashboard_sections,
    dashboard_text,
    dashboard_url_for,
)
from xwms_wizard.core.models import SetupPlan
from xwms_wizard.core.scopes import scope_text
from xwms_wizard.gui.widgets import (
    NOTE_STYLE,
    OK_STYLE,
    Field,
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
        sections: Callable[..., list[DashboardSection]] = dashboard_sections,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.wiz = wizard
        self.keys = tuple(keys)
        self._sections_of = sections  # the setup's steps, or the optional parts (people)
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
        sections = self._sections_of(plan, titles)
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


def live_host(api_url: str) -> str:
    """The server part of an API address ("xwms.nl"), as an owner recognises it."""
    from urllib.parse import urlsplit

    return urlsplit(api_url).netloc or api_url

