"""Client page: a name for the website's connection (suggested from free text), or an old one."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit

from xwms_wizard.core.flow import Page
from xwms_wizard.core.validate import check_client_name
from xwms_wizard.gui.pages.base import BasePage
from xwms_wizard.gui.widgets import Field, wrapped_label


class ClientPage(BasePage):
    page = Page.CLIENT

    def build(self) -> None:
        self.setTitle(self.tr("Name the client"))
        self.setSubTitle(self.tr("A client is your website's connection to XWMS."))
        self.add_help(
            self.tr(
                "XWMS calls each website or app that uses Log in with XWMS a “client”. Its name "
                "is for you and your developer, so you can tell your clients apart; visitors "
                "do not see it. Use lowercase letters, digits and hyphens, such as "
                "“my-bakery-shop”. If you already made a client for this website, pick it "
                "from the list instead: the wizard then adds to it."
            )
        )
        form = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("clientNameEdit")
        self.name_edit.setAccessibleName(self.tr("Client name"))
        self.name_edit.setPlaceholderText(self.tr("such as my-bakery-shop"))
        self.name_field = Field(
            self.name_edit,
            topic=self.tr("Client name"),
            help_text=self.tr(
                "Type anything, such as your shop's name: the wizard suggests a name XWMS "
                "accepts, and you can use it with one click."
            ),
        )
        form.addRow(self.tr("Client na&me:"), self.name_field)
        form.labelForField(self.name_field).setBuddy(self.name_edit)

        self.existing_combo = QComboBox(self)
        self.existing_combo.setObjectName("existingClientCombo")
        self.existing_combo.setAccessibleName(self.tr("Use an existing client"))
        self.existing_field = Field(
            self.existing_combo,
            topic=self.tr("Existing clients"),
            help_text=self.tr(
                "Clients you made before, in this account. Choose one to add this website to "
                "it (for example a second address of the same shop). Choose “Make a new "
                "client” to start fresh."
            ),
        )
        form.addRow(self.tr("Or &use:"), self.existing_field)
        form.labelForField(self.existing_field).setBuddy(self.existing_combo)
        self.body.addLayout(form)
        self.existing_note = wrapped_label(object_name="existingClientNote")
        self.body.addWidget(self.existing_note)
        self.body.addStretch(1)

        self.name_edit.textChanged.connect(self._name_changed)
        self.existing_combo.currentIndexChanged.connect(self._existing_changed)
        self._typed = ""  # the owner's own text while an existing client is picked
        self._valid = False

    # -- state ---------------------------------------------------------------------

    def _existing_names(self) -> list[str]:
        return [client.name for client in self.session.clients]

    def load(self) -> None:
        self.name_edit.setText(self.plan.client.name)

    def on_enter(self) -> None:
        self._fill_existing()
        self._name_changed()

    def _fill_existing(self) -> None:
        wanted = self.plan.client.name
        self.existing_combo.blockSignals(True)
        self.existing_combo.clear()
        self.existing_combo.addItem(self.tr("Make a new client"), "")
        for client in self.session.clients:
            self.existing_combo.addItem(
                self.tr("{name}  (Client ID {client_id})").format(
                    name=client.name, client_id=client.client_id
                ),
                client.name,
            )
        index = self.existing_combo.findData(wanted) if wanted else 0
        self.existing_combo.setCurrentIndex(max(index, 0))
        self.existing_combo.setEnabled(bool(self.session.clients))
        self.existing_combo.blockSignals(False)
        self._apply_existing_state()

    def _picked(self) -> str:
        return self.existing_combo.currentData() or ""

    def _existing_changed(self) -> None:
        picked = self._picked()
        if picked:
            if not self.name_edit.isReadOnly():
                self._typed = self.name_edit.text()
            self.name_edit.setText(picked)
        else:
            self.name_edit.setText(self._typed)
        self._apply_existing_state()
        self._name_changed()

    def _apply_existing_state(self) -> None:
        picked = self._picked()
        self.name_edit.setReadOnly(bool(picked))
        if picked:
            self.existing_note.setText(
                self.tr(
                    "The wizard adds your website to the existing client “{name}”. Nothing "
                    "already in it is removed."
                ).format(name=picked)
            )
        elif self.session.clients:
            self.existing_note.setText("")
        else:
            self.existing_note.setText(self.tr("This account has no clients yet."))

    def _name_changed(self) -> None:
        text = self.name_edit.text()
        picked = self._picked()
        if picked:
            self._valid = True
            self.plan.client.name = picked
            self.name_field.clear()
            self.name_field.set_suggestion("")
        else:
            check = check_client_name(text, self._existing_names())
            self._valid = check.ok
            self.plan.client.name = check.value if check.ok else text.strip()
            if not text.strip():
                # Nothing typed yet: no red text, just the empty field and a disabled Next.
                self.name_field.clear()
            else:
                self.name_field.show_check(check)
            self.name_field.set_suggestion("" if check.ok else check.hint)
        self.refresh()

    def focus_target(self):
        return self.existing_combo if self.name_edit.isReadOnly() else self.name_edit

    def page_valid(self) -> bool:
        return self._valid
