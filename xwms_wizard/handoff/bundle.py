"""Writing the developer handoff bundle: .env, .env.example, HANDOFF.md, JSON, .gitignore, .ics,
and the starter apps (starters/python, starters/node, starters/php) that log in with the .env.

The bundle is built in a hidden temporary folder next to its destination and renamed into
place at the end, so a failure never leaves half a bundle. The secret reaches disk only in
`.env` (0600), and only when the owner chose to include it. A run that was killed half-way
can leave its hidden folder (with `.env`) behind; the next run in that folder removes it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import re
import secrets
import shutil
import stat
import string
import tempfile
import time
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from xwms_wizard import __version__
from xwms_wizard.atomic import atomic_write_bytes
from xwms_wizard.errors import WizardError
from xwms_wizard.handoff.dotenv import EnvEntry, render_env_with_notes
from xwms_wizard.handoff.ics import reminder_date, secret_expiry_reminder
from xwms_wizard.i18n import translate
from xwms_wizard.paths import resource_dir

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; leftovers are removed without that check
    fcntl = None  # type: ignore[assignment]

DEFAULT_API_URI = "https://xwms.nl/api/"
JSON_VERSION = 1
# What XWMS calls a key without a label. The same words as core.models.DEFAULT_SECRET_LABEL,
# copied because handoff sits below core; tests/sandbox/test_sandbox_catalogue_matches.py
# keeps the copies equal.
DEFAULT_SECRET_LABEL = "Standard Key"

ENV_NAME = ".env"
ENV_EXAMPLE_NAME = ".env.example"
HANDOFF_NAME = "HANDOFF.md"
JSON_NAME = "xwms-handoff.json"
GITIGNORE_NAME = ".gitignore"
ICS_NAME = "secret-expiry-reminder.ics"

SECRET_KEY = "XWMS_CLIENT_SECRET"
# The starter apps (resources/starters/<language>/) go into the bundle under this folder.
STARTERS_NAME = "starters"
# Never copied from resources/starters: caches, OS litter, installed packages, and any .env
# (a developer's own settings, which may hold a secret, must not travel into a bundle).
_STARTER_SKIPPED = {"__pycache__", ".DS_Store", "Thumbs.db", "node_modules", "vendor", ENV_NAME}


class BundleError(WizardError):
    """The bundle could not be written, or a handoff JSON could not be read."""


class BundleExists(BundleError):
    """`write_bundle(existing="ask")` found a bundle of the same name; nothing was written.

    `path` is the earlier bundle's folder (or its zip file, when only that is there).
    """

    def __init__(self, message: str, *, path: Path, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.path = path


@dataclass(kw_only=True)
class HandoffFacts:
    """What was set up, for the developer. Deliberately has no secret field."""

    client_name: str
    client_id: str
    domain: str  # punycode, as XWMS stores it
    domain_display: str  # the same domain in Unicode, for people
    domain_id: str
    test_mode: bool
    scopes: list[tuple[str, str, str]] = field(default_factory=list)  # (key, title, description)
    redirect_uri: str
    api_uri: str = DEFAULT_API_URI
    secret_label: str = DEFAULT_SECRET_LABEL
    secret_expires: dt.date | None = None
    verified: bool = False
    verified_at: dt.datetime | None = None
    verification_note: str = ""  # plain words, e.g. "credentials work; calls must come from ..."
    sandbox: bool = False
    # People the owner made members of the client, so they use their own XWMS account in the
    # dashboard: (e-mail, role), the role one of the wizard's presets ("Developer", "Viewer").
    members: list[tuple[str, str]] = field(default_factory=list)
    created_at: dt.datetime = field(
        default_factory=lambda: dt.datetime.now(dt.UTC).replace(microsecond=0)
    )

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready plain data (dates as ISO 8601 strings, scopes as objects)."""
        return {
            "client_name": self.client_name,
            "client_id": self.client_id,
            "domain": self.domain,
            "domain_display": self.domain_display,
            "domain_id": self.domain_id,
            "test_mode": self.test_mode,
            "scopes": [
                {"key": key, "title": title, "description": description}
                for key, title, description in self.scopes
            ],
            "redirect_uri": self.redirect_uri,
            "api_uri": self.api_uri,
            "secret_label": self.secret_label,
            "secret_expires": self.secret_expires.isoformat() if self.secret_expires else None,
            "verified": self.verified,
            "verified_at": self.verified_at.isoformat() if self.verified_at else None,
            "verification_note": self.verification_note,
            "sandbox": self.sandbox,
            "members": [{"email": email, "role": role} for email, role in self.members],
            "created_at": self.created_at.isoformat(),
        }


def facts_to_dict(facts: HandoffFacts) -> dict[str, Any]:
    """Same as `facts.to_dict()`."""
    return facts.to_dict()


