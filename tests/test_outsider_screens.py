"""An outside reviewer's look at the screens: defects seen on rendered screens after switching the
language or the text size, each driven as a user would (menus, buttons) and checked on what the
user sees."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.gui

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


@pytest.fixture
def restore_language(qapp):
    """These tests switch language and text size from the menus; the next test starts in English
    and normal text again."""
    yield
    from selfcheck.gui.app import apply_style, install_translator

    install_translator(qapp, "en")
    apply_style(qapp, large=False)


@pytest.fixture
def japanese_window(qapp, make_window, api, restore_language):
    """The window as a Japanese user opens it: the app starts in Japanese."""
    from selfcheck.core.backend import Backend
    from selfcheck.gui.app import install_translator

    install_translator(qapp, "ja")
    return make_window(Backend(api_url=api.url))


def _settle(qtbot, w) -> None:
    qtbot.waitUntil(lambda: not w.runner.busy, timeout=15000)
    QApplication.processEvents()
    QApplication.processEvents()


def _cut(view, index, column_width: int) -> bool:
    """The cell's text does not fit its column (the view draws it elided)."""
    text = index.data() or ""
    margin = 2 * (view.style().pixelMetric(view.style().PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    return view.fontMetrics().horizontalAdvance(text) + margin > column_width


def test_access_log_dates_follow_a_language_switch(qtbot, japanese_window, sign_in):
    """The access log's From/Until fields showed "10 4月 2026" in the English UI after switching
    from Japanese: the date fields kept the locale they were built in."""
    w = japanese_window
    sign_in(w, "shared-terminal")
    _settle(qtbot, w)
    w.languageActions["en"].trigger()
    _settle(qtbot, w)
    home = w.home
    home.ui.tabs.setCurrentIndex(home.LOG)
    for edit in (home.ui.fromEdit, home.ui.untilEdit):
        shown = edit.lineEdit().text() if edit.lineEdit() else edit.text()
        assert not JAPANESE.search(shown), f"a Japanese date in the English UI: {shown!r}"
        assert re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", shown), shown
    w.languageActions["ja"].trigger()
    _settle(qtbot, w)
    for edit in (home.ui.fromEdit, home.ui.untilEdit):
        assert re.fullmatch(r"\d{4}/\d{2}/\d{2}", edit.text()), edit.text()


def test_linked_items_status_and_date_fit_after_a_language_switch(qtbot, japanese_window, sign_in):
    """After switching Japanese → English the linked items kept the Japanese column widths: the
    status showed as "V…", the dates and the kinds' names were cut."""
    w = japanese_window
    sign_in(w, "shared-terminal")
    _settle(qtbot, w)
    w.languageActions["en"].trigger()
    _settle(qtbot, w)
    view, model = w.home.ui.linksView, w.home.links
    headers = {model.headerData(c, Qt.Orientation.Horizontal): c for c in range(model.columnCount())}
    status = next(c for h, c in headers.items() if h and h.startswith("Status"))
    date = next(c for h, c in headers.items() if h and h.startswith("Registered on"))
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        for r in range(model.rowCount(group)):
            for c in (status, date):
                index = model.index(r, c, group)
                assert not _cut(view, index, view.columnWidth(c)), f"{index.data()!r} cut in a {view.columnWidth(c)} px column"


def test_access_log_columns_refit_after_language_and_text_size(qtbot, window, sign_in, restore_language):
    """The access log's columns were sized once, when it loaded: after large text or the other
    language, the dates and agencies were cut to "2026年9月…" and "Japan …" while the purpose
    column had room to spare."""
    w = window
    sign_in(w, "shared-terminal")
    _settle(qtbot, w)
    w.languageActions["ja"].trigger()
    w.largeTextAction.trigger()
    _settle(qtbot, w)
    home = w.home
    home.ui.tabs.setCurrentIndex(home.LOG)
    view, model = home.ui.logView, home.ui.logView.model()
    assert model.rowCount() >= 3
    for r in range(model.rowCount()):
        index = model.index(r, 0)  # when
        assert not _cut(view, index, view.columnWidth(0)), f"{index.data()!r} cut in a {view.columnWidth(0)} px column"


def test_why_dialog_with_large_text_shows_its_whole_text(qtbot, window, sign_in, restore_language):
    """With large text, Why? opened at a fixed 760×520: the headline overlapped the severity and
    was cut, the explanation lost its last lines and the side-by-side table showed one row."""
    w = window
    w.largeTextAction.trigger()
    sign_in(w, "shared-terminal")
    _settle(qtbot, w)
    w.home.ui.whyButton.click()
    dialog = w.whyDialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible(), timeout=5000)
    QApplication.processEvents()
    ui = dialog.ui
    for label in (ui.titleLabel, ui.explanationLabel, ui.todoLabel):
        need = label.heightForWidth(label.width())
        assert label.height() >= need, f"{label.objectName()} is {label.height()} px high, its text needs {need}"
    assert ui.severityLabel.geometry().bottom() < ui.titleLabel.geometry().top()
    view = ui.evidenceView
    header = view.horizontalHeader()
    qtbot.waitUntil(lambda: all(view.columnWidth(c) >= header.sectionSizeFromContents(c).width()
                                for c in range(dialog.model.columnCount())), timeout=2000)
    rows = dialog.model.rowCount()
    shown = view.viewport().height()
    assert shown >= sum(view.rowHeight(r) for r in range(rows)), "the side-by-side rows need scrolling"
    assert dialog.frameGeometry().height() <= dialog.screen().availableGeometry().height()


def test_check_answers_columns_refit_after_large_text(qtbot, japanese_window, sign_in):
    """Check your answers sized its columns once: after large text was turned on there, the
    holder showed as "ｽ…" and the reason as "自分のも…" beside an empty note column."""
    from selfcheck.core import schema as s

    w = japanese_window
    sign_in(w, "shared-terminal")
    _settle(qtbot, w)
    w.start_flag(w.home.current_link())
    w.flag.radios[s.Reason.NOT_MINE].click()
    w.flag.ui.saveButton.click()
    w.home.ui.reviewButton.click()
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.check, timeout=5000)
    w.largeTextAction.trigger()
    view = w.check.ui.draftView
    model = view.model()

    def all_fit() -> bool:
        return all(not _cut(view, model.index(0, c), view.columnWidth(c)) for c in range(model.columnCount() - 1))

    qtbot.waitUntil(lambda: (_settle(qtbot, w), all_fit())[1], timeout=3000)


