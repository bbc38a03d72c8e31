"""The wizard's languages (no Qt): which exist, which the owner chose, and the engine's translator.

One language: `set_language` decides it for the whole process. The command line calls it at
start; the window's `gui.translation.install_language` calls it first and then installs Qt's
translators for the same language, so the two can never disagree.

One source per text: each English text is written once, where it lives, marked with
QT_TRANSLATE_NOOP or passed to `translate` (pyside6-lupdate knows both names), and the .ts
catalogues in resources/translations hold its translations under that context.

One translator per text. Two lookups exist at run time, and no text goes through both:
- `translate` below (the .ts, read without Qt) answers every text marked outside gui/: step
  titles, the scope catalogue, the dashboard steps, validation, errors, the command line. The
  window shows those through core's step_title, scope_text and dashboard_text, which call it;
  it never hands them to Qt.
- Qt's translators (the .qm compiled from the same .ts, and Qt's own qtbase) answer only the
  window's own texts: self.tr() and QCoreApplication.translate in gui/, always with a literal
  text, under the window's own contexts (class names, "LiveWidgets").
tests/gui/test_i18n_catalogs.py checks that the two sets of contexts stay apart and that the
window asks Qt for no text it did not write itself.

Why not one lookup for both: core, xwms and handoff may not import Qt (the layer contracts in
pyproject.toml) and the command line runs without a QApplication, so the engine's translator
cannot be Qt's; having `translate` call QCoreApplication.translate whenever Qt happens to be
loaded would make an engine message depend on what else the process imported and on whether
the .qm were compiled. Qt's widgets, for their part, translate through QCoreApplication's
translators (self.tr, LanguageChange, Qt's own catalogue for the Back and Next buttons).
"""

from __future__ import annotations

import locale
import logging
import os
from pathlib import Path

from xwms_wizard.paths import resource_dir
from xwms_wizard.settings import load_settings, save_setting, settings_path  # noqa: F401

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"

# The languages XWMS's own pages exist in, each named in its own language (for the chooser).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "nl": "Nederlands",
    "ar": "العربية",
    "bn": "বাংলা",
    "de": "Deutsch",
    "es": "Español",
    "id": "Bahasa Indonesia",
    "pt": "Português",
    "ru": "Русский",
    "zh": "中文",
}

# Written right to left: the whole window mirrors.
RTL_LANGUAGES = frozenset({"ar"})


# Only these keys are ever written: settings are plain preferences, never a secret.

# Windows reports locales by English name ("Dutch_Netherlands"), not by code.
_WINDOWS_NAMES = {
    "english": "en",
    "dutch": "nl",
    "arabic": "ar",
    "bengali": "bn",
    "bangla": "bn",
    "german": "de",
    "spanish": "es",
    "indonesian": "id",
    "portuguese": "pt",
    "russian": "ru",
    "chinese": "zh",
}


def match_language(name: str | None) -> str | None:
    """The supported language code for a locale name ("nl_NL.UTF-8", "de-AT", "Dutch_…"), or None."""
    if not name:
        return None
    cleaned = name.strip().split(".")[0].split("@")[0].replace("-", "_")
    if not cleaned or cleaned in ("C", "POSIX"):
        return None
    code = cleaned.split("_")[0].lower()
    if code in LANGUAGES:
        return code
    return _WINDOWS_NAMES.get(code)


def system_language(locale_name: str | None = None) -> str:
    """The supported language the system asks for; English when it asks for none we have.

    `locale_name` (such as Qt's `QLocale.system().name()`) wins when given; otherwise the
    environment (LC_ALL, LC_MESSAGES, LANGUAGE, LANG) and then Python's locale are asked.
    """
    candidates: list[str | None] = [locale_name]
    for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"):
        value = os.environ.get(variable)
        if value:
            # LANGUAGE may list several, in order of preference: "nl:en".
            candidates.extend(value.split(":"))
            break
    try:
        candidates.append(locale.getlocale(locale.LC_MESSAGES)[0])
    except (AttributeError, ValueError):  # no LC_MESSAGES on Windows
        pass
    try:
        candidates.append(locale.getlocale()[0])
    except ValueError:
        pass
    for candidate in candidates:
        code = match_language(candidate)
        if code is not None:
            return code
    return SOURCE_LANGUAGE


def is_rtl(language: str) -> bool:
    """True for a language written right to left."""
    return language in RTL_LANGUAGES


