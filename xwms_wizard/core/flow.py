"""The wizard's one state and its navigation map, free of Qt.

Electrum-style (its `wizard_data` and navigation map): a page is a name; each
mode has its own sequence of pages, each with a gate derived from the
`WizardState`; `next_page(current, state)` decides where Next goes. The Qt
wizard binds one page class to each name and asks this module, so every path
can be tested with no display at all (tests/core/test_flow.py).
"""

from __future__ import annotations

import copy
import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from xwms_wizard.core.models import SetupPlan


class Mode(enum.StrEnum):
    PRACTICE = "practice"  # the built-in sandbox on this computer
    CUSTOM = "custom"  # a management server at a URL the owner gives
    LIVE = "live"  # xwms.nl: the wizard guides through the dashboard


class Task(enum.StrEnum):
    """What the owner came for, chosen on the welcome page."""

    SETUP = "setup"  # set up Log in with XWMS (the first day)
    EXISTING = "existing"  # check or change a setup that exists (day two)


class Action(enum.StrEnum):
    """What the owner does with an existing setup, chosen on the status page."""

    CHANGE = "change"  # its websites, switches, callback URLs or scopes: the setup pages
    RENEW = "renew"  # a new key without downtime (core.renew)
    PEOPLE = "people"  # who logged in, testers, Verified Partner, members (core.people)


class Page(enum.StrEnum):
    WELCOME = "welcome"
    ACCOUNT = "account"
    CLIENT = "client"
    DOMAIN = "domain"
    SCOPES = "scopes"
    SECRET = "secret"
    REVIEW = "review"  # Practice and Custom: review the choices and create them
    CHECK = "check"  # Live: check what the owner made in the dashboard
    STATUS = "status"  # an existing setup: how it is doing, and what to do with it
    RENEW = "renew"  # a new key for a website, the old one revoked once it is not needed
    PEOPLE = "people"  # who logs in with the client, and who may change it
    LIVE_STATUS = "liveStatus"  # Live: a setup as its handoff folder says, checked with XWMS
    LIVE_RENEW = "liveRenew"  # Live: a new key made in the dashboard, pasted and checked
    LIVE_PEOPLE = "livePeople"  # Live: the dashboard's people parts, step by step
    EXPORT = "export"
    DONE = "done"


# Every page in wizard order (the step panel lists those of the chosen mode so).
PAGES: tuple[Page, ...] = tuple(Page)

# Pages whose choices end up in the SetupPlan: changing one after "create" means creating again.
PLAN_PAGES: frozenset[Page] = frozenset({Page.CLIENT, Page.DOMAIN, Page.SCOPES, Page.SECRET})


@dataclass
class LiveIds:
    """What the XWMS dashboard showed the owner in Live mode (the secret goes to the keychain)."""

    client_id: str = ""
    domain_id: str = ""


