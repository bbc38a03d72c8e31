"""The wizard's pages, one module each, bound to the page names of core.flow."""

from __future__ import annotations

from xwms_wizard.core.flow import Page
from xwms_wizard.gui.pages.account import AccountPage
from xwms_wizard.gui.pages.check import LiveCheckPage
from xwms_wizard.gui.pages.client import ClientPage
from xwms_wizard.gui.pages.domain import DomainPage
from xwms_wizard.gui.pages.done import DonePage
from xwms_wizard.gui.pages.export import ExportPage
from xwms_wizard.gui.pages.live_people import LivePeoplePage
from xwms_wizard.gui.pages.live_renew import LiveRenewPage
from xwms_wizard.gui.pages.live_status import LiveStatusPage
from xwms_wizard.gui.pages.people import PeoplePage
from xwms_wizard.gui.pages.renew import RenewPage
from xwms_wizard.gui.pages.review import ReviewPage
from xwms_wizard.gui.pages.scopes import ScopesPage
from xwms_wizard.gui.pages.secret import SecretPage
from xwms_wizard.gui.pages.status import StatusPage
from xwms_wizard.gui.pages.welcome import WelcomePage

PAGE_CLASSES = {
    Page.WELCOME: WelcomePage,
    Page.ACCOUNT: AccountPage,
    Page.CLIENT: ClientPage,
    Page.DOMAIN: DomainPage,
    Page.SCOPES: ScopesPage,
    Page.SECRET: SecretPage,
    Page.REVIEW: ReviewPage,
    Page.CHECK: LiveCheckPage,
    Page.STATUS: StatusPage,
    Page.RENEW: RenewPage,
    Page.PEOPLE: PeoplePage,
    Page.LIVE_STATUS: LiveStatusPage,
    Page.LIVE_RENEW: LiveRenewPage,
    Page.LIVE_PEOPLE: LivePeoplePage,
    Page.EXPORT: ExportPage,
    Page.DONE: DonePage,
}

__all__ = ["PAGE_CLASSES"]
