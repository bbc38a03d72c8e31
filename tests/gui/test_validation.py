"""Each validated field: a bad value shows its message and blocks Next; fixing it unblocks Next;
what the owner typed stays."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QDateEdit, QLabel, QLineEdit, QPushButton, QRadioButton

from tests.helpers.gui import click_next, find, go_to, next_button

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64


def _cases(tmp):
    logo_ok = tmp / "logo.png"
    logo_ok.write_bytes(PNG)
    logo_bad = tmp / "logo.jpg"
    logo_bad.write_bytes(JPEG)
    return {
        "clientNameEdit": ("client", "!!!", "letters from a to z", "my-bakery-shop"),
        "rootDomainEdit": ("domain", "192.0.2.10", "Server IP address field", "bakery-shop.example"),
        "serverIpEdit": ("domain", "203.0.113.0/24", "range of addresses", "93.184.216.34"),
        "internalNameEdit": ("domain", "x" * 70, "the most is 64", "Main shop"),
        "redirectUrlEdit": (
            "domain",
            "https://other.example/xwms/validateToken",
            "is not on your website",
            "https://shop.bakery-shop.example/xwms/validateToken",
        ),
        "fallbackUriEdit": (
            "domain",
            "http://bakery-shop.example/",
            "https://",
            "https://bakery-shop.example/",
        ),
        "logoPathEdit": ("domain", str(logo_bad), "PNG or SVG", str(logo_ok)),
        "secretLabelEdit": ("secret", "k" * 70, "the most is 64", "Web server 2025"),
    }


def click_on_left(qtbot, button) -> None:
    """Click a check box or radio button on its indicator (its middle may be empty space)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


FIELDS = [
    "clientNameEdit",
    "rootDomainEdit",
    "serverIpEdit",
    "internalNameEdit",
    "redirectUrlEdit",
    "fallbackUriEdit",
    "logoPathEdit",
    "secretLabelEdit",
]


@pytest.mark.parametrize("field", FIELDS)
def test_bad_value_blocks_next_and_fixing_it_unblocks(qtbot, make_wizard, tmp_path, field):
    page, bad, says, good = _cases(tmp_path)[field]
    wizard = make_wizard()
    go_to(qtbot, wizard, page)
    if field in ("fallbackUriEdit", "logoPathEdit"):
        qtbot.mouseClick(find(wizard, type(wizard.page_named("domain").more_button),
                              "moreOptionsButton"), Qt.MouseButton.LeftButton)
    if page == "domain" and field != "rootDomainEdit":
        find(wizard, QLineEdit, "rootDomainEdit").setText("bakery-shop.example")
    edit = find(wizard, QLineEdit, field)
    error = find(wizard, QLabel, f"{field}Error")
    assert edit.parent() is error.parent()  # the message sits right under its field
    assert edit.accessibleName()

    edit.clear()
    qtbot.keyClicks(edit, bad)
    assert says in error.text()
    assert error.isVisible()
    assert not next_button(wizard).isEnabled()
    assert edit.text() == bad  # nothing the owner typed is thrown away

    edit.clear()
    qtbot.keyClicks(edit, good)
    assert not error.isVisible()
    assert next_button(wizard).isEnabled()

    # Going on and coming back keeps the value.
    click_next(qtbot, wizard)
    wizard.back()
    assert find(wizard, QLineEdit, field).text() == good


def test_server_address_for_a_custom_server(qtbot, make_wizard):
    wizard = make_wizard()
    click_on_left(qtbot, find(wizard, QRadioButton, "modeCustom"))
    edit = find(wizard, QLineEdit, "serverUrlEdit")
    error = find(wizard, QLabel, "serverUrlEditError")
    assert not next_button(wizard).isEnabled()
    qtbot.keyClicks(edit, "xwms dot example")
    assert "not a web address" in error.text()
    assert not next_button(wizard).isEnabled()
    edit.clear()
    qtbot.keyClicks(edit, "https://xwms.example")
    assert next_button(wizard).isEnabled()
    note = find(wizard, QLabel, "serverUrlEditNote")
    assert "https://xwms.example/api/" in note.text()  # the change is shown, not silent
    click_on_left(qtbot, find(wizard, QRadioButton, "modeSandbox"))
    assert next_button(wizard).isEnabled()
    assert edit.text() == "https://xwms.example"


