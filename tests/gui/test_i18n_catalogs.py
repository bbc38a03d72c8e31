"""Every string the owner sees is translatable, and the catalogues match the code (no Qt window)."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from xwms_wizard.gui import translation

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "xwms_wizard" / "gui"
TS_DIR = ROOT / "resources" / "translations"


def _load_script():
    spec = importlib.util.spec_from_file_location("translations_script", ROOT / "scripts" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCRIPT = _load_script()
COMPLETE = SCRIPT.LANGUAGES  # every language XWMS speaks has every string translated

# Calls whose string arguments the owner sees (or hears, through a screen reader).
UI_METHODS = {
    "setText", "setTitle", "setSubTitle", "setToolTip", "setPlaceholderText", "setWindowTitle",
    "setAccessibleName", "setAccessibleDescription", "addItem", "addItems", "setButtonText",
    "setInformativeText", "addButton", "addRow", "setStatusTip", "setWhatsThis", "show_text",
    "show_message", "setItemText", "setLabelText", "setSpecialValueText", "insertItem",
}  # fmt: skip
UI_CLASSES = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QToolButton", "QAction",
    "QListWidgetItem", "wrapped_label", "HelpText", "PageHelp", "Toggle",
}  # fmt: skip
# Which positional arguments are shown, where not all are (addItem's second is data).
SHOWN_ARGUMENT = {
    "addItem": slice(0, 1), "insertItem": slice(1, 2), "addRow": slice(0, 1),
    "addButton": slice(0, 1), "setButtonText": slice(1, 2), "setItemText": slice(1, 2),
}  # fmt: skip
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "step_title", "scope_text", "dashboard_text"}
# A string with no words, or a sample value (a domain, an address, a path) reads the same in
# every language.
NEUTRAL = re.compile(r"^[^A-Za-z]*$|^[\w.\-:/@?=]+\.[\w.\-:/@?=]+$")


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _literal_text(node: ast.AST) -> str | None:
    """The words of a literal string or f-string argument; None for anything computed."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            part.value for part in node.values if isinstance(part, ast.Constant)
        )
    return None


def untranslated_strings(source: str, filename: str = "<source>") -> list[str]:
    """User-facing string literals in `source` that do not pass through a translation call."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call) or _call_name(node) in TRANSLATING:
            continue
        if _call_name(node) not in UI_METHODS | UI_CLASSES:
            continue
        args = list(node.args)
        if _call_name(node) in SHOWN_ARGUMENT:
            args = args[SHOWN_ARGUMENT[_call_name(node)]]
        args += [kw.value for kw in node.keywords if kw.arg in (None, "text")]
        for arg in args:
            text = _literal_text(arg)
            if text is not None and not NEUTRAL.match(text.strip()):
                found.append(f"{filename}:{arg.lineno}: {_call_name(node)}({text!r})")
    return found


def test_the_scan_finds_what_it_should():
    # The scan itself: a plain literal is caught, a translated or neutral one is not.
    bad = """
label = QLabel("Hello")
button.setText(f"Open {name}")
box.addItem("Dutch", "nl")
"""
    good = """
