"""core.fields: a server's refusal points at the plan field the owner fixes."""

from __future__ import annotations

import pytest

from xwms_wizard.core.apply import ApplyError, Step
from xwms_wizard.core.fields import SERVER_FIELDS, error_field, plan_field
from xwms_wizard.core.validate import FIELD_LABELS as PLAN_FIELD_LABELS
from xwms_wizard.errors import WizardError
from xwms_wizard.xwms import Conflict, ValidationFailed, XwmsError
from xwms_wizard.xwms.errors import FIELD_LABELS as SERVER_FIELD_LABELS


def test_every_server_field_with_words_has_a_plan_field() -> None:
    # xwms/ words each field the owner may read about; core says where in the plan it lives.
    assert set(SERVER_FIELDS) == set(SERVER_FIELD_LABELS)
    # The plan's own fields are those the pages and plan files name (the sign-in is no plan's).
    plan_paths = {path for path in SERVER_FIELDS.values() if not path.startswith("account.")}
    assert plan_paths - set(PLAN_FIELD_LABELS) == {"secret.link"}


def test_a_validation_refusal_points_at_the_plan_field() -> None:
    error = ValidationFailed(
        code="validation_failed",
        status=422,
        errors={"kind": ["Unknown kind."], "root_domain": ["Use a domain like example.com"]},
    )
    assert error.field == "root_domain" and error_field(error) == "domain.root"
    conflict = Conflict(code="name_taken", status=409, errors={"name": ["Taken."]})
    assert error_field(conflict) == "client.name"
    assert plan_field("expires_at") == "secret.expires" and plan_field("kind") is None
    assert plan_field(None) is None


@pytest.mark.parametrize(
    "error",
    [
        XwmsError("Not a server address.", field="server_url"),  # the client's own field
        WizardError("Expiry date: pick a later day.", field="secret.expires"),  # core's
        ValidationFailed(code="validation_failed", status=422, errors={"kind": ["No."]}),
    ],
    ids=["client", "core", "no-plan-field"],
)
def test_other_errors_keep_their_field(error: WizardError) -> None:
    assert error_field(error) == error.field


def test_a_failed_step_names_the_plan_field_of_a_server_refusal() -> None:
    cause = ValidationFailed(
        code="validation_failed", status=422, errors={"root_domain": ["Use a domain."]}
    )
    assert ApplyError(Step.DOMAIN, cause).field == "domain.root"
