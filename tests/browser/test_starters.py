"""The handoff bundle's starter apps, logging in for real: a sandbox process, a bundle written
by write_bundle, the starter as a child process, and headless Chromium clicking through.

For each starter (Python, Node, PHP): open its start page, click "Log in with XWMS", pick a
test person on the sandbox's login page and press Allow; the starter's page must then show
that person's name and sub. A wrong secret must show XWMS's own message, and an XWMS that
cannot be reached a plain explanation. The client secret must appear on no page and in no
output of the starter.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from selenium.common.exceptions import TimeoutException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.wait import WebDriverWait

from tests.browser.conftest import (
    PAGE_TIMEOUT_S,
    STARTERS,
    LiveApi,
    RunningStarter,
    free_port,
    run_starter,
)
from tests.helpers.sandbox import BRAM
from tests.helpers.sandbox_api import Setup, full_setup
from xwms_wizard.handoff import HandoffFacts, write_bundle
from xwms_wizard.handoff.dotenv import EnvEntry, render_env

pytestmark = pytest.mark.slow

LANGS = sorted(STARTERS)
ROOT = "example.com"
LIVE_CALLBACK = f"https://{ROOT}/xwms/validateToken"
WRONG_SECRET = "xs_this-is-not-the-secret-0000000000"


def local_callback(port: int) -> str:
    return f"http://127.0.0.1:{port}/xwms/validateToken"


def make_site(api: LiveApi, port: int) -> Setup:
    """A client whose domain is in Test Mode, with the live callback URL and the starter's
    local one registered (loopback callbacks are allowed only in Test Mode)."""
    setup = full_setup(api, root=ROOT, callback=local_callback(port), test_mode=True)
    api.ok("POST", f"manage/domains/{setup.domain['id']}/urls", 201,
           json={"url": LIVE_CALLBACK, "kind": "callback"})
    return setup


def make_bundle(setup: Setup, api_uri: str, folder: Path, *,
                local_redirect: str | None = None) -> Path:
    """A real handoff bundle (secret included) for `setup`; `local_redirect` is appended to its
    .env as XWMS_LOCAL_REDIRECT_URI, as a practice bundle carries it."""
    facts = HandoffFacts(
        client_name=setup.client["name"],
        client_id=setup.client["client_id"],
        domain=ROOT,
        domain_display=ROOT,
        domain_id=setup.domain["domain_id"],
        test_mode=True,
        scopes=[("profile", "Read basic user profile", "name, e-mail, picture")],
        redirect_uri=LIVE_CALLBACK,
        api_uri=api_uri,
        verified=True,
        # Not marked practice: the .env then names no local callback of its own, and the
        # test adds the one for its starter's free port (a practice bundle names port 8000).
        sandbox=False,
        created_at=dt.datetime(2025, 12, 1, 10, 0, tzinfo=dt.UTC),
    )
    bundle = write_bundle(facts, folder, secret=setup.value, include_secret=True).path
    if local_redirect is not None:
        line = render_env([EnvEntry("XWMS_LOCAL_REDIRECT_URI", local_redirect, "Practice.")])
        with open(bundle / ".env", "a", encoding="utf-8") as env:
            env.write("\n" + line)
    return bundle


def wait_for_heading(browser, text: str) -> None:
    """Wait until the page's heading says `text`; otherwise fail with what the page says."""
    def headed(driver) -> bool:
        # Read in one script call: between a click and the next page the old heading can go
        # away under a WebElement (Chromium then answers "Node ... does not belong to the
        # document"), which is a page still loading, not a failure.
        heading = driver.execute_script(
            "const h = document.querySelector('h1'); return h ? h.textContent : '';"
        )
        return text in (heading or "")

    try:
        WebDriverWait(
            browser, PAGE_TIMEOUT_S, ignored_exceptions=(WebDriverException,)
        ).until(headed)
    except TimeoutException:
        shown = browser.find_elements(By.TAG_NAME, "body")
        pytest.fail(f"expected a page headed {text!r}; {browser.current_url} shows:\n"
                    + (shown[0].text if shown else browser.page_source[:2000]))


