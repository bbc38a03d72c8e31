"""Day two in Live mode: the handoff folder says what was set up; XWMS says if it still works;
the owner renews the key in the dashboard and the wizard checks it before keeping it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QRadioButton

from tests.helpers.gui import click_next, find, next_button, page_name, run
from tests.helpers.live import CLIENT_NAME, ROOT_DOMAIN, make_live_setup
from tests.helpers.sandbox import IN_PROCESS_URL
from tests.helpers.xwms import signed_in
from xwms_wizard.core.flow import Mode
from xwms_wizard.handoff import HandoffFacts, write_bundle


@pytest.fixture
def live_folder(qtbot, gate, tmp_path):
    """A Live setup on the sandbox and the folder the wizard wrote for it, as on day one."""
    setup = run(qtbot, make_live_setup(IN_PROCESS_URL, gate))
    facts = HandoffFacts(
        client_name=CLIENT_NAME, client_id=setup.client_id, domain=ROOT_DOMAIN,
        domain_display=ROOT_DOMAIN, domain_id=setup.domain_id, test_mode=False,
        scopes=[("profile", "Read basic user profile", "")],
        redirect_uri=f"https://{ROOT_DOMAIN}/xwms/validateToken", api_uri=IN_PROCESS_URL,
        secret_label="Standard Key", secret_expires=dt.date.today() + dt.timedelta(days=12),
        verified=True,
    )
    folder = write_bundle(facts, tmp_path / "handoff", secret=None, include_secret=False).path
    return setup, folder


def open_live_status(qtbot, make_wizard, folder):
    wizard = make_wizard(start_mode=Mode.LIVE, live_api_url=IN_PROCESS_URL)
    find(wizard, QRadioButton, "taskExisting").setChecked(True)
    click_next(qtbot, wizard)  # the account page: the dashboard is signed in to in the browser
    click_next(qtbot, wizard)
    assert page_name(wizard) == "liveStatusPage"
    wizard.prompts.folder = str(folder)
    page = wizard.currentPage()
    qtbot.mouseClick(find(wizard, QPushButton, "handoffFolderButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(find(wizard, QLabel, "liveStatusReport").text()), timeout=20_000)
    qtbot.waitUntil(lambda: not page.busy.busy, timeout=5_000)
    return wizard


def test_the_folder_and_xwms_say_how_a_live_setup_is_doing(qtbot, make_wizard, live_folder):
    setup, folder = live_folder
    wizard = open_live_status(qtbot, make_wizard, folder)
    wizard.session.secrets.save_client_secret(setup.client_id, setup.secret)  # kept on day one
    find(wizard, QPushButton, "handoffFolderButton").click()
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: "Login works" in find(wizard, QLabel, "liveStatusReport").text(),
                    timeout=20_000)
    qtbot.waitUntil(lambda: not page.busy.busy, timeout=5_000)
    report = find(wizard, QLabel, "liveStatusReport").text()
    assert setup.client_id in report and "expires in 12 days" in report
    assert "Needs your attention" in find(wizard, QLabel, "liveStatusVerdict").text()
    assert not next_button(wizard).isEnabled()  # first choose what to do


def test_a_new_key_is_kept_only_once_xwms_accepts_it(qtbot, make_wizard, gate, live_folder):
    setup, folder = live_folder
    secrets_before = setup.secret
    wizard = open_live_status(qtbot, make_wizard, folder)
    wizard.session.secrets.save_client_secret(setup.client_id, secrets_before)
    qtbot.mouseClick(find(wizard, QPushButton, "liveRenewKeyButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page_name(wizard) == "liveRenewPage", timeout=5_000)
    label = wizard.plan.secret.label
    assert label.startswith("Standard Key ") and label != "Standard Key"
    # The dashboard steps offer the new key's name to copy.
    assert label in wizard.currentPage().steps.values().values()

    # The owner makes the new key in the dashboard (here: through the management API).
    async def new_key():
        async with signed_in(IN_PROCESS_URL, gate, retries=0) as client:
            made = await client.create_secret(setup.client_pk, label=label, expires_at=None,
                                              idempotency_key="test-renew-live-key")
            return made

    made = run(qtbot, new_key())
    page = wizard.currentPage()
    find(wizard, QLineEdit, "liveNewSecretEdit").setText(made.value)
    qtbot.mouseClick(find(wizard, QPushButton, "liveCheckNewKeyButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy.busy and page.banner.isVisible(), timeout=20_000)
    assert "not linked" in page.banner.message.text()  # the link step was forgotten
    # Refused: the keychain still holds the key the website uses.
    assert wizard.session.secrets.client_secret(setup.client_id) == secrets_before
    assert not next_button(wizard).isEnabled()

    async def link():
        async with signed_in(IN_PROCESS_URL, gate, retries=0) as client:
            await client.link_secret(setup.domain_pk, made.secret.id,
                                     idempotency_key="test-renew-live-link")

    run(qtbot, link())
    find(wizard, QLineEdit, "liveNewSecretEdit").setText(made.value)
    qtbot.mouseClick(find(wizard, QPushButton, "liveCheckNewKeyButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(next_button(wizard).isEnabled, timeout=20_000)
    assert "The new key works" in find(wizard, QLabel, "liveRenewResult").text()
    assert wizard.session.secrets.client_secret(setup.client_id) == made.value
    assert find(wizard, QLineEdit, "liveNewSecretEdit").text() == ""  # off the screen
    click_next(qtbot, wizard)
    assert page_name(wizard) == "exportPage"


def test_people_and_access_in_live_shows_the_dashboard_steps(qtbot, make_wizard, live_folder):
    setup, folder = live_folder
    wizard = open_live_status(qtbot, make_wizard, folder)
    qtbot.mouseClick(find(wizard, QPushButton, "livePeopleButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page_name(wizard) == "livePeoplePage", timeout=5_000)
    shown = " ".join(label.text() for label in wizard.currentPage().findChildren(QLabel))
    for part in ("Integrations → Users", "test user request", "Verification Center",
                 "Members and Roles", ROOT_DOMAIN, CLIENT_NAME):
        assert part in shown, part
    assert wizard.button(wizard.WizardButton.FinishButton).isVisible()  # the last page
