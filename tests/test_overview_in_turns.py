"""A large resident's overview is shown in short turns of the event loop, and painted once.

The 2,000-link resident's overview, then what Selfcheck found, each arrived as one long step:
the model, the columns measured, the selection moved (into a group of 667 links, which the tree
laid out to do it), and the list painted in the same turn; the columns' new widths then painted
it a second time. The window could not answer for 60-90 ms at a time (the responsiveness
benchmark, ``benchmarks/responsiveness.py``, measures that gap). Now the model changes in one
turn, the sizing and selection follow in the next, and only then is the list painted: once for
the overview and once for the findings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt

from selfcheck.core import rules, schema as s
from selfcheck.mockapi.store import Store, persona_summaries

pytestmark = pytest.mark.gui  # needs Qt


def _stress(db_path) -> tuple[s.Profile, list[s.Link]]:
    person = next(p for p in persona_summaries() if p.id == "stress")
    st = Store(db_path)
    try:
        rid = st.resident_id_for(person.number)
        return st.profile(rid), st.links(rid, 0, 5000).items
    finally:
        st.close()


class _Paints(QObject):
    def __init__(self, widget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


@pytest.fixture
def home(qtbot, app_language):
    from selfcheck.gui.pages import HomePage

    page = HomePage(lambda _id: False)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def _turns(qtbot, n: int) -> None:
    """Let the event loop go round ``n`` more times (each a zero timer: after what Qt had queued)."""
    from PySide6.QtCore import QTimer

    went = []

    def once() -> None:
        went.append(1)
        if len(went) < n:
            QTimer.singleShot(0, once)

    timer = QTimer()
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(once)
    timer.start()
    qtbot.waitUntil(lambda: len(went) >= n)


def _settled(qtbot, home, paints: _Paints, at_least: int) -> None:
    """Until the page has painted the list and has nothing left for a later turn; then a few
    turns more, in which a paint still to come (the columns' new widths) would arrive."""
    shown = []
    qtbot.waitUntil(lambda: paints.count >= at_least and bool(home.when_shown(lambda: shown.append(1)) or shown))
    _turns(qtbot, 10)


def test_the_overview_and_the_findings_of_2000_links_paint_the_list_once_each(db_path, qtbot, home):
    profile, links = _stress(db_path)
    assert len(links) >= 2000
    view = home.ui.linksView
    paints = _Paints(view.viewport())
    home.set_profile(profile, "**** **** 1234")
    home.set_links(links)
    assert paints.count == 0, "the list was painted in the turn its 2,000 links arrived"
    _settled(qtbot, home, paints, 1)
    assert paints.count == 1, f"the overview painted the list {paints.count} times"
    findings = rules.find(s.ResidentData(profile=profile, links=links))
    assert findings
    home.set_findings(findings, {x.id: x for x in links})
    assert paints.count == 1, "the list was painted in the turn the findings arrived"
    _settled(qtbot, home, paints, 2)
    assert paints.count == 2, f"the findings painted the list {paints.count - 1} times"
    # and what the resident sees is whole: the first finding selected, its item selected and shown
    first = home.findings.row_at(home.ui.findingsView.currentIndex())
    assert first == findings[0]
    link = home.current_link()
    assert link is not None and link.id in first.link_ids
    assert view.visualRect(view.currentIndex()).intersects(view.viewport().rect()) or view.isExpanded(
        view.currentIndex().parent())
    assert view.columnWidth(0) > 0 and all(view.columnWidth(c) > 20 for c in range(1, 7))


def test_a_large_group_that_starts_closed_is_selected_by_its_own_row(db_path, qtbot, home):
    """The first item selected is one the resident can see: not a link hidden inside a group of
    hundreds that starts closed (whose selection also cost the tree a layout of every link in it)."""
    _profile, links = _stress(db_path)
    view = home.ui.linksView
    home.set_links(links)
    qtbot.waitUntil(lambda: view.currentIndex().isValid())
    current = view.currentIndex()
    big = current if not current.parent().isValid() else current.parent()
    assert home.links.rowCount(big) > home.EXPAND_UP_TO and not view.isExpanded(big)
    assert not current.parent().isValid(), "a link hidden in a closed group was selected"
    assert view.visualRect(current).intersects(view.viewport().rect())
    assert home.current_link() is None
    assert not home.ui.flagButton.isEnabled() and not home.ui.detailsButton.isEnabled()
    # Right arrow opens the group, as the tree says; then the links can be walked and marked
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.isExpanded(big)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert home.current_link() is not None and home.ui.flagButton.isEnabled()


def test_a_small_first_group_still_starts_on_its_first_link(db_path, qtbot, home):
    person = next(p for p in persona_summaries() if p.id == "clean")
    st = Store(db_path)
    try:
        links = st.links(st.resident_id_for(person.number), 0, 5000).items
    finally:
        st.close()
    home.set_links(links)
    qtbot.waitUntil(lambda: home.current_link() is not None)
    assert home.ui.flagButton.isEnabled()


def test_the_access_log_s_range_is_applied_once_when_it_arrives(qtbot, home, monkeypatch):
    """Setting both dates of the range applied it twice, each time over every entry."""
    from datetime import datetime, timedelta, timezone

    from selfcheck.core.accesslog import AccessLog

    applied = []
    real = type(home.log).set_range
    monkeypatch.setattr(type(home.log), "set_range", lambda self, *a: (applied.append(a), real(self, *a))[1])
    jst = timezone(timedelta(hours=9))
    entries = [s.AccessLogEntry(id=f"e{i}", at=datetime(2026, 1, 1, tzinfo=jst) + timedelta(days=i), agency="年金機構",
                                agency_en="Pension Service", item="年金", item_en="Pension", purpose="給付",
                                purpose_en="Benefit", direction="query") for i in range(40)]
    log = AccessLog()
    log.add_page(entries)
    home.set_log(log)
    assert len(applied) == 1
    assert home.log.rowCount() == 40
    assert home.ui.fromEdit.date().toPython().isoformat() == "2026-01-01"
    assert home.ui.untilEdit.date().toPython() == entries[-1].at.date()


def test_findings_ready_is_said_once_the_first_finding_is_selected(qtbot, window, sign_in):
    """``findingsReady`` (what the autopilot and the tests wait for) comes when the resident can
    act on the findings: the first one selected and Why? enabled, not a turn before that."""
    w = window
    seen = []
    w.findingsReady.connect(lambda: seen.append((w.home.current_finding() is not None, w.home.ui.whyButton.isEnabled())))
    with qtbot.waitSignal(w.findingsReady, timeout=15000):
        sign_in(w, "former-surname")
    assert seen and seen[0] == (True, True)
