"""The management API's value rules (names, domains, IPs, URLs, labels, dates), as XWMS has them.

Each check returns the value to store, or raises `Invalid` with a plain message for that field.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from datetime import date
from urllib.parse import urlsplit, urlunsplit

import idna

CLIENT_NAME = re.compile(r"[a-z][a-z0-9-]{2,63}")
_LABEL = re.compile(r"[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?")
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
MAX_TEXT = 64
MAX_URL = 2048
DEFAULT_SECRET_LABEL = "Standard Key"


class Invalid(ValueError):
    """A value that breaks a rule; `str()` is the plain message for its field."""


def _has_control(text: str) -> bool:
    return any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in text)


def ascii_host(host: str) -> str:
    """A host name in the one form XWMS stores and compares: lowercase ASCII, punycode for IDN.

    An international name is accepted in either spelling (bäckerei.de or xn--bckerei-9wa.de)
    and becomes the punycode one, by IDNA 2008 with UTS #46 mapping, not transitional (the
    wizard's rule too, so that both agree on names such as straße.de). Raises UnicodeError
    for a name that no mapping makes valid.
    """
    text = host.strip().rstrip(".")
    if text.isascii():
        return text.lower()
    try:
        return idna.encode(text, uts46=True, transitional=False, std3_rules=False).decode("ascii")
    except (idna.IDNAError, ValueError) as exc:
        raise UnicodeError(str(exc)) from None


def ascii_url(url: str) -> str:
    """`url` with an international host written in punycode; anything else left exactly as is."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        if host.isascii():
            return url
        netloc = ascii_host(host) + (f":{parts.port}" if parts.port is not None else "")
    except (ValueError, UnicodeError):
        return url  # not a usable address: compared (and refused) as it came
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def client_name(value: str) -> str:
    if not CLIENT_NAME.fullmatch(value):
        raise Invalid(
            "Use 3 to 64 characters: lowercase letters, digits and hyphens, starting with a "
            "letter, e.g. my-company-main-app."
        )
    return value


def root_domain(value: str) -> str:
    """A bare host name such as example.com, stored lowercase and (for IDN) as punycode."""
    text = value.strip().lower().rstrip(".")
    if not text:
        raise Invalid("Enter the domain of your website, e.g. example.com.")
    if "://" in text or "/" in text or "?" in text or "#" in text or "@" in text or ":" in text:
        raise Invalid(
            "Enter the domain only, without https://, a port or a path, e.g. example.com."
        )
    try:
        ipaddress.ip_address(text)
    except ValueError:
        pass
    else:
        raise Invalid(
            "This is an IP address, not a domain. Enter the website's domain here (e.g. "
            "example.com) and put the server's address under server_ip."
        )
    try:
        text = ascii_host(text)
    except UnicodeError:
        raise Invalid("This domain contains characters a domain name cannot have.") from None
    labels = text.split(".")
    if len(text) > 253 or len(labels) < 2 or not all(_LABEL.fullmatch(lb) for lb in labels):
        raise Invalid(
            "This is not a valid domain. Use letters, digits, hyphens and dots, with at least "
            "one dot, e.g. example.com."
        )
    return text