def facts_from_dict(data: dict[str, Any]) -> HandoffFacts:
    """HandoffFacts from `to_dict()` output or a whole `xwms-handoff.json` (extra keys ignored)."""
    if not isinstance(data, dict):
        raise _json_error(
            translate(
                "Handoff",
                "The handoff file {name} could not be read: it does not hold an object. "
                "Write the bundle again with this version of the wizard.",
            )
        )
    version = data.get("version", JSON_VERSION)
    if version != JSON_VERSION:
        raise _json_error(
            translate(
                "Handoff",
                "The handoff file {name} could not be read: it is version {version}, and this "
                "wizard reads version 1. Write the bundle again with this version of the wizard.",
            ),
            version=repr(version),
        )
    try:
        return HandoffFacts(
            client_name=_str(data, "client_name"),
            client_id=_str(data, "client_id"),
            domain=_str(data, "domain"),
            domain_display=_str(data, "domain_display"),
            domain_id=_str(data, "domain_id"),
            test_mode=_bool(data, "test_mode"),
            scopes=[
                (_str(s, "key"), _str(s, "title"), _str(s, "description"))
                for s in _list(data, "scopes")
            ],
            redirect_uri=_str(data, "redirect_uri"),
            api_uri=_str(data, "api_uri"),
            secret_label=_str(data, "secret_label"),
            secret_expires=_optional(data, "secret_expires", dt.date.fromisoformat),
            verified=_bool(data, "verified"),
            verified_at=_optional(data, "verified_at", dt.datetime.fromisoformat),
            verification_note=_str(data, "verification_note"),
            sandbox=_bool(data, "sandbox"),
            members=[  # absent in bundles written before members existed
                (_str(m, "email"), _str(m, "role")) for m in data.get("members") or []
            ],
            created_at=dt.datetime.fromisoformat(_str(data, "created_at")),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise _json_error(
            translate(
                "Handoff",
                "The handoff file {name} could not be read: an entry is missing or has the "
                "wrong type. Write the bundle again with this version of the wizard.",
            ),
            detail=repr(exc),
        ) from None


def _json_error(message: str, *, detail: str = "", version: str = "") -> BundleError:
    """`message`: a translated sentence with {name} (and {version}) still to fill in."""
    return BundleError(
        message.format(name=JSON_NAME, version=version),
        field="handoff_json",
        detail=detail,
    )


def _str(data: Any, key: str) -> str:
    value = data[key]
    if not isinstance(value, str):
        raise TypeError(f"{key} should be text")
    return value


def _bool(data: Any, key: str) -> bool:
    value = data[key]
    if not isinstance(value, bool):
        raise TypeError(f"{key} should be true or false")
    return value


def _list(data: Any, key: str) -> list[Any]:
    value = data[key]
    if not isinstance(value, list):
        raise TypeError(f"{key} should be a list")
    return value


def _optional(data: Any, key: str, parse: Any) -> Any:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"{key} should be a date in text")
    return parse(value)


@dataclass
class BundleResult:
    """Where the bundle went, and what was left out (plain notes, never a value)."""

    path: Path
    zip_path: Path | None
    files: list[Path]
    skipped_values: list[str]
    secret_included: bool = False


# --- rendering (pure) ----------------------------------------------------------------------

ENV_HEADER = (
    "Log in with XWMS: the settings for this website's server.",
    "Keep this file on the server only and never commit it to version control:",
    "it may hold the client secret. The .gitignore next to it keeps it out of git.",
    "Values are in single quotes so that Laravel, Node and Python read them identically.",
)
ENV_EXAMPLE_HEADER = (
    "Log in with XWMS: an example of the server's .env, without the client secret.",
    "Safe to commit. Copy it to .env on the server and fill in XWMS_CLIENT_SECRET there.",
)
COMMENTS = {
    "XWMS_CLIENT_ID": "Client ID of the XWMS client (public, not a secret).",
    "XWMS_CLIENT_SECRET": (
        "Client secret: on the server only, never in front-end code or a repository."
    ),
    "XWMS_DOMAIN": "Root domain as registered at XWMS (sent as the X-Client-Domain header).",
    "XWMS_CLIENT_DOMAIN": "The same domain, under the name XWMS's PHP and Python guides read.",
    "XWMS_DOMAIN_ID": "Domain ID that XWMS generated for that domain.",
    "XWMS_REDIRECT_URI": (
        "Callback URL: XWMS sends the browser back here with ?token=. Must match exactly."
    ),
    "XWMS_API_URI": "XWMS API base URL (the name the Laravel and Node packages read).",
    "XWMS_API_URL": "The same URL, under the name the Python guide uses.",
    "XWMS_LOCAL_REDIRECT_URI": (
        "Practice only: the callback of the starter apps in starters/ on your own computer "
        "(the practice server accepts it). The live site uses XWMS_REDIRECT_URI."
    ),
}
# A practice bundle's starters log in on the developer's computer and come back here: the
# starters' default PORT. The practice server (sandbox.bundle.LOCAL_CALLBACK, the same value,
# kept equal by tests/handoff/test_practice_bundle.py) accepts it.
LOCAL_REDIRECT_URI = "http://127.0.0.1:8000/xwms/validateToken"
SECRET_SEPARATE_COMMENT = (
    "Client secret: left out on purpose; it comes separately, by another channel. "
    "Paste it here in single quotes."
)
SECRET_EXAMPLE_COMMENT = "Client secret: fill it in on the server only; never commit it."

GITIGNORE = (
    "# Keep the server settings (they may hold the XWMS client secret) out of version control.\n"
    ".env\n"
    "# .env.example holds no secret and is meant to be committed.\n"
    "!.env.example\n"
)


@dataclass
class _Rendered:
    files: dict[str, bytes]
    private: set[str]
    skipped: list[str]  # in English, for xwms-handoff.json (the developer's)
    secret_included: bool
    skipped_shown: list[str]  # the same notes in the owner's language, for the export page


