"""Tests for core.plan: the TOML plan file, its problems listed per field, and writing it back."""

from __future__ import annotations

import datetime as dt
import os
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from xwms_wizard.core import validate as v
from xwms_wizard.core.errors import WizardError
from xwms_wizard.core.models import (
    ClientChoice,
    DomainChoice,
    ScopesChoice,
    SecretChoice,
    SetupPlan,
)
from xwms_wizard.core.plan import (
    PlanError,
    _toml_string,
    derive_plan_id,
    dump_plan,
    load_plan,
    loads_plan,
    save_plan,
)

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "plan.toml"
TODAY = dt.date(2026, 6, 15)
PROPERTY = settings(
    max_examples=int(os.environ.get("XWMS_PROPERTY_EXAMPLES", "300")),
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)

MINIMAL = """
[client]
name = "bakkerij-jansen-webshop"
[domain]
root = "bakkerij-jansen.nl"
"""


def problems_of(text: str, **kwargs) -> dict[str, str]:
    with pytest.raises(PlanError) as caught:
        loads_plan(text, "test.toml", today=TODAY, **kwargs)
    return {problem.field: problem.message for problem in caught.value.problems}


# --- the example and the basics -----------------------------------------------------------


def test_the_example_plan_loads_as_documented():
    plan = load_plan(EXAMPLE, today=TODAY)
    assert plan.client.name == "bakkerij-jansen-webshop"
    assert plan.domain.root == "bakkerij-jansen.nl"
    assert plan.domain.server_ip == "203.0.113.10"
    assert plan.domain.internal_name == "Web shop"
    assert plan.domain.redirect_url == "https://bakkerij-jansen.nl/xwms/validateToken"
    assert (plan.domain.allow_login, plan.domain.allow_api) == (True, True)
    assert (plan.domain.active, plan.domain.primary, plan.domain.test_mode) == (True, True, False)
    assert plan.scopes.keys == ["profile"]
    assert plan.secret.label == "webshop-server"
    assert plan.secret.expires == dt.date(2027, 12, 31)
    assert plan.plan_id == derive_plan_id("bakkerij-jansen-webshop", "bakkerij-jansen.nl")


def test_defaults_of_a_minimal_plan():
    plan = loads_plan(MINIMAL, today=TODAY)
    assert plan.domain == DomainChoice(root="bakkerij-jansen.nl")
    assert plan.domain.effective_redirect_url == "https://bakkerij-jansen.nl/xwms/validateToken"
    assert plan.scopes.keys == []
    assert plan.secret == SecretChoice()
    assert plan.secret.effective_label == "Standard Key"


def test_plan_id_is_stable_and_can_be_given():
    first = loads_plan(MINIMAL, today=TODAY).plan_id
    assert first == loads_plan(MINIMAL + "\n[scopes]\nkeys = []\n", today=TODAY).plan_id
    assert len(first) == 16 and all(ch in "0123456789abcdef" for ch in first)
    other = loads_plan(MINIMAL.replace("bakkerij-jansen.nl", "jansen.nl"), today=TODAY)
    assert other.plan_id != first
    # derived from the normalised values: a pasted URL gives the same id as the bare domain
    pasted = loads_plan(MINIMAL.replace('"bakkerij-jansen.nl"', '"https://Bakkerij-Jansen.nl/"'))
    assert pasted.plan_id == first
    given_id = loads_plan('plan_id = "shop-2027"\n' + MINIMAL, today=TODAY)
    assert given_id.plan_id == "shop-2027"
    assert "Plan id" in problems_of('plan_id = "has spaces"\n' + MINIMAL)["plan_id"]


def test_normalised_values_go_into_the_plan(tmp_path):
    plan = loads_plan(
        """
        [client]
        name = "  bakkerij-jansen-webshop "
        [domain]
        root = "https://Bäckerei-Jansen.de/winkel"
        server_ip = "::ffff:8.8.8.8"
        internal_name = "  Web shop  "
        [scopes]
        keys = ["profile", "userinfo", "profile"]
        [secret]
        expires = 2027-12-31
        """,
        today=TODAY,
    )
    assert plan.client.name == "bakkerij-jansen-webshop"
    assert plan.domain.root == "xn--" + "bäckerei-jansen".encode("punycode").decode() + ".de"
    assert plan.domain.server_ip == "8.8.8.8"
    assert plan.domain.internal_name == "Web shop"
    assert plan.scopes.keys == ["profile", "userinfo"]
    assert plan.secret.expires == dt.date(2027, 12, 31)  # a bare TOML date works too


def test_warnings_do_not_stop_a_plan():
    plan = loads_plan(MINIMAL + 'server_ip = "192.168.1.5"\n', today=TODAY)
    assert plan.domain.server_ip == "192.168.1.5"
    assert [c.field for c in v.plan_warnings(plan, today=TODAY)] == ["domain.server_ip"]


# --- every problem, with its field ---------------------------------------------------------

