"""Every question the wizard asks in a dialog, behind one object that tests replace in one place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class Prompts(QObject):
    """Message boxes, file pickers and "open this folder", for one parent window."""

    RESUME_CONTINUE = "continue"
    RESUME_START_OVER = "start_over"

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent

    def confirm_close(self, text: str) -> bool:
        """True when the owner really wants to close now."""
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Close the wizard?"))
        box.setText(text)
        close = box.addButton(self.tr("Close anyway"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("Keep working"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.exec()
        return box.clickedButton() is close

    def ask_resume(self, text: str) -> str:
        """RESUME_CONTINUE or RESUME_START_OVER for a setup that stopped half-way."""
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Continue your setup?"))
        box.setText(self.tr("An earlier setup stopped before it was finished."))
        box.setInformativeText(text)
        resume = box.addButton(self.tr("Continue it"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Start over"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(resume)
        box.exec()
        return self.RESUME_CONTINUE if box.clickedButton() is resume else self.RESUME_START_OVER

    def choose_folder(self, start: str) -> str:
        """A folder the owner picked, or "" when they cancelled."""
        return QFileDialog.getExistingDirectory(
            self._window, self.tr("Choose where to save the handoff bundle"), start
        )

    def choose_logo(self, start: str) -> str:
        """An image file the owner picked, or "" when they cancelled."""
        path, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Choose your logo"),
            start,
            self.tr("Images (*.png *.svg)"),
        )
        return path

    def open_folder(self, path: Path) -> bool:
        """Show the folder in the system's file manager."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def open_url(self, url: str) -> bool:
        """Open a web page (the XWMS dashboard) in the system's browser."""
        return QDesktopServices.openUrl(QUrl(url))
