"""Render every wizard page, filled in as an owner would, to docs/screenshots/<NN>-<page>.png.

Runs offscreen against an in-process practice sandbox, with a throw-away app-data
folder and an in-memory keychain, so it never touches the real profile:

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out DIR] [--lang nl]

Live mode's pages follow as live-<NN>-<page>.png, with the sandbox standing in for xwms.nl.

With --lang the wizard speaks that language and the pictures go to docs/screenshots/<lang>/;
--welcome-only PATH renders just the welcome page (the Arabic one shows the mirrored layout).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IN_PROCESS_URL = "http://127.0.0.1:9/api/"

# What the owner types, in the owner's language (the English set is the default).
SAMPLES = {
    "en": {
        "client": "My Bakery Shop!",
        "pasted": "https://www.Bakery-Shop.example/menu",
        "domain": "bakery-shop.example",
        "internal": "Main shop",
        "label": "Web server 2025",
    },
    "nl": {
        "client": "Bakkerij Van Dijk!",
        "pasted": "https://www.Bakkerij-VanDijk.example/menu",
        "domain": "bakkerij-vandijk.example",
        "internal": "Hoofdwinkel",
        "label": "Webserver 2025",
    },
}


async def until(condition: Callable[[], bool], what: str, timeout: float = 20.0) -> None:
    """Wait (letting Qt and asyncio run) until `condition()` holds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        await asyncio.sleep(0.05)


async def shoot(wizard, out: Path, number: int, name: str) -> Path:
    from PySide6.QtWidgets import QApplication

    await asyncio.sleep(0.2)  # let layouts settle and the busy bar stop
    QApplication.processEvents()
    path = out / f"{number:02d}-{name}.png"
    wizard.grab().save(str(path))
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return path


async def render(
    out: Path, export_dir: Path, language: str = "en", welcome_only: Path | None = None
) -> None:
    import httpx

    class DropsOnce(httpx.AsyncBaseTransport):
        """The in-process sandbox, whose connection drops once, as the callback URL is sent."""

        def __init__(self, app) -> None:
            self.inner = httpx.ASGITransport(app=app)
            self.dropped = False

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            if not self.dropped and request.method == "POST" and request.url.path.endswith("/urls"):
                self.dropped = True
                raise httpx.ConnectError("All connection attempts failed", request=request)
            return await self.inner.handle_async_request(request)

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QWizard

    from xwms_wizard.core.session import WizardSession
    from xwms_wizard.gui.wizard import SetupWizard
    from xwms_wizard.sandbox.app import create_app

    transport = DropsOnce(create_app(":memory:"))
    session = WizardSession(
        transport=transport, sandbox_url=IN_PROCESS_URL, client_options={"retries": 0}
    )
    wizard = SetupWizard(session, documents_dir=str(export_dir), check_resume=False)
    wizard.resize(900, 700)
    wizard.show()
    sample = SAMPLES.get(language, SAMPLES["en"])
    if welcome_only is not None:
        await asyncio.sleep(0.2)
        QApplication.processEvents()
        wizard.grab().save(str(welcome_only))
        print(f"wrote {welcome_only}")
        wizard.hide()
        await session.close()
        return
    next_button = wizard.button(QWizard.WizardButton.NextButton)

    def find(cls_name: str, name: str):
        from PySide6 import QtWidgets

        return wizard.findChild(getattr(QtWidgets, cls_name), name)

    async def go_next() -> None:
        await until(next_button.isEnabled, "Next to be enabled")
        before = wizard.currentId()
        next_button.click()
        await until(lambda: wizard.currentId() != before, "the next page")

    try:
        await shoot(wizard, out, 1, "welcome")
        await go_next()
        status = find("QLabel", "accountStatusLabel")
        await until(lambda: bool(status.text()), "the practice sign-in")
        await shoot(wizard, out, 2, "account")

        await go_next()
        find("QLineEdit", "clientNameEdit").setText(sample["client"])
        await shoot(wizard, out, 3, "client-suggestion")
        find("QPushButton", "clientNameEditSuggest").click()
        await shoot(wizard, out, 4, "client")

        await go_next()
        find("QLineEdit", "rootDomainEdit").setText(sample["pasted"])
        find("QLineEdit", "serverIpEdit").setText("192.168.1.20")
        find("QToolButton", "allowLoginCheckHelp").click()
        await shoot(wizard, out, 5, "domain-hints")
        find("QToolButton", "allowLoginCheckHelp").click()
        find("QLineEdit", "rootDomainEdit").setText(sample["domain"])
        find("QLineEdit", "serverIpEdit").setText("")
        find("QLineEdit", "internalNameEdit").setText(sample["internal"])
        await shoot(wizard, out, 6, "domain")

        await go_next()
        scopes = find("QListWidget", "scopeList")
        for row in range(scopes.count()):
            item = scopes.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == "userinfo":
                item.setCheckState(Qt.CheckState.Checked)
        await shoot(wizard, out, 7, "scopes")

        await go_next()
        find("QLineEdit", "secretLabelEdit").setText(sample["label"])
        await shoot(wizard, out, 8, "secret")

        await go_next()
        await shoot(wizard, out, 9, "review")
        find("QPushButton", "applyButton").click()
        review = wizard.currentPage()
        await until(lambda: review.banner.isVisible(), "the dropped connection to show")
        review.banner.details_button.click()
        await shoot(wizard, out, 10, "review-problem")
        find("QPushButton", "retryButton").click()
        await until(next_button.isEnabled, "the setup to be created")
        await shoot(wizard, out, 11, "review-created")

        await go_next()
        await shoot(wizard, out, 12, "export")
        find("QPushButton", "exportButton").click()
        result = find("QLabel", "exportResultLabel")
        await until(lambda: bool(result.text()), "the bundle to be written")
        await shoot(wizard, out, 13, "export-written")

        await go_next()
        await shoot(wizard, out, 14, "done")
    finally:
        wizard.hide()
        await session.close()


