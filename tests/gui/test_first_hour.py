"""What a bakery owner stumbled over in the first hour: the permissions list, the key's date and
dots, the review rows and the step list in Dutch, the export folder, the welcome page's modes."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from tests.helpers.gui import click_next, create_setup, find, go_to
from xwms_wizard.core.flow import Mode
from xwms_wizard.gui import translation, widgets
from xwms_wizard.gui.prompts import Prompts
from xwms_wizard.gui.wizard import StepPanel


def _scope_rows(wizard) -> dict[str, object]:
    scopes = find(wizard, QListWidget, "scopeList")
    role = Qt.ItemDataRole.UserRole
    return {scopes.item(i).data(role): scopes.item(i) for i in range(scopes.count())}


# -- Permissions --------------------------------------------------------------------------


def test_a_scope_for_verified_partners_says_so_once_and_addresses_say_what_they_are_for(
    qtbot, make_wizard
):
    wizard = make_wizard()
    go_to(qtbot, wizard, "scopes")
    rows = _scope_rows(wizard)
    locked = rows["providers"].text()
    assert locked.count("Verified Partner") == 1, locked
    assert "Verification Center" in locked  # and what to do about it
    addresses = rows["useraddresses"].text()
    assert "delivery" in addresses and "invoices" in addresses
    assert "Read, add, change and remove" not in addresses
    for item in rows.values():  # nothing else says it at all
        if item is not rows["providers"]:
            assert "Verified Partner" not in item.text()


def _click_check_box(qtbot, scopes: QListWidget, row: int) -> None:
    """Click the tick box of `row`, where a mouse would (not the row's text)."""
    option = QStyleOptionViewItem()
    option.initFrom(scopes)
    option.rect = scopes.visualItemRect(scopes.item(row))
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = scopes.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, scopes
    )
    qtbot.mouseClick(scopes.viewport(), Qt.MouseButton.LeftButton, pos=box.center())


def test_the_highlight_follows_the_scope_that_was_ticked(qtbot, make_wizard):
    wizard = make_wizard()
    go_to(qtbot, wizard, "scopes")
    scopes = find(wizard, QListWidget, "scopeList")
    assert scopes.currentRow() == 0
    for row in (2, 1):
        _click_check_box(qtbot, scopes, row)
        assert scopes.item(row).checkState() == Qt.CheckState.Checked
        assert scopes.currentRow() == row
        assert scopes.item(row).isSelected()
    assert wizard.plan.scopes.keys == ["profile", "userinfo", "useraddresses"]


# -- Secret key: the date in the owner's language, the dots in their field ----------------


@pytest.mark.parametrize(
    ("language", "month"), [("en", "December"), ("nl", "december"), ("de", "Dezember")]
)
def test_the_expiry_date_reads_in_the_owners_language(qtbot, make_wizard, language, month):
    translation.install_language(language)
    wizard = make_wizard()
    go_to(qtbot, wizard, "secret")
    date = find(wizard, QDateEdit, "secretExpiryEdit")
    assert not date.isVisible()  # no date chosen: none shown, not a greyed-out one
    check = find(wizard, QCheckBox, "secretExpiryCheck")
    check.setChecked(True)
    assert date.isVisible() and date.isEnabled()
    assert date.locale().language() == QLocale(language).language()
    assert date.displayFormat() == widgets.date_format(widgets.owner_locale())
    date.setDate(QDate(2031, 12, 3))
    assert date.text() == widgets.local_date(dt.date(2031, 12, 3))
    assert month in date.text() and "2031-12-03" not in date.text()
    # A date soon after today warns; the warning names the date as the field shows it.
    soon = dt.date.today() + dt.timedelta(days=10)
    date.setDate(QDate(soon.year, soon.month, soon.day))
    warning = find(wizard, QLabel, "secretExpiryEditError").text()
    assert widgets.local_date(soon) in warning and soon.isoformat() not in warning
    assert wizard.plan.secret.expires == soon  # the plan keeps the date itself


def test_an_existing_keys_expiry_is_stated_in_the_owners_language(qtbot, make_wizard, make_session):
    first = make_wizard()
    go_to(qtbot, first, "secret")
    find(first, QCheckBox, "secretExpiryCheck").setChecked(True)
    find(first, QDateEdit, "secretExpiryEdit").setDate(QDate(2031, 12, 3))
    go_to(qtbot, first, "review")
    create_setup(qtbot, first)
    first.close()

    translation.install_language("nl")
    wizard = make_wizard(make_session())
    go_to(qtbot, wizard, "client")
    combo = find(wizard, QComboBox, "existingClientCombo")
    qtbot.waitUntil(lambda: combo.findData("my-bakery-shop") >= 0, timeout=10_000)
    combo.setCurrentIndex(combo.findData("my-bakery-shop"))
    go_to(qtbot, wizard, "secret")
    current = find(wizard, QLabel, "currentKeyLabel")
    qtbot.waitUntil(current.isVisible, timeout=10_000)
    assert "3 december 2031" in current.text() and "2031-12-03" not in current.text()


