"""Welcome page: what the wizard does, what the owner needs, and where to do it (the mode)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QButtonGroup, QComboBox, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout

from xwms_wizard.core.addresses import DEFAULT_LIVE_API_URL, normalize_server_url
from xwms_wizard.core.errors import WizardError
from xwms_wizard.core.flow import Mode, Page, Task
from xwms_wizard.gui import translation
from xwms_wizard.gui.api_url import ApiUrlSetting
from xwms_wizard.gui.pages.base import BasePage
from xwms_wizard.gui.widgets import Field, combo, line_edit, radio_button, wrapped_label
from xwms_wizard.i18n import LANGUAGES


class WelcomePage(BasePage):
    page = Page.WELCOME
    scrollable = True  # longer languages, the open help and Live's "Advanced" fit at any size

    def build(self) -> None:
        self.setTitle(self.tr("Set up Log in with XWMS"))
        self.setSubTitle(self.tr("Get your website ready for “Log in with XWMS” in a few steps."))
        self._build_language_row()
        self.add_help(
            self.tr(
                "XWMS is a login service: people log in to your website with their XWMS "
                "account instead of a new password. Before that works, XWMS has to know your "
                "website. This wizard tells XWMS about it, step by step, and checks at the end "
                "that everything fits."
            )
        )
        self._build_intro()
        group = QGroupBox(self.tr("Where do you want to set it up?"), self)
        group.setObjectName("modeGroup")
        box = QVBoxLayout(group)
        self.mode_buttons = QButtonGroup(self)
        self._build_modes(group, box)
        self._build_server_field(group, box)

        for button, mode in (
            (self.practice, Mode.PRACTICE),
            (self.live, Mode.LIVE),
            (self.custom, Mode.CUSTOM),
        ):
            self.mode_buttons.addButton(button)
            button.toggled.connect(lambda on, mode=mode: on and self._choose(mode))
        self.server_edit.textChanged.connect(self._server_changed)
        self.api_setting.changed.connect(self._api_url_changed)
        self.body.addWidget(group)
        self._build_task()
        self.body.addStretch(1)

    def _build_task(self) -> None:
        """A new setup (the usual way) or one that exists: check it, renew a key, change it."""
        self.task_group = QGroupBox(self.tr("What do you want to do?"), self)
        self.task_group.setObjectName("taskGroup")
        box = QVBoxLayout(self.task_group)
        self.task_setup = radio_button(
            self.task_group, "taskSetup", self.tr("Set up Log in &with XWMS for a website"),
            self.tr("Set up Log in with XWMS for a website"),
        )
        self.task_existing = radio_button(
            self.task_group, "taskExisting",
            self.tr("Check or change a setup I already &have (renew a key, add a website …)"),
            self.tr("Check or change an existing setup"),
        )
        self.task_buttons = QButtonGroup(self)
        for choice, task in ((self.task_setup, Task.SETUP), (self.task_existing, Task.EXISTING)):
            box.addWidget(choice)
            self.task_buttons.addButton(choice)
            choice.toggled.connect(lambda on, task=task: on and self._choose_task(task))
        self.body.addWidget(self.task_group)

    def _choose_task(self, task: Task) -> None:
        self.flow.task = task
        self.flow.action = None
        self.wiz.step_panel.follow(self.flow)
        self.refresh()

    def _build_intro(self) -> None:
        self.body.addWidget(
            wrapped_label(
                self.tr(
                    "This wizard creates everything XWMS needs for your website: a client "
                    "(XWMS's word for your website's connection), your website's address, what "
                    "your website may read about the people who log in, and a secret key. Then "
                    "it writes a folder for your developer with everything they need to add the "
                    "login button."
                )
            )
        )
        self.body.addWidget(
            wrapped_label(
                self.tr(
                    "What you need: your website's address (such as example.com). For your "
                    "real website you also need a paid XWMS account. Want to see how it works "
                    "first? Choose Practice: nothing real is changed."
                )
            )
        )

    def _build_modes(self, group: QGroupBox, box: QVBoxLayout) -> None:
        """The three modes, each with a line on what it is for; Live's API address under it."""
        self.practice = radio_button(
            group,
            "modeSandbox",
            self.tr("&Practice on this computer (start here)"),
            self.tr("Practice on this computer"),
        )
        box.addWidget(self.practice)
        box.addWidget(
            self._indented(
                self.tr(
                    "A practice XWMS server runs on this computer. Everything works like the "
                    "real thing, so you can try every step safely."
                )
            )
        )

        self.live = radio_button(
            group,
            "modeLive",
            self.tr("My &live XWMS account (xwms.nl)"),
            self.tr("My live XWMS account"),
        )
        box.addWidget(self.live)
        box.addWidget(
            self._indented(
                self.tr(
                    "For your real website. The wizard shows you, step by step, what to click "
                    "in the XWMS dashboard, and then checks with XWMS that it all works. You "
                    "need a paid XWMS account."
                )
            )
        )
        self.api_setting = ApiUrlSetting(group)
        box.addWidget(self.api_setting)

        self.custom = radio_button(
            group, "modeCustom", self.tr("A &custom server"), self.tr("A custom server")
        )
        box.addWidget(self.custom)
        box.addWidget(
            self._indented(
                self.tr(
                    "An XWMS practice server or management server somewhere else. Your "
                    "developer gives you its address."
                )
            )
        )

    def _build_server_field(self, group: QGroupBox, box: QVBoxLayout) -> None:
        """Custom mode's server address."""
        self.server_edit = line_edit(
            group,
            "serverUrlEdit",
            self.tr("Server address"),
            self.tr("such as https://xwms.example.com"),
        )
        self.server_field = Field(
            self.server_edit,
            topic=self.tr("Server address"),
            help_text=self.tr(
                "The web address of the server your developer set up, such as "
                "https://xwms.example.com or http://127.0.0.1:8765. The wizard adds /api/ "
                "at the end if it is missing."
            ),
            parent=group,
        )
        self.server_field.setContentsMargins(24, 0, 0, 0)
        box.addWidget(self.server_field)

    def _build_language_row(self) -> None:
        row = QHBoxLayout()
        label = QLabel(self.tr("Lan&guage:"), self)
        self.language_combo = combo(self, "languageCombo", self.tr("Language of the wizard"))
        for code, native in LANGUAGES.items():
            self.language_combo.addItem(native, code)
        # Sized by a number of characters, not by measuring all ten names: measuring has Qt
        # look for fonts for Bengali, Arabic and Chinese (some 10 ms and 3 MiB) before the
        # first paint; the list, when opened, shows each name in its own script as before.
        self.language_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.language_combo.setMinimumContentsLength(max(len(n) for n in LANGUAGES.values()))
        self.language_combo.setCurrentIndex(
            self.language_combo.findData(translation.current_language())
        )
        label.setBuddy(self.language_combo)
        row.addWidget(label)
        row.addWidget(self.language_combo)
        row.addStretch(1)
        self.body.addLayout(row)
        self.language_combo.currentIndexChanged.connect(self._language_chosen)

    def _language_chosen(self, _index: int) -> None:
        language = self.language_combo.currentData()
        if language:
            self.wiz.change_language(language)

    def focus_language(self) -> None:
        """Keep the keyboard on the language chooser after the pages were rebuilt."""
        # After the page's own focus choice, which also waits for the page switch to end.
        QTimer.singleShot(0, self.language_combo.setFocus)

    def _indented(self, text: str):
        label = wrapped_label(text)
        label.setContentsMargins(24, 0, 0, 4)
        label.setStyleSheet("color: palette(placeholder-text);")
        return label

    # -- state ---------------------------------------------------------------------

    def load(self) -> None:
        # The addresses live in the wizard's state; the remembered ones only fill an empty start.
        self.server_edit.setText(
            self.flow.server_url or self.wiz.settings.value("server_url", "", str)
        )
        self.api_setting.set_url(
            self.flow.live_api_url
            or self.wiz.live_api_url
            or self.wiz.settings.value("live_api_url", "", str)
            or DEFAULT_LIVE_API_URL
        )
        {Mode.PRACTICE: self.practice, Mode.LIVE: self.live, Mode.CUSTOM: self.custom}[
            self.flow.mode
        ].setChecked(True)
        (self.task_existing if self.flow.task is Task.EXISTING else self.task_setup).setChecked(True)
        self._update_server()

    def set_server(self, url: str) -> None:
        self.server_edit.setText(url)

    def _api_url_changed(self) -> None:
        self.flow.live_api_url = self.api_setting.edit.text()
        self.refresh()

    def api_url(self) -> str | None:
        """The normalised XWMS API address for Live mode, or None when it is not usable."""
        return self.api_setting.url()

    def _choose(self, mode: Mode) -> None:
        self.flow.mode = mode
        self.wiz.step_panel.follow(self.flow)  # the steps ahead are this mode's
        self._update_server()

    def _server_changed(self) -> None:
        self.flow.server_url = self.server_edit.text()
        self._update_server()

    def server_url(self) -> str | None:
        """The normalised API URL typed for Custom mode, or None when it is not usable."""
        try:
            return normalize_server_url(self.flow.server_url)
        except WizardError:
            return None

    def _update_server(self) -> None:
        # Each mode's own setting shows under it only while that mode is chosen: a greyed-out
        # "Advanced" or "?" under another mode looked broken, not optional.
        self.api_setting.setVisible(self.flow.mode is Mode.LIVE)
        custom = self.flow.mode is Mode.CUSTOM
        self.server_field.setVisible(custom)
        text = self.server_edit.text().strip()
        if not custom:
            self.server_field.clear()
        elif not text:
            self.server_field.show_message(
                error=self.tr("Server address: type the address your developer gave you.")
            )
        else:
            try:
                url = normalize_server_url(text)
            except WizardError as error:
                self.server_field.show_message(error=error.message)
            else:
                note = (
                    self.tr("The wizard will use {url}").format(url=url)
                    if url.rstrip("/") != text.rstrip("/")
                    else ""
                )
                self.server_field.show_message(note=note)
        self.refresh()

    def focus_target(self):
        return self.mode_buttons.checkedButton()

    def page_valid(self) -> bool:
        if self.flow.mode is Mode.CUSTOM:
            return self.server_url() is not None
        if self.flow.mode is Mode.LIVE:
            return self.api_url() is not None
        return self.flow.mode is Mode.PRACTICE

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        if self.flow.mode is Mode.CUSTOM:
            self.wiz.settings.setValue("server_url", self.server_edit.text().strip())
        if self.flow.mode is Mode.LIVE:
            self.wiz.settings.setValue("live_api_url", self.api_url() or DEFAULT_LIVE_API_URL)
        self.wiz.settings.setValue("mode", self.flow.mode.value)
        return True
