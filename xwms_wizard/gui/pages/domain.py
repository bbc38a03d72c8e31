"""Domain page: the website's address and callback URL up front; folded under "More options": the
switches, server IP, internal name, fallback URL and logo, their safe defaults said in words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from xwms_wizard.core.flow import Mode, Page
from xwms_wizard.core.models import DomainChoice
from xwms_wizard.core.state import new_website, plan_from_server
from xwms_wizard.core.validate import (
    check_callback_url,
    check_domain_id,
    check_fallback_uri,
    check_internal_name,
    check_logo,
    check_server_ip,
    default_callback_url,
    display_domain,
    needs_test_mode,
    read_website,
    website_text,
)
from xwms_wizard.gui.live_widgets import DashboardStepsPanel, pasted_id_field
from xwms_wizard.gui.pages.base import BasePage
from xwms_wizard.gui.widgets import (
    NOTE_STYLE,
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


class DomainPage(BasePage):
    page = Page.DOMAIN
    scrollable = True

    def build(self) -> None:
        self.setTitle(self.tr("Your website"))
        self.setSubTitle(self.tr("Where people will log in with XWMS."))
        self.add_help(
            self.tr(
                "XWMS only sends people back to websites it knows. Here you tell it your "
                "website's address; the wizard fills in the page people come back to after "
                "they log in (the callback URL). Everything else is under “More options”, "
                "already set right for most websites."
            )
        )
        self.fields: dict[str, Field] = {}
        form = self._form()
        self._build_site_picker(form)
        self._build_address_form(form)
        self.body.addLayout(form)
        self._build_fold_row()
        self.more = QWidget(self)
        self.more.setObjectName("moreOptions")
        self.more.setAccessibleName(self.tr("More options"))
        inside = QVBoxLayout(self.more)
        inside.setContentsMargins(0, 0, 0, 0)
        # A form takes its spacing from the layout around it: the same as the form above.
        inside.setSpacing(self.body.spacing())
        self._build_switches(inside)
        more_form = self._form()
        self._build_more_options(more_form)
        inside.addLayout(more_form)
        self.body.addWidget(self.more)
        self._build_live()
        self._even_labels(form, more_form, self.ids_form)
        self.body.addStretch(1)

        self.more_button.toggled.connect(self._fold)
        self.more.setVisible(False)
        self.logo_browse.clicked.connect(self._browse_logo)
        for edit in (
            self.root_edit,
            self.ip_edit,
            self.internal_edit,
            self.fallback_edit,
            self.logo_edit,
        ):
            edit.textChanged.connect(self._changed)
        # The wizard's own prefill blocks signals, so any change seen here is the owner's.
        self.redirect_edit.textChanged.connect(self._redirect_edited)
        self._redirect_touched = False
        self._valid = False
        self._loading = False
        self._primary_touched = False
        self._primary_auto_off = False  # switched off by the wizard, not by the owner
        self._fold_reasons: set[str] = set()  # what, inside the fold, the owner must see
        self._other_domains: list = []
        self._new_site: DomainChoice | None = None  # what the owner typed for a new website
        self.site_combo.currentIndexChanged.connect(self._site_picked)

    def _build_address_form(self, form: QFormLayout) -> None:
        """Up front: the website's address and its callback URL, explained in one sentence."""
        self.root_edit = line_edit(
            self, "rootDomainEdit", self.tr("Website address (root domain)"), self.tr("example.com")
        )
        self._add(
            form,
            self.tr("&Website address:"),
            self.root_edit,
            self.tr(
                "Your website's address, such as example.com. Login works on this address and "
                "its subdomains (such as www.example.com or shop.example.com). You can paste "
                "the full address from your browser: the wizard keeps only the part it needs "
                "and tells you."
            ),
        )
        self.redirect_edit = line_edit(
            self,
            "redirectUrlEdit",
            self.tr("Callback URL"),
            self.tr("https://example.com/xwms/validateToken"),
        )
        self._add(
            form,
            self.tr("&Callback URL:"),
            self.redirect_edit,
            self.tr(
                "After someone logs in, XWMS sends them back to this page of your website "
                "together with a one-time login code. Your developer's code picks it up "
                "there. The wizard fills in the usual address; change it only if your "
                "developer asks for another one. It must be written exactly as your website "
                "uses it."
            ),
        )

    def _form(self) -> QFormLayout:
        """A form whose fields line up with every other form's on the page (with the labels
        made one width by `_even_labels`): the same spacing, whatever layout holds it."""
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(self.body.spacing())
        return form

    def _build_fold_row(self) -> None:
        """The "More options" button, with the settings inside it said in words beside it."""
        row = QWidget(self)
        row.setObjectName("moreOptionsRow")
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 6, 0, 0)
        self.more_button = QToolButton(row)
        self.more_button.setObjectName("moreOptionsButton")
        self.more_button.setText(self.tr("&More options"))
        self.more_button.setAccessibleName(self.tr("More options"))
        self.more_button.setCheckable(True)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_button.setArrowType(Qt.ArrowType.RightArrow)
        self.more_button.setAutoRaise(True)
        line.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignTop)
        self.more_summary = wrapped_label(object_name="moreOptionsSummary", style=NOTE_STYLE)
        self.more_summary.setAccessibleName(self.tr("What More options holds"))
        line.addWidget(self.more_summary, 1)
        self.body.addWidget(row)

    def _build_site_picker(self, form: QFormLayout) -> None:
        """An existing client's websites: pick one to see (and change) it as XWMS has it."""
        self.site_combo = combo(self, "existingDomainCombo", self.tr("Which website"))
        self.site_combo.setToolTip(
            self.tr("The websites this client already has, or a new one to add to it.")
        )
        add_row(form, self.tr("Whic&h website:"), self.site_combo)
        self.site_form = form
        self.site_note = wrapped_label(object_name="existingDomainNote", hidden=True)
        form.addRow(self.site_note)

    def _switch_texts(self) -> tuple[tuple[str, str, str, str], ...]:
        """Each switch: its object name, the plan's attribute, its text and its help."""
        return (
            (
                "allowLoginCheck",
                "allow_login",
                self.tr("Allow &Login: people can log in on this website"),
                self.tr(
                    "Must be on for the “Log in with XWMS” button to work on this website. "
                    "Switch it off only to stop logins for a while."
                ),
            ),
            (
                "allowApiCheck",
                "allow_api",
                self.tr("Allow &API: your website may ask XWMS for details"),
                self.tr(
                    "Lets your website's server ask XWMS for more about a person who logged "
                    "in (such as their address, when you allow that on the next page). "
                    "Keep it on unless your developer says it is not needed."
                ),
            ),
            (
                "activeCheck",
                "active",
                self.tr("Ac&tive: XWMS accepts this website"),
                self.tr(
                    "When off, XWMS refuses everything for this website, as if it were not "
                    "there. Keep it on."
                ),
            ),
            (
                "primaryCheck",
                "primary",
                self.tr("&Primary: this is the client's main website"),
                self.tr(
                    "A client can have several websites. The primary one is the main address, "
                    "shown first in the dashboard. Keep it on for your first website."
                ),
            ),
            (
                "testModeCheck",
                "test_mode",
                self.tr("Test Mo&de: this is not the live website"),
                self.tr(
                    "Switch it on for a test copy of your website, or for your developer's "
                    "computer (addresses starting with http://localhost then work). Keep it "
                    "off for the website your visitors use."
                ),
            ),
        )

    def _build_switches(self, inside: QVBoxLayout) -> None:
        """In the fold: the website's switches, each with its help, and their warnings."""
        switches = QGroupBox(self.tr("Settings for this website"), self)
        switches.setObjectName("domainSwitches")
        box = QVBoxLayout(switches)
        self.checks: dict[str, QCheckBox] = {}
        for name, attr, text, help_text in self._switch_texts():
            topic = text.replace("&", "").split(":")[0]
            check = checkbox(switches, name, text, topic)
            check.setProperty("plan_attr", attr)
            self.checks[attr] = check
            box.addWidget(Toggle(check, topic, help_text))
            check.toggled.connect(self._changed)
        self.switch_warning = wrapped_label(
            object_name="domainSwitchWarning", style=WARNING_STYLE, hidden=True
        )
        box.addWidget(self.switch_warning)
        # An existing client's main website, and what the Primary switch does to it.
        self.primary_note = wrapped_label(object_name="primaryNote", style=NOTE_STYLE, hidden=True)
        primary_row = box.indexOf(self.checks["primary"].parentWidget())
        box.insertWidget(primary_row + 1, self.primary_note)  # right under its switch
        # A click (mouse or keyboard) is the owner's own choice, which the wizard then keeps.
        self.checks["primary"].clicked.connect(self._primary_clicked)
        inside.addWidget(switches)

    def _build_more_options(self, form: QFormLayout) -> None:
        """In the fold, in the same form as the address (so the fields line up): server IP,
        internal name, fallback URL and logo."""
        self.ip_edit = line_edit(
            self, "serverIpEdit", self.tr("Server IP address (optional)"), self.tr("optional")
        )
        self._add(
            form,
            self.tr("Server &IP address:"),
            self.ip_edit,
            self.tr(
                "Optional. The internet address of the server your website runs on, such as "
                "203.0.113.10. When you fill it in, XWMS accepts calls for this website only "
                "from that server, which makes a stolen secret useless elsewhere. Your "
                "hosting provider can tell you the address. Leave it empty if unsure."
            ),
        )
        self.internal_edit = line_edit(
            self, "internalNameEdit", self.tr("Internal name (optional)"), self.tr("optional")
        )
        self._add(
            form,
            self.tr("Inte&rnal name:"),
            self.internal_edit,
            self.tr(
                "Optional. A label only you see in the XWMS dashboard, such as “Main shop” "
                "or “Test site”, to tell your websites apart."
            ),
        )
        self.fallback_edit = line_edit(
            self, "fallbackUriEdit", self.tr("Fallback URL (optional)"), self.tr("optional")
        )
        self._add(
            form,
            self.tr("Fallbac&k URL:"),
            self.fallback_edit,
            self.tr(
                "Optional. Where XWMS sends people when something goes wrong during login "
                "(for example when they cancel), such as your home page. It follows the same "
                "rules as the callback URL. Empty: XWMS shows its own message."
            ),
        )
        self.logo_edit = line_edit(
            self, "logoPathEdit", self.tr("Logo file (optional)"), self.tr("optional")
        )
        self.logo_browse = button(
            self, "logoBrowseButton", self.tr("Br&owse…"), self.tr("Choose the logo file")
        )
        self._add(
            form,
            self.tr("Lo&go:"),
            self.logo_edit,
            self.tr(
                "Optional. Your logo, shown on the XWMS login page so people see they are "
                "logging in to your website. A PNG or SVG image of at most 1 MB."
            ),
            extra=[self.logo_browse],
        )

    @staticmethod
    def _even_labels(*forms: QFormLayout) -> None:
        """One width for the labels of every form on the page, so that the fields in the fold
        line up with those above it (and opening the fold moves nothing)."""
        labels = [
            form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            for form in forms
            for row in range(form.rowCount())
        ]
        widgets = [item.widget() for item in labels if item is not None and item.widget()]
        widest = max((label.sizeHint().width() for label in widgets), default=0)
        for label in widgets:
            label.setMinimumWidth(widest)

    def _build_live(self) -> None:
        """Live mode: the dashboard steps for the domain and callback URL, and the Domain ID."""
        self.live_box = QWidget(self)
        box = QVBoxLayout(self.live_box)
        box.setContentsMargins(0, 6, 0, 0)
        self.live_steps = DashboardStepsPanel(self.wiz, ("domain",), parent=self.live_box)
        box.addWidget(self.live_steps)
        self.domain_id_edit, self.domain_id_field = pasted_id_field(
            self.live_box,
            name="domainIdEdit",
            accessible=self.tr("Domain ID"),
            topic=self.tr("Domain ID"),
            help_text=self.tr(
                "After you save the domain, the XWMS dashboard shows its Domain ID: a code "
                "that names your website in XWMS. Copy it there and paste it here; your "
                "developer needs it."
            ),
        )
        self.ids_form = ids = self._form()
        # "Domain ID:" has no mnemonic: every letter is taken.
        add_row(ids, self.tr("Domain ID:"), self.domain_id_field, self.domain_id_edit)
        box.addLayout(ids)
        self.callback_steps = DashboardStepsPanel(
            self.wiz, ("callback",), open_button=False, parent=self.live_box
        )
        box.addWidget(self.callback_steps)
        self.live_box.setVisible(False)
        self.body.addWidget(self.live_box)
        self.domain_id_edit.textChanged.connect(self._domain_id_changed)
        self._domain_id_ok = False

    def _live(self) -> bool:
        return self.flow.mode is Mode.LIVE

    def _domain_id_changed(self) -> None:
        text = self.domain_id_edit.text()
        check = check_domain_id(text)
        self._domain_id_ok = check.ok
        if not text.strip():
            self.domain_id_field.show_message(
                note=self.tr("Paste the Domain ID here when the dashboard shows it (step 3).")
            )
        else:
            self.domain_id_field.show_check(check)
        self.refresh()

    def _add(self, form, label: str, edit: QLineEdit, help_text: str, extra=()) -> None:
        field = Field(edit, topic=edit.accessibleName(), help_text=help_text, extra=extra)
        self.fields[edit.objectName()] = field
        add_row(form, label, field, edit)

    def _fold(self, open_: bool) -> None:
        self.more.setVisible(open_)
        self.more_button.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)

    def _browse_logo(self) -> None:
        start = self.logo_edit.text() or str(Path.home())
        path = self.wiz.prompts.choose_logo(start)
        if path:
            self.logo_edit.setText(path)
            self.logo_edit.setFocus()

    def _redirect_edited(self) -> None:
        if self._loading:
            return
        self._redirect_touched = True
        self._changed()

    # -- state ---------------------------------------------------------------------

    def load(self) -> None:
        d = self.plan.domain
        self._loading = True
        try:
            shown = website_text(d.root, d.redirect_url)
            self.root_edit.setText(shown)
            self.ip_edit.setText(d.server_ip)
            self.internal_edit.setText(d.internal_name)
            usual = read_website(shown).callback_url if shown else ""
            self._redirect_touched = bool(d.redirect_url) and d.redirect_url != usual
            self.redirect_edit.setText(d.redirect_url or usual)
            self.fallback_edit.setText(d.fallback_uri)
            self.logo_edit.setText(d.logo)
            for attr, check in self.checks.items():
                check.setChecked(bool(getattr(d, attr)))
            # Primary off in a plan (resumed, or from a file) was somebody's choice: kept.
            self._primary_touched = not d.primary
            self.domain_id_edit.setText(self.session.live_ids.domain_id)
        finally:
            self._loading = False
        self._fold_reasons = set()  # a website just shown: whatever differs opens the fold
        self._changed()

    def on_enter(self) -> None:
        self.live_box.setVisible(self._live())
        if self._live():
            self.site_form.setRowVisible(self.site_combo, False)
            self._changed()
            self._domain_id_changed()
        else:
            self._load_other_domains()
            self._changed()

    # -- an existing client's other websites ----------------------------------------

    def _load_other_domains(self) -> None:
        """The websites the chosen client already has, from what was read off the server."""
        state = self.session.server_state
        name = self.plan.client.name
        known = state is not None and state.client.name == name
        self._other_domains = [o.domain for o in state.domains] if known else []
        self._fill_sites()
        self._default_primary()

    def _fill_sites(self) -> None:
        sites = self._other_domains
        self.site_combo.blockSignals(True)
        self.site_combo.clear()
        self.site_combo.addItem(self.tr("Add a new website"), "")
        for domain in sites:
            text = display_domain(domain.root_domain)
            if domain.primary:
                text = self.tr("{domain}  (main website)").format(domain=text)
            self.site_combo.addItem(text, domain.root_domain)
        index = self.site_combo.findData(self.plan.domain.root) if self.plan.domain.root else 0
        self.site_combo.setCurrentIndex(max(index, 0))
        self.site_combo.blockSignals(False)
        self.site_form.setRowVisible(self.site_combo, bool(sites))
        self._show_site_note()

    def _site_picked(self) -> None:
        """Show the picked website as XWMS has it, or the new website the owner was typing."""
        state = self.session.server_state
        root = self.site_combo.currentData() or ""
        if state is None:
            return
        current = self.plan.domain
        if not self._known_site(current.root):
            self._new_site = DomainChoice(**vars(current))
        if root:
            picked = plan_from_server(state, root, base=self.plan)
            self.wiz.plan.domain, self.wiz.plan.secret = picked.domain, picked.secret
        else:
            self.wiz.plan.domain = new_website(state, self._new_site or DomainChoice())
        self.wiz.page_named(Page.SECRET).reload()
        self.load()
        if not root:
            # The wizard's default for a second website, not the owner's choice.
            self._primary_touched = False
            self._default_primary()

    def _known_site(self, root: str) -> bool:
        return bool(root) and any(d.root_domain == root for d in self._other_domains)

    def _show_site_note(self) -> None:
        root = self.plan.domain.root
        if self._known_site(root):
            text = self.tr(
                "{domain} is already a website of “{client}”: you see its settings as XWMS has "
                "them. Change only what you want changed."
            ).format(domain=display_domain(root), client=self.plan.client.name)
        else:
            text = ""
        self.site_note.setText(text)
        self.site_note.setVisible(bool(text))

    def _default_primary(self) -> None:
        """Primary on for a client's first website, off beside an existing main one, unless
        the owner has set it by hand."""
        if not self._primary_touched:
            off = bool(self._main_website())
            if off or self._primary_auto_off:
                self.checks["primary"].setChecked(not off)
            self._primary_auto_off = off
        self._show_primary_note()

    def _main_website(self) -> str:
        """The chosen client's main website, when it is not the one on this page."""
        here = self.plan.domain.root
        for domain in self._other_domains:
            if domain.primary and domain.root_domain != here:
                return display_domain(domain.root_domain)
        return ""

    def _primary_clicked(self) -> None:
        self._primary_touched = True  # toggled, which came first, has updated plan and note

    def _show_primary_note(self) -> None:
        main = self._main_website()
        if not main:
            text = ""
        elif self.plan.domain.primary:
            text = self.tr(
                "With Primary on, this website becomes the main one of “{client}” instead of "
                "{main}."
            ).format(client=self.plan.client.name, main=main)
        else:
            text = self.tr(
                "“{client}” already has a main website, {main}. Primary is off so it stays "
                "the main one; switch it on to make this website the main one instead."
            ).format(client=self.plan.client.name, main=main)
        self.primary_note.setText(text)
        self.primary_note.setVisible(bool(text))

    def _changed(self) -> None:
        if self._loading:
            return
        checks = self._write_back()
        self._show_checks(checks)
        self._valid = all(check.ok for check in checks.values())
        if self._follow_typed_site():
            return
        self._show_site_note()
        self._show_switch_warning()
        self._show_primary_note()
        self._open_fold_for(self._fold_reasons_now(checks))
        self._show_summary()
        if self._live():
            self.live_steps.show_plan(self.plan)
            self.callback_steps.show_plan(self.plan)
        self.refresh()

    def _write_back(self) -> dict:
        """The widgets into the plan's domain; each input's core.validate check, by its name."""
        d = self.plan.domain
        for attr, check in self.checks.items():
            setattr(d, attr, check.isChecked())
        test_mode = d.test_mode

        root_text = self.root_edit.text()
        website = read_website(root_text)
        root = website.check
        d.root = root.value if root.ok else root_text.strip()

        usual = website.callback_url  # on www. when the owner's site opens there
        if not self._redirect_touched:
            # Keep the callback URL in step with the website until the owner edits it.
            if self.redirect_edit.text() != usual:
                self.redirect_edit.blockSignals(True)
                self.redirect_edit.setText(usual)
                self.redirect_edit.blockSignals(False)
        redirect = check_callback_url(self.redirect_edit.text(), d.root, test_mode, usual=usual)
        if self._redirect_touched:
            d.redirect_url = self.redirect_edit.text().strip()
        else:
            # The usual callback URL on the root itself is the plan's default, stored as "".
            d.redirect_url = "" if usual == default_callback_url(d.root) else usual

        ip = check_server_ip(self.ip_edit.text())
        d.server_ip = ip.value if ip.ok else self.ip_edit.text().strip()
        internal = check_internal_name(self.internal_edit.text())
        d.internal_name = internal.value if internal.ok else self.internal_edit.text().strip()
        fallback = check_fallback_uri(self.fallback_edit.text(), d.root, test_mode)
        d.fallback_uri = fallback.value if fallback.ok else self.fallback_edit.text().strip()
        logo = check_logo(self.logo_edit.text())
        d.logo = logo.value if logo.ok else self.logo_edit.text().strip()
        return {
            "rootDomainEdit": root,
            "serverIpEdit": ip,
            "internalNameEdit": internal,
            "redirectUrlEdit": redirect,
            "fallbackUriEdit": fallback,
            "logoPathEdit": logo,
        }

    def _show_checks(self, checks: dict) -> None:
        explained = self.tr(
            "People come back to this page of your website after they log in; leave it as the "
            "wizard filled it in, unless your developer asks for another one."
        )
        for name, check in checks.items():
            field = self.fields[name]
            note = explained if name == "redirectUrlEdit" else ""
            if not field.editor.text().strip() and name in ("rootDomainEdit", "redirectUrlEdit"):
                field.show_message(note=note)  # nothing typed yet: no red text, Next stays off
                field.set_suggestion("")
                continue
            field.show_check(check, note=" ".join(t for t in (check.note, note) if t))
            field.set_suggestion(check.hint)

    # -- the fold ------------------------------------------------------------------

    _INSIDE = ("serverIpEdit", "internalNameEdit", "fallbackUriEdit", "logoPathEdit")

    def _fold_reasons_now(self, checks: dict) -> set[str]:
        """What inside the fold the owner should see: a switch or a field that differs from
        the default, a field with a problem, Test Mode when the callback URL needs it."""
        d, usual = self.plan.domain, DomainChoice()
        reasons = {attr for attr in self.checks if getattr(d, attr) != getattr(usual, attr)}
        for name in self._INSIDE:
            check = checks[name]
            if self.fields[name].editor.text().strip():
                reasons.add(name)
            if not check.ok or check.warning:
                reasons.add(f"{name}:problem")
        if not d.test_mode and needs_test_mode(self.redirect_edit.text()):
            reasons.add("test_mode:needed")
        return reasons

    def _open_fold_for(self, reasons: set[str]) -> None:
        """Open the fold for a reason it did not have before, and always for a problem; the
        owner may close it again."""
        new = reasons - self._fold_reasons
        self._fold_reasons = reasons
        if new or any(reason.endswith(":problem") for reason in reasons):
            self.more_button.setChecked(True)

    def _show_summary(self) -> None:
        """The switches in words beside "More options", and whether that suits most websites."""
        d = self.plan.domain
        settings = self.tr("{login}, {api}, {active}, {primary}, {test}").format(
            login=self.tr("Login on") if d.allow_login else self.tr("Login off"),
            api=self.tr("API on") if d.allow_api else self.tr("API off"),
            active=self.tr("active") if d.active else self.tr("not active"),
            primary=self.tr("main website") if d.primary else self.tr("not the main website"),
            test=self.tr("Test Mode on") if d.test_mode else self.tr("Test Mode off"),
        )
        if not any(attr in self._fold_reasons for attr in self.checks):  # the usual switches
            text = self.tr("{settings} — right for most websites.").format(settings=settings)
        else:
            text = self.tr("{settings}.").format(settings=settings)
        self.more_summary.setText(text)

    def _follow_typed_site(self) -> bool:
        """Keep the website chooser in step with the typed address; True when it switched to
        an existing website (which then shows that website, through `_site_picked`)."""
        root = self.plan.domain.root
        picked_site = self.site_combo.currentData()
        if self._known_site(root) and picked_site != root:
            # The owner typed a website the client has: show it as XWMS has it.
            self.site_combo.setCurrentIndex(self.site_combo.findData(root))
            return True
        if picked_site and not self._known_site(root):
            # The owner typed over an existing website: this is a new one for the client.
            self.site_combo.blockSignals(True)
            self.site_combo.setCurrentIndex(0)
            self.site_combo.blockSignals(False)
            self._primary_touched = False
            self._default_primary()
        return False

    def _show_switch_warning(self) -> None:
        d = self.plan.domain
        problems = []
        if not d.allow_login:
            problems.append(self.tr("With Allow Login off, nobody can log in on this website."))
        if not d.active:
            problems.append(self.tr("With Active off, XWMS refuses everything for this website."))
        self.switch_warning.setText(" ".join(problems))
        self.switch_warning.setVisible(bool(problems))

    def focus_target(self):
        return self.root_edit

    def page_valid(self) -> bool:
        if self._live():
            return self._valid and self._domain_id_ok
        return self._valid

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        if self._live():
            self.session.live_ids.domain_id = self.domain_id_edit.text().strip()
        return True
