"""The GUI entry point: reuses the running QApplication, runs on qasync, explains a missing display."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QRadioButton

from xwms_wizard.gui import app as gui_app
from xwms_wizard.gui.app import HEADLESS_HINT, main


def _find_wizard():
    found = [
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "setupWizard" and w.isVisible()
    ]
    assert len(found) <= 1
    return found[0] if found else None


def test_main_shows_the_wizard_in_the_existing_application_and_returns(qapp, qtbot):
    seen = {}

    def inspect_and_close() -> None:
        wizard = _find_wizard()
        if wizard is None:
            QTimer.singleShot(20, inspect_and_close)
            return
        seen["app"] = QApplication.instance() is qapp
        seen["icon"] = not wizard.windowIcon().isNull()
        seen["page"] = wizard.currentPage().objectName()
        seen["practice"] = wizard.findChild(QRadioButton, "modeSandbox").isChecked()
        wizard.close()

    QTimer.singleShot(0, inspect_and_close)
    assert main([]) == 0
    assert seen == {"app": True, "icon": True, "page": "welcomePage", "practice": True}


def test_sandbox_flag_preselects_practice_even_after_custom_was_used(qapp, qtbot):
    from xwms_wizard.gui.wizard import open_settings

    settings = open_settings()
    settings.setValue("mode", "custom")
    settings.sync()
    seen = {}

    def check(expect_key: str) -> None:
        wizard = _find_wizard()
        if wizard is None:
            QTimer.singleShot(20, lambda: check(expect_key))
            return
        seen[expect_key] = wizard.findChild(QRadioButton, "modeSandbox").isChecked()
        wizard.close()

    QTimer.singleShot(0, lambda: check("plain"))
    assert main([]) == 0
    QTimer.singleShot(0, lambda: check("sandbox"))
    assert main(["--sandbox"]) == 0
    assert seen == {"plain": False, "sandbox": True}


def test_no_display_says_so_and_names_the_headless_way(monkeypatch, capsys):
    monkeypatch.setattr(gui_app.sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert main(["--sandbox"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "display" in err[0] and HEADLESS_HINT in err[0]


def test_cli_opens_the_gui(qapp, qtbot):
    from xwms_wizard import cli

    def close_it() -> None:
        wizard = _find_wizard()
        if wizard is None:
            QTimer.singleShot(20, close_it)
            return
        radio = wizard.findChild(QRadioButton, "modeSandbox")
        qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
        wizard.close()

    QTimer.singleShot(0, close_it)
    assert cli.main(["--sandbox"]) == 0
