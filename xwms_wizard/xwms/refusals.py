"""Plain-language explanations of XWMS refusals, each with the dashboard fix an owner can carry out.

`explain(code, data, domain=...)` turns a refusal code (see docs/api-contract.md)
into an `Explanation(title, fix)`. The live XWMS may send no code at all; then
the HTTP status and the server's own message are all there is, and `explain`
builds the best plain answer from those.

Every text is English in the code and in the owner's language on the way out (i18n.translate,
context "Refusals"); values are filled in after translation.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from xwms_wizard.i18n import QT_TRANSLATE_NOOP, translate

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
        if self.domain:
            return translate("Refusals", "the domain {domain}").format(domain=self.domain)
        return translate("Refusals", "this domain")

    @property
    def your_domain(self) -> str:
        return self.domain or translate("Refusals", "your domain")

    @property
    def domain_page(self) -> str:
        """The dashboard path to the domain's own page."""
        return f"Integrations → Domains → {self.your_domain}"

    def text(self, key: str, default: str = "") -> str:
        value = self.data.get(key)
        return value if isinstance(value, str) and value else default

    def format(self, english: str) -> str:
        """A marked template in the owner's language, with the domain filled in."""
        return translate("Refusals", english).format(
            the_domain=self.the_domain, domain_page=self.domain_page
        )


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _switch_on(setting: str, why: str) -> Callable[[_Context], Explanation]:
    # `setting` is the switch's name in the XWMS dashboard; `why` is marked where it is given.
    def build(c: _Context) -> Explanation:
        return Explanation(
            _capitalised(c.format(why)),
            translate(
                "Refusals", "In the XWMS dashboard, open {domain_page} and switch on {setting}."
            ).format(domain_page=c.domain_page, setting=setting),
        )

    return build


def _new_secret(title: str) -> Callable[[_Context], Explanation]:
    def build(c: _Context) -> Explanation:
        return Explanation(
            translate("Refusals", title),
            translate(
                "Refusals",
                "In the XWMS dashboard, open Integrations → Client Secrets, create a new secret, "
                "link it to {domain} (Link Secret on {domain_page}) and give the new secret to "
                "your developer.",
            ).format(domain=c.your_domain, domain_page=c.domain_page),
        )

    return build


def _redirect_not_registered(c: _Context) -> Explanation:
    received = c.text("received")
    registered = [u for u in c.data.get("registered") or [] if isinstance(u, str)]
    if received:
        title = translate(
            "Refusals", "XWMS does not know the callback URL {url} for {the_domain}."
        ).format(url=received, the_domain=c.the_domain)
    else:
        title = translate(
            "Refusals", "XWMS does not know this callback URL for {the_domain}."
        ).format(the_domain=c.the_domain)
    if registered:
        now = translate("Refusals", "Registered now: {urls}.").format(urls=", ".join(registered))
    else:
        now = translate("Refusals", "No active callback URL is registered yet.")
    fix = translate(
        "Refusals",
        "In the XWMS dashboard, open {domain_page} → Domain URLs and add {url} as an active "
        "callback URL, written exactly the same (XWMS compares it letter for letter, including "
        "https:// and the path).",
    ).format(domain_page=c.domain_page, url=received or translate("Refusals", "the callback URL"))
    return Explanation(title, f"{fix} {now}")


def _ip_not_allowed(c: _Context) -> Explanation:
    yours, allowed = c.text("your_ip"), c.text("allowed_ip")
    if allowed:
        title = translate(
            "Refusals",
            "The Client ID and secret are right, but XWMS accepts calls for {the_domain} only "
            "from the server address {allowed}.",
        )
    else:
        title = translate(
            "Refusals",
            "The Client ID and secret are right, but XWMS accepts calls for {the_domain} only "
            "from your website's server.",
        )
    title = title.format(the_domain=c.the_domain, allowed=allowed)
    if yours:
        came_from = translate("Refusals", "This call came from {address}.").format(address=yours)
        title = f"{title} {came_from}"
    return Explanation(
        title,
        translate(
            "Refusals",
            "That is expected when you test from your own computer: the real calls must come "
            "from your website's server. If that server's address has changed, update Server IP "
            "Address in the XWMS dashboard under {domain_page}.",
        ).format(domain_page=c.domain_page),
    )


