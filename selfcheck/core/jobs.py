"""How the Qt-free controllers ask for blocking work, and what they answer with: events.

A controller never blocks and never touches a widget. A command returns a list of events;
``Work(job)`` among them asks the front end to run ``job.work`` off its main thread and to hand
the outcome back to ``job.done`` or ``job.failed``, which return further events. The GUI runs
jobs through ``gui.operations.Operations``; tests and command-line tools use ``run_now``.

Failure policy: a job without a ``failed`` handler becomes ``Failed(what, error)``: nothing is
ever dropped silently (the GUI logs it and says so on screen).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable


class Event:
    """Something the front end shows (each subclass is a frozen dataclass)."""


@dataclass(frozen=True)
class ErrorEvent(Event):
    """Something went wrong that the screen explains (each subclass says where)."""

    error: BaseException


@dataclass(frozen=True)
class Job:
    """``work`` runs in a worker and may use only the objects it closed over at the start
    (a session, a client, a path), never a screen. With ``progress`` set it is called as
    ``work(report)``; ``report(done, total)`` turns into ``progress(done, total)`` events, and
    only while the job's generation (fixed when it starts) is still current.
    ``must_finish``: a revocation; it runs to its end even while the app closes.
    ``kept_on_close``: a send; if the app closes before a worker took it, it still runs (its
    outcome unseen) instead of being cancelled: the request is queued, never lost."""

    what: str
    work: Callable[..., Any]
    done: Callable[[Any], list[Event]]
    failed: Callable[[BaseException], list[Event]] | None = None
    progress: Callable[[int, int], list[Event]] | None = None
    must_finish: bool = False
    kept_on_close: bool = False

    def outcome(self, error: BaseException | None, result: Any = None) -> list[Event]:
        """The events for how the work ended (the default failure policy included)."""
        if error is None:
            return list(self.done(result))
        if self.failed is None:
            return [Failed(self.what, error)]
        return list(self.failed(error))


@dataclass(frozen=True)
class Work(Event):
    job: Job


@dataclass(frozen=True)
class Failed(Event):
    """A job without its own failure handler failed (logged and shown by the front end)."""

    what: str
    error: BaseException


def no_events(_result: Any = None) -> list[Event]:
    """``done`` for work whose success changes nothing on screen (a revocation)."""
    return []


def run_now(events: list[Event], *, skip: Callable[[Job], bool] = lambda job: False) -> list[Event]:
    """Run every job at once on this thread, depth first, and return the other events in the
    order a front end would see them. ``skip(job)``: leave that job out (and what follows it)."""
    out: list[Event] = []
    for event in events:
        if not isinstance(event, Work):
            out.append(event)
            continue
        job = event.job
        if skip(job):
            continue
        reports: list[Event] = []
        try:
            if job.progress is not None:
                result = job.work(lambda done, total: reports.extend(job.progress(done, total)))
            else:
                result = job.work()
        except Exception as e:  # noqa: BLE001 - handed to the job's failure policy
            out.extend(run_now(reports + job.outcome(e), skip=skip))
            continue
        out.extend(run_now(reports + job.outcome(None, result), skip=skip))
    return out
