"""A new secret key, shown once: masked, with Show and Copy (the clipboard empties itself).

Used where a key is made: Review (the first setup) and Renew the key. Leaving the page
takes the value off the screen for good (`take_off_screen`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from xwms_wizard.gui.widgets import (
    OK_STYLE,
    WARNING_STYLE,
    button,
    line_edit,
    mask_secret,
    wrapped_label,
)

if TYPE_CHECKING:
    from xwms_wizard.gui.host import WizardHost


class SecretBox(QGroupBox):
    def __init__(self, wizard: WizardHost, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Your new secret key (shown once)"), parent)
        self.wiz = wizard
        self.setObjectName("newSecretBox")
        box = QVBoxLayout(self)
        self.intro = wrapped_label(self.tr(
            "XWMS shows this key only now. Your developer needs it; anyone else who has it "
            "could pretend to be your website, so treat it like a password."
        ))
        box.addWidget(self.intro)
        row = QHBoxLayout()
        self.edit = line_edit(self, "newSecretValueEdit", self.tr("New secret key"))
        self.edit.setReadOnly(True)
        mask_secret(self.edit)
        row.addWidget(self.edit, 1)
        self.reveal = button(self, "newSecretRevealButton", self.tr("&Show"),
                             self.tr("Show the new secret key"), checkable=True)
        self.copy = button(self, "newSecretCopyButton", self.tr("C&opy"),
                           self.tr("Copy the new secret key"))
        row.addWidget(self.reveal)
        row.addWidget(self.copy)
        box.addLayout(row)
        self.note = wrapped_label(object_name="newSecretNote")
        box.addWidget(self.note)
        self.reveal.toggled.connect(self._reveal)
        self.copy.clicked.connect(self._copy)
        self.setVisible(False)

    def show_value(self, value: str, *, kept: bool) -> None:
        """Show `value` masked; `kept`: it is in the keychain too (else: now is the moment)."""
        self.edit.setText(value)
        self.reveal.setChecked(False)
        if kept:
            self.note.setText(self.tr(
                "✓ Saved in this computer's keychain, so the wizard can put it in the folder "
                "for your developer on the next page."
            ))
            self.note.setStyleSheet(OK_STYLE)
        else:
            self.note.setText(self.tr(
                "This computer has no keychain, so the key is kept only while the wizard is "
                "open. Put it in the folder for your developer on the next page, or copy it "
                "into your password manager now."
            ))
            self.note.setStyleSheet(WARNING_STYLE)
        self.setVisible(True)

    def take_off_screen(self) -> None:
        self.edit.clear()
        self.setVisible(False)

    def _reveal(self, shown: bool) -> None:
        if shown:
            self.edit.setEchoMode(QLineEdit.EchoMode.Normal)
        else:
            mask_secret(self.edit)
        self.reveal.setText(self.tr("&Hide") if shown else self.tr("&Show"))

    def _copy(self) -> None:
        if self.edit.text():
            self.wiz.clipboard.copy(self.edit.text())
            self.note.setText(self.tr(
                "Copied. The wizard empties the clipboard in 60 seconds if the key is still there."
            ))