def _scope_missing(c: _Context) -> Explanation:
    scope = c.text("scope")
    if scope:
        title = translate(
            "Refusals", "This needs the scope “{scope}”, which this client does not have."
        )
    else:
        title = translate("Refusals", "This needs a scope, which this client does not have.")
    return Explanation(
        title.format(scope=scope),
        translate(
            "Refusals",
            "In the XWMS dashboard, open Integrations → Client Scopes and switch on {scope}.",
        ).format(scope=scope or translate("Refusals", "the scope")),
    )


def _verification_required(c: _Context) -> Explanation:
    scope = c.text("scope")
    scopes = [s for s in c.data.get("scopes") or [] if isinstance(s, str)]
    named = f"“{scope}”" if scope else ", ".join(f"“{s}”" for s in scopes)
    if named:
        title = translate("Refusals", "{scope} can only be used by a Verified Partner.").format(
            scope=named
        )
    else:
        title = translate("Refusals", "This scope can only be used by a Verified Partner.")
    return Explanation(
        title,
        translate(
            "Refusals",
            "Leave it out for now, or apply in the XWMS dashboard's Verification Center (XWMS "
            "staff approve each request); you can add the scope once you are verified.",
        ),
    )


# Members & Roles: each permission as the owner reads it.
_PERMISSION_WORDS = {
    "view_users": QT_TRANSLATE_NOOP("Refusals", "seeing who logged in"),
    "manage_scopes": QT_TRANSLATE_NOOP("Refusals", "changing what the login may read"),
    "manage_domains": QT_TRANSLATE_NOOP("Refusals", "changing the websites"),
    "manage_secrets": QT_TRANSLATE_NOOP("Refusals", "changing the secret keys"),
    "manage_members": QT_TRANSLATE_NOOP("Refusals", "adding or removing members"),
}


def _permission_required(c: _Context) -> Explanation:
    words = _PERMISSION_WORDS.get(c.text("permission"))
    if words:
        title = translate("Refusals", "Your role on this client does not allow {what}.").format(
            what=translate("Refusals", words)
        )
    else:
        title = translate("Refusals", "Your role on this client does not allow this.")
    return Explanation(
        title,
        translate(
            "Refusals",
            "Ask the client's owner to make the change, or to give your role this permission "
            "under Members and Roles.",
        ),
    )


# What the server may say is missing, as the sentence names it.
_CREDENTIAL_NAMES = {
    "client_id": QT_TRANSLATE_NOOP("Refusals", "the Client ID"),
    "domain": QT_TRANSLATE_NOOP("Refusals", "the domain"),
    "client_secret": QT_TRANSLATE_NOOP("Refusals", "the client secret"),
}


def _missing_credentials(c: _Context) -> Explanation:
    missing = [
        translate("Refusals", _CREDENTIAL_NAMES[m])
        for m in c.data.get("missing") or []
        if m in _CREDENTIAL_NAMES
    ]
    if len(missing) == 1:
        title = translate("Refusals", "{names} was missing.").format(names=missing[0])
    elif missing:
        names = translate("Refusals", "{first} and {last}").format(
            first=", ".join(missing[:-1]), last=missing[-1]
        )
        title = translate("Refusals", "{names} were missing.").format(names=names)
    else:
        title = translate("Refusals", "The Client ID, the domain or the client secret was missing.")
    return Explanation(
        _capitalised(title),
        translate(
            "Refusals",
            "Fill in all three (the XWMS dashboard shows them under My Clients → your client) "
            "and try again.",
        ),
    )


