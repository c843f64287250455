"""A time the service sends at the very end of the calendar (9999-12-31 late evening in UTC, a
"never" some services use) is already the next year in Japan, past what Python's dates can
hold. It is shown, as Qt showed it before, instead of failing the cell that paints it."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from selfcheck.core import schema as s
from selfcheck.gui import texts as t
from selfcheck.gui.app import install_translator
from selfcheck.gui.models import NotificationsModel


@pytest.mark.parametrize("lang, shown", [("en", "1 Jan +10000, 08:59"), ("ja", "+10000年1月1日 08:59")])
def test_a_time_past_year_9999_in_japan_is_still_shown(qapp, lang, shown):
    at = datetime(9999, 12, 31, 23, 59, 59, tzinfo=timezone.utc)
    note = s.Notification(id="n1", at=at, title="お知らせ", title_en="Notice", body="本文", body_en="Body")
    try:
        install_translator(qapp, lang)
        model = NotificationsModel()
        model.set_rows([note])
        assert model.index(0, 0).data() == shown
        assert t.fmt_datetime(at) == shown
        # an ordinary time is unchanged
        assert t.fmt_datetime(datetime(2025, 3, 4, 15, 30, tzinfo=timezone.utc)) == (
            "5 Mar 2025, 00:30" if lang == "en" else "2025年3月5日 00:30")
    finally:
        install_translator(qapp, "en")