def _env_entries(facts: HandoffFacts, secret_value: str | None, example: bool) -> list[EnvEntry]:
    values = {
        "XWMS_CLIENT_ID": facts.client_id,
        "XWMS_CLIENT_SECRET": secret_value,
        "XWMS_DOMAIN": facts.domain,
        "XWMS_CLIENT_DOMAIN": facts.domain,
        "XWMS_DOMAIN_ID": facts.domain_id,
        "XWMS_REDIRECT_URI": facts.redirect_uri,
        "XWMS_API_URI": facts.api_uri,
        "XWMS_API_URL": facts.api_uri,
    }
    if facts.sandbox:
        values["XWMS_LOCAL_REDIRECT_URI"] = LOCAL_REDIRECT_URI
    entries = []
    for key, value in values.items():
        comment = COMMENTS[key]
        if key == SECRET_KEY and value is None:
            comment = SECRET_EXAMPLE_COMMENT if example else SECRET_SEPARATE_COMMENT
        entries.append(EnvEntry(key, value, comment))
    return entries


def _render(
    facts: HandoffFacts,
    *,
    secret: str | None,
    include_secret: bool,
    today: dt.date,
    language: str = "en",
) -> _Rendered:
    skipped: list[str] = []
    shown: list[str] = []
    # write_bundle refuses include_secret without a value before it gets here.
    secret_value = secret if include_secret and secret else None
    env_text, refused = render_env_with_notes(
        _env_entries(facts, secret_value, example=False), ENV_HEADER
    )
    skipped.extend(refusal.english for refusal in refused)
    shown.extend(refusal.message for refusal in refused)
    secret_included = secret_value is not None and SECRET_KEY not in {r.key for r in refused}
    example_text, _ = render_env_with_notes(
        _env_entries(facts, None, example=True), ENV_EXAMPLE_HEADER
    )
    files: dict[str, bytes] = {
        ENV_NAME: env_text.encode("utf-8"),
        ENV_EXAMPLE_NAME: example_text.encode("utf-8"),
        HANDOFF_NAME: render_handoff_markdown(
            facts, secret_included=secret_included, today=today, language=language
        ).encode("utf-8"),
        JSON_NAME: _json_bytes(
            {
                "version": JSON_VERSION,
                "generator": f"xwms-wizard {__version__}",
                "bundle_date": today.isoformat(),
                "secret_included_in_env": secret_included,
                "handoff_language": language,
                "skipped_values": skipped,
                **facts.to_dict(),
            }
        ),
        GITIGNORE_NAME: GITIGNORE.encode("utf-8"),
    }
    if facts.secret_expires is not None:
        files[ICS_NAME] = secret_expiry_reminder(
            domain=facts.domain,
            domain_display=facts.domain_display,
            client_name=facts.client_name,
            client_id=facts.client_id,
            domain_id=facts.domain_id,
            secret_label=facts.secret_label or DEFAULT_SECRET_LABEL,
            expires=facts.secret_expires,
            today=today,
            stamp=facts.created_at,
        ).encode("utf-8")
    files.update(starter_files())
    # .env is 0600 even without the secret: it is the server's settings file, and the
    # developer will paste the secret into it.
    return _Rendered(files, {ENV_NAME}, skipped, secret_included, shown)


def starter_files() -> dict[str, bytes]:
    """The starter apps, as bundle paths (`starters/python/app.py`, ...) to their bytes.

    They read the bundle's `.env` at run time, so they are copied as they are: no value of
    the facts, and never the secret, is written into them.
    """
    root = resource_dir(STARTERS_NAME)
    if not root.is_dir():  # a broken installation, as a missing HANDOFF template would be
        raise FileNotFoundError(f"the starter apps are missing from this installation: {root}")
    files: dict[str, bytes] = {}
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if not path.is_file() or any(
            part in _STARTER_SKIPPED or part.endswith(".pyc") for part in relative.parts
        ):
            continue
        files[f"{STARTERS_NAME}/{relative.as_posix()}"] = path.read_bytes()
    return files


def _json_bytes(document: dict[str, Any]) -> bytes:
    try:
        return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    except UnicodeEncodeError:
        # A broken character (lone surrogate) cannot be UTF-8; \u escapes keep it exact.
        return (json.dumps(document, indent=2, ensure_ascii=True) + "\n").encode("ascii")


# --- HANDOFF.md ----------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&#!])")


def _plain(text: str) -> str:
    """One line of printable text: line breaks and control characters become spaces."""
    out = []
    for ch in text:
        category = unicodedata.category(ch)
        if category == "Cs":
            out.append("\ufffd")
        elif category in ("Cc", "Zl", "Zp"):
            out.append(" ")
        else:
            out.append(ch)
    return " ".join("".join(out).split())


def _md_text(text: str, *, empty: str = "(none)") -> str:
    """Free text shown as itself in Markdown (and safe inside a table cell)."""
    text = _plain(text)
    return _MD_SPECIAL.sub(r"\\\1", text) if text else empty


def _md_code(text: str, *, in_table: bool = True, empty: str = "(none)") -> str:
    """An identifier or URL as a code span that no backtick or pipe inside it can break."""
    text = _plain(text)
    if not text:
        return empty
    if in_table:
        # GitHub-flavoured tables split cells on | even inside code spans unless escaped.
        text = text.replace("|", "\\|")
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _format_datetime(value: dt.datetime) -> str:
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC)
        return value.strftime("%Y-%m-%d %H:%M UTC")
    return value.strftime("%Y-%m-%d %H:%M")


