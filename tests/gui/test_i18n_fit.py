"""Longer translations still fit: every page at the wizard's minimum size shows each text whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from tests.gui.conftest import create_setup, find, go_to
from xwms_wizard.gui import translation

# German is here for its long words: its texts are the longest of the complete languages.
LANGUAGES = ["en", "nl", "de"]


def _inside_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def clipped(wizard) -> list[str]:
    """Texts on screen that are cut off: too little room for them, or outside the window."""
    problems = []
    window = wizard.rect()
    for label in wizard.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        name = label.objectName() or label.text()[:40]
        if label.wordWrap():
            # The height the label needs at its width, against the height it was given.
            if label.heightForWidth(label.width()) > label.height() + 1:
                problems.append(f"label {name!r}: wrapped text taller than its room")
        elif not label.textFormat().name == "RichText":
            text = label.text().replace("&", "")
            needed = label.fontMetrics().horizontalAdvance(text)
            if needed > label.contentsRect().width() + 1:
                problems.append(f"label {name!r}: {needed}px of text in {label.width()}px")
        problems += _outside(wizard, label, window, name)
    for button in wizard.findChildren(QAbstractButton):
        if not button.isVisible() or not button.text():
            continue
        name = button.objectName() or button.text()
        hint = button.sizeHint()
        if button.width() + 1 < hint.width() or button.height() + 1 < hint.height():
            problems.append(
                f"button {name!r}: needs {hint.width()}x{hint.height()}, "
                f"has {button.width()}x{button.height()}"
            )
        problems += _outside(wizard, button, window, name)
    return problems


def _outside(wizard, widget: QWidget, window: QRect, name: str) -> list[str]:
    if _inside_scroll_area(widget):
        return []  # a scrolling page may hold more than the window shows
    where = QRect(widget.mapTo(wizard, widget.rect().topLeft()), widget.size())
    return [] if window.contains(where) else [f"{name!r} lies outside the window"]


def check_page(wizard, seen: dict[str, list[str]]) -> None:
    QApplication.processEvents()
    page = wizard.currentPage()
    help_button = page.findChild(QPushButton, "pageHelpButton")
    problems = clipped(wizard)
    if help_button is not None and help_button.isVisible():
        help_button.setChecked(True)  # the page's explanation open: the longest text there is
        QApplication.processEvents()
        problems += [f"(help open) {p}" for p in clipped(wizard)]
        help_button.setChecked(False)
    seen[page.objectName() + ("+" if page.objectName() in seen else "")] = problems


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_holds_its_texts_at_the_minimum_size(qtbot, make_wizard, language):
    translation.install_language(language)
    wizard = make_wizard()
    minimum = wizard.minimumSize()
    wizard.resize(minimum)
    qtbot.waitUntil(lambda: wizard.size() == minimum)
    seen: dict[str, list[str]] = {}
    check_page(wizard, seen)
    for page in ("account", "client"):
        go_to(qtbot, wizard, page)
        check_page(wizard, seen)
    # The client name as free text: the suggestion button and the refusal show.
    find(wizard, QLineEdit, "clientNameEdit").setText("Bakkerij Van Dijk – Hoofdwinkel!")
    check_page(wizard, seen)
    go_to(qtbot, wizard, "domain")
    # Every warning and note of the domain page at once.
    find(wizard, QLineEdit, "rootDomainEdit").setText("https://www.Bakkerij-VanDijk.example/menu")
    find(wizard, QLineEdit, "serverIpEdit").setText("192.168.1.20")
    check_page(wizard, seen)
    for page in ("scopes", "secret", "review"):
        go_to(qtbot, wizard, page)
        check_page(wizard, seen)
    create_setup(qtbot, wizard)
    check_page(wizard, seen)
    go_to(qtbot, wizard, "export")
    check_page(wizard, seen)
    qtbot.mouseClick(find(wizard, QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: find(wizard, QLabel, "exportResultLabel").text() != "")
    check_page(wizard, seen)
    go_to(qtbot, wizard, "done")
    check_page(wizard, seen)

    assert wizard.size() == minimum, "a page made the window grow past its minimum size"
    assert len(seen) == 12
    assert {page: problems for page, problems in seen.items() if problems} == {}


def test_the_check_sees_a_clipped_text(qtbot, make_wizard):
    # The check itself: a label squeezed below its text's size is reported.
    wizard = make_wizard()
    wizard.resize(wizard.minimumSize())
    QApplication.processEvents()
    assert clipped(wizard) == []
    title = find(wizard, QLabel, "step_welcome")
    title.setText(title.text() + " with far too many words for the side panel to hold")
    button = find(wizard, QAbstractButton, "modeSandbox")
    button.setFixedWidth(40)
    QApplication.processEvents()
    problems = clipped(wizard)
    assert any("step_welcome" in p for p in problems)
    assert any("modeSandbox" in p for p in problems)