async def render_live(out: Path, export_dir: Path, language: str = "en") -> None:
    """Live mode's pages into live-NN-<page>.png: the practice sandbox stands in for xwms.nl.

    A setup is first made on the sandbox through its management API (as the owner would
    in the dashboard); the wizard then walks the Live pages with the ids and the secret
    it made, meets no connection, a refusal and at last a verified setup.
    """
    import httpx
    from PySide6.QtWidgets import QApplication, QWizard

    from xwms_wizard.core.apply import Applier
    from xwms_wizard.core.flow import Mode
    from xwms_wizard.core.models import ClientChoice, DomainChoice, ScopesChoice, SetupPlan
    from xwms_wizard.core.session import WizardSession
    from xwms_wizard.gui.wizard import SetupWizard
    from xwms_wizard.sandbox.app import create_app
    from xwms_wizard.secrets import MemoryKeyring, SecretStore
    from xwms_wizard.xwms import XwmsClient

    class Switch(httpx.AsyncBaseTransport):
        """The in-process sandbox, which can be made unreachable (`down`)."""

        def __init__(self, app) -> None:
            self.inner = httpx.ASGITransport(app=app)
            self.down = False

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            if self.down:
                raise httpx.ConnectError("All connection attempts failed", request=request)
            return await self.inner.handle_async_request(request)

    sample = SAMPLES.get(language, SAMPLES["en"])
    transport = Switch(create_app(":memory:"))
    name = "my-bakery-shop"
    plan = SetupPlan(
        client=ClientChoice(name=name),
        domain=DomainChoice(root=sample["domain"]),
        scopes=ScopesChoice(keys=["profile"]),
    )
    manage = XwmsClient(IN_PROCESS_URL, transport=transport, retries=0)
    await manage.login("owner@example.com", "practice")
    made = await Applier(manage, plan, secrets=SecretStore(MemoryKeyring())).run()
    await manage.update_domain(made.domain_pk, allow_login=False)  # a switch left off

    session = WizardSession(transport=transport, client_options={"retries": 0})
    wizard = SetupWizard(
        session,
        start_mode=Mode.LIVE,
        live_api_url=IN_PROCESS_URL,
        documents_dir=str(export_dir),
        check_resume=False,
    )
    wizard.prompts.open_url = lambda url: True  # no browser while rendering
    wizard.resize(900, 700)
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    number = 0

    def find(cls_name: str, object_name: str):
        from PySide6 import QtWidgets

        return wizard.findChild(getattr(QtWidgets, cls_name), object_name)

    async def shot(page: str, widget=None) -> None:
        nonlocal number
        number += 1
        if widget is not None:
            wizard.currentPage().scroll_to(widget)
        await asyncio.sleep(0.3)
        QApplication.processEvents()
        path = out / f"live-{number:02d}-{page}.png"
        wizard.grab().save(str(path))
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")

    async def go_next() -> None:
        await until(next_button.isEnabled, "Next to be enabled")
        before = wizard.currentId()
        next_button.click()
        await until(lambda: wizard.currentId() != before, "the next page")

    try:
        await shot("welcome")  # a changed API address opens "Advanced" by itself
        await go_next()
        await shot("account")
        await go_next()
        find("QLineEdit", "clientNameEdit").setText(name)
        find("QLineEdit", "clientIdEdit").setText(made.client_id)
        await shot("client", find("QLineEdit", "clientIdEdit"))
        await go_next()
        find("QLineEdit", "rootDomainEdit").setText(sample["domain"])
        find("QLineEdit", "domainIdEdit").setText(made.domain_id)
        await shot("domain", find("QLineEdit", "domainIdEdit"))
        await go_next()
        await shot("scopes")
        await go_next()
        find("QLineEdit", "secretPasteEdit").setText(made.secret_value or "")
        await shot("secret", find("QLineEdit", "secretPasteEdit"))
        await go_next()
        await shot("check")
        review = wizard.currentPage()
        transport.down = True
        find("QPushButton", "liveCheckButton").click()
        await until(lambda: review.banner.isVisible(), "the missing connection to show")
        await shot("check-offline", review.banner)
        transport.down = False
        find("QPushButton", "liveRetryButton").click()
        await until(
            lambda: review.banner.isVisible() and not review.busy.busy, "the refusal to show"
        )
        await shot("check-refused", review.banner)
        await manage.update_domain(made.domain_pk, allow_login=True)  # the owner fixes it
        find("QPushButton", "liveRetryButton").click()
        await until(next_button.isEnabled, "the setup to be verified")
        await shot("check-verified")
        await go_next()
        find("QPushButton", "exportButton").click()
        result = find("QLabel", "exportResultLabel")
        await until(lambda: bool(result.text()), "the bundle to be written")
        await shot("export-written")
        await go_next()
        await shot("done")
    finally:
        wizard.hide()
        await session.close()
        await manage.aclose()