HANDOFF_LANGUAGES = ("en", "nl")  # the developer's language, chosen on the export page

# The sentences HANDOFF.md builds from the facts, per language (the rest is in the template).
_PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "empty": "(none)",
        "on": " on {when}",
        "works": "the settings work",
        "checked_banner": "> Checked against XWMS{when}: {note}.",
        "checked": "yes{when}: {note}",
        "unverified_banner": "> **NOT VERIFIED.** These settings have not been checked against "
        "XWMS yet{why}. Run the check under \"Check it from your server\" before you build on "
        "them.",
        "unverified": "**NOT VERIFIED**{why}",
        "test_mode": "Test Mode: for trying things out, not for the live site",
        "live": "Live (Test Mode off)",
        "practice": "Practice: the practice server on the owner's computer, not xwms.nl",
        "practice_test_mode": "Practice: the practice server on the owner's computer, not "
        "xwms.nl (Test Mode on)",
        "sandbox": "\n> These settings belong to the practice sandbox that runs on the owner's "
        "computer, not to xwms.nl. Use them to try your code locally; the live site needs "
        "settings made against xwms.nl.\n",
        "try_practice": "This is a practice bundle: its settings belong to a practice server, "
        "not to xwms.nl. Start one on your own computer, from this folder, with the XWMS setup "
        "wizard installed (the program the owner used):\n\n```sh\nxwms-wizard sandbox "
        "--from-bundle .\n```\n\nIt serves exactly this client, domain, callback URLs, scopes "
        "and secret, at the address in `XWMS_API_URI` ({api_uri}), so nothing needs editing. If "
        "the owner's wizard is open in Practice on this same computer, its practice server "
        "already answers there: skip the command.\n\nThen run a starter, open "
        "http://127.0.0.1:8000/ and log in as one of the practice people. The login comes back "
        "to the starter at `XWMS_LOCAL_REDIRECT_URI` ({local}), which the practice server "
        "accepts; your live site uses `XWMS_REDIRECT_URI`.",
        "try_live": "These settings are for xwms.nl, and the starters log in there. After the "
        "login XWMS sends the browser to `XWMS_REDIRECT_URI`, your live site. To come back to "
        "the starter instead, the owner registers {local} as a callback URL of a domain in Test "
        "Mode, and you add it to `.env` as `XWMS_LOCAL_REDIRECT_URI`.",
        "env_with": "all of them, including the client secret (keep it private)",
        "secret_in_env": "in `.env`",
        "env_without": "all of them except the client secret, which the owner sends separately",
        "secret_apart": "not in this folder: the owner sends it to you separately",
        "expires": "expires on {date}",
        "expiry_line": "The secret expires on {date}. Before then, renew it with the steps "
        "below; `{ics}` puts a reminder in your calendar on {reminder}.",
        "ics_row": "| `{ics}` | a calendar reminder to renew the secret, on {reminder} |\n",
        "no_expiry": "no expiry date",
        "no_expiry_line": "The secret has no expiry date. Renew it anyway when someone who knew "
        "it leaves, with the steps below.",
        "no_description": "no description given",
        "no_scopes": "No extra scopes were chosen: the login tells you who the user is (`sub`).",
        "members_intro": "The owner invited these XWMS accounts as members of the client. A "
        "member logs in to the XWMS dashboard with their own account (never the owner's "
        "password) and sees this client there:",
        "member": "- {email}, as **{role}**: {may}",
        "role_Developer": "may change the websites, their callback URLs, the scopes and the "
        "secret keys, and see who logged in; may not add or remove members",
        "role_Viewer": "may see who logged in; changes nothing",
        "role_other": "what the role allows, as the owner set it in the dashboard",
        "no_members": "You are not a member of this client in the XWMS dashboard. When you need "
        "to change a setting there (a callback URL, a new secret key), ask the owner to invite "
        "your XWMS account as a member with the Developer role (the wizard's \"People and "
        "access\" page does it in a minute) rather than share their password.",
    },
    "nl": {
        "empty": "(geen)",
        "on": " op {when}",
        "works": "de instellingen werken",
        "checked_banner": "> Gecontroleerd bij XWMS{when}: {note}.",
        "checked": "ja{when}: {note}",
        "unverified_banner": "> **NIET GECONTROLEERD.** Deze instellingen zijn nog niet bij XWMS "
        "gecontroleerd{why}. Voer de controle onder \"Controleer het vanaf je server\" uit "
        "voordat je erop verder bouwt.",
        "unverified": "**NIET GECONTROLEERD**{why}",
        "test_mode": "Testmodus: om dingen uit te proberen, niet voor de echte site",
        "live": "Live (Testmodus uit)",
        "practice": "Oefenen: de oefenserver op de computer van de eigenaar, niet xwms.nl",
        "practice_test_mode": "Oefenen: de oefenserver op de computer van de eigenaar, niet "
        "xwms.nl (Testmodus aan)",
        "sandbox": "\n> Deze instellingen horen bij de oefen-sandbox op de computer van de "
        "eigenaar, niet bij xwms.nl. Gebruik ze om je code lokaal uit te proberen; voor de "
        "echte site zijn instellingen nodig die bij xwms.nl zijn gemaakt.\n",
        "try_practice": "Dit is een oefenbundel: de instellingen horen bij een oefenserver, "
        "niet bij xwms.nl. Start er een op je eigen computer, vanuit deze map, met de XWMS-"
        "installatiewizard geïnstalleerd (het programma dat de eigenaar gebruikte):\n\n```sh\n"
        "xwms-wizard sandbox --from-bundle .\n```\n\nDie bedient precies deze client, dit "
        "domein, deze callback-URL's, scopes en geheime sleutel, op het adres in `XWMS_API_URI` "
        "({api_uri}), dus je hoeft niets aan te passen. Staat de wizard van de eigenaar op "
        "deze computer open in de oefenmodus, dan antwoordt zijn oefenserver daar al: sla het "
        "commando dan over.\n\nStart daarna een starter, open http://127.0.0.1:8000/ en log in "
        "als een van de oefenpersonen. Het inloggen komt terug bij de starter op "
        "`XWMS_LOCAL_REDIRECT_URI` ({local}), die de oefenserver accepteert; je echte site "
        "gebruikt `XWMS_REDIRECT_URI`.",
        "try_live": "Deze instellingen zijn voor xwms.nl, en de starters loggen daar in. Na "
        "het inloggen stuurt XWMS de browser naar `XWMS_REDIRECT_URI`, je echte site. Om in "
        "plaats daarvan bij de starter terug te komen, registreert de eigenaar {local} als "
        "callback-URL van een domein in testmodus, en zet jij die in `.env` als "
        "`XWMS_LOCAL_REDIRECT_URI`.",
        "env_with": "allemaal, ook het client secret (houd het privé)",
        "secret_in_env": "in `.env`",
        "env_without": "allemaal behalve het client secret, dat de eigenaar apart stuurt",
        "secret_apart": "niet in deze map: de eigenaar stuurt het je apart",
        "expires": "verloopt op {date}",
        "expiry_line": "Het geheim verloopt op {date}. Vernieuw het daarvoor met de stappen "
        "hieronder; `{ics}` zet op {reminder} een herinnering in je agenda.",
        "ics_row": "| `{ics}` | een agendaherinnering om het geheim te vernieuwen, op {reminder} |\n",
        "no_expiry": "geen vervaldatum",
        "no_expiry_line": "Het geheim heeft geen vervaldatum. Vernieuw het toch als iemand die "
        "het kende vertrekt, met de stappen hieronder.",
        "no_description": "geen beschrijving",
        "no_scopes": "Er zijn geen extra scopes gekozen: het inloggen vertelt je wie de "
        "gebruiker is (`sub`).",
        "members_intro": "De eigenaar heeft deze XWMS-accounts uitgenodigd als lid van de "
        "client. Een lid logt in op het XWMS-dashboard met een eigen account (nooit met het "
        "wachtwoord van de eigenaar) en ziet deze client daar:",
        "member": "- {email}, als **{role}**: {may}",
        "role_Developer": "mag de websites, hun callback-URL's, de scopes en de geheime "
        "sleutels wijzigen, en zien wie heeft ingelogd; mag geen leden toevoegen of verwijderen",
        "role_Viewer": "mag zien wie heeft ingelogd; wijzigt niets",
        "role_other": "wat de rol toestaat, zoals de eigenaar die in het dashboard instelde",
        "no_members": "Je bent geen lid van deze client in het XWMS-dashboard. Moet je daar iets "
        "wijzigen (een callback-URL, een nieuwe geheime sleutel), vraag de eigenaar dan om je "
        "XWMS-account uit te nodigen als lid met de rol Developer (de pagina \"Mensen en "
        "toegang\" van de wizard doet dat in een minuut) in plaats van het wachtwoord te delen.",
    },
}


