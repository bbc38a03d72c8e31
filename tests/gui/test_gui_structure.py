"""The window's code stays readable: short functions, one progress list, factories fed translated text."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QStyle, QWidget

from xwms_wizard.gui import widgets

GUI = Path(__file__).resolve().parents[2] / "xwms_wizard" / "gui"
LONGEST = 80  # lines, from the first decorator to the last line of the body
NOT_YET: dict[str, str] = {}  # file name -> why it may have longer functions for now


def _functions(source: str, filename: str) -> list[tuple[str, int, int]]:
    """(name, first line, length in lines) of every function and method, nested ones too."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            found.append((node.name, node.lineno, node.end_lineno - first + 1))
    return found


def test_the_length_scan_counts_decorators_and_nested_functions():
    source = "@decorator\ndef outer():\n    def inner():\n        pass\n    return inner\n"
    assert sorted(_functions(source, "<test>")) == [("inner", 3, 2), ("outer", 2, 5)]


def test_no_function_in_the_window_is_longer_than_a_screen():
    too_long = []
    for path in sorted(GUI.rglob("*.py")):
        if path.name in NOT_YET:
            continue
        for name, line, length in _functions(path.read_text("utf-8"), str(path)):
            if length > LONGEST:
                too_long.append(f"{path.relative_to(GUI.parent.parent)}:{line} {name}: {length}")
    assert too_long == [], f"functions over {LONGEST} lines:\n" + "\n".join(too_long)


def test_the_files_left_out_still_exist():
    # A renamed or removed file must not keep its exemption.
    assert all((GUI / name).is_file() for name in NOT_YET)


def test_the_live_check_list_is_the_shared_progress_list(make_wizard):
    wizard = make_wizard()
    check = wizard.page_named("check")
    rows = check.findChild(QListWidget, "liveCheckList")
    assert isinstance(rows, widgets.ProgressList) and rows is check.rows
    for name in ("check.py", "review.py"):  # no rows of their own beside the shared list
        assert "QListWidgetItem(" not in (GUI / "pages" / name).read_text("utf-8"), name


def test_the_live_check_is_its_own_page_that_owns_its_buttons(make_wizard):
    from PySide6.QtWidgets import QPushButton

    wizard = make_wizard()
    check, review = wizard.page_named("check"), wizard.page_named("review")
    for name in ("liveCheckButton", "liveRetryButton", "exportAnywayButton"):
        button = wizard.findChild(QPushButton, name)
        assert button is not None and check.isAncestorOf(button), name
    assert review.findChild(QWidget, "liveCheckList") is None
    # Review creates; it has no Live branch left, and no page reaches into another's widgets.
    source = (GUI / "pages" / "review.py").read_text("utf-8")
    assert "Mode.LIVE" not in source and "live" not in source.lower().replace("live mode", "")
    for path in sorted((GUI / "pages").glob("*.py")):
        text = path.read_text("utf-8")
        assert not re.search(r"page\.(apply_button|retry_button|banner)\b", text), path.name


# Which arguments of the shared factories the owner sees (or hears): positions, and keywords.
FACTORY_TEXTS = {
    "line_edit": slice(2, 4), "button": slice(2, 4), "checkbox": slice(2, 4),
    "radio_button": slice(2, 4), "combo": slice(2, 3), "add_row": slice(1, 2),
    "action_row": slice(2, 4),
    "ProgressList": slice(0, 0),
}  # fmt: skip
SHOWN_KEYWORDS = {"text", "accessible", "placeholder"}
# No words at all, or a sample value (a domain, an address) that reads the same in any language.
NEUTRAL = re.compile(r"^[^A-Za-z]*$|^[\w.\-:/@?=]+\.[\w.\-:/@?=]+$")


def untranslated_factory_texts(source: str, filename: str = "<source>") -> list[str]:
    """Literal texts handed to a widgets factory without a tr() around them."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in FACTORY_TEXTS:
            continue
        shown = list(node.args[FACTORY_TEXTS[name]])
        shown += [kw.value for kw in node.keywords if kw.arg in SHOWN_KEYWORDS]
        for arg in shown:
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                if not NEUTRAL.match(arg.value.strip()):
                    found.append(f"{filename}:{arg.lineno}: {name}({arg.value!r})")
    return found


def test_the_factory_scan_finds_what_it_should():
    bad = """
