"""The headless commands `xwms-wizard apply` and `xwms-wizard verify`: the whole flow without a window."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import os
import sys
from collections.abc import Awaitable, Callable, Coroutine
from pathlib import Path
from typing import Any, TextIO, TypeVar

from xwms_wizard.core.addresses import DEFAULT_LIVE_API_URL
from xwms_wizard.core.apply import (
    STEP_RETRY_PAUSE,
    ApplyError,
    ApplyResult,
    Preview,
    StepEvent,
    StepState,
    step_title,
)
from xwms_wizard.core.errors import WizardError
from xwms_wizard.core.fields import error_field
from xwms_wizard.core.lifecycle import SecretAction, UnknownValue
from xwms_wizard.core.live import check_credentials
from xwms_wizard.core.people import role_name
from xwms_wizard.core.scopes import CATALOGUE
from xwms_wizard.core.session import WizardSession
from xwms_wizard.core.signin import PRACTICE_EMAIL, PRACTICE_PASSWORD, Connector
from xwms_wizard.core.validate import check_partner_scopes, check_scopes_offered
from xwms_wizard.i18n import QT_TRANSLATE_NOOP, translate
from xwms_wizard.secrets import SecretStore

PASSWORD_ENV = "XWMS_WIZARD_PASSWORD"

T = TypeVar("T")

# What the command line does around the engine's steps; an error line names one of these or
# a step (core.apply.STEP_TITLES), never nothing.
SIGN_IN = QT_TRANSLATE_NOOP("CLI", "Sign in")
COMPARE = QT_TRANSLATE_NOOP("CLI", "Compare the plan with the server")
EXPORT = QT_TRANSLATE_NOOP("CLI", "Write the folder for your developer")


class Stopped(WizardError):
    """A stage of a command (SIGN_IN, COMPARE, EXPORT) failed; `stage` is its title in English
    (print_stop translates it)."""

    def __init__(self, stage: str, cause: WizardError) -> None:
        super().__init__(
            cause.message,
            field=error_field(cause),
            retryable=cause.retryable,
            detail=cause.detail,
        )
        self.stage = stage
        self.cause = cause


async def stage(title: str, work: Callable[[], Awaitable[T]], *, again: bool = True) -> T:
    """Run one stage's server work; what fails stops the command as `Stopped(title)`.

    With `again`, a failure on the connection or the server (after the client's own retries
    of each call) is tried once more after a pause, as the engine's steps are
    (`step_retries=1`). Signing in does not: a server that never answered is more likely a
    wrong address than a bad moment, and the owner should hear so without waiting twice."""
    for attempt in (1, 2):
        try:
            return await work()
        except (ApplyError, Stopped):
            raise
        except WizardError as exc:
            if exc.retryable and again and attempt == 1:
                await asyncio.sleep(STEP_RETRY_PAUSE)
                continue
            raise Stopped(title, exc) from exc
    raise AssertionError("unreachable")

_STATE_LABELS = {
    StepState.DONE: QT_TRANSLATE_NOOP("CLI", "done"),
    StepState.EXISTING: QT_TRANSLATE_NOOP("CLI", "exists"),
    StepState.SKIPPED: QT_TRANSLATE_NOOP("CLI", "skipped"),
    StepState.FAILED: QT_TRANSLATE_NOOP("CLI", "FAILED"),
}


def print_event(out: TextIO, event: StepEvent) -> None:
    if event.state is StepState.RUNNING:
        return
    label = _STATE_LABELS.get(event.state)
    label = translate("CLI", label) if label else event.state.value
    # Right-aligned to the longest label of the language, so the step titles line up.
    width = max(7, *(len(translate("CLI", text)) for text in _STATE_LABELS.values()))
    line = f"  [{label:>{width}}] {step_title(event.step)}"
    if event.message:
        line += f": {event.message}"
    print(line, file=out, flush=True)


def print_summary(out: TextIO, result: ApplyResult) -> None:
    if result.secret_expires:
        expiry = result.secret_expires.isoformat()
    else:
        expiry = translate("CLI", "no expiry date")
    rows = [
        (translate("CLI", "Client:"), result.client_name),
        (translate("CLI", "Client ID:"), result.client_id),
        (translate("CLI", "Domain:"), result.root_domain),
        (translate("CLI", "Domain ID:"), result.domain_id),
        (translate("CLI", "Callback URL:"), result.redirect_url),
        (translate("CLI", "Scopes:"), ", ".join(result.scopes) or translate("CLI", "none")),
        (
            translate("CLI", "Secret:"),
            translate("CLI", "{label} (ends in {hint}, {expiry})").format(
                label=result.secret_label, hint=result.secret_hint, expiry=expiry
            ),
        ),
        (translate("CLI", "API URL:"), result.api_url),
    ]
    if result.scopes_waiting:
        rows.insert(6, (
            translate("CLI", "Waiting:"),
            translate("CLI", "{scopes}, once the XWMS team approves request {id}").format(
                scopes=", ".join(result.scopes_waiting), id=result.partner_request or "?"),
        ))
    if result.members:
        rows.append((
            translate("CLI", "Members:"),
            ", ".join(f"{email} ({role_name(role)})" for email, role in result.members),
        ))
    if result.verification is not None:
        rows.append((translate("CLI", "Check:"), result.verification.verdict))
    # The values line up after the longest label (15 columns in English).
    width = max(15, *(len(label) + 2 for label, _ in rows))
    print("", file=out)
    print(translate("CLI", "Summary"), file=out)
    for label, value in rows:
        print(f"  {label:<{width}}{value}", file=out)


async def _credentials(session: WizardSession, args: argparse.Namespace, err: TextIO) -> tuple[str, str]:
    """The e-mail and password for --server: the demo account on a sandbox, else --email and a
    password from the environment or a prompt."""
    sandbox = await stage(
        SIGN_IN, lambda: session.connector.is_sandbox(args.server), again=False
    )
    email = args.email
    if not email:
        if not sandbox:
            raise WizardError(
                translate(
                    "CLI",
                    "E-mail: give the account's e-mail address with --email "
                    "(the password comes from {variable} or a prompt).",
                ).format(variable=PASSWORD_ENV),
                field="email",
            )
        email = PRACTICE_EMAIL
    session.server_is_sandbox = sandbox
    password = os.environ.get(PASSWORD_ENV)
    if password is None and email == PRACTICE_EMAIL and sandbox:
        password = PRACTICE_PASSWORD
    if password is None:
        if not sys.stdin.isatty():
            raise WizardError(
                translate(
                    "CLI",
                    "Password: set the environment variable {variable}, "
                    "or run this in a terminal to be asked for it.",
                ).format(variable=PASSWORD_ENV),
                field="password",
            )
        prompt = translate("CLI", "Password for {email}: ").format(email=email)
        password = getpass.getpass(prompt, stream=err)
    return email, password


async def sign_in(session: WizardSession, args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    """Sign in as a command asks: --server (the demo account on a sandbox), else the practice
    sandbox of this computer; says where."""
    if args.server:
        try:
            email, password = await _credentials(session, args, err)
        except Stopped:
            raise
        except WizardError as exc:  # no e-mail, no password: the command line's own refusal
            raise Stopped(SIGN_IN, exc) from exc
        sandbox = session.server_is_sandbox
        await stage(SIGN_IN, lambda: session.sign_in(args.server, email, password), again=False)
        session.server_is_sandbox = sandbox
    else:
        print(translate("CLI", "Starting the practice sandbox..."), file=out, flush=True)
        await stage(SIGN_IN, session.start_practice, again=False)
    signed_in = translate("CLI", "Signed in to {url} as {email}")
    print(signed_in.format(url=session.api_url, email=session.signin.email), file=out, flush=True)


def _unknown_value(args: argparse.Namespace) -> UnknownValue:
    """What to do when this computer lacks the current key's value (see core.lifecycle)."""
    if getattr(args, "new_secret", False):
        return UnknownValue.NEW
    if getattr(args, "keep_secret", False) or not args.include_secret:
        return UnknownValue.KEEP  # the bundle leaves the secret out, as asked
    return UnknownValue.ASK