def _assert_whole_secret_shown(edit: QLineEdit) -> None:
    """Every dot of the masked value in the field, none cut at its edge."""
    assert edit.echoMode() == QLineEdit.EchoMode.Password
    assert edit.textMargins().left() >= 2 and edit.textMargins().right() >= 2
    dot = chr(edit.style().styleHint(QStyle.StyleHint.SH_LineEdit_PasswordCharacter, None, edit))
    dots = edit.fontMetrics().horizontalAdvance(dot * len(edit.text()))
    edit.setCursorPosition(0)
    start = edit.cursorRect().center().x()
    edit.setCursorPosition(len(edit.text()))
    end = edit.cursorRect().center().x()
    # Had the field scrolled to show the end, the start would lie left of the field: the
    # distance between the two would be less than the dots' width.
    assert end - start == dots, f"{dots}px of dots, {end - start}px shown"
    assert start >= edit.contentsRect().left() + edit.textMargins().left()
    assert end <= edit.contentsRect().right() - edit.textMargins().right()


def test_the_masked_secret_shows_whole_on_the_review_page(qtbot, make_wizard):
    wizard = make_wizard()
    wizard.resize(wizard.minimumSize())
    go_to(qtbot, wizard, "review")
    create_setup(qtbot, wizard)
    edit = find(wizard, QLineEdit, "secretValueEdit")
    assert edit.cursorPosition() == 0  # from its start, whatever its length
    _assert_whole_secret_shown(edit)


def test_the_pasted_secret_shows_whole_on_the_secret_page(qtbot, make_wizard):
    from tests.helpers.sandbox import IN_PROCESS_URL

    wizard = make_wizard(start_mode=Mode.LIVE, live_api_url=IN_PROCESS_URL)
    wizard.resize(wizard.minimumSize())
    go_to(qtbot, wizard, "client", {})
    find(wizard, QLineEdit, "clientIdEdit").setText("xc_0123456789abcdef0123")
    go_to(qtbot, wizard, "domain")
    find(wizard, QLineEdit, "domainIdEdit").setText("xd_aaaabbbbccccddddeeee")
    go_to(qtbot, wizard, "secret")
    paste = find(wizard, QLineEdit, "secretPasteEdit")
    paste.setFocus()
    paste.setText("xs_" + "Q7r-9_zK" * 5)  # as long as a real key
    QApplication.processEvents()
    _assert_whole_secret_shown(paste)


# -- Review in Dutch: every row whole, and the step list keeps to its width ---------------


def _rows_whole(rows: QListWidget) -> list[str]:
    """Rows of a list that are cut off: outside its view, or shorter than their text."""
    problems = []
    if rows.verticalScrollBar().maximum() > 0:
        problems.append(f"{rows.verticalScrollBar().maximum()}px of rows hidden below")
    for i in range(rows.count()):
        rect = rows.visualItemRect(rows.item(i))
        if rect.bottom() > rows.viewport().height() or rect.height() < rows.sizeHintForRow(i):
            problems.append(f"row {i} ({rows.item(i).text()[:30]!r}) cut off")
    return problems


@pytest.mark.parametrize("language", ["en", "nl", "de", "ar"])
def test_every_review_row_shows_whole_at_the_minimum_size(qtbot, make_wizard, language):
    translation.install_language(language)
    wizard = make_wizard()
    wizard.resize(wizard.minimumSize())
    go_to(qtbot, wizard, "review")
    create_setup(qtbot, wizard)
    rows = find(wizard, QListWidget, "progressList")
    qtbot.waitUntil(lambda: _rows_whole(rows) == [], timeout=3_000)


def test_the_progress_list_grows_when_it_gets_narrower(qtbot):
    # What the Dutch review page did: a scroll bar appeared beside the page once the secret
    # showed, the list got narrower, its last row wrapped, and its second line was cut off.
    parent = QWidget()
    qtbot.add_widget(parent)
    layout = QVBoxLayout(parent)
    layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)  # a page's room, fixed
    rows = widgets.ProgressList(parent, name="progressList", accessible="Progress")
    layout.addWidget(rows)
    layout.addStretch(1)
    looks = {None: widgets.RowLook("wachten"), "done": widgets.RowLook("klaar")}
    rows.set_rows([("client", "De client aanmaken"), ("verify", "Controleren")], looks)
    parent.resize(700, 400)
    parent.show()
    rows.show_state(
        "verify",
        "done",
        "XWMS heeft de inloggegevens en de callback-URL geaccepteerd: inloggen is klaar voor "
        "gebruik.",
    )
    qtbot.waitUntil(lambda: _rows_whole(rows) == [])
    qtbot.wait(100)  # the list's own second go at its height is over: only a resize is left
    before = rows.height()
    parent.resize(330, 400)  # the same text now takes two lines
    qtbot.waitUntil(lambda: rows.width() < 340)
    qtbot.waitUntil(lambda: _rows_whole(rows) == [], timeout=2_000)
    assert rows.height() > before


def _panel_width(language: str) -> int:
    translation.install_language(language)
    panel = StepPanel()
    try:
        return panel.width()
    finally:
        panel.deleteLater()


