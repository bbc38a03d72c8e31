"""The summary of the owner's choices, one line per choice: on Review and on Live's check.

One `PlanSummary` (its own translation context) writes it for both pages, so both show the
same words in every language.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QObject

from xwms_wizard.core.models import SetupPlan
from xwms_wizard.core.scopes import scope_text
from xwms_wizard.core.validate import display_domain
from xwms_wizard.gui.widgets import local_date


class PlanSummary(QObject):
    """Writes the summary lines of a plan in the window's language."""

    def rows(
        self, plan: SetupPlan, *, where: str, client: str, catalogue: Iterable[Any]
    ) -> list[tuple[str, str]]:
        """(what, the choice) for each line: where, the client, the website, scopes and key."""
        titles = {scope.key: scope_text(scope.title) for scope in catalogue}
        rows = [(self.tr("Where"), where), (self.tr("Client"), client), *self.domain_rows(plan)]
        scopes = ", ".join(titles.get(key, key) for key in plan.scopes.keys)
        rows.append((self.tr("May read"), scopes or self.tr("only the person's XWMS number")))
        expiry = (
            self.tr("stops working on {date}").format(date=local_date(plan.secret.expires))
            if plan.secret.expires
            else self.tr("does not expire")
        )
        rows.append((self.tr("Secret key"), f"{plan.secret.effective_label} ({expiry})"))
        return rows

    def domain_rows(self, plan: SetupPlan) -> list[tuple[str, str]]:
        """The website's lines of the summary: address, callback, switches and extras."""
        d = plan.domain
        on, off = self.tr("on"), self.tr("off")
        rows = [
            (self.tr("Website"), display_domain(d.root)),
            (self.tr("Callback URL"), d.effective_redirect_url),
        ]
        if d.server_ip:
            rows.append((self.tr("Server IP address"), d.server_ip))
        if d.internal_name:
            rows.append((self.tr("Internal name"), d.internal_name))
        switches = [
            (self.tr("Allow Login"), d.allow_login),
            (self.tr("Allow API"), d.allow_api),
            (self.tr("Active"), d.active),
            (self.tr("Primary"), d.primary),
            (self.tr("Test Mode"), d.test_mode),
        ]
        rows.append(
            (self.tr("Settings"), ", ".join(f"{name} {on if v else off}" for name, v in switches))
        )
        if d.fallback_uri:
            rows.append((self.tr("Fallback URL"), d.fallback_uri))
        if d.logo:
            rows.append((self.tr("Logo"), d.logo))
        return rows


def summary_rows(
    plan: SetupPlan, *, where: str, client: str, catalogue: Iterable[Any]
) -> list[tuple[str, str]]:
    """The summary lines of `plan` (PlanSummary.rows) in the window's language."""
    return PlanSummary().rows(plan, where=where, client=client, catalogue=catalogue)


def summary_html(rows: Iterable[tuple[str, str]]) -> str:
    """The rows as a two-column table for a rich-text label (every value escaped)."""
    cells = "".join(
        f"<tr><td style='padding:2px 12px 2px 0'><b>{html.escape(k)}</b></td>"
        f"<td style='padding:2px 0'>{html.escape(v)}</td></tr>"
        for k, v in rows
    )
    return f"<table>{cells}</table>"
