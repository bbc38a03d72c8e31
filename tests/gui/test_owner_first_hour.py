"""An owner's first hour: a natural client name is built with them, and the website page shows up
front only what most owners need, with everything else under a fold that opens when it matters."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPushButton, QToolButton

from tests.helpers.gui import click_next, create_setup, find, go_to, next_button, page_name
from xwms_wizard.gui import translation

BAKERY = "Bakkerij De Vries - Webshop!"
PASTED = "https://www.Bakkerij-DeVries.nl/shop"
WWW_CALLBACK = "https://www.bakkerij-devries.nl/xwms/validateToken"


# --- the client page -----------------------------------------------------------------------


def test_a_natural_name_is_built_and_enter_goes_on(qtbot, make_wizard):
    wizard = make_wizard()
    go_to(qtbot, wizard, "client")
    name = find(wizard, QLineEdit, "clientNameEdit")
    error = find(wizard, QLabel, "clientNameEditError")
    built = find(wizard, QLabel, "clientNameBuilt")
    name.setFocus()
    qtbot.keyClick(name, "B")
    assert not error.isVisible()  # the first keystroke turns nothing red
    assert "Keep typing" in find(wizard, QLabel, "clientNameEditNote").text()
    assert not next_button(wizard).isEnabled()
    qtbot.keyClicks(name, BAKERY[1:])
    assert not error.isVisible()
    assert built.isVisible()
    assert built.text() == "Your client will be called <b>bakkerij-de-vries-webshop</b>."
    assert "bakkerij-de-vries-webshop" in name.accessibleDescription()  # screen readers hear it
    assert wizard.plan.client.name == "bakkerij-de-vries-webshop"
    assert next_button(wizard).isEnabled()
    assert name.text() == BAKERY  # the owner's words stay in the field
    QTest.keyClick(name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page_name(wizard) == "domainPage", timeout=5_000)
    # Back on the client page: the owner's own words, and the same built name.
    wizard.back()
    assert name.text() == BAKERY and wizard.plan.client.name == "bakkerij-de-vries-webshop"


@pytest.mark.parametrize(
    ("typed", "says"),
    [("!!", "letters from a to z"), ("2024", "not only digits"), ("🍰🥐", "letters from a to z")],
)
def test_when_nothing_usable_can_be_built_the_page_says_what_to_type(
    qtbot, make_wizard, typed, says
):
    wizard = make_wizard()
    go_to(qtbot, wizard, "client")
    name = find(wizard, QLineEdit, "clientNameEdit")
    name.clear()
    name.insert(typed)  # as pasted: QTest cannot type an emoji
    error = find(wizard, QLabel, "clientNameEditError")
    assert error.isVisible() and says in error.text()
    assert not find(wizard, QLabel, "clientNameBuilt").isVisible()
    assert not next_button(wizard).isEnabled()
    QTest.keyClick(name, Qt.Key.Key_Return)
    assert page_name(wizard) == "clientPage"  # Enter cannot go on, and the page said why


def test_an_empty_name_says_why_next_is_off(qtbot, make_wizard):
    wizard = make_wizard()
    go_to(qtbot, wizard, "client")
    find(wizard, QLineEdit, "clientNameEdit").clear()
    note = find(wizard, QLabel, "clientNameEditNote")
    assert note.isVisible() and "Type a name" in note.text()
    assert not find(wizard, QLabel, "clientNameEditError").isVisible()
    assert not next_button(wizard).isEnabled()


def test_an_existing_client_keeps_its_exact_name(qtbot, make_wizard, make_session):
    first = make_wizard()
    go_to(qtbot, first, "review")  # makes "my-bakery-shop"
    create_setup(qtbot, first)
    first.close()
    wizard = make_wizard(make_session())
    go_to(qtbot, wizard, "client")
    name = find(wizard, QLineEdit, "clientNameEdit")
    name.clear()
    qtbot.keyClicks(name, "My Bakery Shop")  # builds a name that is taken
    assert "already have a client" in find(wizard, QLabel, "clientNameEditError").text()
    suggest = find(wizard, QPushButton, "clientNameEditSuggest")
    assert suggest.isVisible() and "my-bakery-shop-2" in suggest.text()
    combo = find(wizard, QComboBox, "existingClientCombo")
    combo.setCurrentIndex(combo.findData("my-bakery-shop"))
    assert name.isReadOnly() and name.text() == "my-bakery-shop"
    assert wizard.plan.client.name == "my-bakery-shop"
    assert not find(wizard, QLabel, "clientNameBuilt").isVisible()
    qtbot.waitUntil(next_button(wizard).isEnabled, timeout=10_000)
    combo.setCurrentIndex(0)  # a new client after all: the owner's words come back
    assert name.text() == "My Bakery Shop" and not name.isReadOnly()


# --- the website page ----------------------------------------------------------------------


def _domain_page(qtbot, make_wizard):
    wizard = make_wizard()
    go_to(qtbot, wizard, "domain")
    return wizard, wizard.currentPage()


def test_a_pasted_www_address_with_a_path(qtbot, make_wizard):
    wizard, page = _domain_page(qtbot, make_wizard)
    root = find(wizard, QLineEdit, "rootDomainEdit")
    root.clear()
    qtbot.keyClicks(root, PASTED)
    assert wizard.plan.domain.root == "bakkerij-devries.nl"
    redirect = find(wizard, QLineEdit, "redirectUrlEdit")
    assert redirect.text() == WWW_CALLBACK
    assert wizard.plan.domain.effective_redirect_url == WWW_CALLBACK
    note = find(wizard, QLabel, "rootDomainEditNote").text()
    assert "“/shop” is not needed here" in note and "anywhere on your site" in note
    assert "callback URL stays there" in note
    assert not find(wizard, QLabel, "rootDomainEditError").isVisible()
    assert not find(wizard, QPushButton, "rootDomainEditSuggest").isVisible()
    # The callback URL is explained in one plain sentence right under it.
    said = find(wizard, QLabel, "redirectUrlEditNote")
    assert said.isVisible() and "come back to this page of your website" in said.text()
    assert next_button(wizard).isEnabled()
    # Filled from the plan again (a resumed setup, another language): still on www, and the
    # callback URL still follows the address.
    page.load()
    assert root.text() == "www.bakkerij-devries.nl" and redirect.text() == WWW_CALLBACK
    root.setText("www.other-bakery.nl")
    assert redirect.text() == "https://www.other-bakery.nl/xwms/validateToken"


def test_the_callback_suggestion_keeps_the_host_the_site_opens_on(qtbot, make_wizard):
    wizard, _page = _domain_page(qtbot, make_wizard)
    find(wizard, QLineEdit, "rootDomainEdit").setText(PASTED)
    redirect = find(wizard, QLineEdit, "redirectUrlEdit")
    redirect.clear()
    qtbot.keyClicks(redirect, "https://elsewhere.example/xwms/validateToken")
    assert "is not on your website" in find(wizard, QLabel, "redirectUrlEditError").text()
    assert not next_button(wizard).isEnabled()
    suggest = find(wizard, QPushButton, "redirectUrlEditSuggest")
    assert suggest.isVisible() and WWW_CALLBACK in suggest.text()
    qtbot.mouseClick(suggest, Qt.MouseButton.LeftButton)
    assert redirect.text() == WWW_CALLBACK  # on www, like the address the owner gave
    assert wizard.plan.domain.effective_redirect_url == WWW_CALLBACK
    assert next_button(wizard).isEnabled()


def test_more_options_is_closed_and_says_its_defaults_in_words(qtbot, make_wizard):
    wizard, page = _domain_page(qtbot, make_wizard)
    more = find(wizard, QToolButton, "moreOptionsButton")
    assert not more.isChecked()
    for name in ("allowLoginCheck", "testModeCheck"):
        assert not find(wizard, QCheckBox, name).isVisible()
    for name in ("serverIpEdit", "internalNameEdit", "fallbackUriEdit", "logoPathEdit"):
        assert not find(wizard, QLineEdit, name).isVisible()
    assert find(wizard, QLineEdit, "rootDomainEdit").isVisible()
    assert find(wizard, QLineEdit, "redirectUrlEdit").isVisible()
    summary = find(wizard, QLabel, "moreOptionsSummary")
    assert summary.isVisible()
    assert summary.text() == (
        "Login on, API on, active, main website, Test Mode off — right for most websites."
    )
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    assert find(wizard, QCheckBox, "testModeCheck").isVisible()
    assert find(wizard, QLineEdit, "serverIpEdit").isVisible()


def test_more_options_opens_for_a_problem_or_a_needed_switch(qtbot, make_wizard):
    wizard, page = _domain_page(qtbot, make_wizard)
    more = find(wizard, QToolButton, "moreOptionsButton")
    find(wizard, QLineEdit, "rootDomainEdit").setText("bakery-shop.example")
    # A localhost callback URL needs Test Mode, which is in the fold: it opens.
    redirect = find(wizard, QLineEdit, "redirectUrlEdit")
    redirect.setText("http://localhost:8000/xwms/validateToken")
    assert more.isChecked() and find(wizard, QCheckBox, "testModeCheck").isVisible()
    find(wizard, QCheckBox, "testModeCheck").setChecked(True)
    assert next_button(wizard).isEnabled()
    summary = find(wizard, QLabel, "moreOptionsSummary").text()
    assert "Test Mode on" in summary and "right for most websites" not in summary
    # The owner may close it; a problem inside opens it again.
    more.setChecked(False)
    page.ip_edit.setText("203.0.113.0/24")
    assert more.isChecked() and find(wizard, QLabel, "serverIpEditError").isVisible()


def test_more_options_opens_for_an_existing_website_in_test_mode(qtbot, make_wizard, make_session):
    first = make_wizard()
    go_to(qtbot, first, "domain")
    find(first, QLineEdit, "rootDomainEdit").setText("bakery-shop.example")
    find(first, QCheckBox, "testModeCheck").setChecked(True)  # a test copy of the website
    go_to(qtbot, first, "review")
    create_setup(qtbot, first)
    first.close()

    wizard = make_wizard(make_session())
    go_to(qtbot, wizard, "client")
    combo = find(wizard, QComboBox, "existingClientCombo")
    combo.setCurrentIndex(combo.findData("my-bakery-shop"))
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: not wizard.currentPage().busy.busy, timeout=10_000)
    assert find(wizard, QComboBox, "existingDomainCombo").currentData() == "bakery-shop.example"
    assert find(wizard, QToolButton, "moreOptionsButton").isChecked()
    test_mode = find(wizard, QCheckBox, "testModeCheck")
    assert test_mode.isVisible() and test_mode.isChecked()
    assert "Test Mode on" in find(wizard, QLabel, "moreOptionsSummary").text()


@pytest.mark.parametrize("language", ["en", "nl", "de"])
def test_the_fields_in_more_options_line_up_with_those_above(qtbot, make_wizard, language):
    translation.install_language(language)
    wizard = make_wizard()
    wizard.resize(wizard.minimumSize())
    go_to(qtbot, wizard, "domain")
    page = wizard.currentPage()
    qtbot.mouseClick(find(wizard, QToolButton, "moreOptionsButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.ip_edit.isVisible())

    def left(name: str) -> int:
        return find(wizard, QLineEdit, name).mapTo(page, QPoint(0, 0)).x()

    above = {left("rootDomainEdit"), left("redirectUrlEdit")}
    inside = {left(n) for n in ("serverIpEdit", "internalNameEdit", "fallbackUriEdit", "logoPathEdit")}
    assert len(above) == 1 and inside == above, (above, inside)
    # Opening the fold moved nothing above it.
    qtbot.mouseClick(find(wizard, QToolButton, "moreOptionsButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.ip_edit.isVisible())
    assert {left("rootDomainEdit")} == above


def test_in_live_mode_the_domain_id_lines_up_too(qtbot, make_wizard):
    from tests.helpers.sandbox import IN_PROCESS_URL
    from xwms_wizard.core.flow import Mode

    wizard = make_wizard(start_mode=Mode.LIVE, live_api_url=IN_PROCESS_URL)
    wizard.resize(wizard.minimumSize())
    go_to(qtbot, wizard, "domain", {"clientIdEdit": "xc_12345"})
    page = wizard.currentPage()
    domain_id = find(wizard, QLineEdit, "domainIdEdit")
    qtbot.waitUntil(domain_id.isVisible)
    root = find(wizard, QLineEdit, "rootDomainEdit")
    assert domain_id.mapTo(page, QPoint(0, 0)).x() == root.mapTo(page, QPoint(0, 0)).x()