def _fixed(title: str, fix: str) -> Callable[[_Context], Explanation]:
    # Both texts are marked with QT_TRANSLATE_NOOP where they are given; translated per call.
    def build(c: _Context) -> Explanation:
        return Explanation(_capitalised(c.format(title)), c.format(fix))

    return build


_EXPLAINERS: dict[str, Callable[[_Context], Explanation]] = {
    # The public API, in the order the server checks its rules.
    "missing_credentials": _missing_credentials,
    "unknown_client": _fixed(
        QT_TRANSLATE_NOOP("Refusals", "XWMS does not know this Client ID."),
        QT_TRANSLATE_NOOP(
            "Refusals",
            "Copy the Client ID again from the XWMS dashboard (My Clients → your client) and check "
            "it for typing mistakes or missing characters.",
        ),
    ),
    "domain_not_registered": _fixed(
        QT_TRANSLATE_NOOP(
            "Refusals", "XWMS does not have {the_domain} among this client's domains."
        ),
        QT_TRANSLATE_NOOP(
            "Refusals",
            "In the XWMS dashboard, open Integrations → Domains and add it as the Root Domain "
            "(without https:// or a path), or use the domain that is already there.",
        ),
    ),
    "domain_inactive": _switch_on(
        "Active", QT_TRANSLATE_NOOP("Refusals", "{the_domain} is switched off in XWMS.")
    ),
    "login_not_allowed": _switch_on(
        "Allow Login",
        QT_TRANSLATE_NOOP("Refusals", "Logging in is not allowed for {the_domain}."),
    ),
    "api_not_allowed": _switch_on(
        "Allow API", QT_TRANSLATE_NOOP("Refusals", "API calls are not allowed for {the_domain}.")
    ),
    "invalid_secret": _fixed(
        QT_TRANSLATE_NOOP("Refusals", "XWMS did not recognise the client secret."),
        QT_TRANSLATE_NOOP(
            "Refusals",
            "Copy the secret again, whole and without spaces. If it is lost, create a new one in "
            "the XWMS dashboard under Integrations → Client Secrets and link it to the domain.",
        ),
    ),
    "secret_revoked": _new_secret(
        QT_TRANSLATE_NOOP("Refusals", "This client secret was revoked and no longer works.")
    ),
    "secret_expired": _new_secret(QT_TRANSLATE_NOOP("Refusals", "This client secret has expired.")),
    "secret_not_linked": _fixed(
        QT_TRANSLATE_NOOP(
            "Refusals", "The client secret is right, but it is not linked to {the_domain}."
        ),
        QT_TRANSLATE_NOOP(
            "Refusals",
            "In the XWMS dashboard, open {domain_page}, choose Link Secret and pick this secret.",
        ),
    ),
    "redirect_not_registered": _redirect_not_registered,
    "ip_not_allowed": _ip_not_allowed,
    "token_invalid": _fixed(
        QT_TRANSLATE_NOOP("Refusals", "XWMS does not know this login token."),
        QT_TRANSLATE_NOOP(
            "Refusals",
            "Start the login again; the website must pass on the token from the callback URL "
            "unchanged.",
        ),
    ),
    "token_used": _fixed(
        QT_TRANSLATE_NOOP(
            "Refusals", "This login token was used already; each one works only once."
        ),
        QT_TRANSLATE_NOOP("Refusals", "Start the login again to get a new token."),
    ),
    "token_expired": _fixed(
        QT_TRANSLATE_NOOP("Refusals", "This login token has expired (they last 5 minutes)."),
        QT_TRANSLATE_NOOP("Refusals", "Start the login again and finish it within 5 minutes."),
    ),
    "scope_missing": _scope_missing,
    # The management API.
    "invalid_credentials": _fixed(
        QT_TRANSLATE_NOOP("Refusals", "The e-mail address or the password is not right."),
        QT_TRANSLATE_NOOP(
            "Refusals", "Check both (the password is case-sensitive) and sign in again."
        ),
    ),
    "unauthenticated": _fixed(
        QT_TRANSLATE_NOOP("Refusals", "You are not signed in, or your sign-in has expired."),
        QT_TRANSLATE_NOOP("Refusals", "Sign in again with your XWMS e-mail address and password."),
    ),
    "plan_required": _fixed(
        QT_TRANSLATE_NOOP(
            "Refusals", "Clients need a paid XWMS account, and this account is on the free plan."
        ),
        QT_TRANSLATE_NOOP(
            "Refusals",
            "Upgrade the account in the XWMS dashboard, or sign in with a paid account, then continue.",
        ),
    ),
    "verification_required": _verification_required,
    "name_taken": _fixed(
        QT_TRANSLATE_NOOP("Refusals", "You already have a client with this name."),
        QT_TRANSLATE_NOOP(
            "Refusals", "Choose another name, or pick the existing client from the list."
        ),
    ),
    "domain_taken": _fixed(
        QT_TRANSLATE_NOOP("Refusals", "This client has {the_domain} already."),
        QT_TRANSLATE_NOOP(
            "Refusals", "Use the domain that is already there, or enter another one."
        ),
    ),
    "url_taken": _fixed(
        QT_TRANSLATE_NOOP("Refusals", "This URL is registered for the domain already."),
        QT_TRANSLATE_NOOP(
            "Refusals",
            "If it is the one you want, nothing more is needed; otherwise enter another address.",
        ),
    ),
    "already_linked": _fixed(
        QT_TRANSLATE_NOOP("Refusals", "This secret is linked to {the_domain} already."),
        QT_TRANSLATE_NOOP("Refusals", "Nothing more is needed for this link."),
    ),
    "idempotency_conflict": _fixed(
        QT_TRANSLATE_NOOP(
            "Refusals",
            "The server has seen this step before with other details, so it stopped rather than "
            "make something twice.",
        ),
        QT_TRANSLATE_NOOP(
            "Refusals", "Undo the change you made since then, or start a new setup, and try again."
        ),
    ),
    "validation_failed": _fixed(
        QT_TRANSLATE_NOOP("Refusals", "XWMS did not accept some of the details."),
        QT_TRANSLATE_NOOP("Refusals", "Correct the marked fields and try again."),
    ),
    "not_found": _fixed(
        QT_TRANSLATE_NOOP(
            "Refusals", "The server could not find this; it may have been deleted in the meantime."
        ),
        QT_TRANSLATE_NOOP(
            "Refusals", "Check in the XWMS dashboard that it still exists, then try again."
        ),
    ),
    "bad_json": _fixed(
        QT_TRANSLATE_NOOP("Refusals", "The server could not read what the wizard sent."),
        QT_TRANSLATE_NOOP(
            "Refusals",
            "This is a fault in the wizard, not in your details. Try again; if it keeps happening, "
            "please report it.",
        ),
    ),
    "method_not_allowed": _fixed(
        QT_TRANSLATE_NOOP("Refusals", "This server does not offer what the wizard asked for."),
        QT_TRANSLATE_NOOP(
            "Refusals", "Check that the server address points to an XWMS management server."
        ),
    ),
    "body_too_large": _fixed(
        QT_TRANSLATE_NOOP("Refusals", "The file is too large; a logo may be at most 1 MB."),
        QT_TRANSLATE_NOOP("Refusals", "Choose a smaller PNG or SVG image."),
    ),
    "revoked_secret_unchangeable": _fixed(
        QT_TRANSLATE_NOOP("Refusals", "A revoked secret key cannot be changed any more."),
        QT_TRANSLATE_NOOP("Refusals", "Make a new key instead (renew the key)."),
    ),
    "permission_required": _permission_required,
    "user_request_exists": _fixed(
        QT_TRANSLATE_NOOP("Refusals", "This person has been invited already."),
        QT_TRANSLATE_NOOP(
            "Refusals", "Wait for their answer: they accept or decline on XWMS's login page."
        ),
    ),
    "verification_pending": _fixed(
        QT_TRANSLATE_NOOP("Refusals", "An application for these permissions is waiting already."),
        QT_TRANSLATE_NOOP("Refusals", "Wait for the XWMS team's answer before you apply again."),
    ),
    "already_verified": _fixed(
        QT_TRANSLATE_NOOP("Refusals", "Your account is a Verified Partner for these already."),
        QT_TRANSLATE_NOOP("Refusals", "Nothing more is needed: you can use these permissions."),
    ),
    "role_name_taken": _fixed(
        QT_TRANSLATE_NOOP("Refusals", "This client has a role with this name already."),
        QT_TRANSLATE_NOOP("Refusals", "Use that role, or choose another name."),
    ),
    "member_is_owner": _fixed(
        QT_TRANSLATE_NOOP("Refusals", "This is the client's owner, who may do everything."),
        QT_TRANSLATE_NOOP("Refusals", "Nothing more is needed; add someone else as a member."),
    ),
    "already_member": _fixed(
        QT_TRANSLATE_NOOP("Refusals", "This person is a member of the client already."),
        QT_TRANSLATE_NOOP("Refusals", "Nothing more is needed for them."),
    ),
    "unsupported_media_type": _fixed(
        QT_TRANSLATE_NOOP("Refusals", "The logo must be a PNG or an SVG image."),
        QT_TRANSLATE_NOOP("Refusals", "Choose a PNG or SVG file."),
    ),
}

