"""The plan file's limits (size, nesting, key parts and length), checked before TOML reads it, and
the notes a plan's loading leaves for the command line (issue 17)."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from xwms_wizard.core.plan import (
    MAX_KEY_CHARS,
    MAX_KEY_PARTS,
    MAX_NESTING,
    MAX_PLAN_BYTES,
    PlanError,
    _shape_problem,
    load_plan,
    parse_plan,
    read_plan,
)
from xwms_wizard.core.scopes import CATALOGUE
from xwms_wizard.core.validate import check_scopes_offered

TODAY = dt.date(2026, 1, 1)
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "plan.toml"
MINIMAL = '[client]\nname = "bakkerij-jansen-webshop"\n[domain]\nroot = "bakkerij-jansen.nl"\n'

# Valid TOML whose strings, comments and empty tables hold what the scanner must not count.
TRICKY = [
    EXAMPLE.read_text(encoding="utf-8"),
    "a = {}\nb = {}\nc = {}\nd = {}\ne = {}\nf = {}\ng = {}\nh = {}\ni = {}\nj = {}\n",
    "k = { x = {}, y = [ {}, {} ] }\n",
    'k = """multi\n[[[[[[[[[[[[[[[[\n"""\nl = \'\'\'[[[[[[[[[[[[\'\'\'\nm = "a\\"[[[[[[[[[[[["\n',
    '"quoted.key"."b" = 1\n[ "x" . y ]\nz = [\n  1, # [[[[[[[[[[[[\n  2,\n]\n',
    "[[arr]]\na = 1\n[[arr]]\na = 2\n[t.u.v]\nw = 1970-01-01T00:00:00Z\nx = 1.5e3\n",
    'a = """ q""""\nb = 1\n',
    "a.b.c.d.e.f.g.h = 1\n",
    "x = " + "[" * MAX_NESTING + "]" * MAX_NESTING + "\n",
    "k" * MAX_KEY_CHARS + " = 1\n",
]


@pytest.mark.parametrize("text", TRICKY)
def test_valid_toml_within_the_limits_passes_the_scan(text):
    tomllib.loads(text)  # the case itself is valid TOML
    assert _shape_problem(text) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("x = " + "[" * (MAX_NESTING + 1) + "]" * (MAX_NESTING + 1), "levels inside one another"),
        ("x = " + "{a=" * (MAX_NESTING + 1) + "1" + "}" * (MAX_NESTING + 1), "levels inside"),
        (".".join(["a"] * (MAX_KEY_PARTS + 1)) + " = 1", "parts joined by dots"),
        ("[" + ".".join(["a"] * (MAX_KEY_PARTS + 1)) + "]", "parts joined by dots"),
        ("x = { " + ".".join(["a"] * (MAX_KEY_PARTS + 1)) + " = 1 }", "parts joined by dots"),
        ("k" * (MAX_KEY_CHARS + 1) + " = 1", "longer than"),
        ('"' + "k" * (MAX_KEY_CHARS + 1) + '" = 1', "longer than"),
    ],
)
def test_past_a_limit_the_scan_names_the_line_and_what_to_do(text, words):
    problem = _shape_problem("# a comment\n" + text + "\n")
    assert problem is not None and problem.field == "plan"
    assert words in problem.message and "line 2" in problem.message


def test_a_file_over_64_kb_is_refused_unread(tmp_path):
    plan = tmp_path / "big.toml"
    plan.write_text(MINIMAL + "#" * MAX_PLAN_BYTES, encoding="utf-8")
    with pytest.raises(PlanError) as info:
        load_plan(plan, today=TODAY)
    assert "at most 64 KB" in info.value.problems[0].message


def test_deep_nesting_never_reaches_tomllib_as_a_recursion_error():
    with pytest.raises(PlanError) as info:
        parse_plan(MINIMAL + "x = " + "[" * 5000 + "]" * 5000 + "\n", today=TODAY)
    assert "levels inside one another" in info.value.message


def test_the_notes_say_what_the_loader_changed():
    loaded = parse_plan(
        MINIMAL.replace('"bakkerij-jansen.nl"', '"https://bakkerij-jansen.nl/shop"'),
        today=TODAY,
    )
    assert loaded.plan.domain.root == "bakkerij-jansen.nl"
    assert loaded.notes == (
        "Website address (root domain): We turned “https://bakkerij-jansen.nl/shop” into "
        "“bakkerij-jansen.nl”.",
    )
    # The example's server IP is a documentation address: the page warns, and so does apply.
    (warning,) = read_plan(EXAMPLE, today=TODAY).notes
    assert warning.startswith("Server IP address: 203.0.113.10 is a private or reserved address")


def test_scopes_are_checked_against_a_catalogue():
    assert check_scopes_offered(["profile", "providers"], CATALOGUE).ok
    refused = check_scopes_offered(["profile", "emails", "phone"], CATALOGUE)
    assert not refused.ok and refused.field == "scopes.keys"
    assert "“emails”, “phone”" in refused.message
    assert "profile, userinfo, useraddresses, providers" in refused.message
