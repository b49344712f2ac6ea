"""Time budgets: one deadline per article, checked inside the stages, not only between them.

`article.process_article` opens a `deadline(seconds)` around all the work on one article.
Inside it, every pattern made by `lexicon.compiled` checks the deadline when it is called,
a pattern that can backtrack for long (`lexicon.can_run_long`) also runs with the remaining
time as its regex timeout, cue scans check it once per scan, and the article's window loop
checks it between windows; so the budget, not a per-call timeout, is what limits one
article, and no single stage can run past it by more than one pattern call. Outside a
deadline (tests, notebooks) nothing changes: patterns run with the timeout they are given.

`strict()` is for tests: with ZONE_MEASURES_STRICT=1 in the environment, the catch-alls
that turn an unexpected exception into a rejected article re-raise it instead, so a bug
fails a test rather than hiding as a "could not process" row.
"""
from __future__ import annotations

import contextlib
import contextvars
import os
import time
from collections.abc import Iterator

STRICT_ENV = "ZONE_MEASURES_STRICT"
_monotonic = time.monotonic  # the clock read by every check, looked up once


class BudgetExceeded(TimeoutError):
    """An article used up its time budget."""


class Deadline:
    def __init__(self, seconds: float):
        self.seconds = seconds
        self.started = time.monotonic()
        self.expires = self.started + seconds

    def remaining(self) -> float:
        """Seconds left; raises BudgetExceeded when none are."""
        left = self.expires - time.monotonic()
        if left <= 0:
            raise BudgetExceeded(self.message())
        return left

    def expired(self) -> bool:
        return time.monotonic() >= self.expires

    def message(self) -> str:
        return f"article exceeded its {self.seconds:g} s time budget"


# A context variable, not a global: Dask's threaded workers run several articles at once.
_CURRENT: contextvars.ContextVar[Deadline | None] = contextvars.ContextVar("zone_measures_deadline", default=None)


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[Deadline]:
    """Run the block under a budget of `seconds` (checked by `check` and guarded patterns)."""
    current = Deadline(seconds)
    token = _CURRENT.set(current)
    try:
        yield current
    finally:
        _CURRENT.reset(token)


def current() -> Deadline | None:
    return _CURRENT.get()


def check() -> None:
    """Raise BudgetExceeded when the current deadline (if any) has passed.

    Asked tens of thousands of times per MB (per line, place, figure): one clock read and a
    comparison inline, not a call to `remaining`."""
    active = _CURRENT.get()
    if active is not None and _monotonic() >= active.expires:
        raise BudgetExceeded(active.message())


def regex_timeout(default: float | None) -> float | None:
    """The timeout a pattern call gets: the time left in the budget, else `default`."""
    active = _CURRENT.get()
    return default if active is None else active.remaining()


def check_short_call() -> bool:
    """For a pattern call that cannot run long: raise BudgetExceeded when the current
    deadline has passed; True when a deadline is active. One clock read, no regex timer
    (a regex timeout costs about ten times a clock read)."""
    active = _CURRENT.get()
    if active is None:
        return False
    if _monotonic() >= active.expires:
        raise BudgetExceeded(active.message())
    return True


def strict() -> bool:
    """True when unexpected exceptions must propagate (tests), not become rejected rows."""
    return os.environ.get(STRICT_ENV, "") not in ("", "0")
