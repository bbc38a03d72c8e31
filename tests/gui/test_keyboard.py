"""Keyboard only: the whole Practice flow with Tab, Space and Enter, no mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QListWidget

from tests.helpers.gui import find, next_button, page_name


def focused():
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def key(qtbot, k) -> None:
    QTest.keyClick(focused(), k)


def wait_page(qtbot, wizard, name: str) -> None:
    qtbot.waitUntil(lambda: page_name(wizard) == f"{name}Page", timeout=20_000)


def wait_focus(qtbot, widget) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=5_000)


def test_whole_flow_with_the_keyboard_only(qtbot, make_wizard, tmp_path):
    wizard = make_wizard()
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard, timeout=5_000)
    wait_focus(qtbot, find(wizard, type(wizard.page_named("welcome").practice), "modeSandbox"))
    key(qtbot, Qt.Key.Key_Return)  # Enter presses Next

    wait_page(qtbot, wizard, "account")
    status = find(wizard, QLabel, "accountStatusLabel")
    qtbot.waitUntil(lambda: bool(status.text()), timeout=20_000)
    wait_focus(qtbot, next_button(wizard))
    key(qtbot, Qt.Key.Key_Return)

    wait_page(qtbot, wizard, "client")
    name = find(wizard, QLineEdit, "clientNameEdit")
    wait_focus(qtbot, name)
    QTest.keyClicks(name, "My Bakery Shop")
    # The wizard builds the name from the owner's words; Enter goes on with it.
    assert "my-bakery-shop" in find(wizard, QLabel, "clientNameBuilt").text()
    assert next_button(wizard).isEnabled()
    assert focused() is name
    key(qtbot, Qt.Key.Key_Return)

    wait_page(qtbot, wizard, "domain")
    root = find(wizard, QLineEdit, "rootDomainEdit")
    wait_focus(qtbot, root)
    QTest.keyClicks(root, "bakery-shop.example")
    key(qtbot, Qt.Key.Key_Return)

    wait_page(qtbot, wizard, "scopes")
    scopes = find(wizard, QListWidget, "scopeList")
    wait_focus(qtbot, scopes)
    first = scopes.item(0)
    assert first.checkState() == Qt.CheckState.Checked
    key(qtbot, Qt.Key.Key_Space)  # Space unticks and ticks the selected scope
    assert first.checkState() == Qt.CheckState.Unchecked
    key(qtbot, Qt.Key.Key_Space)
    assert first.checkState() == Qt.CheckState.Checked
    key(qtbot, Qt.Key.Key_Return)

    wait_page(qtbot, wizard, "secret")
    wait_focus(qtbot, find(wizard, QLineEdit, "secretLabelEdit"))
    key(qtbot, Qt.Key.Key_Return)

    wait_page(qtbot, wizard, "review")
    apply_button = find(wizard, type(next_button(wizard)), "applyButton")
    wait_focus(qtbot, apply_button)
    key(qtbot, Qt.Key.Key_Space)  # Create everything
    qtbot.waitUntil(next_button(wizard).isEnabled, timeout=20_000)
    wait_focus(qtbot, next_button(wizard))
    key(qtbot, Qt.Key.Key_Return)

    wait_page(qtbot, wizard, "export")
    export_button = find(wizard, type(next_button(wizard)), "exportButton")
    wait_focus(qtbot, export_button)
    key(qtbot, Qt.Key.Key_Space)  # Write the folder
    qtbot.waitUntil(next_button(wizard).isEnabled, timeout=10_000)
    wait_focus(qtbot, next_button(wizard))
    key(qtbot, Qt.Key.Key_Return)

    wait_page(qtbot, wizard, "done")
    with qtbot.waitSignal(wizard.accepted, timeout=5_000):
        key(qtbot, Qt.Key.Key_Return)  # Finish
    assert list((tmp_path / "Documents").glob("xwms-handoff-my-bakery-shop-*"))
