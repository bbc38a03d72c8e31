"""The secret-expiry reminder is a well-formed RFC 5545 calendar, two weeks before expiry."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from hypothesis import given, settings

from tests.helpers.handoff import TODAY, awkward_text, plain_facts
from xwms_wizard.handoff import write_bundle
from xwms_wizard.handoff.ics import escape_text, fold_line, reminder_date


def unfold(data: bytes) -> list[str]:
    """Content lines of an .ics, checking the physical form on the way (RFC 5545 3.1)."""
    assert data.endswith(b"\r\n")
    physical = data[:-2].split(b"\r\n")
    for line in physical:
        assert b"\r" not in line and b"\n" not in line  # CRLF only, no bare line ends
        assert len(line) <= 75, line  # octets, not characters
    lines: list[str] = []
    for line in physical:
        text = line.decode("utf-8")  # each physical line is whole UTF-8: no split characters
        if text.startswith(" "):
            lines[-1] += text[1:]
        else:
            lines.append(text)
    return lines


def unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def properties(lines: list[str]) -> dict[str, str]:
    found = {}
    for line in lines:
        name, _, value = line.partition(":")
        found.setdefault(name, value)
    return found


def check_structure(lines: list[str]) -> None:
    stack = []
    for line in lines:
        if line.startswith("BEGIN:"):
            stack.append(line[6:])
        elif line.startswith("END:"):
            assert stack.pop() == line[4:]
        else:
            assert re.match(r"[A-Z-]+[;:]", line), line
    assert stack == []
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert [ln for ln in lines if ln.startswith("BEGIN:")] == [
        "BEGIN:VCALENDAR", "BEGIN:VEVENT", "BEGIN:VALARM"
    ]


def reminder(out, **changes) -> tuple[list[str], bytes]:
    result = write_bundle(plain_facts(**changes), out, today=TODAY)
    data = (result.path / "secret-expiry-reminder.ics").read_bytes()
    return unfold(data), data


def test_reminder_is_a_valid_all_day_event_two_weeks_before(tmp_path):
    lines, _ = reminder(tmp_path, secret_expires=dt.date(2026, 3, 1))
    check_structure(lines)
    props = properties(lines)
    assert props["VERSION"] == "2.0" and props["PRODID"]
    assert props["DTSTART;VALUE=DATE"] == "20260215"
    assert props["DTEND;VALUE=DATE"] == "20260216"
    assert re.fullmatch(r"\d{8}T\d{6}Z", props["DTSTAMP"])
    assert props["UID"].endswith("@xwms-wizard")
    assert unescape(props["SUMMARY"]) == "Renew the XWMS secret for bücher.example"
    description = unescape(props["DESCRIPTION"])
    assert "2026-03-01" in description and "Client Secrets" in description
    assert "revoke the old secret" in description and "\n2. Link" in description
    # The way to renew without downtime, with the wizard the owner already has.
    assert '"Check or change a setup I already have", then "Renew the key"' in description
    assert "xwms-wizard renew <the setup's plan file>" in description and "--revoke-old" in description
    assert "ACTION:DISPLAY" in lines and any(ln.startswith("TRIGGER") for ln in lines)


def test_uid_is_stable_and_depends_on_the_secret(tmp_path):
    first, _ = reminder(tmp_path / "a")
    again, _ = reminder(tmp_path / "b")
    other, _ = reminder(tmp_path / "c", secret_expires=dt.date(2026, 4, 1))
    assert properties(first)["UID"] == properties(again)["UID"] != properties(other)["UID"]


def test_reminder_date_rules():
    assert reminder_date(dt.date(2026, 1, 1), TODAY) == dt.date(2025, 12, 18)
    # Expiry within two weeks (or already past): remind tomorrow, not in the past.
    assert reminder_date(dt.date(2025, 12, 15), TODAY) == dt.date(2025, 12, 2)
    assert reminder_date(dt.date(2025, 12, 10), TODAY) == dt.date(2025, 12, 2)
    assert reminder_date(dt.date(2025, 11, 1), TODAY) == dt.date(2025, 12, 2)


def test_awkward_label_is_escaped_and_folded(tmp_path):
    label = "Key; with, commas\\and\nnew lines " + "é" * 60
    lines, data = reminder(tmp_path, secret_label=label, domain_display="ex;am,ple\\中.test")
    check_structure(lines)
    props = properties(lines)
    assert unescape(props["SUMMARY"]) == "Renew the XWMS secret for ex;am,ple\\中.test"
    assert "Key; with, commas\\and\nnew lines " + "é" * 60 in unescape(props["DESCRIPTION"])
    assert b"\r\n " in data  # long lines really were folded


def readable(text: str) -> str:
    """What a calendar shows for `text`: line breaks kept, other control characters as spaces."""
    return "".join(
        ch if ch == "\n" or unicodedata.category(ch) not in ("Cc", "Cs", "Zl", "Zp") else " "
        for ch in text.replace("\r\n", "\n")
    )


@settings(max_examples=300, deadline=None)
@given(awkward_text)
def test_escape_then_fold_reads_back(text):
    line = "DESCRIPTION:" + escape_text(text)
    (unfolded,) = unfold((fold_line(line) + "\r\n").encode("utf-8"))
    assert unfolded == line
    assert unescape(unfolded.partition(":")[2]) == readable(text)
