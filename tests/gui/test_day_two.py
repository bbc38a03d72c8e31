"""The owner's day two in the window: look at an existing setup, renew its key, revoke a key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QRadioButton

from tests.helpers.gui import (
    click_next,
    create_setup,
    find,
    go_to,
    next_button,
    page_name,
    sandbox_objects,
    states,
)


def made_setup(qtbot, make_wizard, gate):
    """A first setup made through the window, then a new window on the same computer."""
    first = make_wizard()
    go_to(qtbot, first, "review")
    create_setup(qtbot, first)
    name = first.plan.client.name
    first.close()
    wizard = make_wizard()
    find(wizard, QRadioButton, "taskExisting").setChecked(True)
    return wizard, name


def open_status(qtbot, wizard):
    click_next(qtbot, wizard)  # the account: Practice signs in by itself
    click_next(qtbot, wizard)
    assert page_name(wizard) == "statusPage"
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: bool(find(wizard, QLabel, "statusReport").text()), timeout=20_000)
    qtbot.waitUntil(lambda: not page.busy.busy, timeout=5_000)
    return page


def test_the_status_page_shows_a_healthy_setup_and_the_steps_of_day_two(
    qtbot, make_wizard, gate
):
    wizard, name = made_setup(qtbot, make_wizard, gate)
    steps = [w.objectName() for w in wizard.step_panel.findChildren(QLabel)
             if w.isVisibleTo(wizard.step_panel) and w.objectName().startswith("step_")]
    assert "step_status" in steps and "step_review" in steps and "step_renew" not in steps
    open_status(qtbot, wizard)
    assert find(wizard, QComboBox, "statusClientCombo").currentText() == name
    assert "All is well" in find(wizard, QLabel, "statusVerdict").text()
    report = find(wizard, QLabel, "statusReport").text()
    assert "Login works" in report and "bakery-shop.example" in report
    assert "May read" in report and "profile" in report
    assert not next_button(wizard).isEnabled()  # first choose what to do


def test_renew_makes_a_second_key_then_switches_the_old_one_off(qtbot, make_wizard, gate):
    wizard, name = made_setup(qtbot, make_wizard, gate)
    open_status(qtbot, wizard)
    before = sandbox_objects(qtbot, gate)[name]["secrets"]
    qtbot.mouseClick(find(wizard, QPushButton, "renewKeyButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page_name(wizard) == "renewPage", timeout=5_000)
    assert wizard.step_panel.findChild(QLabel, "step_renew").isVisibleTo(wizard.step_panel)
    qtbot.mouseClick(find(wizard, QPushButton, "renewButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(next_button(wizard).isEnabled, timeout=20_000)
    assert states(wizard, "renewProgressList") == {
        "find": "existing", "secret": "done", "link": "done", "verify": "done"
    }
    secrets = sandbox_objects(qtbot, gate)[name]["secrets"]
    assert len(secrets) == len(before) + 1 and not any(s.revoked for s in secrets)
    assert find(wizard, QPushButton, "newSecretRevealButton").isVisible()  # shown once

    qtbot.mouseClick(find(wizard, QPushButton, "revokeOldButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: states(wizard, "renewProgressList").get("revoke") == "done",
                    timeout=20_000)
    assert ("confirm", wizard.prompts.asked[-1][1]) == wizard.prompts.asked[-1]
    secrets = sandbox_objects(qtbot, gate)[name]["secrets"]
    assert [s.revoked for s in secrets] == [True] * len(before) + [False]
    click_next(qtbot, wizard)
    assert page_name(wizard) == "exportPage"


def test_revoking_a_key_asks_first_and_then_the_status_says_what_stopped(
    qtbot, make_wizard, gate
):
    wizard, name = made_setup(qtbot, make_wizard, gate)
    page = open_status(qtbot, wizard)
    wizard.prompts.answer_confirm = False
    qtbot.mouseClick(find(wizard, QPushButton, "revokeKeyButton"), Qt.MouseButton.LeftButton)
    assert "stops working at once" in wizard.prompts.asked[-1][1]
    assert not any(s.revoked for s in sandbox_objects(qtbot, gate)[name]["secrets"])  # "Not now"
    wizard.prompts.answer_confirm = True
    qtbot.mouseClick(find(wizard, QPushButton, "revokeKeyButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Needs your attention" in find(wizard, QLabel, "statusVerdict").text(),
                    timeout=20_000)
    qtbot.waitUntil(lambda: not page.busy.busy, timeout=5_000)
    assert all(s.revoked for s in sandbox_objects(qtbot, gate)[name]["secrets"])
    assert "was revoked" in find(wizard, QLabel, "statusReport").text()


def test_change_leads_through_the_setup_pages_with_the_client_picked(qtbot, make_wizard, gate):
    wizard, name = made_setup(qtbot, make_wizard, gate)
    open_status(qtbot, wizard)
    before = sandbox_objects(qtbot, gate)
    qtbot.mouseClick(find(wizard, QPushButton, "changeSetupButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page_name(wizard) == "clientPage", timeout=5_000)
    assert wizard.plan.client.name == name
    go_to(qtbot, wizard, "review")
    qtbot.waitUntil(lambda: "Nothing will change" in find(wizard, QLabel, "reviewChangesLabel")
                    .text(), timeout=20_000)
    assert sandbox_objects(qtbot, gate) == before


def test_people_and_access_invites_a_tester_applies_and_adds_a_member(qtbot, make_wizard, gate):
    from PySide6.QtWidgets import QCheckBox, QLineEdit

    wizard, name = made_setup(qtbot, make_wizard, gate)
    open_status(qtbot, wizard)
    qtbot.mouseClick(find(wizard, QPushButton, "peopleButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page_name(wizard) == "peoplePage", timeout=5_000)
    page = wizard.currentPage()

    def settled(label: str, text: str) -> None:
        qtbot.waitUntil(lambda: text in find(wizard, QLabel, label).text(), timeout=20_000)
        qtbot.waitUntil(lambda: not page.busy.busy, timeout=5_000)

    settled("peopleUsersLabel", "Nobody has logged in")
    find(wizard, QLineEdit, "testerEmailEdit").setText("bram.devries@example.net")
    qtbot.mouseClick(find(wizard, QPushButton, "inviteTesterButton"), Qt.MouseButton.LeftButton)
    settled("peopleTestersLabel", "bram.devries@example.net: waiting for their answer")

    find(wizard, QCheckBox, "verify_providers").setChecked(True)
    find(wizard, QLineEdit, "verificationNotesEdit").setText("Sign-in with the shop's partners")
    qtbot.mouseClick(find(wizard, QPushButton, "applyVerifiedButton"), Qt.MouseButton.LeftButton)
    settled("peopleVerifiedLabel", "providers: waiting for the XWMS team")

    find(wizard, QLineEdit, "memberEmailEdit").setText("free@example.com")
    qtbot.mouseClick(find(wizard, QPushButton, "inviteMemberButton"), Qt.MouseButton.LeftButton)
    settled("peopleMembersLabel", "free@example.com: Developer")
    # Pressing again changes nothing: the same member, the same role, one tester request.
    qtbot.mouseClick(find(wizard, QPushButton, "inviteMemberButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy.busy, timeout=20_000)
    assert find(wizard, QLabel, "peopleMembersLabel").text().count("free@example.com") == 1
    assert wizard.button(wizard.WizardButton.FinishButton).isVisible()  # the last page