@dataclass
class WizardState:
    """The one wizard state: what the owner wants, what the server has, and what was done.

    Every fact lives here once. The gates (signed in, created or checked, exported)
    are derived from it, never stored as flags: the plan changed after "create" is
    simply no longer the plan the result was made from.
    """

    mode: Mode = Mode.PRACTICE
    task: Task = Task.SETUP
    action: Action | None = None  # an existing setup: what the owner chose to do with it
    server_url: str = ""  # Custom: the server address as the owner typed it
    live_api_url: str = ""  # Live: the XWMS API address as the owner typed it
    plan: SetupPlan = field(default_factory=SetupPlan)  # what the owner wants
    server: Any = None  # core.state.ServerState: what the picked existing client has
    account: Any = None  # who is signed in (Practice, Custom); None: nobody
    live_ids: LiveIds = field(default_factory=LiveIds)  # Live: what the dashboard showed
    resuming: bool = False  # continuing from a journal: after the sign-in, straight to Review
    handoff: Any = None  # Live, an existing setup: the facts of its handoff folder
    result: Any = None  # core.apply.ApplyResult of the last create (or Live check)
    made_from: SetupPlan | None = None  # a copy of the plan `result` was made from
    made_for: LiveIds | None = None  # Live: a copy of the ids `result` was checked with
    unchecked_accepted: bool = False  # Live: the owner chose to go on without a passing check
    # When the website's key works but its value is not here: the owner's answer
    # (core.lifecycle.UnknownValue: "ask" until answered, "new" or "keep").
    unknown_secret: str = "ask"
    bundles: list[Any] = field(default_factory=list)  # every bundle written in this run, oldest first
    exported_for: Any = None  # the result the newest bundle was written for

    @property
    def signed_in(self) -> bool:
        return self.account is not None

    @property
    def verified(self) -> bool:
        verification = getattr(self.result, "verification", None)
        return bool(verification is not None and verification.ok)

    @property
    def applied(self) -> bool:
        """Created (Practice, Custom) or checked (Live) for exactly the current choices."""
        if self.result is None or self.made_from != self.plan:
            return False
        if self.mode is Mode.LIVE:
            return self.made_for == self.live_ids and (self.verified or self.unchecked_accepted)
        return True

    @property
    def exported(self) -> bool:
        return self.applied and self.result is not None and self.exported_for is self.result

    def made(self, result: Any, plan: SetupPlan) -> None:
        """`result` was made from `plan` (copied: later edits are changes)."""
        self.result = result
        self.made_from = copy.deepcopy(plan)
        self.made_for = copy.deepcopy(self.live_ids)
        self.unchecked_accepted = False

    def forget_result(self) -> None:
        self.result = self.made_from = self.made_for = None
        self.unchecked_accepted = False

    def exported_bundle(self, bundle: Any, result: Any) -> None:
        """`bundle` (a handoff.BundleResult) was written for `result`; one entry per folder."""
        self.bundles = [b for b in self.bundles if b.path != bundle.path] + [bundle]
        self.exported_for = result


# What must be true to leave a page by Next, per mode: a gate is a function of the state
# that gives the reason Next is not possible yet, or None.
Gate = Callable[[WizardState], "str | None"]


def _signed_in(state: WizardState) -> str | None:
    return None if state.signed_in else "sign in first"


def _created(state: WizardState) -> str | None:
    return None if state.applied else "create the setup first"


def _checked(state: WizardState) -> str | None:
    return None if state.applied else "check the setup first, or choose to go on without the check"


def _exported(state: WizardState) -> str | None:
    return None if state.exported else "write the handoff bundle first"


def _chosen(state: WizardState) -> str | None:
    if state.server is None:
        return "pick the client to look at"
    return None if state.action is not None else "choose what to do with this setup"


def _renewed(state: WizardState) -> str | None:
    return None if state.applied else "renew the key first"


def _chosen_live(state: WizardState) -> str | None:
    if state.handoff is None:
        return "choose the folder your developer got"
    return None if state.action is not None else "choose what to do with this setup"


# The navigation map: each mode's own sequence of pages, each with the gate for leaving it.
# Practice and Custom create the setup through the management API; Live shows the dashboard
# steps, signs in nowhere (the owner does, in the browser) and checks instead of creating.
_MANAGED: tuple[tuple[Page, Gate | None], ...] = (
    (Page.WELCOME, None),
    (Page.ACCOUNT, _signed_in),
    (Page.CLIENT, None),
    (Page.DOMAIN, None),
    (Page.SCOPES, None),
    (Page.SECRET, None),
    (Page.REVIEW, _created),
    (Page.EXPORT, _exported),
    (Page.DONE, None),
)
_LIVE: tuple[tuple[Page, Gate | None], ...] = (
    (Page.WELCOME, None),
    (Page.ACCOUNT, None),
    (Page.CLIENT, None),
    (Page.DOMAIN, None),
    (Page.SCOPES, None),
    (Page.SECRET, None),
    (Page.CHECK, _checked),
    (Page.EXPORT, _exported),
    (Page.DONE, None),
)
_SEQUENCES: dict[Mode, tuple[tuple[Page, Gate | None], ...]] = {
    Mode.PRACTICE: _MANAGED,
    Mode.CUSTOM: _MANAGED,
    Mode.LIVE: _LIVE,
}
# An existing setup (Practice and Custom): sign in, see how it is doing, then either change it
# through the setup pages (the client already picked) or renew a key.
_EXISTING: tuple[tuple[Page, Gate | None], ...] = (
    (Page.WELCOME, None),
    (Page.ACCOUNT, _signed_in),
    (Page.STATUS, _chosen),
)
_ACTIONS: dict[Action | None, tuple[tuple[Page, Gate | None], ...]] = {
    None: _MANAGED[2:],  # before a choice, the usual way on is shown
    Action.CHANGE: _MANAGED[2:],
    Action.RENEW: ((Page.RENEW, _renewed), (Page.EXPORT, _exported), (Page.DONE, None)),
    Action.PEOPLE: ((Page.PEOPLE, None),),
}


