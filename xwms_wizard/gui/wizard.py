"""The setup wizard window: one page class per page of core.flow; runs the pages' async work."""

from __future__ import annotations

import copy
import logging
import sys
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget, QWizard

from xwms_wizard import i18n
from xwms_wizard.core.errors import WizardError
from xwms_wizard.core.flow import (
    PAGES,
    Action,
    Mode,
    Page,
    Task,
    WizardState,
    blocker,
    following,
    pages_for,
)
from xwms_wizard.core.journal import Journal
from xwms_wizard.core.models import ScopesChoice, SetupPlan
from xwms_wizard.core.session import WizardSession
from xwms_wizard.core.state import ServerState, plan_from_server
from xwms_wizard.gui import translation
from xwms_wizard.gui.pages import page_class
from xwms_wizard.gui.pages.base import BasePage
from xwms_wizard.gui.resources import app_icon
from xwms_wizard.gui.widgets import SecretClipboard
from xwms_wizard.settings import Settings

if TYPE_CHECKING:  # asyncio loads with the event loop, after the first page is painted
    import asyncio

    from xwms_wizard.gui.prompts import Prompts

log = logging.getLogger(__name__)

DEFAULT_SCOPES = ["profile"]  # least privilege: name and e-mail only


def new_plan() -> SetupPlan:
    """A fresh plan with the wizard's defaults (only the basic profile scope)."""
    return SetupPlan(scopes=ScopesChoice(keys=list(DEFAULT_SCOPES)))


def open_settings() -> Settings:
    """The wizard's settings (last mode, server address, e-mail; never a secret) in app data."""
    return Settings()


