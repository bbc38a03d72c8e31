"""The dashboard's rules for public API calls, checked in the contract's order, one refusal each.

The order matters: the first rule that fails answers, and the IP rule comes last so that its
refusal tells the developer their credentials themselves are right.
"""

from __future__ import annotations

import hmac
import ipaddress
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from xwms_wizard.sandbox.envelope import ApiError
from xwms_wizard.sandbox.manage import secret_is_expired
from xwms_wizard.sandbox.store import secret_digest
from xwms_wizard.sandbox.values import ascii_host, ascii_url

Need = Literal["login", "api"]


@dataclass(frozen=True)
class Credentials:
    """What the caller sent as X-Client-Id / X-Client-Domain / X-Client-Secret (or body fields)."""

    client_id: str | None
    domain: str | None
    secret: str | None

    def __repr__(self) -> str:  # the secret never reaches a log or a traceback
        return f"Credentials(client_id={self.client_id!r}, domain={self.domain!r}, secret=<hidden>)"


@dataclass(frozen=True)
class Caller:
    """A call that passed every rule: the client, domain and secret rows it was checked against."""

    client: sqlite3.Row
    domain: sqlite3.Row
    secret: sqlite3.Row


def check_call(
    db: sqlite3.Connection,
    creds: Credentials,
    *,
    need: Need,
    caller_ip: str | None,
    now: datetime,
    redirect_url: str | None = None,
) -> Caller:
    """Rules 1 to 9 of docs/api-contract.md; raises the first refusal as an `ApiError`."""
    # 1. everything present
    missing = [(field, label) for field, label, value in (
        ("client_id", "Client ID (X-Client-Id or client_id)", creds.client_id),
        ("domain", "domain (X-Client-Domain or domain)", creds.domain),
        ("client_secret", "client secret (X-Client-Secret or client_secret)", creds.secret),
    ) if not value]
    if missing:
        raise ApiError(
            400, "missing_credentials",
            "The request is missing the " + " and the ".join(label for _, label in missing)
            + ". Send the Client ID, the domain and the client secret with every call.",
            data={"missing": [field for field, _ in missing]},
        )
    assert creds.client_id and creds.domain and creds.secret

    # 2. a known client
    client = db.execute("SELECT * FROM clients WHERE client_id = ?",
                        (creds.client_id.strip(),)).fetchone()
    if client is None:
        raise ApiError(
            401, "unknown_client",
            f"No client has the Client ID {_shown(creds.client_id)}. Check XWMS_CLIENT_ID: copy "
            "the Client ID from the dashboard (My Clients).",
        )

    # 3. one of the client's domains: the root domain, or a site on one of its subdomains
    # (www.example.com, shop.example.com), as packages that send the site's own host do.
    asked = _asked_host(creds.domain)
    domain = _domain_for_host(db, client["id"], asked)
    if domain is None:
        registered = [r["root_domain"] for r in db.execute(
            "SELECT root_domain FROM domains WHERE client = ? ORDER BY id", (client["id"],))]
        listed = ", ".join(registered) if registered else "none yet"
        raise ApiError(
            403, "domain_not_registered",
            f"The domain {_shown(asked)} is not registered for the client {client['name']} "
            f"(its domains: {listed}), nor is it a subdomain of one. Add it under the client's "
            "Domains, or check XWMS_DOMAIN.",
            data={"domain": _shown(asked), "registered": registered},
        )
    name = domain["root_domain"]

    # 4. switched on
    if not domain["active"]:
        raise ApiError(
            403, "domain_inactive",
            f"The domain {name} is switched off. In the dashboard, open the domain and turn "
            "Active on.",
        )

    # 5. the kind of call is allowed
    if need == "login" and not domain["allow_login"]:
        raise ApiError(
            403, "login_not_allowed",
            f"Logging in is not allowed on {name}. In the dashboard, open the domain and turn "
            "Allow Login on.",
        )
    if need == "api" and not domain["allow_api"]:
        raise ApiError(
            403, "api_not_allowed",
            f"API calls are not allowed on {name}. In the dashboard, open the domain and turn "
            "Allow API on.",
        )

    # 6. one of the client's secrets, still valid
    secret = _matching_secret(db, client["id"], creds.secret)
    if secret is None:
        raise ApiError(
            401, "invalid_secret",
            f"The client secret is not right for the client {client['name']}. Check "
            "XWMS_CLIENT_SECRET: it must be one of this client's secrets, copied in full.",
        )
    described = f"The secret \u201c{secret['label']}\u201d (ending in {secret['hint']})"
    if secret["revoked"]:
        raise ApiError(
            401, "secret_revoked",
            f"{described} was revoked. Create a new secret, link it to {name} and put it in "
            "XWMS_CLIENT_SECRET.",
        )
    if secret_is_expired(secret, now):
        raise ApiError(
            401, "secret_expired",
            f"{described} expired on {secret['expires_at']}. Create a new secret, link it to "
            f"{name} and put it in XWMS_CLIENT_SECRET.",
        )

    # 7. linked to this domain
    if not db.execute("SELECT 1 FROM secret_links WHERE domain = ? AND secret = ?",
                      (domain["id"], secret["id"])).fetchone():
        raise ApiError(
            403, "secret_not_linked",
            f"This secret is not linked to {name}. In the dashboard, open the domain's Secret "
            "Connections and choose Link Secret.",
        )

    # 8. the redirect URL is registered, exactly
    if redirect_url is not None:
        _check_redirect(db, domain, redirect_url)

    # 9. from the server's address (last: reaching it means the credentials are right)
    allowed = domain["server_ip"]
    if allowed and not _same_ip(caller_ip, allowed):
        if not (domain["test_mode"] and _is_loopback(caller_ip)):
            shown_ip = caller_ip or "an unknown address"
            raise ApiError(
                403, "ip_not_allowed",
                f"The Client ID, domain and secret are right, but this call came from {shown_ip} "
                f"and {name} only accepts calls from its server address {allowed}. Make the call "
                "from that server, or change the domain's Server IP Address (in Test Mode, calls "
                "from this computer are accepted too).",
                data={"your_ip": caller_ip, "allowed_ip": allowed},
            )
    return Caller(client, domain, secret)


