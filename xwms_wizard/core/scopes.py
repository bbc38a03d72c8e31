"""The XWMS scopes catalogue (key, title, description, Verified Partner or not), in one place.

XWMS publishes no management API, so in Live mode the wizard cannot ask the
server for its catalogue: it offers this one, which names the scopes as the
dashboard and the public API documentation do (see XWMS.md). The practice
sandbox seeds its database from the same list, so both modes offer the same.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class CatalogueScope:
    """One scope as the dashboard shows it; the same attributes as `xwms.models.Scope`."""

    key: str
    title: str
    description: str
    requires_verification: bool = False

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


# The catalogue as the dashboard names it; keys as the public API docs name them.
CATALOGUE: tuple[CatalogueScope, ...] = (
    CatalogueScope(
        key="profile",
        title="Read basic user profile",
        description="Name, given and family name, e-mail address and picture of the person "
        "who logs in.",
    ),
    CatalogueScope(
        key="userinfo",
        title="Extra profile fields",
        description="Birth date, gender, country and linked social accounts.",
    ),
    CatalogueScope(
        key="useraddresses",
        title="Access address information",
        description="Read, add, change and remove the person's postal addresses.",
    ),
    CatalogueScope(
        key="providers",
        title="Read providers",
        description="Which outside sign-in providers the person has linked. Needs a "
        "Verified Partner.",
        requires_verification=True,
    ),
)


def scope_titles(catalogue: tuple[Any, ...] | list[Any] = CATALOGUE) -> dict[str, str]:
    """key -> title, as the dashboard checklist names each scope."""
    return {scope.key: scope.title for scope in catalogue}