BROKEN = """
plan_id = "not valid!"
[client]
name = "Bakkerij Jansen"
[domian]
root = "x"
[domain]
rooot = "bakkerij-jansen.nl"
server_ip = "10.0.0.0/8"
allow_login = "yes"
redirect_url = "http://elsewhere.nl/cb#top"
logo = "missing-logo.png"
[scopes]
keys = ["Profile ", 3]
[secret]
label = "webshop-server"
expires = "2020-01-01"
"""


def test_a_broken_plan_lists_every_problem_with_its_field(tmp_path):
    with pytest.raises(PlanError) as caught:
        loads_plan(BROKEN, "broken.toml", base_dir=tmp_path, today=TODAY)
    error = caught.value
    assert isinstance(error, WizardError)
    found = {problem.field: problem.message for problem in error.problems}
    assert set(found) == {
        "plan_id",
        "domian",
        "domain.rooot",
        "domain.allow_login",
        "domain.root",
        "client.name",
        "domain.server_ip",
        "domain.redirect_url",
        "domain.logo",
        "scopes.keys",
        "secret.expires",
    }
    assert "Did you mean [domain]?" in found["domian"]
    assert "Did you mean “root”?" in found["domain.rooot"]
    assert "true or false" in found["domain.allow_login"]
    assert found["domain.root"].startswith("Website address (root domain): missing")
    assert "Try “bakkerij-jansen”" in found["client.name"]
    assert "range of addresses" in found["domain.server_ip"]
    assert found["domain.redirect_url"].startswith("Callback URL: ")
    assert "cannot find" in found["domain.logo"]
    assert "is not a scope name" in found["scopes.keys"]
    assert "already passed" in found["secret.expires"]
    assert all(not problem.ok for problem in error.problems)
    # the message lists every problem, one per line, each under its field
    assert "has 11 problems" in error.message
    for field, message in found.items():
        assert f"  - {field}: {message}" in error.message
    assert error.field is None  # more than one field


def test_one_problem_names_its_field_on_the_error():
    with pytest.raises(PlanError) as caught:
        loads_plan(MINIMAL.replace("bakkerij-jansen.nl", "203.0.113.10"), today=TODAY)
    assert caught.value.field == "domain.root"
    assert "Server IP address field" in caught.value.message
    assert "has 1 problem:" in caught.value.message


def test_a_syntax_error_gives_the_line():
    found = problems_of('[client]\nname = "shop"\n[domain]\nroot = example.com\n')
    assert list(found) == ["plan"]
    assert "line 4" in found["plan"] and "examples/plan.toml" in found["plan"]


def test_misplaced_and_mistyped_settings_are_explained():
    found = problems_of(
        'name = "shop-one"\n'
        "[client]\n"
        'name = "shop-one"\n'
        'server_ip = "8.8.8.8"\n'
        "[domain]\n"
        'root = "shop.nl"\n'
        "[scopes]\n"
        'keys = "profile"\n'
        "[secret]\n"
        "expires = 2027-12-31T10:00:00\n"
        "[extras]\n"
        "x = 1\n"
    )
    assert "belongs under [client]" in found["name"]
    assert "belongs under [domain]" in found["client.server_ip"]
    assert "a list of texts" in found["scopes.keys"]
    assert "a date" in found["secret.expires"]
    assert "only [client], [domain], [scopes], [secret], [verification] and [[members]]" in found["extras"]
    assert (
        "must be a section" in problems_of('client = "shop"\n[domain]\nroot = "a.nl"\n')["client"]
    )


SECRET = "xs_TopSecretValue0123456789abcdefghijklmn"
SECRET_CASES = {
    "secret.value": MINIMAL + f'[secret]\nvalue = "{SECRET}"\n',
    "secret.client_secret": MINIMAL + f'[secret]\nclient_secret = "{SECRET}"\n',
    "client.secret": MINIMAL.replace("[client]\n", f'[client]\nsecret = "{SECRET}"\n'),
    "password": f'password = "{SECRET}"\n' + MINIMAL,
}


@pytest.mark.parametrize("field", list(SECRET_CASES))
def test_a_secret_in_a_plan_is_refused_and_never_repeated(field):
    with pytest.raises(PlanError) as caught:
        loads_plan(SECRET_CASES[field], today=TODAY)
    error = caught.value
    assert [p.field for p in error.problems] == [field]
    assert "plan files never hold a secret" in error.problems[0].message
    assert "keychain" in error.problems[0].message
    for shown in (str(error), error.message, error.detail, repr(error.problems), repr(error)):
        assert SECRET not in shown


def test_missing_unreadable_and_bom_files(tmp_path):
    with pytest.raises(PlanError) as caught:
        load_plan(tmp_path / "nope.toml")
    assert caught.value.problems[0].field == "plan" and "cannot find" in caught.value.message
    with pytest.raises(PlanError) as caught:
        load_plan(tmp_path)
    assert "is a folder" in caught.value.message
    latin1 = tmp_path / "latin1.toml"
    latin1.write_bytes(MINIMAL.replace("webshop", "caf\xe9").encode("latin-1"))
    with pytest.raises(PlanError) as caught:
        load_plan(latin1)
    assert "UTF-8" in caught.value.message
    bom = tmp_path / "bom.toml"
    bom.write_bytes(b"\xef\xbb\xbf" + MINIMAL.encode())
    assert load_plan(bom, today=TODAY).client.name == "bakkerij-jansen-webshop"


