"""GUI test set-up: a qasync loop on the test QApplication, an in-process sandbox, the wizard."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any

import httpx
import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from xwms_wizard.core.session import WizardSession
from xwms_wizard.gui.prompts import Prompts
from xwms_wizard.gui.wizard import SetupWizard
from xwms_wizard.sandbox.app import create_app

# A loopback address that is never dialled: the transport hands every request to the app.
IN_PROCESS_URL = "http://127.0.0.1:9/api/"
# Tests wait for a failing call quickly instead of the client's patient back-off.
FAST_CLIENT = {"retries": 1, "backoff": 0.01, "timeout": 10.0}


@pytest.fixture(autouse=True)
def english(qapp):
    """Every GUI test starts in English (whatever this machine's locale) and ends in it."""
    from xwms_wizard import i18n
    from xwms_wizard.gui.translation import install_language

    i18n.save_language("en")  # what main() starts in; app data is the test's own folder
    install_language("en")
    yield
    install_language("en")


@pytest.fixture
def qloop(qapp, qtbot):
    """A qasync event loop on the test's QApplication, set as the running loop.

    Qt events processed by qtbot.waitUntil / wait_signal also run the asyncio callbacks.
    """
    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    yield loop
    pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
    for task in pending:
        task.cancel()
    if pending:
        qtbot.waitUntil(lambda: all(task.done() for task in pending), timeout=10_000)
    # Not loop.stop(): with no Qt event loop of its own running it would call app.exit(),
    # which makes the next test's loop return at once. Mark it stopped, then close it.
    loop._QEventLoop__is_running = False
    asyncio.events._set_running_loop(None)
    asyncio.set_event_loop(None)
    loop.close()


def run(qtbot, coro: Coroutine[Any, Any, Any], timeout: int = 20_000) -> Any:
    """Run a coroutine on the qasync loop from a test, processing Qt events until it ends."""
    task = asyncio.ensure_future(coro)
    qtbot.waitUntil(task.done, timeout=timeout)
    return task.result()


class Gate(httpx.AsyncBaseTransport):
    """The real sandbox app in-process, with two test levers on the wire.

    `down`: every request fails as if the server were gone (nothing reaches the app).
    `hold(method, path_suffix)`: the matching request is handled by the app, but its
    answer is held back until `release()`: the worst moment to cancel or close.
    """

    def __init__(self, app) -> None:
        self.app = app
        self.inner = httpx.ASGITransport(app=app)
        self.down = False
        self.seen: list[tuple[str, str]] = []
        self._hold: tuple[str, str] | None = None
        self._break: tuple[str, str] | None = None
        self.held = asyncio.Event()
        self._release = asyncio.Event()

    def hold(self, method: str, path_suffix: str) -> None:
        self._hold = (method, path_suffix)
        self.held = asyncio.Event()
        self._release = asyncio.Event()

    def break_at(self, method: str, path_suffix: str) -> None:
        """Go down (as if the sandbox stopped) when the matching request is about to be sent."""
        self._break = (method, path_suffix)

    def release(self) -> None:
        self._hold = None
        self._release.set()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        brk = self._break
        if brk and request.method == brk[0] and request.url.path.endswith(brk[1]):
            self._break = None
            self.down = True
        if self.down:
            raise httpx.ConnectError("All connection attempts failed", request=request)
        self.seen.append((request.method, request.url.path))
        response = await self.inner.handle_async_request(request)
        hold = self._hold
        if hold and request.method == hold[0] and request.url.path.endswith(hold[1]):
            await response.aread()
            self.held.set()
            await self._release.wait()
        return response


@pytest.fixture
def sandbox_app():
    """A real sandbox (Starlette + SQLite in memory), shared by every session of one test."""
    return create_app(":memory:")


@pytest.fixture
def gate(sandbox_app):
    return Gate(sandbox_app)


class FakePrompts(Prompts):
    """The dialogs, answered by the test; each question is recorded."""

    def __init__(self, parent, *, close: bool = True, resume: str = Prompts.RESUME_CONTINUE):
        super().__init__(parent)
        self.answer_close = close
        self.answer_resume = resume
        self.answer_existing = Prompts.EXISTING_KEEP_BOTH
        self.asked: list[tuple[str, str]] = []
        self.folder = ""
        self.logo = ""
        self.opened: list[Any] = []

    def confirm_close(self, text: str) -> bool:
        self.asked.append(("close", text))
        return self.answer_close

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


@pytest.fixture
def make_session(gate, qloop, qtbot):
    """Sessions on the in-process sandbox; closed at the end of the test."""
    sessions: list[WizardSession] = []

    def make(**kwargs) -> WizardSession:
        kwargs.setdefault("transport", gate)
        kwargs.setdefault("sandbox_url", IN_PROCESS_URL)
        kwargs.setdefault("client_options", FAST_CLIENT)
        session = WizardSession(**kwargs)
        sessions.append(session)
        return session

    yield make
    for session in sessions:
        run(qtbot, session.close())


@pytest.fixture
def make_wizard(qtbot, make_session, tmp_path):
    """A shown SetupWizard on an in-process sandbox, with FakePrompts; exports go to tmp_path."""
    wizards: list[SetupWizard] = []

    def make(session: WizardSession | None = None, **kwargs) -> SetupWizard:
        session = session or make_session()
        kwargs.setdefault("documents_dir", str(tmp_path / "Documents"))
        kwargs.setdefault("check_resume", False)
        prompts_kwargs = kwargs.pop("prompts_kwargs", {})
        wizard = SetupWizard(session, **kwargs)
        wizard.prompts = FakePrompts(wizard, **prompts_kwargs)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        wizards.append(wizard)
        return wizard

    yield make
    # Close while the loop still runs, so work that is still going is cancelled cleanly.
    for wizard in wizards:
        if wizard.isVisible():
            wizard.prompts.answer_close = True
            wizard.close()


def next_button(wizard: QWizard):
    return wizard.button(QWizard.WizardButton.NextButton)


def click_next(qtbot, wizard: QWizard) -> None:
    """Press Next once it is enabled; wait for the page to change."""
    button = next_button(wizard)
    qtbot.waitUntil(button.isEnabled, timeout=20_000)
    before = wizard.currentId()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() != before, timeout=5_000)