def _refusal(preview: Preview, store: SecretStore, args: argparse.Namespace) -> str:
    """Why this run must not start (exit 2, nothing changed), or "" when it may."""
    if preview.secret.action is SecretAction.CHOOSE:
        return translate(
            "CLI",
            "{reason}\nNothing was changed. Run the same command with --new-secret to make a new "
            "key (the old one is revoked once the new one works), or with --keep-secret to keep "
            "it and leave the secret out of the bundle.",
        ).format(reason=preview.secret.reason)
    if preview.secret.makes_key and not store.persistent and not args.export:
        return translate(
            "CLI",
            "This computer has no keychain, so a new secret key would be lost when this command "
            "ends. Nothing was changed. Run it with --export DIR --include-secret: the key then "
            "goes into the bundle's .env, its only copy.",
        )
    return ""


def _print_preview(out: TextIO, preview: Preview) -> None:
    print(translate("CLI", "What this run changes:"), file=out)
    for line in preview.difference.lines():
        print(f"  - {line}", file=out)
    print("", file=out, flush=True)


async def _apply(args: argparse.Namespace, plan, out: TextIO, err: TextIO) -> int:
    """The whole flow through the same services as the window (core.session.WizardSession)."""
    session = WizardSession()
    store = session.secrets
    try:
        await sign_in(session, args, out, err)
        unknown = _unknown_value(args)
        # Before the first write: every scope of the plan must be one the server offers.
        catalogue = await stage(COMPARE, session.load_scopes)
        offered = check_scopes_offered(plan.scopes.keys, catalogue)
        if not offered.ok:
            report_problems(args.plan, [offered], err)
            print(translate("CLI", "Nothing was changed."), file=err)
            return 2
        preview = await stage(COMPARE, lambda: session.preview(plan, unknown))
        # ... and each scope only a Verified Partner may use is unlocked, already on the client,
        # or applied for in the plan's [verification] (then it waits for the XWMS team).
        account = session.state.account
        partner = check_partner_scopes(
            [k for k in plan.scopes.keys if preview.state is None or k not in preview.state.scopes],
            plan.verification.scopes if plan.verification is not None else [],
            catalogue,
            verified=bool(getattr(account, "verified_partner", False)),
        )
        if not partner.ok:
            report_problems(args.plan, [partner], err)
            print(translate("CLI", "Nothing was changed."), file=err)
            return 2
        refusal = _refusal(preview, store, args)
        if refusal:
            print(refusal, file=err)
            return 2
        _print_preview(out, preview)
        try:
            result = await session.apply(
                plan,
                lambda event: print_event(out, event),
                unknown_secret=unknown,
                step_retries=1,
            )
        except ApplyError as exc:
            print_stop(err, exc, debug=args.debug)
            return 1
        print_summary(out, result)
        created = [s for s, state in result.states.items() if state == StepState.DONE.value]
        if not created or created == ["verify"]:
            print(
                translate("CLI", "Everything already existed; nothing new was created."),
                file=out,
            )
        value = session.secret_value(result)
        include_secret = args.include_secret and bool(value)
        if args.include_secret and not include_secret:
            print(
                translate(
                    "CLI",
                    "Note: the secret key's value is not on this computer, so the bundle "
                    "leaves it out (as --keep-secret asks).",
                ),
                file=err,
            )
        if args.export:
            try:
                bundle = await stage(
                    EXPORT,
                    lambda: session.export(
                        result,
                        Path(args.export),
                        include_secret=include_secret,
                        make_zip=args.zip,
                        existing="replace" if args.force else "keep_both",
                    ),
                )
            except Stopped as exc:
                print_stop(err, exc, debug=args.debug)
                return 1
            written = translate("CLI", "Handoff bundle written to {path}")
            print("\n" + written.format(path=bundle.path), file=out)
            if bundle.zip_path:
                zipped = translate("CLI", "Zipped copy: {path}")
                print(zipped.format(path=bundle.zip_path), file=out)
            for note in bundle.skipped_values:
                print(translate("CLI", "Note: {note}").format(note=note), file=err)
        if result.secret_is_new and not store.persistent:
            if include_secret:
                note = translate(
                    "CLI",
                    "Note: this computer has no keychain, so the new secret key is kept only "
                    "in the bundle's .env. Keep that file safe.",
                )
            else:
                note = translate(
                    "CLI",
                    "Note: this computer has no keychain and the bundle leaves the secret out "
                    "(no --include-secret), so the new key's value is not kept anywhere. When "
                    "your developer needs it, run the same command with --new-secret "
                    "--include-secret.",
                )
            print(note, file=err)
        return 0
    finally:
        await session.close()


