"""What the resident does in the same turn of the event loop as a result arriving, while the
overview's next turn (``gui.turns.Turns``) is still waiting to run."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QTimer

from selfcheck.core import resident as ev

pytestmark = pytest.mark.gui


@pytest.fixture
def hooks(monkeypatch) -> dict:
    """``hooks[EventType] = f(show, event)``: how the window shows the next such event, once
    (``show(event)`` is what it would have done). Set up before the window is made: the window
    takes its handlers from the resident's view (``ResidentView.handlers``) when it is made."""
    from selfcheck.gui.resident_view import ResidentView

    table: dict = {}
    real = ResidentView.handlers

    def handlers(self):
        return {t: (lambda e, _t=t, _show=show: table.pop(_t, lambda s, x: s(x))(_show, e))
                for t, show in real(self).items()}

    monkeypatch.setattr(ResidentView, "handlers", handlers)
    return table


@pytest.fixture
def window(hooks, make_window, api):
    from selfcheck.core.backend import Backend

    return make_window(Backend(api_url=api.url))


def right_after(hooks: dict, event_type, action) -> None:
    """``action`` runs right after the window has shown ``event_type``, in the same turn: as a
    key the user pressed while the result was arriving is handled before the next turn."""
    hooks[event_type] = lambda show, e: (show(e), action())


def turns_pass(qtbot, turns: int = 5) -> None:
    """Let the event loop run ``turns`` turns (the overview's deferred steps have all run). Each
    turn is a zero-interval timer, as the overview's own steps are: a queued call (``singleShot``)
    runs before Qt gets to its timers, and five of them could pass before any step had run."""
    left = [turns]
    timer = QTimer()
    timer.setInterval(0)

    def tick():
        left[0] -= 1
        if left[0] <= 0:
            timer.stop()

    timer.timeout.connect(tick)
    timer.start()
    qtbot.waitUntil(lambda: left[0] <= 0, timeout=5000)


def test_signing_out_as_the_overview_arrives_leaves_nothing_of_the_resident(window, hooks, sign_in, qtbot, personas):
    """Sign out pressed while the reloaded overview arrives: the page is emptied, and the next
    turn must not fill My record again with the register data of the resident who left, nor
    say the overview is shown on the sign-in page."""
    w = window
    p = sign_in(w, "clean")
    shown_when = []
    w.overviewShown.connect(lambda: shown_when.append(w.flow.step.name))
    right_after(hooks, ev.OverviewLoaded, w.sign_out)
    w.home.ui.refreshButton.click()
    qtbot.waitUntil(lambda: w.flow.step.name == "SIGN_IN", timeout=10000)
    turns_pass(qtbot)
    record = w.home.record.values()
    assert p.name not in record.values() and record == {}, "My record keeps the resident who signed out"
    assert "SIGN_IN" not in shown_when, "overviewShown after the resident signed out"
    assert w.home.ui.linksView.updatesEnabled()


def choose_link(w, link_id: str) -> None:
    view, model = w.home.ui.linksView, w.home.links
    index = model.index_of(link_id)
    view.setExpanded(index.parent(), True)
    view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)


@pytest.mark.parametrize("persona", ["shared-terminal", "stress"])
def test_switching_language_keeps_the_item_the_resident_chose(window, sign_in, qtbot, persona):
    """The resident chose an item that no finding is about; switching the language (and back)
    must not move the selection, and with it the report button, to the finding's item."""
    w = window
    sign_in(w, persona)
    qtbot.waitUntil(lambda: w.findings is not None and not w.runner.busy, timeout=30000)
    turns_pass(qtbot)
    flagged = {i for f in w.findings for i in f.link_ids}
    chosen = next(x for x in reversed(list(w.home.links.by_id().values())) if x.id not in flagged)
    choose_link(w, chosen.id)
    name = w.home.links.name(chosen)
    assert name in w.home.ui.flagButton.accessibleName()
    for lang in ("ja", "en"):
        w.set_language(lang)
        turns_pass(qtbot)
        assert w.home.current_link().id == chosen.id, f"after switching to {lang}"
    assert w.home.ui.flagButton.accessibleName() == f"Mark {name} as wrong"


@pytest.mark.parametrize("button, page", [("flagButton", "FlagPage"), ("detailsButton", "DetailPage")])
def test_a_click_as_the_reloaded_overview_arrives_acts_on_the_item_the_button_names(window, hooks, sign_in, qtbot,
                                                                                    button, page):
    """Reload, and the resident clicks Mark (or Details) just as the answer arrives: the button
    still names the item chosen before, so the click opens that item, not nothing at all."""
    w = window
    sign_in(w, "shared-terminal")
    qtbot.waitUntil(lambda: w.findings is not None and not w.runner.busy, timeout=30000)
    turns_pass(qtbot)
    flagged = {i for f in w.findings for i in f.link_ids}
    chosen = next(x for x in reversed(list(w.home.links.by_id().values())) if x.id not in flagged)
    choose_link(w, chosen.id)
    named = []
    clicked = getattr(w.home.ui, button)
    right_after(hooks, ev.OverviewLoaded, lambda: (named.append(clicked.isEnabled() and clicked.text()), clicked.click()))
    w.home.ui.refreshButton.click()
    qtbot.waitUntil(lambda: bool(named), timeout=10000)
    turns_pass(qtbot)
    assert named[0], "the button was enabled when clicked"
    assert w.stack.currentWidget().objectName() == page, f"{named[0]!r} was clicked and nothing opened"
    item = w.flow.editing if page == "FlagPage" else w.detail.link
    assert item.id == chosen.id


def test_the_autopilot_reports_an_item_when_a_large_group_row_is_selected(window, hooks, sign_in, qtbot, tmp_path,
                                                                         monkeypatch):
    """``--screen confirmation`` marks the first item once the overview is shown. For the
    2,000-link resident the overview now opens on a closed group's own row (when what Selfcheck
    found has not come yet, here held back until then): the autopilot gave up with "the resident
    has no linked items to report"."""
    from PySide6.QtWidgets import QApplication

    from selfcheck.gui.autopilot import Autopilot

    w = window
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: None))  # the test's app goes on
    held = []
    hooks[ev.FindingsChanged] = lambda show, e: held.append((show, e))
    w.overviewShown.connect(lambda: QTimer.singleShot(0, lambda: [show(e) for show, e in held]))
    out = tmp_path / "confirmation.png"
    pilot = Autopilot(w, None, str(out), "confirmation")
    pilot.start()
    sign_in(w, "stress")
    qtbot.waitUntil(lambda: out.exists() or w.runner.closed, timeout=30000)
    assert pilot.exit_code == 0 and out.exists()
