"""Review & create (Practice, Custom): the summary, one button running the apply engine, a row per
step, the secret. Live mode checks its dashboard setup on its own page (pages/check.py)."""

from __future__ import annotations

import copy
import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QStyle,
    QVBoxLayout,
)

from xwms_wizard.core.apply import (
    ApplyError,
    ApplyResult,
    Preview,
    Step,
    StepEvent,
    StepState,
    step_title,
)
from xwms_wizard.core.flow import Mode, Page
from xwms_wizard.core.lifecycle import SecretAction, UnknownValue
from xwms_wizard.core.models import plan_to_dict
from xwms_wizard.gui.pages.base import BasePage
from xwms_wizard.gui.summary import summary_html, summary_rows
from xwms_wizard.gui.widgets import (
    OK_STYLE,
    WARNING_STYLE,
    ProgressList,
    RowLook,
    action_row,
    button,
    line_edit,
    mask_secret,
    radio_button,
    wrapped_label,
)

# Which page holds the field an error names, so the message can say where to fix it.
_FIELD_PAGES = {"client": Page.CLIENT, "domain": Page.DOMAIN, "scopes": Page.SCOPES,
                "secret": Page.SECRET}  # fmt: skip


def step_looks() -> dict[object, RowLook]:
    """How an apply step's row reads in each state (None: not started yet); Renew uses it too."""
    icon = QStyle.StandardPixmap
    return {
        None: RowLook(QCoreApplication.translate("ReviewPage", "waiting")),
        StepState.RUNNING: RowLook(
            QCoreApplication.translate("ReviewPage", "working…"), icon.SP_BrowserReload
        ),
        StepState.DONE: RowLook(
            QCoreApplication.translate("ReviewPage", "done"), icon.SP_DialogApplyButton, "#2e7d32"
        ),
        StepState.EXISTING: RowLook(
            QCoreApplication.translate("ReviewPage", "already there"),
            icon.SP_DialogApplyButton,
            "#2e7d32",
        ),
        StepState.SKIPPED: RowLook(
            QCoreApplication.translate("ReviewPage", "skipped"), icon.SP_MessageBoxWarning
        ),
        StepState.FAILED: RowLook(
            QCoreApplication.translate("ReviewPage", "failed"), icon.SP_MessageBoxCritical,
            "#c62828",
        ),
        "stopped": RowLook(
            QCoreApplication.translate("ReviewPage", "stopped"), icon.SP_MediaPause, "#a15c00"
        ),
    }


