"""Live mode end to end: the sandbox's public API stands in for xwms.nl through the API address.

Each test first makes a correct setup on the in-process sandbox with the real apply engine
(as an owner would in the XWMS dashboard), then walks the Live pages with what the
dashboard would show: the Client ID, the Domain ID and the secret.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QToolButton,
)

from tests.helpers.gui import click_next, find, next_button, page_name, run, states
from tests.helpers.http import closed_port
from tests.helpers.live import (
    CLIENT_NAME,
    OTHER_CALLBACK_URL,
    ROOT_DOMAIN,
    LiveSetup,
    make_live_setup,
    spoil,
)
from tests.helpers.sandbox import IN_PROCESS_URL
from tests.helpers.xwms import signed_in
from xwms_wizard.core.flow import Mode

DASHBOARD = "http://127.0.0.1:9/"  # the dashboard that belongs to IN_PROCESS_URL


@pytest.fixture
def live_setup(qtbot, gate) -> LiveSetup:
    """A correct setup on the sandbox, made through the management API."""
    return run(qtbot, make_live_setup(IN_PROCESS_URL, gate))


@pytest.fixture
def live_wizard(make_wizard):
    """A wizard opened as `xwms-wizard --api-url <the in-process sandbox>` would open it."""

    def make(session=None, api_url: str = IN_PROCESS_URL):
        return make_wizard(session, start_mode=Mode.LIVE, live_api_url=api_url)

    return make


def type_into(wizard, name: str, text: str) -> None:
    edit = find(wizard, QLineEdit, name)
    edit.setFocus()
    edit.setText(text)


def walk_live(
    qtbot,
    wizard,
    *,
    client_id: str,
    domain_id: str,
    secret: str,
    redirect_url: str = "",
) -> None:
    """From the welcome page to "Check my setup", filling each Live page as the owner would."""
    assert find(wizard, QRadioButton, "modeLive").isEnabled()
    assert find(wizard, QRadioButton, "modeLive").isChecked()
    click_next(qtbot, wizard)

    assert page_name(wizard) == "accountPage"
    assert find(wizard, QPushButton, "openDashboardButton").isVisible()
    assert find(wizard, QLineEdit, "emailEdit").isVisible() is False  # no sign-in in Live
    click_next(qtbot, wizard)

    assert page_name(wizard) == "clientPage"
    type_into(wizard, "clientNameEdit", CLIENT_NAME)
    assert not next_button(wizard).isEnabled(), "Next before the Client ID was pasted"
    type_into(wizard, "clientIdEdit", client_id)
    click_next(qtbot, wizard)

    assert page_name(wizard) == "domainPage"
    type_into(wizard, "rootDomainEdit", ROOT_DOMAIN)
    if redirect_url:
        type_into(wizard, "redirectUrlEdit", redirect_url)
    assert not next_button(wizard).isEnabled(), "Next before the Domain ID was pasted"
    type_into(wizard, "domainIdEdit", domain_id)
    click_next(qtbot, wizard)

    assert page_name(wizard) == "scopesPage"
    click_next(qtbot, wizard)

    assert page_name(wizard) == "secretPage"
    assert not next_button(wizard).isEnabled(), "Next before the secret was pasted"
    type_into(wizard, "secretPasteEdit", secret)
    click_next(qtbot, wizard)
    assert page_name(wizard) == "checkPage"
    assert wizard.currentPage().title() == "Check my setup"


def check_setup(qtbot, wizard) -> None:
    """Press "Check my setup" and wait for the answer."""
    page = wizard.currentPage()
    button = find(wizard, QPushButton, "liveCheckButton")
    assert button.isVisible() and "Check my setup" in button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_for_answer(qtbot, wizard, page)


def wait_for_answer(qtbot, wizard, page) -> None:
    # The task is done a moment before its result reaches the page: wait for the page.
    qtbot.waitUntil(lambda: rows(wizard)["connect"] != "running", timeout=20_000)
    qtbot.waitUntil(lambda: not page.busy.busy, timeout=5_000)


def rows(wizard) -> dict[str, str]:
    return states(wizard, "liveCheckList")


def banner_text(wizard) -> str:
    return wizard.currentPage().banner.message.text()


def export(qtbot, wizard, *, include_secret: bool = False) -> Path:
    click_next(qtbot, wizard)
    assert page_name(wizard) == "exportPage"
    if include_secret:
        find(wizard, QToolButton, "includeSecretCheckHelp")  # the choice is explained
        wizard.currentPage().include_check.setChecked(True)
    qtbot.mouseClick(find(wizard, QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: find(wizard, QLabel, "exportResultLabel").text() != "", timeout=10_000)
    return Path(wizard.session.bundle.path)


# -- the whole flow -------------------------------------------------------------------------


def test_correct_values_end_verified_and_the_bundle_carries_the_live_api_url(
    qtbot, live_wizard, live_setup, app_data, caplog
):
    caplog.set_level(logging.DEBUG)
    wizard = live_wizard()
    assert wizard.page_named("welcome").api_url() == IN_PROCESS_URL
    walk_live(
        qtbot,
        wizard,
        client_id=live_setup.client_id,
        domain_id=live_setup.domain_id,
        secret=f"  {live_setup.secret}\t ",  # copied with blanks around it: trimmed
    )
    assert not next_button(wizard).isEnabled(), "Next before the check"
    summary = find(wizard, QLabel, "liveCheckSummary").text()
    assert live_setup.client_id in summary and live_setup.domain_id in summary
    assert live_setup.secret not in summary
    check_setup(qtbot, wizard)

    assert rows(wizard) == {"connect": "ok", "credentials": "ok"}
    assert "Your setup works" in find(wizard, QLabel, "liveCheckResult").text()
    assert not wizard.currentPage().banner.isVisible()
    assert next_button(wizard).isEnabled()
    assert wizard.session.result.verification.ok

    bundle = export(qtbot, wizard)
    facts = json.loads((bundle / "xwms-handoff.json").read_text(encoding="utf-8"))
    assert facts["verified"] is True
    assert facts["api_uri"] == IN_PROCESS_URL
    assert facts["client_id"] == live_setup.client_id
    assert facts["domain_id"] == live_setup.domain_id
    assert facts["domain"] == ROOT_DOMAIN
    assert "NOT VERIFIED" not in (bundle / "HANDOFF.md").read_text(encoding="utf-8")
    env = (bundle / ".env").read_text(encoding="utf-8")
    assert IN_PROCESS_URL in env and live_setup.secret not in env  # left out: the default
    click_next(qtbot, wizard)
    assert page_name(wizard) == "donePage"
    assert "not verified" not in find(wizard, QLabel, "doneSteps").text()

    # The pasted secret is in the keychain, under the Client ID, and nowhere on disk or in logs.
    assert wizard.session.secrets.client_secret(live_setup.client_id) == live_setup.secret
    assert find(wizard, QLineEdit, "secretPasteEdit").text() == ""
    wizard.prompts.answer_close = True
    wizard.close()
    assert_nowhere(live_setup.secret, app_data, caplog)


def assert_nowhere(secret: str, app_data: Path, caplog) -> None:
    assert secret not in caplog.text
    for record in caplog.records:
        assert secret not in repr(record.args)
    files = [path for path in app_data.rglob("*") if path.is_file()]
    assert any(path.name == "settings.json" for path in files), "settings were never written"
    for path in files:
        assert secret.encode() not in path.read_bytes(), f"the secret is in {path}"


def test_a_secret_in_the_folder_only_when_the_owner_asks(qtbot, live_wizard, live_setup):
    wizard = live_wizard()
    walk_live(
        qtbot,
        wizard,
        client_id=live_setup.client_id,
        domain_id=live_setup.domain_id,
        secret=live_setup.secret,
    )
    check_setup(qtbot, wizard)
    bundle = export(qtbot, wizard, include_secret=True)
    assert live_setup.secret in (bundle / ".env").read_text(encoding="utf-8")
    assert live_setup.secret not in (bundle / "xwms-handoff.json").read_text(encoding="utf-8")
    assert live_setup.secret not in (bundle / "HANDOFF.md").read_text(encoding="utf-8")


# -- every refusal names its own fix ----------------------------------------------------------

MISCONFIGURATIONS = {
    # case: (what the owner got wrong, words of the fix that must appear)
    "unknown client id": ("client_id", ["does not know this Client ID", "Client page"]),
    "wrong secret": ("secret", ["did not recognise the client secret", "Secret key page"]),
    "secret not linked": ("secret_not_linked", ["not linked to", "Link Secret"]),
    "login disabled": ("login_disabled", ["switch on Allow Login"]),
    "domain inactive": ("domain_inactive", ["switched off", "switch on Active"]),
    "callback URL not registered": ("redirect", [OTHER_CALLBACK_URL, "Domain URLs"]),
}


@pytest.mark.parametrize("case", list(MISCONFIGURATIONS))
def test_each_misconfiguration_shows_its_own_plain_fix(qtbot, live_wizard, live_setup, gate, case):
    how, words = MISCONFIGURATIONS[case]
    values = {
        "client_id": live_setup.client_id,
        "domain_id": live_setup.domain_id,
        "secret": live_setup.secret,
    }
    if how == "client_id":
        values["client_id"] = "xc_nobody_at_all_0000"
    elif how == "secret":
        values["secret"] = "xs_not_the_right_secret_0123456789"
    elif how == "redirect":
        values["redirect_url"] = OTHER_CALLBACK_URL
    else:
        unlinked = run(qtbot, spoil(IN_PROCESS_URL, live_setup, how, gate))
        if unlinked:
            values["secret"] = unlinked
    wizard = live_wizard()
    walk_live(qtbot, wizard, **values)
    check_setup(qtbot, wizard)

    assert rows(wizard) == {"connect": "ok", "credentials": "failed"}
    assert wizard.currentPage().banner.isVisible()
    text = banner_text(wizard)
    for expected in words:
        assert expected in text, (case, text)
    assert "XWMS did not accept your setup yet" in text
    assert values["secret"] not in text
    assert not next_button(wizard).isEnabled(), "a refused setup must not go on to the export"
    assert not find(wizard, QPushButton, "exportAnywayButton").isVisible()
    fix = find(wizard, QPushButton, "liveFixDashboardButton")
    assert fix.isVisible()
    qtbot.mouseClick(fix, Qt.MouseButton.LeftButton)
    assert wizard.prompts.opened[-1] == DASHBOARD


def test_an_ip_refusal_means_the_credentials_are_right_and_the_last_check_is_on_the_server(
    qtbot, live_wizard, live_setup, gate
):
    run(qtbot, spoil(IN_PROCESS_URL, live_setup, "ip_refused", gate))
    wizard = live_wizard()
    walk_live(
        qtbot,
        wizard,
        client_id=live_setup.client_id,
        domain_id=live_setup.domain_id,
        secret=live_setup.secret,
    )
    check_setup(qtbot, wizard)
    assert rows(wizard) == {"connect": "ok", "credentials": "warning"}
    credentials = find(wizard, QListWidget, "liveCheckList").item(1).text()
    assert "The credentials are right" in credentials
    assert "final check runs on your server: it is in the handoff" in credentials
    assert "last check must run on your website's server" in (
        find(wizard, QLabel, "liveCheckResult").text()
    )
    assert not wizard.currentPage().banner.isVisible()
    assert next_button(wizard).isEnabled()
    bundle = export(qtbot, wizard)
    facts = json.loads((bundle / "xwms-handoff.json").read_text(encoding="utf-8"))
    assert facts["verified"] is True and "final check" in facts["verification_note"]


def test_a_fix_in_the_dashboard_then_check_again_goes_through(
    qtbot, live_wizard, live_setup, gate
):
    run(qtbot, spoil(IN_PROCESS_URL, live_setup, "login_disabled", gate))
    wizard = live_wizard()
    walk_live(
        qtbot,
        wizard,
        client_id=live_setup.client_id,
        domain_id=live_setup.domain_id,
        secret=live_setup.secret,
    )
    check_setup(qtbot, wizard)
    assert "switch on Allow Login" in banner_text(wizard)

    async def switch_login_on():
        async with signed_in(IN_PROCESS_URL, gate, retries=0) as client:
            await client.update_domain(live_setup.domain_pk, allow_login=True)

    run(qtbot, switch_login_on())
    page = wizard.currentPage()
    qtbot.mouseClick(find(wizard, QPushButton, "liveRetryButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(next_button(wizard).isEnabled, timeout=20_000)
    assert not page.banner.isVisible()
    assert rows(wizard) == {"connect": "ok", "credentials": "ok"}


def test_a_corrected_client_id_keeps_the_secret_that_was_pasted_once(
    qtbot, live_wizard, live_setup
):
    # XWMS shows a secret once: fixing a mistyped Client ID must not ask for it again.
    wizard = live_wizard()
    walk_live(
        qtbot,
        wizard,
        client_id="xc_typo_in_the_id",
        domain_id=live_setup.domain_id,
        secret=live_setup.secret,
    )
    check_setup(qtbot, wizard)
    assert "does not know this Client ID" in banner_text(wizard)
    for _ in range(4):  # back to the client page
        wizard.back()
    assert page_name(wizard) == "clientPage"
    type_into(wizard, "clientIdEdit", live_setup.client_id)
    for expected in ("domainPage", "scopesPage", "secretPage"):
        click_next(qtbot, wizard)
        assert page_name(wizard) == expected
    note = find(wizard, QLabel, "secretPasteEditNote").text()
    assert "in this computer's keychain" in note
    click_next(qtbot, wizard)  # nothing pasted again
    assert "You changed something" in find(wizard, QLabel, "liveCheckResult").text()
    check_setup(qtbot, wizard)
    assert rows(wizard) == {"connect": "ok", "credentials": "ok"}
    secrets = wizard.session.secrets
    assert secrets.client_secret(live_setup.client_id) == live_setup.secret
    assert secrets.client_secret("xc_typo_in_the_id") is None


# -- no network -------------------------------------------------------------------------------


def test_no_connection_offers_a_retry_and_an_unverified_bundle(
    qtbot, live_wizard, make_session, app_data, caplog
):
    caplog.set_level(logging.DEBUG)
    api_url = f"http://127.0.0.1:{closed_port()}/api/"
    session = make_session(transport=None, client_options={"retries": 0, "timeout": 5.0})
    wizard = live_wizard(session, api_url=api_url)
    pasted = "xs_offline_secret_never_logged_31415926"
    walk_live(
        qtbot, wizard, client_id="xc_offline_client", domain_id="xd_offline", secret=pasted
    )
    check_setup(qtbot, wizard)

    assert rows(wizard) == {"connect": "failed", "credentials": "skipped"}
    text = banner_text(wizard)
    assert "could not reach XWMS" in text and "Try again" in text
    assert "not verified" in text
    anyway = find(wizard, QPushButton, "exportAnywayButton")
    assert anyway.isVisible() and find(wizard, QPushButton, "liveRetryButton").isVisible()
    assert not next_button(wizard).isEnabled()

    # Try again: still no connection, the same choice again.
    page = wizard.currentPage()
    qtbot.mouseClick(find(wizard, QPushButton, "liveRetryButton"), Qt.MouseButton.LeftButton)
    wait_for_answer(qtbot, wizard, page)
    assert anyway.isVisible() and not next_button(wizard).isEnabled()

    qtbot.mouseClick(anyway, Qt.MouseButton.LeftButton)
    assert next_button(wizard).isEnabled()
    assert "not verified" in find(wizard, QLabel, "liveCheckResult").text()
    bundle = export(qtbot, wizard)
    facts = json.loads((bundle / "xwms-handoff.json").read_text(encoding="utf-8"))
    assert facts["verified"] is False
    assert "could not reach XWMS" in facts["verification_note"]
    assert facts["api_uri"] == api_url
    assert "NOT VERIFIED" in (bundle / "HANDOFF.md").read_text(encoding="utf-8")
    click_next(qtbot, wizard)
    assert "not verified" in find(wizard, QLabel, "doneSteps").text()

    wizard.prompts.answer_close = True
    wizard.close()
    assert_nowhere(pasted, app_data, caplog)


# -- the pages' Live parts --------------------------------------------------------------------


def test_dashboard_steps_follow_what_the_owner_types_and_copy_each_value(
    qtbot, live_wizard, live_setup
):
    wizard = live_wizard()
    click_next(qtbot, wizard)
    qtbot.mouseClick(find(wizard, QPushButton, "openDashboardButton"), Qt.MouseButton.LeftButton)
    assert wizard.prompts.opened == [DASHBOARD]  # captured, no browser
    click_next(qtbot, wizard)

    type_into(wizard, "clientNameEdit", "My Bakery!")  # the wizard builds "my-bakery" from it
    value = find(wizard, QLineEdit, "dashboardValue_client_0")
    assert value.text() == "my-bakery" and value.isReadOnly()
    steps = find(wizard, QLabel, "dashboardStepsText_client").text()
    assert "My Clients" in steps and "Create Client" in steps and "<ol" in steps
    assert find(wizard, QLabel, "dashboardTitle_client").text() == (
        "Part 1 of 6: Create the client"
    )
    qtbot.mouseClick(find(wizard, QPushButton, "dashboardCopy_client_0"), Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "my-bakery"
    assert "Copied" in find(wizard, QLabel, "dashboardCopiedClient").text()

    # A Client ID with a space in it is refused plainly, next to the field.
    type_into(wizard, "clientIdEdit", "xc_12 34")
    error = find(wizard, QLabel, "clientIdEditError")
    assert error.isVisible() and "Client ID" in error.text()
    assert not next_button(wizard).isEnabled()
    type_into(wizard, "clientIdEdit", live_setup.client_id)
    assert not error.isVisible()
    click_next(qtbot, wizard)

    type_into(wizard, "rootDomainEdit", "https://Shop.Example/path")
    type_into(wizard, "serverIpEdit", "203.0.113.7")
    wizard.currentPage().checks["test_mode"].setChecked(True)
    domain_values = {
        find(wizard, QLineEdit, f"dashboardValue_domain_{i}").accessibleName(): find(
            wizard, QLineEdit, f"dashboardValue_domain_{i}"
        ).text()
        for i in range(2)
    }
    assert domain_values == {"Root Domain": "shop.example", "Server IP Address": "203.0.113.7"}
    steps = find(wizard, QLabel, "dashboardStepsText_domain").text()
    assert "Test Mode on" in steps and "New Domain" in steps
    assert find(wizard, QLineEdit, "dashboardValue_callback_0").text() == (
        "https://shop.example/xwms/validateToken"
    )
    type_into(wizard, "domainIdEdit", "")
    assert not next_button(wizard).isEnabled()
    type_into(wizard, "domainIdEdit", "xd_line\nbreak")
    assert find(wizard, QLabel, "domainIdEditError").isVisible()
    type_into(wizard, "domainIdEdit", live_setup.domain_id)
    click_next(qtbot, wizard)

    scopes = find(wizard, QListWidget, "scopeList")
    keys = [scopes.item(i).data(Qt.ItemDataRole.UserRole) for i in range(scopes.count())]
    assert keys == ["profile", "userinfo", "useraddresses", "providers"]  # the core catalogue
    scopes.item(1).setCheckState(Qt.CheckState.Checked)
    steps = find(wizard, QLabel, "dashboardStepsText_scopes").text()
    assert "profile (Read basic user profile), userinfo (Extra profile fields)" in steps
    click_next(qtbot, wizard)

    type_into(wizard, "secretLabelEdit", "Web server")
    assert find(wizard, QLineEdit, "dashboardValue_secret_0").text() == "Web server"
    assert "labelled Web server" in find(wizard, QLabel, "dashboardStepsText_link").text()
    paste = find(wizard, QLineEdit, "secretPasteEdit")
    assert paste.echoMode() is QLineEdit.EchoMode.Password
    type_into(wizard, "secretPasteEdit", "first line\nsecond line")
    assert "more than one line" in find(wizard, QLabel, "secretPasteEditError").text()
    assert not next_button(wizard).isEnabled()


def test_the_api_address_setting_refuses_plain_http_to_another_computer(qtbot, live_wizard):
    wizard = live_wizard(api_url="https://xwms.nl/api/")
    setting = find(wizard, QToolButton, "apiUrlAdvancedButton")
    assert not setting.isChecked(), "the default address stays folded away"
    type_into(wizard, "apiUrlEdit", "http://xwms.example/api/")
    error = find(wizard, QLabel, "apiUrlEditError")
    assert error.isVisible() and "https://" in error.text() and setting.isChecked()
    assert not next_button(wizard).isEnabled()
    type_into(wizard, "apiUrlEdit", "https://xwms.example")
    assert "https://xwms.example/api/" in find(wizard, QLabel, "apiUrlEditNote").text()
    assert next_button(wizard).isEnabled()
    click_next(qtbot, wizard)
    qtbot.waitUntil(next_button(wizard).isEnabled, timeout=5_000)
    assert wizard.session.api_url == "https://xwms.example/api/"
    assert "https://xwms.example/api/" in find(wizard, QLabel, "liveApiUrlLabel").text()
    qtbot.mouseClick(find(wizard, QPushButton, "openDashboardButton"), Qt.MouseButton.LeftButton)
    assert wizard.prompts.opened == ["https://xwms.example/"]
    assert wizard.settings.value("live_api_url") == "https://xwms.example/api/"
    assert wizard.settings.value("mode") == "live"


def test_api_url_option_opens_live_mode_with_that_address(qapp, qtbot):
    from xwms_wizard import cli

    seen = {}

    def inspect_and_close() -> None:
        wizard = next(
            (w for w in QApplication.topLevelWidgets()
             if w.objectName() == "setupWizard" and w.isVisible()),
            None,
        )  # fmt: skip
        if wizard is None:
            QTimer.singleShot(20, inspect_and_close)
            return
        seen["live"] = wizard.findChild(QRadioButton, "modeLive").isChecked()
        seen["api_url"] = wizard.page_named("welcome").api_url()
        seen["advanced"] = wizard.findChild(QToolButton, "apiUrlAdvancedButton").isChecked()
        radio = wizard.findChild(QRadioButton, "modeLive")
        qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
        wizard.close()

    QTimer.singleShot(0, inspect_and_close)
    assert cli.main(["--api-url", "http://127.0.0.1:8765"]) == 0
    assert seen["live"] and seen["advanced"]
    assert seen["api_url"] == "http://127.0.0.1:8765/api/"


def test_the_side_panel_lists_the_steps_of_the_chosen_mode(qtbot, live_wizard):
    wizard = live_wizard()
    review, check = find(wizard, QLabel, "step_review"), find(wizard, QLabel, "step_check")
    # Live checks what the dashboard has; it creates nothing, so its step list says so.
    assert check.isVisibleTo(wizard) and not review.isVisibleTo(wizard)
    assert check.text().strip() == "Check my setup"
    click_next(qtbot, wizard)
    assert check.isVisibleTo(wizard) and not review.isVisibleTo(wizard)
    wizard.back()
    # Choosing another mode changes the list at once, before Next.
    find(wizard, QRadioButton, "modeSandbox").setChecked(True)
    assert review.isVisibleTo(wizard) and not check.isVisibleTo(wizard)
    assert review.text().strip() == "Review & create"
