"""The apply journal: atomic, resumable, and never a home for a secret."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from xwms_wizard.core.journal import Journal, journal_path, unfinished_journals
from xwms_wizard.core.models import (
    DomainChoice,
    SecretChoice,
    SetupPlan,
    plan_from_dict,
    plan_to_dict,
)


def make_plan() -> SetupPlan:
    return SetupPlan(
        domain=DomainChoice(root="example.com", server_ip="203.0.113.10"),
        secret=SecretChoice(label="web", expires=dt.date(2030, 1, 31)),
    )


def test_plan_survives_the_journal_round_trip():
    plan = make_plan()
    assert plan_from_dict(json.loads(json.dumps(plan_to_dict(plan)))) == plan


def test_journal_saves_loads_and_lists_unfinished(app_data):
    plan = make_plan()
    journal = Journal.for_plan(plan, server="http://127.0.0.1:1/api/", account="owner@example.com")
    journal.ids.update(client=1, client_id="xc_1")
    journal.steps["client"] = "done"
    journal.save()
    assert journal_path(plan.plan_id).parent == app_data / "journals"
    again = Journal.for_plan(plan)
    assert again.ids == {"client": 1, "client_id": "xc_1"}
    assert [j.plan.plan_id for j in unfinished_journals()] == [plan.plan_id]
    again.finished = True
    again.save()
    assert unfinished_journals() == []


def test_journal_refuses_keys_outside_its_allow_list():
    journal = Journal.for_plan(make_plan())
    journal.ids["secret_value"] = "should-never-be-stored"
    with pytest.raises(ValueError):
        journal.save()
    assert not journal_path(journal.plan.plan_id).exists()


def test_unreadable_journal_is_ignored(app_data):
    plan = make_plan()
    path = journal_path(plan.plan_id)
    path.write_text("{not json", encoding="utf-8")
    assert Journal.load(plan.plan_id) is None
    assert unfinished_journals() == []