def test_the_step_list_keeps_a_sensible_width_in_every_language(qtbot):
    english = _panel_width("en")
    for language in ("nl", "de"):
        # At most 20 % wider than in English: no longer as wide as "Mijn instellingen
        # controleren" on one line (225 px against English's 147 px at the test font).
        assert _panel_width(language) <= english * 1.2, language
    translation.install_language("en")


def test_a_long_step_title_goes_on_over_two_lines_whole(qtbot, make_wizard):
    from tests.gui.test_i18n_fit import clipped

    translation.install_language("nl")
    wizard = make_wizard(start_mode=Mode.LIVE)
    wizard.resize(wizard.minimumSize())
    QApplication.processEvents()
    check = find(wizard, QLabel, "step_check")
    assert check.isVisible()
    lines = check.text().split("\n")
    assert len(lines) == 2 and lines[1].startswith("     ")  # under the title's first word
    assert " ".join(check.text().split()) == "Mijn instellingen controleren"
    assert check.accessibleName() == "Mijn instellingen controleren"
    assert [p for p in clipped(wizard) if "step_" in p] == []


# -- Export: the folder's hint, and a computer that cannot open a folder -------------------


def test_the_folder_hint_goes_once_the_folder_is_written(qtbot, make_wizard, tmp_path):
    wizard = make_wizard()
    go_to(qtbot, wizard, "review")
    create_setup(qtbot, wizard)
    click_next(qtbot, wizard)
    folder = tmp_path / "not-there-yet"
    find(wizard, QLineEdit, "exportDirEdit").setText(str(folder))
    note = find(wizard, QLabel, "exportDirEditNote")
    assert note.isVisible() and "does not exist yet" in note.text()
    qtbot.mouseClick(find(wizard, QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: find(wizard, QLabel, "exportResultLabel").text() != "")
    assert folder.is_dir()
    assert not note.isVisible() and "does not exist yet" not in note.text()


def test_a_folder_that_cannot_be_opened_is_said_with_its_path_to_copy(
    qtbot, make_wizard, monkeypatch
):
    wizard = make_wizard()
    # The real Prompts.open_folder, on a desktop with no file manager: Qt's openUrl says False.
    opened: list[QUrl] = []

    def no_launcher(url: QUrl) -> bool:
        opened.append(url)
        return False

    monkeypatch.setattr(QDesktopServices, "openUrl", no_launcher)
    real_open_folder = Prompts.open_folder.__get__(wizard.prompts)
    monkeypatch.setattr(wizard.prompts, "open_folder", real_open_folder)
    go_to(qtbot, wizard, "review")
    create_setup(qtbot, wizard)
    click_next(qtbot, wizard)
    qtbot.mouseClick(find(wizard, QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: find(wizard, QLabel, "exportResultLabel").text() != "")
    failed = find(wizard, QLabel, "openFolderFailedLabel")
    assert not failed.isVisible()

    qtbot.mouseClick(find(wizard, QPushButton, "openFolderButton"), Qt.MouseButton.LeftButton)
    bundle = wizard.session.bundle.path
    assert [url.toLocalFile() for url in opened] == [str(bundle)]
    assert failed.isVisible() and "could not open the folder" in failed.text()
    path = find(wizard, QLineEdit, "bundlePathEdit")
    assert path.isVisible() and path.isReadOnly() and path.text() == str(bundle)
    copy = find(wizard, QPushButton, "copyPathButton")
    assert copy.isVisible() and copy.accessibleName()
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == str(bundle)
    assert find(wizard, QLabel, "pathCopiedLabel").isVisible()

    # Where opening works, nothing of this stays.
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    qtbot.mouseClick(find(wizard, QPushButton, "openFolderButton"), Qt.MouseButton.LeftButton)
    assert not failed.isVisible() and not path.isVisible()


# -- Welcome: each mode's own setting only under that mode --------------------------------


def _greyed_out(wizard) -> list[str]:
    group = wizard.findChild(QWidget, "modeGroup")
    return [
        widget.objectName() or type(widget).__name__
        for widget in group.findChildren(QWidget)
        if isinstance(widget, QAbstractButton | QLineEdit)
        and widget.isVisible()
        and not widget.isEnabled()
    ]


@pytest.mark.parametrize(
    ("mode", "advanced", "server"),
    [("modeSandbox", False, False), ("modeLive", True, False), ("modeCustom", False, True)],
)
def test_the_welcome_page_shows_only_the_chosen_modes_setting(
    qtbot, make_wizard, mode, advanced, server
):
    wizard = make_wizard()
    find(wizard, QRadioButton, mode).setChecked(True)
    QApplication.processEvents()
    assert find(wizard, QAbstractButton, "apiUrlAdvancedButton").isVisible() is advanced
    assert find(wizard, QLineEdit, "serverUrlEdit").isVisible() is server
    assert find(wizard, QAbstractButton, "serverUrlEditHelp").isVisible() is server
    assert _greyed_out(wizard) == []  # nothing there looks broken
