"""What the `xwms-wizard` command line says: one parser for the window, the commands and the
sandbox, so the arguments are parsed once, by `xwms_wizard.cli.main`, and handed on.

Qt-free and wizard-free (it imports only the version string), so the window's entry
(`gui.app.main(argv)`, which tests call) and the command line share it from below.
"""

from __future__ import annotations

import argparse

from xwms_wizard import __version__


def _where(command: argparse.ArgumentParser, *, live: bool) -> None:
    """Which server a command works on, and the account there."""
    where = command.add_mutually_exclusive_group()
    where.add_argument("--sandbox", action="store_true", dest="use_sandbox",
                       help="the practice sandbox on this computer (started for this run)")
    where.add_argument("--server", metavar="URL", help="a sandbox or management server")
    if live:
        where.add_argument("--live", action="store_true",
                           help="live xwms.nl: write the dashboard steps as a checklist")
    command.add_argument("--email",
                         help="account e-mail for --server (default: the demo account on a sandbox)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="xwms-wizard",
        description="Set up Log in with XWMS for your website, step by step.",
    )
    parser.add_argument("--version", action="version", version=f"xwms-wizard {__version__}")
    parser.add_argument("--debug", action="store_true", help="show technical detail (never a secret)")
    parser.add_argument(
        "--sandbox", action="store_true", help="open the wizard straight into Practice mode"
    )
    parser.add_argument(
        "--api-url",
        metavar="URL",
        help="open the wizard in Live mode with this XWMS API address "
        "(default https://xwms.nl/api/; for testing, a practice sandbox's address)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check, without opening a window, that this installation works (one line per check)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    apply = sub.add_parser("apply", help="carry out a setup plan (a TOML file) without the window")
    apply.add_argument("plan", metavar="PLAN.toml")
    _where(apply, live=True)
    apply.add_argument("--export", metavar="DIR", help="write the handoff bundle into DIR afterwards")
    apply.add_argument("--include-secret", action="store_true", help="put the secret in the bundle's .env")
    apply.add_argument("--zip", action="store_true", help="also zip the handoff bundle")
    apply.add_argument("--force", action="store_true", help="replace an existing bundle of the same name")
    known = apply.add_mutually_exclusive_group()
    known.add_argument("--new-secret", action="store_true",
                       help="when this computer lacks the current key's value: make a new key, "
                            "check it, then revoke the old one")
    known.add_argument("--keep-secret", action="store_true",
                       help="when this computer lacks the current key's value: keep that key "
                            "and leave the secret out of the bundle")

    status = sub.add_parser(
        "status", help="check an existing setup: each website and key, and what needs attention"
    )
    _where(status, live=False)
    status.add_argument("--client", metavar="NAME", help="only this client (default: every one)")

    renew = sub.add_parser(
        "renew", help="renew a website's secret key without downtime (new key, check, then revoke)"
    )
    renew.add_argument("plan", metavar="PLAN.toml")
    _where(renew, live=False)
    renew.add_argument("--export", metavar="DIR", help="write the new handoff bundle into DIR")
    renew.add_argument("--include-secret", action="store_true",
                       help="put the new secret in the bundle's .env")
    renew.add_argument("--zip", action="store_true", help="also zip the handoff bundle")
    renew.add_argument("--force", action="store_true",
                       help="replace an existing bundle of the same name")
    renew.add_argument("--revoke-old", action="store_true",
                       help="revoke the old key once the new one passed the check (when your "
                       "developer has switched to the new key)")

    sandbox = sub.add_parser("sandbox", help="run the practice XWMS sandbox (a local test server)")
    sandbox.add_argument("--host", default="127.0.0.1")
    sandbox.add_argument("--port", type=int, default=None,
                         help="default 8765 (with --from-bundle: the port of the bundle's "
                         "XWMS_API_URI); 0 picks a free port")
    sandbox.add_argument("--next-free", action="store_true",
                         help="if the port is taken, use the next free one (8765, 8766 ...)")
    sandbox.add_argument("--from-bundle", metavar="DIR", default=None,
                         help="serve exactly one handoff bundle's setup (its .env and "
                         "xwms-handoff.json), to try the login on your own computer")
    sandbox.add_argument("--db", default=None, help="SQLite file, or :memory: (default: app-data folder)")
    sandbox.add_argument("--latency-ms", type=int, default=0, help="delay every answer by N ms")
    sandbox.add_argument("--fault-rate", type=float, default=0.0,
                         help="share of API requests (0-1) that fail with 503 or a dropped connection")
    sandbox.add_argument("--seed", type=int, default=None,
                         help="seed for --fault-rate, so a run of faults can be repeated exactly")
    sandbox.add_argument("--exit-with-stdin", action="store_true",
                         help="stop when standard input closes (the wizard uses this so its "
                         "practice server never outlives it, even after a crash)")
    review = sandbox.add_subparsers(dest="sandbox_command").add_parser(
        "review", help="play the XWMS team: list, approve or reject Verification Center requests")
    review.add_argument("--db", default=None, help="the sandbox's SQLite file (default: app-data folder)")
    decide = review.add_mutually_exclusive_group()
    decide.add_argument("--approve", type=int, metavar="ID", help="approve a request")
    decide.add_argument("--reject", type=int, metavar="ID", help="reject a request (with --reason)")
    review.add_argument("--reason", metavar="TEXT", help="why a request is rejected")

    verify = sub.add_parser("verify", help="check a .env against its XWMS server (sign-token)")
    verify.add_argument("--env", default=".env", metavar="PATH")
    return parser


def parse(argv: list[str]) -> argparse.Namespace:
    """The command line's meaning; exits with argparse's usage message on a bad one."""
    return build_parser().parse_args(argv)
