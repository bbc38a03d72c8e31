"""The client secret: shown once, masked, copied and cleared from the clipboard; never stored
anywhere but the keychain (and .env only when the owner asks)."""

from __future__ import annotations

import logging
import os
import stat

import keyring.backends.fail
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton

from tests.helpers.gui import click_next, create_setup, find, go_to, next_button
from xwms_wizard.secrets import SecretStore


def test_secret_is_masked_revealed_copied_and_cleared_later(qtbot, make_wizard):
    wizard = make_wizard()
    go_to(qtbot, wizard, "review")
    create_setup(qtbot, wizard)
    edit = find(wizard, QLineEdit, "secretValueEdit")
    secret = edit.text()
    assert secret.startswith("xs_")
    assert edit.isReadOnly()
    assert edit.echoMode() == QLineEdit.EchoMode.Password  # masked by default
    assert secret not in edit.displayText()

    reveal = find(wizard, QPushButton, "revealSecretButton")
    qtbot.mouseClick(reveal, Qt.MouseButton.LeftButton)
    assert edit.echoMode() == QLineEdit.EchoMode.Normal
    qtbot.mouseClick(reveal, Qt.MouseButton.LeftButton)
    assert edit.echoMode() == QLineEdit.EchoMode.Password

    clipboard = QGuiApplication.clipboard()
    qtbot.mouseClick(find(wizard, QPushButton, "copySecretButton"), Qt.MouseButton.LeftButton)
    assert clipboard.text() == secret
    timer = wizard.clipboard.timer
    assert timer.isActive() and timer.isSingleShot() and timer.interval() == 60_000
    assert "60 seconds" in find(wizard, QLabel, "secretCopiedLabel").text()
    with qtbot.waitSignal(timer.timeout, timeout=1_000):
        timer.start(0)  # drive the 60-second timer now instead of waiting
    assert clipboard.text() == ""

    # Copied again, and the owner copies something else meanwhile: that is left alone.
    qtbot.mouseClick(find(wizard, QPushButton, "copySecretButton"), Qt.MouseButton.LeftButton)
    clipboard.setText("a shopping list")
    with qtbot.waitSignal(timer.timeout, timeout=1_000):
        timer.start(0)
    assert clipboard.text() == "a shopping list"

    store = find(wizard, QLabel, "secretStoreLabel").text()
    assert "keychain" in store
    assert wizard.session.secrets.client_secret(wizard.session.result.client_id) == secret


def test_secret_is_shown_only_once(qtbot, make_wizard):
    wizard = make_wizard()
    go_to(qtbot, wizard, "review")
    create_setup(qtbot, wizard)
    assert find(wizard, QLineEdit, "secretValueEdit").text()
    click_next(qtbot, wizard)  # on to export: the secret leaves the screen
    wizard.back()
    edit = find(wizard, QLineEdit, "secretValueEdit")
    assert edit.text() == "" and not edit.isVisible()
    assert not find(wizard, QPushButton, "revealSecretButton").isVisible()
    assert next_button(wizard).isEnabled()  # still created; nothing to do again


def test_secret_never_reaches_settings_journal_logs_or_bundle_unless_asked(
    qtbot, make_wizard, app_data, tmp_path, caplog
):
    caplog.set_level(logging.DEBUG)
    wizard = make_wizard()
    go_to(qtbot, wizard, "review")
    create_setup(qtbot, wizard)
    secret = find(wizard, QLineEdit, "secretValueEdit").text()
    click_next(qtbot, wizard)
    qtbot.mouseClick(find(wizard, QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(next_button(wizard).isEnabled, timeout=10_000)
    first = wizard.session.bundle.path
    assert secret not in (first / ".env").read_text()

    include = find(wizard, QCheckBox, "includeSecretCheck")
    include.setChecked(True)
    assert "safe channel" in find(wizard, QLabel, "includeSecretWarning").text()
    qtbot.mouseClick(find(wizard, QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.session.bundle.path != first, timeout=10_000)
    second = wizard.session.bundle.path
    env = second / ".env"
    assert f"XWMS_CLIENT_SECRET='{secret}'" in env.read_text()
    if os.name == "posix":
        assert stat.S_IMODE(env.stat().st_mode) == 0o600
    for name in ("HANDOFF.md", "xwms-handoff.json", ".env.example"):
        assert secret not in (second / name).read_text()
    wizard.settings.sync()
    for path in app_data.rglob("*"):
        if path.is_file():
            assert secret.encode() not in path.read_bytes(), path
    assert secret not in caplog.text
    assert secret not in repr(wizard.session.result)


def test_without_a_keychain_the_owner_is_told_and_asked_before_closing(
    qtbot, make_wizard, make_session
):
    session = make_session(secrets=SecretStore(backend=keyring.backends.fail.Keyring()))
    wizard = make_wizard(session)
    go_to(qtbot, wizard, "review")
    create_setup(qtbot, wizard)
    store = find(wizard, QLabel, "secretStoreLabel").text()
    assert "no keychain" in store and "moment to keep it" in store
    wizard.prompts.answer_close = False
    wizard.close()
    assert wizard.isVisible()  # the owner chose to stay
    kind, text = wizard.prompts.asked[-1]
    assert kind == "close" and "no keychain" in text
