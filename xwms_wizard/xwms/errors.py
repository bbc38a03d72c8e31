"""Everything that can go wrong talking to an XWMS server, as typed errors with plain messages.

    WizardError (core.errors)        message, field, retryable, detail
     └── XwmsError                   + code, status, data (never a secret)
          ├── ConnectionFailed       no connection: refused, unknown host, dropped mid-answer
          │                          (retryable)
          ├── TimedOut               no answer in time (retryable)
          ├── TlsFailed              the secure (https) connection could not be set up
          ├── ServerFailed           the server broke (5xx) (retryable)
          ├── BadResponse            not JSON, not an XWMS envelope, or an unexpected shape
          ├── SecretValueLost        a secret was made, but the one answer with its value was
          │                          lost; a replay (same Idempotency-Key) does not repeat it
          └── Refused                the server understood and said no (4xx with an envelope):
               │                     + errors, explanation (refusals.explain)
               ├── ValidationFailed  422: errors {server field: [messages]}, field = ours
               ├── NotSignedIn       401 unauthenticated / invalid_credentials
               ├── PlanRequired      402: clients need a paid account
               ├── NotFound          404
               └── Conflict          409: name_taken, domain_taken, url_taken, ...

`asyncio.CancelledError` is never wrapped: cancelling a call cancels it.

`message` is for the account owner; `detail` (method, path, status, code, the
server's own message) is for a "Details" view. Neither holds a request body,
a header, a password, a token or a secret value: the client redacts any value
it sent from whatever the server echoes back before an error is built.
"""

from __future__ import annotations

from typing import Any

from xwms_wizard.core.errors import WizardError
from xwms_wizard.i18n import QT_TRANSLATE_NOOP, translate
from xwms_wizard.xwms.models import Secret
from xwms_wizard.xwms.refusals import Explanation, explain

__all__ = [
    "BadResponse",
    "Conflict",
    "ConnectionFailed",
    "NotFound",
    "NotSignedIn",
    "PlanRequired",
    "Refused",
    "SecretValueLost",
    "ServerFailed",
    "TimedOut",
    "TlsFailed",
    "ValidationFailed",
    "XwmsError",
    "field_for",
    "FIELD_NAMES",
    "FIELD_LABELS",
]

# The server's field names (management API bodies) -> the wizard's own (SetupPlan paths).
FIELD_NAMES: dict[str, str] = {
    "name": "client.name",
    "root_domain": "domain.root",
    "server_ip": "domain.server_ip",
    "internal_name": "domain.internal_name",
    "allow_login": "domain.allow_login",
    "allow_api": "domain.allow_api",
    "active": "domain.active",
    "primary": "domain.primary",
    "test_mode": "domain.test_mode",
    "fallback_uri": "domain.fallback_uri",
    "url": "domain.redirect_url",
    "redirect_url": "domain.redirect_url",
    "logo": "domain.logo",
    "scopes": "scopes.keys",
    "label": "secret.label",
    "expires_at": "secret.expires",
    "secret_id": "secret.link",
    "email": "account.email",
    "password": "account.password",
}

# The wizard's field names as an owner reads them on the page (inside a sentence, hence
# lowercase; translated where they are used).
FIELD_LABELS: dict[str, str] = {
    "client.name": QT_TRANSLATE_NOOP("XwmsFields", "client name"),
    "domain.root": QT_TRANSLATE_NOOP("XwmsFields", "root domain"),
    "domain.server_ip": QT_TRANSLATE_NOOP("XwmsFields", "server IP address"),
    "domain.internal_name": QT_TRANSLATE_NOOP("XwmsFields", "internal name"),
    "domain.allow_login": QT_TRANSLATE_NOOP("XwmsFields", "Allow Login setting"),
    "domain.allow_api": QT_TRANSLATE_NOOP("XwmsFields", "Allow API setting"),
    "domain.active": QT_TRANSLATE_NOOP("XwmsFields", "Active setting"),
    "domain.primary": QT_TRANSLATE_NOOP("XwmsFields", "Primary Domain setting"),
    "domain.test_mode": QT_TRANSLATE_NOOP("XwmsFields", "Test Mode setting"),
    "domain.fallback_uri": QT_TRANSLATE_NOOP("XwmsFields", "fallback URL"),
    "domain.redirect_url": QT_TRANSLATE_NOOP("XwmsFields", "callback URL"),
    "domain.logo": QT_TRANSLATE_NOOP("XwmsFields", "logo"),
    "scopes.keys": QT_TRANSLATE_NOOP("XwmsFields", "scopes"),
    "secret.label": QT_TRANSLATE_NOOP("XwmsFields", "secret label"),
    "secret.expires": QT_TRANSLATE_NOOP("XwmsFields", "expiry date"),
    "secret.link": QT_TRANSLATE_NOOP("XwmsFields", "secret to link"),
    "account.email": QT_TRANSLATE_NOOP("XwmsFields", "e-mail address"),
    "account.password": QT_TRANSLATE_NOOP("XwmsFields", "password"),
}


def field_for(server_field: str) -> str | None:
    """The wizard's name for a field the server named, or None when the wizard has no such field."""
    return FIELD_NAMES.get(server_field)


class XwmsError(WizardError):
    """Something went wrong talking to an XWMS server; see the module docstring for the family."""

    def __init__(
        self,
        message: str,
        *,
        field: str | None = None,
        retryable: bool = False,
        detail: str = "",
        code: str | None = None,
        status: int | None = None,
        data: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message, field=field, retryable=retryable, detail=detail)
        self.code = code
        self.status = status
        self.data: dict[str, Any] = dict(data or {})

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(message={self.message!r}, code={self.code!r}, "
            f"status={self.status!r}, field={self.field!r}, retryable={self.retryable!r})"
        )


