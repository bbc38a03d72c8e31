"""The engine's, the client's, the handoff's and the command line's owner-facing messages are
translatable: a bare English sentence added to them fails this scan.

What counts as owner-facing: the message of a WizardError (any class of that family), the
message/warning/note of a validation `Check` (and the message given to validate's `_refuse` and
plan's `_problem`), and what the command line prints. Technical `detail=`, log calls and plain
Python errors (ValueError, TypeError: programming mistakes, caught and turned into detail) are
not scanned; neither is the sandbox, whose messages imitate the real (English) XWMS service, nor
selftest.py, a technical tool whose check lines stay English.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import xwms_wizard.core.plan  # noqa: F401  (imported so their error classes are registered)
import xwms_wizard.handoff.bundle  # noqa: F401
import xwms_wizard.handoff.dotenv  # noqa: F401
import xwms_wizard.xwms.errors  # noqa: F401
from xwms_wizard.core.errors import WizardError

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "xwms_wizard"
SCANNED = [
    PACKAGE / "core" / "validate.py",
    PACKAGE / "core" / "plan.py",
    PACKAGE / "xwms" / "refusals.py",
    PACKAGE / "xwms" / "errors.py",
    PACKAGE / "handoff" / "dotenv.py",
    PACKAGE / "handoff" / "bundle.py",
    PACKAGE / "cli" / "apply.py",
]
TRANSLATING = {"translate", "QT_TRANSLATE_NOOP", "step_title", "scope_text", "dashboard_text"}
# A string with no words, or a sample value (a domain, an address, a path) reads the same in
# every language.
NEUTRAL = re.compile(r"^[^A-Za-z]*$|^[\w.\-:/@?=]+\.[\w.\-:/@?=]+$")


def _error_classes() -> set[str]:
    """The names of WizardError and every subclass (PlanError, XwmsError, EnvFileError, ...)."""
    names, todo = set(), [WizardError]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return names


ERROR_CLASSES = _error_classes()


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _bare_words(node: ast.AST | None) -> str | None:
    """The English words of `node` when it is text written in place, not through translate."""
    if node is None:
        return None
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(p.value for p in node.values if isinstance(p, ast.Constant))
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        if node.func.attr == "format":  # "The {x} ...".format(...): still a bare literal
            return _bare_words(node.func.value)
        return None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        parts = [_bare_words(node.left), _bare_words(node.right)]
        found = [p for p in parts if p]
        return " ".join(found) if found else None
    return None


def _shown_arguments(node: ast.Call) -> list[ast.AST]:
    """The arguments of `node` that the owner reads."""
    name = _call_name(node)
    keywords = {kw.arg: kw.value for kw in node.keywords}
    if name == "print":
        return node.args[:1]
    if name in ERROR_CLASSES:
        return [*node.args[:1], *([keywords["message"]] if "message" in keywords else [])]
    if name == "Check":
        return [keywords[k] for k in ("message", "warning", "note") if k in keywords]
    if name in ("_refuse", "_problem"):
        return [*node.args[1:2], *([keywords["message"]] if "message" in keywords else [])]
    return []


def untranslated_messages(source: str, filename: str = "<source>") -> list[str]:
    """Owner-facing messages in `source` written as bare English, not through translate()."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call) or _call_name(node) in TRANSLATING:
            continue
        for arg in _shown_arguments(node):
            words = _bare_words(arg)
            if words is not None and not NEUTRAL.match(words.strip()):
                found.append(f"{filename}:{arg.lineno}: {_call_name(node)}({words!r})")
    return found


def test_the_scan_finds_what_it_should():
    bad = """
raise WizardError("Server address: not a web address.", field="server")
raise PlanError(f"The plan {source} has problems")
print("Summary", file=out)
print(f"  Client:        {result.client_name}", file=out)
return Check(field, False, None, message=f"{label}: please type a name.")
_refuse(field, "type a name as text.")
_problem("plan", "Plan file: it is not plain text.".format())
raise EnvFileError("There is no file at " + str(path))
"""
    good = """
raise WizardError(translate("CLI", "Server address: not a web address."), detail=f"got {x}")
raise WizardError(message, field="server", detail="technical words stay English")
print(translate("CLI", "Summary"), file=out)
print(f"  {label:<{width}}{value}", file=out)
print(exc.detail, file=err)
print("", file=out)
print(f"{path}: {exc.message}", file=err)
log.warning("technical words for the log %s", thing)
raise ValueError(f"not a supported language: {language}")
raise TypeError(f"{key} should be text")
return Check(field, True, value, warning=f"{label}: {warning}")
_problem("plan", translate("Plan", "Plan file: {x}.").format(x=x))
"""
    assert len(untranslated_messages(bad)) == 8, untranslated_messages(bad)
    assert untranslated_messages(good) == []


def test_the_error_family_is_known_to_the_scan():
    assert {"WizardError", "PlanError", "XwmsError", "EnvFileError", "BundleError"} <= ERROR_CLASSES


def test_no_bare_english_message_in_the_engine_client_handoff_or_command_line():
    problems = []
    for path in SCANNED:
        source = path.read_text(encoding="utf-8")
        problems += untranslated_messages(source, str(path.relative_to(ROOT)))
    assert problems == [], "owner-facing messages without translate():\n" + "\n".join(problems)
