"""The XWMS client against the sandbox as its own process, over real loopback sockets."""

from __future__ import annotations

import httpx
import pytest

from tests.helpers.census import ONE_OF_EACH, counts, holdings
from tests.helpers.sandbox import ADA, OWNER, PASSWORD
from tests.helpers.xwms import (
    CALLBACK,
    Delays,
    full_setup,
    person_allows,
    run_async,
    sign_in_patiently,
)
from xwms_wizard.practice import SandboxProcess
from xwms_wizard.xwms import ConnectionFailed, Refused, XwmsClient

pytestmark = pytest.mark.slow


def test_whole_setup_and_a_login_over_loopback(sandbox_process):
    async def scenario():
        async with (
            XwmsClient(sandbox_process.api_url, timeout=10) as xwms,
            httpx.AsyncClient(timeout=10) as browser,
        ):
            assert await xwms.is_sandbox()
            setup = await full_setup(xwms)
            login_url = await xwms.sign_token(**setup.credentials(), redirect_url=CALLBACK)
            assert login_url.startswith(sandbox_process.base_url + "/login/")
            token = await person_allows(browser, login_url)
            user = await xwms.sign_token_verify(**setup.credentials(), token=token)

            # A real socket: the sandbox sees 127.0.0.1, not the domain's server.
            await xwms.update_domain(setup.domain.id, server_ip="203.0.113.10")
            with pytest.raises(Refused) as caught:
                await xwms.sign_token(**setup.credentials(), redirect_url=CALLBACK)
            return user, caught.value

    user, refused = run_async(scenario())
    assert user["sub"] == ADA
    assert refused.code == "ip_not_allowed"
    assert refused.data == {"your_ip": "127.0.0.1", "allowed_ip": "203.0.113.10"}
    assert "This call came from 127.0.0.1." in refused.message


def test_a_stopped_sandbox_is_connection_failed(sandbox_process):
    api_url = sandbox_process.api_url
    sandbox_process.stop()
    delays = Delays()

    async def scenario():
        async with XwmsClient(api_url, retries=1, sleep=delays) as xwms:
            await xwms.login(OWNER, PASSWORD)

    with pytest.raises(ConnectionFailed) as caught:
        run_async(scenario())
    assert caught.value.retryable
    assert "could not connect" in caught.value.message
    assert len(delays.seen) == 1  # nothing was sent, so even a login may be tried again


def test_faults_over_loopback_are_retried_without_duplicates():
    process = SandboxProcess(db=":memory:", fault_rate=0.3)
    process.start()
    delays = Delays()

    async def scenario():
        async with XwmsClient(process.api_url, retries=12, sleep=delays) as xwms:
            await sign_in_patiently(xwms)
            await full_setup(xwms, sign_in=False)
            return counts(await holdings(xwms), revoked=False)

    try:
        made = run_async(scenario(), timeout=120)
    finally:
        process.stop()
    assert made == ONE_OF_EACH
    assert delays.seen