def assert_no_secret(secrets: list[str], browser, starter: RunningStarter) -> None:
    for secret in secrets:
        assert secret not in browser.page_source
        assert secret not in starter.output()


@pytest.mark.parametrize("lang", LANGS)
def test_a_person_logs_in_through_the_starter(lang, live_sandbox, live_api, browser, tmp_path):
    port = free_port()
    setup = make_site(live_api, port)
    bundle = make_bundle(setup, live_sandbox + "/api/", tmp_path / "out",
                         local_redirect=local_callback(port))
    folder = bundle / "starters" / lang
    with run_starter(STARTERS[lang], folder, port=port) as starter:
        browser.get(starter.url + "/")
        assert "Log in with XWMS" in browser.title
        # The start page says which .env it read: the bundle's, two folders up.
        assert str(bundle / ".env") in browser.page_source
        assert "set (never shown)" in browser.page_source
        assert setup.value not in browser.page_source
        browser.find_element(By.LINK_TEXT, "Log in with XWMS").click()

        # The sandbox's practice login page: pick a test person, then Allow.
        wait_for_heading(browser, f"Log in to {ROOT}")
        assert browser.current_url.startswith(live_sandbox + "/login/")
        browser.find_element(By.CSS_SELECTOR, f'input[name="user"][value="{BRAM}"]').click()
        browser.find_element(By.CSS_SELECTOR, 'button[value="allow"]').click()

        wait_for_heading(browser, "You are logged in with XWMS")
        assert browser.current_url.startswith(local_callback(port) + "?token=")
        rows = {
            row.find_element(By.TAG_NAME, "th").text: row.find_element(By.TAG_NAME, "td").text
            for row in browser.find_elements(By.CSS_SELECTOR, "table tr")
        }
        assert rows["Name"] == "Bram de Vries"
        assert rows["sub"] == BRAM
        assert_no_secret([setup.value], browser, starter)


@pytest.mark.parametrize("lang", LANGS)
def test_a_wrong_secret_shows_the_message_of_xwms(lang, live_sandbox, live_api, browser,
                                                  tmp_path):
    port = free_port()
    setup = make_site(live_api, port)
    bundle = make_bundle(setup, live_sandbox + "/api/", tmp_path / "out")
    # Environment variables win over the bundle's .env: the right secret there, a wrong one
    # here; the local callback comes from the environment too.
    env = {"XWMS_CLIENT_SECRET": WRONG_SECRET, "XWMS_LOCAL_REDIRECT_URI": local_callback(port)}
    with run_starter(STARTERS[lang], bundle / "starters" / lang, port=port, env=env) as starter:
        browser.get(starter.url + "/")
        browser.find_element(By.LINK_TEXT, "Log in with XWMS").click()
        wait_for_heading(browser, "XWMS did not start the login")
        text = browser.find_element(By.TAG_NAME, "body").text
        assert f"The client secret is not right for the client {setup.client['name']}" in text
        assert "Correct it in .env" in text
        assert browser.current_url == starter.url + "/xwms/auth"
        assert_no_secret([setup.value, WRONG_SECRET], browser, starter)


@pytest.mark.parametrize("lang", LANGS)
def test_no_connection_to_xwms_is_explained(lang, live_sandbox, live_api, tmp_path):
    port = free_port()
    setup = make_site(live_api, port)
    bundle = make_bundle(setup, live_sandbox + "/api/", tmp_path / "out")
    closed = free_port()  # nothing listens there
    env = {"XWMS_API_URI": f"http://127.0.0.1:{closed}/api/"}
    with run_starter(STARTERS[lang], bundle / "starters" / lang, port=port, env=env) as starter:
        answer = httpx.get(starter.url + "/xwms/auth", timeout=30)
        assert answer.status_code == 502
        assert f"Could not reach XWMS at http://127.0.0.1:{closed}/api/sign-token" in answer.text
        assert "check that it is still running" in answer.text
        assert setup.value not in answer.text + starter.output()