class ConnectionFailed(XwmsError):
    """No connection to the server (refused, unknown host, dropped before the answer was whole)."""

    def __init__(self, message: str, *, retryable: bool = True, **kwargs: Any) -> None:
        super().__init__(message, retryable=retryable, **kwargs)


class TimedOut(XwmsError):
    """The server did not answer in time."""

    def __init__(self, message: str, *, retryable: bool = True, **kwargs: Any) -> None:
        super().__init__(message, retryable=retryable, **kwargs)


class TlsFailed(XwmsError):
    """The secure connection failed (certificate, or not an https server): a retry will not help."""

    def __init__(self, message: str, *, retryable: bool = False, **kwargs: Any) -> None:
        super().__init__(message, retryable=retryable, **kwargs)


class ServerFailed(XwmsError):
    """The server broke while handling the request (any 5xx)."""

    def __init__(self, message: str, *, retryable: bool = True, **kwargs: Any) -> None:
        super().__init__(message, retryable=retryable, **kwargs)


BAD_RESPONSE_MESSAGE = QT_TRANSLATE_NOOP(
    "Errors",
    "The server answered in a way the wizard does not understand, so nothing from that answer "
    "was used. Check that the server address is right (an XWMS address ends in /api/, like "
    "https://xwms.nl/api/), then try again.",
)


class BadResponse(XwmsError):
    """The answer was not JSON, not an XWMS envelope, or not the shape the contract promises."""

    def __init__(self, message: str = BAD_RESPONSE_MESSAGE, **kwargs: Any) -> None:
        # The English default is marked above; here it is said in the owner's language.
        super().__init__(translate("Errors", message), **kwargs)


class SecretValueLost(XwmsError):
    """A repeated create_secret (same Idempotency-Key) found the secret made, without its value.

    The server sends a secret's value once. When that first answer was lost (a dropped
    connection, a crash), the replay names the secret (`secret`: id, label, hint) but not
    the value: revoke that secret and create a new one under a new Idempotency-Key.
    """

    def __init__(self, secret: Secret, **kwargs: Any) -> None:
        self.secret = secret
        super().__init__(
            translate(
                "Errors",
                "The client secret “{label}” (ending in {hint}) was made, but the answer with its "
                "value did not arrive, and XWMS shows a secret's value only once. Revoke that "
                "secret (Integrations → Client Secrets) and create a new one.",
            ).format(label=secret.label, hint=secret.hint),
            retryable=False,
            **kwargs,
        )


class Refused(XwmsError):
    """The server understood the request and said no; `explanation` says why and what to do."""

    def __init__(
        self,
        message: str | None = None,
        *,
        code: str | None,
        status: int | None,
        data: dict[str, Any] | None = None,
        errors: dict[str, list[str]] | None = None,
        server_message: str | None = None,
        domain: str | None = None,
        retryable: bool = False,
        detail: str = "",
    ) -> None:
        self.errors: dict[str, list[str]] = {k: list(v) for k, v in (errors or {}).items()}
        self.explanation: Explanation = explain(
            code, data or {}, domain=domain, status=status, server_message=server_message
        )
        field = next((f for f in map(field_for, self.errors) if f is not None), None)
        super().__init__(
            message or f"{self.explanation.title} {self.explanation.fix}",
            field=field,
            retryable=retryable,
            detail=detail,
            code=code,
            status=status,
            data=data,
        )


class ValidationFailed(Refused):
    """422: the server did not accept some values; `errors` per server field, `field` is ours."""

    def __init__(self, message: str | None = None, **kwargs: Any) -> None:
        errors: dict[str, list[str]] = kwargs.get("errors") or {}
        # Without a field list, Refused falls back on the general explanation of the code.
        super().__init__(message or _validation_message(errors) or None, **kwargs)


class NotSignedIn(Refused):
    """401 on a management call: wrong e-mail/password, or the sign-in token is missing or old."""


class PlanRequired(Refused):
    """402: the account is on the free plan, and clients need a paid one."""


class NotFound(Refused):
    """404: no such route, or an id that is not this account's."""


class Conflict(Refused):
    """409: it exists already (name, domain, URL, link), or an Idempotency-Key was reused."""


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."


def _validation_message(errors: dict[str, list[str]]) -> str:
    """'The client name was not accepted: <why>.' plus the other fields that need fixing."""
    if not errors:
        return ""
    # The first field the wizard knows leads, so the message and `field` agree.
    items = sorted(errors.items(), key=lambda item: field_for(item[0]) is None)
    first_field, first_messages = items[0]
    ours = field_for(first_field)
    label = _label(ours, first_field.replace("_", " ")) if ours else first_field
    # `why` is the server's own words (XWMS answers in English): passed on as they are.
    why = first_messages[0] if first_messages else translate("Errors", "it is not valid")
    others = [_label(field_for(name) or "", name.replace("_", " ")) for name, _ in items[1:]]
    if others:
        message = translate(
            "Errors", "The {label} was not accepted: {why} Please also check: {others}."
        )
    else:
        message = translate(
            "Errors", "The {label} was not accepted: {why} Please correct it and try again."
        )
    return message.format(label=label, why=_sentence(why), others=", ".join(others))


def _label(field: str, fallback: str) -> str:
    """A field's words in the owner's language; `fallback` for a field the wizard has no name for."""
    label = FIELD_LABELS.get(field)
    return translate("XwmsFields", label) if label else fallback