label = QLabel(self.tr("Hello"))
edit.setPlaceholderText("example.com")
edit.setPlaceholderText("https://example.com/xwms/validateToken")
label.setText(f"{title}: {word}")
label.setText("")
combo.addItem(native, code)
"""
    assert len(untranslated_strings(bad)) == 3
    assert untranslated_strings(good) == []


def test_every_user_facing_string_in_the_gui_is_translatable():
    problems = []
    for path in sorted(GUI.rglob("*.py")):
        problems += untranslated_strings(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert problems == [], "strings the owner sees without tr():\n" + "\n".join(problems)


def _runtime_messages(source: str) -> set[tuple[str, str]]:
    """(context, text) as Qt will look each one up at run time: self.tr uses the class name."""
    found: set[tuple[str, str]] = set()

    def visit(node: ast.AST, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                name = _call_name(child)
                args = child.args
                if name == "tr" and isinstance(child.func, ast.Attribute) and args:
                    text = _literal_text(args[0])
                    if text is not None:
                        found.add((cls or "?", text))
                elif name == "tr" and args:
                    # widgets.tr() at module level: lupdate files it under "", Qt under its
                    # default context; a mismatch, so it must not be used with a literal.
                    text = _literal_text(args[0])
                    if text is not None:
                        found.add(("<module-level tr()>", text))
                elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
                    context, text = _literal_text(args[0]), _literal_text(args[1])
                    if context is not None and text is not None:
                        found.add((context, text))
            visit(child, cls)

    visit(ast.parse(source), None)
    return found


def ts_messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    """Every message of a .ts file by (context, source), with its <translation> element."""
    messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            messages[(name, message.findtext("source") or "")] = message.find("translation")
    return messages


def test_the_catalogues_hold_every_string_under_the_context_qt_looks_it_up_in():
    # pyside6-lupdate can file a string under the wrong context (for example a self.tr()
    # after a QCoreApplication.translate() in the same method); Qt would then never find
    # its translation. Compare what the code asks for with what the catalogue holds.
    wanted: set[tuple[str, str]] = set()
    for path in SCRIPT.sources():  # the GUI, and the engine and client (i18n.translate)
        wanted |= _runtime_messages(path.read_text(encoding="utf-8"))
    held = set(ts_messages(TS_DIR / "xwms_wizard_nl.ts"))
    assert sorted(wanted - held) == []


QT_APPLICATIONS = {"QCoreApplication", "QGuiApplication", "QApplication"}


def _lookups(source: str) -> tuple[set[str], set[str], list[str]]:
    """Contexts asked of Qt's translator, contexts asked of i18n.translate, and the Qt lookups
    whose context or text is not written out (a value: it could be any text at all)."""
    qt: set[str] = set()
    engine: set[str] = set()
    unwritten: list[str] = []

    def visit(node: ast.AST, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call) and child.args:
                name, func = _call_name(child), child.func
                on = ast.unparse(func.value) if isinstance(func, ast.Attribute) else None
                words = [_literal_text(arg) for arg in child.args[:2]]
                if name == "tr" and on is not None:  # self.tr: the class is the context
                    qt.add(cls or "?")
                    if words[0] is None:
                        unwritten.append(f"{child.lineno}: {ast.unparse(child)}")
                elif name == "translate" and on in QT_APPLICATIONS:
                    qt.add(words[0] or "?")
                    if None in words:
                        unwritten.append(f"{child.lineno}: {ast.unparse(child)}")
                elif name in ("translate", "QT_TRANSLATE_NOOP") and words[0] is not None:
                    engine.add(words[0])
            visit(child, cls)

    visit(ast.parse(source), None)
    return qt, engine, unwritten


def test_the_translator_scan_finds_what_it_should():
    source = """
class Page:
    def build(self):
        self.tr("Next")
        self.tr(step.title)
        QCoreApplication.translate("Steps", english)
        i18n.translate("Scopes", english)
        title = QT_TRANSLATE_NOOP("Dashboard", "Create the client")
        name.translate(table)
