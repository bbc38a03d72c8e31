"""Writing `.env` values that Laravel, Node and Python read identically, and a strict `.env` reader.

The three readers developers use disagree on quoting (see STYLE.md):

- python-dotenv unescapes `\\'` and `\\\\` even inside single quotes, and expands
  `${NAME}` in every kind of value;
- Node's `dotenv` unescapes nothing in single quotes and cuts an unquoted value at `#`;
- phpdotenv (Laravel) rejects `\\'` inside single quotes, refuses spaces in unquoted
  values, and takes any line holding `="` for the start of a value spread over several
  lines, swallowing the lines after it.

A value in single quotes that holds no `'`, no `\\`, no `${`, no `="`, no line break and
no other control character is read as the same characters by all three (and by a POSIX
shell's `set -a; . ./.env`). Everything is therefore written in single quotes, and a
value outside that set is refused with a plain explanation instead of being written
wrongly.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from xwms_wizard.errors import WizardError
from xwms_wizard.i18n import QT_TRANSLATE_NOOP, translate

# The values a working .env must have (`xwms-wizard verify` and the self-test check them).
REQUIRED_ENV = ("XWMS_CLIENT_ID", "XWMS_CLIENT_SECRET", "XWMS_DOMAIN", "XWMS_REDIRECT_URI")

_KEY_RE = re.compile(r"[A-Z_][A-Z0-9_]*")

# Why a value was refused, in words only: these sentences end up in `.env` comments,
# where a quote or a backslash would itself trip up one of the readers. The comments stay
# English (the .env is the developer's); the owner reads them translated (`translate`).
REASON_LINE_BREAK = QT_TRANSLATE_NOOP("Handoff", "it contains a line break")
REASON_CONTROL = QT_TRANSLATE_NOOP("Handoff", "it contains an invisible control character")
REASON_BROKEN = QT_TRANSLATE_NOOP(
    "Handoff", "it contains a broken character that cannot be saved as text"
)
REASON_SINGLE_QUOTE = QT_TRANSLATE_NOOP("Handoff", "it contains a single quote (apostrophe)")
REASON_BACKSLASH = QT_TRANSLATE_NOOP("Handoff", "it contains a backslash")
REASON_DOLLAR_BRACE = QT_TRANSLATE_NOOP(
    "Handoff",
    "it contains a dollar sign followed by an opening curly brace, "
    "which some readers take as a reference to another setting",
)
REASON_EQUALS_DOUBLE_QUOTE = QT_TRANSLATE_NOOP(
    "Handoff",
    "it contains an equals sign followed by a double quote, "
    "which the Laravel reader takes for the start of a value spread over several lines",
)
_UNSAFE_MESSAGE = QT_TRANSLATE_NOOP(
    "Handoff",
    "The value for {key} cannot be written to the .env file safely: {why}. "
    "The .env readers of Laravel, Node and Python would read it differently, so the "
    "wizard leaves it out rather than write it wrongly. "
    "Set it on the server by hand, as an environment variable.",
)
_AND = QT_TRANSLATE_NOOP("Handoff", "{first} and {second}")


def _joined(reasons: list[str], language_aware: bool) -> str:
    """The reasons as one phrase ("… and …"), in English or in the owner's language."""
    if not reasons:
        return ""
    pattern = translate("Handoff", _AND) if language_aware else _AND
    words = [translate("Handoff", r) if language_aware else r for r in reasons]
    phrase = words[0]
    for word in words[1:]:
        phrase = pattern.format(first=phrase, second=word)
    return phrase


_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