# Live, an existing setup: its handoff folder says what was made; the dashboard changes it.
_LIVE_EXISTING: tuple[tuple[Page, Gate | None], ...] = (
    (Page.WELCOME, None),
    (Page.ACCOUNT, None),
    (Page.LIVE_STATUS, _chosen_live),
)
_LIVE_ACTIONS: dict[Action | None, tuple[tuple[Page, Gate | None], ...]] = {
    None: _LIVE[2:],
    Action.CHANGE: _LIVE[2:],
    Action.RENEW: ((Page.LIVE_RENEW, _checked), (Page.EXPORT, _exported), (Page.DONE, None)),
    Action.PEOPLE: ((Page.LIVE_PEOPLE, None),),
}


def _sequence(state: WizardState) -> tuple[tuple[Page, Gate | None], ...]:
    if state.task is Task.EXISTING:
        if state.mode is Mode.LIVE:
            return _LIVE_EXISTING + _LIVE_ACTIONS[state.action]
        return _EXISTING + _ACTIONS[state.action]
    return _SEQUENCES[state.mode]
# Continuing a setup from its journal: every choice is known, so the sign-in leads to Review.
_RESUME_JUMPS = {Page.ACCOUNT: Page.REVIEW}


def pages_for(mode: Mode | str, task: Task = Task.SETUP, action: Action | None = None) -> tuple[Page, ...]:
    """The pages this mode shows for this task (and action on an existing setup), in order."""
    state = WizardState(mode=Mode(mode), task=Task(task), action=action)
    return tuple(page for page, _gate in _sequence(state))


def state_pages(state: WizardState) -> tuple[Page, ...]:
    """The pages of `state`'s way through the wizard, in order (the step panel lists them)."""
    return tuple(page for page, _gate in _sequence(state))


def first_page() -> Page:
    return Page.WELCOME


def blocker(current: Page | str, state: WizardState) -> str | None:
    """Why Next cannot leave `current` yet (the GUI keeps Next off), or None when it can."""
    current = Page(current)
    gates = dict(_sequence(state))
    if current not in gates:
        raise ValueError(f"page {current.value!r} is not part of {state.mode.value} mode")
    gate = gates[current]
    return gate(state) if gate is not None else None


def following(current: Page | str, state: WizardState) -> Page | None:
    """The page after `current` in this state's sequence, whatever its gate says."""
    current = Page(current)
    pages = state_pages(state)
    if current not in pages:
        raise ValueError(f"page {current.value!r} is not part of {state.mode.value} mode")
    if state.resuming and state.mode is not Mode.LIVE and current in _RESUME_JUMPS:
        return _RESUME_JUMPS[current]
    index = pages.index(current)
    return pages[index + 1] if index + 1 < len(pages) else None


def next_page(current: Page | str, state: WizardState) -> Page | None:
    """Where Next leads from `current`, or None on the last page.

    Raises ValueError when Next is not possible yet (a page that needs the sign-in,
    the created setup or the bundle first): the GUI keeps Next disabled then.
    """
    reason = blocker(current, state)
    if reason is not None:
        raise ValueError(reason)
    return following(current, state)


def is_last(page: Page | str, mode: Mode | str = Mode.PRACTICE) -> bool:
    return pages_for(mode)[-1] is Page(page)


def path(state: WizardState, start: Page | str = Page.WELCOME) -> list[Page]:
    """Every page the owner passes through from `start` when each page's gate is open."""
    trail = [Page(start)]
    while (after := following(trail[-1], state)) is not None:
        trail.append(after)
    return trail
