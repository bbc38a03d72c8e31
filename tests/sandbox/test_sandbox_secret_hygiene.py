"""Secret values, tokens and passwords never show up where they should not: answers, errors,
repr(), the sandbox's own output (even while it is dropping connections on purpose)."""

from __future__ import annotations

import time

import httpx
import pytest

from tests.helpers.sandbox import OWNER, PASSWORD
from tests.helpers.sandbox_api import CALLBACK, Api, full_setup, login_token
from xwms_wizard import practice as sandbox_process
from xwms_wizard.practice import SandboxProcess
from xwms_wizard.sandbox.rules import Credentials


def test_credentials_repr_hides_the_secret() -> None:
    creds = Credentials("xc_1", "example.com", "xs_very-secret-value")
    assert "xs_very-secret-value" not in repr(creds) and "<hidden>" in repr(creds)


def test_no_answer_after_creation_carries_the_value(owner: Api) -> None:
    setup = full_setup(owner, scopes=("profile", "userinfo"))
    value = setup.value
    token = login_token(owner, setup)
    seen = [
        owner.get(f"manage/clients/{setup.client['id']}/secrets"),
        owner.post(f"manage/secrets/{setup.secret['id']}/revoke", json={}),
        owner.get(f"manage/domains/{setup.domain['id']}/secret-links"),
        owner.post("sign-token-verify", json={**setup.creds(), "token": token}),
        owner.post("sign-token", json={**setup.creds(), "redirect_url": CALLBACK}),
        owner.post("sign-token", json={**setup.creds(domain="example.org"),
                                       "redirect_url": CALLBACK}),
    ]
    for answer in seen:
        assert value not in answer.text, answer.text
        assert owner.token not in answer.text


def _retrying(http: httpx.Client, method: str, path: str, **kwargs) -> httpx.Response:
    """What a careful client does against --fault-rate: retry 503s and drops, same key."""
    for _ in range(60):
        try:
            answer = http.request(method, path, **kwargs)
        except httpx.TransportError:
            continue
        if answer.status_code != 503:
            return answer
        time.sleep(0.01)
    raise AssertionError(f"{method} {path} never got through")


@pytest.mark.slow
def test_the_sandbox_output_stays_clean_under_faults(monkeypatch) -> None:
    # stderr_text() keeps only the last 8000 characters; a leak must not scroll out of view.
    monkeypatch.setattr(sandbox_process, "_STDERR_LIMIT", 10**9)
    sandbox = SandboxProcess(db=":memory:", fault_rate=0.5)
    sandbox.start()
    try:
        with httpx.Client(base_url=sandbox.api_url, timeout=10) as http:
            login = _retrying(http, "POST", "manage/login",
                              json={"email": OWNER, "password": PASSWORD})
            token = login.json()["data"]["token"]
            auth = {"Authorization": f"Bearer {token}"}
            client = _retrying(http, "POST", "manage/clients", json={"name": "hygiene"},
                               headers={**auth, "Idempotency-Key": "c"}).json()["data"]["client"]
            value = None
            for attempt in range(20):
                # A dropped creation is replayed without its value: make another, as a client must.
                secret = _retrying(http, "POST", f"manage/clients/{client['id']}/secrets",
                                   json={}, headers={**auth, "Idempotency-Key": f"s{attempt}"})
                value = secret.json()["data"]["secret"]["secret"]
                if value:
                    break
            assert value
            for _ in range(10):  # refusals that involve the secret
                _retrying(http, "POST", "sign-token", json={"redirect_url": CALLBACK},
                          headers={"X-Client-Id": client["client_id"],
                                   "X-Client-Domain": "example.com", "X-Client-Secret": value})
        output = sandbox.stderr_text()
    finally:
        sandbox.stop()
    assert "Traceback" not in output and "ConnectionDropped" not in output
    for secret_text in (value, token, PASSWORD):
        assert secret_text not in output
