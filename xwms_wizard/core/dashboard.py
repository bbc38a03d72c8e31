"""What to click in the live XWMS dashboard for a plan: numbered steps with the values to copy.

Live xwms.nl has no management API, so in Live mode the wizard guides the
owner through the dashboard. The GUI shows one section per page; the
command line (`xwms-wizard apply PLAN.toml --live`) writes them all as a
Markdown checklist.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from xwms_wizard.core.models import SetupPlan
from xwms_wizard.i18n import QT_TRANSLATE_NOOP, translate

DASHBOARD_URL = "https://xwms.nl/"


class Phrase(str):
    """An English sentence for the owner that remembers its template and values.

    It is a plain `str` everywhere (the checklist, tests); `dashboard_text` translates it:
    the template in the owner's language, filled with the same values (a value that
    is itself a Phrase, such as "on", is translated too). Every template is marked for
    the translators where it is written, in dashboard_sections.
    """

    template: str
    values: dict[str, str]

    def __new__(cls, template: str, **values: str) -> Phrase:
        self = super().__new__(cls, template.format(**values) if values else template)
        self.template = template
        self.values = values
        return self


@dataclass(frozen=True)
class DashboardSection:
    """One part of the setup (client, domain, ...): numbered steps plus the values to copy."""

    key: str
    title: str
    steps: list[str]
    values: list[tuple[str, str]] = field(default_factory=list)  # (label, value to paste)


def _on_off(value: bool) -> Phrase:
    return Phrase(
        QT_TRANSLATE_NOOP("Dashboard", "on") if value else QT_TRANSLATE_NOOP("Dashboard", "off")
    )


def dashboard_url_for(api_url: str) -> str:
    """The dashboard that belongs to an API address: xwms.nl's, or the same host's root."""
    parts = urlsplit(api_url)
    if not parts.scheme or not parts.netloc or parts.netloc == urlsplit(DASHBOARD_URL).netloc:
        return DASHBOARD_URL
    return f"{parts.scheme}://{parts.netloc}/"


def dashboard_sections(
    plan: SetupPlan, scope_titles: dict[str, str] | None = None
) -> list[DashboardSection]:
    """The dashboard steps for this plan, in the order the dashboard needs them (in English)."""
    scope_titles = scope_titles or {}
    d = plan.domain
    client = DashboardSection(
        "client",
        QT_TRANSLATE_NOOP("Dashboard", "Create the client"),
        [
            Phrase(
                QT_TRANSLATE_NOOP("Dashboard", "Sign in to the XWMS dashboard and open My Clients.")
            ),
            Phrase(QT_TRANSLATE_NOOP("Dashboard", "Click Create Client.")),
            Phrase(QT_TRANSLATE_NOOP("Dashboard", "Type the client name below and save.")),
            Phrase(
                QT_TRANSLATE_NOOP(
                    "Dashboard",
                    "Copy the Client ID the dashboard shows and paste it into the wizard.",
                )
            ),
        ],
        [(QT_TRANSLATE_NOOP("Dashboard", "Client name"), plan.client.name)],
    )
    domain_values = [(QT_TRANSLATE_NOOP("Dashboard", "Root Domain"), d.root)]
    if d.server_ip:
        domain_values.append((QT_TRANSLATE_NOOP("Dashboard", "Server IP Address"), d.server_ip))
    if d.internal_name:
        domain_values.append((QT_TRANSLATE_NOOP("Dashboard", "Internal Name"), d.internal_name))
    domain_steps = [
        Phrase(
            QT_TRANSLATE_NOOP(
                "Dashboard",
                "In your client, open Integrations, then Domains, and click New Domain.",
            )
        ),
        Phrase(
            QT_TRANSLATE_NOOP(
                "Dashboard",
                "Fill in the values below (leave a field empty when no value is given) and save.",
            )
        ),
        Phrase(
            QT_TRANSLATE_NOOP(
                "Dashboard",
                "Copy the Domain ID the dashboard shows and paste it into the wizard.",
            )
        ),
        Phrase(
            QT_TRANSLATE_NOOP(
                "Dashboard",
                "Set the switches: Allow Login {allow_login}, Allow API {allow_api}, "
                "Active {active}, Primary Domain {primary}, Test Mode {test_mode}.",
            ),
            allow_login=_on_off(d.allow_login),
            allow_api=_on_off(d.allow_api),
            active=_on_off(d.active),
            primary=_on_off(d.primary),
            test_mode=_on_off(d.test_mode),
        ),
    ]
    if d.fallback_uri:
        domain_steps.append(
            Phrase(
                QT_TRANSLATE_NOOP(
                    "Dashboard",
                    "Under the domain's fallback settings, enter the fallback URI below.",
                )
            )
        )
        domain_values.append((QT_TRANSLATE_NOOP("Dashboard", "Fallback URI"), d.fallback_uri))
    if d.logo:
        domain_steps.append(
            Phrase(
                QT_TRANSLATE_NOOP(
                    "Dashboard",
                    "Upload your logo (PNG or SVG, at most 1 MB) on the domain's page.",
                )
            )
        )
    domain = DashboardSection(
        "domain",
        QT_TRANSLATE_NOOP("Dashboard", "Add your website (domain)"),
        domain_steps,
        domain_values,
    )
    callback = DashboardSection(
        "callback",
        QT_TRANSLATE_NOOP("Dashboard", "Register the callback URL"),
        [
            Phrase(
                QT_TRANSLATE_NOOP(
                    "Dashboard", "On the domain's page, open Domain URLs and add a URL."
                )
            ),
            Phrase(
                QT_TRANSLATE_NOOP(
                    "Dashboard",
                    "Paste the callback URL below exactly as it is, choose the type Callback, "
                    "and make sure it is Active.",
                )
            ),
        ],
        [(QT_TRANSLATE_NOOP("Dashboard", "Callback URL"), d.effective_redirect_url)],
    )
    scope_lines = [
        f"{key} ({scope_titles[key]})" if key in scope_titles else key for key in plan.scopes.keys
    ]
    scopes = DashboardSection(
        "scopes",
        QT_TRANSLATE_NOOP("Dashboard", "Choose what your website may read (scopes)"),
        [
            Phrase(QT_TRANSLATE_NOOP("Dashboard", "In your client, open Client Scopes.")),
            Phrase(
                QT_TRANSLATE_NOOP("Dashboard", "Tick exactly these scopes and save: {scopes}."),
                scopes=", ".join(scope_lines) or Phrase(QT_TRANSLATE_NOOP("Dashboard", "none")),
            ),
        ],
        [(QT_TRANSLATE_NOOP("Dashboard", "Scopes"), ", ".join(plan.scopes.keys))],
    )
    secret_values = [(QT_TRANSLATE_NOOP("Dashboard", "Label"), plan.secret.effective_label)]
    if plan.secret.expires:
        secret_values.append(
            (QT_TRANSLATE_NOOP("Dashboard", "Expiry date"), plan.secret.expires.isoformat())
        )
    secret = DashboardSection(
        "secret",
        QT_TRANSLATE_NOOP("Dashboard", "Create the secret key"),
        [
            Phrase(
                QT_TRANSLATE_NOOP(
                    "Dashboard", "In your client, open Client Secrets and click New Secret."
                )
            ),
            Phrase(
                QT_TRANSLATE_NOOP("Dashboard", "Fill in the label and the expiry date, then save.")
            )
            if plan.secret.expires
            else Phrase(
                QT_TRANSLATE_NOOP(
                    "Dashboard", "Fill in the label (leave the expiry date empty), then save."
                )
            ),
            Phrase(
                QT_TRANSLATE_NOOP(
                    "Dashboard",
                    "The dashboard shows the secret once: copy it straight into the wizard's "
                    "secret field. Do not e-mail it or save it in a document.",
                )
            ),
        ],
        secret_values,
    )
    link = DashboardSection(
        "link",
        QT_TRANSLATE_NOOP("Dashboard", "Link the secret to your website"),
        [
            Phrase(
                QT_TRANSLATE_NOOP(
                    "Dashboard", "Open the domain {domain} again and go to Secret Connections."
                ),
                domain=d.root,
            ),
            Phrase(
                QT_TRANSLATE_NOOP(
                    "Dashboard", "Click Link Secret and choose the secret labelled {label}."
                ),
                label=plan.secret.effective_label,
            ),
        ],
        [(QT_TRANSLATE_NOOP("Dashboard", "Secret label"), plan.secret.effective_label)],
    )
    return [client, domain, callback, scopes, secret, link]


def people_sections(plan: SetupPlan, scope_titles: dict[str, str] | None = None) -> list[DashboardSection]:
    """The optional parts of the client's dashboard (XWMS.md): who logged in, testers, the
    Verification Center, and members with roles (in English; dashboard_text translates)."""
    client = plan.client.name
    users = DashboardSection(
        "users",
        QT_TRANSLATE_NOOP("Dashboard", "See who has logged in"),
        [
            Phrase(QT_TRANSLATE_NOOP("Dashboard", "Open My Clients, then {client}."),
                   client=client),
            Phrase(QT_TRANSLATE_NOOP(
                "Dashboard", "Open Integrations → Users: it lists everyone who logged in "
                "through this client, and through which website.")),
        ],
    )
    testers = DashboardSection(
        "testers",
        QT_TRANSLATE_NOOP("Dashboard", "Invite a tester"),
        [
            Phrase(QT_TRANSLATE_NOOP(
                "Dashboard", "In Integrations → Users, send a test user request to the "
                "tester's XWMS e-mail address.")),
            Phrase(QT_TRANSLATE_NOOP(
                "Dashboard", "The tester accepts it when they next log in; then they can try "
                "the login on a website in Test Mode.")),
        ],
    )
    verification = DashboardSection(
        "verification",
        QT_TRANSLATE_NOOP("Dashboard", "Apply to become a Verified Partner"),
        [
            Phrase(QT_TRANSLATE_NOOP("Dashboard", "Open the Verification Center and start a "
                                     "new request.")),
            Phrase(QT_TRANSLATE_NOOP(
                "Dashboard", "Choose your website ({domain}) and the permissions that need a "
                "Verified Partner, and say in the notes what your website uses them for."),
                domain=plan.domain.root),
            Phrase(QT_TRANSLATE_NOOP(
                "Dashboard", "The XWMS team approves or rejects the request; once approved, "
                "you can add those permissions to the client.")),
        ],
    )
    members = DashboardSection(
        "members",
        QT_TRANSLATE_NOOP("Dashboard", "Let your developer in as a member"),
        [
            Phrase(QT_TRANSLATE_NOOP(
                "Dashboard", "Open Members and Roles. Make a role with only what your "
                "developer needs (for example manage domains, secrets and scopes).")),
            Phrase(QT_TRANSLATE_NOOP(
                "Dashboard", "Add your developer as a member with that role, by their own XWMS "
                "e-mail address. They sign in with their own account: never share your password.")),
        ],
    )
    return [users, testers, verification, members]


def plan_people_sections(
    plan: SetupPlan, scope_titles: dict[str, str] | None = None
) -> list[DashboardSection]:
    """The people parts a plan file asks for ([verification], [[members]]), with what to enter:
    the Live checklist's way of doing what `apply` does on a management server."""
    scope_titles = scope_titles or {}
    chosen = []
    for section in people_sections(plan, scope_titles):
        if section.key == "verification" and plan.verification is not None:
            values = [
                ("Permissions", ", ".join(
                    scope_titles.get(key, key) for key in plan.verification.scopes)),
                ("Notes", plan.verification.notes),
            ]
            chosen.append(dataclasses.replace(section, values=values))
        elif section.key == "members" and plan.members:
            values = [(member.email, member.role) for member in plan.members]
            chosen.append(dataclasses.replace(section, values=values))
    return chosen


