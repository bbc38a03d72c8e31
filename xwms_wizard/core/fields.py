"""Which SetupPlan field a server's refusal is about: the server's field names, the plan's paths.

xwms/ names fields the way the management API does ("root_domain"); the pages, the plan file
and the command line name them by their place in the plan ("domain.root"). The mapping is
core's, because only core knows the plan.
"""

from __future__ import annotations

from xwms_wizard.errors import WizardError
from xwms_wizard.xwms.errors import XwmsError

__all__ = ["SERVER_FIELDS", "error_field", "plan_field"]

# The server's field names (management API bodies) -> the wizard's own (SetupPlan paths).
SERVER_FIELDS: dict[str, str] = {
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


def plan_field(server_field: str | None) -> str | None:
    """The plan's path for a field the server named; None when the plan has no such field."""
    return SERVER_FIELDS.get(server_field) if server_field else None


def error_field(error: WizardError) -> str | None:
    """The plan field `error` belongs to, whichever layer raised it.

    A server's refusal names its field the server's way ("root_domain" -> "domain.root"); an
    error of the client itself keeps its own name ("server_url"); core's errors name the plan's.
    """
    if isinstance(error, XwmsError) and error.field in SERVER_FIELDS:
        return SERVER_FIELDS[error.field]
    if isinstance(error, XwmsError) and error.code == "verification_required":
        return "scopes.keys"  # a scope that needs a Verified Partner: the plan's list changes
    return error.field
