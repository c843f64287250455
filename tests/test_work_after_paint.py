"""The overview's follow-up work (the findings, the access log, the mailbox) starts once its
lists have painted: started with the overview, its workers took the two cores from the GUI
thread while the 2,000-link list was being sized, selected and painted. Held work is busy work,
and a resident who leaves before the paint takes it with them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer

from selfcheck.core import resident as ev

from .test_counter_gui import confirm_and_load, resident_signs_in, staff_signs_in
from .test_overview_turn_races import hooks, right_after, turns_pass, window  # noqa: F401 - fixtures

pytestmark = pytest.mark.gui

FOLLOW_UP = {"rules", "access log", "mailbox"}


def started_jobs(w) -> list[tuple[str, bool, bool]]:
    """(job, whether the overview was shown then, whether its list could paint) for each job the
    window starts from now on."""
    shown = []
    w.overviewShown.connect(lambda: shown.append(True))
    started = []
    real = w.runner.run

    def run(job):
        home = w.built("home")
        started.append((job.what, bool(shown), home is not None and home.ui.linksView.updatesEnabled()))
        real(job)

    w.runner.run = run
    return started


@pytest.mark.parametrize("persona", ["clean", "stress"])
def test_the_follow_up_work_starts_once_the_overview_is_shown(window, sign_in, qtbot, persona):
    w = window
    started = started_jobs(w)
    sign_in(w, persona)
    qtbot.waitUntil(lambda: w.findings is not None and w.home.log.total() > 0 and not w.runner.busy, timeout=30000)
    follow_ups = [s for s in started if s[0] in FOLLOW_UP]
    assert {s[0] for s in follow_ups} == FOLLOW_UP
    early = [s[0] for s in follow_ups if not (s[1] and s[2])]
    assert early == [], f"started before the overview's list had painted: {early}"


def soon(action):
    """``action`` as a click the user made while the overview arrived: handled after the answer,
    before the overview's next turn (a queued call runs before Qt's timers)."""
    return lambda: QTimer.singleShot(0, action)


def test_the_window_is_busy_while_the_work_waits_for_the_paint(window, hooks, sign_in, qtbot):  # noqa: F811
    """Between the overview arriving and its paint, nothing runs, yet the window is busy:
    whoever waits for "not busy" (a test, the autopilot) does not go on before the findings."""
    w = window
    sign_in(w, "clean")
    qtbot.waitUntil(lambda: not w.runner.busy, timeout=30000)  # the first overview's work is done
    busy = []
    right_after(hooks, ev.OverviewLoaded, soon(lambda: busy.append(w.runner.busy)))
    started = started_jobs(w)
    w.home.ui.refreshButton.click()
    qtbot.waitUntil(lambda: bool(busy), timeout=10000)
    assert busy == [True]
    qtbot.waitUntil(lambda: not w.runner.busy, timeout=30000)
    assert FOLLOW_UP <= {s[0] for s in started}


def test_signing_out_before_the_paint_drops_the_waiting_work(window, hooks, sign_in, qtbot):  # noqa: F811
    w = window
    sign_in(w, "clean")
    qtbot.waitUntil(lambda: not w.runner.busy, timeout=30000)
    right_after(hooks, ev.OverviewLoaded, soon(w.sign_out))
    started = started_jobs(w)
    w.home.ui.refreshButton.click()
    qtbot.waitUntil(lambda: w.flow.step.name == "SIGN_IN", timeout=10000)
    turns_pass(qtbot)
    qtbot.waitUntil(lambda: not w.runner.busy, timeout=10000)
    assert not FOLLOW_UP & {s[0] for s in started}, "work for the resident who left was started"


def test_a_counter_session_ended_before_the_paint_leaves_the_window_idle(qtbot, hooks, make_window, api, personas):
    """At a counter the resident's pages are destroyed when the session ends, and with them
    the page whose paint the work was waiting for: the work is dropped, not left waiting."""
    from selfcheck.core.backend import Backend

    w = make_window(Backend(api_url=api.url), counter=True)
    staff_signs_in(qtbot, w)
    resident_signs_in(qtbot, w, personas["clean"])
    ended = []
    right_after(hooks, ev.OverviewLoaded, soon(lambda: (ended.append(True), w.counterBar.endButton.click())))
    started = started_jobs(w)
    qtbot.mouseClick(w.page("identity").ui.yesButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(ended) and w.stack.currentWidget() is w.counterPage, timeout=15000)
    turns_pass(qtbot)
    qtbot.waitUntil(lambda: not w.runner.busy, timeout=10000)
    assert not FOLLOW_UP & {s[0] for s in started}
    resident_signs_in(qtbot, w, personas["clean"])  # and the next resident's overview comes in whole
    confirm_and_load(qtbot, w)
    qtbot.waitUntil(lambda: w.home.log.total() > 0 and not w.runner.busy, timeout=30000)


def test_what_the_user_asks_for_starts_at_once_while_a_list_waits_for_its_paint(window, sign_in, qtbot):  # noqa: F811
    """Only the work a result asks for waits for the paint. Send pressed while the lists are
    shown again (the language just switched) goes out at once: held, a sign-out in those turns
    dropped it."""
    from .test_outsider_held_work import _mark_first_and_review

    w = window
    sign_in(w, "clean")
    qtbot.waitUntil(lambda: w.findings is not None and w.home.log.total() > 0 and not w.runner.busy, timeout=30000)
    _mark_first_and_review(qtbot, w)
    started = started_jobs(w)
    w.languageActions["ja"].trigger()  # the overview's lists are set again at the next turn
    qtbot.mouseClick(w.check.ui.sendButton, Qt.MouseButton.LeftButton)
    assert "send" in [s[0] for s in started], "the send waited for the overview's paint"
    with qtbot.waitSignal(w.confirmationShown, timeout=15000):
        pass