def _tab_chain(qtbot, start, steps: int = 40) -> list:
    """The widgets the Tab key visits from ``start``, once round."""
    from PySide6.QtCore import Qt

    start.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start, timeout=2000)
    seen = []
    for _ in range(steps):
        focus = QApplication.focusWidget()
        if focus in seen:
            break
        seen.append(focus)
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    return seen


def _spoken(widget) -> str:
    from PySide6.QtWidgets import QAbstractButton

    return widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")


def test_every_tab_stop_is_named_in_the_language_shown(qtbot, japanese_window, sign_in):
    """Tab stopped on the page's and the tabs' scroll areas, which had no name: a screen reader
    said only "scroll area". Every stop says what it is, in the language on screen."""
    w = japanese_window
    sign_in(w, "shared-terminal")
    _settle(qtbot, w)
    home = w.home
    for language in ("ja", "en"):
        w.languageActions[language].trigger()
        _settle(qtbot, w)
        for tab, start in ((home.LINKS, home.ui.linksView), (home.LOG, home.ui.searchEdit)):
            home.ui.tabs.setCurrentIndex(tab)
            for widget in _tab_chain(qtbot, start):
                if widget.metaObject().className() == "QTabBar":
                    continue  # Qt names each tab for screen readers from its text
                name = _spoken(widget)
                assert name, f"Tab stops on an unnamed {widget.metaObject().className()} {widget.objectName()!r}"
                if language == "ja":
                    assert JAPANESE.search(name), f"{widget.objectName()!r} is named in English in the Japanese UI: {name!r}"
                else:
                    assert not JAPANESE.search(name), f"{widget.objectName()!r} is named in Japanese in the English UI: {name!r}"