def dashboard_text(text: str) -> str:
    """A text of dashboard_sections in the owner's language (a Phrase: its template, then filled).

    A value that is itself a Phrase ("on") is translated too; other values (names, addresses)
    go in as they are. The checklist file keeps the English of the sections.
    """
    if not text:
        return text
    if not isinstance(text, Phrase):
        return translate("Dashboard", text)
    values = {
        key: dashboard_text(value) if isinstance(value, Phrase) else value
        for key, value in text.values.items()
    }
    translated = translate("Dashboard", text.template)
    try:
        return translated.format(**values) if values else translated
    except (KeyError, IndexError, ValueError):
        return str(text)  # a broken translation must not hide the step: English instead


def checklist_markdown(plan: SetupPlan, scope_titles: dict[str, str] | None = None) -> str:
    """A Markdown checklist of every dashboard step, for an owner to follow on paper or screen."""
    lines = [
        f"# XWMS dashboard checklist for {plan.client.name}",
        "",
        f"Follow these steps in the XWMS dashboard ({DASHBOARD_URL}). Tick each box as you go.",
        "Keep the values you copy back (Client ID, Domain ID, secret) for the wizard's check.",
        "",
    ]
    sections = dashboard_sections(plan, scope_titles) + plan_people_sections(plan, scope_titles)
    for number, section in enumerate(sections, start=1):
        lines.append(f"## {number}. {section.title}")
        lines.append("")
        for step in section.steps:
            lines.append(f"- [ ] {step}")
        if section.values:
            lines.append("")
            lines.append("| Field | Value to enter |")
            lines.append("|---|---|")
            for label, value in section.values:
                shown = f"`{value}`" if value else "(leave empty)"
                lines.append(f"| {label} | {shown} |")
        lines.append("")
    lines += [
        f"## {len(sections) + 1}. Check that it works",
        "",
        "- [ ] In the wizard, choose Live mode, enter the Client ID, the Domain ID and the secret, "
        "and press Check my setup.",
        "- [ ] Or, on your web server, put them in a `.env` file and run "
        "`xwms-wizard verify --env .env`.",
        "",
    ]
    return "\n".join(lines)