class StepPanel(QWidget):
    """The side panel: every step of the flow, the current one marked, the ones behind ticked."""

    MAX_TITLE_CHARS = 19  # about; "Geheimer Schlüssel" still fits on one line

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepPanel")
        self.setAccessibleName(self.tr("Steps"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        column = QVBoxLayout()
        self._column = column
        column.setContentsMargins(12, 12, 12, 12)
        column.setSpacing(8)
        row.addLayout(column)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        row.addWidget(line)
        self._labels: dict[Page, QLabel] = {}
        for page in PAGES:
            label = QLabel(self)
            label.setObjectName(f"step_{page.value}")
            column.addWidget(label)
            self._labels[page] = label
        column.addStretch(1)
        self.titles = {
            Page.WELCOME: self.tr("Welcome"),
            Page.ACCOUNT: self.tr("Account"),
            Page.CLIENT: self.tr("Client"),
            Page.DOMAIN: self.tr("Website"),
            Page.SCOPES: self.tr("Permissions"),
            Page.SECRET: self.tr("Secret key"),
            Page.REVIEW: self.tr("Review & create"),
            Page.CHECK: self.tr("Check my setup"),
            Page.STATUS: self.tr("Your setup"),
            Page.RENEW: self.tr("Renew the key"),
            Page.PEOPLE: self.tr("People and access"),
            Page.LIVE_STATUS: self.tr("Your setup"),
            Page.LIVE_RENEW: self.tr("Renew the key"),
            Page.LIVE_PEOPLE: self.tr("People and access"),
            Page.EXPORT: self.tr("Export"),
            Page.DONE: self.tr("Done"),
        }
        # As wide as the longest title in bold, so the pages do not shift as the mark moves,
        # but no wider than MAX_TITLE_CHARS: a longer title ("Mijn instellingen controleren")
        # goes on over two lines, so the page keeps its room in every language.
        bold = QFont(self.font())
        bold.setBold(True)
        self._metrics = QFontMetrics(bold)
        widest = max(self._metrics.horizontalAdvance(f"▶  {t}") for t in self.titles.values())
        self._room = min(widest, self._metrics.averageCharWidth() * self.MAX_TITLE_CHARS)
        self.setFixedWidth(self._room + 24 + 12)
        self._shown: tuple[Page, ...] = ()
        self._current = Page.WELCOME
        self.set_mode(Mode.PRACTICE)

    def set_mode(self, mode: Mode, task: Task = Task.SETUP, action: Action | None = None) -> None:
        """List the steps of this mode and task only (Live checks instead of creating; an
        existing setup is looked at, then changed or renewed)."""
        self._shown = pages_for(mode, task, action)
        for page, label in self._labels.items():
            label.setVisible(page in self._shown)
        for index, page in enumerate(self._shown):  # in the order this way takes them
            self._column.insertWidget(index, self._labels[page])
        self.set_current(self._current)

    def follow(self, state: WizardState) -> None:
        self.set_mode(state.mode, state.task, state.action)

    def set_current(self, current: Page) -> None:
        self._current = current
        shown = self._shown
        index = shown.index(current) if current in shown else 0
        for i, page in enumerate(shown):
            label, title = self._labels[page], self.titles[page]
            if i < index:
                label.setText(self._wrapped("✓  ", title))
                label.setStyleSheet("color: palette(placeholder-text);")
            elif i == index:
                # The mark points at the page, which sits on the left in right-to-left text.
                label.setText(self._wrapped(f"{'◀' if self.isRightToLeft() else '▶'}  ", title))
                label.setStyleSheet("font-weight: bold;")
            else:
                label.setText(self._wrapped("     ", title))
                label.setStyleSheet("")
            label.setAccessibleName(
                self.tr("{title} (current step)").format(title=title) if i == index else title
            )

    def _wrapped(self, mark: str, title: str) -> str:
        """`mark` and `title`, broken into lines that fit the panel, each next line indented
        under the title's first word (the same breaks whether the line is bold or not)."""
        lines: list[str] = []
        for word in title.split():
            if lines and self._metrics.horizontalAdvance(f"▶  {lines[-1]} {word}") <= self._room:
                lines[-1] += f" {word}"
            else:
                lines.append(word)
        return mark + "\n     ".join(lines)


class SetupWizard(QWizard):
    """The wizard: pages from core.flow, one WizardSession doing the work, the plan filled in."""

    def __init__(
        self,
        session: WizardSession,
        *,
        start_mode: Mode | None = None,
        prompts: Prompts | None = None,
        documents_dir: str | None = None,
        check_resume: bool = True,
        live_api_url: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.setAccessibleName(self.tr("XWMS setup wizard"))
        self.setWindowTitle(self.tr("XWMS Setup"))
        self.setWindowIcon(app_icon())
        self.session = session
        self.plan = new_plan()
        self._prompts = prompts  # the window's questions, made when the first one is asked
        self.settings = open_settings()
        self.documents_dir = documents_dir
        self.live_api_url = live_api_url  # --api-url: the XWMS API address for Live mode
        self.clipboard = SecretClipboard(self)
        self.journal_offered: Journal | None = None
        self._own_plan: SetupPlan | None = None  # the owner's plan before a client was loaded
        self._tasks: set[asyncio.Task] = set()
        self._closing = False

        saved_mode = self.settings.value("mode", "", str)
        if start_mode is not None:
            self.flow.mode = start_mode
        elif saved_mode in (Mode.PRACTICE.value, Mode.CUSTOM.value, Mode.LIVE.value):
            self.flow.mode = Mode(saved_mode)

        # Both at once: each setOption lays QWizard's buttons out again.
        self.setOptions(
            self.options()
            | QWizard.WizardOption.NoBackButtonOnStartPage
            | QWizard.WizardOption.NoCancelButtonOnLastPage
        )
        self._name_buttons()
        self.pages: dict[Page, BasePage] = {}
        self._build_pages()
        self.setMinimumSize(QSize(860, 640))
        self.currentIdChanged.connect(self._on_page_changed)
        self.finished.connect(self._on_finished)
        if check_resume:
            # After the window is up, so the question appears over it.
            QTimer.singleShot(0, self.offer_resume)

    def _build_pages(self, names: tuple[Page, ...] = (Page.WELCOME,)) -> None:
        """The step panel, and the pages `names` (the first page: every other page is built
        on its first use, by `page_named` or just before Next leads to it)."""
        self.step_panel = StepPanel(self)
        self.setSideWidget(self.step_panel)
        for name in names:
            self._page(name)

    def _page(self, name: Page) -> BasePage:
        page = self.pages.get(name)
        if page is None:
            page = page_class(name)(self)
            self.pages[name] = page
            self.setPage(PAGES.index(name), page)
            # After QWizard's own handler, which would enable Back again.
            page.completeChanged.connect(self._update_back)
        return page

    def build_every_page(self) -> None:
        """Build the pages not used yet (the self-test checks that each one can be built)."""
        for name in PAGES:
            self._page(name)

    # -- language ------------------------------------------------------------------

    def change_language(self, language: str) -> None:
        """Speak `language` from now on (remembered): every text on every page changes at once.

        The pages are built anew in the new language (not patched text by text, so no
        label can be forgotten); what the owner chose lives in the plan and the flow, and
        the new pages fill themselves from those. Only the welcome page offers this.
        """
        if language == translation.current_language():
            return
        i18n.save_language(language)
        translation.install_language(language)
        self.rebuild_pages()

    def rebuild_pages(self) -> None:
        """Replace every page (and the step panel) by a new one in the current language."""
        old_pages = dict(self.pages)
        on_welcome = self.current_name() is Page.WELCOME
        # Last page first: removing the current page makes QWizard open another one, which
        # must not be a page that starts work (the account page signs in on arrival).
        for page_id in reversed(self.pageIds()):
            self.removePage(page_id)
        old_panel = self.step_panel
        self.pages = {}
        self._build_pages(tuple(old_pages))
        for name, page in self.pages.items():
            page.carry_over(old_pages[name])
        # Out of the window at once (findChild must not find them), deleted when Qt is idle.
        for old in (*old_pages.values(), old_panel):
            old.setParent(None)
            old.deleteLater()
        self.setAccessibleName(self.tr("XWMS setup wizard"))
        self.setWindowTitle(self.tr("XWMS Setup"))
        self._name_buttons()
        self.restart()
        if on_welcome:
            self._page(Page.WELCOME).focus_language()

    def _name_buttons(self) -> None:
        """Finish in our words; Back, Next and Cancel are Qt's (each platform's own style),
        translated by Qt's catalogue or, where Qt has none, ours (translation.QT_OWN_WORDS)."""
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))

    @property
    def prompts(self) -> Prompts:
        if self._prompts is None:
            from xwms_wizard.gui.prompts import Prompts

            self._prompts = Prompts(self)
        return self._prompts

    @prompts.setter
    def prompts(self, prompts: Prompts) -> None:
        self._prompts = prompts

    # -- pages and navigation ------------------------------------------------------

    def page_named(self, name: Page | str) -> BasePage:
        return self._page(Page(name))

    def current_name(self) -> Page:
        return PAGES[self.currentId()] if self.currentId() >= 0 else Page.WELCOME

    # The one wizard state lives in the session (core.flow.WizardState); these read it.

    @property
    def flow(self) -> WizardState:
        return self.session.state

    @property
    def plan(self) -> SetupPlan:
        return self.session.state.plan

    @plan.setter
    def plan(self, plan: SetupPlan) -> None:
        self.session.state.plan = plan

    def nextId(self) -> int:  # noqa: N802 (Qt's name)
        # Which page follows in this mode's sequence (core.flow); whether Next may be
        # pressed is the page's isComplete() and the map's gate (validateCurrentPage).
        after = following(self.current_name(), self.flow)
        return -1 if after is None else PAGES.index(after)

    def validateCurrentPage(self) -> bool:  # noqa: N802 (Qt's name)
        reason = blocker(self.current_name(), self.flow)
        if reason is not None:
            log.debug("Next refused on %s: %s", self.current_name().value, reason)
            return False
        if not super().validateCurrentPage():
            return False
        following_id = self.nextId()  # QWizard goes there next: built on its first use
        if following_id >= 0:
            self._page(PAGES[following_id])
        return True

    def _on_page_changed(self, page_id: int) -> None:
        if page_id < 0:
            return
        name = PAGES[page_id]
        self.step_panel.follow(self.flow)
        self.step_panel.set_current(name)
        self._update_back()
        if name is Page.REVIEW:
            self.flow.resuming = False  # from here on, Back and Next walk every page

    def _update_back(self) -> None:
        # While work runs, going back would leave it running behind the owner's back.
        page = self.currentPage()
        if isinstance(page, BasePage) and page.busy.busy:
            self.button(QWizard.WizardButton.BackButton).setEnabled(False)

    def next_button_focus(self) -> None:
        """Put the keyboard focus on Next (or Finish), so Enter or Space goes on."""
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton):
            button = self.button(which)
            if button.isVisible() and button.isEnabled():
                button.setFocus()
                return

    def load_plan(self, plan: SetupPlan) -> None:
        """Take over a plan (from a journal): every page fills itself from it on its next visit."""
        self.plan = plan
        self._own_plan = None
        self.flow.forget_result()
        for page in self.pages.values():
            page.reload()

    # -- what the server has ------------------------------------------------------

    def has_server(self, name: str) -> bool:
        """Whether the existing client `name` has been read from the server."""
        state = self.session.server_state
        return state is not None and state.client.name == name

    def adopt_server(self, state: ServerState | None) -> None:
        """Take in what the picked existing client has (None: a new client after all).

        The website, its switches and callback URL, the scopes and the key's label and
        expiry are filled in from the server, so an owner who changes nothing changes
        nothing. A website the owner already typed that the client does not have yet stays
        as typed: it is added.
        """
        self.session.server_state = state
        if state is None:
            if self._own_plan is not None:
                # A new client after all: the owner's own choices come back, not the server's.
                own, self._own_plan = self._own_plan, None
                own.client = self.plan.client
                self.plan = own
                self._reload_plan_pages()
            return
        if self._own_plan is None:
            self._own_plan = copy.deepcopy(self.plan)
        own = self._own_plan  # another client picked before: start again from the owner's plan
        self.plan = plan_from_server(state, own.domain.root or None, base=own)
        self._reload_plan_pages()

    def _reload_plan_pages(self) -> None:
        for name, page in self.pages.items():
            if name not in (Page.WELCOME, Page.ACCOUNT, Page.CLIENT):
                page.reload()

    # -- async work ----------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return any(not task.done() for task in self._tasks)

    def run_task(
        self,
        coro: Coroutine[Any, Any, Any],
        *,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_cancel: Callable[[], None] | None = None,
    ) -> asyncio.Task:
        """Run `coro` on the qasync loop; keep the task until it ends; report on the GUI side."""
        import asyncio

        task = asyncio.ensure_future(coro)
        self._tasks.add(task)

        def finished(task: asyncio.Task) -> None:
            self._tasks.discard(task)
            if self._closing:
                if not task.cancelled():
                    task.exception()  # retrieved: the window is gone, nobody to tell
                return
            if task.cancelled():
                if on_cancel is not None:
                    on_cancel()
                return
            error = task.exception()
            if error is None:
                on_done(task.result())
            elif isinstance(error, WizardError):
                on_error(error)
            else:
                on_error(error)
                # Unexpected: let the excepthook see it (pytest-qt fails the test on it).
                sys.excepthook(type(error), error, error.__traceback__)

        task.add_done_callback(finished)
        return task

    def cancel_tasks(self) -> list[asyncio.Task]:
        tasks = [task for task in self._tasks if not task.done()]
        for task in tasks:
            task.cancel()
        return tasks

    # -- resume --------------------------------------------------------------------

    def offer_resume(self) -> None:
        """If a setup stopped half-way, offer to continue it (from its journal) or start over."""
        journals = self.session.unfinished()
        if not journals:
            return
        journal = journals[0]
        plan = journal.plan
        stopped_at = ""
        failed = (journal.last_error or {}).get("step") or next(
            (step for step, state in journal.steps.items() if state == "failed"), ""
        )
        if failed:
            try:
                from xwms_wizard.core.apply import Step, step_title

                stopped_at = step_title(Step(failed))
            except ValueError:
                stopped_at = failed
        text = self.tr(
            "Client “{client}” for the website {domain} was being set up{where}. "
            "Continue it to finish the parts that are missing; nothing is made twice. "
            "Start over to forget it and begin a new setup."
        ).format(
            client=plan.client.name,
            domain=plan.domain.root,
            where=self.tr(" (it stopped at: {step})").format(step=stopped_at) if stopped_at else "",
        )
        answer = self.prompts.ask_resume(text)
        if answer == self.prompts.RESUME_CONTINUE:
            self.resume(journal)
        else:
            for leftover in journals:
                leftover.discard()

    def resume(self, journal: Journal) -> None:
        """Continue a stopped setup: its plan in the pages, sign in, then straight to Review."""
        self.journal_offered = journal
        self.load_plan(journal.plan)
        self.flow.mode = WizardSession.mode_of(journal)
        self.flow.resuming = True
        self.session.signin.sign_out()
        welcome = self.page_named(Page.WELCOME)
        welcome.reload()
        if self.flow.mode is Mode.CUSTOM:
            self.flow.server_url = journal.server
            welcome.set_server(journal.server)
            self.page_named(Page.ACCOUNT).set_email(journal.account)
        if self.currentId() != 0:
            self.restart()
        welcome.initializePage()
        self.next()

    # -- closing -------------------------------------------------------------------

    def close_question(self) -> str:
        """What to ask before closing, or "" when closing loses nothing."""
        if self.busy:
            return self.tr(
                "The wizard is still working. If you close now it stops safely; next time "
                "you open the wizard it offers to continue where it stopped, and nothing is "
                "made twice."
            )
        result = self.session.result
        if (
            result is not None
            and not self.flow.exported
            and not self.session.secrets.persistent
            and self.session.secret_value(result)
        ):
            return self.tr(
                "This computer has no keychain, so the secret key exists only in this window. "
                "If you close now without exporting the bundle (with the secret), it is gone "
                "and you will have to make a new one."
            )
        return ""

    def reject(self) -> None:
        question = self.close_question()
        if question and not self.prompts.confirm_close(question):
            return  # staying open also ignores the window's close event
        super().reject()

    def _on_finished(self, _result: int) -> None:
        self._closing = True
        self.cancel_tasks()
        self.clipboard.clear_now()
        page = self.current_name()
        if page not in (Page.WELCOME,):
            self.settings.setValue("mode", self.flow.mode.value)
        self.settings.sync()
