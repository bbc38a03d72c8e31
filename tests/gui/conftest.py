"""GUI test set-up: English, a qasync loop on the test QApplication, the in-process sandbox behind
a Gate (sandbox_app comes from tests.helpers.sandbox), sessions and shown wizards on it."""

from __future__ import annotations

import asyncio

import pytest
import qasync

from tests.helpers.gui import FAST_CLIENT, FakePrompts, run
from tests.helpers.sandbox import IN_PROCESS_URL, Gate
from xwms_wizard.core.session import WizardSession
from xwms_wizard.gui.wizard import SetupWizard


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


@pytest.fixture
def gate(sandbox_app) -> Gate:
    """The in-process sandbox every session of one test talks to, with test levers."""
    return Gate(sandbox_app)


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