def test_a_relative_logo_is_found_next_to_the_plan(tmp_path, monkeypatch):
    folder = tmp_path / "plans"
    (folder / "img").mkdir(parents=True)
    logo = folder / "img" / "logo.png"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 16)
    plan_file = folder / "shop.toml"
    plan_file.write_text(MINIMAL + 'logo = "img/logo.png"\n', encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # the current folder must not matter
    plan = load_plan(plan_file, today=TODAY)
    assert plan.domain.logo == str(logo.resolve())
    # written back as an absolute path, so it still works from any folder
    assert loads_plan(dump_plan(plan), today=TODAY).domain.logo == str(logo.resolve())
    found = problems_of(MINIMAL + 'logo = "img/logo.png"\n', base_dir=elsewhere)
    assert "cannot find" in found["domain.logo"]


# --- writing -------------------------------------------------------------------------------


def test_dump_and_load_round_trip_the_example(tmp_path):
    plan = load_plan(EXAMPLE, today=TODAY)
    text = dump_plan(plan)
    assert set(tomllib.loads(text)["secret"]) == {"label", "expires"}  # never a secret value
    assert loads_plan(text, today=TODAY) == plan
    target = tmp_path / "plans" / "saved.toml"
    target.parent.mkdir()
    save_plan(plan, target)
    assert load_plan(target, today=TODAY) == plan
    plan.client.name = "bakkerij-jansen-kassa"
    save_plan(plan, target)  # replaces the old file
    assert load_plan(target, today=TODAY).client.name == "bakkerij-jansen-kassa"
    assert sorted(p.name for p in target.parent.iterdir()) == ["saved.toml"]  # no temp files


def test_an_international_root_is_written_with_its_unicode_form():
    plan = loads_plan(MINIMAL.replace("bakkerij-jansen.nl", "bäckerei.de"), today=TODAY)
    text = dump_plan(plan)
    assert 'root = "xn--bckerei-5wa.de"  # bäckerei.de' in text
    assert loads_plan(text, today=TODAY) == plan


def test_save_plan_leaves_the_old_file_when_writing_fails(tmp_path, monkeypatch):
    target = tmp_path / "plans" / "plan.toml"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    plan = load_plan(EXAMPLE, today=TODAY)

    def refuse(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("xwms_wizard.core.plan.os.replace", refuse)
    with pytest.raises(OSError):
        save_plan(plan, target)
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in target.parent.iterdir()) == ["plan.toml"]  # temp removed


@PROPERTY
@given(st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=40))
def test_toml_strings_read_back_exactly(text):
    assert tomllib.loads(f"x = {_toml_string(text)}")["x"] == text


def _valid(check_fn, *args):
    return lambda value: check_fn(value, *args).ok and check_fn(value, *args).value == value


names = st.from_regex(r"[a-z][a-z0-9-]{2,40}", fullmatch=True)
roots = st.sampled_from(
    ["example.com", "bakkerij-jansen.nl", "xn--bckerei-5wa.de", "shop.co.uk", "a-b.io"]
)
texts = st.text(max_size=64).filter(_valid(v.check_internal_name))


@st.composite
def valid_plans(draw):
    root = draw(roots)
    test_mode = draw(st.booleans())
    redirect = draw(
        st.sampled_from(
            ["", f"https://{root}/xwms/validateToken", f"https://login.{root}/cb?x=1"]
            + (["http://localhost:8000/xwms/validateToken"] if test_mode else [])
        )
    )
    return SetupPlan(
        plan_id=draw(st.from_regex(r"[A-Za-z0-9_-]{1,64}", fullmatch=True)),
        client=ClientChoice(name=draw(names)),
        domain=DomainChoice(
            root=root,
            server_ip=draw(st.sampled_from(["", "203.0.113.10", "8.8.8.8", "2001:db8::10"])),
            internal_name=draw(texts),
            redirect_url=redirect,
            allow_login=draw(st.booleans()),
            allow_api=draw(st.booleans()),
            active=draw(st.booleans()),
            primary=draw(st.booleans()),
            test_mode=test_mode,
            fallback_uri=draw(st.sampled_from(["", f"https://{root}/help"])),
        ),
        scopes=ScopesChoice(
            keys=draw(
                st.lists(
                    st.sampled_from(["profile", "userinfo", "useraddresses", "providers"]),
                    unique=True,
                )
            )
        ),
        secret=SecretChoice(
            label=draw(st.text(max_size=64).filter(_valid(v.check_secret_label))),
            expires=draw(st.none() | st.dates(min_value=TODAY + dt.timedelta(days=1))),
        ),
    )


@PROPERTY
@given(valid_plans())
def test_every_valid_plan_round_trips(plan):
    assert v.check_plan(plan, today=TODAY) == []
    text = dump_plan(plan)
    assert loads_plan(text, today=TODAY) == plan
    assert dump_plan(loads_plan(text, today=TODAY)) == text