"""
    qt, engine, unwritten = _lookups(source)
    assert qt == {"Page", "Steps"} and engine == {"Scopes", "Dashboard"}
    assert [line.split(": ", 1)[1] for line in unwritten] == [
        "self.tr(step.title)",
        "QCoreApplication.translate('Steps', english)",
    ]


def test_no_text_is_translated_by_both_translators():
    # i18n.translate (the .ts) answers every text marked outside gui/, in the command line and
    # in the window alike; Qt's translator (the .qm) only the window's own texts. A context
    # asked of both, or Qt handed a text the window did not write (an engine text passed on
    # as a value), would translate the same words two ways; see i18n's docstring.
    qt: set[str] = set()
    engine: set[str] = set()
    unwritten: list[str] = []
    for path in SCRIPT.sources():
        asked_qt, asked_engine, values = _lookups(path.read_text(encoding="utf-8"))
        qt |= asked_qt  # only gui/ can: nothing else imports Qt (make lint)
        engine |= asked_engine
        unwritten += [f"{path.relative_to(ROOT)}:{line}" for line in values]
    assert unwritten == [], "use step_title, scope_text or dashboard_text (core) for these"
    assert {"Steps", "Scopes", "Dashboard"} <= engine
    assert sorted(qt & engine) == []


@pytest.mark.parametrize("language", SCRIPT.LANGUAGES)
def test_each_catalogue_is_current_with_the_code(tmp_path, language):
    # A fresh lupdate run over the code adds nothing and drops nothing.
    committed = SCRIPT.ts_path(language)
    assert committed.is_file(), f"no catalogue for {language}"
    shutil.copy(committed, SCRIPT.ts_path(language, tmp_path))
    SCRIPT.update(tmp_path, [language])
    fresh = ts_messages(SCRIPT.ts_path(language, tmp_path))
    assert sorted(fresh) == sorted(ts_messages(committed)), "run make update-translations"


@pytest.mark.parametrize("language", COMPLETE)
def test_complete_languages_have_no_unfinished_or_vanished_entry(language):
    messages = ts_messages(SCRIPT.ts_path(language))
    assert messages
    unfinished = [
        source
        for (_context, source), translation_ in messages.items()
        if translation_ is None
        or translation_.get("type") in ("unfinished", "vanished", "obsolete")
        or not all(text.strip() for text in translated_texts(translation_))
    ]
    assert unfinished == []


def translated_texts(translation_: ET.Element) -> list[str]:
    """A translation's text, or each plural form of a text with a number (%n)."""
    forms = [form.text or "" for form in translation_.iter("numerusform")]
    return forms or [translation_.text or ""]


PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


@pytest.mark.parametrize("language", SCRIPT.LANGUAGES)
def test_translations_keep_placeholders_and_one_mnemonic(language):
    for (context, source), translation_ in ts_messages(SCRIPT.ts_path(language)).items():
        if translation_ is None or translation_.get("type") == "unfinished":
            continue
        for text in translated_texts(translation_):
            if not text.strip():
                continue
            where = f"{language} {context}: {source!r} → {text!r}"
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), where
            mnemonic = re.compile(r"&(?!&)\w")
            assert len(mnemonic.findall(text)) == len(mnemonic.findall(source)), where


def test_the_qm_files_in_use_are_compiled_from_the_committed_ts(tmp_path):
    # The .qm are build output (build/qm in a checkout, make translations); they must match.
    built = SCRIPT.compile_catalogs(TS_DIR, tmp_path)
    assert {p.name for p in built} == {f"xwms_wizard_{lang}.qm" for lang in SCRIPT.LANGUAGES}
    for qm in built:
        in_use = translation.catalog_path(qm.name.removeprefix("xwms_wizard_").removesuffix(".qm"))
        assert in_use.is_file(), f"{qm.name} is not compiled; run make translations"
        assert in_use.read_bytes() == qm.read_bytes(), f"{qm.name} is stale; make translations"


def test_the_package_ships_the_compiled_catalogues(tmp_path):
    # setup.py's build step, as a wheel build runs it: resources/ plus fresh .qm, no stale copy.
    found = importlib.util.spec_from_file_location("setup_script", ROOT / "setup.py")
    setup_script = importlib.util.module_from_spec(found)
    found.loader.exec_module(setup_script)  # not __main__: defines, does not run setup()
    dest = tmp_path / "xwms_wizard" / "_resources"
    staged = {p.relative_to(dest).as_posix() for p in setup_script.stage_resources(dest)}
    for lang in SCRIPT.LANGUAGES:
        assert f"translations/xwms_wizard_{lang}.ts" in staged
        assert f"translations/xwms_wizard_{lang}.qm" in staged
    assert {"icons/xwms-wizard.svg", "templates/HANDOFF.md.tmpl"} <= staged
    build_system = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert any(req.startswith("PySide6") for req in build_system["build-system"]["requires"])
    assert "*.qm" in (ROOT / ".gitignore").read_text(encoding="utf-8").split()
