"""Qt's side of the wizard's languages: the window's translators and its reading direction.

i18n decides the language (install_language hands it over first) and translates every text
marked outside gui/ (steps, scopes, the dashboard, messages of the engine): the pages show
those through core's step_title, scope_text and dashboard_text. Qt's translators installed
here translate the window's own texts (self.tr, QCoreApplication.translate in gui/) and Qt's.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from xwms_wizard import i18n
from xwms_wizard.paths import compiled_translations_dir

log = logging.getLogger(__name__)

CATALOG_PREFIX = "xwms_wizard_"

# Qt names some of its own catalogues by region; the first file that exists is used.
_QT_CATALOG_NAMES = {"pt": ("pt_BR", "pt"), "zh": ("zh_CN", "zh")}

# The translators in use: QCoreApplication does not own them, so they are kept alive here.
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    """The folder of the wizard's .ts sources (the engine's catalogues; see i18n)."""
    return i18n.translations_dir()


def catalog_path(language: str) -> Path:
    """The compiled catalogue `xwms_wizard_<language>.qm` (it may not exist).

    Installed, it sits beside the .ts; in a source checkout it is build output, in build/qm
    (`make translations`, or `pip install -e .`).
    """
    return compiled_translations_dir() / f"{CATALOG_PREFIX}{language}.qm"


def qt_translations_dir() -> str:
    """Where Qt keeps its own catalogues (qtbase_<lang>.qm: the Back, Next, Cancel buttons)."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def current_language() -> str:
    """The language installed last (English until one is): i18n's, the one language."""
    return i18n.current_language()


def system_locale_language() -> str:
    """The language the operating system asks for, as Qt reads it (works on Windows too)."""
    return i18n.system_language(QLocale.system().name())


# Qt's own words the owner meets (the wizard's buttons, QWizard's defaults per platform style;
# a question's buttons; a text field's menu), held in our catalogues too: Qt has no catalogue
# of its own for Bengali and Indonesian, and ours, installed last, is asked first. Where Qt
# has one, ours carries the same words.
QT_OWN_WORDS = (
    i18n.QT_TRANSLATE_NOOP("QWizard", "< &Back"),
    i18n.QT_TRANSLATE_NOOP("QWizard", "&Next >"),
    i18n.QT_TRANSLATE_NOOP("QWizard", "&Next"),
    i18n.QT_TRANSLATE_NOOP("QWizard", "Go Back"),
    i18n.QT_TRANSLATE_NOOP("QWizard", "Continue"),
    i18n.QT_TRANSLATE_NOOP("QWizard", "Cancel"),
    i18n.QT_TRANSLATE_NOOP("QWizard", "Done"),
    i18n.QT_TRANSLATE_NOOP("QWizard", "&Finish"),
    # A question's Cancel button (gui.prompts), and the menu a right click opens on a text
    # field or a selectable text.
    i18n.QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    i18n.QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    i18n.QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    i18n.QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    i18n.QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    i18n.QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    i18n.QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    i18n.QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    i18n.QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
    i18n.QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
    i18n.QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location"),
    i18n.QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
)


def install_language(language: str, app: QCoreApplication | None = None) -> list[str]:
    """Make `language` the application's language; returns the catalogues that were loaded.

    Removes the translators of the previous language first. Qt sends every widget a
    LanguageChange event; the wizard rebuilds its pages on it. English needs no catalogue.
    A language with a missing or empty catalogue falls back to English string by string.
    """
    app = app or QCoreApplication.instance()
    # The one decision: i18n (and with it every text marked outside gui/) speaks `language`
    # from now on; Qt's translators below follow it for the window's own texts.
    i18n.set_language(language)
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    loaded: list[str] = []
    if language != i18n.SOURCE_LANGUAGE:
        qt_dir = qt_translations_dir()
        for name in _QT_CATALOG_NAMES.get(language, (language,)):
            translator = QTranslator(app)
            if translator.load(f"qtbase_{name}", qt_dir):
                QCoreApplication.installTranslator(translator)
                _installed.append(translator)
                loaded.append(f"qtbase_{name}")
                break
        own = catalog_path(language)
        translator = QTranslator(app)
        if own.is_file() and translator.load(str(own)):
            # Installed last, so it is asked first: our words win over Qt's.
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
            loaded.append(own.name)
        elif own.is_file():
            log.warning("could not load the translation catalogue %s", own)
        else:
            # A source checkout before `make translations`: the engine's words are translated
            # (from the .ts), the window's stay English.
            log.warning("no compiled translation catalogue %s (make translations)", own)
    if isinstance(app, QApplication):
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if i18n.is_rtl(language)
            else Qt.LayoutDirection.LeftToRight
        )
    QLocale.setDefault(QLocale(language))
    return loaded
