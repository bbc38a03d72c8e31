"""Scopes page: what the website may read about people who log in; least privilege by default."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from xwms_wizard.core.flow import Mode, Page
from xwms_wizard.core.scopes import scope_text
from xwms_wizard.gui.live_widgets import DashboardStepsPanel
from xwms_wizard.gui.pages.base import BasePage
from xwms_wizard.gui.widgets import WARNING_STYLE, button, wrapped_label


class ScopesPage(BasePage):
    page = Page.SCOPES

    def build(self) -> None:
        self.setTitle(self.tr("What may your website read?"))
        self.setSubTitle(self.tr("Tick only what your website really needs."))
        self.add_help(
            self.tr(
                "When someone logs in, XWMS tells your website who they are. Each “scope” "
                "below allows your website to read one more kind of information about that "
                "person. Ask for as little as possible: people trust a website more when it "
                "does not ask for everything, and what your website never receives cannot "
                "leak. The basic profile (name and e-mail) is enough for most websites. Some "
                "scopes are only for businesses that XWMS has checked (Verified Partners)."
            )
        )
        self.scope_list = QListWidget(self)
        self.scope_list.setObjectName("scopeList")
        self.scope_list.setAccessibleName(self.tr("Scopes"))
        self.scope_list.setAccessibleDescription(
            self.tr("Press Space to tick or untick the selected scope.")
        )
        self.scope_list.setWordWrap(True)
        self.scope_list.setSpacing(3)
        self.scope_list.setAlternatingRowColors(True)
        self.body.addWidget(self.scope_list, 1)
        self.none_warning = wrapped_label(
            object_name="scopeListError", style=WARNING_STYLE, hidden=True
        )
        self.body.addWidget(self.none_warning)
        # Live mode: what to tick in the dashboard's Client Scopes.
        self.live_steps = DashboardStepsPanel(self.wiz, ("scopes",), parent=self)
        self.live_steps.setVisible(False)
        self.body.addWidget(self.live_steps)
        self.reload_button = button(self, "scopesRetryButton", self.tr("&Try again"))
        self.banner.add_button(self.reload_button)
        self.reload_button.clicked.connect(self._load_catalogue)
        self.scope_list.itemChanged.connect(self._item_changed)
        self._filling = False

    # -- state ---------------------------------------------------------------------

    def on_enter(self) -> None:
        self.live_steps.setVisible(self.flow.mode is Mode.LIVE)
        if not self.session.scopes and self.session.signed_in:
            self._load_catalogue()
        else:
            self._fill()

    def _load_catalogue(self) -> None:
        self.run(
            self.session.load_scopes(),
            self.tr("Loading the list of scopes…"),
            on_done=lambda _scopes: self._fill(),
        )

    def _fill(self) -> None:
        wanted = set(self.plan.scopes.keys)
        verified = bool(getattr(self.session.account, "verified_partner", False))
        self._filling = True
        self.scope_list.clear()
        for scope in self.session.scopes:
            locked = scope.requires_verification and not verified
            item = QListWidgetItem(self._row_text(scope, locked))
            item.setData(Qt.ItemDataRole.UserRole, scope.key)
            item.setToolTip(scope.key)
            flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
            if not locked:
                flags |= Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags)
            item.setCheckState(
                Qt.CheckState.Checked
                if scope.key in wanted and not locked
                else Qt.CheckState.Unchecked
            )
            self.scope_list.addItem(item)
        if self.scope_list.count():
            self.scope_list.setCurrentRow(0)
        self._filling = False
        self._write_back()

    def _row_text(self, scope, locked: bool) -> str:
        """A scope's row: its title, what it is for, and (once) whether it is for Verified
        Partners only."""
        title, description = scope_text(scope.title), scope_text(scope.description)
        if locked:
            return self.tr(
                "{title}  (only for Verified Partners)\n{description}\nTo become one, apply "
                "once this client exists: on the wizard's “People and access” page (Check or "
                "change a setup I already have), or in the XWMS dashboard's Verification Center."
            ).format(title=title, description=description)
        if scope.requires_verification:
            return self.tr(
                "{title}  (for Verified Partners: your business is one)\n{description}"
            ).format(title=title, description=description)
        return f"{title}\n{description}"

    def _item_changed(self, item: QListWidgetItem) -> None:
        if not self._filling:
            # Ticking a row's box with the mouse leaves Qt's highlight where it was: it follows
            # the row the owner just ticked, so Space and the arrow keys go on from there.
            self.scope_list.setCurrentItem(item)
            self._write_back()

    def _write_back(self) -> None:
        keys = []
        for row in range(self.scope_list.count()):
            item = self.scope_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                keys.append(item.data(Qt.ItemDataRole.UserRole))
        self.plan.scopes.keys = keys
        self.none_warning.setText(
            self.tr(
                "With nothing ticked, your website learns only a number that stands for the "
                "person, not their name or e-mail. That is fine if your website needs no more."
            )
        )
        self.none_warning.setVisible(not keys and self.scope_list.count() > 0)
        if self.flow.mode is Mode.LIVE:
            self.live_steps.show_plan(self.plan)
        self.refresh()

    def focus_target(self):
        return self.scope_list

    def page_valid(self) -> bool:
        return self.scope_list.count() > 0
