"""A bundle for a real practice sandbox works as HANDOFF.md says: curl check and Python code."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from dotenv import dotenv_values

from xwms_wizard.handoff import HandoffFacts, write_bundle
from xwms_wizard.practice import SandboxProcess

pytestmark = pytest.mark.slow

REDIRECT = "https://shop.example/xwms/validateToken"


@pytest.fixture(scope="module")
def sandbox() -> Iterator[str]:
    """One sandbox process for the module (its API URL): the setup below is made once."""
    with SandboxProcess(db=":memory:") as process:
        yield process.api_url


@pytest.fixture(scope="module")
def setup(sandbox) -> tuple[HandoffFacts, str]:
    """A client with a domain, callback URL, scope and a linked secret, made over the real API."""
    with httpx.Client(base_url=sandbox + "manage/", timeout=15) as manage:
        def call(method: str, path: str, body: dict) -> dict:
            answer = manage.request(method, path, json=body)
            assert answer.status_code in (200, 201), answer.text
            return answer.json()["data"]

        token = call("POST", "login", {"email": "owner@example.com", "password": "practice"})
        manage.headers["Authorization"] = f"Bearer {token['token']}"
        client = call("POST", "clients", {"name": "shop-main-app"})["client"]
        call("PUT", f"clients/{client['id']}/scopes", {"scopes": ["profile"]})
        domain = call("POST", f"clients/{client['id']}/domains",
                      {"root_domain": "shop.example", "test_mode": True})["domain"]
        call("POST", f"domains/{domain['id']}/urls", {"url": REDIRECT, "kind": "callback"})
        secret = call("POST", f"clients/{client['id']}/secrets", {})["secret"]
        call("POST", f"domains/{domain['id']}/secret-links", {"secret_id": secret["id"]})
    facts = HandoffFacts(
        client_name=client["name"],
        client_id=client["client_id"],
        domain="shop.example",
        domain_display="shop.example",
        domain_id=domain["domain_id"],
        test_mode=True,
        scopes=[("profile", "Read basic user profile", "name, e-mail and picture")],
        redirect_uri=REDIRECT,
        api_uri=sandbox,
        sandbox=True,
    )
    return facts, secret["secret"]


def code_block(markdown: str, language: str, index: int = 0) -> str:
    return re.findall(rf"```{language}\n(.*?)```", markdown, flags=re.DOTALL)[index]


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_the_curl_check_in_handoff_md_succeeds(setup, tmp_path):
    facts, secret = setup
    bundle = write_bundle(facts, tmp_path, secret=secret, include_secret=True).path
    check = code_block((bundle / "HANDOFF.md").read_text("utf-8"), "sh")
    answer = subprocess.run(["sh", "-c", check], cwd=bundle, capture_output=True, text=True,
                            timeout=30, check=True).stdout
    envelope = json.loads(answer)
    assert envelope["status"] == "success", envelope
    assert envelope["data"]["url"].startswith(facts.api_uri.removesuffix("api/") + "login/")


def test_the_python_code_in_handoff_md_logs_a_user_in(setup, tmp_path, monkeypatch):
    facts, secret = setup
    bundle = write_bundle(facts, tmp_path, secret=secret, include_secret=True).path
    for key, value in dotenv_values(bundle / ".env").items():
        monkeypatch.setenv(key, value or "")
    sample: dict = {}
    exec(compile(code_block((bundle / "HANDOFF.md").read_text("utf-8"), "python"),
                 "HANDOFF.md", "exec"), sample)

    login_page = sample["login_url"]()
    # The person at the browser: pick the first test user and press Allow.
    with httpx.Client(timeout=15) as browser:
        page = browser.get(login_page).text
        sub = re.search(r'name="user" value="([^"]+)"', page).group(1)
        back = browser.post(login_page, data={"user": sub, "decision": "allow"})
    assert back.status_code == 303
    location = back.headers["location"]
    assert location.startswith(REDIRECT + "?")
    (token,) = parse_qs(urlsplit(location).query)["token"]

    user = sample["user_from_token"](token)
    assert user["sub"] == sub
    with pytest.raises(RuntimeError, match="XWMS refused sign-token-verify"):
        sample["user_from_token"](token)  # single use, and the sample says so plainly