KNOWN_CODES: frozenset[str] = frozenset(_EXPLAINERS)

# Refusals with no code (or one we do not know), by HTTP status: (title, fix).
_BY_STATUS: dict[int, tuple[str, str]] = {
    400: (
        QT_TRANSLATE_NOOP("Refusals", "XWMS refused the request as incomplete."),
        QT_TRANSLATE_NOOP(
            "Refusals",
            "Check the Client ID, the domain, the secret and the callback URL, then try again.",
        ),
    ),
    401: (
        QT_TRANSLATE_NOOP("Refusals", "XWMS did not accept the credentials."),
        QT_TRANSLATE_NOOP(
            "Refusals",
            "Check the Client ID and the client secret (copy them again from the XWMS "
            "dashboard), then try again.",
        ),
    ),
    403: (
        QT_TRANSLATE_NOOP("Refusals", "XWMS does not allow this for this client or domain."),
        QT_TRANSLATE_NOOP(
            "Refusals",
            "In the XWMS dashboard, check under Integrations → Domains that the domain is "
            "Active, allows Login and API, and has this secret linked.",
        ),
    ),
    409: (
        QT_TRANSLATE_NOOP("Refusals", "This exists already."),
        QT_TRANSLATE_NOOP("Refusals", "Use the existing one, or choose another name or address."),
    ),
    429: (
        QT_TRANSLATE_NOOP("Refusals", "The server is receiving too many requests right now."),
        QT_TRANSLATE_NOOP("Refusals", "Wait a minute and try again."),
    ),
}
# These statuses mean what a code of ours means.
_STATUS_CODES = {404: "not_found", 422: "validation_failed"}
_GENERAL = (
    QT_TRANSLATE_NOOP("Refusals", "The server refused this request."),
    QT_TRANSLATE_NOOP("Refusals", "Check the details you entered and try again."),
)


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
    if status in _STATUS_CODES:
        general = _EXPLAINERS[_STATUS_CODES[status]](_Context({}, None))
    else:
        title, fix = _BY_STATUS.get(status or 0, _GENERAL)
        general = Explanation(translate("Refusals", title), translate("Refusals", fix))
    said = (server_message or "").strip()
    if said:
        said = said if said.endswith((".", "!", "?")) else said + "."
        return Explanation(
            translate("Refusals", "XWMS said: “{message}”").format(message=said), general.fix
        )
    return general
