"""The live-dashboard checklist: every part of the plan appears, with the values to copy."""

from __future__ import annotations

import datetime as dt

from xwms_wizard.core.dashboard import checklist_markdown, dashboard_sections
from xwms_wizard.core.models import (
    ClientChoice,
    DomainChoice,
    ScopesChoice,
    SecretChoice,
    SetupPlan,
)


def test_checklist_names_every_dashboard_step_and_value():
    plan = SetupPlan(
        client=ClientChoice("bakery-shop"),
        domain=DomainChoice(root="bakery.example", server_ip="203.0.113.10", test_mode=True),
        scopes=ScopesChoice(["profile", "userinfo"]),
        secret=SecretChoice(label="web", expires=dt.date(2030, 1, 31)),
    )
    sections = dashboard_sections(plan, {"profile": "Read basic user profile"})
    assert [s.key for s in sections] == ["client", "domain", "callback", "scopes", "secret", "link"]
    text = checklist_markdown(plan, {"profile": "Read basic user profile"})
    for expected in (
        "My Clients",
        "Create Client",
        "New Domain",
        "Domain URLs",
        "Client Scopes",
        "New Secret",
        "Secret Connections",
        "Link Secret",
        "`bakery-shop`",
        "`bakery.example`",
        "`203.0.113.10`",
        "`https://bakery.example/xwms/validateToken`",
        "profile (Read basic user profile), userinfo",
        "`2030-01-31`",
        "Test Mode on",
        "xwms-wizard verify",
    ):
        assert expected in text, expected


def test_a_plans_application_and_members_are_steps_of_the_live_checklist():
    from xwms_wizard.core.plan import loads_plan

    head = '[client]\nname = "live-shop"\n[domain]\nroot = "live-shop.example"\n'
    plain = loads_plan(head + '[scopes]\nkeys = ["profile"]\n')
    assert "Verified Partner" not in checklist_markdown(plain)
    assert "as a member" not in checklist_markdown(plain)
    plan = loads_plan(head + """[scopes]
keys = ["profile", "providers"]
[verification]
scopes = ["providers"]
notes = "We show linked providers."
[[members]]
email = "dev@agency.example"
role = "Viewer"
""")
    text = checklist_markdown(plan, {"providers": "Read providers"})
    assert "## 7. Apply to become a Verified Partner" in text
    assert "| Permissions | `Read providers` |" in text
    assert "| Notes | `We show linked providers.` |" in text
    assert "## 8. Let your developer in as a member" in text
    assert "| dev@agency.example | `Viewer` |" in text
    assert "## 9. Check that it works" in text
