"""A plan's [verification] and [[members]]: read, checked field by field, written back."""

from __future__ import annotations

import pytest

from xwms_wizard.core.models import MemberChoice, VerificationChoice, plan_from_dict, plan_to_dict
from xwms_wizard.core.plan import PlanError, dump_plan, loads_plan

HEAD = """
[client]
name = "people-shop"
[domain]
root = "people-shop.example"
[scopes]
keys = ["profile", "providers"]
"""


def problems(text: str, top: str = "") -> dict[str, str]:
    with pytest.raises(PlanError) as caught:
        loads_plan(top + HEAD + text)
    return {p.field: p.message for p in caught.value.problems}


def test_members_and_an_application_load_normalised_and_round_trip():
    plan = loads_plan(HEAD + """
[verification]
scopes = ["providers"]
notes = "  We show which providers a customer linked.  "
[[members]]
email = " Dev@Agency.Example "
role = "developer"
[[members]]
email = "boss@example.com"
role = "Viewer"
""")
    assert plan.members == [
        MemberChoice("dev@agency.example", "Developer"),
        MemberChoice("boss@example.com", "Viewer"),
    ]
    assert plan.verification == VerificationChoice(
        ["providers"], "We show which providers a customer linked."
    )
    again = loads_plan(dump_plan(plan))
    assert (again.members, again.verification) == (plan.members, plan.verification)
    assert plan_from_dict(plan_to_dict(plan)).members == plan.members
    assert plan_from_dict(plan_to_dict(plan)).verification == plan.verification


def test_a_plan_without_them_has_none():
    plan = loads_plan(HEAD)
    assert plan.members == [] and plan.verification is None
    assert "[verification]" not in dump_plan(plan) and "[[members]]" not in dump_plan(plan)


def test_each_member_problem_names_its_entry_and_field():
    found = problems("""
[[members]]
email = "not an address"
[[members]]
email = "ok@example.com"
role = "Owner"
[[members]]
email = "OK@example.com"
[[members]]
mail = "x@example.com"
""")
    assert "is not an e-mail address" in found["members[1].email"]
    assert found["members[1].email"].startswith("Member's e-mail address (member 1):")
    assert "“Owner” is not a role the wizard knows. Use one of: Developer, Viewer." in (
        found["members[2].role"]
    )
    assert "ok@example.com is named twice" in found["members[3].email"]
    assert "has no setting “mail”. It takes: email, role." in found["members[4].mail"]


def test_members_must_be_sections():
    found = problems("", top='members = ["dev@example.com"]\n')
    assert "write each member as a [[members]] section" in found["members"]


def test_an_application_for_a_scope_the_plan_does_not_use_is_refused():
    found = problems('[verification]\nscopes = ["userinfo"]\n')
    assert "“userinfo” is not in the plan's [scopes] keys" in found["verification.scopes"]
    empty = problems("[verification]\nscopes = []\n")
    assert "Name the scopes you apply for" in empty["verification.scopes"]
    long = problems('[verification]\nscopes = ["providers"]\nnotes = "' + "x" * 2001 + '"\n')
    assert "the most is 2000" in long["verification.notes"]
