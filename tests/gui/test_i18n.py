"""The wizard in the owner's language: chosen, remembered, switched at once, Dutch throughout."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWizard,
)

from tests.helpers.gui import create_setup, find, go_to, next_button
from xwms_wizard import i18n
from xwms_wizard.gui import translation

TS_DIR = Path(translation.translations_dir())


def english_only_texts(language: str) -> set[str]:
    """English sources whose translation differs: seeing one means a text was not translated."""
    root = ET.parse(TS_DIR / f"xwms_wizard_{language}.ts").getroot()
    texts = set()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        element = message.find("translation")
        if element is not None and element.text and element.text != source:
            if element.get("type") != "unfinished":
                texts.add(source.replace("&", ""))
    return texts


def visible_texts(wizard) -> list[str]:
    """Every text on screen now: labels, buttons, group titles, placeholders, titles."""
    texts = [wizard.windowTitle(), wizard.currentPage().title(), wizard.currentPage().subTitle()]
    for widget in wizard.findChildren(QLabel) + wizard.findChildren(QAbstractButton):
        if widget.isVisible() and widget.text():
            texts.append(widget.text().replace("&", ""))
    for box in wizard.findChildren(QGroupBox):
        if box.isVisible():
            texts.append(box.title().replace("&", ""))
    for edit in wizard.findChildren(QLineEdit):
        if edit.isVisible() and edit.placeholderText():
            texts.append(edit.placeholderText())
    return texts


def english_left(wizard, language: str) -> list[str]:
    english = english_only_texts(language)
    # A step panel row is "✓  Title": compare the words, not the mark.
    return [t for t in visible_texts(wizard) if t in english or t.strip("✓▶◀ ") in english]


# -- i18n without Qt ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("nl_NL.UTF-8", "nl"),
        ("nl-BE", "nl"),
        ("de_AT", "de"),
        ("pt_BR.utf8", "pt"),
        ("zh_CN", "zh"),
        ("ar_EG", "ar"),
        ("Dutch_Netherlands", "nl"),
        ("C", None),
        ("POSIX", None),
        ("fr_FR", None),
        ("", None),
        (None, None),
    ],
)
def test_locale_names_map_to_our_languages(name, code):
    assert i18n.match_language(name) == code


def test_system_language_follows_the_locale_and_falls_back_to_english(monkeypatch):
    for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    assert i18n.system_language("nl_NL") == "nl"
    monkeypatch.setenv("LANGUAGE", "fr:de")
    assert i18n.system_language() == "de"
    monkeypatch.setenv("LANGUAGE", "fr")
    monkeypatch.setattr(i18n.locale, "getlocale", lambda *_: (None, None))
    assert i18n.system_language("fr_FR") == "en"


def test_the_choice_is_remembered_in_the_settings_file_and_nothing_else():
    i18n.save_language("nl")
    assert i18n.saved_language() == "nl"
    assert i18n.chosen_language("de_DE") == "nl"  # the owner's choice beats the system's
    data = json.loads(i18n.settings_path().read_text(encoding="utf-8"))
    assert data == {"language": "nl"}
    with pytest.raises(ValueError):
        i18n.save_language("xx")
    with pytest.raises(KeyError):
        i18n.save_setting("token", "abc")  # settings never take anything but known keys
    i18n.settings_path().write_text("{not json", encoding="utf-8")
    assert i18n.saved_language() is None
    assert i18n.chosen_language("de_DE") == "de"


def test_every_language_has_a_native_name_and_a_catalogue():
    assert list(i18n.LANGUAGES)[:2] == ["en", "nl"]
    assert set(i18n.LANGUAGES) == {"en", "nl", "ar", "bn", "de", "es", "id", "pt", "ru", "zh"}
    for code in i18n.LANGUAGES:
        if code != "en":
            assert translation.catalog_path(code).is_file(), code
    assert i18n.is_rtl("ar") and not i18n.is_rtl("nl")


# -- Qt ------------------------------------------------------------------------------


def test_installing_dutch_translates_our_words_and_qts_buttons(qapp):
    from xwms_wizard.core.apply import Step, step_title
    from xwms_wizard.core.scopes import scope_text

    loaded = translation.install_language("nl")
    assert "xwms_wizard_nl.qm" in loaded and "qtbase_nl" in loaded
    assert translation.current_language() == "nl"
    assert QApplication.translate("QWizard", "&Next >") != "&Next >"  # Qt's own words
    # The engine's texts the window shows: translated once, by i18n, in the chosen language.
    assert step_title(Step.VERIFY) == "Controleren of alles werkt"
    assert scope_text("Read basic user profile") == "Basisprofiel lezen"
    assert scope_text("Some new scope") == "Some new scope"  # unknown: as sent
    translation.install_language("en")
    assert step_title(Step.VERIFY) == "Check that it all works"


def test_installing_a_language_also_sets_the_engines(qapp):
    # One choice of language: the engine's messages (i18n.translate) follow the GUI's.
    from xwms_wizard.core.validate import check_server_ip

    translation.install_language("nl")
    assert i18n.current_language() == "nl"
    assert check_server_ip("10.0.0.1").warning.startswith("IP-adres van de server: 10.0.0.1 is een")
    translation.install_language("en")
    assert i18n.current_language() == "en"
    assert check_server_ip("10.0.0.1").warning.startswith("Server IP address: 10.0.0.1 is a")


def test_a_language_without_translations_falls_back_to_english(
    qtbot, make_wizard, monkeypatch, tmp_path
):
    # Every catalogue is complete: a missing one stands in for a string not yet translated.
    monkeypatch.setattr(translation, "compiled_translations_dir", lambda: tmp_path)
    monkeypatch.setattr(translation.i18n, "translations_dir", lambda: tmp_path)
    monkeypatch.setattr(translation.i18n, "_catalogs", {})
    translation.install_language("id")
    wizard = make_wizard()
    assert wizard.currentPage().title() == "Set up Log in with XWMS"


def test_arabic_mirrors_the_layout(qtbot, make_wizard):
    translation.install_language("ar")
    wizard = make_wizard()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert wizard.isRightToLeft()
    assert wizard.step_panel.findChild(QLabel, "step_welcome").text().startswith("◀")
    # The page sits left of the step panel, mirrored from the usual order.
    page = wizard.currentPage()
    assert page.mapTo(wizard, page.rect().topLeft()).x() < wizard.step_panel.mapTo(
        wizard, wizard.step_panel.rect().topLeft()
    ).x()
    translation.install_language("en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_switching_language_on_the_welcome_page_changes_every_text_at_once(qtbot, make_wizard):
    wizard = make_wizard()
    find(wizard, QRadioButton, "modeCustom").setChecked(True)
    find(wizard, QLineEdit, "serverUrlEdit").setText("https://xwms.example.com")
    combo = find(wizard, QComboBox, "languageCombo")
    assert combo.currentData() == "en"
    assert [combo.itemText(i) for i in range(3)] == ["English", "Nederlands", "العربية"]
    old_page = wizard.currentPage()

    combo.setCurrentIndex(combo.findData("nl"))

    assert i18n.saved_language() == "nl"
    assert wizard.currentPage() is not old_page and wizard.currentPage().objectName() == "welcomePage"
    assert wizard.windowTitle() == "XWMS instellen"
    assert wizard.currentPage().title() == "Inloggen met XWMS instellen"
    assert next_button(wizard).text() == "&Volgende >"
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "Annuleren"
    assert "Welkom" in find(wizard, QLabel, "step_welcome").text()
    assert english_left(wizard, "nl") == []
    # What the owner had chosen survived the switch, and the chooser shows the new language.
    new_combo = find(wizard, QComboBox, "languageCombo")
    assert new_combo.currentData() == "nl"
    assert find(wizard, QRadioButton, "modeCustom").isChecked()
    assert find(wizard, QLineEdit, "serverUrlEdit").text() == "https://xwms.example.com"
    assert len(wizard.findChildren(QComboBox, "languageCombo")) == 1
    qtbot.waitUntil(new_combo.hasFocus)  # keyboard users stay where they were

    new_combo.setCurrentIndex(new_combo.findData("en"))
    assert wizard.currentPage().title() == "Set up Log in with XWMS"
    assert next_button(wizard).text() == "&Next >"
    assert i18n.saved_language() == "en"


@pytest.mark.parametrize("language", ["nl", "de", "ar", "bn", "es", "id", "pt", "ru", "zh"])
def test_the_whole_setup_in_each_language_leaves_no_english_on_screen(
    qtbot, make_wizard, tmp_path, language
):
    wizard = make_wizard()
    combo = find(wizard, QComboBox, "languageCombo")
    combo.setCurrentIndex(combo.findData(language))
    seen = {}
    while True:
        page = wizard.currentPage().objectName()
        if page == "reviewPage" and "reviewPage" not in seen:
            seen[page] = english_left(wizard, language)
            create_setup(qtbot, wizard)
            qtbot.waitUntil(lambda: find(wizard, QLabel, "applyStatusLabel").text() != "")
            status = find(wizard, QLabel, "applyStatusLabel").text()
            assert "Everything is set up" not in status
            if language == "nl":
                assert "Alles is ingesteld" in status
        if page == "exportPage":
            qtbot.mouseClick(
                find(wizard, QAbstractButton, "exportButton"), Qt.MouseButton.LeftButton
            )
            qtbot.waitUntil(lambda: find(wizard, QLabel, "exportResultLabel").text() != "")
        seen[page + (" after" if page in seen else "")] = english_left(wizard, language)
        if page == "donePage":
            break
        go_to_next = {"welcomePage": "account", "accountPage": "client", "clientPage": "domain",
                      "domainPage": "scopes", "scopesPage": "secret", "secretPage": "review",
                      "reviewPage": "export", "exportPage": "done"}[page]  # fmt: skip
        go_to(qtbot, wizard, go_to_next)
    assert list(seen)[-1] == "donePage"
    assert {page: left for page, left in seen.items() if left} == {}
    # The progress rows name the steps in the owner's language.
    steps = wizard.page_named("review").progress_list
    assert not steps.item(0).text().startswith("Create the client")
    if language == "nl":
        assert steps.item(0).text().startswith("De client aanmaken")


def test_the_export_page_writes_handoff_in_the_developers_language(qtbot, make_wizard):
    # The owner works in Dutch; the developer's instructions default to English, on request Dutch.
    wizard = make_wizard()
    combo = find(wizard, QComboBox, "languageCombo")
    combo.setCurrentIndex(combo.findData("nl"))
    go_to(qtbot, wizard, "review")
    create_setup(qtbot, wizard)
    go_to(qtbot, wizard, "export")
    handoff_combo = find(wizard, QComboBox, "handoffLanguageCombo")
    assert handoff_combo.currentData() == "en"
    assert [handoff_combo.itemText(i) for i in range(handoff_combo.count())] == [
        "English",
        "Nederlands",
    ]
    handoff_combo.setCurrentIndex(handoff_combo.findData("nl"))
    qtbot.mouseClick(find(wizard, QAbstractButton, "exportButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.session.bundle is not None)
    folder = Path(wizard.session.bundle.path)
    assert (folder / "HANDOFF.md").read_text("utf-8").startswith("# Inloggen met XWMS voor ")
    facts = json.loads((folder / "xwms-handoff.json").read_text("utf-8"))
    assert facts["handoff_language"] == "nl"


@pytest.mark.parametrize("language", ["bn", "id"])
def test_qts_own_words_are_translated_where_qt_has_no_catalogue(qtbot, make_wizard, language):
    # Qt ships no qtbase catalogue for Bengali and Indonesian: ours carries its words
    # (translation.QT_OWN_WORDS), so Next, Cancel and a text field's menu are not English.
    translation.install_language(language)
    wizard = make_wizard()
    english = {"&Next >", "< &Back", "Cancel", "&Copy", "Select All"}
    shown = {next_button(wizard).text(), wizard.button(QWizard.WizardButton.CancelButton).text()}
    assert not shown & english, shown
    for context, text in (("QLineEdit", "&Copy"), ("QLineEdit", "Select All"),
                          ("QPlatformTheme", "Cancel"), ("QWidgetTextControl", "&Copy")):
        assert QApplication.translate(context, text) != text, (context, text)
