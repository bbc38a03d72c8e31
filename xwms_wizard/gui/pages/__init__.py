"""The wizard's pages, one module each, bound to the page names of core.flow.

A page's module is imported when the page is first built (gui.wizard builds each page on its
first use), so the window paints its first page without importing the other fifteen.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from xwms_wizard.core.flow import Page

if TYPE_CHECKING:
    from xwms_wizard.gui.pages.base import BasePage

# Page -> "module:Class" under xwms_wizard.gui.pages.
_WHERE = {
    Page.WELCOME: "welcome:WelcomePage",
    Page.ACCOUNT: "account:AccountPage",
    Page.CLIENT: "client:ClientPage",
    Page.DOMAIN: "domain:DomainPage",
    Page.SCOPES: "scopes:ScopesPage",
    Page.SECRET: "secret:SecretPage",
    Page.REVIEW: "review:ReviewPage",
    Page.CHECK: "check:LiveCheckPage",
    Page.STATUS: "status:StatusPage",
    Page.RENEW: "renew:RenewPage",
    Page.PEOPLE: "people:PeoplePage",
    Page.LIVE_STATUS: "live_status:LiveStatusPage",
    Page.LIVE_RENEW: "live_renew:LiveRenewPage",
    Page.LIVE_PEOPLE: "live_people:LivePeoplePage",
    Page.EXPORT: "export:ExportPage",
    Page.DONE: "done:DonePage",
}


def page_class(name: Page) -> type[BasePage]:
    """The class of page `name`, its module imported now if it was not yet."""
    module, cls = _WHERE[name].split(":")
    return getattr(importlib.import_module(f"xwms_wizard.gui.pages.{module}"), cls)


__all__ = ["page_class"]