@pytest.mark.parametrize("lang", LANGS)
def test_the_start_page_says_where_the_login_would_go(lang, live_sandbox, live_api, tmp_path):
    # Without XWMS_LOCAL_REDIRECT_URI the starter sends the .env's XWMS_REDIRECT_URI (the live
    # site's), and its start page explains how to finish a login on this computer instead.
    port = free_port()
    setup = make_site(live_api, port)
    bundle = make_bundle(setup, live_sandbox + "/api/", tmp_path / "out")
    with run_starter(STARTERS[lang], bundle / "starters" / lang, port=port) as starter:
        page = httpx.get(starter.url + "/", timeout=30).text
        assert "Callback URL (XWMS_REDIRECT_URI)" in page
        assert "which is not this app" in page and local_callback(port) in page
        assert "set (never shown)" in page and setup.value not in page
        login = httpx.get(starter.url + "/xwms/auth", timeout=30)
        assert login.status_code == 302
        assert login.headers["location"].startswith(live_sandbox + "/login/")


# --- the developer's minute: only the bundle folder, `sandbox --from-bundle`, a starter -------

STARTER_PORT = 8000  # the starters' default PORT, and so the practice bundle's local callback


def practice_bundle(folder: Path, api_port: int) -> tuple[Path, str]:
    """A practice bundle as the wizard writes it (secret included): ids the practice server
    made, its API address, and no running server behind them yet."""
    secret = "xs_practice-bundle-secret-0123456789abcdef"
    facts = HandoffFacts(
        client_name="bakery-webshop",
        client_id="xc_0123456789abcdef0123",
        domain=ROOT,
        domain_display=ROOT,
        domain_id="xd_0123456789abcdef0123",
        test_mode=False,
        scopes=[("profile", "Read basic user profile", "name, e-mail, picture")],
        redirect_uri=LIVE_CALLBACK,
        api_uri=f"http://127.0.0.1:{api_port}/api/",
        verified=True,
        sandbox=True,
    )
    return write_bundle(facts, folder, secret=secret, include_secret=True).path, secret


@contextlib.contextmanager
def bundle_server(bundle: Path) -> Iterator[str]:
    """`xwms-wizard sandbox --from-bundle DIR`, as the developer runs it; its base URL."""
    process = subprocess.Popen(
        [sys.executable, "-m", "xwms_wizard", "sandbox", "--from-bundle", str(bundle)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, text=True,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert "listening on" in first, first + process.stdout.read()
        lines = [process.stdout.readline() for _ in range(4)]
        assert "already points here" in "".join(lines), lines  # no file to edit
        yield first.split("listening on ", 1)[1].split()[0]
    finally:
        process.terminate()
        process.wait(10)
        if process.stdout is not None:
            process.stdout.close()


@pytest.mark.parametrize("lang", LANGS)
def test_the_bundle_alone_is_enough_to_log_in(lang, browser, tmp_path):
    with socket.socket() as probe:
        if probe.connect_ex(("127.0.0.1", STARTER_PORT)) == 0:
            pytest.skip(f"port {STARTER_PORT} (the starters' default) is in use on this computer")
    api_port = free_port()
    bundle, secret = practice_bundle(tmp_path / "out", api_port)
    env_text = (bundle / ".env").read_text(encoding="utf-8")
    assert f"XWMS_LOCAL_REDIRECT_URI='{local_callback(STARTER_PORT)}'" in env_text
    with bundle_server(bundle) as server, run_starter(
        STARTERS[lang], bundle / "starters" / lang, port=STARTER_PORT
    ) as starter:
        assert server == f"http://127.0.0.1:{api_port}"  # the port the .env names
        browser.get(starter.url + "/")
        browser.find_element(By.LINK_TEXT, "Log in with XWMS").click()
        wait_for_heading(browser, f"Log in to {ROOT}")
        browser.find_element(By.CSS_SELECTOR, f'input[name="user"][value="{BRAM}"]').click()
        browser.find_element(By.CSS_SELECTOR, 'button[value="allow"]').click()
        wait_for_heading(browser, "You are logged in with XWMS")
        assert browser.current_url.startswith(local_callback(STARTER_PORT) + "?token=")
        assert "Bram de Vries" in browser.page_source and BRAM in browser.page_source
        assert_no_secret([secret], browser, starter)
