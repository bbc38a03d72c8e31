"""The XWMS scopes catalogue (key, title, description, Verified Partner or not), in one place.

XWMS publishes no management API, so in Live mode the wizard cannot ask the
server for its catalogue: it offers this one, which names the scopes as the
dashboard and the public API documentation do (see XWMS.md). The practice
sandbox seeds its database from the same list, so both modes offer the same.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from xwms_wizard.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class CatalogueScope:
    """One scope as the dashboard shows it; the same attributes as `xwms.models.Scope`."""

    key: str
    title: str
    description: str
    requires_verification: bool = False

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


# The catalogue as the dashboard names it; keys as the public API docs name them. Titles and
# descriptions are marked here, once, for pyside6-lupdate: scope_text translates them.
CATALOGUE: tuple[CatalogueScope, ...] = (
    CatalogueScope(
        key="profile",
        title=QT_TRANSLATE_NOOP("Scopes", "Read basic user profile"),
        description=QT_TRANSLATE_NOOP(
            "Scopes",
            "Name, given and family name, e-mail address and picture of the person "
            "who logs in.",
        ),
    ),
    CatalogueScope(
        key="userinfo",
        title=QT_TRANSLATE_NOOP("Scopes", "Extra profile fields"),
        description=QT_TRANSLATE_NOOP(
            "Scopes", "Birth date, gender, country and linked social accounts."
        ),
    ),
    CatalogueScope(
        key="useraddresses",
        title=QT_TRANSLATE_NOOP("Scopes", "Access address information"),
        description=QT_TRANSLATE_NOOP(
            "Scopes",
            "The postal addresses the person keeps in XWMS, for example for delivery or "
            "invoices. Your website can read them and keep them up to date for the person "
            "(add, change, remove).",
        ),
    ),
    CatalogueScope(
        key="providers",
        title=QT_TRANSLATE_NOOP("Scopes", "Read providers"),
        description=QT_TRANSLATE_NOOP(
            "Scopes", "Which outside sign-in providers the person has linked to their XWMS account."
        ),
        requires_verification=True,
    ),
)


def scope_text(english: str) -> str:
    """A scope's title or description, as the server sent it, in the owner's language.

    The server's catalogue is in English; the texts of CATALOGUE (which the practice
    server also serves) are translated, anything else is shown as the server wrote it.
    """
    return translate("Scopes", english) if english else english


def scope_titles(catalogue: tuple[Any, ...] | list[Any] = CATALOGUE) -> dict[str, str]:
    """key -> title, as the dashboard checklist names each scope."""
    return {scope.key: scope.title for scope in catalogue}
