"""Issue 17's figures for the command line, against real sandbox processes: hostile plan files are
refused before anything is sent, every normalisation is printed, unknown scopes are refused before
the first write, a refusal a rerun cannot fix never says to rerun, every error line names its
step, and a rerun uploads an unchanged logo no more. (`apply` through 30 % faults over 20 seeds:
tests/test_cli.py.)"""

from __future__ import annotations

import asyncio
import io
from pathlib import Path

import httpx
import pytest

from tests.helpers.cli import server_facts
from tests.helpers.xwms import signed_in
from xwms_wizard.cli import main
from xwms_wizard.cli.apply import Stopped, print_stop
from xwms_wizard.core.apply import ApplyError, Step
from xwms_wizard.errors import WizardError

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "plan.toml"

HEAD = '[client]\nname = "corner-shop"\n[domain]\nroot = "corner-shop.example"\n'

# A 1x1 PNG.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
)


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def clients_on(api_url: str) -> list[str]:
    async def look():
        async with signed_in(api_url) as client:
            return [c.name for c in await client.list_clients()]

    return asyncio.run(look())


@pytest.fixture
def requests_sent(monkeypatch) -> list[str]:
    """Every request any httpx client of this process sends ("METHOD path")."""
    sent: list[str] = []
    original = httpx.AsyncClient.send

    async def counting(self, request, **kwargs):
        sent.append(f"{request.method} {request.url.path}")
        return await original(self, request, **kwargs)

    monkeypatch.setattr(httpx.AsyncClient, "send", counting)
    return sent


# -- hostile plan files ---------------------------------------------------------------------------

