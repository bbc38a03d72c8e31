"""Every question the wizard asks in a dialog, behind one object that tests replace in one place."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class Prompts(QObject):
    """Message boxes, file pickers and "open this folder", for one parent window."""

    RESUME_CONTINUE = "continue"
    RESUME_START_OVER = "start_over"
    # The first two are also write_bundle's `existing` choices.
    EXISTING_REPLACE = "replace"
    EXISTING_KEEP_BOTH = "keep_both"
    EXISTING_CANCEL = "cancel"

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

    def confirm_action(self, title: str, text: str, yes: str) -> bool:
        """True when the owner confirms an action that cannot be undone (`yes` names it)."""
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(text)
        go = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is go

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

    def ask_existing_bundle(self, name: str, answer: Callable[[str], None]) -> None:
        """Ask whether to replace the folder for the developer called `name` that is already
        where the new one would go, or to keep both; `answer` is called with EXISTING_REPLACE,
        EXISTING_KEEP_BOTH or EXISTING_CANCEL once the owner has chosen.

        Unlike the other questions this one does not wait in a loop of its own: the box is
        modal to the window, and the page goes on from `answer`.
        """
        box, answers = self.existing_bundle_box(name)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(
            lambda _result: answer(answers.get(box.clickedButton(), self.EXISTING_CANCEL))
        )
        box.open()

    def existing_bundle_box(self, name: str) -> tuple[QMessageBox, dict[object, str]]:
        """The question of `ask_existing_bundle`, not yet shown, and its answer per button."""
        box = QMessageBox(self._window)
        box.setObjectName("existingBundleBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Write the folder again?"))
        box.setAccessibleName(self.tr("A folder for your developer is already there"))
        box.setText(
            self.tr(
                "A folder for your developer was already written here: {name}. Replace it, or "
                "keep both?"
            ).format(name=name)
        )
        box.setInformativeText(
            self.tr(
                "Replace: the new folder takes the place of the old one. Keep both: the new "
                "folder is saved next to it, with a number added to its name. Cancel: nothing "
                "is written."
            )
        )
        replace = box.addButton(self.tr("&Replace"), QMessageBox.ButtonRole.DestructiveRole)
        replace.setObjectName("replaceBundleButton")
        replace.setAccessibleName(self.tr("Replace the folder that is already there"))
        keep = box.addButton(self.tr("&Keep both"), QMessageBox.ButtonRole.AcceptRole)
        keep.setObjectName("keepBothBundlesButton")
        keep.setAccessibleName(self.tr("Keep both folders"))
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        cancel.setObjectName("cancelBundleButton")
        cancel.setAccessibleName(self.tr("Cancel: write nothing"))
        box.setDefaultButton(keep)
        box.setEscapeButton(cancel)
        answers: dict[object, str] = {
            replace: self.EXISTING_REPLACE,
            keep: self.EXISTING_KEEP_BOTH,
            cancel: self.EXISTING_CANCEL,
        }
        return box, answers

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
