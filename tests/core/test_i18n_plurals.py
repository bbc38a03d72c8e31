"""Texts about a number of things: each language's plural forms, picked by its own rules."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from xwms_wizard import i18n
from xwms_wizard.core.status import expiry_words

TS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"
TODAY = dt.date(2027, 1, 1)


@pytest.fixture
def language():
    yield i18n.set_language
    i18n.set_language("en")


def in_days(days: int) -> str:
    return expiry_words(TODAY + dt.timedelta(days=days), TODAY)


def test_english_says_day_and_days():
    assert in_days(2).startswith("expires in 2 days (")
    assert i18n.translate("Status", "expires in %n day(s) ({date})", None, 1) == (
        "expires in 1 day ({date})"
    )


def test_russian_has_one_few_and_many(language):
    language("ru")
    words = {n: in_days(n).split(" (")[0] for n in (2, 5, 11, 21, 22, 25, 101, 112)}
    assert words[21].endswith("21 день") and words[101].endswith("101 день")
    assert words[2].endswith("2 дня") and words[22].endswith("22 дня")
    for n in (5, 11, 25, 112):
        assert words[n].endswith(f"{n} дней"), words[n]


def test_arabic_has_six_forms(language):
    language("ar")
    assert [i18n.plural_form("ar", n) for n in (0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111)] == [
        0, 1, 2, 3, 3, 4, 4, 5, 5, 3, 4]  # fmt: skip
    texts = {n: in_days(n) for n in (2, 3, 11, 100)}
    assert len(set(texts.values())) == 4  # a form of its own for each
    assert "يومين" in texts[2] and "3 أيام" in texts[3] and "11 يومًا" in texts[11]


def test_chinese_and_indonesian_have_one_form(language):
    for code in ("zh", "id"):
        language(code)
        assert "5" in in_days(5) and "21" in in_days(21)
        assert i18n.plural_form(code, 1) == i18n.plural_form(code, 7) == 0


FORMS = {"nl": 2, "de": 2, "es": 2, "pt": 2, "bn": 2, "ru": 3, "ar": 6, "zh": 1, "id": 1}


@pytest.mark.parametrize("code", sorted(FORMS))
def test_every_plural_entry_has_the_languages_forms_each_with_the_number(code):
    root = ET.parse(TS_DIR / f"xwms_wizard_{code}.ts").getroot()
    entries = [m for m in root.iter("message") if m.get("numerus") == "yes"]
    assert len(entries) >= 5
    for message in entries:
        forms = [f.text or "" for f in message.find("translation").iter("numerusform")]
        assert len(forms) == FORMS[code], message.findtext("source")
        for index, form in enumerate(forms):
            # Arabic may say "one day" and "two days" in words.
            if not (code == "ar" and index in (1, 2)):
                assert "%n" in form, (code, message.findtext("source"), index)
