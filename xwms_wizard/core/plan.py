"""The plan file: reading a SetupPlan from TOML (listing every problem at once) and writing it back.

A plan never holds a secret. The values put into the plan are the normalised ones
(`core.validate`), so a plan that loads is a plan the apply engine can use as it is.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from xwms_wizard.atomic import atomic_write_text
from xwms_wizard.core.errors import WizardError
from xwms_wizard.core.models import (
    ClientChoice,
    DomainChoice,
    MemberChoice,
    ScopesChoice,
    SecretChoice,
    SetupPlan,
    VerificationChoice,
)
from xwms_wizard.core.people import ROLE_PRESETS
from xwms_wizard.core.validate import (
    Check,
    check_member_email,
    check_member_role,
    check_verification,
    display_domain,
    field_label,
    plan_checks,
)
from xwms_wizard.i18n import translate

_STR, _BOOL, _LIST, _DATE = "text", "true or false", "a list of texts", "a date"

# Every key a plan may have, with the kind of value it takes.
SCHEMA: dict[str, dict[str, str]] = {
    "client": {"name": _STR},
    "domain": {
        "root": _STR,
        "server_ip": _STR,
        "internal_name": _STR,
        "redirect_url": _STR,
        "fallback_uri": _STR,
        "logo": _STR,
        "allow_login": _BOOL,
        "allow_api": _BOOL,
        "active": _BOOL,
        "primary": _BOOL,
        "test_mode": _BOOL,
    },
    "scopes": {"keys": _LIST},
    "secret": {"label": _STR, "expires": _DATE},
    "verification": {"scopes": _LIST, "notes": _STR},
}
# [[members]]: a list of tables, each one person with these keys.
MEMBER_SCHEMA: dict[str, str] = {"email": _STR, "role": _STR}
MAX_MEMBERS = 20
REQUIRED = (("client", "name"), ("domain", "root"))
# Keys that would hold a credential: refused with an explanation, never echoed.
_SECRET_KEYS = frozenset(
    {"value", "secret", "client_secret", "secret_value", "password", "token", "api_key"}
)
_PLAN_ID_RE = re.compile(r"[A-Za-z0-9_-]{1,64}", re.ASCII)
_TOML_LINE_RE = re.compile(r"\(at line (\d+), column (\d+)\)")
_BOOL_FIELDS = tuple(k for k, kind in SCHEMA["domain"].items() if kind == _BOOL)

# Limits on the file's shape, checked before TOML reads it: a plan is a few hundred bytes with
# keys of one or two parts and one list, so these leave room for comments and still keep a
# hostile file (tomllib recurses per bracket and is quadratic in a dotted key's parts) from
# crashing or stalling the loader.
MAX_PLAN_BYTES = 64 * 1024
MAX_NESTING = 8  # brackets and braces inside one another; [[table]] headers take 2
MAX_KEY_PARTS = 8  # "domain.root" has 2
MAX_KEY_CHARS = 100  # the longest key of a plan has 13 characters


class PlanError(WizardError):
    """A plan file with problems; `problems` lists every one (a failing `Check` per field)."""

    def __init__(self, problems: list[Check], source: str = "plan") -> None:
        self.problems = list(problems)
        self.source = source
        count = len(self.problems)
        header = translate("Plan", "The plan {source} has %n problem(s):", None, count)
        lines = [header.format(source=source)]
        lines += [f"  - {p.field}: {p.message}" for p in self.problems]
        super().__init__(
            "\n".join(lines),
            field=self.problems[0].field if count == 1 else None,
            detail="\n".join(f"{p.field}: {p.message}" for p in self.problems),
        )


@dataclass(frozen=True)
class LoadedPlan:
    """A plan that loaded, and what its checks say about it beside the refusals: one line per
    value the loader changed (the note the wizard's page shows under the field: a pasted
    "https://example.com/shop" that became "example.com") and per warning, each line starting
    with the field's label. The command line prints them before it changes anything."""

    plan: SetupPlan
    notes: tuple[str, ...] = ()


