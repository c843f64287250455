"""Painting the linked items asks Qt nothing that Python already knows.

While a large resident loads, the workers hold Python's interpreter lock most of the time, and
each call from the GUI thread into Qt that lets the lock go has to wait to get it back. The
links list asked Qt for the current language (``QLocale()``) for every cell it painted, and for
every date a ``QDate`` and a ``QLocale``: about 900 such calls in the first paint of the
stress resident's 2,000 links, 50 ms of the 75 ms that paint held the event loop."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QTreeView

from selfcheck.gui import texts as t
from selfcheck.gui.app import install_translator
from selfcheck.gui.models import LinksModel
from selfcheck.mockapi.store import Store, persona_summaries

pytestmark = pytest.mark.gui  # needs Qt


def _stress_links(db_path):
    person = next(p for p in persona_summaries() if p.id == "stress")
    st = Store(db_path)
    try:
        rid = st.resident_id_for(person.number)
        return st.links(rid, 0, 5000).items
    finally:
        st.close()


def test_painting_two_thousand_links_asks_qt_for_no_language_or_date(db_path, qtbot, app_language, monkeypatch):
    links = _stress_links(db_path)
    assert len(links) >= 2000
    model = LinksModel()
    model.set_links(links)
    view = QTreeView()
    qtbot.addWidget(view)
    view.setUniformRowHeights(True)
    view.setModel(model)
    view.expandAll()
    view.resize(1366, 700)
    view.show()
    qtbot.waitExposed(view)
    asked = []
    for name in ("QLocale",):  # the dates no longer ask Qt at all
        real = getattr(t, name)
        monkeypatch.setattr(t, name, type(name, (real,), {"__init__": lambda self, *a, _r=real, _n=name: (
            asked.append(_n), _r.__init__(self, *a))[1]}))
    view.grab()  # a full paint of the visible rows, every column
    group = max((model.index(g, 0) for g in range(model.rowCount())), key=model.rowCount)
    assert all(model.index(r, 0, group).data() for r in range(20))  # the names were there to paint
    assert len(asked) <= 2, f"{len(asked)} calls into Qt for the language or a date"


@pytest.mark.parametrize("first, then", [("en", "ja"), ("ja", "en")])
def test_dates_and_picked_texts_follow_the_language_both_ways(qapp, first, then):
    d = date(2025, 3, 4)
    at = datetime(2025, 3, 4, 15, 30, tzinfo=timezone.utc)  # 5 March 00:30 in Japan
    expect = {"ja": ("2025年3月4日", "2025年3月5日 00:30", "日本語"),
              "en": ("4 Mar 2025", "5 Mar 2025, 00:30", "English")}
    try:
        for lang in (first, then):
            install_translator(qapp, lang)
            assert t.is_japanese() is (lang == "ja")
            assert (t.fmt_date(d), t.fmt_datetime(at), t.pick("日本語", "English")) == expect[lang]
            # what Qt itself says, for the same date and time, in the same language
            assert t.fmt_date(d) == QLocale().toString(d, "yyyy年M月d日" if lang == "ja" else "d MMM yyyy")
    finally:
        install_translator(qapp, "en")


def test_times_are_shown_in_japan_time_whatever_their_zone(qapp):
    install_translator(qapp, "en")
    for hours in (-10, 0, 5.5, 9, 14):
        at = datetime(2024, 12, 31, 23, 59, tzinfo=timezone(timedelta(hours=hours)))
        jst = at.astimezone(timezone(timedelta(hours=9)))
        month = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[jst.month - 1]
        assert t.fmt_datetime(at) == f"{jst.day} {month} {jst.year}, {jst:%H:%M}"