def _asked_host(sent: str) -> str:
    """The domain a caller sent, in the stored form (punycode for an international name)."""
    text = sent.strip().lower().rstrip(".")
    try:
        return ascii_host(text)
    except UnicodeError:
        return text  # no registered domain has this form: refused as not registered


def _domain_for_host(db: sqlite3.Connection, client: int, host: str) -> sqlite3.Row | None:
    """The client's domain for `host`: the same root domain, else the nearest one it is a
    subdomain of (www.shop.example.com finds shop.example.com before example.com)."""
    labels = host.split(".")
    for start in range(len(labels) - 1):  # at least two labels: never a bare "com"
        candidate = ".".join(labels[start:])
        row = db.execute("SELECT * FROM domains WHERE client = ? AND root_domain = ?",
                         (client, candidate)).fetchone()
        if row is not None:
            return row
    return None


def _shown(text: str, limit: int = 120) -> str:
    # Echo what the caller sent (never a secret) without letting it flood the message.
    return text if len(text) <= limit else text[:limit] + "\u2026"


def _matching_secret(db: sqlite3.Connection, client: int, value: str) -> sqlite3.Row | None:
    for row in db.execute("SELECT * FROM secrets WHERE client = ? ORDER BY id", (client,)):
        if hmac.compare_digest(secret_digest(value, row["salt"]), row["digest"]):
            return row
    return None


def _near(url: str) -> str:
    text = url.lower().rstrip("/")
    for scheme in ("https://", "http://"):
        if text.startswith(scheme):
            return text[len(scheme):]
    return text


def _check_redirect(db: sqlite3.Connection, domain: sqlite3.Row, received: str) -> None:
    registered = [r["url"] for r in db.execute(
        "SELECT url FROM domain_urls WHERE domain = ? AND kind = 'callback' AND active = 1 "
        "ORDER BY id", (domain["id"],))]
    # Exact, as XWMS compares; an international host counts in either spelling (stored as
    # punycode, see values.domain_url).
    if received in registered or ascii_url(received) in registered:
        return
    name = domain["root_domain"]
    if registered:
        message = (
            f"The redirect URL {_shown(received, 300)} is not an active callback URL of {name}. "
            f"Registered: {', '.join(registered)}. "
        )
        close = [url for url in registered if _near(url) == _near(received)]
        if close:
            message += (
                f"It is nearly the same as {close[0]}, but XWMS compares every character "
                "(letter case, a trailing slash, http or https). "
            )
        message += "Use a registered URL exactly, or register this one under the domain's URLs."
    else:
        message = (
            f"{name} has no active callback URL yet, so {_shown(received, 300)} is refused. "
            "Register it under the domain's URLs as a callback URL."
        )
    raise ApiError(400, "redirect_not_registered", message,
                   data={"received": received, "registered": registered})


def _ip(text: str | None) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    if not text:
        return None
    try:
        address = ipaddress.ip_address(text.strip("[]"))
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


def _same_ip(caller: str | None, allowed: str) -> bool:
    mine = _ip(caller)
    return mine is not None and mine == _ip(allowed)


def _is_loopback(caller: str | None) -> bool:
    address = _ip(caller)
    return address is not None and address.is_loopback
