"""The engine's and the client's messages speak the owner's language (no Qt): i18n.translate."""

from __future__ import annotations

import pytest

from xwms_wizard import i18n
from xwms_wizard.core import validate
from xwms_wizard.xwms.refusals import explain


@pytest.fixture
def language():
    """Set a language for one test; English again afterwards, whatever happens."""
    yield i18n.set_language
    i18n.set_language("en")


def test_english_is_the_default_and_unchanged():
    assert i18n.current_language() == "en"
    check = validate.check_root_domain("203.0.113.10")
    assert check.message == (
        "Website address (root domain): “203.0.113.10” is an IP address, not a website address. "
        "Type the name of your website here (such as example.com) and put the IP address in the "
        "Server IP address field."
    )
    explanation = explain("secret_not_linked", {}, domain="example.com")
    assert explanation.title == (
        "The client secret is right, but it is not linked to the domain example.com."
    )
    assert explanation.fix == (
        "In the XWMS dashboard, open Integrations → Domains → example.com, choose Link Secret "
        "and pick this secret."
    )


def test_a_validation_refusal_in_dutch(language):
    language("nl")
    check = validate.check_root_domain("203.0.113.10")
    assert not check.ok
    assert check.message == (
        "Websiteadres (hoofddomein): “203.0.113.10” is een IP-adres, geen websiteadres. Typ hier "
        "de naam van je website (bijvoorbeeld voorbeeld.nl) en zet het IP-adres in het veld "
        "IP-adres van de server."
    )


def test_a_refusal_explanation_in_dutch(language):
    language("nl")
    explanation = explain("secret_not_linked", {}, domain="example.com")
    assert explanation.title == (
        "De geheime sleutel klopt, maar is niet gekoppeld aan het domein example.com."
    )
    assert explanation.fix == (
        "Open in het XWMS-dashboard Integrations → Domains → example.com, kies Link Secret en "
        "kies deze sleutel."
    )


def test_values_are_filled_in_after_translation(language):
    language("de")
    check = validate.check_client_name("My Shop")
    assert check.message == (
        "Name des Clients: “My Shop” enthält Großbuchstaben. Verwenden Sie nur Kleinbuchstaben. "
        "Versuchen Sie “my-shop”."
    )
    assert explain("domain_inactive", {}, domain="bakery.example").title == (
        "Die Domain bakery.example ist in XWMS ausgeschaltet."
    )


def test_switching_back_to_english_gives_english_again(language):
    language("nl")
    dutch = validate.check_expiry("2000-01-01").message
    language("en")
    english = validate.check_expiry("2000-01-01").message
    assert dutch != english
    assert english.startswith("Expiry date: 2000-01-01 has already passed.")


def test_a_language_without_translations_falls_back_to_english(language, monkeypatch, tmp_path):
    # Every catalogue is complete; one with an unfinished entry stands in for a new string.
    ts = tmp_path / "xwms_wizard_bn.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="bn"><context>'
        "<name>Refusals</name><message><source>This login token was used already; each one "
        'works only once.</source><translation type="unfinished"></translation></message>'
        "</context></TS>",
        encoding="utf-8",
    )
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    monkeypatch.setattr(i18n, "_catalogs", {})
    language("bn")
    assert explain("token_used", {}).title == (
        "This login token was used already; each one works only once."
    )


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError):
        i18n.set_language("xx")
    assert i18n.current_language() == "en"


def test_every_refusal_code_is_translated_into_dutch(language):
    # Every explanation, with and without a domain, comes out different from the English.
    from xwms_wizard.xwms.refusals import KNOWN_CODES

    english = {code: str(explain(code, {}, domain="example.com")) for code in KNOWN_CODES}
    language("nl")
    for code in sorted(KNOWN_CODES):
        assert str(explain(code, {}, domain="example.com")) != english[code], code


def test_the_clients_own_messages_in_dutch(language):
    from xwms_wizard.xwms.client import normalise_api_url
    from xwms_wizard.xwms.errors import BAD_RESPONSE_MESSAGE, BadResponse, XwmsError

    assert BadResponse().message == BAD_RESPONSE_MESSAGE  # English by default
    language("nl")
    assert BadResponse().message.startswith("De server antwoordde op een manier die de wizard")
    with pytest.raises(XwmsError) as info:
        normalise_api_url("ftp://example.com")
    assert info.value.message.startswith("Het serveradres is geen webadres")


def test_a_connection_failure_in_dutch(language):
    # A real client against a closed port: the message the review page shows, in Dutch.
    import asyncio

    from xwms_wizard.xwms.client import XwmsClient
    from xwms_wizard.xwms.errors import ConnectionFailed

    async def ask() -> ConnectionFailed:
        client = XwmsClient("http://127.0.0.1:9/api/", retries=0)
        try:
            await client.info()
        except ConnectionFailed as exc:
            return exc
        finally:
            await client.aclose()
        raise AssertionError("a closed port answered")

    language("nl")
    failure = asyncio.run(ask())
    assert failure.message.startswith(
        "De wizard kon geen verbinding maken met de server op 127.0.0.1:9."
    )