def test_demo_counter_resident_sign_in_fits_the_screen(qtbot, make_window, tmp_path, restore_language):
    """The demo at a counter (``./dev demo --counter``, large text): the resident's sign-in page was
    as wide as the longest demo resident's description, wider than a 1366×768 screen; its
    introduction, "Insert this resident's card" and "Take the card out" were off the right edge."""
    from PySide6.QtCore import Qt

    from selfcheck.core.backend import Backend
    from selfcheck.mockapi.child import command

    from .gui_helpers import type_text

    w = make_window(Backend(demo=True, demo_db=tmp_path / "demo.sqlite3", demo_server=command), counter=True)
    w.showNormal()
    w.resize(1366, 768)
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.staffPage, timeout=30000)
    type_text(qtbot, w.staffPage.ui.staffIdEdit, "S-ADACHI-01")
    type_text(qtbot, w.staffPage.ui.passwordEdit, "counter-demo-1")
    qtbot.keyClick(w.staffPage.ui.passwordEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.counterPage, timeout=30000)
    qtbot.mouseClick(w.counterPage.ui.startButton, Qt.MouseButton.LeftButton)
    panel = w.signin.card
    qtbot.waitUntil(lambda: panel.demoRow.isVisible() and panel.cardPersonaCombo.count() > 0, timeout=30000)
    QApplication.processEvents()
    right = w.mapToGlobal(w.rect().topRight()).x()
    for button in (panel.insertButton, panel.removeButton):
        edge = button.mapToGlobal(button.rect().topRight()).x()
        assert edge <= right, f"{button.text()!r} ends at {edge}, past the window's right edge {right}"
    from selfcheck.gui.layout import PageScroll

    scroll = w.findChild(PageScroll, "pageScroll")
    assert scroll.horizontalScrollBar().maximum() == 0, "the page scrolls sideways"


def test_send_error_follows_a_language_switch_both_ways(qtbot, window, sign_in, monkeypatch, restore_language):
    """Switching the language while Check your answers showed why a request was not sent raised
    TypeError (the error's text was re-made with the wrong arguments): the message stayed in the
    old language and the app reported an internal error."""
    from selfcheck.core import schema as s
    from selfcheck.core.errors import ApiError, ErrorKind

    w = window
    sign_in(w, "shared-terminal")
    _settle(qtbot, w)

    def refused(*_a, **_k):
        raise ApiError(ErrorKind.INVALID, status=422, code="invalid")

    monkeypatch.setattr(w.backend.client(), "submit_correction", refused)
    w.start_flag(w.home.current_link())
    w.flag.radios[s.Reason.NOT_MINE].click()
    w.flag.ui.saveButton.click()
    w.home.ui.reviewButton.click()
    qtbot.mouseClick(w.check.ui.sendButton, Qt.MouseButton.LeftButton)
    error = w.check.ui.errorLabel
    qtbot.waitUntil(lambda: error.isVisible() and bool(error.text()), timeout=10000)
    english = error.text()
    assert not JAPANESE.search(english)
    errors = []
    monkeypatch.setattr("sys.excepthook", lambda *exc: errors.append(exc))
    w.languageActions["ja"].trigger()
    qtbot.waitUntil(lambda: bool(JAPANESE.search(error.text())) or bool(errors), timeout=5000)
    assert not errors, errors
    assert error.isVisible() and error.accessibleDescription() == error.text()
    w.languageActions["en"].trigger()
    qtbot.waitUntil(lambda: error.text() == english or bool(errors), timeout=5000)
    assert not errors, errors