def derive_plan_id(client_name: str, root_domain: str) -> str:
    """A stable id from the client name and root domain, so a rerun reuses the same keys."""
    digest = hashlib.sha256(f"xwms-wizard plan\n{client_name}\n{root_domain}".encode())
    return digest.hexdigest()[:16]


def _problem(field: str, message: str, hint: str = "") -> Check:
    return Check(field, False, None, message=message, hint=hint)


def _secret_refusal(table: str | None, key: str) -> Check:
    if table:
        message = translate(
            "Plan",
            "Secret: plan files never hold a secret, because a plan file is easily shared or "
            "copied by mistake. Remove the line “{key} = …” from [{table}]. The wizard makes "
            "the secret itself and keeps it in your computer's keychain.",
        )
    else:
        message = translate(
            "Plan",
            "Secret: plan files never hold a secret, because a plan file is easily shared or "
            "copied by mistake. Remove the line “{key} = …”. The wizard makes the secret "
            "itself and keeps it in your computer's keychain.",
        )
    return _problem(f"{table}.{key}" if table else key, message.format(key=key, table=table))


def _unknown_key(table: str | None, key: str, is_table: bool = False) -> Check:
    """An unknown key or table, with the nearest known name (or where it belongs)."""
    if table is None:
        what = f"[{key}]" if is_table else key
        matches = difflib.get_close_matches(key, [*SCHEMA, "plan_id"], n=1, cutoff=0.6)
        homes = [t for t, keys in SCHEMA.items() if key in keys]
        near = ""
        if homes and not is_table:
            message = translate(
                "Plan",
                "Plan file: “{what}” is not part of a plan. It belongs under [{home}]: move "
                "the line below that heading.",
            )
        elif matches:
            near = f"[{matches[0]}]" if matches[0] in SCHEMA else matches[0]
            message = translate(
                "Plan", "Plan file: “{what}” is not part of a plan. Did you mean {near}?"
            )
        else:
            message = translate(
                "Plan",
                "Plan file: “{what}” is not part of a plan. A plan has only [client], [domain], "
                "[scopes], [secret], [verification] and [[members]]. Compare it with "
                "examples/plan.toml.",
            )
        home = homes[0] if homes else ""
        return _problem(key, message.format(what=what, home=home, near=near))
    field = f"{table}.{key}"
    known = list(SCHEMA[table])
    matches = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    homes = [t for t, keys in SCHEMA.items() if key in keys and t != table]
    if matches:
        message = translate(
            "Plan", "Plan file: [{table}] has no setting “{key}”. Did you mean “{near}”?"
        )
    elif homes:
        message = translate(
            "Plan", "Plan file: [{table}] has no setting “{key}”. It belongs under [{home}]."
        )
    else:
        message = translate(
            "Plan", "Plan file: [{table}] has no setting “{key}”. [{table}] takes: {known}."
        )
    return _problem(
        field,
        message.format(
            table=table,
            key=key,
            near=matches[0] if matches else "",
            home=homes[0] if homes else "",
            known=", ".join(known),
        ),
    )


def _wrong_type(table: str, key: str, kind: str) -> Check:
    field = f"{table}.{key}"
    if kind == _STR:
        message = translate(
            "Plan",
            '{label}: this setting takes text. Write it like: {key} = "…" (in double quotes).',
        )
    elif kind == _BOOL:
        message = translate(
            "Plan",
            "{label}: this setting takes true or false. Write it like: {key} = true  or  "
            "{key} = false (no quotes).",
        )
    elif kind == _LIST:
        message = translate(
            "Plan",
            '{label}: this setting takes a list of texts. Write it like: {key} = ["profile"].',
        )
    else:
        message = translate(
            "Plan", '{label}: this setting takes a date. Write it like: {key} = "2027-12-31".'
        )
    return _problem(field, message.format(label=field_label(field), key=key))