async def render_day_two(out: Path, export_dir: Path, language: str = "en") -> None:
    """Day two: a setup whose key expires in 10 days, looked at, renewed, the old key off."""
    import datetime as dt

    import httpx
    from PySide6.QtWidgets import QWizard

    from xwms_wizard.core.models import (
        ClientChoice,
        DomainChoice,
        ScopesChoice,
        SecretChoice,
        SetupPlan,
    )
    from xwms_wizard.core.session import WizardSession
    from xwms_wizard.gui.wizard import SetupWizard
    from xwms_wizard.sandbox.app import create_app

    transport = httpx.ASGITransport(app=create_app(":memory:"))
    sample = SAMPLES.get(language, SAMPLES["en"])
    plan = SetupPlan(
        client=ClientChoice("bakery-shop"),
        domain=DomainChoice(root=sample["domain"]),
        scopes=ScopesChoice(["profile"]),
        secret=SecretChoice(label=sample["label"],
                            expires=dt.date.today() + dt.timedelta(days=10)),
    )
    first = WizardSession(transport=transport, sandbox_url=IN_PROCESS_URL)
    await first.start_practice()
    await first.apply(plan)
    await first.close()
    session = WizardSession(transport=transport, sandbox_url=IN_PROCESS_URL)
    wizard = SetupWizard(session, documents_dir=str(export_dir), check_resume=False)
    wizard.resize(900, 700)
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)

    def find(cls_name: str, name: str):
        from PySide6 import QtWidgets

        return wizard.findChild(getattr(QtWidgets, cls_name), name)

    async def shot(number: int, name: str) -> None:
        await shoot(wizard, out, number, f"day2-{name}")

    try:
        find("QRadioButton", "modeSandbox").setChecked(True)  # the last run may have been Live
        find("QRadioButton", "taskExisting").setChecked(True)
        await shot(1, "welcome")
        for page in ("accountPage", "statusPage"):
            await until(next_button.isEnabled, "Next to be enabled")
            next_button.click()
            await until(lambda page=page: wizard.currentPage().objectName() == page, page)
        report = find("QLabel", "statusReport")
        await until(lambda: bool(report.text()) and not wizard.currentPage().busy.busy,
                    "the status")
        await shot(2, "status")
        find("QPushButton", "peopleButton").click()
        await until(lambda: wizard.currentPage().objectName() == "peoplePage", "people")
        people = wizard.currentPage()
        find("QLineEdit", "testerEmailEdit").setText("bram.devries@example.net")
        await until(lambda: not people.busy.busy, "the people page")
        find("QPushButton", "inviteTesterButton").click()
        await until(lambda: "bram.devries" in find("QLabel", "peopleTestersLabel").text(), "tester")
        await until(lambda: not people.busy.busy, "the people page")
        await shot(5, "people")
        wizard.back()
        await until(lambda: wizard.currentPage().objectName() == "statusPage", "the status")
        await until(lambda: not wizard.currentPage().busy.busy, "the status")
        find("QPushButton", "renewKeyButton").click()
        await until(lambda: wizard.currentPage().objectName() == "renewPage", "the renew page")
        await shot(3, "renew")
        find("QPushButton", "renewButton").click()
        await until(next_button.isEnabled, "the renewal")
        await shot(4, "renewed")
    finally:
        wizard.hide()
        await session.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", help="default: docs/screenshots, or docs/screenshots/<lang>")
    parser.add_argument("--lang", default="en", help="the wizard's language, such as nl")
    parser.add_argument("--welcome-only", metavar="PATH", help="render only the welcome page")
    args = parser.parse_args(argv)
    default_out = ROOT / "docs" / "screenshots"
    out = Path(args.out) if args.out else (
        default_out if args.lang == "en" else default_out / args.lang
    )
    welcome_only = Path(args.welcome_only).resolve() if args.welcome_only else None
    out.mkdir(parents=True, exist_ok=True)

    scratch = Path(tempfile.mkdtemp(prefix="xwms-shots-"))
    os.environ["XWMS_WIZARD_DATA_DIR"] = str(scratch / "appdata")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    import keyring
    import qasync
    from PySide6.QtWidgets import QApplication

    from xwms_wizard.secrets import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())  # never the real keychain
    app = QApplication.instance() or QApplication(["screenshots"])
    from xwms_wizard.gui.translation import install_language

    install_language(args.lang)
    try:
        with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
            runner.run(render(out, scratch / "Documents", args.lang, welcome_only))
            if welcome_only is None:
                runner.run(render_live(out, scratch / "Documents-live", args.lang))
                runner.run(render_day_two(out, scratch / "Documents-day2", args.lang))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