class ReviewPage(BasePage):
    page = Page.REVIEW
    scrollable = True

    def build(self) -> None:
        self.setTitle(self.tr("Review and create"))
        self.setSubTitle(self.tr("Check your choices, then create everything in one go."))
        self.add_help(
            self.tr(
                "Nothing has been made yet. When you press Create everything, the wizard makes "
                "each part in your XWMS account, one after the other, and shows each one below "
                "as it goes. If something goes wrong, fix it or try again: nothing is ever "
                "made twice. At the end the wizard checks with XWMS that the login works, and "
                "shows you the secret key once."
            )
        )
        self.summary = wrapped_label(object_name="reviewSummary", rich=True)
        self.body.addWidget(self.summary)
        self._build_changes_box()
        self._build_apply_row()
        self.progress_list = ProgressList(self, name="progressList", accessible=self.tr("Progress"))
        self.body.addWidget(self.progress_list)
        self.status = wrapped_label(object_name="applyStatusLabel")
        self.body.addWidget(self.status)
        self.retry_button = button(self, "retryButton", self.tr("&Try again"), self.tr("Try again"))
        self.banner.add_button(self.retry_button)
        self._build_secret_box()
        self.verify_label = wrapped_label(object_name="verifyLabel")
        self.body.addWidget(self.verify_label)
        self.body.addStretch(1)

        self.apply_button.clicked.connect(self.create)
        self.retry_button.clicked.connect(self.create)
        self.reveal_button.toggled.connect(self._reveal)
        self.copy_button.clicked.connect(self._copy)
        self._secret_shown = False
        self._preview: Preview | None = None
        self._key_group = QButtonGroup(self)
        self._key_group.addButton(self.new_key_radio)
        self._key_group.addButton(self.keep_key_radio)

    def _build_changes_box(self) -> None:
        """What pressing the button changes on the server, in plain words (core.diff)."""
        self.changes_box = QGroupBox(self.tr("What will change"), self)
        self.changes_box.setObjectName("reviewChangesBox")
        changes = QVBoxLayout(self.changes_box)
        self.changes_label = wrapped_label(object_name="reviewChangesLabel", rich=True)
        self.changes_label.setAccessibleName(self.tr("What will change"))
        changes.addWidget(self.changes_label)
        # The website's key works but its value is not on this computer: the owner decides.
        self.new_key_radio = radio_button(
            self,
            "newKeyRadio",
            self.tr("Make a &new key (the old one is revoked once the new one works)"),
            self.tr("Make a new key"),
        )
        self.keep_key_radio = radio_button(
            self,
            "keepKeyRadio",
            self.tr(
                "&Keep the current key; leave the secret out of the bundle (your developer "
                "already has it)"
            ),
            self.tr("Keep the current key"),
        )
        for choice in (self.new_key_radio, self.keep_key_radio):
            changes.addWidget(choice)
            choice.toggled.connect(self._key_choice_changed)
        self.changes_box.setVisible(False)
        self.body.addWidget(self.changes_box)

    def _build_apply_row(self) -> None:
        row, self.apply_button = action_row(
            self, "applyButton", self.tr("&Create everything"), self.tr("Create everything")
        )
        self.body.addLayout(row)

    def _build_secret_box(self) -> None:
        """The new secret key, shown once: masked, with Show and Copy."""
        self.secret_box = QGroupBox(self.tr("Your secret key (shown once)"), self)
        self.secret_box.setObjectName("secretBox")
        box = QVBoxLayout(self.secret_box)
        self.secret_intro = wrapped_label(
            self.tr(
                "XWMS shows this key only now. Your developer needs it; anyone else who has it "
                "could pretend to be your website, so treat it like a password."
            )
        )
        box.addWidget(self.secret_intro)
        key_row = QHBoxLayout()
        self.secret_edit = line_edit(self.secret_box, "secretValueEdit", self.tr("Secret key"))
        self.secret_edit.setReadOnly(True)
        mask_secret(self.secret_edit)
        key_row.addWidget(self.secret_edit, 1)
        self.reveal_button = button(
            self.secret_box,
            "revealSecretButton",
            self.tr("&Show"),
            self.tr("Show the secret key"),
            checkable=True,
        )
        key_row.addWidget(self.reveal_button)
        self.copy_button = button(
            self.secret_box, "copySecretButton", self.tr("C&opy"), self.tr("Copy the secret key")
        )
        key_row.addWidget(self.copy_button)
        box.addLayout(key_row)
        self.copied_label = wrapped_label(object_name="secretCopiedLabel", hidden=True)
        box.addWidget(self.copied_label)
        self.store_label = wrapped_label(object_name="secretStoreLabel")
        box.addWidget(self.store_label)
        self.secret_box.setVisible(False)
        self.body.addWidget(self.secret_box)

    def carry_over(self, old: BasePage) -> None:
        # What was created, and whether the secret was shown, survive a change of language.
        if isinstance(old, ReviewPage):
            self._secret_shown = old._secret_shown

    # -- summary -------------------------------------------------------------------

    def _summary_html(self) -> str:
        if self.flow.mode is Mode.PRACTICE:
            where = self.tr("the practice server on this computer")
        else:
            where = self.session.api_url or self.tr("your server")
        name = self.plan.client.name
        existing = {client.name for client in self.session.clients}
        client = name + (
            self.tr("  (existing client)") if name in existing else self.tr("  (new)")
        )
        rows = summary_rows(self.plan, where=where, client=client, catalogue=self.session.scopes)
        return summary_html(rows)

    # -- state ---------------------------------------------------------------------

    def _plan_matches(self) -> bool:
        """The setup was created for exactly the current choices (core.flow derives it)."""
        return self.flow.applied

    def on_enter(self) -> None:
        self.summary.setText(self._summary_html())
        self.summary.setVisible(not self._plan_matches())
        if self._plan_matches():
            if self._secret_shown:
                self._secret_already_shown()
        else:
            changed = self.session.result is not None  # made earlier, then changed
            self._reset_rows()
            self.secret_box.setVisible(False)
            self.verify_label.clear()
            self.apply_button.setText(
                self.tr("&Apply my changes") if changed else self.tr("&Create everything")
            )
            self.status.setText(
                self.tr("You changed your choices: press Apply my changes to update the setup.")
                if changed
                else self.tr("Nothing has been created yet.")
            )
            self.apply_button.setEnabled(True)
            self.apply_button.setVisible(True)
            self._look_ahead()
        self.refresh()

    # -- the difference ------------------------------------------------------------

    def _look_ahead(self) -> None:
        """Ask the server what it holds, and show what pressing the button would change."""
        self._preview = None
        self.changes_box.setVisible(False)
        # The owner's earlier answer (in the wizard's state) stays shown.
        self._key_group.setExclusive(False)
        for radio, value in ((self.new_key_radio, "new"), (self.keep_key_radio, "keep")):
            radio.blockSignals(True)
            radio.setChecked(self.flow.unknown_secret == value)
            radio.blockSignals(False)
        self._key_group.setExclusive(True)
        plan = copy.deepcopy(self.plan)
        self.changes_label.setText(html.escape(self.tr("Looking at what XWMS already has…")))
        self.new_key_radio.setVisible(False)
        self.keep_key_radio.setVisible(False)
        self.changes_box.setVisible(True)
        # Not a busy wait: Create stays pressable (it checks the server itself), and without
        # an answer here Create reports the problem in its own place, with Try again.
        self.wiz.run_task(
            self.session.preview(plan),
            on_done=lambda preview: self._previewed(preview, plan),
            on_error=lambda _error: self.changes_box.setVisible(False),
        )

    def _previewed(self, preview: Preview, plan) -> None:
        if plan_to_dict(plan) != plan_to_dict(self.plan) or self.busy.busy or self._plan_matches():
            return  # changed meanwhile, or Create was pressed (its rows say what happens)
        self._preview = preview
        lines = preview.difference.lines()
        self.changes_label.setText(
            "<ul style='margin:0'>"
            + "".join(f"<li>{html.escape(line)}</li>" for line in lines)
            + "</ul>"
        )
        choose = preview.secret.action is SecretAction.CHOOSE
        self.new_key_radio.setVisible(choose)
        self.keep_key_radio.setVisible(choose)
        self.changes_box.setVisible(True)
        if preview.difference.nothing and self.session.result is None:
            self.apply_button.setText(self.tr("&Check it and go on"))
            self.status.setText(self.tr("XWMS already has all of this."))
        elif preview.state is not None and self.session.result is None:
            # An existing client: this changes what it has, it creates no new setup.
            self.apply_button.setText(self.tr("&Apply these changes"))
            self.status.setText(self.tr("Nothing has been changed yet."))
        self._key_choice_changed()

    def _unknown_choice(self) -> UnknownValue:
        return UnknownValue(self.flow.unknown_secret)

    def _key_choice_changed(self) -> None:
        if self.new_key_radio.isChecked():
            self.flow.unknown_secret = UnknownValue.NEW.value
        elif self.keep_key_radio.isChecked():
            self.flow.unknown_secret = UnknownValue.KEEP.value
        waiting = (
            self._preview is not None
            and self._preview.secret.action is SecretAction.CHOOSE
            and self._unknown_choice() is UnknownValue.ASK
        )
        self.apply_button.setEnabled(not waiting and not self.busy.busy)
        if not self.busy.busy and not self._plan_matches():
            self._reset_rows()
        self.refresh()

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        # Leaving the page: the secret was shown; take it off the screen.
        if self._secret_shown:
            self._secret_already_shown()
        return True

    def focus_target(self):
        return self.apply_button if self.apply_button.isEnabled() else None

    def page_valid(self) -> bool:
        return self.flow.applied

    def _reset_rows(self) -> None:
        revoke = self._unknown_choice() is UnknownValue.NEW
        steps = self.session.steps_for(self.plan, revoke=revoke)
        rows = [(step, step_title(step)) for step in steps]
        self.progress_list.set_rows(rows, self._step_looks())

    def _step_looks(self) -> dict[object, RowLook]:
        return step_looks()

    # -- creating ------------------------------------------------------------------

    def create(self) -> None:
        if self.busy.busy:
            return
        plan = copy.deepcopy(self.plan)  # what is being made, even if a page changes later
        self._reset_rows()
        self.banner.clear()
        self.secret_box.setVisible(False)
        self.verify_label.clear()
        self.status.setText("")
        self.apply_button.setEnabled(False)
        self._running_step: Step | None = None
        self.run(
            self.session.apply(plan, self._progress, unknown_secret=self._unknown_choice()),
            self.tr("Creating your setup…"),
            on_done=lambda result: self._created(result, plan),
            on_error=self._failed,
            on_cancel=self._cancelled,
        )

    def _progress(self, event: StepEvent) -> None:
        self._running_step = event.step if event.state is StepState.RUNNING else None
        self.progress_list.show_state(event.step, event.state, event.message)
        if event.state is StepState.RUNNING:
            self.busy.set_text(self.tr("{step}…").format(step=step_title(event.step)))

    def _created(self, result: ApplyResult, plan) -> None:
        self.apply_button.setVisible(False)  # done; it comes back if a choice changes
        self.changes_box.setVisible(False)
        made = [s for s, state in result.states.items() if state == StepState.DONE.value]
        if made and made != [Step.VERIFY.value]:
            self.status.setText(self.tr("✓ Everything is set up."))
        else:
            self.status.setText(self.tr("✓ Everything was already set up; nothing new was made."))
        self.status.setStyleSheet(OK_STYLE)
        verification = result.verification
        if verification is not None and (
            not verification.ok or verification.server_side_check_needed
        ):
            # The verify row says "ready" when all is well; anything else deserves its own line.
            self.verify_label.setText(verification.verdict)
            self.verify_label.setStyleSheet(WARNING_STYLE)
        self._show_secret(result)
        self.summary.setVisible(False)  # the rows above now say what was made
        self.refresh()
        self.scroll_to(self.secret_box if self.secret_box.isVisible() else self.status)
        self.wiz.next_button_focus()

    def _failed(self, error: BaseException) -> None:
        self.apply_button.setEnabled(True)
        self.status.setStyleSheet("")
        if isinstance(error, ApplyError):
            where = ""
            page = _FIELD_PAGES.get((error.field or "").split(".")[0])
            if error.field == "secret.unknown_value":
                # The key works but its value is not here: the choice is on this page.
                page = None
                where = " " + self.tr("Choose below what to do, then press Try again.")
                self._look_ahead()
            if page is not None:
                title = self.wiz.step_panel.titles[page]
                where = " " + self.tr(
                    "Go Back to the {page} page to change it, then press Try again."
                ).format(page=title)
            elif error.retryable:
                where = " " + self.tr(
                    "Nothing you chose is lost: press Try again when the problem is solved."
                )
            self.banner.show_text(
                self.tr("Stopped at “{step}”: {message}").format(
                    step=step_title(error.step), message=error.message
                )
                + where,
                error.detail,
            )
        self.retry_button.setFocus()

    def _cancelled(self) -> None:
        self.apply_button.setEnabled(True)
        if self._running_step is not None:
            self.progress_list.show_state(self._running_step, "stopped")
        self.status.setStyleSheet("")
        self.status.setText(
            self.tr(
                "Stopped. Nothing is lost: press Create everything to continue where it "
                "stopped. Nothing will be made twice."
            )
        )

    # -- the secret, once ----------------------------------------------------------

    def _show_secret(self, result: ApplyResult) -> None:
        value = self.session.secret_value(result)
        self.secret_box.setVisible(True)
        self.reveal_button.setChecked(False)
        self.copied_label.clear()
        self.copied_label.setVisible(False)
        if not value:
            self.secret_edit.clear()
            self.secret_edit.setVisible(False)
            self.reveal_button.setVisible(False)
            self.copy_button.setVisible(False)
            self.secret_intro.setText(
                self.tr(
                    "The secret key was made in an earlier run and shown then; its value is "
                    "not on this computer. If nobody kept it, make a new key in the XWMS "
                    "dashboard (Client Secrets) and link it to the website."
                )
            )
            self.store_label.clear()
            self._secret_shown = False
            return
        self.secret_edit.setVisible(True)
        self.reveal_button.setVisible(True)
        self.copy_button.setVisible(True)
        self.secret_edit.setText(value)
        self.secret_edit.setCursorPosition(0)  # from its start, should a key be longer than the field
        self._secret_shown = True
        if self.session.secrets.persistent:
            self.store_label.setText(
                self.tr(
                    "✓ Saved in this computer's keychain (under “xwms-wizard”), so the wizard "
                    "can put it in the folder for your developer on the next page."
                )
            )
            self.store_label.setStyleSheet(OK_STYLE)
        else:
            self.store_label.setText(
                self.tr(
                    "This computer has no keychain, so the key is kept only while the wizard "
                    "is open. Now is the moment to keep it: copy it into your password manager, "
                    "or include it in the folder for your developer on the next page."
                )
            )
            self.store_label.setStyleSheet(WARNING_STYLE)

    def _secret_already_shown(self) -> None:
        self.secret_edit.clear()
        self.secret_edit.setVisible(False)
        self.reveal_button.setChecked(False)
        self.reveal_button.setVisible(False)
        self.copy_button.setVisible(False)
        self.copied_label.clear()
        self.copied_label.setVisible(False)
        self.secret_intro.setText(
            self.tr(
                "The secret key was shown once and is no longer on screen. "
                "The next page can put it in the folder for your developer."
            )
        )

    def _reveal(self, shown: bool) -> None:
        self.secret_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )
        self.reveal_button.setText(self.tr("&Hide") if shown else self.tr("&Show"))
        self.reveal_button.setAccessibleName(
            self.tr("Hide the secret key") if shown else self.tr("Show the secret key")
        )

    def _copy(self) -> None:
        value = self.secret_edit.text()
        if not value:
            return
        self.wiz.clipboard.copy(value)
        self.copied_label.setText(
            self.tr(
                "Copied. The wizard empties the clipboard in 60 seconds if the key is still there."
            )
        )
        self.copied_label.setVisible(True)
