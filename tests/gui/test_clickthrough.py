"""The whole wizard in Practice mode, clicked from welcome to done against a real sandbox."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QListWidget, QPushButton, QRadioButton

from tests.helpers.gui import click_next, find, next_button, sandbox_objects


def test_practice_click_through(qtbot, make_wizard, gate, tmp_path):
    wizard = make_wizard()
    assert wizard.objectName() == "setupWizard"
    assert wizard.currentPage().objectName() == "welcomePage"
    assert find(wizard, QRadioButton, "modeSandbox").isChecked()

    click_next(qtbot, wizard)
    assert wizard.currentPage().objectName() == "accountPage"
    status = find(wizard, QLabel, "accountStatusLabel")
    qtbot.waitUntil(lambda: "practice account" in status.text(), timeout=20_000)

    click_next(qtbot, wizard)
    assert wizard.currentPage().objectName() == "clientPage"
    name = find(wizard, QLineEdit, "clientNameEdit")
    qtbot.keyClicks(name, "My Bakery Shop!")
    # The wizard builds the name with the owner: shown under the field, and it goes on.
    assert "my-bakery-shop" in find(wizard, QLabel, "clientNameBuilt").text()
    assert next_button(wizard).isEnabled()
    assert name.text() == "My Bakery Shop!"
    assert wizard.plan.client.name == "my-bakery-shop"

    click_next(qtbot, wizard)
    assert wizard.currentPage().objectName() == "domainPage"
    root = find(wizard, QLineEdit, "rootDomainEdit")
    qtbot.keyClicks(root, "https://Bakery-Shop.example/menu")
    note = find(wizard, QLabel, "rootDomainEditNote")
    assert "bakery-shop.example" in note.text() and "We turned" in note.text()
    redirect = find(wizard, QLineEdit, "redirectUrlEdit")
    assert redirect.text() == "https://bakery-shop.example/xwms/validateToken"
    assert find(wizard, QCheckBox, "allowLoginCheck").isChecked()
    assert not find(wizard, QCheckBox, "testModeCheck").isChecked()

    click_next(qtbot, wizard)
    assert wizard.currentPage().objectName() == "scopesPage"
    scopes = find(wizard, QListWidget, "scopeList")
    ticked = [
        scopes.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(scopes.count())
        if scopes.item(i).checkState() == Qt.CheckState.Checked
    ]
    assert ticked == ["profile"]

    click_next(qtbot, wizard)
    assert wizard.currentPage().objectName() == "secretPage"
    assert find(wizard, QLineEdit, "secretLabelEdit").placeholderText() == "Standard Key"

    click_next(qtbot, wizard)
    assert wizard.currentPage().objectName() == "reviewPage"
    assert not next_button(wizard).isEnabled()
    qtbot.mouseClick(find(wizard, QPushButton, "applyButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(next_button(wizard).isEnabled, timeout=20_000)
    secret = find(wizard, QLineEdit, "secretValueEdit")
    assert secret.echoMode() == QLineEdit.EchoMode.Password
    assert secret.text().startswith("xs_")
    progress = find(wizard, QListWidget, "progressList")
    states = [progress.item(i).data(Qt.ItemDataRole.UserRole) for i in range(progress.count())]
    assert states == ["done"] * progress.count()

    click_next(qtbot, wizard)
    assert wizard.currentPage().objectName() == "exportPage"
    export_dir = find(wizard, QLineEdit, "exportDirEdit")
    assert export_dir.text() == str(tmp_path / "Documents")
    qtbot.mouseClick(find(wizard, QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    result = find(wizard, QLabel, "exportResultLabel")
    qtbot.waitUntil(lambda: "Written to" in result.text(), timeout=10_000)

    click_next(qtbot, wizard)
    assert wizard.currentPage().objectName() == "donePage"

    bundles = list((tmp_path / "Documents").glob("xwms-handoff-my-bakery-shop-*"))
    assert len(bundles) == 1
    env = (bundles[0] / ".env").read_text()
    assert "XWMS_DOMAIN='bakery-shop.example'" in env
    assert "xs_" not in env  # the secret was left out (the default)
    assert (bundles[0] / "HANDOFF.md").is_file()

    made = sandbox_objects(qtbot, gate)
    assert list(made) == ["my-bakery-shop"]
    objects = made["my-bakery-shop"]
    assert [d.root_domain for d in objects["domains"]] == ["bakery-shop.example"]
    assert [u.url for u in objects["urls"]] == ["https://bakery-shop.example/xwms/validateToken"]
    assert len(objects["secrets"]) == 1 and len(objects["links"]) == 1
    assert objects["scopes"] == ["profile"]
    assert Path(bundles[0]).is_dir()
