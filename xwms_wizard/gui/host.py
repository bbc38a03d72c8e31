"""What a page may ask of the wizard window: a small protocol, so pages never import gui.wizard.

gui.wizard builds the pages (gui.pages) and the pages call back into the window; with this
protocol that call-back is typed without an import from the pages to gui.wizard, so the two
form no cycle (the acyclic contract in pyproject.toml checks it). `SetupWizard` satisfies it
structurally; nothing subclasses it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from xwms_wizard.core.flow import Mode, Page, WizardState
    from xwms_wizard.core.models import SetupPlan
    from xwms_wizard.core.session import WizardSession
    from xwms_wizard.core.state import ServerState
    from xwms_wizard.gui.prompts import Prompts
    from xwms_wizard.gui.widgets import SecretClipboard
    from xwms_wizard.settings import Settings


class StepTitles(Protocol):
    """The step list beside the pages; a page reads another page's title from it."""

    titles: dict[Page, str]

    def set_mode(self, mode: Mode, task: Any = ..., action: Any = ...) -> None: ...

    def follow(self, state: WizardState) -> None: ...


class WizardHost(Protocol):
    """The window the pages live in: the session, the plan, services, and a few actions."""

    session: WizardSession
    plan: SetupPlan
    prompts: Prompts
    settings: Settings
    clipboard: SecretClipboard
    documents_dir: str | None
    live_api_url: str | None
    step_panel: StepTitles

    @property
    def flow(self) -> WizardState: ...

    # The page object (a gui.pages.base.BasePage subclass); Any keeps this module page-free.
    def page_named(self, name: Page | str) -> Any: ...

    def next_button_focus(self) -> None: ...

    def next(self) -> None: ...  # QWizard.next: on to the following page

    def has_server(self, name: str) -> bool: ...

    def adopt_server(self, state: ServerState | None) -> None: ...

    def change_language(self, language: str) -> None: ...

    def run_task(
        self,
        coro: Coroutine[Any, Any, Any],
        *,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_cancel: Callable[[], None] | None = None,
    ) -> asyncio.Task: ...