def _mode_text(facts: HandoffFacts, say: dict[str, str]) -> str:
    """The "Mode" row: a practice bundle is never Live, whatever its Test Mode switch says."""
    if facts.sandbox:
        return say["practice_test_mode"] if facts.test_mode else say["practice"]
    return say["test_mode"] if facts.test_mode else say["live"]


def template_path(language: str = "en") -> Path:
    """HANDOFF.md's template in `language` (resources/templates/ in the source tree)."""
    name = "HANDOFF.md.tmpl" if language == "en" else f"HANDOFF.{language}.md.tmpl"
    return resource_dir("templates") / name


def _template(language: str = "en") -> string.Template:
    return string.Template(template_path(language).read_text(encoding="utf-8"))


def render_handoff_markdown(
    facts: HandoffFacts,
    *,
    secret_included: bool,
    today: dt.date | None = None,
    language: str = "en",
) -> str:
    """HANDOFF.md for the developer, in `language` (HANDOFF_LANGUAGES). It never contains the
    secret: it is not even passed in."""
    if language not in HANDOFF_LANGUAGES:
        raise ValueError(f"HANDOFF.md is not available in {language!r}")
    say = _PHRASES[language]
    today = today or dt.date.today()
    domain_code = _md_code(facts.domain, in_table=False)
    if facts.domain_display and _plain(facts.domain_display) != _plain(facts.domain):
        domain_cell = f"{_md_text(facts.domain_display)} ({_md_code(facts.domain)})"
    else:
        domain_cell = _md_code(facts.domain)
    note = _plain(facts.verification_note).rstrip(".")
    if facts.verified:
        when = say["on"].format(when=_format_datetime(facts.verified_at)) if facts.verified_at else ""
        note_text = _md_text(note, empty=say["works"])
        banner = say["checked_banner"].format(when=when, note=note_text)
        checked = say["checked"].format(when=when, note=note_text)
    else:
        why = f" ({_md_text(note)})" if note else ""
        banner = say["unverified_banner"].format(why=why)
        checked = say["unverified"].format(why=why)
    mode = _mode_text(facts, say)
    sandbox_note = say["sandbox"] if facts.sandbox else ""
    try_it = (say["try_practice"] if facts.sandbox else say["try_live"]).format(
        api_uri=_md_code(facts.api_uri, in_table=False), local=f"`{LOCAL_REDIRECT_URI}`"
    )
    if secret_included:
        env_secret_note, secret_where = say["env_with"], say["secret_in_env"]
    else:
        env_secret_note, secret_where = say["env_without"], say["secret_apart"]
    label = _md_text(facts.secret_label or DEFAULT_SECRET_LABEL)
    if facts.secret_expires:
        date = facts.secret_expires.isoformat()
        expiry = say["expires"].format(date=date)
        reminder = reminder_date(facts.secret_expires, today).isoformat()
        expiry_line = say["expiry_line"].format(date=date, ics=ICS_NAME, reminder=reminder)
        ics_row = say["ics_row"].format(ics=ICS_NAME, reminder=reminder)
    else:
        expiry = say["no_expiry"]
        expiry_line = say["no_expiry_line"]
        ics_row = ""
    if facts.scopes:
        scopes = "\n".join(
            (f"- **{_md_text(title)}** ({_md_code(key, in_table=False)})" if _plain(title)
             else f"- {_md_code(key, in_table=False)}")
            + f": {_md_text(description, empty=say['no_description'])}"
            for key, title, description in facts.scopes
        )
    else:
        scopes = say["no_scopes"]
    if facts.members:
        members = "\n".join(
            [say["members_intro"], ""]
            + [
                say["member"].format(
                    email=_md_code(email, in_table=False),
                    role=_md_text(role),
                    may=say.get(f"role_{role}", say["role_other"]),
                )
                for email, role in facts.members
            ]
        )
    else:
        members = say["no_members"]
    return _template(language).substitute(
        members=members,
        domain_title=_md_text(facts.domain_display or facts.domain),
        banner=banner,
        made_on=facts.created_at.date().isoformat(),
        sandbox_note=sandbox_note,
        try_it=try_it,
        env_secret_note=env_secret_note,
        ics_row=ics_row,
        client_name=_md_code(facts.client_name),
        client_id=_md_code(facts.client_id),
        domain=domain_code,
        domain_cell=domain_cell,
        domain_id=_md_code(facts.domain_id),
        mode=mode,
        redirect_uri=_md_code(facts.redirect_uri),
        api_uri=_md_code(facts.api_uri),
        secret_summary=f"{label}, {expiry}; {secret_where}",
        checked=checked,
        scopes=scopes,
        expiry_line=expiry_line,
    )


