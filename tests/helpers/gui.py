"""Driving the wizard in tests: coroutines on the qasync loop, dialogs the test answers, finding
widgets, clicking Next to a page, and what the practice sandbox holds behind the wizard."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QPushButton, QWizard

from tests.helpers.census import holdings_of
from tests.helpers.sandbox import IN_PROCESS_URL
from xwms_wizard.gui.prompts import Prompts

# Tests wait for a failing call quickly instead of the client's patient back-off.
FAST_CLIENT = {"retries": 1, "backoff": 0.01, "timeout": 10.0}

# Valid values for the fields `go_to` fills on its way.
VALID = {
    "clientNameEdit": "my-bakery-shop",
    "rootDomainEdit": "bakery-shop.example",
}


def run(qtbot, coro: Coroutine[Any, Any, Any], timeout: int = 20_000) -> Any:
    """Run a coroutine on the qasync loop from a test, processing Qt events until it ends."""
    task = asyncio.ensure_future(coro)
    qtbot.waitUntil(task.done, timeout=timeout)
    return task.result()


class FakePrompts(Prompts):
    """The dialogs, answered by the test; each question is recorded."""

    def __init__(
        self,
        parent,
        *,
        resume: str = Prompts.RESUME_CONTINUE,
        existing: str = Prompts.EXISTING_KEEP_BOTH,
    ) -> None:
        super().__init__(parent)
        self.answer_close = True
        self.answer_confirm = True
        self.answer_resume = resume
        self.answer_existing = existing
        self.asked: list[tuple[str, str]] = []
        self.folder = ""
        self.logo = ""
        self.opened: list[Any] = []

    def confirm_close(self, text: str) -> bool:
        self.asked.append(("close", text))
        return self.answer_close

    def confirm_action(self, title: str, text: str, yes: str) -> bool:
        self.asked.append(("confirm", text))
        return self.answer_confirm

    def ask_resume(self, text: str) -> str:
        self.asked.append(("resume", text))
        return self.answer_resume

    def ask_existing_bundle(self, name: str, answer) -> None:
        self.asked.append(("existing", name))
        answer(self.answer_existing)

    def choose_folder(self, start: str) -> str:
        self.asked.append(("folder", start))
        return self.folder

    def choose_logo(self, start: str) -> str:
        self.asked.append(("logo", start))
        return self.logo

    def open_folder(self, path) -> bool:
        self.opened.append(path)
        return True

    def open_url(self, url: str) -> bool:
        self.opened.append(url)  # never a real browser in a test
        return True


def find(wizard, cls, name: str):
    widget = wizard.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name}"
    return widget


def page_name(wizard) -> str:
    return wizard.currentPage().objectName()


def states(wizard, list_name: str = "progressList") -> dict[str, str]:
    """Each row's key and state in a list of steps: the review page's progress (by default), or
    the Live check ("liveCheckList")."""
    rows = find(wizard, QListWidget, list_name)
    role = Qt.ItemDataRole.UserRole
    return {rows.item(i).data(role + 1): rows.item(i).data(role) for i in range(rows.count())}


def next_button(wizard: QWizard):
    return wizard.button(QWizard.WizardButton.NextButton)


def click_next(qtbot, wizard: QWizard) -> None:
    """Press Next once it is enabled; wait for the page to change."""
    button = next_button(wizard)
    qtbot.waitUntil(button.isEnabled, timeout=20_000)
    before = wizard.currentId()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() != before, timeout=5_000)


def go_to(qtbot, wizard, page: str, values: dict[str, str] | None = None) -> None:
    """Click Next from the current page until `page` (e.g. "review"), filling valid values."""
    values = {**VALID, **(values or {})}
    while page_name(wizard) != f"{page}Page":
        for name, text in values.items():
            edit = wizard.currentPage().findChild(QLineEdit, name)
            if edit is not None and edit.isEnabled() and edit.text() != text:
                edit.setText(text)
        click_next(qtbot, wizard)


def create_setup(qtbot, wizard) -> None:
    """On the review page: press Create everything and wait until the setup exists."""
    assert page_name(wizard) == "reviewPage"
    qtbot.mouseClick(find(wizard, QPushButton, "applyButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(next_button(wizard).isEnabled, timeout=20_000)


def sandbox_objects(qtbot, transport) -> dict[str, dict[str, list]]:
    """What the practice account holds on the in-process sandbox, per client name (read over
    the API, with the Gate up for the moment if a test had taken it down)."""
    was_down = getattr(transport, "down", False)
    if was_down:
        transport.down = False
    try:
        return run(qtbot, holdings_of(IN_PROCESS_URL, transport))
    finally:
        if was_down:
            transport.down = True
