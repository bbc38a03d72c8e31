"""The wizard's navigation map, free of Qt: which pages each mode has and which page comes next.

Electrum-style: a page is a name; `next_page(current, state)` decides where
Next goes from what the owner chose so far. The Qt wizard binds one page
class to each name and asks this module, so every path can be tested with no
display at all (tests/core/test_flow.py).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Mode(enum.StrEnum):
    PRACTICE = "practice"  # the built-in sandbox on this computer
    CUSTOM = "custom"  # a management server at a URL the owner gives
    LIVE = "live"  # xwms.nl: the wizard guides through the dashboard


class Page(enum.StrEnum):
    WELCOME = "welcome"
    ACCOUNT = "account"
    CLIENT = "client"
    DOMAIN = "domain"
    SCOPES = "scopes"
    SECRET = "secret"
    REVIEW = "review"
    EXPORT = "export"
    DONE = "done"


# Every page in wizard order. Each mode shows all of them (Live mode fills the same pages
# with dashboard steps), but the order lives here so a mode can drop or add one later.
PAGES: tuple[Page, ...] = tuple(Page)

_MODE_PAGES: dict[Mode, tuple[Page, ...]] = {
    Mode.PRACTICE: PAGES,
    Mode.CUSTOM: PAGES,
    Mode.LIVE: PAGES,
}

# Pages whose choices end up in the SetupPlan: changing one after "create" means creating again.
PLAN_PAGES: frozenset[Page] = frozenset({Page.CLIENT, Page.DOMAIN, Page.SCOPES, Page.SECRET})


@dataclass
class FlowState:
    """What the navigation depends on; the GUI keeps one and updates it as the owner goes."""

    mode: Mode = Mode.PRACTICE
    signed_in: bool = False
    # Continuing a setup from its journal: every choice is known, so after signing in
    # the owner goes straight to the review page.
    resuming: bool = False
    # Practice/Custom: the setup was created (and matches the current choices). Live: the
    # setup was checked against XWMS, or the owner chose to go on without the check.
    applied: bool = False
    exported: bool = False


def pages_for(mode: Mode | str) -> tuple[Page, ...]:
    """The pages this mode shows, in order."""
    return _MODE_PAGES[Mode(mode)]


def first_page() -> Page:
    return Page.WELCOME


def next_page(current: Page | str, state: FlowState) -> Page | None:
    """Where Next leads from `current`, or None on the last page.

    Raises ValueError when Next should not be possible yet (a page that needs
    the sign-in or the created setup first): the GUI keeps Next disabled then,
    and this makes the rule testable without it.
    """
    current = Page(current)
    pages = pages_for(state.mode)
    if current not in pages:
        raise ValueError(f"page {current.value!r} is not part of {state.mode.value} mode")
    # Live mode signs in nowhere: the owner signs in to the XWMS dashboard in the browser.
    if current is Page.ACCOUNT and not state.signed_in and state.mode is not Mode.LIVE:
        raise ValueError("sign in first")
    if current is Page.REVIEW and not state.applied:
        if state.mode is Mode.LIVE:
            raise ValueError("check the setup first, or choose to go on without the check")
        raise ValueError("create the setup first")
    if current is Page.EXPORT and not state.exported:
        raise ValueError("write the handoff bundle first")
    if current is Page.ACCOUNT and state.resuming:
        return Page.REVIEW
    index = pages.index(current)
    if index + 1 >= len(pages):
        return None
    return pages[index + 1]


def is_last(page: Page | str, mode: Mode | str = Mode.PRACTICE) -> bool:
    return pages_for(mode)[-1] is Page(page)


def path(state: FlowState, start: Page | str = Page.WELCOME) -> list[Page]:
    """Every page the owner passes through from `start` when each page's requirement is met."""
    trail = [Page(start)]
    walk = FlowState(
        mode=state.mode, signed_in=True, resuming=state.resuming, applied=True, exported=True
    )
    while (following := next_page(trail[-1], walk)) is not None:
        trail.append(following)
    return trail