# --- writing -------------------------------------------------------------------------------

_MAX_SUFFIX = 999


def client_slug(name: str) -> str:
    """A folder-safe form of the client name: lowercase ASCII letters, digits and hyphens."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return slug[:64].rstrip("-") or "client"


def bundle_name(facts: HandoffFacts, today: dt.date) -> str:
    """`xwms-handoff-<client>-<YYYY-MM-DD>`: the folder name before any `-2`, `-3` suffix."""
    return f"xwms-handoff-{client_slug(facts.client_name)}-{today.isoformat()}"


EXISTING_KEEP_BOTH = "keep_both"  # the new bundle gets -2, -3, ...
EXISTING_REPLACE = "replace"  # the new bundle takes the earlier one's place, once complete
EXISTING_ASK = "ask"  # raise BundleExists, write nothing
EXISTING_CHOICES = (EXISTING_KEEP_BOTH, EXISTING_REPLACE, EXISTING_ASK)


def existing_bundle(
    facts: HandoffFacts, dest_dir: str | Path, today: dt.date | None = None
) -> Path | None:
    """The bundle already in `dest_dir` under the name `write_bundle` gives these facts on
    `today` (its folder, or its zip file when only that is there); None when the name is free.

    Only `facts.client_name` is used. A folder that cannot be looked into counts as free.
    """
    return _taken(Path(dest_dir), bundle_name(facts, today or dt.date.today()))


def write_bundle(
    facts: HandoffFacts,
    dest_dir: str | Path,
    *,
    secret: str | None = None,
    include_secret: bool = False,
    make_zip: bool = False,
    existing: str = EXISTING_KEEP_BOTH,
    force: bool = False,
    today: dt.date | None = None,
    language: str = "en",
) -> BundleResult:
    """Write the handoff bundle into `dest_dir` (created if needed) and return where it went.

    An existing bundle of the same name (folder or zip) is never overwritten silently;
    `existing` says what happens instead:
    - "keep_both" (the default): the new one gets `-2`, `-3`, ...;
    - "replace": the new one replaces the old folder (and its zip) only once it is complete;
      `force=True` is the older spelling of this;
    - "ask": `BundleExists` (with `.path`) is raised before anything is written.

    The secret goes into `.env` only with `include_secret`, and then it must be there: a
    missing or empty `secret` is refused (BundleError, field "include_secret") instead of
    writing an empty XWMS_CLIENT_SECRET. "replace" also refuses to put a bundle whose secret
    had to be left out in the place of an earlier one.

    Before writing, what killed runs left in `dest_dir` (hidden staging folders, which may
    hold a complete `.env`, backups of replaced bundles, half-written zips) is removed.
    """
    if force:
        if existing not in (EXISTING_KEEP_BOTH, EXISTING_REPLACE):
            raise ValueError(f"force=True means existing='replace', not {existing!r}")
        existing = EXISTING_REPLACE
    if existing not in EXISTING_CHOICES:
        raise ValueError(f"existing must be one of {EXISTING_CHOICES}, not {existing!r}")
    replace = existing == EXISTING_REPLACE
    today = today or dt.date.today()
    dest = Path(dest_dir)
    base = bundle_name(facts, today)
    if include_secret and not (secret and secret.strip()):
        raise _no_secret_error()
    rendered = _render(
        facts, secret=secret, include_secret=include_secret, today=today, language=language
    )
    if replace and include_secret and not rendered.secret_included and _taken(dest, base):
        raise _secret_not_writable_error(base)
    try:
        dest.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _write_error(dest, exc) from None
    _remove_leftovers(dest)
    if existing == EXISTING_ASK:
        earlier = _taken(dest, base)
        if earlier is not None:
            raise BundleExists(
                translate(
                    "Handoff",
                    "A folder for your developer was already written here: {name}. Nothing "
                    "was written; choose whether to replace it or to keep both.",
                ).format(name=earlier.name),
                path=earlier,
                field="export_dir",
            )
    name = base if existing != EXISTING_KEEP_BOTH else _free_name(dest, base)
    final = dest / name
    zip_final = dest / f"{name}.zip"
    staging: Path | None = None
    backup: Path | None = None
    placed = False
    lock: int | None = None
    try:
        try:
            staging = Path(tempfile.mkdtemp(prefix=f".{name}.", suffix=".tmp", dir=dest))
            # Held until the end (it follows the folder when it is renamed into place), so
            # that another run's clean-up leaves this run's staging, backup and zip alone.
            lock = _hold_lock(staging)
            for file_name, data in rendered.files.items():
                target = staging / file_name
                if target.parent != staging:  # starters/<language>/...
                    target.parent.mkdir(parents=True, exist_ok=True)
                atomic_write_bytes(target, data, private=file_name in rendered.private)
            os.chmod(staging, 0o700 if rendered.secret_included else 0o755)
            zip_data = (
                _zip_bytes(name, rendered.files, rendered.secret_included) if make_zip else None
            )
            if replace and (final.exists() or final.is_symlink()):
                backup = dest / f".{name}.old-{secrets.token_hex(4)}"
                os.rename(final, backup)
            if not replace and (final.exists() or final.is_symlink() or zip_final.exists()):
                raise BundleError(
                    translate(
                        "Handoff",
                        "Another bundle named {name} appeared in {folder} while this one was "
                        "being written. Nothing was overwritten; write the bundle again.",
                    ).format(name=name, folder=dest),
                    field="export_dir",
                    retryable=True,
                )
            os.rename(staging, final)
            staging = None
            placed = True
            if zip_data is not None:
                atomic_write_bytes(zip_final, zip_data, private=rendered.secret_included)
            elif replace and zip_final.exists():
                # A zip of the replaced bundle would no longer match the folder.
                zip_final.unlink()
        except OSError as exc:
            if placed:
                shutil.rmtree(final, ignore_errors=True)
            if backup is not None:
                try:
                    os.rename(backup, final)
                    backup = None
                except OSError:
                    pass
            raise _write_error(dest, exc) from None
        finally:
            if staging is not None:
                shutil.rmtree(staging, ignore_errors=True)
        if backup is not None:
            _remove(backup)
    finally:
        _release_lock(lock)
    return BundleResult(
        path=final,
        zip_path=zip_final if make_zip else None,
        files=[final / file_name for file_name in rendered.files],
        skipped_values=list(rendered.skipped_shown),
        secret_included=rendered.secret_included,
    )


def _no_secret_error() -> BundleError:
    return BundleError(
        translate(
            "Handoff",
            "The secret key cannot go in the .env file: its value is not on this computer (it "
            "is shown only once, when it is made, and this computer's keychain does not have "
            "it). Nothing was written, and no folder that was already there was changed. "
            "Write the folder without the key and give the key to your developer separately, "
            "or make a new key.",
        ),
        field="include_secret",
    )


def _secret_not_writable_error(name: str) -> BundleError:
    return BundleError(
        translate(
            "Handoff",
            "The secret key cannot be written safely into the .env file, so the folder {name} "
            "that is already there was not replaced: its .env would have lost the key. Keep "
            "both folders, or write the folder without the key and give the key to your "
            "developer separately.",
        ).format(name=name),
        field="include_secret",
    )


def _remove(path: Path) -> None:
    """Remove the replaced bundle (a folder, or a file that happened to have its name)."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _taken(dest: Path, name: str) -> Path | None:
    """The folder (or else the zip) of a bundle called `name` in `dest`, if there is one."""
    folder, archive = dest / name, dest / f"{name}.zip"
    try:
        if folder.exists() or folder.is_symlink():
            return folder
        if archive.exists():
            return archive
    except OSError:
        return None
    return None


