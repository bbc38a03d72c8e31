"""HANDOFF.md's "Mode" row says what the settings belong to: Practice, Live or Test Mode."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tests.helpers.handoff import plain_facts
from xwms_wizard.handoff import write_bundle
from xwms_wizard.handoff.bundle import render_handoff_markdown

TODAY = dt.date(2025, 12, 1)
MODE_ROW = {"en": re.compile(r"^\| Mode \| (.*) \|$", re.M),
            "nl": re.compile(r"^\| Modus \| (.*) \|$", re.M)}  # fmt: skip


def _mode(markdown: str, language: str) -> str:
    found = MODE_ROW[language].search(markdown)
    assert found is not None, "HANDOFF.md has no Mode row"
    return found.group(1)


def test_a_practice_bundle_says_practice_not_live(out):
    # What the bakery owner's practice run wrote: the server's Test Mode switch was off.
    bundle = write_bundle(plain_facts(sandbox=True, test_mode=False), out, today=TODAY)
    mode = _mode((bundle.path / "HANDOFF.md").read_text("utf-8"), "en")
    assert mode.startswith("Practice")
    assert "Live" not in mode and "Test Mode off" not in mode


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize(
    ("sandbox", "test_mode", "says", "never"),
    [
        (True, False, {"en": "Practice", "nl": "Oefenen"}, "Live"),
        (True, True, {"en": "Practice", "nl": "Oefenen"}, "Live"),
        (False, False, {"en": "Live (Test Mode off)", "nl": "Live (Testmodus uit)"}, "Oefen"),
        (False, True, {"en": "Test Mode", "nl": "Testmodus"}, "Practi"),
    ],
)
def test_the_mode_row_in_each_language(language, sandbox, test_mode, says, never):
    facts = plain_facts(sandbox=sandbox, test_mode=test_mode)
    mode = _mode(
        render_handoff_markdown(facts, secret_included=False, today=TODAY, language=language),
        language,
    )
    assert mode.startswith(says[language])
    assert never not in mode
    # A practice bundle with Test Mode on still says so: the switch matters for the callback.
    if sandbox and test_mode:
        assert ("Test Mode on" if language == "en" else "Testmodus aan") in mode
