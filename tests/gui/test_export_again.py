"""Writing the developer's folder again: the owner is asked (replace / keep both / cancel), and
the Done page names every folder written in this session."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QMessageBox, QPushButton

from tests.helpers.gui import FakePrompts, click_next, create_setup, find, go_to, next_button
from xwms_wizard.core.flow import Page
from xwms_wizard.gui.prompts import Prompts


def bundle_name() -> str:
    return f"xwms-handoff-my-bakery-shop-{dt.date.today().isoformat()}"


@pytest.fixture
def at_export(qtbot, make_wizard, tmp_path):
    """A wizard on the export page after a practice setup; "a folder is already there" is
    answered with `answer` (keep both unless told)."""

    def make(answer: str = Prompts.EXISTING_KEEP_BOTH):
        wizard = make_wizard()
        wizard.prompts = FakePrompts(wizard, existing=answer)
        go_to(qtbot, wizard, "review")
        create_setup(qtbot, wizard)
        click_next(qtbot, wizard)
        assert wizard.currentPage().objectName() == "exportPage"
        return wizard

    return make


def documents(tmp_path) -> Path:
    return tmp_path / "Documents"


def write(qtbot, wizard, *, expect_new: bool = True) -> None:
    """Press "Write the folder"; with `expect_new`, wait until a new bundle was written."""
    before = wizard.session.bundle
    qtbot.mouseClick(find(wizard, QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    if expect_new:
        qtbot.waitUntil(lambda: wizard.session.bundle is not before, timeout=10_000)
        qtbot.waitUntil(lambda: not wizard.page_named(Page.EXPORT).busy.busy, timeout=10_000)


def questions(wizard) -> list[str]:
    return [text for kind, text in wizard.prompts.asked if kind == "existing"]


def env_text(folder: Path) -> str:
    return (folder / ".env").read_text("utf-8")


def test_the_first_write_asks_nothing_and_the_second_asks(qtbot, at_export, tmp_path):
    wizard = at_export()
    write(qtbot, wizard)
    assert questions(wizard) == []
    write(qtbot, wizard)
    assert questions(wizard) == [bundle_name()]


def test_keep_both_keeps_both_and_done_names_both_with_the_newest(qtbot, at_export, tmp_path):
    wizard = at_export(Prompts.EXISTING_KEEP_BOTH)
    write(qtbot, wizard)
    first = wizard.session.bundle.path
    find(wizard, QCheckBox, "includeSecretCheck").setChecked(True)
    write(qtbot, wizard)
    second = wizard.session.bundle.path
    name = bundle_name()
    assert (first.name, second.name) == (name, f"{name}-2")
    assert sorted(p.name for p in documents(tmp_path).iterdir()) == [name, f"{name}-2"]
    assert "XWMS_CLIENT_SECRET=\n" in env_text(first)
    assert "XWMS_CLIENT_SECRET='xs_" in env_text(second)

    assert "next to the earlier folder" in find(wizard, QLabel, "exportResultLabel").text()
    click_next(qtbot, wizard)
    steps = find(wizard, QLabel, "doneSteps").text()
    assert f"the newest folder, <b>{second}</b>" in steps
    assert f"for your developer in {documents(tmp_path)}:" in steps
    assert f"the newest (send this one): <b>{second.name}</b>" in steps
    assert f"older: {first.name}<" in steps
    assert "you can delete the older ones" in steps  # the older one has no secret
    assert "The secret key is inside it" in steps  # the newest has it


def test_done_warns_when_an_older_folder_holds_the_secret(qtbot, at_export, tmp_path):
    wizard = at_export(Prompts.EXISTING_KEEP_BOTH)
    find(wizard, QCheckBox, "includeSecretCheck").setChecked(True)
    write(qtbot, wizard)
    find(wizard, QCheckBox, "includeSecretCheck").setChecked(False)
    write(qtbot, wizard)
    find(wizard, QCheckBox, "includeSecretCheck").setChecked(True)  # after writing
    click_next(qtbot, wizard)
    steps = find(wizard, QLabel, "doneSteps").text()
    assert "an older one holds the secret key too" in steps
    # What the newest folder holds counts, not what the box says now.
    assert "The secret key is not in the folder" in steps


def test_replace_writes_over_the_earlier_folder(qtbot, at_export, tmp_path):
    wizard = at_export(Prompts.EXISTING_REPLACE)
    write(qtbot, wizard)
    first = wizard.session.bundle.path
    (first / "note.txt").write_text("from the first folder")
    find(wizard, QCheckBox, "includeSecretCheck").setChecked(True)
    write(qtbot, wizard)
    assert questions(wizard) == [bundle_name()]
    assert wizard.session.bundle.path == first
    assert [p.name for p in documents(tmp_path).iterdir()] == [bundle_name()]
    assert not (first / "note.txt").exists()
    assert "XWMS_CLIENT_SECRET='xs_" in env_text(first)
    assert "in place of the earlier folder" in find(wizard, QLabel, "exportResultLabel").text()
    assert [b.path for b in wizard.page_named(Page.EXPORT).written] == [first]  # once
    click_next(qtbot, wizard)
    steps = find(wizard, QLabel, "doneSteps").text()
    assert f"Send your developer the folder <b>{first}</b>" in steps
    assert "send this one" not in steps  # one folder: nothing to choose between


def test_cancel_writes_nothing(qtbot, at_export, tmp_path):
    wizard = at_export(Prompts.EXISTING_CANCEL)
    write(qtbot, wizard)
    first = wizard.session.bundle
    before = {p: p.read_bytes() for p in documents(tmp_path).rglob("*") if p.is_file()}
    find(wizard, QCheckBox, "includeSecretCheck").setChecked(True)
    write(qtbot, wizard, expect_new=False)
    assert questions(wizard) == [bundle_name()]
    qtbot.wait(50)
    assert wizard.session.bundle is first
    assert {p: p.read_bytes() for p in documents(tmp_path).rglob("*") if p.is_file()} == before
    assert find(wizard, QPushButton, "exportButton").isEnabled()


def test_a_folder_from_an_earlier_run_is_asked_about_before_the_first_write(
    qtbot, at_export, tmp_path
):
    earlier = documents(tmp_path) / bundle_name()
    earlier.mkdir(parents=True)
    (earlier / ".env").write_text("XWMS_CLIENT_SECRET='from yesterday'\n")
    wizard = at_export(Prompts.EXISTING_CANCEL)
    write(qtbot, wizard, expect_new=False)
    assert questions(wizard) == [bundle_name()]
    assert wizard.session.bundle is None and not next_button(wizard).isEnabled()
    wizard.prompts.answer_existing = Prompts.EXISTING_KEEP_BOTH
    write(qtbot, wizard)
    assert wizard.session.bundle.path.name == f"{bundle_name()}-2"
    assert (earlier / ".env").read_text() == "XWMS_CLIENT_SECRET='from yesterday'\n"
    # Only folders written in this session are listed on the Done page.
    click_next(qtbot, wizard)
    steps = find(wizard, QLabel, "doneSteps").text()
    assert "send this one" not in steps and "older: xwms-handoff" not in steps


def test_done_names_folders_in_other_places_in_full_and_leaves_out_deleted_ones(
    qtbot, at_export, tmp_path
):
    wizard = at_export(Prompts.EXISTING_KEEP_BOTH)
    write(qtbot, wizard)
    first = wizard.session.bundle.path
    write(qtbot, wizard)
    gone = wizard.session.bundle.path
    find(wizard, QLineEdit, "exportDirEdit").setText(str(tmp_path / "Desktop"))
    write(qtbot, wizard)
    newest = wizard.session.bundle.path
    assert questions(wizard) == [bundle_name()]  # the new place had no folder yet
    shutil.rmtree(gone)
    click_next(qtbot, wizard)
    steps = find(wizard, QLabel, "doneSteps").text()
    assert f"the newest (send this one): <b>{newest}</b>" in steps
    assert f"older: {first}<" in steps
    assert gone.name + "<" not in steps


def test_the_folders_written_survive_a_change_of_language(qtbot, at_export, tmp_path):
    wizard = at_export(Prompts.EXISTING_KEEP_BOTH)
    write(qtbot, wizard)
    write(qtbot, wizard)
    wizard.rebuild_pages()
    written = wizard.page_named(Page.EXPORT).written
    assert [Path(b.path).name for b in written] == [bundle_name(), f"{bundle_name()}-2"]


# --- the real question ------------------------------------------------------------------------


def test_the_question_names_the_folder_and_says_what_each_answer_does(qtbot, make_wizard):
    wizard = make_wizard()
    box, answers = Prompts(wizard).existing_bundle_box("xwms-handoff-shop-2025-12-01")
    assert box.objectName() == "existingBundleBox" and box.accessibleName()
    assert box.text() == (
        "A folder for your developer was already written here: xwms-handoff-shop-2025-12-01. "
        "Replace it, or keep both?"
    )
    assert "nothing is written" in box.informativeText()
    buttons = {button.objectName(): button for button in answers}
    assert set(buttons) == {"replaceBundleButton", "keepBothBundlesButton", "cancelBundleButton"}
    assert all(button.accessibleName() for button in buttons.values())
    assert [buttons[n].text() for n in ("replaceBundleButton", "keepBothBundlesButton")] == [
        "&Replace", "&Keep both"
    ]
    assert box.defaultButton() is buttons["keepBothBundlesButton"]  # the safe one
    assert box.escapeButton() is buttons["cancelBundleButton"]
    box.deleteLater()


# The offscreen platform says so for every dialog it shows; a real screen does not.
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
@pytest.mark.parametrize(
    ("button", "answer"),
    [
        ("replaceBundleButton", Prompts.EXISTING_REPLACE),
        ("keepBothBundlesButton", Prompts.EXISTING_KEEP_BOTH),
        ("cancelBundleButton", Prompts.EXISTING_CANCEL),
        ("escape", Prompts.EXISTING_CANCEL),
    ],
)
def test_the_real_question_answers_what_was_clicked(qtbot, make_wizard, button, answer):
    wizard = make_wizard()
    answers: list[str] = []
    Prompts(wizard).ask_existing_bundle("xwms-handoff-shop-2025-12-01", answers.append)
    box = find(wizard, QMessageBox, "existingBundleBox")
    qtbot.waitExposed(box)
    assert box.isModal() and answers == []  # asked, and the window's work goes on meanwhile
    if button == "escape":
        qtbot.keyClick(box, Qt.Key.Key_Escape)
    else:
        qtbot.mouseClick(box.findChild(QPushButton, button), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: answers == [answer])
    qtbot.waitUntil(lambda: wizard.findChild(QMessageBox, "existingBundleBox") is None)


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_with_the_real_question_nothing_is_written_until_it_is_answered(
    qtbot, make_wizard, tmp_path
):
    wizard = make_wizard()
    go_to(qtbot, wizard, "review")
    create_setup(qtbot, wizard)
    click_next(qtbot, wizard)
    wizard.prompts = Prompts(wizard)  # the real one, not a fake
    write(qtbot, wizard)
    first = wizard.session.bundle
    write(qtbot, wizard, expect_new=False)
    box = find(wizard, QMessageBox, "existingBundleBox")
    qtbot.waitExposed(box)
    assert bundle_name() in box.text()
    assert not find(wizard, QPushButton, "exportButton").isEnabled()
    assert wizard.session.bundle is first
    qtbot.mouseClick(box.findChild(QPushButton, "keepBothBundlesButton"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.session.bundle is not first, timeout=10_000)
    assert wizard.session.bundle.path.name == f"{bundle_name()}-2"