def _is_kind(value: Any, kind: str) -> bool:
    if kind == _STR:
        return isinstance(value, str)
    if kind == _BOOL:
        return isinstance(value, bool)
    if kind == _LIST:
        return isinstance(value, list)
    # A date: "2027-12-31" or a bare TOML date; not a date with a time of day.
    return isinstance(value, str) or (
        isinstance(value, dt.date) and not isinstance(value, dt.datetime)
    )


def _syntax_problem(exc: tomllib.TOMLDecodeError) -> Check:
    text = str(exc)
    where = _TOML_LINE_RE.search(text)
    reason = _TOML_LINE_RE.sub("", text).strip()
    line, column = where.groups() if where else ("", "")
    if where:
        message = translate(
            "Plan",
            "Plan file: there is a mistake on line {line} (column {column}): {reason}. Check the "
            "quotes, “=” signs and [headings] there. Compare it with examples/plan.toml.",
        )
    else:
        message = translate(
            "Plan",
            "Plan file: there is a mistake in it: {reason}. Check the quotes, “=” signs and "
            "[headings] there. Compare it with examples/plan.toml.",
        )
    # The reason is tomllib's own (English) wording: technical detail, kept as it is.
    return _problem("plan", message.format(line=line, column=column, reason=reason))


def _too_large(size: int) -> Check:
    return _problem(
        "plan",
        translate(
            "Plan",
            "Plan file: it is {size} KB; a plan is a short text file of at most {most} KB. Check "
            "that you gave the plan file itself, and compare it with examples/plan.toml.",
        ).format(size=-(-size // 1024), most=MAX_PLAN_BYTES // 1024),
    )


def _shape_problem(text: str) -> Check | None:
    """The first way `text` is too deep or has too long a key for a plan, or None.

    One pass over the text that skips strings and comments and tracks the brackets, so it
    costs no more than reading the file; tomllib only reads what passes it.
    """
    n = len(text)
    line = 1
    stack: list[str] = []  # "[" array, "{" inline table, "h" a [table] header
    in_key = True  # where a key may stand: a line's start, a header, after "{" or ","
    key_start = key_end = key_line = 0  # where the key being read starts and ends, its line
    key_parts = 0
    i = 0
    while i < n:
        ch = text[i]
        if ch == "\n":
            line += 1
            if not stack or stack[-1] == "h":
                stack.clear()
                in_key, key_parts = True, 0
            i += 1
            continue
        if ch in " \t\r":
            i += 1
            continue
        if ch == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end
            continue
        if ch in "\"'":
            if in_key and key_parts == 0:
                key_start, key_line, key_parts = i, line, 1
            end = _string_end(text, i, ch, text.startswith(ch * 3, i))
            line += text.count("\n", i, end)  # a multi-line string
            if in_key:
                key_end = end
            i = end
            continue
        if in_key:
            if ch == "[" and not stack and key_parts == 0:
                stack.append("h")
                if text.startswith("[", i + 1):
                    stack.append("h")
                    i += 1
                i += 1
                continue
            if ch == ".":
                key_parts += 1
                if key_parts > MAX_KEY_PARTS:
                    return _long_key(key_line, parts=True)
                i += 1
                continue
            if ch in "=]":
                if ch == "]":
                    while stack and stack[-1] == "h":
                        stack.pop()
                if key_parts and key_end - key_start > MAX_KEY_CHARS:
                    return _long_key(key_line, parts=False)
                in_key, key_parts = False, 0
                i += 1
                continue
            if ch in "},":  # an empty inline table ({}), or a comma out of place
                if ch == "}" and stack and stack[-1] == "{":
                    stack.pop()
                in_key, key_parts = ch == ",", 0
                i += 1
                continue
            if key_parts == 0:
                key_start, key_line, key_parts = i, line, 1
            key_end = i + 1
            if key_end - key_start > MAX_KEY_CHARS:
                return _long_key(key_line, parts=False)
            i += 1
            continue
        if ch in "[{":
            stack.append(ch)
            if len(stack) > MAX_NESTING:
                return _too_deep(line)
            in_key, key_parts = ch == "{", 0
        elif ch in "]}":
            if stack:
                stack.pop()
        elif ch == "," and stack and stack[-1] == "{":
            in_key, key_parts = True, 0
        i += 1
    return None


def _string_end(text: str, start: int, quote: str, triple: bool) -> int:
    """The index just after the string that opens at `start` (or the text's end)."""
    if triple:
        i = start + 3
        while True:
            end = text.find(quote * 3, i)
            if end < 0:
                return len(text)
            if quote == '"' and _escaped(text, end):
                i = end + 1
                continue
            # The closing run may start with up to two quotes of the string's own ("""a"""").
            end += 3
            for _ in range(2):
                if text.startswith(quote, end):
                    end += 1
            return end
    i = start + 1
    while i < len(text):
        ch = text[i]
        if ch == "\n":
            return i  # an unclosed string: tomllib reports it with its line
        if ch == "\\" and quote == '"':
            i += 2
            continue
        if ch == quote:
            return i + 1
        i += 1
    return i


def _escaped(text: str, index: int) -> bool:
    """Whether the character at `index` follows an odd number of backslashes."""
    count = 0
    while index - count - 1 >= 0 and text[index - count - 1] == "\\":
        count += 1
    return count % 2 == 1


def _too_deep(line: int) -> Check:
    return _problem(
        "plan",
        translate(
            "Plan",
            "Plan file: line {line} puts lists or sections more than {most} levels inside one "
            "another; a plan needs one level (a list such as keys = [\"profile\"]). Remove the "
            "extra brackets, and compare it with examples/plan.toml.",
        ).format(line=line, most=MAX_NESTING),
    )


def _long_key(line: int, *, parts: bool) -> Check:
    if parts:
        message = translate(
            "Plan",
            "Plan file: the setting name on line {line} has more than {most} parts joined by "
            "dots; a plan's names have one or two (such as domain.root). Write the setting "
            "under its [section] heading, as in examples/plan.toml.",
        )
    else:
        message = translate(
            "Plan",
            "Plan file: the setting name on line {line} is longer than {most} characters; a "
            "plan's names are short words (such as root or keys). Check that line, and compare "
            "it with examples/plan.toml.",
        )
    return _problem(
        "plan", message.format(line=line, most=MAX_KEY_PARTS if parts else MAX_KEY_CHARS)
    )


def _resolve_logo(logo: str, base_dir: Path | None) -> str:
    if not logo.strip():
        return ""
    path = Path(logo.strip()).expanduser()
    if not path.is_absolute():
        path = (base_dir or Path.cwd()) / path
    return str(path)


def loads_plan(
    text: str,
    source: str = "plan",
    *,
    base_dir: str | os.PathLike[str] | None = None,
    today: dt.date | None = None,
) -> SetupPlan:
    """A SetupPlan from TOML text, with normalised values; `PlanError` lists every problem.

    `base_dir` is where a relative logo path starts from (the plan file's folder).
    """
    return parse_plan(text, source, base_dir=base_dir, today=today).plan


def parse_plan(
    text: str,
    source: str = "plan",
    *,
    base_dir: str | os.PathLike[str] | None = None,
    today: dt.date | None = None,
) -> LoadedPlan:
    """`loads_plan`, with the notes and warnings of its checks (LoadedPlan).

    A file over MAX_PLAN_BYTES, nested deeper than MAX_NESTING or with a key of more than
    MAX_KEY_PARTS parts or MAX_KEY_CHARS characters is refused before TOML reads it.
    """
    if len(text) > MAX_PLAN_BYTES:  # characters: at least as many bytes
        raise PlanError([_too_large(len(text.encode("utf-8", "surrogatepass")))], source)
    shape = _shape_problem(text)
    if shape is not None:
        raise PlanError([shape], source)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PlanError([_syntax_problem(exc)], source) from None
    except RecursionError:  # the shape check should have caught it; never a traceback
        raise PlanError([_too_deep(1)], source) from None

    problems: list[Check] = []
    tables: dict[str, dict[str, Any]] = {name: {} for name in SCHEMA}
    plan_id: str | None = None
    members_raw: Any = []
    for key, value in data.items():
        if key == "plan_id":
            if isinstance(value, str) and _PLAN_ID_RE.fullmatch(value):
                plan_id = value
            else:
                problems.append(
                    _problem(
                        "plan_id",
                        translate(
                            "Plan",
                            "Plan id: use 1 to 64 letters, digits, hyphens or underscores, or "
                            "leave plan_id out and the wizard makes one from the client name and "
                            "the website address.",
                        ),
                    )
                )
        elif key == "members":
            members_raw = value
        elif key in SCHEMA:
            if isinstance(value, dict):
                tables[key] = value
            else:
                problems.append(
                    _problem(
                        key,
                        translate(
                            "Plan",
                            "Plan file: “{key}” must be a section: write [{key}] on a line of "
                            "its own, with its settings below it. Compare it with "
                            "examples/plan.toml.",
                        ).format(key=key),
                    )
                )
        elif key.lower() in _SECRET_KEYS:
            problems.append(_secret_refusal(None, key))
        else:
            problems.append(_unknown_key(None, key, is_table=isinstance(value, dict)))

    values: dict[tuple[str, str], Any] = {}
    for table, entries in tables.items():
        for key, value in entries.items():
            kind = SCHEMA[table].get(key)
            if kind is None:
                if key.lower() in _SECRET_KEYS:
                    problems.append(_secret_refusal(table, key))
                else:
                    problems.append(_unknown_key(table, key))
            elif not _is_kind(value, kind):
                problems.append(_wrong_type(table, key, kind))
            else:
                values[(table, key)] = value
    for table, key in REQUIRED:
        if (table, key) not in values and not any(p.field == f"{table}.{key}" for p in problems):
            field = f"{table}.{key}"
            example = "mycompany-main-app" if key == "name" else "example.com"
            problems.append(
                _problem(
                    field,
                    translate(
                        "Plan",
                        '{label}: missing. Add the line {key} = "{example}" under [{table}].',
                    ).format(label=field_label(field), key=key, example=example, table=table),
                )
            )

    domain = DomainChoice(
        **{
            key: values[("domain", key)]
            for key in SCHEMA["domain"]
            if ("domain", key) in values and key != "logo"
        }
    )
    domain.logo = _resolve_logo(values.get(("domain", "logo"), ""), _as_path(base_dir))
    raw = SetupPlan(
        client=ClientChoice(name=values.get(("client", "name"), "")),
        domain=domain,
        scopes=ScopesChoice(keys=values.get(("scopes", "keys"), [])),
        secret=SecretChoice(
            label=values.get(("secret", "label"), ""),
            expires=values.get(("secret", "expires")),  # type: ignore[arg-type]  # checked below
        ),
        plan_id=plan_id or "pending",
    )
    reported = {p.field for p in problems}
    checks = plan_checks(raw, today)
    problems += [c for c in checks if not c.ok and c.field not in reported]
    members, member_problems = _members(members_raw)
    problems += member_problems
    verification = None
    if tables["verification"]:
        scopes_check, notes_check = check_verification(
            values.get(("verification", "scopes"), []),
            values.get(("verification", "notes"), ""),
            next((c.value for c in checks if c.field == "scopes.keys" and c.ok), []),
        )
        problems += [c for c in (scopes_check, notes_check) if not c.ok and c.field not in reported]
        if scopes_check.ok and notes_check.ok:
            verification = VerificationChoice(scopes=scopes_check.value, notes=notes_check.value)
    if problems:
        raise PlanError(problems, source)

    raw.members = members
    raw.verification = verification
    plan = _with_normalised_values(raw, checks)
    plan.plan_id = plan_id or derive_plan_id(plan.client.name, plan.domain.root)
    return LoadedPlan(plan, _notes(checks))


def _members(value: Any) -> tuple[list[MemberChoice], list[Check]]:
    """The [[members]] tables: each an XWMS account's e-mail and a preset role; every problem
    names its entry ("members[2].email")."""
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        return [], [
            _problem(
                "members",
                translate(
                    "Plan",
                    "Plan file: write each member as a [[members]] section of its own, with "
                    'email = "…" and role = "Developer" (or "Viewer") below it.',
                ),
            )
        ]
    if len(value) > MAX_MEMBERS:
        return [], [
            _problem(
                "members",
                translate(
                    "Plan",
                    "Plan file: it names {count} members; a plan may name at most {most}. Add "
                    "the others on the People page.",
                ).format(count=len(value), most=MAX_MEMBERS),
            )
        ]
    members: list[MemberChoice] = []
    problems: list[Check] = []
    seen: set[str] = set()
    for number, entry in enumerate(value, start=1):
        where = f"members[{number}]"
        bad = False
        for key, item in entry.items():
            kind = MEMBER_SCHEMA.get(key)
            if kind is None:
                problems.append(
                    _problem(
                        f"{where}.{key}",
                        translate(
                            "Plan",
                            "Plan file: a [[members]] section has no setting “{key}”. It "
                            "takes: email, role.",
                        ).format(key=key),
                    )
                )
                bad = True
            elif not _is_kind(item, kind):
                problems.append(_wrong_type(where, key, kind))
                bad = True
        if bad:
            continue
        email = check_member_email(entry.get("email"), f"{where}.email")
        role = check_member_role(entry.get("role", "Developer"), ROLE_PRESETS, f"{where}.role")
        problems += [c for c in (email, role) if not c.ok]
        if email.ok and email.value in seen:
            problems.append(
                _problem(
                    f"{where}.email",
                    translate(
                        "Plan",
                        "{label}: {email} is named twice. Keep one [[members]] section for "
                        "each person.",
                    ).format(label=field_label(f"{where}.email"), email=email.value),
                )
            )
        elif email.ok:
            seen.add(email.value)
            if role.ok:
                members.append(MemberChoice(email=email.value, role=role.value))
    return members, problems


def _notes(checks: list[Check]) -> tuple[str, ...]:
    lines: list[str] = []
    for check in checks:
        if check.ok and check.note:
            lines.append(f"{field_label(check.field)}: {check.note}")
        if check.ok and check.warning:
            lines.append(check.warning)  # already starts with the field's label
    return tuple(lines)


def _as_path(base_dir: str | os.PathLike[str] | None) -> Path | None:
    return Path(base_dir) if base_dir is not None else None


def _with_normalised_values(plan: SetupPlan, checks: list[Check]) -> SetupPlan:
    by_field = {check.field: check.value for check in checks}
    plan.client.name = by_field["client.name"]
    domain = plan.domain
    domain.root = by_field["domain.root"]
    domain.server_ip = by_field["domain.server_ip"]
    domain.internal_name = by_field["domain.internal_name"]
    domain.redirect_url = by_field.get("domain.redirect_url", "")
    domain.fallback_uri = by_field["domain.fallback_uri"]
    domain.logo = by_field["domain.logo"]
    plan.scopes.keys = list(by_field["scopes.keys"])
    plan.secret.label = by_field["secret.label"]
    plan.secret.expires = by_field["secret.expires"]
    return plan


def load_plan(path: str | os.PathLike[str], *, today: dt.date | None = None) -> SetupPlan:
    """A SetupPlan from a TOML file; a relative logo path is taken from the file's folder."""
    return read_plan(path, today=today).plan


def read_plan(path: str | os.PathLike[str], *, today: dt.date | None = None) -> LoadedPlan:
    """`load_plan`, with the notes and warnings of its checks (LoadedPlan)."""
    file = Path(path)
    source = str(file)
    try:
        with file.open("rb") as handle:
            raw = handle.read(MAX_PLAN_BYTES + 1)  # never the whole of a file that is no plan
        if len(raw) > MAX_PLAN_BYTES:
            raise PlanError([_too_large(file.stat().st_size)], source)
        text = raw.decode("utf-8-sig")  # Notepad may add a byte-order mark
    except FileNotFoundError:
        raise PlanError(
            [
                _problem(
                    "plan",
                    translate(
                        "Plan", "Plan file: we cannot find {source}. Check the name and folder."
                    ).format(source=source),
                )
            ],
            source,
        ) from None
    except IsADirectoryError:
        raise PlanError(
            [
                _problem(
                    "plan",
                    translate(
                        "Plan", "Plan file: {source} is a folder. Give the path of the .toml file."
                    ).format(source=source),
                )
            ],
            source,
        ) from None
    except OSError as exc:
        raise PlanError(
            [
                _problem(
                    "plan",
                    translate("Plan", "Plan file: we could not read {source} ({reason}).").format(
                        source=source, reason=exc.strerror
                    ),
                )
            ],
            source,
        ) from None
    except UnicodeDecodeError:
        raise PlanError(
            [
                _problem(
                    "plan",
                    translate(
                        "Plan", "Plan file: it is not plain text (UTF-8). Save it as UTF-8 text."
                    ),
                )
            ],
            source,
        ) from None
    return parse_plan(text, source, base_dir=file.resolve().parent, today=today)


# --- writing -------------------------------------------------------------------------------


def _toml_string(value: str) -> str:
    """A TOML basic string (tomllib can read but not write)."""
    out = ['"']
    for ch in value:
        code = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\u{code:04X}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _toml_bool(value: bool) -> str:
    return "true" if value else "false"


def dump_plan(plan: SetupPlan) -> str:
    """The plan as TOML text, readable by `loads_plan`; empty optional settings are left out."""
    domain = plan.domain
    lines = [
        "# An xwms-wizard setup plan. Carry it out with: xwms-wizard apply <this file>",
        "# It holds no secret: the wizard makes the secret and keeps it in the keychain.",
        f"plan_id = {_toml_string(plan.plan_id)}",
        "",
        "[client]",
        f"name = {_toml_string(plan.client.name)}",
        "",
        "[domain]",
    ]
    root_line = f"root = {_toml_string(domain.root)}"
    shown = display_domain(domain.root)
    if shown != domain.root and shown.isprintable():
        root_line += f"  # {shown}"
    lines.append(root_line)
    for key in ("server_ip", "internal_name", "redirect_url", "fallback_uri", "logo"):
        value = getattr(domain, key)
        if value:
            lines.append(f"{key} = {_toml_string(value)}")
    lines += [f"{key} = {_toml_bool(getattr(domain, key))}" for key in _BOOL_FIELDS]
    keys = ", ".join(_toml_string(key) for key in plan.scopes.keys)
    lines += ["", "[scopes]", f"keys = [{keys}]"]
    secret_lines = []
    if plan.secret.label:
        secret_lines.append(f"label = {_toml_string(plan.secret.label)}")
    if plan.secret.expires:
        secret_lines.append(f"expires = {_toml_string(plan.secret.expires.isoformat())}")
    lines += ["", "[secret]", *secret_lines]
    if plan.verification is not None:
        keys = ", ".join(_toml_string(key) for key in plan.verification.scopes)
        lines += ["", "[verification]", f"scopes = [{keys}]"]
        if plan.verification.notes:
            lines.append(f"notes = {_toml_string(plan.verification.notes)}")
    for member in plan.members:
        lines += [
            "",
            "[[members]]",
            f"email = {_toml_string(member.email)}",
            f"role = {_toml_string(member.role)}",
        ]
    return "\n".join(lines) + "\n"


def save_plan(plan: SetupPlan, path: str | os.PathLike[str]) -> None:
    """Write the plan to `path` atomically: readers see the old file or the new one, never half."""
    atomic_write_text(Path(path), dump_plan(plan))
