"""Every resident and counter screen on real screen sizes (1100×760, 1366×768 and 1920×1080), with normal
and large (200 %) text, in Japanese and English: the window never grows past the screen, nothing
is clipped or pushed off to the side, the main list shows at least 5 rows, each page opens at
its top, and the primary action is on screen or scrolled into view when it gets the focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QApplication, QStyle, QTreeView, QWidget

from selfcheck.core.backend import Backend
from selfcheck.gui.app import apply_style

from .gui_helpers import type_text
from .test_counter_gui import confirm_and_load, flag_and_send, resident_signs_in, staff_signs_in
from .test_large_text import clipped

LEFT = Qt.MouseButton.LeftButton
SCREENS = {"1100x760": (1100, 760), "1366x768": (1366, 768), "1920x1080": (1920, 1080)}
DESKTOP = 48  # a desktop's panel and the window's title bar take this much of the screen's height


def fully_shown(widget: QWidget) -> bool:
    """On screen in full: not hidden, not cut by the scroll area or the window's edge."""
    if not widget.isVisible():
        return False
    return widget.visibleRegion().boundingRect().size() == widget.size()


def visible_rows(view: QAbstractItemView) -> int:
    """Rows the user sees whole on the screen as it is shown, without scrolling the page: each
    row's rectangle, mapped to the window, inside the list's own viewport AND inside the part of
    the part of the page each enclosing scroll area shows (a list that is 5 rows tall but mostly
    below the window's edge shows fewer)."""
    window = view.window()
    seen = QRect(view.viewport().mapTo(window, QPoint(0, 0)), view.viewport().size())
    outer = view.parentWidget()
    while outer is not None and outer is not window:  # the page's scroll area, a tab's own one
        if isinstance(outer, QAbstractScrollArea):
            seen = seen.intersected(QRect(outer.viewport().mapTo(window, QPoint(0, 0)), outer.viewport().size()))
        outer = outer.parentWidget()
    seen = seen.intersected(window.rect())
    if not view.isVisible() or seen.isEmpty():
        return 0
    index, n = view.indexAt(QPoint(0, 0)), 0
    height, free_from = 0, seen.top()
    while index.isValid():
        rect = view.visualRect(index)
        on_window = QRect(view.viewport().mapTo(window, rect.topLeft()), rect.size())
        top, bottom = on_window.top(), on_window.bottom()
        height = rect.height()
        if top >= seen.top() and bottom <= seen.bottom():
            n += 1
            free_from = bottom + 1
        elif top > seen.bottom():
            return n
        index = view.indexBelow(index) if isinstance(view, QTreeView) else index.sibling(index.row() + 1, 0)
    # a short list (one request): the empty room under its last row counts, in rows of its height
    height = height or view.fontMetrics().height()
    return n + max(0, seen.bottom() + 1 - free_from) // height


def sticking_out(page: QWidget) -> list[str]:
    """Controls and groups cut off by the box they are in (not scrolled away inside a scroll
    area, whose content is meant to be larger than its viewport)."""
    out = []
    for w in page.findChildren(QWidget):
        box = w.parentWidget()
        if not w.isVisible() or not w.objectName() or w.objectName().startswith("qt_") or box is None:
            continue
        if isinstance(box.parentWidget(), QAbstractScrollArea) or isinstance(box, QAbstractScrollArea):
            continue  # a scroll area's content, or its own parts
        if not box.rect().contains(w.geometry()):
            out.append(f"{w.objectName()} sticks out of {box.objectName() or type(box).__name__}")
    return out


