"""Era dates, and the Display menu: large text and high contrast, live and remembered."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from selfcheck.gui import texts as t

pytestmark = pytest.mark.gui  # needs Qt


@pytest.mark.parametrize("d, era", [(date(1985, 4, 12), "昭和60年"), (date(1989, 1, 7), "昭和64年"), (date(1989, 1, 8), "平成元年"),
                                    (date(2019, 4, 30), "平成31年"), (date(2019, 5, 1), "令和元年"), (date(1945, 12, 1), "昭和20年"),
                                    (date(1926, 12, 24), "大正15年"), (date(1920, 1, 1), "大正9年")])
def test_era_years(d, era):
    assert t.era_year(d) == era


def test_birth_dates_show_the_era_in_japanese(qapp, app_language):
    from selfcheck.gui.app import install_translator

    try:
        install_translator(qapp, "ja")
        assert t.fmt_birth_date(date(1985, 4, 12)) == "1985年4月12日（昭和60年）"
    finally:
        install_translator(qapp, app_language)
    assert t.fmt_birth_date(date(1985, 4, 12)) == "12 Apr 1985"


def test_large_text_and_high_contrast_switch_live_and_are_remembered(qtbot, window, app_language):
    from selfcheck.gui.app import apply_style, settings

    w = window
    app = QApplication.instance()
    normal = app.font().pointSizeF()
    try:
        w.largeTextAction.trigger()
        assert app.font().pointSizeF() == pytest.approx(normal * 2.0 / 1.15, rel=0.01)
        w.contrastAction.trigger()
        assert "#000000" in app.styleSheet() and app.styleSheet().startswith("/* High contrast")
        prefs = settings()
        assert prefs.value("large_text") == "true" and prefs.value("high_contrast") == "true"
        w.largeTextAction.trigger()
        w.contrastAction.trigger()
        assert app.font().pointSizeF() == pytest.approx(normal, rel=0.01)
    finally:
        apply_style(app, False, False)
