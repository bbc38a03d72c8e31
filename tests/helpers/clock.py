"""A clock the test moves by hand; the sandbox reads it (`create_app(..., clock=clock)`)."""

from __future__ import annotations

import datetime as dt

START = dt.datetime(2030, 6, 1, 12, 0, tzinfo=dt.UTC)


class Clock:
    """Starts at `START` (a fixed moment, so dates in answers are the same on every run) and
    moves only when the test calls `advance`."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)
