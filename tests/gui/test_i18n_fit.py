"""Longer translations still fit: every page at the wizard's minimum size shows each text whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from tests.helpers.gui import create_setup, find, go_to
from xwms_wizard.gui import translation

# German is here for its long words: its texts are the longest of the complete languages.
# Arabic for the mirrored, right-to-left layout (its texts fall back to English for now).
LANGUAGES = ["en", "nl", "de", "ar", "bn", "es", "id", "pt", "ru", "zh"]


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
            # A title the step panel broke over lines: its widest line.
            needed = max(label.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
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
    assert wizard.isRightToLeft() == (language == "ar")
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


# -- Live mode: the pages the owner walks with the XWMS dashboard open -----------------------


def _check_settled(qtbot, wizard, seen: dict[str, list[str]]) -> None:
    """check_page once the layout has settled: a banner's new text can take a few event-loop
    turns to get its final height on a busy machine; a real clip stays and is reported."""
    try:
        qtbot.waitUntil(lambda: clipped(wizard) == [], timeout=3_000)
    except qtbot.TimeoutError:
        pass
    check_page(wizard, seen)


def _walk_live_and_check(qtbot, wizard, setup, seen: dict[str, list[str]], every_page: bool):
    """Welcome (Live chosen) to "Check my setup" and its answer; each page checked on the way.

    Object names only, never English texts, so the walk works in every language.
    """
    from tests.helpers.gui import click_next
    from tests.helpers.live import CLIENT_NAME, ROOT_DOMAIN

    def visit(edits: dict[str, str]) -> None:
        for name, text in edits.items():
            edit = find(wizard, QLineEdit, name)
            edit.setFocus()
            edit.setText(text)
        if every_page:
            _check_settled(qtbot, wizard, seen)
        click_next(qtbot, wizard)

    visit({})  # welcome, Live chosen
    visit({})  # account: the dashboard to open, no sign-in
    visit({"clientNameEdit": CLIENT_NAME, "clientIdEdit": setup["client_id"]})
    visit({"rootDomainEdit": ROOT_DOMAIN, "domainIdEdit": setup["domain_id"]})
    visit({})  # scopes
    visit({"secretPasteEdit": setup["secret"]})
    page = wizard.currentPage()
    assert page.objectName() == "checkPage"
    qtbot.mouseClick(find(wizard, QPushButton, "liveCheckButton"), Qt.MouseButton.LeftButton)
    check_list = wizard.findChild(QWidget, "liveCheckList")
    qtbot.waitUntil(
        lambda: check_list.item(0).data(Qt.ItemDataRole.UserRole) != "running", timeout=20_000
    )
    qtbot.waitUntil(lambda: not page.busy.busy, timeout=5_000)
    _check_settled(qtbot, wizard, seen)


def _closed_port() -> int:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize("state", ["verified", "refused", "offline"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_live_page_holds_its_texts_at_the_minimum_size(
    qtbot, make_wizard, make_session, gate, language, state
):
    from tests.helpers.gui import click_next, run
    from tests.helpers.live import make_live_setup, spoil
    from tests.helpers.sandbox import IN_PROCESS_URL
    from xwms_wizard.core.flow import Mode

    translation.install_language(language)
    if state == "offline":
        api_url = f"http://127.0.0.1:{_closed_port()}/api/"
        session = make_session(transport=None, client_options={"retries": 0, "timeout": 5.0})
        values = {"client_id": "xc_offline_client", "domain_id": "xd_offline", "secret": "xs_x"}
    else:
        api_url, session = IN_PROCESS_URL, None
        setup = run(qtbot, make_live_setup(IN_PROCESS_URL, gate))
        if state == "refused":
            run(qtbot, spoil(IN_PROCESS_URL, setup, "login_disabled", gate))
        values = {"client_id": setup.client_id, "domain_id": setup.domain_id}
        values["secret"] = setup.secret
    wizard = make_wizard(session, start_mode=Mode.LIVE, live_api_url=api_url)
    minimum = wizard.minimumSize()
    wizard.resize(minimum)
    qtbot.waitUntil(lambda: wizard.size() == minimum)
    seen: dict[str, list[str]] = {}
    # The pages before the check are the same in every state: checked once, when verified.
    _walk_live_and_check(qtbot, wizard, values, seen, every_page=state == "verified")
    check_list = wizard.findChild(QWidget, "liveCheckList")
    answer = [check_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(2)]
    assert answer == {
        "verified": ["ok", "ok"], "refused": ["ok", "failed"], "offline": ["failed", "skipped"]
    }[state]
    if state == "offline":
        qtbot.mouseClick(find(wizard, QPushButton, "exportAnywayButton"), Qt.MouseButton.LeftButton)
        _check_settled(qtbot, wizard, seen)
    if state != "refused":
        click_next(qtbot, wizard)
        assert wizard.currentPage().objectName() == "exportPage"
        _check_settled(qtbot, wizard, seen)
        qtbot.mouseClick(find(wizard, QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: find(wizard, QLabel, "exportResultLabel").text() != "", timeout=10_000
        )
        _check_settled(qtbot, wizard, seen)
        click_next(qtbot, wizard)
        assert wizard.currentPage().objectName() == "donePage"
        _check_settled(qtbot, wizard, seen)

    assert wizard.size() == minimum, "a Live page made the window grow past its minimum size"
    expected = {"verified": 10, "refused": 1, "offline": 5}[state]
    assert len(seen) == expected, sorted(seen)
    assert {page: problems for page, problems in seen.items() if problems} == {}


def test_a_scrolling_page_follows_a_label_that_grows_taller(qtbot, make_wizard):
    # A wrapped label's new text only changes its height for its width, not the page's minimum
    # size; the page must still grow (and scroll) so the label gets all the room it needs.
    wizard = make_wizard()
    wizard.resize(wizard.minimumSize())
    go_to(qtbot, wizard, "review")
    page = wizard.currentPage()
    summary = find(wizard, QLabel, "reviewSummary")
    container = page.scroll_area.widget()
    for lines in range(4, 40):
        summary.setText("<br>".join(f"Regel {n} van de samenvatting" for n in range(lines)))
        # Only the page's own layout request, as when the scroll area's re-measuring comes
        # late or not at all: the label must get its room from the page's layout alone.
        QApplication.sendPostedEvents(container, QEvent.Type.LayoutRequest)
        assert summary.height() + 1 >= summary.heightForWidth(summary.width()), lines
        assert container.height() >= container.heightForWidth(container.width()), lines
