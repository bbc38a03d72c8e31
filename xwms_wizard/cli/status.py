"""`xwms-wizard status`: one line per website and key of each client, and what needs attention.

Exit 0 when all is well, 1 when something needs attention (a key expiring within 30 days,
an expired or revoked key, a failing check; each with its fix) or the server could not be
asked, 2 when the command itself is wrong (an unknown --client).
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from xwms_wizard.cli.apply import run_command, sign_in
from xwms_wizard.core.session import WizardSession
from xwms_wizard.core.status import Attention, Concern, SetupStatus, WebsiteStatus
from xwms_wizard.i18n import translate


def _switches(website: WebsiteStatus) -> str:
    d = website.observed.domain
    on, off = translate("CLI", "on"), translate("CLI", "off")
    parts = [
        translate("CLI", "login {state}").format(state=on if d.allow_login else off),
        translate("CLI", "API {state}").format(state=on if d.allow_api else off),
        translate("CLI", "active") if d.active else translate("CLI", "switched off"),
    ]
    if d.primary:
        parts.append(translate("CLI", "main website"))
    parts.append(translate("CLI", "Test Mode {state}").format(state=on if d.test_mode else off))
    return ", ".join(parts)


def _fix(attention: Attention) -> str:
    if attention.concern is Concern.CHECK_FAILED:
        return translate("CLI", "Fix what XWMS names above, then run status again.")
    if attention.concern is Concern.NO_KEY:
        return translate(
            "CLI", "Make and link a key: xwms-wizard apply PLAN.toml (or the wizard's Secret key page)."
        )
    return translate(
        "CLI",
        "Renew the key: xwms-wizard renew PLAN.toml, or in the wizard: Check or change an "
        "existing setup, then Renew the key.",
    )


def print_status(status: SetupStatus, out: TextIO) -> None:
    client = status.state.client
    print(translate("CLI", "Client {name} (Client ID {client_id})").format(
        name=client.name, client_id=client.client_id), file=out)
    for website in status.websites:
        print("  " + translate("CLI", "Website {site}: {switches}").format(
            site=website.root, switches=_switches(website)), file=out)
        for url in website.observed.callback_urls():
            print("    " + translate("CLI", "callback URL: {url}").format(url=url), file=out)
        if website.check is not None:
            verdict = website.check.verdict
            ok = translate("CLI", "check: OK, {verdict}") if website.check.ok else translate(
                "CLI", "check: FAILED, {verdict}")
            print("    " + ok.format(verdict=verdict), file=out)
        else:
            print("    " + website.not_checked, file=out)
    print("  " + translate("CLI", "May read: {scopes}").format(
        scopes=", ".join(status.state.scopes) or translate("CLI", "none")), file=out)
    for key in status.keys:
        linked = ", ".join(key.websites) or translate("CLI", "no website")
        print("  " + translate("CLI", "Key “{label}” (ending in {hint}): {expiry}; linked to {sites}")
              .format(label=key.secret.label, hint=key.secret.hint, expiry=key.expiry,
                      sites=linked), file=out)
    if status.healthy:
        print(translate("CLI", "All is well."), file=out)
        return
    print(translate("CLI", "Needs attention:"), file=out)
    for attention in status.attention:
        print(f"  ! {attention.problem}", file=out)
        print("    " + _fix(attention), file=out)


async def _status(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    session = WizardSession()
    try:
        await sign_in(session, args, out, err)
        names = [c.name for c in await session.load_clients()]
        if args.client:
            if args.client not in names:
                print(translate(
                    "CLI", "--client: this account has no client called {name} (it has: {names})."
                ).format(name=args.client, names=", ".join(names) or translate("CLI", "none")),
                    file=err)
                return 2
            names = [args.client]
        if not names:
            print(translate("CLI", "This account has no clients yet: nothing to check."), file=out)
            return 0
        healthy = True
        for name in names:
            print("", file=out)
            status = await session.status(name)
            assert status is not None
            print_status(status, out)
            healthy = healthy and status.healthy
        return 0 if healthy else 1
    finally:
        await session.close()


def run_status(args: argparse.Namespace, out: TextIO | None = None,
               err: TextIO | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    return run_command(_status(args, out, err), args, err)
