"""People and access, Live (day two): the optional parts of the XWMS dashboard, step by step.

Live xwms.nl has no management API, so the wizard shows where each part is in the dashboard
and what to do there: who has logged in, inviting a tester, applying to become a Verified
Partner, and letting the developer in as a member with a role (core.dashboard).
"""

from __future__ import annotations

from xwms_wizard.core.dashboard import people_sections
from xwms_wizard.core.flow import Page
from xwms_wizard.gui.live_widgets import DashboardStepsPanel
from xwms_wizard.gui.pages.base import BasePage
from xwms_wizard.gui.pages.people import introduce


class LivePeoplePage(BasePage):
    page = Page.LIVE_PEOPLE
    scrollable = True

    def build(self) -> None:
        introduce(self)  # the same words as the Practice and Custom page
        self.steps = DashboardStepsPanel(
            self.wiz, ("users", "testers", "verification", "members"),
            sections=people_sections, parent=self,
        )
        self.body.addWidget(self.steps)
        self.body.addStretch(1)

    def on_enter(self) -> None:
        self.steps.show_plan(self.plan)
