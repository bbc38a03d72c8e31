"""`xwms-wizard --self-test`: proves, without a window, that this installation works end to end.

One line per check (`ok   ...` or `FAIL ...` with a plain reason), then the total
time; the exit code is 0 only when every check passed. It runs the same code the
wizard and `xwms-wizard apply` run, from source and from the frozen build alike.
It leaves nothing behind: its app data, journal and export live in a temporary
folder, and the secret it makes goes to an in-memory keychain, never the owner's.
No secret value is ever printed.
"""

from __future__ import annotations

import asyncio
import os
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

from xwms_wizard import __version__, paths
from xwms_wizard.core.errors import WizardError

# The setup the self-test carries out on the practice sandbox (no server IP, so the
# final sign-token check passes from this computer).
SELF_TEST_PLAN = """
[client]
name = "self-test-shop"
[domain]
root = "self-test-shop.example"
allow_login = true
allow_api = true
active = true
primary = true
test_mode = false
[scopes]
keys = ["profile"]
[secret]
label = "self-test"
"""

REPORT_FILE = "self-test.txt"


@dataclass
class CheckResult:
    name: str
    ok: bool
    detail: str
    seconds: float


class SelfTest:
    """Runs the checks in order; a check whose prerequisite failed is reported, not run."""

    def __init__(self, out: TextIO, *, debug: bool = False) -> None:
        self.out = out
        self.debug = debug
        self.results: list[CheckResult] = []
        self._secrets: set[str] = set()  # values to redact from anything printed

    # -- reporting -------------------------------------------------------------------

    def _redact(self, text: str) -> str:
        for value in self._secrets:
            if value:
                text = text.replace(value, "<redacted>")
        return text

    def _report(self, result: CheckResult) -> None:
        self.results.append(result)
        status = "ok  " if result.ok else "FAIL"
        line = f"{status} {result.name}: {result.detail} [{result.seconds:.2f} s]"
        print(self._redact(line), file=self.out, flush=True)

    def _failed(self, name: str, exc: BaseException, started: float) -> None:
        if isinstance(exc, WizardError):
            reason, detail = exc.message, exc.detail
        else:
            reason = f"an unexpected error ({type(exc).__name__}: {exc})"
            detail = "".join(traceback.format_exception(exc))
        self._report(CheckResult(name, False, reason, time.perf_counter() - started))
        if self.debug and detail:
            print(self._redact(detail.rstrip()), file=self.out, flush=True)

    def check(self, name: str, func: Callable[[], str]) -> bool:
        started = time.perf_counter()
        try:
            detail = func()
        except Exception as exc:
            self._failed(name, exc, started)
            return False
        self._report(CheckResult(name, True, detail, time.perf_counter() - started))
        return True

    async def acheck(self, name: str, func: Callable[[], Any]) -> bool:
        started = time.perf_counter()
        try:
            detail = await func()
        except Exception as exc:
            self._failed(name, exc, started)
            return False
        self._report(CheckResult(name, True, detail, time.perf_counter() - started))
        return True

    def skipped(self, name: str, why: str) -> None:
        self._report(CheckResult(name, False, f"not run, because {why}", 0.0))

    # -- the checks ----------------------------------------------------------------------

    def run(self, work_dir: Path) -> int:
        started = time.perf_counter()
        mode = "frozen build" if getattr(sys, "frozen", False) else "from source"
        print(
            f"xwms-wizard {__version__} self-test ({mode}; Python {platform.python_version()}, "
            f"{platform.system()} {platform.machine()})",
            file=self.out,
            flush=True,
        )
        from xwms_wizard.gui import selfcheck

        qt_ok = self.check("Qt platform plugin", selfcheck.check_qt_platform)
        if qt_ok:
            self.check("Resources", lambda: selfcheck.check_resources() + ", " + _package_files())
        else:
            self.skipped("Resources", "Qt did not start")
        self.check("Keychain", check_keychain)
        asyncio.run(self._practice_checks(work_dir))

        total = time.perf_counter() - started
        failed = [r for r in self.results if not r.ok]
        if failed:
            print(
                f"Self-test FAILED: {len(failed)} of {len(self.results)} checks failed "
                f"({total:.2f} s in all).",
                file=self.out,
                flush=True,
            )
            return 1
        print(
            f"Self-test passed: {len(self.results)} checks in {total:.2f} s.",
            file=self.out,
            flush=True,
        )
        return 0

    async def _practice_checks(self, work_dir: Path) -> None:
        from xwms_wizard.practice import SandboxProcess

        sandbox = SandboxProcess(db=":memory:")
        try:
            started = await self.acheck("Practice sandbox", lambda: _start_sandbox(sandbox))
            if not started:
                self.skipped("Apply a setup", "the practice sandbox did not start")
                self.skipped("Export the handoff", "the practice sandbox did not start")
                return
            await self._apply_and_export(sandbox.api_url, work_dir)
        finally:
            sandbox.stop()

    async def _apply_and_export(self, api_url: str, work_dir: Path) -> None:
        # Through the same services as the window and `apply` (core.session.WizardSession).
        from xwms_wizard.core.apply import StepState
        from xwms_wizard.core.lifecycle import UnknownValue
        from xwms_wizard.core.plan import loads_plan
        from xwms_wizard.core.session import WizardSession
        from xwms_wizard.secrets import MemoryKeyring, SecretStore

        session = WizardSession(secrets=SecretStore(MemoryKeyring()), sandbox_url=api_url)
        plan = loads_plan(SELF_TEST_PLAN, "self-test plan")
        outcome: dict[str, Any] = {}
        try:

            async def apply() -> str:
                await session.start_practice()
                result = await session.apply(plan, unknown_secret=UnknownValue.KEEP)
                if result.secret_value:
                    self._secrets.add(result.secret_value)
                if result.verification is None or not result.verification.ok:
                    raise WizardError("the setup was made, but its final check did not pass.")
                outcome["result"] = result
                made = [step for step, state in result.states.items() if state == StepState.DONE]
                return f"{len(made)} steps ({', '.join(made)}); {result.verification.verdict}"

            if not await self.acheck("Apply a setup", apply):
                self.skipped("Export the handoff", "the setup was not applied")
                return

            async def export() -> str:
                result = outcome["result"]
                bundle = await session.export(result, work_dir / "export", include_secret=True)
                return await _check_env(session.client, bundle.path / ".env", result.secret_value)

            await self.acheck("Export the handoff", export)
        finally:
            await session.close()


