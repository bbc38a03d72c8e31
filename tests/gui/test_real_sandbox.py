"""The whole Practice flow against the real sandbox process on loopback, as `make run` does it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

from tests.helpers.census import holdings_of
from tests.helpers.gui import click_next, create_setup, find, go_to, run
from xwms_wizard import paths
from xwms_wizard.core.session import WizardSession


@pytest.mark.slow
def test_click_through_with_the_real_sandbox_process(qtbot, qloop, make_wizard, tmp_path):
    session = WizardSession(client_options={"retries": 1, "backoff": 0.05})
    try:
        wizard = make_wizard(session)
        click_next(qtbot, wizard)
        status = find(wizard, QLabel, "accountStatusLabel")
        qtbot.waitUntil(lambda: bool(status.text()), timeout=60_000)
        sandbox = session.practice.process
        assert sandbox is not None and sandbox.running
        assert session.api_url.startswith("http://127.0.0.1:")
        go_to(qtbot, wizard, "review")
        create_setup(qtbot, wizard)
        click_next(qtbot, wizard)
        qtbot.mouseClick(find(wizard, QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
        result = find(wizard, QLabel, "exportResultLabel")
        qtbot.waitUntil(lambda: bool(result.text()), timeout=10_000)
        click_next(qtbot, wizard)
        assert wizard.currentPage().objectName() == "donePage"
        bundle = session.bundle.path
        assert (bundle / ".env").is_file() and (bundle / "HANDOFF.md").is_file()
        assert bundle.parent == tmp_path / "Documents"
        held = run(qtbot, holdings_of(session.api_url))
        assert list(held) == ["my-bakery-shop"]
        assert [d.root_domain for d in held["my-bakery-shop"]["domains"]] == ["bakery-shop.example"]
        assert len(held["my-bakery-shop"]["secrets"]) == 1
        assert paths.default_sandbox_db().is_file()  # practice work is kept on disk
        wizard.close()
    finally:
        run(qtbot, session.close(), timeout=30_000)
    assert not sandbox.running  # stopped with the window

    # A restart finds the practice work again: the client is offered for reuse.
    again = WizardSession()
    try:
        wizard = make_wizard(again)
        click_next(qtbot, wizard)
        qtbot.waitUntil(lambda: again.signed_in, timeout=60_000)
        click_next(qtbot, wizard)
        combo = find(wizard, QComboBox, "existingClientCombo")
        assert combo.findData("my-bakery-shop") > 0
    finally:
        wizard.close()
        run(qtbot, again.close(), timeout=30_000)
