"""The calendar reminder (RFC 5545 `.ics`) to renew the client secret before it expires."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata

REMINDER_LEAD = dt.timedelta(days=14)
PRODID = "-//xwms-wizard//Handoff bundle//EN"


def reminder_date(expires: dt.date, today: dt.date) -> dt.date:
    """Two weeks before `expires`; tomorrow when that day is today or already past."""
    day = expires - REMINDER_LEAD
    return day if day > today else today + dt.timedelta(days=1)


def escape_text(value: str) -> str:
    """A TEXT value per RFC 5545 3.3.11: backslash, semicolon, comma and newline escaped.

    Other control characters are not allowed in TEXT, so they become spaces.
    """
    out = []
    for ch in value.replace("\r\n", "\n"):
        if ch == "\\":
            out.append("\\\\")
        elif ch == ";":
            out.append("\\;")
        elif ch == ",":
            out.append("\\,")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append(" ")
        elif unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp"):
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def fold_line(line: str) -> str:
    """Fold one content line into physical lines of at most 75 octets, joined by CRLF + space.

    RFC 5545 3.1 counts octets of the UTF-8 form. A character is never split, and neither
    is a backslash escape such as `\\n` (allowed, but some readers trip over it).
    """
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for unit in re.findall(r"\\.|.", line, flags=re.DOTALL):
        width = len(unit.encode("utf-8"))
        if size + width > 75:
            pieces.append("".join(current))
            current, size = [" "], 1  # a continuation line starts with one space
        current.append(unit)
        size += width
    pieces.append("".join(current))
    return "\r\n".join(pieces)


def secret_expiry_reminder(
    *,
    domain: str,
    domain_display: str,
    client_name: str,
    client_id: str,
    domain_id: str,
    secret_label: str,
    expires: dt.date,
    today: dt.date,
    stamp: dt.datetime,
) -> str:
    """A VCALENDAR with one all-day VEVENT (and a morning alarm) to renew the secret in time.

    The UID depends only on the client, domain, label and expiry, so writing the bundle again
    gives the same UID and a calendar updates the event instead of adding a second one.
    """
    day = reminder_date(expires, today)
    name = domain_display or domain
    uid_source = "\x1f".join([client_id, domain_id, domain, secret_label, expires.isoformat()])
    uid = hashlib.sha256(uid_source.encode("utf-8", "surrogatepass")).hexdigest()[:32]
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.UTC)
    stamp_utc = stamp.astimezone(dt.UTC)
    summary = f"Renew the XWMS secret for {name}"
    description = "\n".join(
        [
            f"The XWMS client secret '{secret_label}' of client {client_name}, used by "
            f"{name}, expires on {expires.isoformat()}. Renew it before then, or logins stop "
            "working:",
            "1. In the XWMS dashboard open My Clients, then this client, then Client Secrets, "
            "and create a new secret.",
            f"2. Link the new secret to the domain {name} (Link Secret on the domain).",
            "3. Put the new secret in XWMS_CLIENT_SECRET on the server and deploy.",
            "4. Check that login works, then revoke the old secret.",
            "With the XWMS setup wizard this is guided, without downtime: open XWMS Wizard, "
            "choose \"Check or change a setup I already have\", then \"Renew the key\" (the old "
            "key keeps working beside the new one until you switch it off there). From a "
            "terminal: xwms-wizard renew <the setup's plan file>, then again with --revoke-old "
            "once the server uses the new key; xwms-wizard status shows which keys expire when.",
        ]
    )
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{uid}@xwms-wizard",
        f"DTSTAMP:{stamp_utc.strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART;VALUE=DATE:{day.strftime('%Y%m%d')}",
        f"DTEND;VALUE=DATE:{(day + dt.timedelta(days=1)).strftime('%Y%m%d')}",
        f"SUMMARY:{escape_text(summary)}",
        f"DESCRIPTION:{escape_text(description)}",
        "TRANSP:TRANSPARENT",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"DESCRIPTION:{escape_text(summary)}",
        # 09:00 on the reminder day (an all-day event starts at midnight).
        "TRIGGER;RELATED=START:PT9H",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(fold_line(line) + "\r\n" for line in lines)
