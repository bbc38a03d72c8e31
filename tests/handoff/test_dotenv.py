"""The .env writer reads back identically in python-dotenv, our strict reader and a POSIX shell."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from dotenv import dotenv_values
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers.handoff import ENV_KEYS, SAFE_ALPHABET, env_value
from xwms_wizard.core.errors import WizardError
from xwms_wizard.handoff.dotenv import (
    EnvEntry,
    EnvFileError,
    UnsafeEnvValue,
    parse_env_file,
    parse_env_text,
    quote_env_value,
    render_env,
    render_env_with_notes,
)


def python_dotenv(text: str) -> dict[str, str | None]:
    return dict(dotenv_values(stream=io.StringIO(text)))


def check_read_back(values: dict[str, str], text: str, refused: list[UnsafeEnvValue],
                    parsed: dict) -> None:
    """Every key is there: with exactly its value, or empty with its refusal explained."""
    refused_keys = {r.key for r in refused}
    assert set(parsed) == set(values)
    for key, value in values.items():
        if key in refused_keys:
            assert parsed[key] == ""
        else:
            assert parsed[key] == value
    for refusal in refused:
        assert "# " + refusal.comment() in text
        assert refusal.key in refusal.message and refusal.why in refusal.message


@settings(max_examples=300, deadline=None)
@given(st.fixed_dictionaries({key: env_value for key in ENV_KEYS}))
def test_values_read_back_exactly_or_are_refused(values):
    entries = [EnvEntry(key, value, "what this is, in a comment") for key, value in values.items()]
    text, refused = render_env_with_notes(entries, ["a header line", "and another"])
    check_read_back(values, text, refused, python_dotenv(text))
    check_read_back(values, text, refused, parse_env_text(text))


@settings(max_examples=200, deadline=None)
@given(st.text(SAFE_ALPHABET))
def test_ordinary_values_are_never_refused(value):
    # Only the characters the three readers disagree on are refused: everything else is written.
    assert quote_env_value("XWMS_DOMAIN", value) == f"'{value}'"


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("it's", "single quote"),
        ("back\\slash", "backslash"),
        ("a${HOME}b", "dollar sign followed by an opening curly brace"),
        ('x="y', "equals sign followed by a double quote"),
        ("two\nlines", "line break"),
        ("carriage\rreturn", "line break"),
        ("line\u2028separator", "line break"),
        ("nul\x00byte", "control character"),
        ("tab\there", "control character"),
        ("bom\ufeff", "control character"),
        ("broken\ud800", "broken character"),
    ],
)
def test_refusal_names_key_and_reason_but_never_the_value(value, words):
    with pytest.raises(UnsafeEnvValue) as caught:
        quote_env_value("XWMS_CLIENT_SECRET", value)
    refusal = caught.value
    assert isinstance(refusal, WizardError)
    assert refusal.field == "XWMS_CLIENT_SECRET"
    assert words in refusal.message
    for shown in (refusal.message, refusal.detail, str(refusal), repr(refusal), refusal.comment()):
        assert value not in shown
    assert "by hand" in refusal.message  # what to do


def test_several_reasons_are_all_named():
    with pytest.raises(UnsafeEnvValue) as caught:
        quote_env_value("XWMS_DOMAIN", "it's a \\ path")
    assert caught.value.reasons == [
        "it contains a single quote (apostrophe)",
        "it contains a backslash",
    ]


def test_refused_value_is_written_empty_with_a_comment():
    text = render_env([EnvEntry("XWMS_CLIENT_SECRET", "ab'cd", "the secret")])
    assert text.splitlines() == [
        "# the secret",
        "# XWMS_CLIENT_SECRET is left empty on purpose: its value could not be written safely "
        "because it contains a single quote (apostrophe). Set it on the server by hand, as an "
        "environment variable.",
        "XWMS_CLIENT_SECRET=",
    ]
    assert "ab'cd" not in text


def test_none_is_an_empty_key_and_dollar_or_hash_are_fine_in_quotes():
    text = render_env(
        [EnvEntry("A", None), EnvEntry("B", "x #not a comment"), EnvEntry("C", "$HOME and `ls`")]
    )
    assert text == "A=\n\nB='x #not a comment'\n\nC='$HOME and `ls`'\n"
    assert python_dotenv(text) == {"A": "", "B": "x #not a comment", "C": "$HOME and `ls`"}


def test_comments_never_carry_line_breaks_or_double_quotes():
    # phpdotenv takes a line holding =" (even a comment) for the start of a multi-line value.
    text = render_env([EnvEntry("A", "1", 'say "x="y"\nsecond line')], header=['h="1"'])
    assert '"' not in text
    assert python_dotenv(text) == {"A": "1"}


def test_entry_repr_hides_the_value():
    entry = EnvEntry("XWMS_CLIENT_SECRET", "xs_supersecretvalue", "c")
    assert "xs_supersecretvalue" not in repr(entry)


def test_keys_are_checked():
    with pytest.raises(ValueError):
        render_env([EnvEntry("lower-case", "x")])


# --- a POSIX shell reads the file the same way (the HANDOFF.md check sources it) -------------


@pytest.mark.skipif(shutil.which("sh") is None, reason="no POSIX shell on this machine")
@settings(max_examples=40, deadline=None)
@given(st.fixed_dictionaries({key: env_value for key in ENV_KEYS}))
def test_posix_shell_reads_the_same_values(values):
    text, refused = render_env_with_notes([EnvEntry(k, v, "c") for k, v in values.items()])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ".env"
        path.write_bytes(text.encode("utf-8"))
        script = 'set -a; . "$1"; set +a; for k in ' + " ".join(ENV_KEYS)
        script += '; do eval "printf \'%s\\0\' \\"\\$$k\\""; done'
        out = subprocess.run(
            ["sh", "-c", script, "sh", str(path)], capture_output=True, check=True, timeout=20
        ).stdout
    shell = dict(zip(ENV_KEYS, (v.decode("utf-8") for v in out.split(b"\0")[:-1]), strict=True))
    check_read_back(values, text, refused, shell)


# --- the strict reader for developers' own files ----------------------------------------------


def test_reader_understands_the_common_forms():
    text = (
        "\ufeff# a comment\n"
        "export PLAIN=value # trailing comment\n"
        "SINGLE='keep \\n and ${X} as is'  # comment\n"
        'DOUBLE="tab\\there \\"quoted\\" \\\\ \\$literal"\n'
        'MULTI="first\nsecond"\n'
        "EMPTY=\n"
        "HASH=#only a comment\n"
        "BASE=https://example.com\n"
        'URL="${BASE}/xwms/validateToken"\n'
        "UNQ=${BASE}/x\n"
        "  SPACED = 'x'  \r\n"
        "DOT.KEY=1\n"
        "LAST=wins\nLAST=second\n"
    )
    assert parse_env_text(text) == {
        "PLAIN": "value",
        "SINGLE": "keep \\n and ${X} as is",
        "DOUBLE": 'tab\there "quoted" \\ $literal',
        "MULTI": "first\nsecond",
        "EMPTY": "",
        "HASH": "",
        "BASE": "https://example.com",
        "URL": "https://example.com/xwms/validateToken",
        "UNQ": "https://example.com/x",
        "SPACED": "x",
        "DOT.KEY": "1",
        "LAST": "second",
    }


def test_reader_takes_references_from_the_environment_given():
    assert parse_env_text("A=${HOST}/x", environ={"HOST": "h"}) == {"A": "h/x"}


@pytest.mark.parametrize(
    ("text", "line", "why"),
    [
        ("A=1\nB='no end\n", 2, "does not close it"),
        ('A="no end\nB=1\n', 1, "never closes it"),
        ("A='x' y\n", 1, "more text after the closing quote"),
        ("just words\n", 1, "not of the form NAME=value"),
        ("A=${MISSING}\n", 1, "refers to MISSING"),
        ("A=${B:-default}\n", 1, "does not understand"),
        ('A="${B\n"\n', 1, "never closed"),
    ],
)
def test_reader_refuses_what_it_does_not_understand(text, line, why):
    with pytest.raises(EnvFileError) as caught:
        parse_env_text(text + "SECRETVALUE=xs_hidden_value\n", source="my.env")
    assert f"line {line}" in caught.value.message
    assert why in caught.value.message
    assert "my.env" in caught.value.message
    assert "xs_hidden_value" not in caught.value.message


def test_reader_never_shows_a_value_in_its_errors():
    with pytest.raises(EnvFileError) as caught:
        parse_env_text("XWMS_CLIENT_SECRET='xs_abc\n")
    assert "xs_abc" not in caught.value.message
    assert "XWMS_CLIENT_SECRET" in caught.value.message


def test_reader_file_errors_are_plain(tmp_path):
    with pytest.raises(EnvFileError, match="There is no file at"):
        parse_env_file(tmp_path / "missing.env")
    latin1 = tmp_path / "latin1.env"
    latin1.write_bytes(b"A='caf\xe9'\n")
    with pytest.raises(EnvFileError, match="not plain UTF-8"):
        parse_env_file(latin1)
    good = tmp_path / ".env"
    good.write_text("A='1'\n", encoding="utf-8")
    assert parse_env_file(good) == {"A": "1"}
    if os.name == "posix" and os.geteuid() != 0:
        good.chmod(0)
        with pytest.raises(EnvFileError, match="could not be opened"):
            parse_env_file(good)


# --- phpdotenv (Laravel): no PHP here, so its one line-level rule that matters is ported -----


def phpdotenv_starts_multiline(line: str) -> bool:
    """phpdotenv v5 Lines::looksLikeMultilineStart, ported: a line holding =" whose quotes
    do not close on the same line swallows the following lines as one value."""
    if '="' not in line:
        return False
    if line == '"':
        return False
    quotes = len(re.findall(r'(?=([^\\]"))', line.replace("\\\\", "")))
    return not quotes > 1


def test_the_ported_phpdotenv_rule_is_why_equals_quote_is_refused():
    assert phpdotenv_starts_multiline("""XWMS_DOMAIN='a="b'""")
    assert not phpdotenv_starts_multiline("XWMS_DOMAIN='a=b'")


@settings(max_examples=200, deadline=None)
@given(st.fixed_dictionaries({key: env_value for key in ENV_KEYS}), env_value)
def test_no_written_line_looks_multiline_to_phpdotenv(values, comment):
    text = render_env([EnvEntry(k, v, comment) for k, v in values.items()], header=[comment])
    for line in text.splitlines():
        assert not phpdotenv_starts_multiline(line)
        if not line.startswith("#") and "=" in line:
            # phpdotenv's single-quoted state copies everything up to the next quote.
            key, _, raw = line.partition("=")
            assert raw == "" or (raw[0] == raw[-1] == "'" and "'" not in raw[1:-1])