class Screens:
    def __init__(self, qtbot, w, size):
        self.qtbot, self.w, self.size = qtbot, w, size
        self.problems: dict[str, list[str]] = {}

    def look(self, name: str, primary: QWidget | None, main_list: QAbstractItemView | None = None,
             opened: bool = True) -> None:
        """``opened``: a page was just opened (not another tab of the same page)."""
        w, found = self.w, []
        QApplication.processEvents()
        try:  # the page's layout passes (nested layouts settle one event loop turn after another)
            self.qtbot.waitUntil(lambda: not clipped(w), timeout=1000)
        except Exception:  # noqa: BLE001 - what stays clipped is reported below
            pass
        width, height = self.size
        if w.width() > width or w.height() > height - DESKTOP:
            found.append(f"the window grew to {w.width()}x{w.height()}")
        if w.pageScroll.horizontalScrollBar().maximum() > 0:
            found.append("the page is wider than the window")
        page = w.stack.currentWidget()
        title = getattr(page.ui, "titleLabel", None) or getattr(page.ui, "nameLabel", None)
        if opened and title is not None and not fully_shown(title):
            found.append("the page did not open at its top: the title is not on screen")
        found += clipped(w)
        found += sticking_out(page)
        if main_list is not None and visible_rows(main_list) < 5:
            found.append(f"{main_list.objectName()} shows {visible_rows(main_list)} rows")
        if primary is not None:
            if not fully_shown(primary):
                if primary.hasFocus():
                    primary.clearFocus()
                primary.setFocus(Qt.FocusReason.TabFocusReason)  # as when the user tabs to it
                try:  # the page scrolls to the focus on a later turn of the event loop
                    self.qtbot.waitUntil(lambda: fully_shown(primary), timeout=2000)
                except Exception:  # noqa: BLE001 - what stays off screen is reported below
                    pass
            if not fully_shown(primary):
                found.append(f"{primary.objectName()} is off screen, even with the focus on it")
        self.problems[name] = found

    def assert_fine(self):
        assert {k: v for k, v in self.problems.items() if v} == {}


@pytest.fixture(params=["ja", "en"])
def lang(request, qapp, app_language):
    from selfcheck.gui.app import install_translator

    install_translator(qapp, request.param)
    yield request.param
    install_translator(qapp, app_language)


@pytest.fixture(params=["normal", "large"])
def text_size(request, qapp):
    apply_style(qapp, large=request.param == "large")
    yield request.param
    apply_style(qapp, large=False)


@pytest.mark.parametrize("screen", SCREENS)
def test_every_resident_screen_fits(qtbot, make_window, api, sign_in, lang, text_size, screen):
    w = make_window(Backend(api_url=api.url))
    size = SCREENS[screen]
    w.resize(size[0], size[1] - DESKTOP)
    s = Screens(qtbot, w, size)
    s.look("sign-in", w.signin.card.cardSignInButton)
    with qtbot.waitSignal(w.findingsReady, timeout=15000):
        sign_in(w, "stress")  # 2,000 links, 20,000 log entries
    home = w.home
    s.look("overview", home.ui.flagButton, home.ui.linksView)
    home.ui.tabs.setCurrentIndex(home.LOG)
    qtbot.waitUntil(lambda: home.log.total() > 0, timeout=15000)
    s.look("access log", home.ui.searchEdit, home.ui.logView, opened=False)
    home.ui.tabs.setCurrentIndex(home.LINKS)
    w.open_detail(home.current_link())
    s.look("item details", w.detail.ui.flagButton)
    qtbot.mouseClick(w.detail.ui.flagButton, LEFT)
    qtbot.mouseClick(w.flag.ui.otherRadio, LEFT)
    qtbot.mouseClick(w.flag.ui.saveButton, LEFT)  # the note is needed: a problem shown
    s.look("marking an item, with a problem", w.flag.ui.saveButton)
    type_text(qtbot, w.flag.ui.noteEdit, "not mine")
    qtbot.mouseClick(w.flag.ui.saveButton, LEFT)
    w.review()
    s.look("check your answers", w.check.ui.sendButton)
    with qtbot.waitSignal(w.confirmationShown, timeout=15000):
        qtbot.mouseClick(w.check.ui.sendButton, LEFT)
    s.look("confirmation", w.confirmation.ui.overviewButton)
    qtbot.mouseClick(w.confirmation.ui.overviewButton, LEFT)
    home.ui.tabs.setCurrentIndex(home.REQUESTS)
    qtbot.waitUntil(lambda: home.requests.rowCount() > 0, timeout=15000)
    s.look("my requests", home.ui.requestReceiptButton, home.ui.requestsView)
    home.ui.tabs.setCurrentIndex(home.RECORD)
    s.look("my record", None, opened=False)
    s.assert_fine()


