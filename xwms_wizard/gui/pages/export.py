"""Export page: write the developer's handoff bundle into a folder, with or without the secret."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QVBoxLayout, QWidget

from xwms_wizard.core.export import handoff_facts
from xwms_wizard.core.flow import Page
from xwms_wizard.gui.pages.base import BasePage
from xwms_wizard.gui.prompts import Prompts
from xwms_wizard.gui.widgets import (
    OK_STYLE,
    WARNING_STYLE,
    Field,
    Toggle,
    add_row,
    button,
    checkbox,
    combo,
    line_edit,
    wrapped_label,
)
from xwms_wizard.handoff.bundle import HANDOFF_LANGUAGES, existing_bundle
from xwms_wizard.i18n import LANGUAGES, current_language


def default_export_dir() -> str:
    """The owner's Documents folder (their home folder where there is none)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents or str(Path.home())


class ExportPage(BasePage):
    page = Page.EXPORT

    def build(self) -> None:
        self.setTitle(self.tr("The folder for your developer"))
        self.setSubTitle(self.tr("Everything your developer needs, in one folder."))
        self.add_help(
            self.tr(
                "The wizard writes a folder (the handoff bundle) with the settings your "
                "developer needs: a .env file with the Client ID, the website, the callback "
                "URL and the API address, a HANDOFF.md with instructions, and a safe copy "
                "without the secret key that they may keep in their code. You send this "
                "folder to your developer."
            )
        )
        self._build_folder_row()
        self._build_secret_choice()
        self._build_bundle_options()
        self._build_actions()
        self.body.addStretch(1)

        self.browse_button.clicked.connect(self._browse)
        self.export_button.clicked.connect(self.export)
        self.open_button.clicked.connect(self._open)
        self.include_check.toggled.connect(self._changed)
        self.dir_edit.textChanged.connect(self._changed)
        self._secret_available = False

    def _build_folder_row(self) -> None:
        form = QFormLayout()
        self.dir_edit = line_edit(self, "exportDirEdit", self.tr("Save the folder in"))
        self.browse_button = button(
            self,
            "exportBrowseButton",
            self.tr("B&rowse…"),
            self.tr("Choose where to save the folder"),
        )
        self.dir_field = Field(self.dir_edit, extra=[self.browse_button])
        add_row(form, self.tr("&Save in:"), self.dir_field, self.dir_edit)
        self.body.addLayout(form)

    def _build_secret_choice(self) -> None:
        """Whether the secret goes into .env, with what that means for sending the folder."""
        self.include_check = checkbox(
            self,
            "includeSecretCheck",
            self.tr("Put the secret &key in the .env file"),
            self.tr("Put the secret key in the .env file"),
        )
        self.body.addWidget(
            Toggle(
                self.include_check,
                self.tr("Secret key in the file"),
                self.tr(
                    "On: the .env file is complete and your developer can start at once, but "
                    "the folder must then be sent safely (for example a shared password "
                    "manager or an encrypted link), never as a plain e-mail attachment. "
                    "Off: the file has an empty place for the key, and you give the key to "
                    "your developer separately, for example over the phone."
                ),
            )
        )
        self.include_warning = wrapped_label(
            object_name="includeSecretWarning", style=WARNING_STYLE
        )
        self.include_warning.setContentsMargins(24, 0, 0, 0)
        self.body.addWidget(self.include_warning)

    def _build_bundle_options(self) -> None:
        """The language of the developer's instructions, and the zip file."""
        language_row = QFormLayout()
        language_row.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.handoff_language_combo = combo(
            self,
            "handoffLanguageCombo",
            self.tr("Language of the instructions for your developer"),
        )
        for code in HANDOFF_LANGUAGES:
            self.handoff_language_combo.addItem(LANGUAGES[code], code)
        add_row(language_row, self.tr("&Instructions in:"), self.handoff_language_combo)
        self.body.addLayout(language_row)
        # HANDOFF.md is for developers, in English or Dutch: an owner who reads the wizard in
        # another language is told so in it.
        self.handoff_language_note = wrapped_label(object_name="handoffLanguageNote", hidden=True)
        self.body.addWidget(self.handoff_language_note)
        self.zip_check = checkbox(
            self,
            "exportZipCheck",
            self.tr("Also make a .&zip file (easier to send)"),
            self.tr("Also make a zip file"),
        )
        self.body.addWidget(self.zip_check)

    def _build_actions(self) -> None:
        """Write the folder, what was written, and Open folder."""
        row = QHBoxLayout()
        self.export_button = button(
            self, "exportButton", self.tr("&Write the folder"), self.tr("Write the folder")
        )
        row.addWidget(self.export_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.result_label = wrapped_label(object_name="exportResultLabel", style=OK_STYLE)
        self.body.addWidget(self.result_label)
        open_row = QHBoxLayout()
        self.open_button = button(
            self, "openFolderButton", self.tr("&Open folder"), self.tr("Open the folder")
        )
        self.open_button.setVisible(False)
        open_row.addWidget(self.open_button)
        open_row.addStretch(1)
        self.body.addLayout(open_row)
        self._build_open_failed()
        self.notes_label = wrapped_label(object_name="exportNotesLabel", style=WARNING_STYLE)
        self.body.addWidget(self.notes_label)

    def _build_open_failed(self) -> None:
        """Where this computer cannot open a folder: its path, to copy, and that it failed."""
        self.open_failed = QWidget(self)
        self.open_failed.setObjectName("openFolderFailed")
        box = QVBoxLayout(self.open_failed)
        box.setContentsMargins(0, 0, 0, 0)
        self.open_failed_label = wrapped_label(
            self.tr("This computer could not open the folder. You find it at this path:"),
            object_name="openFolderFailedLabel",
            style=WARNING_STYLE,
        )
        box.addWidget(self.open_failed_label)
        row = QHBoxLayout()
        self.path_edit = line_edit(self.open_failed, "bundlePathEdit", self.tr("Folder path"))
        self.path_edit.setReadOnly(True)
        row.addWidget(self.path_edit, 1)
        self.copy_path_button = button(
            self.open_failed, "copyPathButton", self.tr("&Copy"), self.tr("Copy the folder path")
        )
        row.addWidget(self.copy_path_button)
        box.addLayout(row)
        self.path_copied_label = wrapped_label(
            object_name="pathCopiedLabel", style=OK_STYLE, hidden=True
        )
        box.addWidget(self.path_copied_label)
        self.open_failed.setVisible(False)
        self.body.addWidget(self.open_failed)
        self.copy_path_button.clicked.connect(self._copy_path)

    @property
    def written(self) -> list[Any]:
        """Every folder written in this run, oldest first (the wizard state keeps them)."""
        return self.session.state.bundles

    # -- state ---------------------------------------------------------------------

    def load(self) -> None:
        self.dir_edit.setText(self.wiz.documents_dir or default_export_dir())

    def on_enter(self) -> None:
        self.handoff_language_note.setText(
            self.tr(
                "The instructions are for your developer, so they come in English or Dutch "
                "only. Everything else in the folder is the same in any language."
            )
        )
        self.handoff_language_note.setVisible(current_language() not in HANDOFF_LANGUAGES)
        result = self.session.result
        self._secret_available = bool(result and self.session.secret_value(result))
        self.include_check.setEnabled(self._secret_available)
        if not self._secret_available:
            self.include_check.setChecked(False)
        if not self.flow.exported:
            self.result_label.clear()
            self.notes_label.clear()
            self.open_button.setVisible(False)
            self.open_failed.setVisible(False)
        self._changed()

    def focus_target(self):
        return None if self.flow.exported else self.export_button

    def _changed(self) -> None:
        if not self._secret_available:
            text = self.tr(
                "The secret key is not on this computer, so it cannot go in the file. Your "
                "developer needs it from wherever it was kept."
            )
        elif self.include_check.isChecked():
            text = self.tr(
                "Anyone who gets this folder can act as your website. Send it only over a "
                "safe channel, and delete your copy once your developer has it."
            )
        else:
            text = (
                self.tr(
                    "You will give your developer the secret key separately; it is in this "
                    "computer's keychain."
                )
                if self.session.secrets.persistent
                else self.tr(
                    "You will give your developer the secret key separately; copy it from the "
                    "previous page before closing the wizard."
                )
            )
        self.include_warning.setText(text)
        folder = self.dir_edit.text().strip()
        if not folder:
            self.dir_field.show_message(
                error=self.tr("Folder: choose where to save the folder for your developer.")
            )
        elif not Path(folder).expanduser().is_dir():
            self.dir_field.show_message(
                note=self.tr("This folder does not exist yet; the wizard will make it.")
            )
        else:
            self.dir_field.clear()
        self.export_button.setEnabled(bool(folder) and not self.busy.busy)
        self.refresh()

    def _browse(self) -> None:
        chosen = self.wiz.prompts.choose_folder(self.dir_edit.text() or default_export_dir())
        if chosen:
            self.dir_edit.setText(chosen)

    def page_valid(self) -> bool:
        return self.flow.exported

    # -- work ----------------------------------------------------------------------

    def export(self) -> None:
        result = self.session.result
        folder = self.dir_edit.text().strip()
        if result is None or not folder or self.busy.busy:
            return
        dest = Path(folder).expanduser()
        earlier = self._earlier_bundle(result, dest)
        if earlier is None:
            self._write(dest, None)
            return
        self.export_button.setEnabled(False)  # one question at a time
        self.wiz.prompts.ask_existing_bundle(
            earlier.name, lambda choice: self._answered(dest, choice)
        )

    def _answered(self, dest: Path, choice: str) -> None:
        if choice == Prompts.EXISTING_CANCEL:
            self.export_button.setEnabled(True)
            self.export_button.setFocus()
            return
        self._write(dest, choice)

    def _write(self, dest: Path, choice: str | None) -> None:
        """Write the bundle into `dest`; `choice` is the owner's answer, None if not asked."""
        result = self.session.result
        if result is None or self.busy.busy:
            return
        self.export_button.setEnabled(False)
        self.run(
            self.session.export(
                result,
                dest,
                include_secret=self.include_check.isChecked(),
                make_zip=self.zip_check.isChecked(),
                language=self.handoff_language_combo.currentData() or "en",
                # Not asked: the name was free a moment ago; if a bundle appears meanwhile,
                # the new one gets a -2 name rather than taking its place.
                existing=choice or Prompts.EXISTING_KEEP_BOTH,
            ),
            self.tr("Writing the folder…"),
            on_done=lambda bundle: self._written(bundle, choice),
            on_error=self._failed,
        )

    def _earlier_bundle(self, result, dest: Path) -> Path | None:
        """A folder (or zip) for the developer of this client and day already in `dest`."""
        facts = handoff_facts(result, catalogue=[], test_mode=False, sandbox=False)
        return existing_bundle(facts, dest)

    def _written(self, bundle, choice: str | None = None) -> None:
        if choice == Prompts.EXISTING_REPLACE:
            text = self.tr("✓ Written to {path}, in place of the earlier folder").format(
                path=bundle.path
            )
        elif choice == Prompts.EXISTING_KEEP_BOTH:
            text = self.tr("✓ Written to {path}, next to the earlier folder").format(
                path=bundle.path
            )
        else:
            text = self.tr("✓ Written to {path}").format(path=bundle.path)
        if getattr(bundle, "zip_path", None):
            text += "\n" + self.tr("Zip file: {path}").format(path=bundle.zip_path)
        self.result_label.setText(text)
        self.notes_label.setText("\n".join(getattr(bundle, "skipped_values", []) or []))
        self.open_button.setVisible(True)
        self.open_failed.setVisible(False)  # about the folder written before, if any
        self.export_button.setEnabled(True)
        self._changed()  # the folder exists now: "does not exist yet" goes
        self.wiz.next_button_focus()

    def _failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)

    def _open(self) -> None:
        bundle = self.session.bundle
        if bundle is None:
            return
        if self.wiz.prompts.open_folder(Path(bundle.path)):
            self.open_failed.setVisible(False)
            return
        # No file manager to hand it to (Qt says so only on stderr): say so, and give the path.
        self.path_edit.setText(str(bundle.path))
        self.path_edit.setCursorPosition(0)
        self.path_copied_label.setVisible(False)
        self.open_failed.setVisible(True)
        self.refresh()
        self.copy_path_button.setFocus()

    def _copy_path(self) -> None:
        QGuiApplication.clipboard().setText(self.path_edit.text())
        self.path_copied_label.setText(
            self.tr(
                "Copied. Paste it where you look for files, such as a file window's address bar."
            )
        )
        self.path_copied_label.setVisible(True)