def test_radio_and_check_marks_grow_with_large_text(qtbot, window, sign_in, restore_language):
    """With large text the answers on Mark as wrong had 13-px radio circles beside 2× text (and the
    counter's photo-ID tick box the same): hard to see and to hit for whom large text is for."""
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    w = window
    sign_in(w, "shared-terminal")
    _settle(qtbot, w)
    w.start_flag(w.home.current_link())
    for large in (True, False):
        if w.largeTextAction.isChecked() != large:
            w.largeTextAction.trigger()
        QApplication.processEvents()
        for radio in w.flag.radios.values():
            opt = QStyleOptionButton()
            radio.initStyleOption(opt)
            mark = radio.style().subElementRect(QStyle.SubElement.SE_RadioButtonIndicator, opt, radio)
            text = radio.fontMetrics().height()
            assert mark.height() >= 0.7 * text, f"a {mark.height()} px circle beside {text} px text (large: {large})"


def test_why_dialog_is_as_wide_as_its_table_on_a_laptop_screen(qtbot, window, sign_in, restore_language,
                                                                  monkeypatch):
    """At 1366×768 with large text Why? stayed 70 characters wide, and the side-by-side table cut
    "This item" and its values behind a sideways scroll bar although the screen had room."""
    from PySide6.QtCore import QRect

    class Laptop:  # the screen the window is on (the offscreen platform's own is 800 px wide)
        def availableGeometry(self):
            return QRect(0, 0, 1366, 768 - 40)

    w = window
    w.largeTextAction.trigger()
    sign_in(w, "shared-terminal")
    _settle(qtbot, w)
    monkeypatch.setattr(w, "screen", lambda: Laptop())
    w.home.ui.whyButton.click()
    dialog = w.whyDialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible(), timeout=5000)
    view = dialog.ui.evidenceView
    qtbot.waitUntil(lambda: dialog.width() > 760, timeout=2000)
    QApplication.processEvents()
    assert dialog.width() <= 1366 - 40
    assert view.horizontalScrollBar().maximum() == 0, "the side-by-side table needs sideways scrolling"


def _luminance(c) -> float:
    def ch(v: float) -> float:
        v /= 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * ch(c.red()) + 0.7152 * ch(c.green()) + 0.0722 * ch(c.blue())


def _mark(button):
    """The pixels of a tick box's or radio button's mark, as drawn."""
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    opt = QStyleOptionButton()
    button.initStyleOption(opt)
    element = (QStyle.SubElement.SE_RadioButtonIndicator if button.inherits("QRadioButton")
               else QStyle.SubElement.SE_CheckBoxIndicator)
    rect = button.style().subElementRect(element, opt, button)
    image = button.grab().toImage()
    return [image.pixelColor(x, y) for x in range(rect.left(), rect.right() + 1)
            for y in range(rect.top(), rect.bottom() + 1)]


@pytest.mark.parametrize("high_contrast", [False, True])
def test_tick_boxes_and_radio_circles_stand_out_from_the_page(qtbot, qapp, high_contrast):
    """The marks' outlines were light grey on white (about 2:1), below the 3:1 a control needs to
    be seen; a checked mark must look checked by its shape, not by colour alone."""
    from PySide6.QtWidgets import QCheckBox, QRadioButton, QWidget

    from selfcheck.gui.app import apply_style

    apply_style(qapp, large=False, high_contrast=high_contrast)
    try:
        page = QWidget()
        qtbot.addWidget(page)
        box, radio = QCheckBox("同意する", page), QRadioButton("自分のものではない", page)
        radio.move(0, 60)
        page.show()
        qtbot.waitExposed(page)
        background = _luminance(page.grab().toImage().pixelColor(page.width() - 2, page.height() - 2))
        for button in (box, radio):
            lums = [_luminance(c) for c in _mark(button)]
            most = max((max(a, background) + 0.05) / (min(a, background) + 0.05) for a in lums)
            assert most >= 3.0, f"{button.text()}: its mark stands out {most:.2f}:1 from the page"
            unchecked = _mark(button)
            button.setChecked(True)
            assert _mark(button) != unchecked, f"{button.text()}: checked looks like unchecked"
            button.setChecked(False)
    finally:
        apply_style(qapp, large=False, high_contrast=False)
