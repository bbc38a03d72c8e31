"""Page details: reusing an existing client, locked scopes, the logo picker, opening the bundle."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QToolButton,
)

from tests.helpers.gui import (
    click_next,
    create_setup,
    find,
    go_to,
    next_button,
    sandbox_objects,
    states,
)


def test_existing_client_is_offered_and_reused(qtbot, make_wizard, make_session, gate):
    first = make_wizard()
    go_to(qtbot, first, "review")
    create_setup(qtbot, first)
    first.close()

    wizard = make_wizard(make_session())
    go_to(qtbot, wizard, "client")
    combo = find(wizard, QComboBox, "existingClientCombo")
    name = find(wizard, QLineEdit, "clientNameEdit")
    qtbot.keyClicks(name, "my-bakery-shop")
    assert "already have a client" in find(wizard, QLabel, "clientNameEditError").text()
    assert not next_button(wizard).isEnabled()
    combo.setCurrentIndex(combo.findData("my-bakery-shop"))
    assert name.isReadOnly() and name.text() == "my-bakery-shop"
    qtbot.waitUntil(next_button(wizard).isEnabled, timeout=10_000)  # once the client is read
    go_to(qtbot, wizard, "review", {"rootDomainEdit": "second-shop.example"})
    create_setup(qtbot, wizard)
    assert states(wizard)["client"] == "existing"
    made = sandbox_objects(qtbot, gate)
    assert list(made) == ["my-bakery-shop"]
    # The first website stays the client's main one: Primary was off for the second.
    assert {d.root_domain: d.primary for d in made["my-bakery-shop"]["domains"]} == {
        "bakery-shop.example": True,
        "second-shop.example": False,
    }
    # Back to "make a new client": the owner's own text returns.
    go_to_client = wizard.page_named("client")
    combo.setCurrentIndex(0)
    assert not name.isReadOnly()
    assert go_to_client.plan.client.name == name.text()


def _second_website_page(qtbot, make_wizard, make_session):
    """The Domain page for a second website of the client my-bakery-shop, which has one."""
    first = make_wizard()
    go_to(qtbot, first, "review")
    create_setup(qtbot, first)
    first.close()
    wizard = make_wizard(make_session())
    go_to(qtbot, wizard, "client")
    combo = find(wizard, QComboBox, "existingClientCombo")
    combo.setCurrentIndex(combo.findData("my-bakery-shop"))
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: not wizard.currentPage().busy.busy, timeout=10_000)
    # The page shows the client's main website as XWMS has it; the owner adds another.
    sites = find(wizard, QComboBox, "existingDomainCombo")
    assert sites.currentData() == "bakery-shop.example"
    sites.setCurrentIndex(0)
    return wizard


def test_a_second_website_leaves_the_main_one_be(qtbot, make_wizard, make_session, gate):
    wizard = _second_website_page(qtbot, make_wizard, make_session)
    primary = find(wizard, QCheckBox, "primaryCheck")
    note = find(wizard, QLabel, "primaryNote")
    assert not primary.isChecked() and not wizard.plan.domain.primary
    assert note.isVisible()
    assert "already has a main website, bakery-shop.example" in note.text()
    # The owner wants the new website to be the main one: the note says what that does.
    qtbot.mouseClick(primary, Qt.MouseButton.LeftButton, pos=primary.rect().topLeft() + QPoint(8, 8))
    assert primary.isChecked() and wizard.plan.domain.primary
    assert "becomes the main one of “my-bakery-shop” instead of bakery-shop.example" in note.text()
    # The owner's choice survives a trip back to the Client page and forth.
    wizard.back()
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: not wizard.currentPage().busy.busy, timeout=10_000)
    assert primary.isChecked()
    go_to(qtbot, wizard, "review", {"rootDomainEdit": "second-shop.example"})
    create_setup(qtbot, wizard)
    made = sandbox_objects(qtbot, gate)
    assert {d.root_domain: d.primary for d in made["my-bakery-shop"]["domains"]} == {
        "bakery-shop.example": False,
        "second-shop.example": True,
    }


def test_primary_returns_for_a_new_client(qtbot, make_wizard, make_session):
    wizard = _second_website_page(qtbot, make_wizard, make_session)
    primary = find(wizard, QCheckBox, "primaryCheck")
    assert not primary.isChecked()
    wizard.back()
    find(wizard, QComboBox, "existingClientCombo").setCurrentIndex(0)  # a new client after all
    find(wizard, QLineEdit, "clientNameEdit").setText("my-second-bakery")
    click_next(qtbot, wizard)
    assert primary.isChecked() and wizard.plan.domain.primary
    assert not find(wizard, QLabel, "primaryNote").isVisible()


def test_scopes_needing_a_verified_partner_are_locked_and_explained(qtbot, make_wizard):
    wizard = make_wizard()
    go_to(qtbot, wizard, "scopes")
    scopes = find(wizard, QListWidget, "scopeList")
    items = {
        scopes.item(i).data(Qt.ItemDataRole.UserRole): scopes.item(i)
        for i in range(scopes.count())
    }
    locked = items["providers"]
    assert not locked.flags() & Qt.ItemFlag.ItemIsEnabled
    assert "Verified Partner" in locked.text()
    assert locked.checkState() == Qt.CheckState.Unchecked
    profile = items["profile"]
    profile.setCheckState(Qt.CheckState.Unchecked)
    warning = find(wizard, QLabel, "scopeListError")
    assert warning.isVisible() and "name or e-mail" in warning.text()
    assert wizard.plan.scopes.keys == []
    assert next_button(wizard).isEnabled()  # allowed, but explained


def test_logo_is_chosen_with_the_picker_and_uploaded(qtbot, make_wizard, gate, tmp_path):
    logo = tmp_path / "logo.svg"
    logo.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>')
    wizard = make_wizard()
    go_to(qtbot, wizard, "domain")
    find(wizard, QLineEdit, "rootDomainEdit").setText("bakery-shop.example")
    qtbot.mouseClick(find(wizard, QToolButton, "moreOptionsButton"), Qt.MouseButton.LeftButton)
    wizard.prompts.logo = str(logo)
    qtbot.mouseClick(find(wizard, QPushButton, "logoBrowseButton"), Qt.MouseButton.LeftButton)
    assert find(wizard, QLineEdit, "logoPathEdit").text() == str(logo)
    assert wizard.plan.domain.logo == str(logo)
    go_to(qtbot, wizard, "review")
    create_setup(qtbot, wizard)
    assert states(wizard)["logo"] == "done"
    made = sandbox_objects(qtbot, gate)
    assert made["my-bakery-shop"]["domains"][0].has_logo


def test_export_opens_the_folder_and_done_says_what_to_send(qtbot, make_wizard):
    wizard = make_wizard()
    go_to(qtbot, wizard, "review")
    create_setup(qtbot, wizard)
    click_next(qtbot, wizard)
    assert not next_button(wizard).isEnabled()  # the bundle first
    qtbot.mouseClick(find(wizard, QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(next_button(wizard).isEnabled, timeout=10_000)
    open_button = find(wizard, QPushButton, "openFolderButton")
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    assert wizard.prompts.opened == [wizard.session.bundle.path]
    click_next(qtbot, wizard)
    steps = find(wizard, QLabel, "doneSteps").text()
    assert str(wizard.session.bundle.path.name) in steps
    assert "not in the folder" in steps and "separately" in steps
    assert "practice run" in steps
