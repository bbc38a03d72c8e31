"""Talking to an XWMS server (management and public API): the async client, its models, its errors.

    from xwms_wizard.xwms import XwmsClient, Refused

The modules are `client`, `models`, `errors` and `refusals`; everything public is
re-exported here.
"""

from xwms_wizard.xwms.client import DOMAIN_FIELDS, XwmsClient, normalise_api_url
from xwms_wizard.xwms.errors import (
    BadResponse,
    Conflict,
    ConnectionFailed,
    NotFound,
    NotSignedIn,
    PlanRequired,
    Refused,
    SecretValueLost,
    ServerFailed,
    TimedOut,
    TlsFailed,
    ValidationFailed,
    XwmsError,
    field_for,
)
from xwms_wizard.xwms.models import (
    Account,
    Client,
    CreatedSecret,
    Domain,
    DomainUrl,
    Scope,
    Secret,
    SecretLink,
)
from xwms_wizard.xwms.refusals import Explanation, explain

__all__ = [
    "DOMAIN_FIELDS",
    "Account",
    "BadResponse",
    "Client",
    "Conflict",
    "ConnectionFailed",
    "CreatedSecret",
    "Domain",
    "DomainUrl",
    "Explanation",
    "NotFound",
    "NotSignedIn",
    "PlanRequired",
    "Refused",
    "Scope",
    "Secret",
    "SecretLink",
    "SecretValueLost",
    "ServerFailed",
    "TimedOut",
    "TlsFailed",
    "ValidationFailed",
    "XwmsClient",
    "XwmsError",
    "explain",
    "field_for",
    "normalise_api_url",
]
