"""Plain-language explanations of XWMS refusals, each with the dashboard fix an owner can carry out.

`explain(code, data, domain=...)` turns a refusal code (see docs/api-contract.md)
into an `Explanation(title, fix)`. The live XWMS may send no code at all; then
the HTTP status and the server's own message are all there is, and `explain`
builds the best plain answer from those.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["Explanation", "explain", "KNOWN_CODES"]


@dataclass(frozen=True)
class Explanation:
    """What went wrong (`title`) and what the owner can do about it (`fix`), in plain words."""

    title: str
    fix: str

    def __str__(self) -> str:
        return f"{self.title} {self.fix}"


@dataclass(frozen=True)
class _Context:
    data: Mapping[str, Any]
    domain: str | None

    @property
    def the_domain(self) -> str:
        return f"the domain {self.domain}" if self.domain else "this domain"

    @property
    def domain_page(self) -> str:
        """The dashboard path to the domain's own page."""
        return f"Integrations → Domains → {self.domain or 'your domain'}"

    def text(self, key: str, default: str = "") -> str:
        value = self.data.get(key)
        return value if isinstance(value, str) and value else default


def _switch_on(setting: str, why: str) -> Callable[[_Context], Explanation]:
    def build(c: _Context) -> Explanation:
        return Explanation(
            f"{why.format(the_domain=c.the_domain)}",
            f"In the XWMS dashboard, open {c.domain_page} and switch on {setting}.",
        )

    return build


def _new_secret(title: str) -> Callable[[_Context], Explanation]:
    def build(c: _Context) -> Explanation:
        return Explanation(
            title,
            "In the XWMS dashboard, open Integrations → Client Secrets, create a new secret, "
            f"link it to {c.domain or 'your domain'} (Link Secret on {c.domain_page}) and give "
            "the new secret to your developer.",
        )

    return build


def _redirect_not_registered(c: _Context) -> Explanation:
    received = c.text("received")
    registered = [u for u in c.data.get("registered") or [] if isinstance(u, str)]
    title = (
        f"XWMS does not know the callback URL {received} for {c.the_domain}."
        if received
        else f"XWMS does not know this callback URL for {c.the_domain}."
    )
    now = (
        " Registered now: " + ", ".join(registered) + "."
        if registered
        else " No active callback URL is registered yet."
    )
    return Explanation(
        title,
        f"In the XWMS dashboard, open {c.domain_page} → Domain URLs and add "
        f"{received or 'the callback URL'} as an active callback URL, written exactly the same "
        "(XWMS compares it letter for letter, including https:// and the path)." + now,
    )


def _ip_not_allowed(c: _Context) -> Explanation:
    yours, allowed = c.text("your_ip"), c.text("allowed_ip")
    came_from = f" This call came from {yours}." if yours else ""
    only = f" from the server address {allowed}" if allowed else " from your website's server"
    return Explanation(
        f"The Client ID and secret are right, but XWMS accepts calls for {c.the_domain} "
        f"only{only}.{came_from}",
        "That is expected when you test from your own computer: the real calls must come from "
        "your website's server. If that server's address has changed, update Server IP Address "
        f"in the XWMS dashboard under {c.domain_page}.",
    )


def _scope_missing(c: _Context) -> Explanation:
    scope = c.text("scope")
    named = f"the scope “{scope}”" if scope else "a scope"
    return Explanation(
        f"This needs {named}, which this client does not have.",
        f"In the XWMS dashboard, open Integrations → Client Scopes and switch on "
        f"{scope or 'the scope'}.",
    )


def _verification_required(c: _Context) -> Explanation:
    scope = c.text("scope")
    scopes = [s for s in c.data.get("scopes") or [] if isinstance(s, str)]
    named = f"“{scope}”" if scope else ", ".join(f"“{s}”" for s in scopes) or "This scope"
    return Explanation(
        f"{named[0].upper() + named[1:]} can only be used by a Verified Partner.",
        "Leave it out for now, or apply in the XWMS dashboard's Verification Center "
        "(XWMS staff approve each request); you can add the scope once you are verified.",
    )


_CREDENTIAL_NAMES = {
    "client_id": "the Client ID",
    "domain": "the domain",
    "client_secret": "the client secret",
}


def _missing_credentials(c: _Context) -> Explanation:
    missing = [_CREDENTIAL_NAMES[m] for m in c.data.get("missing") or [] if m in _CREDENTIAL_NAMES]
    if missing:
        named = missing[0] if len(missing) == 1 else ", ".join(missing[:-1]) + " and " + missing[-1]
        title = f"{named[0].upper() + named[1:]} {'was' if len(missing) == 1 else 'were'} missing."
    else:
        title = "The Client ID, the domain or the client secret was missing."
    return Explanation(
        title,
        "Fill in all three (the XWMS dashboard shows them under My Clients → your client) "
        "and try again.",
    )


def _fixed(title: str, fix: str) -> Callable[[_Context], Explanation]:
    def build(c: _Context) -> Explanation:
        return Explanation(
            title.format(the_domain=c.the_domain, domain_page=c.domain_page),
            fix.format(the_domain=c.the_domain, domain_page=c.domain_page),
        )

    return build