def _free_name(dest: Path, base: str) -> str:
    for n in range(1, _MAX_SUFFIX + 1):
        name = base if n == 1 else f"{base}-{n}"
        if _taken(dest, name) is None:
            return name
    raise BundleError(
        translate(
            "Handoff",
            "The folder {folder} already holds {count} handoff bundles for this client and "
            "day. Choose another folder, or remove old bundles.",
        ).format(folder=dest, count=_MAX_SUFFIX),
        field="export_dir",
    )


# --- what killed runs leave behind ---------------------------------------------------------

# A run of write_bundle makes these next to the bundle, and removes them before it returns:
# its staging folder (tempfile.mkdtemp: 8 characters of [a-z0-9_]), which holds a complete
# .env; the replaced bundle, renamed aside; the zip's temp file (atomic.temp_name: 12 hex
# digits), which may hold the .env too. A run that is killed leaves them, so every run first
# removes those of earlier runs. Only exactly these names, only folders (or, for the zip, a
# file) that are not links and belong to this user, and never one a live run still holds.
_BUNDLE_RE = r"(xwms-handoff-[a-z0-9-]+)"
_STAGING_RE = re.compile(rf"\.{_BUNDLE_RE}\.[a-z0-9_]{{8}}\.tmp")
_BACKUP_RE = re.compile(rf"\.{_BUNDLE_RE}\.old-[0-9a-f]{{8}}")
_ZIP_TEMP_RE = re.compile(rf"\.{_BUNDLE_RE}\.zip\.[0-9a-f]{{12}}\.tmp")
_LEFTOVERS = ((_STAGING_RE, True), (_BACKUP_RE, True), (_ZIP_TEMP_RE, False))