HOSTILE = {
    # name: (file text, words the one problem line holds)
    "arrays-500-deep": (
        HEAD + "[scopes]\nkeys = " + "[" * 500 + "]" * 500 + "\n",
        "more than 8 levels inside one another",
    ),
    "inline-tables-500-deep": (
        HEAD + "x = " + "{a=" * 500 + "1" + "}" * 500 + "\n",
        "more than 8 levels inside one another",
    ),
    "dotted-key-20000-parts": (
        HEAD + ".".join(["a"] * 20_000) + " = 1\n",
        "more than 8 parts joined by dots",
    ),
    "key-50000-characters": (HEAD + "k" * 50_000 + " = 1\n", "longer than 100 characters"),
    "quoted-key-50000-characters": (
        HEAD + '"' + "k" * 50_000 + '" = 1\n',
        "longer than 100 characters",
    ),
    "200-KB-of-comments": (HEAD + "# padding\n" * 20_000, "at most 64 KB"),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_hostile_plan_file_is_one_plain_line_exit_2_and_nothing_is_sent(
    capsys, tmp_path, live_sandbox, requests_sent, name
):
    text, words = HOSTILE[name]
    plan = tmp_path / f"{name}.toml"
    plan.write_text(text, encoding="utf-8")
    code, out, err = run_cli(capsys, "apply", str(plan), "--server", live_sandbox)
    assert code == 2
    assert "Traceback" not in err and "Error" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 2, err[:500]  # the header, then the one problem
    assert lines[1].startswith("  - plan: Plan file: ") and words in lines[1]
    assert "examples/plan.toml" in lines[1]  # what to do
    assert len(lines[1]) < 400  # nothing of the file is echoed back
    assert out == ""
    assert requests_sent == []
    assert clients_on(live_sandbox + "/api/") == []


def test_a_hostile_plan_file_is_refused_in_live_too(capsys, tmp_path):
    plan = tmp_path / "deep.toml"
    plan.write_text(HOSTILE["arrays-500-deep"][0], encoding="utf-8")
    code, out, err = run_cli(capsys, "apply", str(plan), "--live", "--export", str(tmp_path))
    assert code == 2 and "levels inside one another" in err and "Traceback" not in err
    assert not list(tmp_path.glob("*.md"))


# -- what the loader changed is said ----------------------------------------------------------


def test_a_pasted_address_is_printed_as_a_note_before_the_preview(capsys, tmp_path, live_sandbox):
    plan = tmp_path / "plan.toml"
    plan.write_text(
        '[client]\nname = "corner-shop"\n[domain]\nroot = "https://Corner-Shop.example/shop"\n'
        'server_ip = "192.168.1.5"\n[scopes]\nkeys = ["profile"]\n',
        encoding="utf-8",
    )
    code, out, err = run_cli(capsys, "apply", str(plan), "--server", live_sandbox)
    assert code == 0, err
    note = (
        "Note: Website address (root domain): We turned “https://Corner-Shop.example/shop” "
        "into “corner-shop.example”."
    )
    assert note in out
    assert "Note: Server IP address: " in out  # a warning the page shows, too
    assert out.index(note) < out.index("What this run changes:")


# -- scopes ---------------------------------------------------------------------------------------

UNKNOWN_SCOPE = HEAD + '[scopes]\nkeys = ["profile", "emails"]\n'


def test_an_unknown_scope_is_refused_before_the_first_write(capsys, tmp_path, live_sandbox):
    plan = tmp_path / "plan.toml"
    plan.write_text(UNKNOWN_SCOPE, encoding="utf-8")
    code, out, err = run_cli(capsys, "apply", str(plan), "--server", live_sandbox)
    assert code == 2
    assert "  - scopes.keys: " in err and "“emails”" in err
    assert "profile, userinfo, useraddresses, providers" in err
    assert "Nothing was changed." in err and "Traceback" not in err
    assert clients_on(live_sandbox + "/api/") == []


def test_an_unknown_scope_is_refused_in_live_against_the_known_catalogue(capsys, tmp_path):
    plan = tmp_path / "plan.toml"
    plan.write_text(UNKNOWN_SCOPE, encoding="utf-8")
    code, out, err = run_cli(capsys, "apply", str(plan), "--live", "--export", str(tmp_path))
    assert code == 2
    assert "  - scopes.keys: " in err and "profile, userinfo, useraddresses, providers" in err
    assert not list(tmp_path.glob("*.md"))  # no checklist for a plan XWMS would refuse


def test_a_scope_for_verified_partners_is_refused_before_the_first_write(
    capsys, tmp_path, live_sandbox
):
    plan = tmp_path / "plan.toml"
    plan.write_text(HEAD + '[scopes]\nkeys = ["profile", "providers"]\n', encoding="utf-8")
    for _ in range(2):  # the rerun is refused the same way, and says the same
        code, out, err = run_cli(capsys, "apply", str(plan), "--server", live_sandbox)
        assert code == 2, out + err
        assert "  - scopes.keys: " in err and "“providers” can only be used by a Verified" in err
        assert "Add a [verification] section" in err and "Nothing was changed." in err
        assert "run the same command again" not in err.lower()
    name = HEAD.split('name = "')[1].split('"')[0]
    assert server_facts(live_sandbox + "/api/", name) == {"clients": 0}


def test_the_advice_after_a_stop_depends_on_whether_a_rerun_can_help():
    def advice(error: WizardError) -> str:
        err = io.StringIO()
        print_stop(err, ApplyError(Step.VERIFY, error), debug=False)
        return err.getvalue()

    flaky = advice(WizardError("The server broke.", retryable=True))
    assert "Run the same command again" in flaky
    fixed_in_plan = advice(WizardError("Login is off.", field="domain.allow_login"))
    assert "Change domain.allow_login in the plan" in fixed_in_plan
    elsewhere = advice(WizardError("Ask XWMS to switch this on."))
    for text in (fixed_in_plan, elsewhere):
        assert "run the same command again" not in text.lower()
    assert "do what the line above says" in elsewhere


# -- every error line names its step -----------------------------------------------------------


def test_an_export_that_fails_names_its_step(capsys, tmp_path, live_sandbox):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    code, out, err = run_cli(
        capsys, "apply", str(EXAMPLE), "--server", live_sandbox, "--export", str(blocker)
    )
    assert code == 1
    assert err.startswith("Stopped at 'Write the folder for your developer': "), err
    assert "Traceback" not in err


def test_print_stop_names_a_stage_of_the_command_line():
    err = io.StringIO()
    print_stop(err, Stopped("Sign in", WizardError("No answer.", retryable=True)), debug=False)
    assert err.getvalue().startswith("Stopped at 'Sign in': No answer.")


# -- the logo -------------------------------------------------------------------------------------


def test_a_rerun_uploads_the_logo_only_when_it_changed(capsys, tmp_path, live_sandbox):
    (tmp_path / "logo.png").write_bytes(PNG)
    plan = tmp_path / "plan.toml"
    plan.write_text(
        HEAD + 'logo = "logo.png"\n[scopes]\nkeys = ["profile"]\n', encoding="utf-8"
    )
    code, out, err = run_cli(capsys, "apply", str(plan), "--server", live_sandbox)
    assert code == 0, err
    assert "[   done] Upload the logo: logo.png" in out
    code, out, err = run_cli(capsys, "apply", str(plan), "--server", live_sandbox)
    assert code == 0, err
    assert "The logo will be uploaded." not in out
    assert "[ exists] Upload the logo: logo.png is already the website's logo" in out
    assert "Everything already existed; nothing new was created." in out
    (tmp_path / "logo.png").write_bytes(PNG + b"\0")  # another file: uploaded again
    code, out, err = run_cli(capsys, "apply", str(plan), "--server", live_sandbox)
    assert code == 0, err
    assert "The logo will be uploaded." in out and "[   done] Upload the logo" in out
    assert "Everything already existed" not in out


def test_a_sign_in_refusal_is_not_sent_to_the_plan():
    from xwms_wizard.xwms.errors import NotSignedIn

    err = io.StringIO()
    wrong = NotSignedIn("The e-mail address or password is not right.", code="invalid_credentials",
                        status=401, errors={"password": ["wrong"]})
    print_stop(err, Stopped("Sign in", wrong), debug=False)
    text = err.getvalue()
    assert text.startswith("Stopped at 'Sign in': ")
    assert "in the plan" not in text and "run the same command again" not in text.lower()
