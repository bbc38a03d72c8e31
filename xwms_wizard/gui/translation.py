"""Qt's side of the wizard's languages: the translators, right-to-left, names from core in words."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from xwms_wizard import i18n
from xwms_wizard.core.apply import Step
from xwms_wizard.paths import compiled_translations_dir

log = logging.getLogger(__name__)

CATALOG_PREFIX = "xwms_wizard_"

# Qt names some of its own catalogues by region; the first file that exists is used.
_QT_CATALOG_NAMES = {"pt": ("pt_BR", "pt"), "zh": ("zh_CN", "zh")}

# The translators in use: QCoreApplication does not own them, so they are kept alive here.
_installed: list[QTranslator] = []
_current = i18n.SOURCE_LANGUAGE


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
    """The language installed last (English until one is)."""
    return _current


def system_locale_language() -> str:
    """The language the operating system asks for, as Qt reads it (works on Windows too)."""
    return i18n.system_language(QLocale.system().name())


def install_language(language: str, app: QCoreApplication | None = None) -> list[str]:
    """Make `language` the application's language; returns the catalogues that were loaded.

    Removes the translators of the previous language first. Qt sends every widget a
    LanguageChange event; the wizard rebuilds its pages on it. English needs no catalogue.
    A language with a missing or empty catalogue falls back to English string by string.
    """
    global _current
    app = app or QCoreApplication.instance()
    if language not in i18n.LANGUAGES:
        raise ValueError(f"not a supported language: {language}")
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
    _current = language
    # The engine's and the client's messages come through i18n.translate (no Qt there).
    i18n.set_language(language)
    if isinstance(app, QApplication):
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if i18n.is_rtl(language)
            else Qt.LayoutDirection.LeftToRight
        )
    QLocale.setDefault(QLocale(language))
    return loaded


def step_title(step: Step) -> str:
    """The apply step's title (core.apply.STEP_TITLES) in the owner's language."""
    return QCoreApplication.translate("Steps", _STEP_TITLES[step])


def translate_step_title(english: str) -> str:
    """A step title as core wrote it (English), in the owner's language."""
    return QCoreApplication.translate("Steps", english)


# One marker for the GUI and the engine alike: lupdate knows it by name.
QT_TRANSLATE_NOOP = i18n.QT_TRANSLATE_NOOP


# The same English words as core.apply.STEP_TITLES (a test keeps the two equal), marked here
# so that pyside6-lupdate finds them; core itself knows nothing of Qt.
_STEP_TITLES = {
    Step.CLIENT: QT_TRANSLATE_NOOP("Steps", "Create the client"),
    Step.DOMAIN: QT_TRANSLATE_NOOP("Steps", "Add the website (domain)"),
    Step.LOGO: QT_TRANSLATE_NOOP("Steps", "Upload the logo"),
    Step.CALLBACK: QT_TRANSLATE_NOOP("Steps", "Register the callback URL"),
    Step.SCOPES: QT_TRANSLATE_NOOP("Steps", "Choose what the website may read (scopes)"),
    Step.SECRET: QT_TRANSLATE_NOOP("Steps", "Create the secret key"),
    Step.LINK: QT_TRANSLATE_NOOP("Steps", "Link the secret to the website"),
    Step.VERIFY: QT_TRANSLATE_NOOP("Steps", "Check that it all works"),
    Step.REVOKE: QT_TRANSLATE_NOOP("Steps", "Revoke the old secret key"),
}


def server_text(english: str) -> str:
    """A text the server sends (a scope's title or description) in the owner's language.

    XWMS's catalogue is in English; the texts the practice server (and the dashboard) use
    are marked below, anything else is shown as the server wrote it.
    """
    # The same catalogue Qt's translator holds, read the engine's way: one lookup for texts
    # that come from outside the GUI (install_language set both to the same language).
    return i18n.translate("Scopes", english) if english else english


# The scope catalogue of sandbox.seed.SCOPES (a test keeps the two equal).
_SCOPE_TEXTS = (
    QT_TRANSLATE_NOOP("Scopes", "Read basic user profile"),
    QT_TRANSLATE_NOOP(
        "Scopes",
        "Name, given and family name, e-mail address and picture of the person who logs in.",
    ),
    QT_TRANSLATE_NOOP("Scopes", "Extra profile fields"),
    QT_TRANSLATE_NOOP("Scopes", "Birth date, gender, country and linked social accounts."),
    QT_TRANSLATE_NOOP("Scopes", "Access address information"),
    QT_TRANSLATE_NOOP("Scopes", "Read, add, change and remove the person's postal addresses."),
    QT_TRANSLATE_NOOP("Scopes", "Read providers"),
    QT_TRANSLATE_NOOP(
        "Scopes", "Which outside sign-in providers the person has linked. Needs a Verified Partner."
    ),
)