# The tables of a plan file: a field in one of them is changed in the plan (an account's e-mail
# or password, a --server address, are not).
_PLAN_TABLES = ("client", "domain", "scopes", "secret", "verification", "members")


def print_stop(err: TextIO, exc: ApplyError | Stopped, *, debug: bool) -> None:
    """The error line, naming the step or stage, and what to do next: run it again only when
    that can help (a lost connection, a server error), else what to change first."""
    where = translate("CLI", exc.stage) if isinstance(exc, Stopped) else step_title(exc.step)
    print(
        translate("CLI", "Stopped at '{step}': {message}").format(step=where, message=exc.message),
        file=err,
    )
    if debug and exc.detail:
        print(exc.detail, file=err)
    if exc.retryable:
        print(
            translate("CLI", "Run the same command again to continue where it stopped."),
            file=err,
        )
    elif exc.field and exc.field.split(".")[0].split("[")[0] in _PLAN_TABLES:
        print(
            translate(
                "CLI",
                "Change {field} in the plan, then run the command again: it continues where it "
                "stopped.",
            ).format(field=exc.field),
            file=err,
        )
    else:
        print(
            translate(
                "CLI",
                "Running it again as it is will stop here again: first do what the line above "
                "says. What was made so far is kept, and the next run continues from there.",
            ),
            file=err,
        )


