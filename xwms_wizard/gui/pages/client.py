"""Client page: a name for the website's connection (built from free text), or an old one."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QVBoxLayout, QWidget

from xwms_wizard.core.flow import Mode, Page
from xwms_wizard.core.validate import build_client_name, check_client_id
from xwms_wizard.gui.live_widgets import DashboardStepsPanel, pasted_id_field
from xwms_wizard.gui.pages.base import BasePage
from xwms_wizard.gui.widgets import Field, add_row, combo, line_edit, wrapped_label


class ClientPage(BasePage):
    page = Page.CLIENT
    scrollable = True  # Live mode adds the dashboard steps and the Client ID

    def build(self) -> None:
        self.setTitle(self.tr("Name the client"))
        self.setSubTitle(self.tr("A client is your website's connection to XWMS."))
        self.add_help(
            self.tr(
                "XWMS calls each website or app that uses Log in with XWMS a “client”. Its name "
                "is for you and your developer, so you can tell your clients apart; visitors "
                "do not see it. Type any name, such as your shop's name: the wizard turns it "
                "into a name XWMS accepts (lowercase letters, digits and hyphens) and shows it "
                "under the field. If you already made a client for this website, pick it from "
                "the list instead: the wizard then adds to it."
            )
        )
        form = QFormLayout()
        self.name_edit = line_edit(
            self, "clientNameEdit", self.tr("Client name"), self.tr("such as My Bakery Shop")
        )
        self.name_field = Field(
            self.name_edit,
            topic=self.tr("Client name"),
            help_text=self.tr(
                "Type anything, such as your shop's name. XWMS needs a name of lowercase "
                "letters, digits and hyphens, so the wizard makes one from what you type "
                "(“Bakery Smith & Co.” becomes “bakery-smith-co”) and shows it right "
                "under the field. That is the name your client gets."
            ),
        )
        add_row(form, self.tr("Client na&me:"), self.name_field, self.name_edit)
        # "Your client will be called …": the name the wizard built, right under the input.
        self.built_label = wrapped_label(object_name="clientNameBuilt", rich=True, hidden=True)
        self.built_label.setAccessibleName(self.tr("The client's name"))
        self.name_field.layout().insertWidget(1, self.built_label)

        self.existing_combo = combo(self, "existingClientCombo", self.tr("Use an existing client"))
        self.existing_field = Field(
            self.existing_combo,
            topic=self.tr("Existing clients"),
            help_text=self.tr(
                "Clients you made before, in this account. Choose one to add this website to "
                "it (for example a second address of the same shop). Choose “Make a new "
                "client” to start fresh."
            ),
        )
        add_row(form, self.tr("Or &use:"), self.existing_field, self.existing_combo)
        self.body.addLayout(form)
        self.existing_form = form
        self.existing_note = wrapped_label(object_name="existingClientNote")
        self.body.addWidget(self.existing_note)
        self._build_live()
        self.body.addStretch(1)

        self.name_edit.textChanged.connect(self._name_changed)
        self.existing_combo.currentIndexChanged.connect(self._existing_changed)
        self._typed = ""  # the owner's own text while an existing client is picked
        self._own_text = ""  # what the owner typed, from which the plan's name was built
        self._valid = False

    def _build_live(self) -> None:
        """Live mode: the dashboard steps for the client, and the Client ID it shows back."""
        self.live_box = QWidget(self)
        box = QVBoxLayout(self.live_box)
        box.setContentsMargins(0, 6, 0, 0)
        self.live_steps = DashboardStepsPanel(self.wiz, ("client",), parent=self.live_box)
        box.addWidget(self.live_steps)
        self.client_id_edit, self.client_id_field = pasted_id_field(
            self.live_box,
            name="clientIdEdit",
            accessible=self.tr("Client ID"),
            topic=self.tr("Client ID"),
            help_text=self.tr(
                "After you save the client, the XWMS dashboard shows its Client ID: a code "
                "that names your client. Copy it there and paste it here; the wizard needs it "
                "to check your setup, and your developer needs it too."
            ),
        )
        ids = QFormLayout()
        add_row(ids, self.tr("Client &ID:"), self.client_id_field, self.client_id_edit)
        box.addLayout(ids)
        self.live_box.setVisible(False)
        self.body.addWidget(self.live_box)
        self.client_id_edit.textChanged.connect(self._client_id_changed)
        self._client_id_ok = False

    def _live(self) -> bool:
        return self.flow.mode is Mode.LIVE

    def _show_mode(self) -> None:
        live = self._live()
        self.live_box.setVisible(live)
        # The dashboard lists the account's clients itself; the wizard cannot see them.
        self.existing_form.setRowVisible(self.existing_field, not live)
        self.existing_note.setVisible(not live)

    def _client_id_changed(self) -> None:
        text = self.client_id_edit.text()
        check = check_client_id(text)
        self._client_id_ok = check.ok
        if not text.strip():
            self.client_id_field.show_message(
                note=self.tr("Paste the Client ID here when the dashboard shows it (step 4).")
            )
        else:
            self.client_id_field.show_check(check)
        self.refresh()

    # -- state ---------------------------------------------------------------------

    def _existing_names(self) -> list[str]:
        return [client.name for client in self.session.clients]

    def load(self) -> None:
        name = self.plan.client.name
        # The owner's own words come back when the plan still holds the name built from them.
        own = self._own_text
        built = build_client_name(own, self._existing_names()) if own else None
        keep = built is not None and built.ok and built.value == name
        self.name_edit.setText(own if keep else name)
        self.client_id_edit.setText(self.session.live_ids.client_id)

    def carry_over(self, old: BasePage) -> None:
        self._own_text = getattr(old, "_own_text", "")

    def on_enter(self) -> None:
        self._show_mode()
        self._fill_existing()
        self._name_changed()
        if self._live():
            self._client_id_changed()

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
        picked = self._picked()
        if picked and not self.wiz.has_server(picked) and not self.busy.busy:
            # Back on this page with the client already chosen (a resumed setup): read what it
            # has for Review, and keep the owner's choices in the pages.
            self._observe(picked, adopt=False)

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
            self.wiz.adopt_server(None)
        self._apply_existing_state()
        self._name_changed()
        if picked:
            self._observe(picked, adopt=True)

    def _observe(self, name: str, *, adopt: bool) -> None:
        """Load what the picked client has; with `adopt`, every page then shows it as XWMS has it
        (the owner just picked it), else only Review's comparison uses it (a resumed plan)."""
        self.run(
            self.session.observe(name),
            self.tr("Reading what “{name}” already has…").format(name=name),
            on_done=lambda state: self._observed(name, state, adopt),
        )

    def _observed(self, name: str, state, adopt: bool) -> None:
        if name != self._picked():
            return  # the owner picked another one meanwhile
        if adopt:
            self.wiz.adopt_server(state)
        self.refresh()

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
        picked = self._picked()
        if picked:
            self._valid = True
            self.plan.client.name = picked  # an existing client keeps its exact name
            self.name_field.clear()
            self.name_field.set_suggestion("")
            self._show_built("")
        else:
            text = self.name_edit.text()
            self._own_text = text
            check = build_client_name(text, self._existing_names())
            self._valid = check.ok
            self.plan.client.name = check.value if check.ok else text.strip()
            # A refusal with only a note is no error: nothing typed yet, or still typing.
            self.name_field.show_check(check, note=check.note)
            self.name_field.set_suggestion(check.hint if not check.ok else "")
            self._show_built(check.value if check.ok else "")
        if self._live():
            self.live_steps.show_plan(self.plan)
        self.refresh()

    def _show_built(self, name: str) -> None:
        """"Your client will be called …" under the field, and for screen readers on it."""
        if name:
            text = self.tr("Your client will be called {name}.").format(name=f"<b>{name}</b>")
            said = self.tr("Your client will be called {name}.").format(name=name)
            described = self.name_edit.accessibleDescription()
            self.name_edit.setAccessibleDescription(" ".join(t for t in (said, described) if t))
        else:
            text = ""
        self.built_label.setText(text)
        self.built_label.setVisible(bool(name))

    def focus_target(self):
        return self.existing_combo if self.name_edit.isReadOnly() else self.name_edit

    def page_valid(self) -> bool:
        if self._live():
            return self._valid and self._client_id_ok
        picked = self._picked()
        if picked and not self.wiz.has_server(picked):
            return False  # still reading it (or the reading failed: pick it again)
        return self._valid

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        if self._live():
            self.session.live.set_client_id(self.client_id_edit.text())
        return True