def saved_language() -> str | None:
    """The language the owner chose before, if it is still one we have."""
    value = load_settings().get("language")
    return value if isinstance(value, str) and value in LANGUAGES else None


def save_language(language: str) -> None:
    """Remember the owner's choice of language for the next start."""
    if language not in LANGUAGES:
        raise ValueError(f"not a supported language: {language}")
    save_setting("language", language)


def chosen_language(locale_name: str | None = None) -> str:
    """The language to start in: the owner's earlier choice, else the system's."""
    return saved_language() or system_language(locale_name)


# --- translation without Qt ----------------------------------------------------------------

CATALOG_PREFIX = "xwms_wizard_"
# Entries in these states are not translations yet: the English source is used instead.
_NOT_DONE = frozenset({"unfinished", "vanished", "obsolete"})

_language = SOURCE_LANGUAGE
# (context, English) -> the translation, or for a text with a number (%n) its plural forms.
_catalogs: dict[str, dict[tuple[str, str], str | tuple[str, ...]]] = {}


def translations_dir() -> Path:
    """The folder of the .ts catalogues (installed: the package's own; checkout: resources/)."""
    return resource_dir("translations")


def _load_catalog(language: str) -> dict[tuple[str, str], str | tuple[str, ...]]:
    """(context, English) -> translation for every finished entry of the language's .ts; a
    numerus entry (a text with %n) maps to its plural forms, in Qt's order for the language."""
    path = translations_dir() / f"{CATALOG_PREFIX}{language}.ts"
    catalog: dict[tuple[str, str], str | tuple[str, ...]] = {}
    import xml.etree.ElementTree as ET  # only for a language other than English

    try:
        root = ET.parse(path).getroot()
    except FileNotFoundError:
        return catalog
    except (OSError, ET.ParseError) as exc:
        log.warning("ignoring unreadable translation catalogue %s: %s", path, exc)
        return catalog
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or translation.get("type") in _NOT_DONE:
                continue
            forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            if forms:
                if all(form.strip() for form in forms):
                    catalog[(name, source)] = forms
                continue
            text = translation.text or ""
            if text.strip():
                catalog[(name, source)] = text
    return catalog


def set_language(language: str) -> None:
    """Make `language` the one `translate` answers in (the GUI's install_language calls it)."""
    global _language
    if language not in LANGUAGES:
        raise ValueError(f"not a supported language: {language}")
    if language != SOURCE_LANGUAGE and language not in _catalogs:
        _catalogs[language] = _load_catalog(language)
    _language = language


def current_language() -> str:
    """The language `translate` answers in (English until one is set)."""
    return _language


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` (English, as written in the code) in the current language; English if missing.

    pyside6-lupdate finds these calls by name, so `context` and `text` must be literals;
    values go in as {placeholders} and are filled in after translation with str.format.

    A text about a number of things gives it as `n` (Qt's convention, the same arguments as
    QCoreApplication.translate) and writes %n where the number goes and "(s)" after a noun:
    "expires in %n day(s)". Each language's catalogue holds its plural forms (one, few, many
    in Russian; six in Arabic; one in Chinese); English reads "1 day", "2 days".
    """
    del disambiguation  # lupdate's; no text of ours needs one
    found = _catalogs.get(_language, {}).get((context, text)) if _language != SOURCE_LANGUAGE else None
    if n < 0:
        return found if isinstance(found, str) else text
    if isinstance(found, tuple):
        chosen = found[min(plural_form(_language, n), len(found) - 1)]
    else:
        chosen = text.replace("(s)", "" if n == 1 else "s")
    return chosen.replace("%n", str(n))


def plural_form(language: str, n: int) -> int:
    """Which of a language's plural forms (Qt's order, as pyside6-lupdate writes them) is
    for the number `n`."""
    n = abs(n)
    if language == "ru":  # one (1, 21, 101), few (2-4, 22-24), many (0, 5-20, 25 ...)
        if n % 10 == 1 and n % 100 != 11:
            return 0
        return 1 if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else 2
    if language == "ar":  # zero, one, two, few (3-10), many (11-99), other (100, 101 ...)
        if n <= 2:
            return n
        if 3 <= n % 100 <= 10:
            return 3
        return 4 if n % 100 >= 11 else 5
    if language in ("zh", "id"):  # one form for every number
        return 0
    return 0 if n == 1 else 1


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Marks `text` for pyside6-lupdate in `context`; translated later with `translate`."""
    return text
