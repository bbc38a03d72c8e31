"""Talking to an XWMS server (management and public API): the async client, its models, its errors.

    from xwms_wizard.xwms import XwmsClient, Refused

The modules are `client`, `models`, `errors` and `refusals`; everything public is
re-exported here.
"""

from typing import TYPE_CHECKING

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
)
from xwms_wizard.xwms.models import (
    PERMISSIONS,
    Account,
    Client,
    ClientUser,
    CreatedSecret,
    Domain,
    DomainUrl,
    Member,
    Role,
    Scope,
    Secret,
    SecretLink,
    UserRequest,
    VerificationRequest,
)
from xwms_wizard.xwms.refusals import Explanation, explain

if TYPE_CHECKING:
    from xwms_wizard.xwms.client import DOMAIN_FIELDS, XwmsClient, normalise_api_url

_FROM_CLIENT = {"DOMAIN_FIELDS", "XwmsClient", "normalise_api_url"}


def __getattr__(name: str):
    # The client pulls in httpx (about 0.1 s); the wizard's first page needs only the errors.
    if name in _FROM_CLIENT:
        from xwms_wizard.xwms import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "DOMAIN_FIELDS",
    "PERMISSIONS",
    "Account",
    "BadResponse",
    "Client",
    "ClientUser",
    "Conflict",
    "ConnectionFailed",
    "CreatedSecret",
    "Domain",
    "DomainUrl",
    "Explanation",
    "Member",
    "NotFound",
    "NotSignedIn",
    "PlanRequired",
    "Refused",
    "Role",
    "Scope",
    "Secret",
    "SecretLink",
    "SecretValueLost",
    "ServerFailed",
    "TimedOut",
    "TlsFailed",
    "UserRequest",
    "ValidationFailed",
    "VerificationRequest",
    "XwmsClient",
    "XwmsError",
    "explain",
    "normalise_api_url",
]