def test_pasted_address_is_normalised_and_the_change_is_shown(qtbot, make_wizard):
    wizard = make_wizard()
    go_to(qtbot, wizard, "domain")
    root = find(wizard, QLineEdit, "rootDomainEdit")
    root.clear()
    qtbot.keyClicks(root, "https://Example.com/shop")
    note = find(wizard, QLabel, "rootDomainEditNote")
    assert "We turned" in note.text() and "example.com" in note.text()
    assert wizard.plan.domain.root == "example.com"
    # The callback URL follows the website until the owner edits it...
    redirect = find(wizard, QLineEdit, "redirectUrlEdit")
    assert redirect.text() == "https://example.com/xwms/validateToken"
    redirect.clear()
    qtbot.keyClicks(redirect, "https://example.com/login/done")
    root.clear()
    qtbot.keyClicks(root, "shop.example.com")
    # ...and then stays as typed (and is re-checked against the new website).
    assert redirect.text() == "https://example.com/login/done"
    assert "is not on your website" in find(wizard, QLabel, "redirectUrlEditError").text()
    assert not next_button(wizard).isEnabled()


def test_www_gives_the_root_and_keeps_the_callback_on_www(qtbot, make_wizard):
    # Once a "did you mean" with a button that moved the callback URL off www; now the wizard
    # takes the root itself and says so, and the callback URL stays where the site opens.
    wizard = make_wizard()
    go_to(qtbot, wizard, "domain")
    root = find(wizard, QLineEdit, "rootDomainEdit")
    root.clear()
    qtbot.keyClicks(root, "www.bakery-shop.example")
    assert not find(wizard, QLabel, "rootDomainEditError").isVisible()  # nothing to fix
    assert not find(wizard, QPushButton, "rootDomainEditSuggest").isVisible()
    note = find(wizard, QLabel, "rootDomainEditNote").text()
    assert "“bakery-shop.example”" in note and "callback URL stays there" in note
    assert wizard.plan.domain.root == "bakery-shop.example"
    redirect = find(wizard, QLineEdit, "redirectUrlEdit")
    assert redirect.text() == "https://www.bakery-shop.example/xwms/validateToken"
    assert wizard.plan.domain.effective_redirect_url == redirect.text()
    assert next_button(wizard).isEnabled()


def test_test_mode_allows_a_localhost_callback(qtbot, make_wizard):
    wizard = make_wizard()
    go_to(qtbot, wizard, "domain")
    find(wizard, QLineEdit, "rootDomainEdit").setText("bakery-shop.example")
    redirect = find(wizard, QLineEdit, "redirectUrlEdit")
    redirect.clear()
    qtbot.keyClicks(redirect, "http://localhost:8000/xwms/validateToken")
    assert "Test Mode" in find(wizard, QLabel, "redirectUrlEditError").text()
    assert not next_button(wizard).isEnabled()
    click_on_left(qtbot, find(wizard, QCheckBox, "testModeCheck"))
    assert next_button(wizard).isEnabled()
    assert wizard.plan.domain.test_mode


def test_expiry_date_is_after_today_and_soon_warns(qtbot, make_wizard):
    wizard = make_wizard()
    go_to(qtbot, wizard, "secret")
    check = find(wizard, QCheckBox, "secretExpiryCheck")
    date = find(wizard, QDateEdit, "secretExpiryEdit")
    assert not date.isEnabled()
    click_on_left(qtbot, check)
    today = dt.date.today()
    assert date.minimumDate() == QDate(today.year, today.month, today.day).addDays(1)
    soon = today + dt.timedelta(days=10)
    date.setDate(QDate(soon.year, soon.month, soon.day))
    error = find(wizard, QLabel, "secretExpiryEditError")
    assert "10 days" in error.text()  # a warning: Next stays on
    assert next_button(wizard).isEnabled()
    assert wizard.plan.secret.expires == soon
    click_on_left(qtbot, check)
    assert wizard.plan.secret.expires is None
