"""Every list is a Qt model, and every model passes Qt's model tester."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import Qt

from selfcheck.core import schema as s
from selfcheck.core.flow import DraftItem
from selfcheck.gui.models import AccessLogModel, DraftModel, LinksModel, NotificationsModel, RequestsModel
from selfcheck.mockapi.store import Store

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
    for model, rows in ((RequestsModel(), [req]), (NotificationsModel(), [note]),
                        (DraftModel(), [DraftItem(links[0], s.Reason.OTHER, "note")])):
        qtmodeltester.check(model)
        model.set_rows(rows)
        qtmodeltester.check(model)
        assert model.rowCount() == 1