def test_the_sessions_messages_in_dutch(language):
    from xwms_wizard.core.addresses import normalize_server_url
    from xwms_wizard.core.errors import WizardError

    language("nl")
    with pytest.raises(WizardError) as info:
        normalize_server_url("xwms dot example")
    assert info.value.message.startswith("Serveradres: dit is geen webadres.")
    assert info.value.field == "server"


def test_the_command_line_speaks_the_chosen_language(language, tmp_path, capsys):
    # `xwms-wizard verify` with Dutch remembered: its own message comes out in Dutch.
    from xwms_wizard.cli import main

    i18n.save_language("nl")
    env = tmp_path / "half.env"
    env.write_text("XWMS_DOMAIN='example.com'\n", encoding="utf-8")
    assert main(["verify", "--env", str(env)]) == 2
    first = capsys.readouterr().err.splitlines()[0]
    assert first == (
        f"In {env} ontbreekt een waarde voor XWMS_CLIENT_ID, XWMS_CLIENT_SECRET, XWMS_REDIRECT_URI."
    )
    language("en")
    i18n.save_language("en")
    assert main(["verify", "--env", str(env)]) == 2
    assert capsys.readouterr().err.startswith(f"{env} lacks a value for XWMS_CLIENT_ID")


# -- the texts core writes once and the window shows: steps, scopes, the dashboard ------------


def _dashboard_texts(plan) -> set[str]:
    """Every template of dashboard_sections(plan): titles, value labels, steps, their words."""
    from xwms_wizard.core.dashboard import Phrase, dashboard_sections

    found: set[str] = set()

    def add(text: str) -> None:
        found.add(text.template if isinstance(text, Phrase) else text)
        for value in getattr(text, "values", {}).values():
            if isinstance(value, Phrase):
                add(value)

    for section in dashboard_sections(plan):
        for text in (section.title, *section.steps, *(label for label, _ in section.values)):
            add(text)
    return found


def _every_dashboard_text() -> set[str]:
    import datetime as dt

    from xwms_wizard.core.models import (
        ClientChoice,
        DomainChoice,
        ScopesChoice,
        SecretChoice,
        SetupPlan,
    )

    rich = SetupPlan(
        client=ClientChoice("bakery"),
        domain=DomainChoice(
            root="bakery.example",
            server_ip="203.0.113.10",
            internal_name="Shop",
            fallback_uri="https://bakery.example/",
            logo="logo.png",
            test_mode=True,
        ),
        scopes=ScopesChoice([]),
        secret=SecretChoice("web", dt.date(2030, 1, 1)),
    )
    plain = SetupPlan(client=ClientChoice("bakery"), domain=DomainChoice(root="bakery.example"))
    return _dashboard_texts(rich) | _dashboard_texts(plain)


def _catalogue(language: str) -> set[tuple[str, str]]:
    """(context, English) of every entry of the language's .ts."""
    import xml.etree.ElementTree as ET

    root = ET.parse(i18n.translations_dir() / f"{i18n.CATALOG_PREFIX}{language}.ts").getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_every_text_core_shows_the_window_is_marked_where_it_is_written():
    # Marked (QT_TRANSLATE_NOOP) where it is written, so lupdate put it in the catalogue under
    # the context its lookup uses; a text written without the mark would stay English.
    from xwms_wizard.core.apply import STEP_TITLES
    from xwms_wizard.core.scopes import CATALOGUE

    wanted = {("Steps", title) for title in STEP_TITLES.values()}
    wanted |= {("Scopes", text) for s in CATALOGUE for text in (s.title, s.description)}
    wanted |= {("Dashboard", text) for text in _every_dashboard_text()}
    assert len(wanted) == 12 + 8 + 39  # every step, scope text and dashboard text
    assert sorted(wanted - _catalogue("nl")) == []


def test_steps_scopes_and_the_dashboard_in_dutch(language):
    from xwms_wizard.core.apply import Step, step_title
    from xwms_wizard.core.dashboard import dashboard_sections, dashboard_text
    from xwms_wizard.core.models import ClientChoice, DomainChoice, SetupPlan
    from xwms_wizard.core.scopes import scope_text

    plan = SetupPlan(client=ClientChoice("bakery"), domain=DomainChoice(root="bakery.example"))
    domain = dashboard_sections(plan)[1]
    switches = next(step for step in domain.steps if step.startswith("Set the switches"))
    language("nl")
    assert step_title(Step.VERIFY) == "Controleren of alles werkt"
    assert scope_text("Read basic user profile") == "Basisprofiel lezen"
    assert scope_text("Some new scope") == "Some new scope"  # not ours: as the server sent it
    assert dashboard_text(dashboard_sections(plan)[0].title) == "De client aanmaken"
    assert dashboard_text(switches).startswith("Zet de schakelaars zo: Allow Login aan, ")
    language("en")
    assert dashboard_text(switches) == switches  # English: the engine's own words