_EXPLAINERS: dict[str, Callable[[_Context], Explanation]] = {
    # The public API, in the order the server checks its rules.
    "missing_credentials": _missing_credentials,
    "unknown_client": _fixed(
        "XWMS does not know this Client ID.",
        "Copy the Client ID again from the XWMS dashboard (My Clients → your client) and check "
        "it for typing mistakes or missing characters.",
    ),
    "domain_not_registered": _fixed(
        "XWMS does not have {the_domain} among this client's domains.",
        "In the XWMS dashboard, open Integrations → Domains and add it as the Root Domain "
        "(without https:// or a path), or use the domain that is already there.",
    ),
    "domain_inactive": _switch_on("Active", "{the_domain} is switched off in XWMS."),
    "login_not_allowed": _switch_on("Allow Login", "Logging in is not allowed for {the_domain}."),
    "api_not_allowed": _switch_on("Allow API", "API calls are not allowed for {the_domain}."),
    "invalid_secret": _fixed(
        "XWMS did not recognise the client secret.",
        "Copy the secret again, whole and without spaces. If it is lost, create a new one in "
        "the XWMS dashboard under Integrations → Client Secrets and link it to the domain.",
    ),
    "secret_revoked": _new_secret("This client secret was revoked and no longer works."),
    "secret_expired": _new_secret("This client secret has expired."),
    "secret_not_linked": _fixed(
        "The client secret is right, but it is not linked to {the_domain}.",
        "In the XWMS dashboard, open {domain_page}, choose Link Secret and pick this secret.",
    ),
    "redirect_not_registered": _redirect_not_registered,
    "ip_not_allowed": _ip_not_allowed,
    "token_invalid": _fixed(
        "XWMS does not know this login token.",
        "Start the login again; the website must pass on the token from the callback URL "
        "unchanged.",
    ),
    "token_used": _fixed(
        "This login token was used already; each one works only once.",
        "Start the login again to get a new token.",
    ),
    "token_expired": _fixed(
        "This login token has expired (they last 5 minutes).",
        "Start the login again and finish it within 5 minutes.",
    ),
    "scope_missing": _scope_missing,
    # The management API.
    "invalid_credentials": _fixed(
        "The e-mail address or the password is not right.",
        "Check both (the password is case-sensitive) and sign in again.",
    ),
    "unauthenticated": _fixed(
        "You are not signed in, or your sign-in has expired.",
        "Sign in again with your XWMS e-mail address and password.",
    ),
    "plan_required": _fixed(
        "Clients need a paid XWMS account, and this account is on the free plan.",
        "Upgrade the account in the XWMS dashboard, or sign in with a paid account, then continue.",
    ),
    "verification_required": _verification_required,
    "name_taken": _fixed(
        "You already have a client with this name.",
        "Choose another name, or pick the existing client from the list.",
    ),
    "domain_taken": _fixed(
        "This client has {the_domain} already.",
        "Use the domain that is already there, or enter another one.",
    ),
    "url_taken": _fixed(
        "This URL is registered for the domain already.",
        "If it is the one you want, nothing more is needed; otherwise enter another address.",
    ),
    "already_linked": _fixed(
        "This secret is linked to {the_domain} already.",
        "Nothing more is needed for this link.",
    ),
    "idempotency_conflict": _fixed(
        "The server has seen this step before with other details, so it stopped rather than "
        "make something twice.",
        "Undo the change you made since then, or start a new setup, and try again.",
    ),
    "validation_failed": _fixed(
        "XWMS did not accept some of the details.",
        "Correct the marked fields and try again.",
    ),
    "not_found": _fixed(
        "The server could not find this; it may have been deleted in the meantime.",
        "Check in the XWMS dashboard that it still exists, then try again.",
    ),
    "bad_json": _fixed(
        "The server could not read what the wizard sent.",
        "This is a fault in the wizard, not in your details. Try again; if it keeps happening, "
        "please report it.",
    ),
    "method_not_allowed": _fixed(
        "This server does not offer what the wizard asked for.",
        "Check that the server address points to an XWMS management server.",
    ),
    "body_too_large": _fixed(
        "The file is too large; a logo may be at most 1 MB.",
        "Choose a smaller PNG or SVG image.",
    ),
    "unsupported_media_type": _fixed(
        "The logo must be a PNG or an SVG image.",
        "Choose a PNG or SVG file.",
    ),
}

KNOWN_CODES: frozenset[str] = frozenset(_EXPLAINERS)

_BY_STATUS: dict[int, Explanation] = {
    400: Explanation(
        "XWMS refused the request as incomplete.",
        "Check the Client ID, the domain, the secret and the callback URL, then try again.",
    ),
    401: Explanation(
        "XWMS did not accept the credentials.",
        "Check the Client ID and the client secret (copy them again from the XWMS dashboard), "
        "then try again.",
    ),
    403: Explanation(
        "XWMS does not allow this for this client or domain.",
        "In the XWMS dashboard, check under Integrations → Domains that the domain is Active, "
        "allows Login and API, and has this secret linked.",
    ),
    404: _EXPLAINERS["not_found"](_Context({}, None)),
    409: Explanation(
        "This exists already.",
        "Use the existing one, or choose another name or address.",
    ),
    422: _EXPLAINERS["validation_failed"](_Context({}, None)),
    429: Explanation(
        "The server is receiving too many requests right now.",
        "Wait a minute and try again.",
    ),
}


def explain(
    code: str | None,
    data: Mapping[str, Any] | None,
    *,
    domain: str | None = None,
    status: int | None = None,
    server_message: str | None = None,
) -> Explanation:
    """Why the server refused (title) and what to do about it (fix), in an owner's words.

    `code` comes first; without a known code, the HTTP `status` and the server's own
    `server_message` (plain text from XWMS itself) make the answer.
    """
    context = _Context(data if isinstance(data, Mapping) else {}, domain)
    if code in _EXPLAINERS:
        return _EXPLAINERS[code](context)
    general = _BY_STATUS.get(status or 0) or Explanation(
        "The server refused this request.",
        "Check the details you entered and try again.",
    )
    said = (server_message or "").strip()
    if said:
        said = said if said.endswith((".", "!", "?")) else said + "."
        return Explanation(f"XWMS said: “{said}”", general.fix)
    return general
