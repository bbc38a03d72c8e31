"""The `xwms-wizard` command: the window by default, and `apply`, `verify`, `sandbox`, `--self-test`.

The arguments are parsed once (`xwms_wizard.options`) and the parsed options handed to
whatever runs: the window (`gui.app.run`), a command (`cli.apply`), the sandbox server or
the self-test. Every command uses the same services as the window (core.session).
"""

from __future__ import annotations

import argparse
import logging
import sys

from xwms_wizard.options import build_parser, parse

__all__ = ["build_parser", "main"]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if args.self_test:
        from xwms_wizard.selftest import run_self_test

        return run_self_test(debug=args.debug)
    if args.command == "sandbox":
        if getattr(args, "sandbox_command", None) == "review":
            from xwms_wizard.sandbox.review import run_review

            return run_review(args)
        if args.from_bundle:
            from xwms_wizard.cli.bundle_server import run as serve_bundle

            return serve_bundle(args)
        from xwms_wizard.sandbox.server import run_from_args

        return run_from_args(args)
    if args.command in ("apply", "verify", "status", "renew"):
        # The command line speaks the language the wizard would (the owner's choice, else the
        # system's); the sandbox's own start line above stays English, for developers.
        from xwms_wizard import i18n

        i18n.set_language(i18n.chosen_language())
    if args.command == "apply":
        from xwms_wizard.cli.apply import run_apply

        return run_apply(args)
    if args.command == "verify":
        from xwms_wizard.cli.apply import run_verify

        return run_verify(args)
    if args.command == "status":
        from xwms_wizard.cli.status import run_status

        return run_status(args)
    if args.command == "renew":
        from xwms_wizard.cli.renew import run_renew

        return run_renew(args)
    return _run_gui(args)


def _run_gui(args: argparse.Namespace) -> int:
    from xwms_wizard.gui.app import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
