"""The XWMS API address Live mode uses, folded under "Advanced" on the welcome page.

Apart from the other Live widgets (gui.live_widgets), so the first page loads only this.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QToolButton, QVBoxLayout, QWidget

from xwms_wizard.core.addresses import DEFAULT_LIVE_API_URL, normalize_live_api_url
from xwms_wizard.core.errors import WizardError
from xwms_wizard.gui.widgets import Field, emit_signal


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