async def _start_sandbox(sandbox: Any) -> str:
    from xwms_wizard.xwms import XwmsClient

    url = await sandbox.start_async()
    async with XwmsClient(sandbox.api_url) as client:
        info = await client.info()
    if info.get("sandbox") is not True:
        raise WizardError(f"a server answered at {url}, but it does not say it is the sandbox.")
    return f"answers at {url} (info says sandbox: true)"


async def _check_env(client: Any, env_path: Path, secret: str | None) -> str:
    """The exported .env parses, has every value, holds this run's secret, and works."""
    from xwms_wizard.core.apply import verify_credentials
    from xwms_wizard.handoff.dotenv import REQUIRED_ENV, parse_env_file

    env = parse_env_file(env_path)
    missing = [key for key in REQUIRED_ENV if not env.get(key)]
    if missing:
        raise WizardError(f"the exported .env has no value for {', '.join(missing)}.")
    if env["XWMS_CLIENT_SECRET"] != secret:
        raise WizardError("the exported .env holds a different secret from the one just made.")
    verification = await verify_credentials(
        client,
        client_id=env["XWMS_CLIENT_ID"],
        domain=env["XWMS_DOMAIN"],
        client_secret=env["XWMS_CLIENT_SECRET"],
        redirect_url=env["XWMS_REDIRECT_URI"],
    )
    if not verification.ok:
        raise WizardError(f"the exported .env does not work: {verification.verdict}")
    return f".env parses ({len(env)} values) and its credentials work"


def _package_files() -> str:
    """The non-Qt files the app ships: handoff templates, the engine's catalogues, sandbox pages."""
    from xwms_wizard.handoff.bundle import HANDOFF_LANGUAGES, template_path
    from xwms_wizard.i18n import CATALOG_PREFIX, LANGUAGES, SOURCE_LANGUAGE, translations_dir

    sandbox = Path(str(resources.files("xwms_wizard.sandbox")))
    languages = [lang for lang in LANGUAGES if lang != SOURCE_LANGUAGE]
    wanted = [
        sandbox / "login.html",
        sandbox / "message.html",
        *(template_path(lang) for lang in HANDOFF_LANGUAGES),
        *(translations_dir() / f"{CATALOG_PREFIX}{lang}.ts" for lang in languages),
    ]
    missing = [str(path) for path in wanted if not path.is_file()]
    if missing:
        raise WizardError(f"files of the app are missing: {', '.join(missing)}.")
    return (
        f"{len(HANDOFF_LANGUAGES)} handoff templates, {len(languages)} .ts catalogues, "
        "sandbox pages"
    )


def check_keychain() -> str:
    """Which keychain backend keyring uses, whether it keeps secrets, and that ours is included."""
    from xwms_wizard.secrets import SecretStore

    store = SecretStore()
    if sys.platform in ("win32", "darwin"):
        if not store.persistent:
            where = "Windows Credential Locker" if sys.platform == "win32" else "macOS Keychain"
            raise WizardError(
                f"the {where} cannot be used (keyring has no working backend), so secrets "
                "would be lost when the wizard closes."
            )
        return f"{store.backend_name} (secrets are kept)"
    try:
        import secretstorage  # noqa: F401
        from keyring.backends import SecretService  # noqa: F401
    except ImportError as exc:
        raise WizardError(
            "the Secret Service backend is missing from this installation, so the wizard "
            f"can never use this computer's keychain ({exc.name} not found)."
        ) from exc
    if store.persistent:
        return f"{store.backend_name} (secrets are kept)"
    return (
        "none running on this computer, so secrets would stay in memory for one run "
        "(the Secret Service backend is included for when one runs)"
    )


def _output() -> tuple[TextIO, TextIO | None]:
    # A windowed Windows build started from a shortcut has no stdout: write the report
    # to a file in the app-data folder instead, so it can still be read.
    if sys.stdout is not None:
        return sys.stdout, None
    handle = open(paths.app_data_dir() / REPORT_FILE, "w", encoding="utf-8")  # noqa: SIM115
    return handle, handle


def run_self_test(*, debug: bool = False) -> int:
    """Run every check; 0 when all passed, 1 otherwise."""
    out, opened = _output()
    saved = os.environ.get(paths.DATA_DIR_ENV)
    try:
        with tempfile.TemporaryDirectory(prefix="xwms-wizard-self-test-") as tmp:
            # The journal, settings and export of this run stay in the temporary folder.
            os.environ[paths.DATA_DIR_ENV] = str(Path(tmp) / "appdata")
            return SelfTest(out, debug=debug).run(Path(tmp))
    finally:
        if saved is None:
            os.environ.pop(paths.DATA_DIR_ENV, None)
        else:
            os.environ[paths.DATA_DIR_ENV] = saved
        if opened is not None:
            opened.close()