edit = line_edit(self, "nameEdit", "Name", "your name")
go = button(self, "goButton", text="&Go")
add_row(form, "&Name:", field)
rows = ProgressList(self, name="progressList", accessible="Progress")
"""
    good = """
edit = line_edit(self, "rootDomainEdit", self.tr("Website address"), "example.com")
go = button(self, "goButton", self.tr("&Go"), self.tr("Go"))
add_row(form, self.tr("&Name:"), field, edit)
rows = ProgressList(self, name="progressList", accessible=self.tr("Progress"))
"""
    assert len(untranslated_factory_texts(bad)) == 5
    assert untranslated_factory_texts(good) == []


def test_every_text_given_to_a_factory_is_translated():
    # The factories take translated text so that each string keeps its page's tr() context;
    # the catalogue scan of test_i18n_catalogs does not know them, this one does.
    problems = []
    for path in sorted(GUI.rglob("*.py")):
        problems += untranslated_factory_texts(path.read_text("utf-8"), str(path))
    assert problems == []


def test_the_review_page_shows_its_steps_in_the_shared_progress_list(make_wizard):
    wizard = make_wizard()
    review = wizard.page_named("review")
    rows = review.findChild(QListWidget, "progressList")
    assert isinstance(rows, widgets.ProgressList)
    assert rows is review.progress_list


def test_the_factories_name_each_widget_for_tests_and_screen_readers(qtbot):
    parent = QWidget()
    qtbot.add_widget(parent)
    edit = widgets.line_edit(parent, "nameEdit", "Name", "such as Ann")
    assert (edit.objectName(), edit.accessibleName(), edit.placeholderText()) == (
        "nameEdit", "Name", "such as Ann"
    )  # fmt: skip
    push = widgets.button(parent, "goButton", "&Go", "Go now", checkable=True)
    assert (push.objectName(), push.text(), push.accessibleName()) == ("goButton", "&Go", "Go now")
    assert push.isCheckable() and not push.autoDefault()  # Enter stays the wizard's Next
    assert widgets.button(parent, "retryButton", "&Try again").accessibleName() == ""
    check = widgets.checkbox(parent, "zipCheck", "&Zip", "Zip")
    choice = widgets.radio_button(parent, "modeLive", "&Live", "Live")
    box = widgets.combo(parent, "languageCombo", "Language")
    for widget, name in ((check, "zipCheck"), (choice, "modeLive"), (box, "languageCombo")):
        assert widget.objectName() == name and widget.parent() is parent and widget.accessibleName()


def test_the_progress_list_shows_each_rows_state_and_fits_its_rows(qtbot):
    parent = QWidget()
    qtbot.add_widget(parent)
    rows = widgets.ProgressList(parent, name="progressList", accessible="Progress")
    looks = {
        None: widgets.RowLook("waiting"),
        "done": widgets.RowLook("done", QStyle.StandardPixmap.SP_DialogApplyButton, "#2e7d32"),
    }
    rows.set_rows([("client", "Create the client"), ("domain", "Add the website")], looks)
    assert [rows.item(i).text() for i in range(2)] == [
        "Create the client: waiting", "Add the website: waiting"
    ]  # fmt: skip
    rows.show_state("domain", "done", "Domain ID xd_1")
    rows.show_state("verify", "done")  # not a row of this list: ignored
    item = rows.item(1)
    assert item.text() == "Add the website: done\nDomain ID xd_1"
    role = Qt.ItemDataRole.UserRole
    assert (item.data(role), item.data(role + 1)) == ("done", "domain")
    assert item.foreground().color().name() == "#2e7d32"
    assert not rows.item(0).icon().isNull()  # a blank icon keeps the texts in line
    parent.resize(400, 300)
    parent.show()
    qtbot.waitUntil(lambda: rows.height() >= rows.sizeHintForRow(0) + rows.sizeHintForRow(1))
    assert rows.height() == rows.maximumHeight() == rows.minimumHeight()