def server_ip(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        raise Invalid(
            "Enter one IPv4 or IPv6 address, e.g. 203.0.113.10 (no range, port or name), or "
            "leave it empty."
        ) from None


def short_text(value: str | None, *, default: str | None = None) -> str | None:
    """An optional label or internal name: at most 64 characters, one line."""
    if value is None or not value.strip():
        return default
    text = value.strip()
    if len(text) > MAX_TEXT:
        raise Invalid(f"Use at most {MAX_TEXT} characters (this has {len(text)}).")
    if _has_control(text):
        raise Invalid(
            "Use one line of plain text, without tabs, line breaks or control characters."
        )
    return text


def is_loopback_host(host: str) -> bool:
    return host.lower().strip("[]") in LOOPBACK_HOSTS


def domain_url(value: str, *, root: str, test_mode: bool) -> str:
    """A callback, webhook or fallback URL of a domain, stored exactly as given (XWMS compares
    them character by character)."""
    if not value:
        raise Invalid("Enter the full address, e.g. https://example.com/xwms/validateToken.")
    if len(value) > MAX_URL:
        raise Invalid(f"This address is too long: use at most {MAX_URL} characters.")
    if value != value.strip() or any(ch.isspace() for ch in value) or _has_control(value):
        raise Invalid("Remove the spaces or line breaks from this address.")
    if "*" in value:
        raise Invalid("Wildcards (*) are not allowed: register each address exactly.")
    try:
        parts = urlsplit(value)
        port = parts.port  # raises on a bad port
    except ValueError:
        raise Invalid("This is not a valid web address.") from None
    del port
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.netloc:
        raise Invalid(
            f"Use a full address starting with https://, e.g. https://{root}/xwms/validateToken."
        )
    if "@" in parts.netloc:
        raise Invalid("Remove the user name or password (the part before @) from the address.")
    if parts.fragment or value.endswith("#"):
        raise Invalid("Remove the # part from the address: XWMS adds ?token=… to it.")
    host = (parts.hostname or "").lower()
    if not host:
        raise Invalid("This address has no host name.")
    if not host.isascii():
        # One spelling is stored: the punycode one, which the rest of the address keeps.
        try:
            host = ascii_host(host)
        except UnicodeError:
            raise Invalid("This address's host name has characters a domain cannot have.") from None
        value = ascii_url(value)
    if is_loopback_host(host):
        if not test_mode:
            raise Invalid(
                "Addresses on this computer (localhost, 127.0.0.1) are only allowed when the "
                "domain is in Test Mode. Turn Test Mode on, or use an address on "
                f"{root}."
            )
        return value
    if scheme != "https":
        raise Invalid(
            "Use https://. Plain http:// is only allowed for localhost, in Test Mode."
        )
    if host != root and not host.endswith("." + root):
        raise Invalid(
            f"The address must be on {root} or one of its subdomains, e.g. "
            f"https://{root}/xwms/validateToken (this one is on {host})."
        )
    return value


_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _day(value: str, hint: str) -> date:
    """A date written exactly YYYY-MM-DD (the OpenAPI format "date"; no spaces, no other ISO
    spelling such as 20301231 or 2030-W01-1)."""
    try:
        if not _DATE.fullmatch(value):
            raise ValueError(value)
        day = date.fromisoformat(value)
    except ValueError:
        raise Invalid(f"Write the date as YYYY-MM-DD, e.g. 2030-12-31{hint}.") from None
    return day


def expiry_date(value: str | None, *, today: date) -> str | None:
    """A new secret's expiry date (after today), or None: null or no field at all. An empty text
    is no date: it is refused like any other text that is not one."""
    if value is None:
        return None
    day = _day(value, ", or leave expires_at out (or null) for a secret that does not expire")
    if day <= today:
        raise Invalid(
            f"Choose a date after today ({today.isoformat()}), or leave expires_at out (or null) "
            "for a secret that does not expire."
        )
    return day.isoformat()


def secret_label(value: str) -> str:
    """A secret's new label: 1 to 64 characters after trimming, one line."""
    if not value.strip():
        raise Invalid("Give the secret a label of 1 to 64 characters, e.g. Standard Key.")
    text = short_text(value)
    assert text is not None
    return text


def changed_expiry_date(value: str | None, *, today: date) -> str | None:
    """A new expiry date for an existing secret, or None to clear it. Today is allowed (the
    secret then works to the end of today, UTC); a date before today is not."""
    if value is None:
        return None
    day = _day(value, ", or null for no expiry")
    if day < today:
        raise Invalid(
            f"This date has passed. Choose today ({today.isoformat()}) or a later date, or null "
            "for a secret that does not expire."
        )
    return day.isoformat()


def role_name(value: str) -> str:
    """A role's name: 1 to 64 characters after trimming, one line."""
    if not value.strip():
        raise Invalid("Give the role a name of 1 to 64 characters, e.g. Developer.")
    text = short_text(value)
    assert text is not None
    return text


MAX_NOTES = 2000


def notes(value: str | None) -> str | None:
    """The notes of a verification request: free text (line breaks allowed), at most 2000
    characters; empty means none."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if len(text) > MAX_NOTES:
        raise Invalid(f"Use at most {MAX_NOTES} characters (this has {len(text)}).")
    if _has_control(text.replace("\r\n", "\n").replace("\n", "").replace("\t", "")):
        raise Invalid("Use plain text: line breaks are fine, other control characters are not.")
    return text
