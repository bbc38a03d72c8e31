"""What to click in the live XWMS dashboard for a plan: numbered steps with the values to copy.

Live xwms.nl has no management API, so in Live mode the wizard guides the
owner through the dashboard. The GUI shows one section per page; the
command line (`xwms-wizard apply PLAN.toml --live`) writes them all as a
Markdown checklist.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from xwms_wizard.core.models import SetupPlan

DASHBOARD_URL = "https://xwms.nl/"


@dataclass(frozen=True)
class DashboardSection:
    """One part of the setup (client, domain, ...): numbered steps plus the values to copy."""

    key: str
    title: str
    steps: list[str]
    values: list[tuple[str, str]] = field(default_factory=list)  # (label, value to paste)


def _on_off(value: bool) -> str:
    return "on" if value else "off"


def dashboard_sections(
    plan: SetupPlan, scope_titles: dict[str, str] | None = None
) -> list[DashboardSection]:
    """The dashboard steps for this plan, in the order the dashboard needs them."""
    scope_titles = scope_titles or {}
    d = plan.domain
    client = DashboardSection(
        "client",
        "Create the client",
        [
            "Sign in to the XWMS dashboard and open My Clients.",
            "Click Create Client.",
            "Type the client name below and save.",
            "Copy the Client ID the dashboard shows and paste it into the wizard.",
        ],
        [("Client name", plan.client.name)],
    )
    domain_values = [("Root Domain", d.root)]
    if d.server_ip:
        domain_values.append(("Server IP Address", d.server_ip))
    if d.internal_name:
        domain_values.append(("Internal Name", d.internal_name))
    domain_steps = [
        "In your client, open Integrations, then Domains, and click New Domain.",
        "Fill in the values below (leave a field empty when no value is given) and save.",
        "Copy the Domain ID the dashboard shows and paste it into the wizard.",
        (
            f"Set the switches: Allow Login {_on_off(d.allow_login)}, "
            f"Allow API {_on_off(d.allow_api)}, Active {_on_off(d.active)}, "
            f"Primary Domain {_on_off(d.primary)}, Test Mode {_on_off(d.test_mode)}."
        ),
    ]
    if d.fallback_uri:
        domain_steps.append("Under the domain's fallback settings, enter the fallback URI below.")
        domain_values.append(("Fallback URI", d.fallback_uri))
    if d.logo:
        domain_steps.append("Upload your logo (PNG or SVG, at most 1 MB) on the domain's page.")
    domain = DashboardSection("domain", "Add your website (domain)", domain_steps, domain_values)
    callback = DashboardSection(
        "callback",
        "Register the callback URL",
        [
            "On the domain's page, open Domain URLs and add a URL.",
            "Paste the callback URL below exactly as it is, choose the type Callback, "
            "and make sure it is Active.",
        ],
        [("Callback URL", d.effective_redirect_url)],
    )
    scope_lines = [
        f"{key} ({scope_titles[key]})" if key in scope_titles else key for key in plan.scopes.keys
    ]
    scopes = DashboardSection(
        "scopes",
        "Choose what your website may read (scopes)",
        [
            "In your client, open Client Scopes.",
            "Tick exactly these scopes and save: " + (", ".join(scope_lines) or "none") + ".",
        ],
        [("Scopes", ", ".join(plan.scopes.keys))],
    )
    secret_values = [("Label", plan.secret.effective_label)]
    if plan.secret.expires:
        secret_values.append(("Expiry date", plan.secret.expires.isoformat()))
    secret = DashboardSection(
        "secret",
        "Create the secret key",
        [
            "In your client, open Client Secrets and click New Secret.",
            "Fill in the label"
            + (" and the expiry date" if plan.secret.expires else " (leave the expiry date empty)")
            + ", then save.",
            "The dashboard shows the secret once: copy it straight into the wizard's secret field. "
            "Do not e-mail it or save it in a document.",
        ],
        secret_values,
    )
    link = DashboardSection(
        "link",
        "Link the secret to your website",
        [
            f"Open the domain {d.root} again and go to Secret Connections.",
            f"Click Link Secret and choose the secret labelled {plan.secret.effective_label}.",
        ],
        [("Secret label", plan.secret.effective_label)],
    )
    return [client, domain, callback, scopes, secret, link]


def checklist_markdown(plan: SetupPlan, scope_titles: dict[str, str] | None = None) -> str:
    """A Markdown checklist of every dashboard step, for an owner to follow on paper or screen."""
    lines = [
        f"# XWMS dashboard checklist for {plan.client.name}",
        "",
        f"Follow these steps in the XWMS dashboard ({DASHBOARD_URL}). Tick each box as you go.",
        "Keep the values you copy back (Client ID, Domain ID, secret) for the wizard's check.",
        "",
    ]
    for number, section in enumerate(dashboard_sections(plan, scope_titles), start=1):
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
        f"## {len(dashboard_sections(plan)) + 1}. Check that it works",
        "",
        "- [ ] In the wizard, choose Live mode, enter the Client ID, the Domain ID and the secret, "
        "and press Check my setup.",
        "- [ ] Or, on your web server, put them in a `.env` file and run "
        "`xwms-wizard verify --env .env`.",
        "",
    ]
    return "\n".join(lines)
