"""`xwms-wizard sandbox --from-bundle DIR`: the developer's practice server for one bundle.

The browser half (a starter logging in against it) is tests/browser/test_starters.py.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from tests.helpers.sandbox import BRAM
from tests.helpers.sandbox_api import Api
from xwms_wizard import cli
from xwms_wizard.cli.bundle_server import port_for, read_bundle
from xwms_wizard.handoff import HandoffFacts, write_bundle
from xwms_wizard.handoff.bundle import LOCAL_REDIRECT_URI
from xwms_wizard.handoff.dotenv import parse_env_file
from xwms_wizard.practice import SandboxProcess
from xwms_wizard.sandbox.app import create_app
from xwms_wizard.sandbox.bundle import LOCAL_CALLBACK, BundleInvalid, BundleSpec, seed_bundle

SECRET = "xs_from-bundle-secret-000000000000000000"


def facts(**override) -> HandoffFacts:
    values = dict(
        client_name="bakery-webshop",
        client_id="xc_00112233445566778899",
        domain="bakery.example",
        domain_display="bakery.example",
        domain_id="xd_00112233445566778899",
        test_mode=False,
        scopes=[("profile", "Read basic user profile", ""), ("userinfo", "Extra", "")],
        redirect_uri="https://bakery.example/xwms/validateToken",
        api_uri="http://127.0.0.1:8765/api/",
        sandbox=True,
    )
    return HandoffFacts(**{**values, **override})


def bundle(tmp_path: Path, *, secret: str | None = SECRET, **override) -> Path:
    return write_bundle(facts(**override), tmp_path / "out", secret=secret,
                        include_secret=secret is not None).path


def test_the_practice_callback_is_the_same_on_both_sides():
    # handoff sits below the sandbox's level of trust: it keeps its own copy of the value.
    assert LOCAL_REDIRECT_URI == LOCAL_CALLBACK == "http://127.0.0.1:8000/xwms/validateToken"


def test_a_practice_bundle_carries_the_local_callback_and_both_domain_names(tmp_path):
    env = parse_env_file(bundle(tmp_path) / ".env")
    assert env["XWMS_LOCAL_REDIRECT_URI"] == LOCAL_REDIRECT_URI
    # XWMS's PHP guide and the Python guide read XWMS_CLIENT_DOMAIN; the packages XWMS_DOMAIN.
    assert env["XWMS_CLIENT_DOMAIN"] == env["XWMS_DOMAIN"] == "bakery.example"


def test_a_live_bundle_has_no_local_callback(tmp_path):
    env = parse_env_file(bundle(tmp_path, sandbox=False, api_uri="https://xwms.nl/api/") / ".env")
    assert "XWMS_LOCAL_REDIRECT_URI" not in env
    assert env["XWMS_CLIENT_DOMAIN"] == "bakery.example"


def test_the_bundle_is_read_from_its_env_and_json(tmp_path):
    spec, api_uri = read_bundle(bundle(tmp_path))
    assert (spec.client_id, spec.domain, spec.domain_id, spec.scopes) == (
        "xc_00112233445566778899", "bakery.example", "xd_00112233445566778899",
        ("profile", "userinfo"),
    )
    assert spec.secret == SECRET and SECRET not in repr(spec)
    assert api_uri == "http://127.0.0.1:8765/api/"
    assert spec.callbacks[0] == "https://bakery.example/xwms/validateToken"
    assert LOCAL_CALLBACK in spec.callbacks


def test_the_port_is_the_one_the_env_names(tmp_path):
    assert port_for("http://127.0.0.1:45855/api/") == 45855
    assert port_for("https://xwms.nl/api/") == 8765  # a live bundle: the practice default


@pytest.mark.parametrize(
    ("make", "needle"),
    [
        (lambda tmp: tmp, "is not a handoff bundle"),
        (lambda tmp: bundle(tmp, secret=None), "has no XWMS_CLIENT_SECRET"),
    ],
)
def test_what_cannot_be_served_is_said_plainly(tmp_path, capsys, make, needle):
    assert cli.main(["sandbox", "--from-bundle", str(make(tmp_path))]) == 2
    err = capsys.readouterr().err
    assert needle in err and err.startswith("xwms-wizard sandbox: ")


def test_a_bundle_the_sandbox_rules_refuse_names_the_value():
    store = create_app().state.store
    spec, = [BundleSpec(client_id="xc_1", client_name="x-site", domain="bakery.example",
                        domain_id="xd_1", redirect_uri="ftp://bakery.example/cb",
                        scopes=("profile",), secret=SECRET)]
    with pytest.raises(BundleInvalid, match="XWMS_REDIRECT_URI"):
        seed_bundle(store, spec)
    unknown = BundleSpec(client_id="xc_1", client_name="x-site", domain="bakery.example",
                         domain_id="xd_1", redirect_uri="https://bakery.example/cb",
                         scopes=("telepathy",), secret=SECRET)
    with pytest.raises(BundleInvalid, match="telepathy"):
        seed_bundle(store, unknown)
    store.close()


def test_the_seeded_setup_logs_in_with_exactly_the_bundle_s_values(tmp_path):
    spec, _ = read_bundle(bundle(tmp_path))
    app = create_app()
    seed_bundle(app.state.store, spec)
    http = Api(app)
    try:
        creds = {"client_id": spec.client_id, "domain": spec.domain, "client_secret": SECRET}
        start = http.post("sign-token", json={**creds, "redirect_url": LOCAL_CALLBACK})
        assert start.status_code == 200, start.text
        page = http.post(start.json()["data"]["url"], data={"user": BRAM, "decision": "allow"})
        token = page.headers["location"].split("token=", 1)[1]
        who = http.post("sign-token-verify", json={**creds, "token": token})
        assert who.json()["data"]["sub"] == BRAM
        wrong = http.post("sign-token", json={**creds, "client_secret": "xs_wrong",
                                              "redirect_url": LOCAL_CALLBACK})
        assert wrong.json()["code"] == "invalid_secret"
    finally:
        http.close()
    app.state.store.close()


def test_the_practice_server_takes_the_next_port_when_its_own_is_taken():
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        taken = busy.getsockname()[1]
        with SandboxProcess(db=":memory:", port=taken, next_free=True) as process:
            port = int(process.base_url.rsplit(":", 1)[1])
            assert taken < port < taken + 20


def test_a_taken_port_moves_the_bundle_server_and_says_how_to_follow(tmp_path):
    import subprocess
    import sys

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        taken = busy.getsockname()[1]
        folder = bundle(tmp_path, api_uri=f"http://127.0.0.1:{taken}/api/")
        process = subprocess.Popen(
            [sys.executable, "-m", "xwms_wizard", "sandbox", "--from-bundle", str(folder)],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, text=True,
        )
        try:
            lines = [process.stdout.readline() for _ in range(4)]
        finally:
            process.terminate()
            process.wait(10)
            process.stdout.close()
    port = int(lines[0].split("listening on http://127.0.0.1:", 1)[1].split()[0])
    assert taken < port < taken + 20, lines
    assert f"XWMS_API_URI=http://127.0.0.1:{port}/api/" in "".join(lines)
