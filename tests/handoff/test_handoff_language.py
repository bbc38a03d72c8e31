"""HANDOFF.md in the developer's language: Dutch beside English, the same facts, no secret."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from tests.helpers.handoff import SECRET, plain_facts
from xwms_wizard.handoff import write_bundle
from xwms_wizard.handoff.bundle import HANDOFF_LANGUAGES, render_handoff_markdown
from xwms_wizard.paths import resource_dir

TODAY = dt.date(2025, 3, 1)


def _placeholders(name: str) -> set[str]:
    text = (resource_dir("templates") / name).read_text("utf-8")
    return set(re.findall(r"\$\{(\w+)\}", text))


def test_every_template_fills_the_same_facts():
    english = _placeholders("HANDOFF.md.tmpl")
    for language in HANDOFF_LANGUAGES[1:]:
        assert _placeholders(f"HANDOFF.{language}.md.tmpl") == english


@pytest.mark.parametrize("expires", [None, dt.date(2026, 1, 31)])
@pytest.mark.parametrize("verified", [True, False])
def test_dutch_handoff_says_the_same_facts_in_dutch(expires, verified):
    facts = plain_facts(secret_expires=expires, verified=verified)
    english = render_handoff_markdown(facts, secret_included=False, today=TODAY)
    dutch = render_handoff_markdown(facts, secret_included=False, today=TODAY, language="nl")
    assert dutch.startswith("# Inloggen met XWMS voor ")
    assert "## Hoe het inloggen werkt" in dutch and "## How the login works" not in dutch
    # Every value (ids, URLs, dates, code) is the same; only the words around them differ.
    code = re.compile(r"`[^`\n]+`")
    assert sorted(set(code.findall(dutch))) == sorted(set(code.findall(english)))
    assert ("NIET GECONTROLEERD" in dutch) is (not verified)
    assert ("verloopt op 2026-01-31" in dutch) is (expires is not None)
    for english_only in ("NOT VERIFIED", "the owner sends", "expires on", "Checked against"):
        assert english_only not in dutch


def test_an_unknown_handoff_language_is_refused():
    with pytest.raises(ValueError):
        render_handoff_markdown(plain_facts(), secret_included=False, language="fr")


def test_the_bundle_records_its_language_and_keeps_the_secret_out(tmp_path):
    result = write_bundle(
        plain_facts(), tmp_path, secret=SECRET, include_secret=True, today=TODAY, language="nl"
    )
    handoff = (result.path / "HANDOFF.md").read_text("utf-8")
    assert handoff.startswith("# Inloggen met XWMS")
    assert SECRET not in handoff
    document = json.loads((result.path / "xwms-handoff.json").read_text("utf-8"))
    assert document["handoff_language"] == "nl"
    assert SECRET not in json.dumps(document)
    default = write_bundle(plain_facts(), tmp_path / "en", today=TODAY)
    assert json.loads((default.path / "xwms-handoff.json").read_text("utf-8"))[
        "handoff_language"
    ] == "en"
