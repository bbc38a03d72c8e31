"""`xwms-wizard apply PLAN.toml --live`: write the dashboard checklist for a plan (live xwms.nl)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from xwms_wizard.atomic import atomic_write_text
from xwms_wizard.core.dashboard import checklist_markdown
from xwms_wizard.core.models import SetupPlan
from xwms_wizard.core.scopes import scope_titles
from xwms_wizard.i18n import translate


def write_checklist(plan: SetupPlan, args: argparse.Namespace, out: TextIO) -> int:
    """Print the checklist and save it as Markdown next to the plan (or into --export DIR)."""
    text = checklist_markdown(plan, scope_titles())
    folder = Path(args.export) if args.export else Path(args.plan).resolve().parent
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"xwms-dashboard-checklist-{plan.client.name}.md"
    atomic_write_text(target, text)
    print(text, file=out)
    print(translate("CLI", "Saved this checklist to {path}").format(path=target), file=out)
    return 0
