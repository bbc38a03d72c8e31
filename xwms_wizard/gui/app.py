"""The GUI entry point: a QApplication (reused if one exists), the qasync loop, the wizard."""

from __future__ import annotations

import argparse
import sys

from xwms_wizard.gui.platform_check import HEADLESS_HINT, has_display, window_problem

__all__ = ["HEADLESS_HINT", "has_display", "main", "quiet_font_notes", "run", "run_wizard"]

# Qt notes, once per font it tries, that a font lacks OpenType support for a script (Bengali,
# when no Bengali font is installed): the language list draws every language in its own
# script, so a machine without those fonts printed some twenty such lines at every start.
# Only this category's info messages are hidden; its warnings still show, and QT_LOGGING_RULES
# (which Qt applies after these rules) can turn them back on.
FONT_NOTES_RULE = "qt.text.font.db.info=false"


def quiet_font_notes() -> None:
    """Hide Qt's per-font "OpenType support missing" notes (see FONT_NOTES_RULE)."""
    from PySide6.QtCore import QLoggingCategory

    QLoggingCategory.setFilterRules(FONT_NOTES_RULE)


async def run_wizard(wizard, ended: list[int] | None = None) -> int:
    """Show the wizard and wait until it closes; then close the session (sandbox, connections).

    `ended`: the results of `wizard.finished` seen before the event loop ran (the window is
    shown and painted first; a window closed that soon has its result there already).
    """
    import asyncio

    from PySide6.QtCore import Qt

    loop = asyncio.get_running_loop()
    closed: asyncio.Future[int] = loop.create_future()

    def on_finished(result: int) -> None:
        if not closed.done():
            closed.set_result(result)

    session = wizard.session
    if ended:
        on_finished(ended[0])
    else:
        wizard.finished.connect(on_finished)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.show()
    try:
        result = await closed
    finally:
        await session.close()
    return 0 if result in (0, 1) else 1


def main(argv: list[str] | None = None) -> int:
    """Open the setup wizard for a command line (`--sandbox`, `--api-url`, `--debug`)."""
    from xwms_wizard.options import parse

    return run(parse(sys.argv[1:] if argv is None else list(argv)))


def run(args: argparse.Namespace) -> int:
    """Open the setup wizard for options already parsed (xwms_wizard.cli.main parses them once);
    returns the process exit code."""
    # No display, or Qt's window plugin lacks system libraries: say so in plain words, before
    # Qt would abort the whole process over it.
    problem = window_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    # The engine's modules (no Qt) before PySide6: once it is imported, PySide reads the
    # source of every module imported after it (to look for its __feature__ switches).
    from xwms_wizard.core.flow import Mode
    from xwms_wizard.core.session import WizardSession

    quiet_font_notes()

    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from xwms_wizard.gui.resources import app_icon
    from xwms_wizard.gui.translation import install_language
    from xwms_wizard.gui.wizard import SetupWizard
    from xwms_wizard.i18n import chosen_language

    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "xwms-wizard"])
        app.setApplicationName("xwms-wizard")
        app.setApplicationDisplayName("XWMS Setup")
        app.setOrganizationName("xwms-wizard")
        app.setWindowIcon(app_icon())
    # The owner's language (remembered, else the system's) before the first window is built.
    install_language(chosen_language(QLocale.system().name()))
    # The loop ends when the wizard's coroutine does, not when Qt sees no window.
    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)

    if args.sandbox:
        start_mode = Mode.PRACTICE
    elif args.api_url:
        start_mode = Mode.LIVE  # an XWMS API address only means something in Live mode
    else:
        start_mode = None
    # The window is built and painted before asyncio and qasync load (with ssl, sockets and
    # subprocess: some 50 ms and 10 MiB the first page does not need); the wizard starts no
    # work before the loop runs (its first timers fire in it).
    wizard = SetupWizard(WizardSession(), start_mode=start_mode, live_api_url=args.api_url)
    ended: list[int] = []
    wizard.finished.connect(ended.append)
    wizard.show()
    app.processEvents()

    import asyncio

    import qasync

    def make_loop() -> qasync.QEventLoop:
        return qasync.QEventLoop(app)

    try:
        with asyncio.Runner(loop_factory=make_loop) as runner:
            return runner.run(run_wizard(wizard, ended))
    finally:
        app.setQuitOnLastWindowClosed(quit_on_close)