def _remove_leftovers(dest: Path) -> list[Path]:
    """Remove what killed runs left in `dest` (best effort); returns what was removed."""
    try:
        entries = list(os.scandir(dest))
    except OSError:
        return []
    found: list[tuple[Path, str, bool]] = []  # (path, bundle name, is a staging folder)
    for entry in entries:
        for pattern, folder in _LEFTOVERS:
            match = pattern.fullmatch(entry.name)
            if match is not None:
                if _made_by_us(entry, folder=folder):
                    found.append((Path(entry.path), match.group(1), pattern is _STAGING_RE))
                break
    # A live run holds a lock on its staging folder, which becomes the bundle folder.
    live_staging = {path for path, _, staging in found if staging and _in_use(path)}
    busy = {name for path, name, _ in found if path in live_staging}
    removed = []
    for path, name, staging in found:
        if staging:
            if path in live_staging:
                continue
        elif name in busy or _in_use(dest / name):
            continue
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                path.unlink()
        if not os.path.lexists(path):
            removed.append(path)
    return removed


def _made_by_us(entry: os.DirEntry[str], *, folder: bool) -> bool:
    try:
        info = entry.stat(follow_symlinks=False)
    except OSError:
        return False
    kind = stat.S_ISDIR(info.st_mode) if folder else stat.S_ISREG(info.st_mode)
    return kind and (not hasattr(os, "getuid") or info.st_uid == os.getuid())


_LOCK_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)


def _hold_lock(folder: Path) -> int | None:
    """Lock `folder` for this run (flock, where there is one); None when that cannot be done."""
    if fcntl is None:
        return None
    try:
        fd = os.open(folder, _LOCK_OPEN_FLAGS)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    return fd


def _release_lock(fd: int | None) -> None:
    if fd is not None:
        os.close(fd)  # closing releases the lock


def _in_use(path: Path) -> bool:
    """True when a live run holds the lock on `path` (never, where there are no locks)."""
    if fcntl is None:
        return False
    try:
        fd = os.open(path, _LOCK_OPEN_FLAGS)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return False
    finally:
        os.close(fd)  # also releases the lock just taken
    return False


def _zip_bytes(folder: str, files: dict[str, bytes], secret_included: bool) -> bytes:
    """A zip of the bundle with the folder inside; `.env` keeps mode 0600 when unpacked."""
    stamp = time.localtime()[:6]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        folder_info = zipfile.ZipInfo(f"{folder}/", date_time=stamp)
        folder_info.create_system = 3  # Unix, so unzip honours the modes below
        folder_info.external_attr = ((0o040700 if secret_included else 0o040755) << 16) | 0x10
        archive.writestr(folder_info, b"")
        for name, data in files.items():
            info = zipfile.ZipInfo(f"{folder}/{name}", date_time=stamp)
            info.create_system = 3
            info.compress_type = zipfile.ZIP_DEFLATED
            mode = 0o100600 if name == ENV_NAME else 0o100644
            info.external_attr = mode << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def _write_error(dest: Path, exc: OSError) -> BundleError:
    reason = exc.strerror or type(exc).__name__
    return BundleError(
        translate(
            "Handoff",
            "The handoff bundle could not be written in {folder} ({reason}). Nothing was left "
            "half-written. Check that the folder exists, that you may write there and that the "
            "disk is not full, or choose another folder, then try again.",
        ).format(folder=dest, reason=reason),
        field="export_dir",
        retryable=True,
        detail=repr(exc),
    )
