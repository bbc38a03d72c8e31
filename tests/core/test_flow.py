"""The one wizard state and its navigation map, walked without Qt: every mode, the resume
path, and gates derived from the state (never stored as flags)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from xwms_wizard.core.apply import ApplyResult, Verification
from xwms_wizard.core.flow import (
    PAGES,
    Mode,
    Page,
    WizardState,
    blocker,
    first_page,
    is_last,
    next_page,
    pages_for,
    path,
)
from xwms_wizard.core.models import ClientChoice, DomainChoice, SetupPlan


def a_plan() -> SetupPlan:
    return SetupPlan(client=ClientChoice("shop"), domain=DomainChoice(root="shop.example"))


def a_result(ok: bool = True) -> ApplyResult:
    return ApplyResult(
        api_url="http://127.0.0.1:1/api/", client_pk=1, client_id="xc_1", client_name="shop",
        domain_pk=1, domain_id="xd_1", root_domain="shop.example",
        redirect_url="https://shop.example/xwms/validateToken", scopes=["profile"],
        secret_pk=1, secret_label="Standard Key", secret_expires=None,
        verification=Verification(ok=ok, verdict=""),
    )


def FlowState(*, signed_in=False, applied=False, exported=False, **fields) -> WizardState:  # noqa: N802
    """A state in which the gates come out as asked: from facts, not flags."""
    state = WizardState(plan=a_plan(), **fields)
    if signed_in:
        state.account = object()
    if applied or exported:
        state.made(a_result(), state.plan)
        state.unchecked_accepted = True
    if exported:
        state.exported_bundle(Bundle(Path("bundle")), state.result)
    return state


@dataclasses.dataclass
class Bundle:
    path: Path

ALL_PAGES = [
    Page.WELCOME,
    Page.ACCOUNT,
    Page.CLIENT,
    Page.DOMAIN,
    Page.SCOPES,
    Page.SECRET,
    Page.REVIEW,
    Page.CHECK,
    Page.STATUS,
    Page.RENEW,
    Page.PEOPLE,
    Page.LIVE_STATUS,
    Page.LIVE_RENEW,
    Page.LIVE_PEOPLE,
    Page.EXPORT,
    Page.DONE,
]
# Each mode's walk: the managed modes review and create; Live checks what the dashboard has.
DAY_TWO = {Page.STATUS, Page.RENEW, Page.PEOPLE, Page.LIVE_STATUS, Page.LIVE_RENEW,
           Page.LIVE_PEOPLE}
MODE_PAGES = {
    Mode.PRACTICE: [page for page in ALL_PAGES if page not in {Page.CHECK, *DAY_TWO}],
    Mode.CUSTOM: [page for page in ALL_PAGES if page not in {Page.CHECK, *DAY_TWO}],
    Mode.LIVE: [page for page in ALL_PAGES if page not in {Page.REVIEW, *DAY_TWO}],
}


def test_page_order_matches_the_design():
    assert list(PAGES) == ALL_PAGES
    assert [p.value for p in PAGES] == [
        "welcome", "account", "client", "domain", "scopes", "secret", "review", "check",
        "status", "renew", "people", "liveStatus", "liveRenew", "livePeople",
        "export", "done",
    ]


@pytest.mark.parametrize("mode", list(Mode))
def test_every_mode_walks_every_page_in_order(mode):
    assert first_page() is Page.WELCOME
    assert path(FlowState(mode=mode)) == list(pages_for(mode)) == MODE_PAGES[mode]
    assert is_last(Page.DONE, mode)
    assert not is_last(Page.EXPORT, mode)


@pytest.mark.parametrize("mode", list(Mode))
def test_next_page_step_by_step(mode):
    state = FlowState(mode=mode, signed_in=True, applied=True, exported=True)
    seen = [Page.WELCOME]
    while (page := next_page(seen[-1], state)) is not None:
        seen.append(page)
    assert seen == MODE_PAGES[mode]
    assert next_page("done", state) is None  # plain strings work too


@pytest.mark.parametrize("mode", [Mode.PRACTICE, Mode.CUSTOM])  # Live keeps no journal
def test_resume_goes_from_account_straight_to_review(mode):
    state = FlowState(mode=mode, resuming=True, signed_in=True, applied=True, exported=True)
    assert next_page(Page.WELCOME, state) is Page.ACCOUNT
    assert next_page(Page.ACCOUNT, state) is Page.REVIEW
    assert path(state) == [
        Page.WELCOME, Page.ACCOUNT, Page.REVIEW, Page.EXPORT, Page.DONE
    ]
    # Once the owner goes back to change something, the normal order applies again.
    state.resuming = False
    assert next_page(Page.ACCOUNT, state) is Page.CLIENT


def test_account_needs_a_sign_in():
    state = FlowState(mode=Mode.CUSTOM)
    with pytest.raises(ValueError, match="sign in"):
        next_page(Page.ACCOUNT, state)
    state.account = object()  # signed in: the account is the fact, the gate follows
    assert next_page(Page.ACCOUNT, state) is Page.CLIENT


def test_review_needs_the_setup_created_and_export_needs_the_bundle():
    state = FlowState(signed_in=True)
    assert next_page(Page.SECRET, state) is Page.REVIEW
    with pytest.raises(ValueError, match="create"):
        next_page(Page.REVIEW, state)
    state.made(a_result(), state.plan)
    assert next_page(Page.REVIEW, state) is Page.EXPORT
    with pytest.raises(ValueError, match="bundle"):
        next_page(Page.EXPORT, state)
    state.exported_bundle(Bundle(Path("bundle")), state.result)
    assert next_page(Page.EXPORT, state) is Page.DONE


def test_a_change_after_create_closes_the_gate_again_and_the_bundle_with_it():
    state = FlowState(signed_in=True, exported=True)
    assert blocker(Page.REVIEW, state) is None and blocker(Page.EXPORT, state) is None
    state.plan.domain.test_mode = True  # the owner went back and changed a switch
    assert blocker(Page.REVIEW, state) == "create the setup first"
    assert blocker(Page.EXPORT, state) == "write the handoff bundle first"
    state.plan.domain.test_mode = False  # and back: the setup matches what was made again
    assert blocker(Page.REVIEW, state) is None


def test_a_new_apply_needs_a_new_bundle_and_the_old_one_is_still_listed():
    state = FlowState(signed_in=True, exported=True)
    state.made(dataclasses.replace(a_result()), state.plan)
    assert state.applied and not state.exported
    assert [b.path for b in state.bundles] == [Path("bundle")]  # the Done page names it


def test_choice_pages_do_not_depend_on_gates():
    # Client, domain, scopes and secret pages only need their own fields valid (the GUI's job).
    state = FlowState()
    assert next_page(Page.CLIENT, state) is Page.DOMAIN
    assert next_page(Page.DOMAIN, state) is Page.SCOPES
    assert next_page(Page.SCOPES, state) is Page.SECRET


def test_unknown_page_or_mode_is_refused():
    with pytest.raises(ValueError):
        next_page("nowhere", FlowState())
    with pytest.raises(ValueError):
        pages_for("offline")


def test_live_path_needs_no_sign_in_but_a_check_before_export():
    # Live mode: the owner signs in to the XWMS dashboard in the browser, not in the wizard.
    state = FlowState(mode=Mode.LIVE)
    assert next_page(Page.WELCOME, state) is Page.ACCOUNT
    assert next_page(Page.ACCOUNT, state) is Page.CLIENT
    walked = [Page.ACCOUNT]
    while walked[-1] is not Page.CHECK:
        walked.append(next_page(walked[-1], state))
    assert walked == [
        Page.ACCOUNT, Page.CLIENT, Page.DOMAIN, Page.SCOPES, Page.SECRET, Page.CHECK
    ]
    # Live has its own check page; the managed modes' Review and create is not part of it,
    # nor is the check part of theirs.
    assert Page.REVIEW not in pages_for(Mode.LIVE)
    assert Page.CHECK not in pages_for(Mode.PRACTICE) and Page.CHECK not in pages_for(Mode.CUSTOM)
    with pytest.raises(ValueError, match="not part of live"):
        next_page(Page.REVIEW, state)
    # "Check my setup" (or "export without the check") opens the way to the export.
    with pytest.raises(ValueError, match="check the setup"):
        next_page(Page.CHECK, state)
    state.made(a_result(ok=False), state.plan)  # checked, and refused: still closed
    with pytest.raises(ValueError, match="check the setup"):
        next_page(Page.CHECK, state)
    state.unchecked_accepted = True  # the owner chose to go on without a passing check
    assert next_page(Page.CHECK, state) is Page.EXPORT
    state.made(a_result(ok=True), state.plan)  # a passing check opens it by itself
    assert next_page(Page.CHECK, state) is Page.EXPORT
    state.live_ids.client_id = "xc_other"  # a different Client ID was pasted since
    with pytest.raises(ValueError, match="check the setup"):
        next_page(Page.CHECK, state)
    state.live_ids.client_id = ""
    with pytest.raises(ValueError, match="bundle"):
        next_page(Page.EXPORT, state)
    state.exported_bundle(Bundle(Path("bundle")), state.result)
    assert next_page(Page.EXPORT, state) is Page.DONE
    assert next_page(Page.DONE, state) is None
    # Other modes still need their sign-in.
    with pytest.raises(ValueError, match="sign in"):
        next_page(Page.ACCOUNT, FlowState(mode=Mode.PRACTICE))


@pytest.mark.parametrize("mode", [Mode.PRACTICE, Mode.CUSTOM])
def test_an_existing_setup_is_looked_at_then_changed_or_renewed(mode):
    from xwms_wizard.core.flow import Action, Task, WizardState

    state = WizardState(mode=mode, task=Task.EXISTING)
    assert next_page(Page.WELCOME, state) is Page.ACCOUNT
    with pytest.raises(ValueError, match="sign in"):
        next_page(Page.ACCOUNT, state)
    state.account = object()
    assert next_page(Page.ACCOUNT, state) is Page.STATUS
    with pytest.raises(ValueError, match="pick the client"):
        next_page(Page.STATUS, state)
    state.server = object()  # the client was read from the server
    with pytest.raises(ValueError, match="choose what to do"):
        next_page(Page.STATUS, state)
    state.action = Action.CHANGE  # the setup pages, the client already picked
    assert path(state, Page.STATUS) == [
        Page.STATUS, Page.CLIENT, Page.DOMAIN, Page.SCOPES, Page.SECRET, Page.REVIEW,
        Page.EXPORT, Page.DONE,
    ]
    state.action = Action.PEOPLE  # the last page: who logs in, and who may change the client
    assert path(state, Page.STATUS) == [Page.STATUS, Page.PEOPLE]
    state.action = Action.RENEW
    assert path(state, Page.STATUS) == [Page.STATUS, Page.RENEW, Page.EXPORT, Page.DONE]
    with pytest.raises(ValueError, match="renew the key first"):
        next_page(Page.RENEW, state)
    state.made(a_result(ok=True), state.plan)
    assert next_page(Page.RENEW, state) is Page.EXPORT
    # A new setup never passes the day-two pages.
    assert Page.STATUS not in path(WizardState(mode=mode))


def test_a_live_setup_is_looked_at_from_its_handoff_folder_then_renewed_or_changed():
    from xwms_wizard.core.flow import Action, Task, WizardState

    state = WizardState(mode=Mode.LIVE, task=Task.EXISTING)
    assert path(state)[:3] == [Page.WELCOME, Page.ACCOUNT, Page.LIVE_STATUS]
    with pytest.raises(ValueError, match="folder your developer got"):
        next_page(Page.LIVE_STATUS, state)
    state.handoff = object()
    state.action = Action.RENEW
    assert path(state, Page.LIVE_STATUS) == [
        Page.LIVE_STATUS, Page.LIVE_RENEW, Page.EXPORT, Page.DONE
    ]
    with pytest.raises(ValueError, match="check the setup"):
        next_page(Page.LIVE_RENEW, state)
    state.action = Action.CHANGE
    assert path(state, Page.LIVE_STATUS)[1:3] == [Page.CLIENT, Page.DOMAIN]
    assert Page.CHECK in path(state, Page.LIVE_STATUS)
