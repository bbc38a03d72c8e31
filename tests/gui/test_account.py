"""The account page: Custom sign-in (token to the keychain), the free plan, Practice failing to start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QRadioButton

from tests.helpers.gui import click_next, find, next_button
from tests.helpers.sandbox import IN_PROCESS_URL
from xwms_wizard.secrets import SERVICE


def to_custom_account(qtbot, wizard) -> None:
    radio = find(wizard, QRadioButton, "modeCustom")
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    find(wizard, QLineEdit, "serverUrlEdit").setText(IN_PROCESS_URL)
    click_next(qtbot, wizard)
    assert wizard.currentPage().objectName() == "accountPage"


def sign_in(qtbot, wizard, email: str, password: str) -> None:
    find(wizard, QLineEdit, "emailEdit").setText(email)
    password_edit = find(wizard, QLineEdit, "passwordEdit")
    password_edit.setText(password)
    assert password_edit.echoMode() == QLineEdit.EchoMode.Password
    qtbot.mouseClick(find(wizard, QPushButton, "signInButton"), Qt.MouseButton.LeftButton)
    page = wizard.currentPage()
    qtbot.waitUntil(
        lambda: page.banner.isVisible() or bool(page.status.text()), timeout=20_000
    )


def test_custom_server_sign_in_keeps_the_token_in_the_keychain(
    qtbot, make_wizard, memory_keyring
):
    wizard = make_wizard()
    to_custom_account(qtbot, wizard)
    assert not next_button(wizard).isEnabled()

    sign_in(qtbot, wizard, "owner@example.com", "wrong password")
    banner = wizard.currentPage().banner
    assert banner.isVisible()
    assert "password" in banner.message.text().lower()
    assert not next_button(wizard).isEnabled()
    assert find(wizard, QLineEdit, "emailEdit").text() == "owner@example.com"  # kept

    find(wizard, QPushButton, "accountRetryButton")  # the banner offers Try again too
    sign_in(qtbot, wizard, "owner@example.com", "practice")
    assert not banner.isVisible()
    assert "owner@example.com" in find(wizard, QLabel, "accountStatusLabel").text()
    assert next_button(wizard).isEnabled()
    assert find(wizard, QLineEdit, "passwordEdit").text() == ""  # not kept in the window
    stored = [key for (service, key) in memory_keyring._items if service == SERVICE]
    assert any(key.startswith("account-token:") for key in stored)
    assert wizard.settings.value("email") == "owner@example.com"
    from xwms_wizard.settings import settings_path

    assert "practice" not in settings_path().read_text(encoding="utf-8")  # no password kept
    click_next(qtbot, wizard)
    assert wizard.currentPage().objectName() == "clientPage"


def test_a_kept_sign_in_needs_no_password_next_time(qtbot, make_wizard, memory_keyring):
    first = make_wizard()
    to_custom_account(qtbot, first)
    sign_in(qtbot, first, "owner@example.com", "practice")
    first.close()

    wizard = make_wizard()  # opened again: the e-mail is remembered, the sign-in kept
    to_custom_account(qtbot, wizard)
    assert find(wizard, QLineEdit, "emailEdit").text() == "owner@example.com"
    note = find(wizard, QLabel, "passwordEditNote")
    assert note.isVisible() and "no password needed" in note.text()
    button = find(wizard, QPushButton, "signInButton")
    assert button.isEnabled() and find(wizard, QLineEdit, "passwordEdit").text() == ""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(next_button(wizard).isEnabled, timeout=20_000)
    assert "owner@example.com" in find(wizard, QLabel, "accountStatusLabel").text()
    assert not note.isVisible()
    # Another e-mail address has no kept sign-in: its password is needed.
    email = find(wizard, QLineEdit, "emailEdit")
    email.setText("free@example.com")
    qtbot.keyClick(email, Qt.Key.Key_Return)  # leaving the field: editingFinished
    assert not button.isEnabled() and not note.isVisible()


def test_a_kept_sign_in_can_be_forgotten(qtbot, make_wizard, memory_keyring):
    first = make_wizard()
    to_custom_account(qtbot, first)
    forget = find(first, QPushButton, "forgetSignInButton")
    assert not forget.isVisible()  # nothing kept yet
    sign_in(qtbot, first, "owner@example.com", "practice")
    assert not forget.isVisible()  # signed in: nothing to offer now
    first.close()

    wizard = make_wizard()
    to_custom_account(qtbot, wizard)
    forget = find(wizard, QPushButton, "forgetSignInButton")
    assert forget.isVisible()
    qtbot.mouseClick(forget, Qt.MouseButton.LeftButton)
    assert not any(key.startswith("account-token:") for (_s, key) in memory_keyring._items)
    assert not forget.isVisible()
    assert not find(wizard, QLabel, "passwordEditNote").isVisible()
    assert not find(wizard, QPushButton, "signInButton").isEnabled()  # the password is needed
    assert find(wizard, QLineEdit, "emailEdit").text() == "owner@example.com"  # kept


def test_a_kept_sign_in_that_ran_out_asks_for_the_password(qtbot, make_wizard, memory_keyring):
    first = make_wizard()
    to_custom_account(qtbot, first)
    sign_in(qtbot, first, "owner@example.com", "practice")
    first.close()
    for key in list(memory_keyring._items):  # the server no longer knows that token
        memory_keyring._items[key] = "made-up-token-the-server-never-gave"

    wizard = make_wizard()
    to_custom_account(qtbot, wizard)
    button = find(wizard, QPushButton, "signInButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    page = wizard.currentPage()
    qtbot.waitUntil(page.banner.isVisible, timeout=20_000)
    assert "has run out" in page.banner.message.text()
    assert "Type your XWMS password" in page.banner.message.text()
    assert not button.isEnabled() and not next_button(wizard).isEnabled()
    assert not memory_keyring._items  # forgotten
    sign_in(qtbot, wizard, "owner@example.com", "practice")
    assert next_button(wizard).isEnabled()


def test_a_free_account_is_told_clients_need_a_paid_account(qtbot, make_wizard):
    wizard = make_wizard()
    to_custom_account(qtbot, wizard)
    sign_in(qtbot, wizard, "free@example.com", "practice")
    text = wizard.currentPage().banner.message.text()
    assert "free plan" in text and "paid" in text
    assert not next_button(wizard).isEnabled()


@pytest.mark.slow
def test_practice_server_that_cannot_start_is_explained(qtbot, make_wizard, make_session, tmp_path):
    # A folder where the database file should be: the real sandbox process fails to start.
    session = make_session(transport=None, sandbox_url=None, sandbox_db=tmp_path)
    wizard = make_wizard(session)
    click_next(qtbot, wizard)
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: page.banner.isVisible(), timeout=30_000)
    text = page.banner.message.text()
    assert text.startswith("Practice mode could not start")
    assert "Try again" in text
    assert find(wizard, QPushButton, "accountRetryButton").isVisible()
    assert not next_button(wizard).isEnabled()
    assert session.practice.process is None
