"""Coming back to a setup in the window: an existing client is loaded, not guessed.

A full setup, then a second pass that picks the existing client and changes
nothing (every switch, URL, scope and key on the server stays identical), then a
third pass that changes only Test Mode (only that changes). Against a real
sandbox (Starlette + SQLite), through the real pages.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
)

from tests.helpers.gui import click_next, create_setup, find, go_to, next_button, sandbox_objects


def tick_scope(qtbot, wizard, key: str) -> None:
    scopes = find(wizard, QListWidget, "scopeList")
    qtbot.waitUntil(lambda: scopes.count() > 0, timeout=10_000)
    for i in range(scopes.count()):
        item = scopes.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == key:
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"no scope {key}")


def ticked_scopes(wizard) -> list[str]:
    scopes = find(wizard, QListWidget, "scopeList")
    return sorted(
        scopes.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(scopes.count())
        if scopes.item(i).checkState() == Qt.CheckState.Checked
    )


def first_setup(qtbot, make_wizard) -> None:
    wizard = make_wizard()
    go_to(qtbot, wizard, "scopes")
    tick_scope(qtbot, wizard, "useraddresses")
    go_to(qtbot, wizard, "review")
    create_setup(qtbot, wizard)
    wizard.close()


def pick_existing_client(qtbot, wizard, name: str) -> None:
    while wizard.currentPage().objectName() != "clientPage":
        click_next(qtbot, wizard)
    combo = find(wizard, QComboBox, "existingClientCombo")
    qtbot.waitUntil(lambda: combo.findData(name) > 0, timeout=10_000)
    combo.setCurrentIndex(combo.findData(name))
    click_next(qtbot, wizard)  # waits until the client was read from the server
    assert wizard.currentPage().objectName() == "domainPage"


def review_changes(qtbot, wizard) -> str:
    assert wizard.currentPage().objectName() == "reviewPage"
    label = find(wizard, QLabel, "reviewChangesLabel")
    qtbot.waitUntil(lambda: "<li>" in label.text(), timeout=10_000)
    return label.text()


def server_view(qtbot, gate) -> dict:
    """Everything the sandbox holds for the client, as plain data (ids, switches, URLs, keys)."""
    held = sandbox_objects(qtbot, gate)["my-bakery-shop"]
    return {key: [vars(x) if hasattr(x, "__dict__") else x for x in value]
            for key, value in held.items()}


def test_second_pass_changes_nothing_and_third_changes_only_test_mode(
    qtbot, make_wizard, gate
):
    first_setup(qtbot, make_wizard)
    before = server_view(qtbot, gate)
    assert before["scopes"] == ["profile", "useraddresses"]
    assert before["domains"][0]["primary"] is True

    # Second pass: pick the client, type the same website, change nothing.
    wizard = make_wizard()
    pick_existing_client(qtbot, wizard, "my-bakery-shop")
    root = find(wizard, QLineEdit, "rootDomainEdit")
    assert root.text() == "bakery-shop.example"  # filled in from the server
    root.setText("")
    root.setText("bakery-shop.example")  # and typed again: still the server's settings
    assert find(wizard, QCheckBox, "primaryCheck").isChecked()
    click_next(qtbot, wizard)
    assert ticked_scopes(wizard) == ["profile", "useraddresses"]  # loaded, not the default
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    assert "Nothing will change" in review_changes(qtbot, wizard)
    create_setup(qtbot, wizard)
    assert server_view(qtbot, gate) == before
    wizard.close()

    # Third pass: only Test Mode.
    wizard = make_wizard()
    pick_existing_client(qtbot, wizard, "my-bakery-shop")
    find(wizard, QCheckBox, "testModeCheck").setChecked(True)
    go_to(qtbot, wizard, "review")
    changes = review_changes(qtbot, wizard)
    assert "Test Mode: off → on" in changes and "secret key" not in changes.lower()
    create_setup(qtbot, wizard)
    after = server_view(qtbot, gate)
    assert after["domains"][0].pop("test_mode") is True
    assert before["domains"][0].pop("test_mode") is False
    assert after == before


def test_a_key_whose_value_is_not_here_asks_the_owner(qtbot, make_wizard, gate, memory_keyring):
    first_setup(qtbot, make_wizard)
    before = server_view(qtbot, gate)
    memory_keyring._items.clear()  # another computer: the key works, its value is not here
    wizard = make_wizard()
    pick_existing_client(qtbot, wizard, "my-bakery-shop")
    go_to(qtbot, wizard, "review")
    changes = review_changes(qtbot, wizard)
    assert "value is" in changes and "not on this computer" in changes
    apply = find(wizard, QPushButton, "applyButton")
    assert not apply.isEnabled()  # the owner decides first
    find(wizard, QRadioButton, "newKeyRadio").click()
    qtbot.waitUntil(apply.isEnabled, timeout=5_000)
    create_setup(qtbot, wizard)
    after = server_view(qtbot, gate)
    assert [s["revoked"] for s in after["secrets"]] == [True, False]
    new = after["secrets"][1]
    assert [link["secret"] for link in after["links"]] == [before["secrets"][0]["id"], new["id"]]
    assert next_button(wizard).isEnabled()


def test_the_maps_gates_run_in_the_window(qtbot, make_wizard):
    """core.flow decides: even a forced Next (QWizard.next skips isComplete) stays put until
    the state says the setup was created, and a change after creating closes the gate again."""
    wizard = make_wizard()
    go_to(qtbot, wizard, "review")
    wizard.next()
    assert wizard.currentPage().objectName() == "reviewPage"
    create_setup(qtbot, wizard)
    wizard.plan.domain.test_mode = True  # a change the setup was not made from
    wizard.next()
    assert wizard.currentPage().objectName() == "reviewPage"
    wizard.plan.domain.test_mode = False
    wizard.next()
    assert wizard.currentPage().objectName() == "exportPage"
    wizard.next()  # nothing written yet
    assert wizard.currentPage().objectName() == "exportPage"


def test_a_resumed_change_keeps_the_owners_choices_and_review_compares_with_the_server(
    qtbot, make_wizard, make_session, gate
):
    first_setup(qtbot, make_wizard)
    # A second pass that switches Test Mode on stops mid-way (the server goes away just
    # before the website is changed): its journal holds the owner's wanted plan.
    wizard = make_wizard()
    pick_existing_client(qtbot, wizard, "my-bakery-shop")
    find(wizard, QCheckBox, "testModeCheck").setChecked(True)
    go_to(qtbot, wizard, "review")
    review_changes(qtbot, wizard)
    gate.break_at("PATCH", "/domains/1")  # the sandbox's first website
    qtbot.mouseClick(find(wizard, QPushButton, "applyButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: find(wizard, QPushButton, "applyButton").isEnabled(), timeout=20_000)
    wizard.close()
    gate.down = False
    assert server_view(qtbot, gate)["domains"][0]["test_mode"] is False  # not changed yet

    again = make_wizard(make_session(), check_resume=True)
    qtbot.waitUntil(lambda: bool(again.prompts.asked), timeout=5_000)
    qtbot.waitUntil(next_button(again).isEnabled, timeout=20_000)
    qtbot.mouseClick(next_button(again), Qt.MouseButton.LeftButton)
    assert again.currentPage().objectName() == "reviewPage"
    # Back (a resumed setup went from the sign-in straight to Review) and through the Client
    # page again: the server is read for Review, and the owner's Test Mode stays.
    again.back()
    assert again.currentPage().objectName() == "accountPage"
    again.session.server_state = None  # as if Review's look at the server had failed
    click_next(qtbot, again)
    assert again.currentPage().objectName() == "clientPage"
    click_next(qtbot, again)  # waits until the client was read
    assert again.session.server_state.client.name == "my-bakery-shop"
    assert find(again, QCheckBox, "testModeCheck").isChecked()
    go_to(qtbot, again, "review")
    create_setup(qtbot, again)
    after = server_view(qtbot, gate)
    assert after["domains"][0]["test_mode"] is True
    assert len(after["secrets"]) == 1
