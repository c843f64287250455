"""Every list is a Qt model, and every model passes Qt's model tester."""

from __future__ import annotations

import pytest

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import Qt

from selfcheck.core import schema as s
from selfcheck.core.enums import OutboxState
from selfcheck.core.flow import DraftItem
from selfcheck.core.outbox import Item
from selfcheck.core.resident import RequestRow, RequestSource
from selfcheck.gui.models import AccessLogModel, DraftModel, LinksModel, NotificationsModel, RequestsModel
from selfcheck.mockapi.store import Store

pytestmark = pytest.mark.gui  # needs Qt

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)


def sample(db_path, persona="pension-other"):
    st = Store(db_path)
    rid = st.resident_id_for(_persona(persona).number)
    links = st.links(rid, 0, 1000).items
    log = st.access_log(rid, 0, 1000).items
    st.close()
    return links, log


def _persona(pid):
    from selfcheck.mockapi.store import persona_summaries

    return next(p for p in persona_summaries() if p.id == pid)


def test_links_model(qtmodeltester, db_path, app_language):
    links, _ = sample(db_path)
    flagged = {links[0].id}
    m = LinksModel(lambda i: i in flagged)
    qtmodeltester.check(m)
    m.set_links(links)
    qtmodeltester.check(m)
    idx = m.index_of(links[0].id)
    assert m.link(idx) == links[0] and m.data(idx.siblingAtColumn(7)) == "Marked as wrong"
    assert m.link(m.index(0, 0)) is None, "group rows are not links"
    m.clear()
    qtmodeltester.check(m)


def test_access_log_model_filters_and_sorts(qtmodeltester, db_path, app_language):
    _, log = sample(db_path)
    m = AccessLogModel()
    m.set_entries(log)
    qtmodeltester.check(m)
    m.sort(0, Qt.SortOrder.AscendingOrder)
    ats = [m.entry(r).at for r in range(m.rowCount())]
    assert ats == sorted(ats)
    m.set_filter("PENSION")
    assert 0 < m.rowCount() < len(log)
    qtmodeltester.check(m)
    m.set_filter("no such words here")
    assert m.rowCount() == 0
    qtmodeltester.check(m)


def test_table_models(qtmodeltester, db_path, app_language):
    links, _ = sample(db_path)
    req = s.CorrectionRequest(id="R", reference="SC-2026-0000-0001", created_at=T0, status=s.RequestStatus.RECEIVED,
                              items=[s.CorrectionItem(link_id=links[0].id, reason=s.Reason.NOT_MINE)],
                              history=[], expected_reply_by=(T0 + timedelta(days=14)).date())
    note = s.Notification(id="N", at=T0, title="件名", title_en="Subject", body="本文", body_en="Body")
    waiting = Item(1, "k", None, OutboxState.WAITING, T0.timestamp(), 0, None, None, None)
    for model, rows in ((RequestsModel(), [RequestRow(RequestSource.OUTBOX, item=waiting),
                                           RequestRow(RequestSource.SERVICE, request=req)]),
                        (NotificationsModel(), [note]), (DraftModel(), [DraftItem(links[0], s.Reason.OTHER, "note")])):
        qtmodeltester.check(model)
        model.set_rows(rows)
        qtmodeltester.check(model)
        assert model.rowCount() == len(rows)
    requests = RequestsModel()
    requests.set_rows([RequestRow(RequestSource.OUTBOX, item=waiting), RequestRow(RequestSource.SERVICE, request=req)])
    assert [requests.data(requests.index(r, 3)) for r in range(2)] == ["Waiting to send", "Received"]
    assert requests.data(requests.index(1, 0)) == req.reference


def test_sorting_the_access_log_keeps_the_selected_entry_selected(qtbot, window, sign_in):
    w = window
    sign_in(w, "pension-other")
    home = w.home
    qtbot.waitUntil(lambda: home.log.rowCount() > 3, timeout=15000)
    view = home.ui.logView
    rows = home.log.rowCount()
    before = [home.log.entry(r) for r in range(rows)]
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by agency, as a click on its header does
    after = [home.log.entry(r) for r in range(rows)]
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    moved = next(r for r in range(rows) if after.index(before[r]) != r)  # an entry the sort moves
    view.selectRow(moved)
    picked = home.log.entry(view.currentIndex().row())
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert view.currentIndex().row() == after.index(picked) != moved
    assert [home.log.entry(i.row()) for i in view.selectionModel().selectedRows()] == [picked]


def test_models_announce_a_layout_change_before_making_it(qtbot, window, sign_in, qapp, app_language):
    """Retranslation re-sorts and re-labels: every layoutChanged has its layoutAboutToBeChanged."""
    from selfcheck.gui.app import install_translator

    w = window
    sign_in(w, "child-parent-account")
    home = w.home
    counts = {}
    for name in ("links", "requests", "notifications", "findings", "log"):
        model = getattr(home, name)
        counts[name] = c = {"about": 0, "changed": 0}
        model.layoutAboutToBeChanged.connect(lambda *_a, c=c: c.__setitem__("about", c["about"] + 1))
        model.layoutChanged.connect(lambda *_a, c=c: c.__setitem__("changed", c["changed"] + 1))
    try:
        with qtbot.waitSignal(w.languageChanged, timeout=10000):
            w.set_language("ja")
    finally:
        install_translator(qapp, app_language)
    assert all(c["changed"] >= 1 and c["about"] == c["changed"] for c in counts.values()), counts