async def _sandbox_objects(transport) -> dict[str, dict[str, list]]:
    from xwms_wizard.xwms import XwmsClient

    async with XwmsClient(IN_PROCESS_URL, transport=transport, retries=0) as client:
        await client.login("owner@example.com", "practice")
        found: dict[str, dict[str, list]] = {}
        for made in await client.list_clients():
            domains = await client.list_domains(made.id)
            found[made.name] = {
                "client": [made],
                "domains": domains,
                "urls": [url for d in domains for url in await client.list_urls(d.id)],
                "links": [link for d in domains for link in await client.list_secret_links(d.id)],
                "secrets": await client.list_secrets(made.id),
                "scopes": await client.get_client_scopes(made.id),
            }
        return found


def sandbox_objects(qtbot, transport) -> dict[str, dict[str, list]]:
    """What the practice account holds on the sandbox, per client name (read over the API)."""
    was_down = getattr(transport, "down", False)
    if was_down:
        transport.down = False
    try:
        return run(qtbot, _sandbox_objects(transport))
    finally:
        if was_down:
            transport.down = True


VALID = {
    "clientNameEdit": "my-bakery-shop",
    "rootDomainEdit": "bakery-shop.example",
}


def find(wizard, cls, name: str):
    widget = wizard.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name}"
    return widget


def go_to(qtbot, wizard, page: str, values: dict[str, str] | None = None) -> None:
    """Click Next from the current page until `page` (e.g. "review"), filling valid values."""
    from PySide6.QtWidgets import QLineEdit

    values = {**VALID, **(values or {})}
    while wizard.currentPage().objectName() != f"{page}Page":
        for name, text in values.items():
            edit = wizard.currentPage().findChild(QLineEdit, name)
            if edit is not None and edit.isEnabled() and edit.text() != text:
                edit.setText(text)
        click_next(qtbot, wizard)


def create_setup(qtbot, wizard) -> None:
    """On the review page: press Create everything and wait until the setup exists."""
    from PySide6.QtWidgets import QPushButton

    assert wizard.currentPage().objectName() == "reviewPage"
    qtbot.mouseClick(find(wizard, QPushButton, "applyButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(next_button(wizard).isEnabled, timeout=20_000)
