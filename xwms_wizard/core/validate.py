"""The rules for every value the owner types: a normalised value or a plain refusal for each.

Used by the GUI pages (as the user types) and by the plan loader, so both say the same
thing. Nothing here does network I/O; only `check_logo` reads a file.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import idna

from xwms_wizard.core.models import CALLBACK_PATH, SetupPlan
from xwms_wizard.i18n import QT_TRANSLATE_NOOP, translate

# The words the GUI puts next to each input; every message starts with one of them. English
# here; field_label() gives them in the owner's language.
FIELD_LABELS: dict[str, str] = {
    "plan_id": QT_TRANSLATE_NOOP("Fields", "Plan id"),
    "client.name": QT_TRANSLATE_NOOP("Fields", "Client name"),
    "domain.root": QT_TRANSLATE_NOOP("Fields", "Website address (root domain)"),
    "domain.server_ip": QT_TRANSLATE_NOOP("Fields", "Server IP address"),
    "domain.redirect_url": QT_TRANSLATE_NOOP("Fields", "Callback URL"),
    "domain.fallback_uri": QT_TRANSLATE_NOOP("Fields", "Fallback URL"),
    "domain.internal_name": QT_TRANSLATE_NOOP("Fields", "Internal name"),
    "domain.logo": QT_TRANSLATE_NOOP("Fields", "Logo"),
    "domain.allow_login": QT_TRANSLATE_NOOP("Fields", "Allow Login"),
    "domain.allow_api": QT_TRANSLATE_NOOP("Fields", "Allow API"),
    "domain.active": QT_TRANSLATE_NOOP("Fields", "Active"),
    "domain.primary": QT_TRANSLATE_NOOP("Fields", "Primary domain"),
    "domain.test_mode": QT_TRANSLATE_NOOP("Fields", "Test Mode"),
    "scopes.keys": QT_TRANSLATE_NOOP("Fields", "Scopes"),
    "secret.label": QT_TRANSLATE_NOOP("Fields", "Secret label"),
    "secret.expires": QT_TRANSLATE_NOOP("Fields", "Expiry date"),
    "secret.value": QT_TRANSLATE_NOOP("Fields", "Secret"),
    "domain.client_id": QT_TRANSLATE_NOOP("Fields", "Client ID"),
    "domain.domain_id": QT_TRANSLATE_NOOP("Fields", "Domain ID"),
    "members.email": QT_TRANSLATE_NOOP("Fields", "Member's e-mail address"),
    "members.role": QT_TRANSLATE_NOOP("Fields", "Member's role"),
    "verification.scopes": QT_TRANSLATE_NOOP("Fields", "Verified Partner scopes"),
    "verification.notes": QT_TRANSLATE_NOOP("Fields", "Notes for the XWMS team"),
}
_INDEXED_FIELD_RE = re.compile(r"(members)\[(\d+)\]\.(\w+)")

# Checks whose value is a credential: their repr never shows it.
SECRET_FIELDS = frozenset({"secret.value"})

CLIENT_NAME_MIN = 3
CLIENT_NAME_MAX = 64
LABEL_MAX = 64  # internal name and secret label
DOMAIN_MAX = 253
DOMAIN_LABEL_MAX = 63
ID_MAX = 128
URL_MAX = 2048
LOGO_MAX_BYTES = 1024 * 1024  # the management API refuses more than 1 MiB of image
EXPIRY_WARN_DAYS = 30
LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")

_CLIENT_NAME_RE = re.compile(r"[a-z][a-z0-9-]*", re.ASCII)
_LDH_LABEL_RE = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?", re.ASCII)
_SCOPE_KEY_RE = re.compile(r"[a-z0-9_.-]+", re.ASCII)
_ISO_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
_BAD_PERCENT_RE = re.compile(r"%(?![0-9A-Fa-f]{2})")
# Characters a browser would have to escape; XWMS compares the URL exactly, so we refuse them.
_URL_UNSAFE = '<>"\\{}|^`'
# Letters NFKD does not split into a base letter plus accents. ("&" is a separator like any
# other: "and" would be English whatever language the owner speaks.)
_TRANSLITERATE = str.maketrans(
    {
        "ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o",
        "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th",
        "ı": "i",
    }
)  # fmt: skip


@dataclass(frozen=True, repr=False)
class Check:
    """The outcome of one rule: `ok` with the normalised `value`, or a plain `message`."""

    field: str
    ok: bool
    value: Any
    message: str = ""  # refusal: what is wrong and what to do, starting with the field's label
    warning: str = ""  # advice that does not block
    note: str = ""  # a normalisation the user should see
    hint: str = ""  # a suggested value ("did you mean …")

    def __repr__(self) -> str:
        # A pasted secret must never reach a log or a test report through repr().
        value = "<hidden>" if self.field in SECRET_FIELDS and self.value else repr(self.value)
        parts = [f"field={self.field!r}", f"ok={self.ok!r}", f"value={value}"]
        for name in ("message", "warning", "note", "hint"):
            text = getattr(self, name)
            if text:
                parts.append(f"{name}={text!r}")
        return f"Check({', '.join(parts)})"


def field_label(field: str) -> str:
    """The words the GUI shows for a field ("domain.root" -> "Website address (root domain)")."""
    indexed = _INDEXED_FIELD_RE.fullmatch(field)
    if indexed:  # "members[2].email": the second [[members]] entry of a plan
        table, number, key = indexed.groups()
        return translate("Fields", "{label} (member {number})").format(
            label=field_label(f"{table}.{key}"), number=number
        )
    label = FIELD_LABELS.get(field)
    return translate("Fields", label) if label else field


def _ok(field: str, value: Any, *, warning: str = "", note: str = "", hint: str = "") -> Check:
    label = field_label(field)
    return Check(
        field,
        True,
        value,
        warning=f"{label}: {warning}" if warning else "",
        note=note,
        hint=hint,
    )


def _refuse(field: str, message: str, *, hint: str = "") -> Check:
    return Check(field, False, None, message=f"{field_label(field)}: {message}", hint=hint)


def _quote(text: str, limit: int = 60) -> str:
    """User input for a message: quoted, shortened, invisible characters made visible."""
    shown = "".join(ch if ch.isprintable() else "\N{REPLACEMENT CHARACTER}" for ch in text)
    if len(shown) > limit:
        shown = shown[: limit - 1] + "…"
    return f"“{shown}”"


def _char_name(ch: str) -> str:
    if ch == " ":
        return translate("Validate", "a space")
    if ch in "\r\n\u2028\u2029\x85":
        return translate("Validate", "a line break")
    if ch == "\t":
        return translate("Validate", "a tab")
    if ch.isspace():
        return translate("Validate", "a space-like character")
    if not ch.isprintable():
        return translate("Validate", "an invisible character")
    return f"“{ch}”"


def _invisible(text: str) -> str | None:
    """The first control, format or separator character in `text`, if any (whitespace aside)."""
    for ch in text:
        if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp") and ch not in " ":
            return ch
    return None


def _first_space_or_invisible(text: str) -> str | None:
    """The first character with no place in an address or id: a space or anything unprintable."""
    for ch in text:
        if ch.isspace() or not ch.isprintable():
            return ch
    return None


# --- client name ---------------------------------------------------------------------------


def _name_from_text(text: str) -> tuple[str, str]:
    """(the name free text gives, the part left out at its start because a name starts with a
    letter). The name may be shorter than CLIENT_NAME_MIN, or empty."""
    ascii_text = unicodedata.normalize("NFKD", text.translate(_TRANSLITERATE))
    ascii_text = ascii_text.encode("ascii", "ignore").decode("ascii").lower()
    name = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    start = re.match(r"[^a-z]*", name).group()
    name = name[len(start) :]
    if len(name) > CLIENT_NAME_MAX:
        cut = name[: CLIENT_NAME_MAX + 1]
        # Whole words where that leaves a useful name, else a hard cut.
        word_end = cut.rfind("-")
        name = cut[:word_end] if word_end >= CLIENT_NAME_MAX // 2 else cut[:CLIENT_NAME_MAX]
        name = name.rstrip("-")
    return name, start.strip("-")


def suggest_client_name(text: str) -> str:
    """A valid client name made from free text ("My Company – Main App!" -> "my-company-main-app").

    Lowercase, accents folded (é -> e, ß -> ss), every run of other characters one hyphen,
    leading digits left out (a name starts with a letter), at most 64 characters. Returns ""
    when nothing usable is left: no letter a-z at all, or fewer than 3 characters.
    """
    if not isinstance(text, str):
        return ""
    name, _ = _name_from_text(text)
    return name if len(name) >= CLIENT_NAME_MIN else ""


def build_client_name(text: str, existing: Iterable[str] = ()) -> Check:
    """The client name the wizard builds with the owner from whatever they type.

    "Bakkerij De Vries - Webshop!" -> ok, value "bakkerij-de-vries-webshop" (the rules of
    `suggest_client_name`; a `note` says when leading digits were left out). Not ok with only a
    `note` and no `message`: nothing typed yet, or too short so far (the owner is still typing;
    no error to show). Not ok with a `message`: nothing usable can be built ("!!", "123", only
    emoji or non-Latin script), or the built name is taken (`hint` is then a free name).
    """
    field = "client.name"
    if not isinstance(text, str) or not text.strip():
        note = translate("Validate", "Type a name, such as your shop's name.")
        return Check(field, False, None, note=note)
    name, left_out = _name_from_text(text)
    if not name:
        if left_out:  # digits, but no letter
            why = translate(
                "Validate",
                "a name needs letters, not only digits. Type a name with letters from a to z, "
                "such as your shop's name.",
            )
        else:
            why = translate(
                "Validate",
                "the wizard cannot make a name from {text}. Type a name with letters from a to "
                "z, such as your shop's name.",
            ).format(text=_quote(text.strip()))
        return _refuse(field, why)
    if len(name) < CLIENT_NAME_MIN:
        note = translate(
            "Validate", "Keep typing: a name needs at least {least} letters or digits."
        ).format(least=CLIENT_NAME_MIN)
        return Check(field, False, None, note=note)
    clash = check_client_name(name, existing)
    if not clash.ok:
        return clash  # taken: said plainly, with a free name to use
    note = ""
    if left_out:
        note = translate(
            "Validate", "A name starts with a letter, so the wizard left out {part} at the start."
        ).format(part=_quote(left_out))
    return _ok(field, name, note=note)


def _free_name(name: str, taken: set[str]) -> str:
    for number in range(2, 10_000):
        suffix = f"-{number}"
        candidate = name[: CLIENT_NAME_MAX - len(suffix)].rstrip("-") + suffix
        if candidate not in taken:
            return candidate
    return ""


def check_client_name(text: str, existing: Iterable[str] = ()) -> Check:
    """3-64 characters: lowercase letters, digits, hyphens; starts with a letter; not taken yet."""
    field = "client.name"
    if not isinstance(text, str):
        return _refuse(
            field, translate("Validate", "type a name as text, such as “mycompany-main-app”.")
        )
    name = text.strip()
    suggestion = suggest_client_name(name)
    hint = suggestion if suggestion and suggestion != name else ""
    try_it = " " + translate("Validate", "Try {hint}.").format(hint=_quote(hint)) if hint else ""
    if not name:
        return _refuse(
            field,
            translate(
                "Validate", "please type a name for this connection, such as “mycompany-main-app”."
            ),
        )
    bad = next((ch for ch in name if not ("a" <= ch <= "z" or "0" <= ch <= "9" or ch == "-")), None)
    if bad is not None:
        if "A" <= bad <= "Z":
            what = translate("Validate", "{name} has capital letters. Use lowercase letters only.")
        elif bad.isspace():
            what = translate("Validate", "{name} has spaces. Use hyphens between words instead.")
        else:
            what = translate(
                "Validate",
                "{name} contains {character}. Use only lowercase letters, digits and hyphens.",
            )
        what = what.format(name=_quote(name), character=_char_name(bad))
        return _refuse(field, f"{what}{try_it}", hint=hint)
    if not name[0].isalpha():
        what = translate("Validate", "{name} must start with a letter.").format(name=_quote(name))
        return _refuse(field, f"{what}{try_it}", hint=hint)
    if len(name) < CLIENT_NAME_MIN:
        what = translate(
            "Validate", "{name} is too short. Use at least {least} characters."
        ).format(name=_quote(name), least=CLIENT_NAME_MIN)
        return _refuse(field, f"{what}{try_it}", hint=hint)
    if len(name) > CLIENT_NAME_MAX:
        what = translate(
            "Validate", "the name is {length} characters long; the most is {most}. Make it shorter."
        ).format(length=len(name), most=CLIENT_NAME_MAX)
        return _refuse(field, f"{what}{try_it}", hint=hint)
    taken = {str(other).strip().lower() for other in existing}
    if name in taken:
        free = _free_name(name, taken)
        if free:
            text = translate(
                "Validate",
                "you already have a client called {name}. Pick it from the list of existing "
                "clients to add to it, or choose another name, such as {free}.",
            )
        else:
            text = translate(
                "Validate",
                "you already have a client called {name}. Pick it from the list of existing "
                "clients to add to it, or choose another name.",
            )
        return _refuse(field, text.format(name=_quote(name), free=_quote(free)), hint=free)
    if not _CLIENT_NAME_RE.fullmatch(name):  # unreachable by the tests above; a last guard
        return _refuse(
            field, translate("Validate", "use only lowercase letters, digits and hyphens.")
        )
    return _ok(field, name)


# --- root domain ---------------------------------------------------------------------------


def display_domain(punycode: str) -> str:
    """The Unicode form of a domain for showing ("xn--bckerei-5wa.de" -> "bäckerei.de")."""
    labels = []
    for label in str(punycode).split("."):
        if label.lower().startswith("xn--"):
            try:
                label = idna.ulabel(label)
            except (idna.IDNAError, UnicodeError, ValueError):
                pass  # show it as stored rather than fail
        labels.append(label)
    return ".".join(labels)


def _normalise_host(host: str) -> tuple[str | None, str]:
    """A host name to lowercase ASCII (punycode): (value, "") or (None, what is wrong)."""
    if not host.isascii():
        try:
            host = idna.uts46_remap(host, std3_rules=False, transitional=False)
        except (idna.IDNAError, UnicodeError, ValueError):
            return None, translate(
                "Validate", "{host} contains characters that cannot be part of a web address."
            ).format(host=_quote(host))
    host = host.lower()
    labels = host.split(".")
    out = []
    for label in labels:
        if not label:
            return None, translate(
                "Validate", "{host} has an empty part (two dots in a row, or a dot at the start)."
            ).format(host=_quote(host))
        if label.isascii():
            if label.startswith("xn--"):
                try:
                    ok = idna.alabel(idna.ulabel(label)).decode("ascii") == label
                except (idna.IDNAError, UnicodeError, ValueError):
                    ok = False
                if not ok:
                    return None, translate(
                        "Validate", "the part {part} is not a valid international name."
                    ).format(part=_quote(label))
            elif not _LDH_LABEL_RE.fullmatch(label):
                bad = next((ch for ch in label if not (ch.isalnum() or ch == "-")), None)
                if bad is not None:
                    return None, translate(
                        "Validate",
                        "{host} contains {character}. A web address has only letters, digits, "
                        "hyphens and dots.",
                    ).format(host=_quote(host), character=_char_name(bad))
                return None, translate(
                    "Validate", "the part {part} starts or ends with a hyphen; remove it."
                ).format(part=_quote(label))
        else:
            try:
                label = idna.alabel(label).decode("ascii")
            except (idna.IDNAError, UnicodeError, ValueError):
                return None, translate(
                    "Validate", "the part {part} cannot be used in a web address."
                ).format(part=_quote(label))
        if len(label) > DOMAIN_LABEL_MAX:
            return None, translate(
                "Validate",
                "the part {part} is {length} characters long; each part between dots may have "
                "at most {most}.",
            ).format(part=_quote(label), length=len(label), most=DOMAIN_LABEL_MAX)
        out.append(label)
    return ".".join(out), ""


def _as_ip(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


def _host_from_pasted(text: str) -> tuple[str | None, str]:
    """The host part of something that looks like a URL or has a port: (host, "") or (None, why)."""
    candidate = text if "://" in text or text.startswith("//") else f"//{text}"
    try:
        netloc = urlsplit(candidate).netloc
    except ValueError:
        return None, translate("Validate", "we could not read a website address in {text}.").format(
            text=_quote(text)
        )
    host = netloc.rpartition("@")[2]  # drop user:password@
    if host.startswith("["):
        end = host.find("]")
        host = host[: end + 1] if end != -1 else host
    elif ":" in host:
        host, _, port = host.rpartition(":")
        if port and not port.isdigit():
            return None, translate(
                "Validate", "we could not read a website address in {text}."
            ).format(text=_quote(text))
    if not host:
        return None, translate("Validate", "we could not find a website address in {text}.").format(
            text=_quote(text)
        )
    return host, ""


def check_root_domain(text: str) -> Check:
    """The root domain: trimmed, lowercased, a pasted URL cut to its host, IDN as punycode."""
    field = "domain.root"
    if not isinstance(text, str):
        return _refuse(
            field, translate("Validate", "type the address as text, such as example.com.")
        )
    raw = text.strip()
    if not raw:
        return _refuse(
            field, translate("Validate", "please type your website's address, such as example.com.")
        )
    bad = _first_space_or_invisible(raw)
    if bad is not None:
        return _refuse(
            field,
            translate(
                "Validate", "{text} contains {character}. Type the address without it."
            ).format(text=_quote(raw), character=_char_name(bad)),
        )
    if "@" in raw and "://" not in raw:
        return _refuse(
            field,
            translate(
                "Validate",
                "{text} looks like an e-mail address. Type your website's address instead, "
                "such as example.com.",
            ).format(text=_quote(raw)),
        )
    host = raw
    if "://" in raw or any(ch in raw for ch in "/?#\\") or (":" in raw and _as_ip(raw) is None):
        host, why = _host_from_pasted(raw.replace("\\", "/"))
        if host is None:
            then = translate("Validate", "Type only the address, such as example.com.")
            return _refuse(field, f"{why} {then}")
    ip = _as_ip(host) if "." in host or ":" in host else None
    if ip is not None:
        return _refuse(
            field,
            translate(
                "Validate",
                "{host} is an IP address, not a website address. Type the name of your website "
                "here (such as example.com) and put the IP address in the Server IP address "
                "field.",
            ).format(host=_quote(host)),
        )
    if host.endswith(".") and not host.endswith(".."):
        host = host[:-1]  # the DNS root dot: "example.com." is "example.com"
    value, why = _normalise_host(host)
    if value is None:
        then = translate("Validate", "Type an address such as example.com.")
        return _refuse(field, f"{why} {then}")
    labels = value.split(".")
    if value == "localhost":
        return _refuse(
            field,
            translate(
                "Validate",
                "“localhost” means this computer, not a website. Type your website's address, "
                "such as example.com; to test on this computer, switch on Test Mode and use a "
                "localhost callback URL.",
            ),
        )
    if len(labels) < 2:
        return _refuse(
            field,
            translate(
                "Validate",
                "{text} is not a full website address. Add its ending, such as {name}.com or "
                "{name}.nl.",
            ).format(text=_quote(value), name=value),
        )
    if labels[-1].isdigit():
        return _refuse(
            field,
            translate(
                "Validate",
                "{text} ends in a number. A website address ends in a name, such as .com or "
                ".nl; an IP address belongs in the Server IP address field.",
            ).format(text=_quote(value)),
        )
    if len(value) > DOMAIN_MAX:
        return _refuse(
            field,
            translate(
                "Validate",
                "the address is {length} characters long; the most is {most}. Check that you "
                "typed only your website's address.",
            ).format(length=len(value), most=DOMAIN_MAX),
        )
    notes = [_turned_into(raw, value), _idn_note(value)]
    warning = hint = ""
    if labels[0] == "www" and len(labels) >= 3:
        hint = ".".join(labels[1:])
        warning = translate(
            "Validate",
            "did you mean {hint}? The root domain is usually the address without “www.”; the "
            "callback URL can still be on www.",
        ).format(hint=_quote(display_domain(hint)))
    return _ok(field, value, warning=warning, note=" ".join(n for n in notes if n), hint=hint)


def _turned_into(raw: str, value: str) -> str:
    """"We turned … into …" when more than the case of what was typed changed; else ""."""
    shown = display_domain(value)
    if shown == display_domain(raw.lower()):
        return ""
    return translate("Validate", "We turned {text} into {value}.").format(
        text=_quote(raw), value=_quote(shown)
    )


def _idn_note(value: str) -> str:
    """The stored (punycode) form of an international address, when it differs; else ""."""
    shown = display_domain(value)
    if shown == value:
        return ""
    return translate(
        "Validate",
        "{shown} is an international address; it is stored as {value}, the form the "
        "internet uses.",
    ).format(shown=_quote(shown), value=_quote(value))


def _left_out_of_address(text: str) -> str:
    """What follows the address in a pasted URL ("https://x.nl/shop?a=1" -> "/shop?a=1"), if
    anything more than a lone "/"."""
    raw = text.strip().replace("\\", "/")
    candidate = raw if "://" in raw or raw.startswith("//") else f"//{raw}"
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return ""
    rest = parts.path
    if parts.query:
        rest += f"?{parts.query}"
    if parts.fragment:
        rest += f"#{parts.fragment}"
    return "" if rest in ("", "/") else rest


@dataclass(frozen=True)
class Website:
    """What the owner typed as the website's address, read the way XWMS needs it.

    `check` is the root domain's check (its value without "www."); `site_host` is where the
    site opens (the root, or www.<root> when the owner's address is on www); `left_out` is the
    part after the address that the wizard does not need ("/shop").
    """

    check: Check
    site_host: str = ""
    left_out: str = ""

    @property
    def callback_url(self) -> str:
        """The usual callback URL, on the host where the site opens ("" without a website)."""
        return default_callback_url(self.site_host) if self.site_host else ""


def read_website(text: str) -> Website:
    """The root domain, the host the site opens on and what was left out, from what the owner
    typed or pasted ("https://www.Example.com/shop" -> root "example.com", site on
    "www.example.com", "/shop" left out), with notes that say so in plain words.

    An address on www. gives the root without it (login then works on the root and all its
    subdomains) and keeps the callback URL on www., where the site opens.
    """
    root = check_root_domain(text)
    if not root.ok:
        return Website(root)
    raw, value = text.strip(), root.value
    labels = value.split(".")
    on_www = labels[0] == "www" and len(labels) >= 3
    bare = ".".join(labels[1:]) if on_www else value
    left_out = _left_out_of_address(raw)
    if on_www:
        notes = [
            translate(
                "Validate",
                "Your website address is {root}. Your site opens on {site}, so the callback URL "
                "stays there.",
            ).format(root=_quote(display_domain(bare)), site=display_domain(value))
        ]
    else:
        notes = [_turned_into(raw, value)]
    if left_out:
        notes.append(
            translate(
                "Validate",
                "The wizard keeps only the website address; {path} is not needed here. Your "
                "login page can still be anywhere on your site.",
            ).format(path=_quote(left_out, 40))
        )
    notes.append(_idn_note(bare))
    check = _ok(root.field, bare, note=" ".join(n for n in notes if n))
    return Website(check, site_host=value, left_out=left_out)


def website_text(root: str, redirect_url: str) -> str:
    """The address to show for a plan's website: www.<root> when its callback URL is the usual
    one on www (what `read_website` made of it), else the root; both in Unicode."""
    if root and redirect_url == default_callback_url(f"www.{root}"):
        return display_domain(f"www.{root}")
    return display_domain(root) if root else ""


# --- server IP -----------------------------------------------------------------------------


def _one_address() -> str:
    return translate("Validate", "type only one address: the one your server calls XWMS from.")


def check_server_ip(text: str) -> Check:
    """Optional: one IPv4 or IPv6 address (no range, no port); non-public addresses warn."""
    field = "domain.server_ip"
    if text is None:
        return _ok(field, "")
    if not isinstance(text, str):
        return _refuse(
            field, translate("Validate", "type the address as text, such as 203.0.113.10.")
        )
    raw = text.strip()
    if not raw:
        return _ok(field, "")
    bad = _first_space_or_invisible(raw)
    if bad is not None:
        if len(raw.replace(",", " ").split()) > 1:
            return _refuse(field, _one_address())
        return _refuse(
            field,
            translate("Validate", "{text} contains {character}. Remove it.").format(
                text=_quote(raw), character=_char_name(bad)
            ),
        )
    if "," in raw or ";" in raw:
        return _refuse(field, _one_address())
    if "/" in raw:
        return _refuse(
            field,
            translate(
                "Validate",
                "{text} is a range of addresses. Type the single address of your server, "
                "without the “/” part.",
            ).format(text=_quote(raw)),
        )
    if "%" in raw:
        return _refuse(
            field,
            translate("Validate", "type the address without the “%{zone}” part.").format(
                zone=raw.partition("%")[2]
            ),
        )
    candidate = raw
    note = ""
    if raw.startswith("[") and raw.endswith("]"):
        candidate = raw[1:-1]
        note = translate("Validate", "We removed the square brackets: {value}.").format(
            value=candidate
        )
    try:
        ip = ipaddress.ip_address(candidate)
    except ValueError:
        if re.fullmatch(r"[0-9.]+:[0-9]+|\[[0-9A-Fa-f:.]+\]:[0-9]+", raw, re.ASCII):
            return _refuse(
                field,
                translate(
                    "Validate", "{text} includes a port number. Type the address without “:port”."
                ).format(text=_quote(raw)),
            )
        return _refuse(
            field,
            translate(
                "Validate",
                "{text} is not an IP address. It looks like 203.0.113.10 (or, for IPv6, "
                "2001:db8::10); your hosting provider can tell you yours.",
            ).format(text=_quote(raw)),
        )
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
        note = translate(
            "Validate", "We turned {text} into {value}, the same address in its usual form."
        ).format(text=_quote(raw), value=ip)
    value = str(ip)
    if note == "" and value != raw:
        note = translate("Validate", "We wrote {text} in its usual form: {value}.").format(
            text=_quote(raw), value=value
        )
    if ip.is_unspecified or ip.is_multicast:
        return _refuse(
            field,
            translate(
                "Validate",
                "{value} is not the address of a single computer. Type the public IP address "
                "of your server.",
            ).format(value=value),
        )
    warning = ""
    if ip.is_loopback:
        warning = translate(
            "Validate",
            "{value} means “this same computer”. XWMS sees your server's public address, so "
            "calls would be refused; use your server's public IP address.",
        )
    elif ip.is_link_local:
        warning = translate(
            "Validate",
            "{value} only works inside one local network. XWMS sees your server's public "
            "address, so calls would be refused; use your server's public IP address.",
        )
    elif not ip.is_global:
        warning = translate(
            "Validate",
            "{value} is a private or reserved address, not a public one. XWMS sees your "
            "server's public address, so calls would be refused; use your server's public IP "
            "address (your hosting provider can tell you).",
        )
    warning = warning.format(value=value)
    return _ok(field, value, warning=warning, note=note)


# --- URLs ----------------------------------------------------------------------------------


def default_callback_url(root_domain: str) -> str:
    """The usual callback URL for a root domain: https://<root>/xwms/validateToken."""
    return f"https://{root_domain}{CALLBACK_PATH}"


def _is_loopback(host: str) -> bool:
    # Exactly these spellings: XWMS compares URLs as text, so [0:0::1] is not [::1] to it.
    return host in LOOPBACK_HOSTS


def needs_test_mode(url: str) -> bool:
    """Whether `url` is an address on this computer (localhost), which XWMS takes only for a
    domain in Test Mode."""
    if not isinstance(url, str) or "://" not in url:
        return False
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return False
    return _is_loopback(host.lower())


def _unreadable_url() -> str:
    return translate("Validate", "we could not read {url} as a web address. Check it.")


def _no_host() -> str:
    return translate("Validate", "the website part is missing after {scheme}://.")


def check_callback_url(
    text: str,
    root_domain: str,
    test_mode: bool,
    field: str = "domain.redirect_url",
    *,
    usual: str = "",
) -> Check:
    """An absolute https URL on the root domain (or loopback http in Test Mode), kept exactly.

    `usual` is the address to suggest (the usual callback URL where the site opens, such as
    `Website.callback_url`); by default the usual one on the root domain.
    """
    if not isinstance(text, str):
        return _refuse(field, translate("Validate", "type the address as text."))
    url = text.strip()
    root = check_root_domain(root_domain) if isinstance(root_domain, str) else None
    root_value = root.value if root is not None and root.ok else None
    example = usual or default_callback_url(
        display_domain(root_value) if root_value else "example.com"
    )
    if not url:
        return _refuse(
            field,
            translate("Validate", "please type the full address, such as {example}.").format(
                example=example
            ),
            hint=example,
        )
    bad = _first_space_or_invisible(url)
    if bad is not None:
        return _refuse(
            field,
            translate("Validate", "the address contains {character}. Remove it.").format(
                character=_char_name(bad)
            ),
        )
    if len(url) > URL_MAX:
        return _refuse(
            field,
            translate(
                "Validate", "the address is {length} characters long; the most is {most}."
            ).format(length=len(url), most=URL_MAX),
        )
    if "*" in url:
        return _refuse(
            field,
            translate(
                "Validate",
                "wildcards (“*”) are not allowed: XWMS compares the address exactly. Type the "
                "one full address your site uses.",
            ),
        )
    if "://" not in url:
        guess = f"https://{url.lstrip('/')}" if "." in url and ":" not in url else ""
        if guess:
            text = translate(
                "Validate", "the address must start with https://. For example {guess}."
            ).format(guess=_quote(guess, 100))
        else:
            text = translate("Validate", "the address must start with https://.")
        return _refuse(field, text, hint=guess)
    unsafe = next((ch for ch in url if ch in _URL_UNSAFE), None)
    if unsafe is not None:
        return _refuse(
            field,
            translate(
                "Validate", "the address contains {character}, which a web address cannot hold."
            ).format(character=_char_name(unsafe)),
        )
    if "#" in url:
        return _refuse(
            field,
            translate(
                "Validate",
                "remove the part from “#” on. XWMS adds the login token to the address, and a "
                "“#” part would hide it from your site.",
            ),
        )
    if _BAD_PERCENT_RE.search(url):
        return _refuse(
            field,
            translate(
                "Validate",
                "a “%” must be followed by two hexadecimal digits (such as %20). Check it.",
            ),
        )
    try:
        parts = urlsplit(url)
    except ValueError:
        return _refuse(field, _unreadable_url().format(url=_quote(url)))
    scheme = parts.scheme
    if scheme not in ("http", "https"):
        if scheme:
            text = translate(
                "Validate", "the address must start with https://, not {scheme}://."
            ).format(scheme=_quote(url.split("://")[0]))
        else:
            text = translate("Validate", "the address must start with https://.")
        return _refuse(field, text, hint="")
    netloc = parts.netloc
    if "@" in netloc:
        return _refuse(
            field,
            translate(
                "Validate",
                "remove the user name or password (the part before “@”). Never put a password "
                "in an address.",
            ),
        )
    if not netloc:
        return _refuse(field, _no_host().format(scheme=scheme), hint=example)
    if netloc.startswith("["):
        end = netloc.find("]")
        host, rest = netloc[1:end], netloc[end + 1 :]
        if rest and not rest.startswith(":"):
            return _refuse(field, _unreadable_url().format(url=_quote(url)))
        port = rest[1:] if rest else None
    else:
        host, colon, port_text = netloc.partition(":")
        port = port_text if colon else None
    if port is not None and (
        not port.isascii() or not port.isdigit() or not 0 < int(port) <= 65535
    ):
        return _refuse(
            field,
            translate(
                "Validate",
                "the port number (after “:”) must be a number from 1 to 65535, or left out.",
            ),
        )
    if not host:
        return _refuse(field, _no_host().format(scheme=scheme), hint=example)
    if host.endswith("."):
        return _refuse(
            field,
            translate("Validate", "remove the dot at the end of the website part of the address."),
        )
    loopback = _is_loopback(host.lower())
    if loopback:
        if not test_mode:
            return _refuse(
                field,
                translate(
                    "Validate",
                    "addresses on this computer (localhost) only work in Test Mode. Switch on "
                    "Test Mode for this domain, or use an address on your website.",
                ),
            )
    else:
        if _as_ip(host) is not None:
            if root_value:
                text = translate(
                    "Validate",
                    "use your website's name in the address, not an IP address, such as {example}.",
                ).format(example=example)
            else:
                text = translate(
                    "Validate", "use your website's name in the address, not an IP address."
                )
            return _refuse(field, text)
        host_value, why = _normalise_host(host)
        if host_value is None:
            return _refuse(field, why)
        if len(host_value) > DOMAIN_MAX:
            return _refuse(
                field,
                translate("Validate", "the website part is longer than {most} characters.").format(
                    most=DOMAIN_MAX
                ),
            )
        if root_value is None:
            return _refuse(
                field,
                translate(
                    "Validate",
                    "first fill in a valid website address (root domain); this address must be "
                    "on it.",
                ),
            )
        if host_value != root_value and not host_value.endswith("." + root_value):
            return _refuse(
                field,
                translate(
                    "Validate",
                    "{host} is not on your website {root}. Use an address on {domain} or one of "
                    "its subdomains, such as {example}.",
                ).format(
                    host=_quote(display_domain(host_value)),
                    root=_quote(display_domain(root_value)),
                    domain=display_domain(root_value),
                    example=example,
                ),
                hint=example,
            )
        if scheme != "https":
            secure = "https://" + url.split("://", 1)[1]
            return _refuse(
                field,
                translate(
                    "Validate",
                    "use https:// (a secure address). Plain http:// only works for localhost in "
                    "Test Mode.",
                ),
                hint=secure,
            )
    warning = ""
    if not host.isascii() and not loopback:
        # One spelling, as XWMS stores it: the international name in punycode. XWMS accepts the
        # address written either way, so the site may keep sending its usual spelling.
        url = _with_host(url, netloc, host_value)
        warning = translate(
            "Validate",
            "saved as {url}: the same address, with the international name written the way "
            "XWMS stores it. Your site may send either spelling.",
        ).format(url=url)
    elif url.split("://", 1)[0] != scheme or host != host.lower():
        warning = translate(
            "Validate",
            "it has capital letters at the start. XWMS compares the address exactly, so your "
            "site must send it written exactly like this.",
        )
    return _ok(field, url, warning=warning)


def _with_host(url: str, netloc: str, ascii_host: str) -> str:
    """`url` with the host of its `netloc` replaced by `ascii_host` (port and the rest kept)."""
    scheme, rest = url.split("://", 1)
    port = netloc.rpartition(":")[2] if ":" in netloc else ""
    return f"{scheme}://{ascii_host}{':' + port if port else ''}{rest[len(netloc):]}"


def check_fallback_uri(text: str, root_domain: str, test_mode: bool) -> Check:
    """Optional; where XWMS sends users when something goes wrong; the callback URL's rules."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return _ok("domain.fallback_uri", "")
    return check_callback_url(text, root_domain, test_mode, field="domain.fallback_uri")


# --- short texts ---------------------------------------------------------------------------


def _check_short_text(field: str, text: str) -> Check:
    if text is None:
        return _ok(field, "")
    if not isinstance(text, str):
        return _refuse(field, translate("Validate", "type it as text."))
    value = text.strip()
    bad = _invisible(value)
    if bad is not None:
        return _refuse(
            field,
            translate("Validate", "it contains {character}. Keep it on one line.").format(
                character=_char_name(bad)
            ),
        )
    if len(value) > LABEL_MAX:
        return _refuse(
            field,
            translate(
                "Validate", "it is {length} characters long; the most is {most}. Make it shorter."
            ).format(length=len(value), most=LABEL_MAX),
        )
    return _ok(field, value)


def check_internal_name(text: str) -> Check:
    """Optional label for the domain, at most 64 characters on one line."""
    return _check_short_text("domain.internal_name", text)


def check_secret_label(text: str) -> Check:
    """Optional label for the secret, at most 64 characters; "" means "Standard Key"."""
    return _check_short_text("secret.label", text)


# --- logo ----------------------------------------------------------------------------------


def _looks_like_svg(data: bytes) -> bool:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return False
    text = text.lstrip()
    if text.startswith("<svg"):
        return True
    return text.startswith(("<?xml", "<!--", "<!DOCTYPE")) and "<svg" in text


def _image_kind(data: bytes) -> str:
    if data.startswith(b"\xff\xd8\xff"):
        return translate("Validate", "a JPEG picture")
    if data.startswith((b"GIF87a", b"GIF89a")):
        return translate("Validate", "a GIF picture")
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return translate("Validate", "a WebP picture")
    return translate("Validate", "not a PNG or SVG image")


def check_logo(path: str) -> Check:
    """Optional path to a PNG or SVG image of at most 1 MB; the value is the absolute path."""
    field = "domain.logo"
    if path is None:
        return _ok(field, "")
    if not isinstance(path, (str, Path)):
        return _refuse(field, translate("Validate", "choose the image file again."))
    raw = str(path).strip()
    if not raw:
        return _ok(field, "")
    if _invisible(raw) is not None:
        return _refuse(
            field,
            translate(
                "Validate", "the file name contains an invisible character. Choose the file again."
            ),
        )
    file = Path(raw).expanduser()
    try:
        file = file.resolve()
        if not file.exists():
            return _refuse(
                field,
                translate(
                    "Validate", "we cannot find the file {file}. Choose the image again."
                ).format(file=_quote(raw, 100)),
            )
        if not file.is_file():
            return _refuse(
                field,
                translate(
                    "Validate", "{file} is a folder, not an image. Choose the image file."
                ).format(file=_quote(raw, 100)),
            )
        size = file.stat().st_size
        if size > LOGO_MAX_BYTES:
            return _refuse(
                field,
                translate(
                    "Validate",
                    "the image is {size} MB; the most is 1 MB. Save a smaller version (a logo of "
                    "512 × 512 pixels is plenty).",
                ).format(size=f"{size / (1024 * 1024):.1f}"),
            )
        if size == 0:
            return _refuse(
                field,
                translate("Validate", "the file {file} is empty. Choose another image.").format(
                    file=_quote(file.name)
                ),
            )
        data = file.read_bytes()
    except (OSError, RuntimeError, ValueError):  # unreadable, a symlink loop, a bad name
        return _refuse(
            field,
            translate(
                "Validate",
                "we could not open {file}. Check that you may read it, or copy it to your "
                "Documents folder and choose it there.",
            ).format(file=_quote(raw, 100)),
        )
    if data.startswith(b"\x89PNG\r\n\x1a\n") or _looks_like_svg(data):
        return _ok(field, str(file))
    return _refuse(
        field,
        translate(
            "Validate",
            "the file {file} is {kind}. XWMS takes PNG or SVG images: save your logo as PNG and "
            "choose that file.",
        ).format(file=_quote(file.name), kind=_image_kind(data)),
    )


# --- secret and its expiry -----------------------------------------------------------------


def check_expiry(value: str | dt.date | None, today: dt.date | None = None) -> Check:
    """Optional expiry date (YYYY-MM-DD) after today; fewer than 30 days away warns."""
    field = "secret.expires"
    today = today or dt.date.today()
    if value is None or (isinstance(value, str) and not value.strip()):
        return _ok(field, None)
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, str):
        raw = value.strip()
        try:
            if not _ISO_DATE_RE.fullmatch(raw):
                raise ValueError(raw)
            date = dt.date.fromisoformat(raw)
        except ValueError:
            return _refuse(
                field,
                translate(
                    "Validate",
                    "{text} is not a date we can read. Write it as year-month-day, such as "
                    "{year}-12-31, or leave it empty for a secret that does not expire.",
                ).format(text=_quote(raw), year=today.year + 1),
            )
    elif isinstance(value, dt.date):
        date = value
    else:
        return _refuse(
            field, translate("Validate", "write the date as year-month-day, such as 2027-12-31.")
        )
    if date <= today:
        if date == today:
            text = translate(
                "Validate",
                "{date} is today. Choose a date after today, or leave it empty for a secret "
                "that does not expire.",
            )
        else:
            text = translate(
                "Validate",
                "{date} has already passed. Choose a date after today, or leave it empty for a "
                "secret that does not expire.",
            )
        return _refuse(field, text.format(date=date.isoformat()))
    days = (date - today).days
    warning = ""
    if days < EXPIRY_WARN_DAYS:
        warning = translate(
            "Validate",
            "the secret stops working in %n day(s) ({date}). Your developer must replace it "
            "before then; a later date gives more time.",
            None,
            days,
        ).format(date=date.isoformat())
    return _ok(field, date, warning=warning)


def check_pasted_secret(text: str) -> Check:
    """A secret pasted from the XWMS dashboard (Live mode). Its value never appears in any text."""
    field = "secret.value"
    if not isinstance(text, str):
        return _refuse(field, translate("Validate", "paste the secret as text."))
    value = text.strip()
    if not value:
        return _refuse(
            field,
            translate(
                "Validate",
                "nothing was pasted. Copy the secret from the XWMS dashboard and paste it here.",
            ),
        )
    if any(ch in value for ch in "\r\n\u2028\u2029\x85\x0b\x0c"):
        return _refuse(
            field,
            translate(
                "Validate",
                "what you pasted runs over more than one line, so it is more than the secret. "
                "Copy only the secret itself from the XWMS dashboard and paste it again.",
            ),
        )
    if _invisible(value) is not None:
        return _refuse(
            field,
            translate(
                "Validate",
                "what you pasted contains an invisible character (such as a tab). Copy only the "
                "secret itself from the XWMS dashboard and paste it again.",
            ),
        )
    warning = ""
    if any(ch.isspace() for ch in value):
        warning = translate(
            "Validate",
            "it contains a space. Secrets have none; check that you copied only the secret.",
        )
    return _ok(field, value, warning=warning)


def _check_pasted_id(field: str, text: str) -> Check:
    label = field_label(field)
    if not isinstance(text, str):
        return _refuse(
            field, translate("Validate", "paste the {label} as text.").format(label=label)
        )
    value = text.strip()
    if not value:
        return _refuse(
            field,
            translate(
                "Validate", "please paste the {label} that the XWMS dashboard shows for it."
            ).format(label=label),
        )
    bad = _first_space_or_invisible(value)
    if bad is not None:
        return _refuse(
            field,
            translate(
                "Validate",
                "it contains {character}. Copy only the {label} itself from the XWMS dashboard "
                "and paste it again.",
            ).format(character=_char_name(bad), label=label),
        )
    if len(value) > ID_MAX:
        return _refuse(
            field,
            translate(
                "Validate",
                "what you pasted is {length} characters long, far longer than a {label}. Copy "
                "only the ID itself and paste it again.",
            ).format(length=len(value), label=label),
        )
    return _ok(field, value)


def check_client_id(text: str) -> Check:
    """A Client ID pasted from the XWMS dashboard (Live mode)."""
    return _check_pasted_id("domain.client_id", text)


def check_domain_id(text: str) -> Check:
    """A Domain ID pasted from the XWMS dashboard (Live mode)."""
    return _check_pasted_id("domain.domain_id", text)


# --- scopes and whole plans ----------------------------------------------------------------


def check_scope_keys(keys: Any) -> Check:
    """A list of scope keys ([a-z0-9_.-]+); the server's catalogue decides which exist.

    The value keeps the order and drops repeats.
    """
    field = "scopes.keys"
    if not isinstance(keys, (list, tuple)):
        return _refuse(
            field, translate("Validate", 'give the scopes as a list, such as ["profile"].')
        )
    out: list[str] = []
    for key in keys:
        if not isinstance(key, str) or not _SCOPE_KEY_RE.fullmatch(key):
            shown = (
                _quote(key)
                if isinstance(key, str)
                else translate("Validate", "a value that is not text")
            )
            return _refuse(
                field,
                translate(
                    "Validate",
                    "{key} is not a scope name. Scope names are short lowercase words, such as "
                    "“profile” or “userinfo”.",
                ).format(key=shown),
            )
        if key not in out:
            out.append(key)
    return _ok(field, out)


EMAIL_MAX = 254
NOTES_MAX = 2000
_EMAIL_RE = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")


def check_member_email(email: Any, field: str = "members.email") -> Check:
    """The e-mail address of an XWMS account (a member or a tester): one "@", a domain with a
    dot, no spaces. The value is trimmed and lowercase, as XWMS compares addresses."""
    text = email.strip().lower() if isinstance(email, str) else ""
    if not text:
        return _refuse(
            field,
            translate(
                "Validate",
                "missing. Write the e-mail address the person uses for their XWMS account.",
            ),
        )
    if len(text) > EMAIL_MAX or not _EMAIL_RE.fullmatch(text):
        return _refuse(
            field,
            translate(
                "Validate",
                "{email} is not an e-mail address. Write it like name@example.com: the address "
                "the person uses for their XWMS account.",
            ).format(email=_quote(text)),
        )
    return _ok(field, text)


def check_member_role(role: Any, presets: Iterable[str], field: str = "members.role") -> Check:
    """A preset role's name (core.people.ROLE_PRESETS), in any case; the value is its own
    spelling."""
    names = list(presets)
    wanted = role.strip().lower() if isinstance(role, str) else ""
    match = next((name for name in names if name.lower() == wanted), None)
    if match is None:
        return _refuse(
            field,
            translate("Validate", "{role} is not a role the wizard knows. Use one of: {roles}.")
            .format(role=_quote(role) if isinstance(role, str) else "-", roles=", ".join(names)),
        )
    return _ok(field, match)


def check_verification(scopes: Any, notes: Any, plan_scopes: Iterable[str]) -> list[Check]:
    """An application to become a Verified Partner: scope names that the plan's [scopes] list
    too (an application is for scopes the website will use), and notes of at most NOTES_MAX
    characters. Whether each scope needs a Verified Partner is the server's catalogue's to say
    (check_partner_scopes), before anything is created."""
    scope_check = check_scope_keys(scopes)
    field = "verification.scopes"
    if not scope_check.ok:
        scope_check = _refuse(field, scope_check.message.split(": ", 1)[-1])
    elif not scope_check.value:
        scope_check = _refuse(
            field,
            translate(
                "Validate",
                "empty. Name the scopes you apply for, such as scopes = [\"payments\"], or "
                "remove the [verification] section.",
            ),
        )
    else:
        missing = [key for key in scope_check.value if key not in set(plan_scopes)]
        if missing:
            scope_check = _refuse(
                field,
                translate(
                    "Validate",
                    "{scopes} is not in the plan's [scopes] keys. Add it there too: the "
                    "application is for scopes the website will use.",
                ).format(scopes=", ".join(_quote(key) for key in missing)),
            )
        else:
            scope_check = _ok(field, scope_check.value)
    text = notes.strip() if isinstance(notes, str) else ""
    if len(text) > NOTES_MAX:
        notes_check = _refuse(
            "verification.notes",
            translate(
                "Validate", "it is {length} characters long; the most is {most}. Make it shorter."
            ).format(length=len(text), most=NOTES_MAX),
        )
    else:
        notes_check = _ok("verification.notes", text)
    return [scope_check, notes_check]


def check_partner_scopes(
    keys: Iterable[str], applied: Iterable[str], catalogue: Iterable[Any], verified: bool
) -> Check:
    """Before the first write: a plan's scopes that only a Verified Partner may use need an
    account that is one (`verified`) or an application for them in the plan (`applied`); and
    an application names only such scopes."""
    field = "scopes.keys"
    locked = {scope.key for scope in catalogue if getattr(scope, "requires_verification", False)}
    applied = list(applied)
    plain = [key for key in applied if key not in locked]
    if plain:
        return _refuse(
            "verification.scopes",
            translate(
                "Validate",
                "{scopes} needs no Verified Partner: anyone may use it. Apply only for "
                "{locked}, or remove the [verification] section.",
            ).format(
                scopes=", ".join(_quote(key) for key in plain),
                locked=", ".join(sorted(locked)) or "-",
            ),
        )
    waiting = [key for key in keys if key in locked and key not in applied]
    if waiting and not verified:
        return _refuse(
            field,
            translate(
                "Validate",
                "{scopes} can only be used by a Verified Partner, and this account is not one "
                "yet. Add a [verification] section with scopes = [{first}] and notes on what "
                "your website uses it for, or leave it out of [scopes] for now.",
            ).format(
                scopes=", ".join(_quote(key) for key in waiting), first=f'"{waiting[0]}"'
            ),
        )
    return _ok(field, list(keys))


def check_scopes_offered(keys: Iterable[str], catalogue: Iterable[Any]) -> Check:
    """The plan's scope keys against a catalogue (the server's, or the built-in one in Live):
    refused, with every key the catalogue has, when one is not in it. Checked before anything
    is created, so an unknown scope never leaves a half-made setup behind."""
    field = "scopes.keys"
    known = [scope.key for scope in catalogue]
    wanted = list(keys)
    unknown = [key for key in wanted if key not in known]
    if not unknown:
        return _ok(field, wanted)
    return _refuse(
        field,
        translate(
            "Validate",
            "this server does not offer {unknown}. The scopes it offers are: {known}. Change "
            "the list in the plan (or leave it empty).",
        ).format(unknown=", ".join(_quote(key) for key in unknown), known=", ".join(known) or "-"),
    )


def plan_checks(plan: SetupPlan, today: dt.date | None = None) -> list[Check]:
    """Every check of a plan, passed or not, in the order the wizard asks for them."""
    domain = plan.domain
    checks = [
        check_client_name(plan.client.name),
        check_root_domain(domain.root),
        check_server_ip(domain.server_ip),
        check_internal_name(domain.internal_name),
    ]
    if domain.redirect_url:
        checks.append(check_callback_url(domain.redirect_url, domain.root, domain.test_mode))
    checks += [
        check_fallback_uri(domain.fallback_uri, domain.root, domain.test_mode),
        check_logo(domain.logo),
        check_scope_keys(plan.scopes.keys),
        check_secret_label(plan.secret.label),
        check_expiry(plan.secret.expires, today),
    ]
    return checks


def check_plan(plan: SetupPlan, today: dt.date | None = None) -> list[Check]:
    """Every failing check of a plan; an empty list means the plan is valid."""
    return [check for check in plan_checks(plan, today) if not check.ok]


def plan_warnings(plan: SetupPlan, today: dt.date | None = None) -> list[Check]:
    """The passing checks of a plan that carry advice (a private server IP, an expiry soon...)."""
    return [check for check in plan_checks(plan, today) if check.ok and check.warning]