@pytest.mark.parametrize("screen", SCREENS)
def test_every_counter_screen_fits(qtbot, make_window, api, personas, lang, text_size, screen):
    w = make_window(Backend(api_url=api.url), counter=True)
    size = SCREENS[screen]
    w.showNormal()
    w.resize(size[0], size[1] - DESKTOP)
    api.store.set_policy("足立区", second_approval=True)
    s = Screens(qtbot, w, size)
    s.look("staff sign-in", w.staffPage.ui.signInButton)
    staff_signs_in(qtbot, w)
    s.look("counter", w.counterPage.ui.startButton)
    qtbot.mouseClick(w.counterPage.ui.unlockButton, LEFT)
    qtbot.mouseClick(w.page("unlock").ui.unlockButton, LEFT)  # every problem shown
    s.look("unlock", w.page("unlock").ui.unlockButton)
    qtbot.mouseClick(w.page("unlock").ui.cancelButton, LEFT)
    identity = resident_signs_in(qtbot, w, personas["child-parent-account"])
    s.look("is this you", identity.ui.yesButton)
    confirm_and_load(qtbot, w)
    s.look("overview at the counter", w.home.ui.flagButton, w.home.ui.linksView)
    flag_and_send(qtbot, w, "")
    w.counterBar.show_countdown(25)
    s.look("waiting for approval, with the idle warning", w.confirmation.ui.approveButton)
    qtbot.mouseClick(w.confirmation.ui.approveButton, LEFT)
    qtbot.mouseClick(w.page("approve").ui.approveButton, LEFT)
    s.look("approval, with problems", w.page("approve").ui.approveButton)
    s.assert_fine()


def elided_cells(view: QTreeView, columns: tuple[int, ...]) -> list[str]:
    """Cells of the rows in view whose text needs more than its column gives it: the text's width
    in the list's font plus the style's margins on both sides (as the style draws it; more is
    drawn elided with "…")."""
    fm = view.fontMetrics()
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    port, out = view.viewport().rect(), []
    index = view.indexAt(QPoint(1, 1))
    while index.isValid() and view.visualRect(index).top() <= port.bottom():
        for c in columns:
            cell = index.siblingAtColumn(c)
            text = cell.data() or ""
            if text and fm.horizontalAdvance(text) + margin > view.columnWidth(c):
                out.append(f"{view.model().headerData(c, Qt.Orientation.Horizontal)}: {text!r} in {view.columnWidth(c)} px")
        index = view.indexBelow(index)
    return out


def test_the_stress_residents_columns_are_not_elided(qtbot, qapp, make_window, api, sign_in, lang):
    """2,000 links at 1366×768 with large text: holder, Selfcheck's badge, channel, date and
    status are whole in every group (the column widths come from the font and a sample of the
    links, not from the first rows laid out, which for 2,000 links are group rows with nothing
    in those columns)."""
    apply_style(qapp, large=True)
    try:
        w = make_window(Backend(api_url=api.url))
        w.resize(1366, 768 - DESKTOP)
        with qtbot.waitSignal(w.findingsReady, timeout=15000):
            sign_in(w, "stress")
        view, model = w.home.ui.linksView, w.home.links
        found = []
        for g in range(model.rowCount()):
            group = model.index(g, 0)
            if not model.rowCount(group):
                continue
            view.setExpanded(group, True)
            view.scrollTo(model.index(0, 0, group), QAbstractItemView.ScrollHint.PositionAtTop)
            QApplication.processEvents()
            found += elided_cells(view, (1, 2, 4, 5, 6))
    finally:
        apply_style(qapp, large=False)
    assert found == []


@pytest.mark.parametrize("resident", ["foreign-resident", "stress"])
def test_the_first_finding_is_shown_whole_at_1366x768_with_large_text(qtbot, make_window, api, sign_in, lang, resident):
    """The findings list is as high as its rows; when its columns are wider than the window (large
    text, a long item name), its horizontal scroll bar took the room of the first row's second line
    ("An expired certificate is still / linked" showed half of "linked")."""
    apply_style(QApplication.instance(), large=True)
    try:
        w = make_window(Backend(api_url=api.url))
        w.resize(1366, 768 - DESKTOP)
        with qtbot.waitSignal(w.findingsReady, timeout=15000):
            sign_in(w, resident)
        view = w.home.ui.findingsView
        qtbot.waitUntil(lambda: not clipped(w), timeout=2000)
        QApplication.processEvents()
        first = view.visualRect(view.model().index(0, 1))
        assert view.viewport().rect().contains(first), (first, view.viewport().rect())
        assert visible_rows(view) >= 1
    finally:
        apply_style(QApplication.instance(), large=False)