def report_problems(plan: str, problems: list[Any], err: TextIO) -> None:
    """A plan's problems: a header, then one line per problem with its field."""
    print(
        translate("CLI", "The plan {plan} has %n problem(s):", None, len(problems)).format(
            plan=plan
        ),
        file=err,
    )
    for problem in problems:
        print(f"  - {problem.field}: {problem.message}", file=err)


def load_plan_or_report(path: str, err: TextIO, out: TextIO | None = None):
    """The plan file as a SetupPlan, or None after listing every problem with its field.

    With `out`, every value the loader changed and every warning is printed there first, one
    "Note:" line each: what the wizard's pages show under the fields."""
    from xwms_wizard.core.plan import PlanError, read_plan

    try:
        loaded = read_plan(Path(path))
    except PlanError as exc:
        report_problems(path, exc.problems, err)
        return None
    if out is not None:
        for note in loaded.notes:
            print(translate("CLI", "Note: {note}").format(note=note), file=out)
        if loaded.notes:
            print("", file=out, flush=True)
    return loaded.plan


def run_apply(
    args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """`xwms-wizard apply`: 0 on success, 2 for a bad plan (every problem listed), 1 otherwise."""
    out = out or sys.stdout
    err = err or sys.stderr
    plan = load_plan_or_report(args.plan, err, out)
    if plan is None:
        return 2
    if args.live:
        from xwms_wizard.cli.live import write_checklist

        # No management API in Live: the scopes are checked against the known catalogue.
        offered = check_scopes_offered(plan.scopes.keys, CATALOGUE)
        if not offered.ok:
            report_problems(args.plan, [offered], err)
            return 2
        return write_checklist(plan, args, out)
    return run_command(_apply(args, plan, out, err), args, err)


def run_command(work: Coroutine[Any, Any, int], args: argparse.Namespace, err: TextIO) -> int:
    """Run a command's async work: its exit code, or 1 with the plain line of a WizardError
    (the detail too with --debug), or 130 after Ctrl+C (run it again to continue)."""
    try:
        return asyncio.run(work)
    except (ApplyError, Stopped) as exc:
        print_stop(err, exc, debug=args.debug)
        return 1
    except WizardError as exc:
        print(exc.message, file=err)
        if args.debug and exc.detail:
            print(exc.detail, file=err)
        return 1
    except KeyboardInterrupt:
        print(
            translate("CLI", "Stopped. Run the same command again to continue where it stopped."),
            file=err,
        )
        return 130




async def _verify(env: dict[str, str], out: TextIO) -> int:
    api_url = env.get("XWMS_API_URI") or env.get("XWMS_API_URL") or DEFAULT_LIVE_API_URL
    info, verification = await check_credentials(
        Connector(),
        api_url,
        client_id=env["XWMS_CLIENT_ID"],
        domain=env["XWMS_DOMAIN"],
        client_secret=env["XWMS_CLIENT_SECRET"],
        redirect_url=env["XWMS_REDIRECT_URI"],
    )
    name = (info.get("application") or {}).get("name") or "XWMS"
    print(translate("CLI", "Reached {name} at {url}").format(name=name, url=api_url), file=out)
    if verification.ok:
        print(translate("CLI", "OK: {verdict}").format(verdict=verification.verdict), file=out)
        return 0
    print(
        translate("CLI", "Not working yet: {verdict}").format(verdict=verification.verdict),
        file=out,
    )
    return 1


def run_verify(
    args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """`xwms-wizard verify`: check a .env with sign-token; 0 when it works, 1 when refused, 2 for a bad file."""
    out = out or sys.stdout
    err = err or sys.stderr
    from xwms_wizard.handoff.dotenv import REQUIRED_ENV, parse_env_file

    path = Path(args.env)
    try:
        env = parse_env_file(path)
    except FileNotFoundError:
        print(
            translate(
                "CLI", "There is no file at {path}. Give the path of the .env with --env."
            ).format(path=path),
            file=err,
        )
        return 2
    except WizardError as exc:
        print(f"{path}: {exc.message}", file=err)
        return 2
    missing = [key for key in REQUIRED_ENV if not env.get(key)]
    if missing:
        print(
            translate("CLI", "{path} lacks a value for {keys}.").format(
                path=path, keys=", ".join(missing)
            ),
            file=err,
        )
        if "XWMS_CLIENT_SECRET" in missing:
            print(
                translate(
                    "CLI",
                    "The secret is often left out of the bundle on purpose: paste it after "
                    "XWMS_CLIENT_SECRET= (between single quotes) and run this again.",
                ),
                file=err,
            )
        return 2
    try:
        return asyncio.run(_verify(env, out))
    except WizardError as exc:
        print(translate("CLI", "Could not check: {message}").format(message=exc.message), file=err)
        if args.debug and exc.detail:
            print(exc.detail, file=err)
        return 1
