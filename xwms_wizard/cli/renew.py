"""`xwms-wizard renew PLAN.toml`: a new key for the plan's website without downtime.

The new key is made, linked and checked beside the old one, and the new bundle written;
the old key is revoked only with `--revoke-old` (once the developer has switched), and
only after the new key passed the check. Run again after any interruption: it continues
the same renewal and never makes a second new key (core.renew).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from xwms_wizard.cli.apply import (
    EXPORT,
    load_plan_or_report,
    print_event,
    print_stop,
    print_summary,
    run_command,
    sign_in,
    stage,
)
from xwms_wizard.core.apply import ApplyError
from xwms_wizard.core.renew import expiry_problem
from xwms_wizard.core.session import WizardSession
from xwms_wizard.i18n import translate


async def _renew(args: argparse.Namespace, plan, out: TextIO, err: TextIO) -> int:
    session = WizardSession()
    try:
        if not session.secrets.persistent and not (args.export and args.include_secret):
            print(translate(
                "CLI",
                "This computer has no keychain, so the new secret key would be lost when this "
                "command ends. Nothing was changed. Run it with --export DIR --include-secret: "
                "the key then goes into the bundle's .env, its only copy.",
            ), file=err)
            return 2
        await sign_in(session, args, out, err)
        try:
            result = await session.renew(
                plan, lambda event: print_event(out, event), revoke_old=args.revoke_old
            )
        except ApplyError as exc:
            print_stop(err, exc, debug=args.debug)
            return 1
        print_summary(out, result)
        if args.export:
            bundle = await stage(EXPORT, lambda: session.export(
                result, Path(args.export), include_secret=args.include_secret,
                make_zip=args.zip, existing="replace" if args.force else "keep_both",
            ))
            print("\n" + translate("CLI", "Handoff bundle written to {path}").format(
                path=bundle.path), file=out)
        if args.revoke_old:
            print(translate("CLI", "The old key is revoked; only the new one works now."), file=out)
        else:
            print(translate(
                "CLI",
                "The old key still works too. Give your developer the new key; once their site "
                "uses it, run the same command with --revoke-old to switch the old one off.",
            ), file=out)
        return 0
    finally:
        await session.close()


def run_renew(args: argparse.Namespace, out: TextIO | None = None,
              err: TextIO | None = None) -> int:
    """0: renewed (and switched, with --revoke-old); 2: a bad plan; 1: refused or unreachable."""
    out, err = out or sys.stdout, err or sys.stderr
    plan = load_plan_or_report(args.plan, err, out)
    if plan is None:
        return 2
    problem = expiry_problem(plan)
    if problem:
        print(problem, file=err)
        return 2
    return run_command(_renew(args, plan, out, err), args, err)
