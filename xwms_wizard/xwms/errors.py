"""Everything that can go wrong talking to an XWMS server, as typed errors with plain messages.

    WizardError (xwms_wizard.errors) message, field, retryable, detail
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
               ├── ValidationFailed  422: errors {server field: [messages]}, field = the one
               │                     the message leads with (core.fields names it the plan's way)
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

from xwms_wizard.errors import WizardError
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
    "FIELD_LABELS",
]

# The words for each field of the management API's bodies, as an owner reads them inside a
# sentence (hence lowercase; translated where they are used). Keyed by the server's own names:
# which SetupPlan field each one is, is core's business (core.fields).
FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("XwmsFields", "client name"),
    "root_domain": QT_TRANSLATE_NOOP("XwmsFields", "root domain"),
    "server_ip": QT_TRANSLATE_NOOP("XwmsFields", "server IP address"),
    "internal_name": QT_TRANSLATE_NOOP("XwmsFields", "internal name"),
    "allow_login": QT_TRANSLATE_NOOP("XwmsFields", "Allow Login setting"),
    "allow_api": QT_TRANSLATE_NOOP("XwmsFields", "Allow API setting"),
    "active": QT_TRANSLATE_NOOP("XwmsFields", "Active setting"),
    "primary": QT_TRANSLATE_NOOP("XwmsFields", "Primary Domain setting"),
    "test_mode": QT_TRANSLATE_NOOP("XwmsFields", "Test Mode setting"),
    "fallback_uri": QT_TRANSLATE_NOOP("XwmsFields", "fallback URL"),
    "url": QT_TRANSLATE_NOOP("XwmsFields", "callback URL"),
    "redirect_url": QT_TRANSLATE_NOOP("XwmsFields", "callback URL"),
    "logo": QT_TRANSLATE_NOOP("XwmsFields", "logo"),
    "scopes": QT_TRANSLATE_NOOP("XwmsFields", "scopes"),
    "label": QT_TRANSLATE_NOOP("XwmsFields", "secret label"),
    "expires_at": QT_TRANSLATE_NOOP("XwmsFields", "expiry date"),
    "secret_id": QT_TRANSLATE_NOOP("XwmsFields", "secret to link"),
    "email": QT_TRANSLATE_NOOP("XwmsFields", "e-mail address"),
    "password": QT_TRANSLATE_NOOP("XwmsFields", "password"),
}


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
        # The first field the owner has words for: the one a validation message leads with.
        field = next((name for name in self.errors if name in FIELD_LABELS), None)
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
    # The first field the owner has words for leads, so the message and `field` agree.
    items = sorted(errors.items(), key=lambda item: item[0] not in FIELD_LABELS)
    first_field, first_messages = items[0]
    label = _label(first_field) if first_field in FIELD_LABELS else first_field
    # `why` is the server's own words (XWMS answers in English): passed on as they are.
    why = first_messages[0] if first_messages else translate("Errors", "it is not valid")
    others = [_label(name) for name, _ in items[1:]]
    if others:
        message = translate(
            "Errors", "The {label} was not accepted: {why} Please also check: {others}."
        )
    else:
        message = translate(
            "Errors", "The {label} was not accepted: {why} Please correct it and try again."
        )
    return message.format(label=label, why=_sentence(why), others=", ".join(others))


def _label(server_field: str) -> str:
    """A field's words in the owner's language; a field without words reads as its name."""
    label = FIELD_LABELS.get(server_field)
    return translate("XwmsFields", label) if label else server_field.replace("_", " ")
