"""The access log names the agency that asked and the one that provided, filters by date range,
and exports what is shown as CSV in UTF-8 with a BOM (so Excel opens Japanese text right); the
counter's own viewing is labelled as the resident's and never raised as unexpected."""

from __future__ import annotations

import csv
import random
from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from selfcheck.core import schema as s
from selfcheck.core.accesslog import AccessLog, write_csv

from .gui_helpers import model_texts


def entry(i, at, direction="query", **kw):
    base = dict(id=f"a{i}", at=at, agency="日本年金機構", agency_en="Japan Pension Service", item="地方税関係情報",
                item_en="Local tax information", purpose="年金給付の審査", purpose_en="Pension benefit review",
                direction=direction, counterpart="世田谷区", counterpart_en="Setagaya City")
    return s.AccessLogEntry(**{**base, **kw})


def test_csv_is_utf8_with_bom_in_one_language_and_names_both_agencies(tmp_path):
    log = AccessLog()
    t0 = datetime(2026, 4, 10, 10, 12, tzinfo=timezone.utc)
    log.add_page([entry(0, t0), entry(1, t0 + timedelta(days=1), direction="provide")])
    path = tmp_path / "log.csv"
    n = write_csv(path, log, [0, 1], ["いつ", "照会した機関", "提供した機関", "情報", "目的", "やりとり"], False,
                  {"query": "照会", "provide": "提供"})
    raw = path.read_bytes()
    assert n == 2 and raw.startswith(b"\xef\xbb\xbf"), "Excel needs the BOM to read UTF-8"
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][1] == "照会した機関"
    assert rows[1] == ["2026-04-10 10:12", "日本年金機構", "世田谷区", "地方税関係情報", "年金給付の審査", "照会"]
    assert rows[2][1:3] == ["世田谷区", "日本年金機構"], "provided: the agency provided, the other asked"
    write_csv(path, log, [0], ["When", "Asked by", "Provided by", "Item", "Purpose", "Exchange"], True,
              {"query": "Asked for", "provide": "Provided"})
    assert "Japan Pension Service,Setagaya City" in path.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("seed", range(40))
def test_date_range_keeps_exactly_the_days_in_it(seed):
    rnd = random.Random(seed)
    day = lambda: date(2019, 1, 1) + timedelta(days=rnd.randrange(0, 8 * 365))  # noqa: E731
    days = [day() for _ in range(rnd.randrange(0, 30))]
    start, end = day(), day()
    log = AccessLog()
    log.add_page([entry(i, datetime(d.year, d.month, d.day, 12, tzinfo=timezone.utc)) for i, d in enumerate(days)])
    kept = log.within(start, end, list(range(len(days))))
    assert kept == [i for i, d in enumerate(days) if start <= d <= end]


def test_the_access_log_screen_filters_by_date_and_exports(qtbot, window, sign_in, tmp_path, monkeypatch):
    w = window
    sign_in(w, "child-parent-account")
    home = w.home
    qtbot.waitUntil(lambda: home.log.total() > 0, timeout=15000)
    home.ui.tabs.setCurrentIndex(home.LOG)
    assert [home.log.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "When", "Asked by", "Provided by", "Item", "Purpose"]
    total = home.log.rowCount()
    assert all(home.log.data(home.log.index(r, c)) not in ("", "—") for r in range(total) for c in (1, 2))
    first, last = home.log.log().dates()
    assert first < last
    home.set_range(last, last)  # only the last day
    assert 0 < home.log.rowCount() < total
    assert all(home.log.entry(r).at.date() == last for r in range(home.log.rowCount()))
    path = tmp_path / "export.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(home.ui.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: path.exists() and "exported to" in home.ui.messageLabel.text(), timeout=15000)
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == ["When", "Asked by", "Provided by", "Item", "Purpose", "Exchange"]
    assert len(rows) - 1 == home.log.rowCount(), "what is shown is what is exported"


def test_the_counters_own_viewing_is_labelled_and_not_unexpected(qtbot, make_window, api, personas):
    from selfcheck.core.backend import Backend

    from .test_counter_gui import confirm_and_load, resident_signs_in, staff_signs_in

    w = make_window(Backend(api_url=api.url), counter=True)
    staff_signs_in(qtbot, w)
    resident_signs_in(qtbot, w, personas["clean"])  # lives in a municipality other than Adachi
    confirm_and_load(qtbot, w)
    qtbot.waitUntil(lambda: w.resident.access_log is not None, timeout=15000)
    qtbot.waitUntil(lambda: "You, at Counter of Adachi, Tokyo" in model_texts(w.home.log), timeout=15000)
    assert not [f for f in w.findings if f.rule == "unexpected_access"], "the resident's own visit is expected"


def _a_log(n: int = 300) -> AccessLog:
    rnd = random.Random(n)
    t0 = datetime(2024, 1, 1, 9, tzinfo=timezone(timedelta(hours=9)))
    log = AccessLog()
    log.add_page([entry(i, t0 + timedelta(hours=rnd.randrange(0, 24 * 700))) for i in range(n)])
    return log


def test_the_log_knows_its_days_and_its_newest_first_order_once_built(monkeypatch):
    """The worker that builds the log also sorts it and finds its first and last day: showing
    it on the GUI thread (the default order, the date range, the whole range) sorts and scans nothing."""
    from selfcheck.core import accesslog

    log = _a_log()
    days = sorted(at.date() for at in log.at)
    newest_first = sorted(range(len(log)), key=lambda i: log.at[i], reverse=True)
    log.prepare()

    def no(*_a, **_k):
        raise AssertionError("sorted or scanned on the GUI thread")

    monkeypatch.setattr(accesslog, "sorted", no, raising=False)
    monkeypatch.setattr(accesslog, "min", no, raising=False)
    monkeypatch.setattr(accesslog, "max", no, raising=False)
    assert log.dates() == (days[0], days[-1])
    for english in (False, True):
        assert [log.at[i] for i in log.order(0, english, True)] == [log.at[i] for i in newest_first]
    rows = log.order(0, False, True)
    assert log.within(days[0], days[-1], rows) is rows, "the whole range keeps every row without a scan"
    assert log.within(None, days[-1], rows) is rows and log.within(days[0], None, rows) is rows


def test_a_range_inside_the_log_still_keeps_exactly_its_days():
    log = _a_log()
    log.prepare()
    days = sorted(at.date() for at in log.at)
    start, end = days[1], days[-2]
    rows = list(range(len(log)))
    assert log.within(start, end, rows) == [i for i in rows if start <= log.at[i].date() <= end]
    assert AccessLog().dates() is None
