"""Things going wrong during create: the sandbox gone, Cancel, closing the window; never twice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from tests.helpers.gui import create_setup, find, go_to, next_button, sandbox_objects, states


def assert_made_once(qtbot, gate) -> dict:
    made = sandbox_objects(qtbot, gate)
    assert list(made) == ["my-bakery-shop"]
    objects = made["my-bakery-shop"]
    assert len(objects["domains"]) == 1
    assert len(objects["urls"]) == 1
    active = [secret for secret in objects["secrets"] if not secret.revoked]
    assert len(active) == 1
    assert len(objects["links"]) == 1
    assert [link.secret for link in objects["links"]] == [active[0].id]
    return objects


def test_sandbox_gone_mid_apply_then_retry_finishes_without_duplicates(
    qtbot, make_wizard, gate
):
    wizard = make_wizard()
    go_to(qtbot, wizard, "review")
    gate.break_at("POST", "/urls")  # the sandbox "stops" as the callback URL is registered
    qtbot.mouseClick(find(wizard, QPushButton, "applyButton"), Qt.MouseButton.LeftButton)

    banner = find(wizard, QLabel, "errorBannerText")
    review = wizard.currentPage()
    qtbot.waitUntil(lambda: review.banner.isVisible(), timeout=20_000)
    text = review.findChild(QLabel, "errorBannerText").text()
    assert "Register the callback URL" in text
    assert "Try again" in text  # says what to do
    assert "Traceback" not in text and "httpx" not in text  # plain words; detail kept apart
    assert states(wizard)["client"] == "done" and states(wizard)["callback"] == "failed"
    retry = review.findChild(QPushButton, "retryButton")
    assert retry.isVisible()
    assert not next_button(wizard).isEnabled()
    assert banner is not None

    gate.down = False  # the sandbox is back
    qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(next_button(wizard).isEnabled, timeout=20_000)
    assert not review.banner.isVisible()
    assert states(wizard)["client"] == "existing"
    assert states(wizard)["callback"] == "done"
    assert_made_once(qtbot, gate)


def test_cancel_during_apply_then_apply_again_makes_nothing_twice(qtbot, make_wizard, gate):
    wizard = make_wizard()
    go_to(qtbot, wizard, "review")
    review = wizard.currentPage()
    # The server makes the secret, but its answer is held back: the worst moment to cancel.
    gate.hold("POST", "/secrets")
    qtbot.mouseClick(find(wizard, QPushButton, "applyButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(gate.held.is_set, timeout=20_000)
    cancel = review.findChild(QPushButton, "reviewCancelButton")
    assert cancel.isVisible()
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    status = review.findChild(QLabel, "applyStatusLabel")
    qtbot.waitUntil(lambda: "Stopped" in status.text(), timeout=10_000)
    assert states(wizard)["secret"] == "stopped"
    assert not next_button(wizard).isEnabled()
    gate.release()

    apply_button = find(wizard, QPushButton, "applyButton")
    assert apply_button.isEnabled()
    qtbot.mouseClick(apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(next_button(wizard).isEnabled, timeout=20_000)
    assert states(wizard)["secret"] == "done"
    objects = assert_made_once(qtbot, gate)
    # The lost answer is replayed (value included) to the same Idempotency-Key: one secret.
    assert [s.revoked for s in objects["secrets"]] == [False]
    value = find(wizard, QLineEdit, "secretValueEdit").text()
    assert value.startswith("xs_") and value[-4:] == objects["secrets"][0].hint


def test_cancel_while_the_domain_is_made_then_apply_again(qtbot, make_wizard, gate):
    wizard = make_wizard()
    go_to(qtbot, wizard, "review")
    review = wizard.currentPage()
    gate.hold("POST", "/domains")
    qtbot.mouseClick(find(wizard, QPushButton, "applyButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(gate.held.is_set, timeout=20_000)
    qtbot.mouseClick(review.findChild(QPushButton, "reviewCancelButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: find(wizard, QPushButton, "applyButton").isEnabled(), timeout=10_000)
    gate.release()
    qtbot.mouseClick(find(wizard, QPushButton, "applyButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(next_button(wizard).isEnabled, timeout=20_000)
    objects = assert_made_once(qtbot, gate)
    assert len(objects["secrets"]) == 1


def test_close_during_apply_then_resume_offer_completes_it(
    qtbot, make_wizard, make_session, gate
):
    first = make_wizard()
    go_to(qtbot, first, "review")
    gate.hold("POST", "/domains")
    qtbot.mouseClick(find(first, QPushButton, "applyButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(gate.held.is_set, timeout=20_000)

    first.close()
    asked = [kind for kind, _text in first.prompts.asked]
    assert asked == ["close"]  # closing during work asks first
    assert not first.isVisible()
    gate.release()

    # Start again: a new window and session on the same sandbox.
    second = make_wizard(make_session(), check_resume=True)
    qtbot.waitUntil(lambda: bool(second.prompts.asked), timeout=5_000)
    kind, text = second.prompts.asked[0]
    assert kind == "resume" and "my-bakery-shop" in text and "bakery-shop.example" in text
    assert second.currentPage().objectName() == "accountPage"
    qtbot.waitUntil(next_button(second).isEnabled, timeout=20_000)
    qtbot.mouseClick(next_button(second), Qt.MouseButton.LeftButton)
    assert second.currentPage().objectName() == "reviewPage"  # every choice came back
    create_setup(qtbot, second)
    assert_made_once(qtbot, gate)
    assert find(second, QLineEdit, "secretValueEdit").text().startswith("xs_")


def test_start_over_forgets_the_stopped_setup(qtbot, make_wizard, make_session, gate):
    from xwms_wizard.core.journal import unfinished_journals

    first = make_wizard()
    go_to(qtbot, first, "review")
    gate.break_at("POST", "/domains")
    qtbot.mouseClick(find(first, QPushButton, "applyButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: first.currentPage().banner.isVisible(), timeout=20_000)
    first.close()
    gate.down = False
    assert unfinished_journals()

    second = make_wizard(
        make_session(), check_resume=True, prompts_kwargs={"resume": "start_over"}
    )
    qtbot.waitUntil(lambda: bool(second.prompts.asked), timeout=5_000)
    assert not unfinished_journals()
    assert second.currentPage().objectName() == "welcomePage"
    assert second.plan.client.name == ""


def test_login_switched_off_stops_at_the_check_and_points_to_the_website_page(
    qtbot, make_wizard, gate
):
    from PySide6.QtWidgets import QCheckBox

    wizard = make_wizard()
    go_to(qtbot, wizard, "domain")
    find(wizard, QCheckBox, "allowLoginCheck").setChecked(False)
    go_to(qtbot, wizard, "review")
    page = wizard.currentPage()
    qtbot.mouseClick(find(wizard, QPushButton, "applyButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.banner.isVisible, timeout=20_000)
    text = page.banner.message.text()
    # The wizard made that switch itself: the fix is on its own Website page, not a dashboard.
    assert "Logging in is not allowed for the domain bakery-shop.example" in text
    assert "Go Back to the Website page to change it, then press Try again." in text
    assert "dashboard" not in text
    assert states(wizard)["verify"] == "failed" and not next_button(wizard).isEnabled()

    while wizard.currentPage().objectName() != "domainPage":
        wizard.back()
    find(wizard, QCheckBox, "allowLoginCheck").setChecked(True)
    go_to(qtbot, wizard, "review")
    create_setup(qtbot, wizard)
    assert states(wizard)["verify"] == "done" and not page.banner.isVisible()
    (domain,) = assert_made_once(qtbot, gate)["domains"]
    assert domain.allow_login