class UnsafeEnvValue(WizardError):
    """A value that the three `.env` readers would not read the same way.

    The message names the key and the reason and never contains the value itself
    (it may be the client secret). `message` is in the owner's language; `english` is the
    same text in English, for the files the developer reads.
    """

    def __init__(self, key: str, reasons: list[str]) -> None:
        self.key = key
        self.reasons = list(reasons)
        self.english = _UNSAFE_MESSAGE.format(key=key, why=self.why)
        message = translate("Handoff", _UNSAFE_MESSAGE).format(
            key=key, why=_joined(self.reasons, language_aware=True)
        )
        super().__init__(message, field=key, detail=f"refused key {key}: {self.why}")

    @property
    def why(self) -> str:
        """The reasons as one English phrase, e.g. "it contains a backslash"."""
        return _joined(self.reasons, language_aware=False)

    def comment(self) -> str:
        """One `.env` comment line (without `# `) saying which value, why, and what to do."""
        return (
            f"{self.key} is left empty on purpose: its value could not be written safely "
            f"because {self.why}. Set it on the server by hand, as an environment variable."
        )


def unsafe_reasons(value: str) -> list[str]:
    """Why `value` cannot go between single quotes in a portable `.env` (empty list: it can)."""
    reasons: list[str] = []

    def add(reason: str) -> None:
        if reason not in reasons:
            reasons.append(reason)

    for ch in value:
        if ch in _LINE_BREAKS:
            add(REASON_LINE_BREAK)
            continue
        category = unicodedata.category(ch)
        if category == "Cs":
            add(REASON_BROKEN)
        elif category in ("Cc", "Zl", "Zp") or ch == "\ufeff":
            add(REASON_CONTROL)
    if "'" in value:
        add(REASON_SINGLE_QUOTE)
    if "\\" in value:
        add(REASON_BACKSLASH)
    if "${" in value:
        add(REASON_DOLLAR_BRACE)
    if '="' in value:
        add(REASON_EQUALS_DOUBLE_QUOTE)
    return reasons


def quote_env_value(name: str, value: str) -> str:
    """`value` in single quotes, to follow `NAME=`; raises UnsafeEnvValue when not portable."""
    reasons = unsafe_reasons(value)
    if reasons:
        raise UnsafeEnvValue(name, reasons)
    return f"'{value}'"


@dataclass(frozen=True)
class EnvEntry:
    """One `KEY=value` line with the comment line written above it; `value=None` writes `KEY=`."""

    key: str
    value: str | None
    comment: str = ""

    def __repr__(self) -> str:
        # The value may be the client secret: never show it in a repr or a traceback.
        shown = "None" if self.value is None else "<hidden>"
        return f"EnvEntry(key={self.key!r}, value={shown}, comment={self.comment!r})"


def comment_line(text: str) -> str:
    """`text` as one safe `# ...` line: no line breaks, no control characters, no double quotes.

    phpdotenv looks for `="` even in comment lines, so double quotes become single ones.
    """
    cleaned = []
    for ch in text:
        if ch in _LINE_BREAKS or unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp"):
            cleaned.append(" ")
        elif ch == '"':
            cleaned.append("'")
        else:
            cleaned.append(ch)
    return ("# " + " ".join("".join(cleaned).split())).rstrip()


def render_env_with_notes(
    entries: Iterable[EnvEntry], header: Iterable[str] = ()
) -> tuple[str, list[UnsafeEnvValue]]:
    """The `.env` text, and one UnsafeEnvValue for every value that was left out as `KEY=`."""
    lines = [comment_line(text) for text in header]
    if lines:
        lines.append("")
    refused: list[UnsafeEnvValue] = []
    for entry in entries:
        if not _KEY_RE.fullmatch(entry.key):
            # Keys are ours, not the user's: a bad one is a programming error.
            raise ValueError(f"not a portable .env key: {entry.key!r}")
        if entry.comment:
            lines.append(comment_line(entry.comment))
        if entry.value is None:
            lines.append(f"{entry.key}=")
        else:
            try:
                lines.append(f"{entry.key}={quote_env_value(entry.key, entry.value)}")
            except UnsafeEnvValue as refusal:
                refused.append(refusal)
                lines.append(comment_line(refusal.comment()))
                lines.append(f"{entry.key}=")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n", refused


def render_env(entries: Iterable[EnvEntry], header: Iterable[str] = ()) -> str:
    """The `.env` text for `entries`; a value that cannot be written portably becomes `KEY=`."""
    text, _refused = render_env_with_notes(entries, header)
    return text


# --- reading -------------------------------------------------------------------------------


class EnvFileError(WizardError):
    """A `.env` file that the strict reader cannot read; names the line and key, never a value."""


_ENTRY_RE = re.compile(r"[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.]*)[ \t]*=[ \t]*")
_REFERENCE_RE = re.compile(r"\$\{([^}]*)\}")
_NAME_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*")
_NEVER_CLOSED = QT_TRANSLATE_NOOP("Handoff", "the value has a ${ that is never closed")
_DOUBLE_QUOTE_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", '"': '"', "\\": "\\", "'": "'", "$": "$"}


def parse_env_file(path: str | Path) -> dict[str, str]:
    """Read a `.env` file (ours or a developer's) strictly; see `parse_env_text`."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise EnvFileError(
            translate(
                "Handoff", "There is no file at {path}. Give the path of the .env file to check."
            ).format(path=path),
            field="env",
        ) from None
    except OSError as exc:
        raise EnvFileError(
            translate(
                "Handoff",
                "The file {path} could not be opened ({reason}). "
                "Check that it exists and that you may read it.",
            ).format(path=path, reason=exc.strerror or translate("Handoff", "unknown reason")),
            field="env",
            detail=repr(exc),
        ) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise EnvFileError(
            translate(
                "Handoff",
                "The file {path} is not plain UTF-8 text. Save it as UTF-8 and try again.",
            ).format(path=path),
            field="env",
        ) from None
    return parse_env_text(text, source=str(path))


def parse_env_text(
    text: str, *, source: str = ".env", environ: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Parse `.env` text: comments, `export`, single quotes (literal), double quotes, unquoted.

    Double-quoted values understand `\\n \\r \\t \\" \\\\ \\' \\$` and may span lines; unquoted
    values end at a `#` that starts the value or follows a space. `${NAME}` in double-quoted
    and unquoted values (as phpdotenv does) takes NAME from earlier in the file, then from
    `environ`; an unknown NAME is an error rather than a silent empty string. Anything this
    reader does not understand raises EnvFileError naming the line, never the value.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    values: dict[str, str] = {}
    lookup = _Lookup(values, environ or {})
    pos, line_no, n = 0, 1, len(text)
    while pos < n:
        eol = text.find("\n", pos)
        eol = n if eol == -1 else eol
        line = text[pos:eol]
        stripped = line.strip(" \t")
        if not stripped or stripped.startswith("#"):
            pos, line_no = eol + 1, line_no + 1
            continue
        match = _ENTRY_RE.match(line)
        if not match:
            raise _line_error(
                source,
                line_no,
                None,
                QT_TRANSLATE_NOOP("Handoff", "it is not of the form NAME=value"),
            )
        key = match.group(1)
        start = pos + match.end()
        first = text[start] if start < n else ""
        if first == "'":
            close = text.find("'", start + 1, eol)
            if close == -1:
                raise _line_error(
                    source,
                    line_no,
                    key,
                    QT_TRANSLATE_NOOP(
                        "Handoff",
                        "the value opens a single quote but does not close it on the same line",
                    ),
                )
            value, after = text[start + 1 : close], close + 1
        elif first == '"':
            value, after, lines_used = _read_double_quoted(
                text, start + 1, source, line_no, key, lookup
            )
            line_no += lines_used
            eol = text.find("\n", after)
            eol = n if eol == -1 else eol
        else:
            value = _strip_unquoted(text[start:eol])
            value = _expand(value, lookup, source, line_no, key)
            after = eol
        rest = text[after:eol].strip(" \t")
        if rest and not rest.startswith("#"):
            raise _line_error(
                source,
                line_no,
                key,
                QT_TRANSLATE_NOOP("Handoff", "there is more text after the closing quote"),
            )
        values[key] = value
        pos, line_no = eol + 1, line_no + 1
    return values


@dataclass(frozen=True)
class _Lookup:
    values: Mapping[str, str]
    environ: Mapping[str, str]

    def get(self, name: str) -> str | None:
        if name in self.values:
            return self.values[name]
        return self.environ.get(name)


def _line_error(
    source: str, line_no: int, key: str | None, why: str, **values: str
) -> EnvFileError:
    """`why`: an English phrase marked with QT_TRANSLATE_NOOP("Handoff", ...); `values` fill it."""
    reason = translate("Handoff", why)
    if values:  # only a phrase with {placeholders} is formatted ("${" stays as written)
        reason = reason.format(**values)
    if key:
        message = translate(
            "Handoff",
            "The file {source} could not be read at line {line} ({key}): {reason}. "
            "Correct that line (or write the value in single quotes) and try again.",
        )
    else:
        message = translate(
            "Handoff",
            "The file {source} could not be read at line {line}: {reason}. "
            "Correct that line (or write the value in single quotes) and try again.",
        )
    return EnvFileError(
        message.format(source=source, line=line_no, key=key, reason=reason),
        field=key,
        detail=f"{source}:{line_no}",
    )


def _strip_unquoted(raw: str) -> str:
    if raw.startswith("#"):
        return ""
    match = re.search(r"[ \t]#", raw)
    if match:
        raw = raw[: match.start()]
    return raw.strip(" \t")


def _expand(value: str, lookup: _Lookup, source: str, line_no: int, key: str) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if not _NAME_RE.fullmatch(name):
            raise _line_error(
                source,
                line_no,
                key,
                QT_TRANSLATE_NOOP(
                    "Handoff",
                    "the value uses a form of ${...} this reader does not understand "
                    "(only ${NAME} is)",
                ),
            )
        found = lookup.get(name)
        if found is None:
            raise _line_error(
                source,
                line_no,
                key,
                QT_TRANSLATE_NOOP(
                    "Handoff", "the value refers to {name}, which is not set earlier in the file"
                ),
                name=name,
            )
        return found

    if "${" in value and not _REFERENCE_RE.search(value):
        raise _line_error(source, line_no, key, _NEVER_CLOSED)
    return _REFERENCE_RE.sub(replace, value)


def _read_double_quoted(
    text: str, pos: int, source: str, line_no: int, key: str, lookup: _Lookup
) -> tuple[str, int, int]:
    """Read from just after an opening `"`: (value, index after the closing quote, lines used)."""
    out: list[str] = []
    start_line = line_no
    n = len(text)
    while pos < n:
        ch = text[pos]
        if ch == '"':
            return "".join(out), pos + 1, line_no - start_line
        if ch == "\\" and pos + 1 < n:
            nxt = text[pos + 1]
            if nxt in _DOUBLE_QUOTE_ESCAPES:
                out.append(_DOUBLE_QUOTE_ESCAPES[nxt])
            else:
                out.append(ch + nxt)
            if nxt == "\n":
                line_no += 1
            pos += 2
            continue
        if ch == "$" and text.startswith("{", pos + 1):
            close = text.find("}", pos + 2)
            if close == -1 or any(c in text[pos + 2 : close] for c in '"\n'):
                raise _line_error(source, line_no, key, _NEVER_CLOSED)
            out.append(_expand(text[pos : close + 1], lookup, source, line_no, key))
            pos = close + 1
            continue
        if ch == "\n":
            line_no += 1
        out.append(ch)
        pos += 1
    raise _line_error(
        source,
        start_line,
        key,
        QT_TRANSLATE_NOOP("Handoff", "the value opens a double quote but never closes it"),
    )
