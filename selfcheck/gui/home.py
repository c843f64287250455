"""The overview: the resident's linked items with what Selfcheck found, My requests, the access
log, My record and notifications. Shows what it is given; reports what the user asked for."""

from __future__ import annotations

import unicodedata
from typing import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QSizePolicy, QStyle, QToolButton,
                               QWidget)

from ..core import schema as s
from ..core.resident import RequestRow, RequestSource
from ..core.rules import Finding, by_link
from . import texts as t
from .forms import Page
from .layout import WrappingRow, scrolling_tab
from .models import AccessLogModel, FindingsModel, LinksModel, NotificationsModel, RequestsModel
from .turns import Turns
from .widgets import announce


def _widest(texts: set[str], keep: int = 4) -> list[str]:
    """The few texts likely widest on screen (a full-width character counts two), the only ones
    measured: measuring every sampled name in a kanji font took 11 ms of the overview's turn."""
    def width(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)

    return sorted(texts, key=width, reverse=True)[:keep]


# -- overview ---------------------------------------------------------------------------------
class HomePage(Page):
    form_name = "home.ui"
    detailsRequested = Signal(object)
    flagRequested = Signal(object)
    whyRequested = Signal(object)
    reportRequested = Signal(object)
    reviewRequested = Signal()
    signOutRequested = Signal()
    refreshRequested = Signal()
    revealToggled = Signal(bool)
    receiptRequested = Signal(object)
    exportRequested = Signal(str)  # a path: write the access log entries shown there as CSV

    LINKS, REQUESTS, LOG, RECORD, NOTIFICATIONS = range(5)

    def __init__(self, is_flagged, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ui = self.ui
        self.turns = Turns(self)  # a large result over turns of the event loop, each list painted once
        self._keeping_link = False  # the findings are shown again: the item the resident chose stays
        self._pending_link: str | None = None  # new links: the item selected again at the next turn
        self.links = LinksModel(is_flagged, self)
        self.requests = RequestsModel(self)
        self.requests.titles = self.links.by_id
        self.log = AccessLogModel(self)
        self.notifications = NotificationsModel(self)
        self.findings = FindingsModel(self)
        from .record import RecordView

        self.record = RecordView(ui.recordTab)
        ui.recordTab.layout().addWidget(self.record)
        self.record.layout().insertWidget(2, ui.bankNameLabel)  # under the registered name and reading
        ui.findingsView.setModel(self.findings)
        ui.findingsView.verticalHeader().setVisible(False)
        # the finding's words take the room the severity and the item's name leave, and wrap
        findings_header = ui.findingsView.horizontalHeader()
        for c, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch,
                                  QHeaderView.ResizeMode.ResizeToContents)):
            findings_header.setSectionResizeMode(c, mode)
        ui.findingsView.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.findingsView.verticalHeader().sectionResized.connect(lambda *_a: self._fit_findings())
        ui.findingsView.horizontalScrollBar().rangeChanged.connect(lambda *_a: self._fit_findings())
        self.header_row = WrappingRow(ui.headerBar, ui.whoBox, ui.headerButtons)
        for tab in (ui.requestsTab, ui.logTab, ui.recordTab, ui.notificationsTab):
            scrolling_tab(tab)
        ui.tabs.setUsesScrollButtons(False)  # every tab's name on screen, never behind an arrow
        ui.tabs.currentChanged.connect(self._size_by_current_tab)
        self._size_by_current_tab(ui.tabs.currentIndex())
        ui.findingsView.activated.connect(lambda _i: self._emit_finding(self.whyRequested))
        ui.findingsView.selectionModel().currentChanged.connect(self._finding_changed)
        ui.whyButton.clicked.connect(self._why)
        ui.linksView.setModel(self.links)
        ui.requestsView.setModel(self.requests)
        ui.logView.setModel(self.log)
        ui.notificationsView.setModel(self.notifications)
        for view in (ui.requestsView, ui.logView, ui.notificationsView):
            view.horizontalHeader().setStretchLastSection(True)
            view.verticalHeader().setVisible(False)
            view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # column widths from the first 100 rows, not 1,000 (Qt's default): sizing 2,000 links or
        # 20,000 log entries otherwise holds the event loop for hundreds of milliseconds
        for header in (ui.linksView.header(), ui.logView.horizontalHeader(), ui.requestsView.horizontalHeader(),
                       ui.notificationsView.horizontalHeader(), ui.findingsView.horizontalHeader()):
            header.setResizeContentsPrecision(100)
        # the access log's columns from 30 rows: 2.5 ms for its 20,000 entries, not 10 (the same widths here)
        ui.logView.horizontalHeader().setResizeContentsPrecision(30)
        ui.logView.setSortingEnabled(True)
        ui.logView.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        ui.linksView.header().setStretchLastSection(True)
        ui.linksView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        ui.linksView.selectionModel().currentChanged.connect(self._link_changed)
        ui.linksView.activated.connect(self._activated)
        ui.detailsButton.clicked.connect(lambda: self._emit_for_current(self.detailsRequested))
        ui.flagButton.clicked.connect(self._report)
        ui.reviewButton.clicked.connect(self.reviewRequested)
        ui.signOutButton.clicked.connect(self.signOutRequested)
        ui.refreshButton.clicked.connect(self.refreshRequested)
        ui.revealButton.toggled.connect(self.revealToggled)
        ui.searchEdit.textChanged.connect(self._search)
        for edit in (ui.fromEdit, ui.untilEdit):
            edit.dateChanged.connect(self._range_changed)
        ui.exportButton.clicked.connect(self._export)
        self._set_dates_format()
        for button in ui.searchEdit.findChildren(QToolButton):  # the line edit's own clear button
            button.setAccessibleName(self.tr("Clear the search"))
        ui.requestsView.selectionModel().currentChanged.connect(self._request_changed)
        ui.requestReceiptButton.clicked.connect(self._receipt)
        ui.requestReceiptButton.setEnabled(False)
        self._link_changed(QModelIndex())
        self.fit_rows()
        self.set_flag_count(0)
        self.set_findings(None, {})
        self.counter = False

    MIN_ROWS = 5  # the lists always show at least this many rows, at any text size
    FINDING_ROWS = 4  # the findings list grows up to this many rows, then scrolls by itself

    def fit_rows(self) -> None:
        """Give each list the height of ``MIN_ROWS`` rows in the current font: on a small screen
        with large text the findings give up height first, then the page scrolls, rather than
        squeezing a list to one clipped row."""
        ui = self.ui
        for view in (ui.linksView, ui.requestsView, ui.logView):
            self._fit_height(view)
        self.fit_columns()
        self._fit_findings()

    def _fit_height(self, view: QAbstractItemView) -> None:
        header = view.header() if hasattr(view, "header") else view.horizontalHeader()
        row = max(view.fontMetrics().height() + 10, view.sizeHintForRow(0) if view.model().rowCount() else 0)
        scroll_bar = view.horizontalScrollBar().sizeHint().height()
        view.setMinimumHeight(header.sizeHint().height() + self.MIN_ROWS * row + 2 * view.frameWidth() + scroll_bar)

    def _fit_links(self) -> None:
        """New links: only their list is measured again (the access log's 20,000 entries are not)."""
        self._fit_height(self.ui.linksView)
        self._size_link_columns()

    def fit_columns(self) -> None:
        """Every list's columns for its texts in the current language and font: sized once, in the
        other language or text size, dates and statuses were cut to "…" beside a wide last column."""
        self._size_link_columns()
        for view in (self.ui.logView, self.ui.requestsView, self.ui.notificationsView):
            if view.model().rowCount():
                view.resizeColumnsToContents()

    def _fit_findings(self) -> None:
        """The findings list between its first row and its first ``FINDING_ROWS`` rows high in
        the current font (the layout gives it what the linked items leave); beyond that it
        scrolls on its own, so no button ever covers a row."""
        view = self.ui.findingsView
        rows = min(self.findings.rowCount(), self.FINDING_ROWS)
        if not rows:
            return
        header = max(view.horizontalHeader().height(), view.horizontalHeader().sizeHint().height())
        bar = view.horizontalScrollBar()  # columns wider than the list (large text): its bar takes a row's room
        frame = 2 * view.frameWidth() + 2 + (bar.sizeHint().height() if bar.maximum() > 0 else 0)
        heights = [view.rowHeight(r) for r in range(rows)]
        view.setMinimumHeight(header + heights[0] + frame)
        view.setMaximumHeight(header + sum(heights) + frame)

    SAMPLE = 12  # links of each kind whose texts size the columns (not all 2,000: the event loop)
    WIDEST = {0: 0.34, 3: 0.26}  # item and registrant may be elided past this share of the list

    def _size_link_columns(self) -> None:
        """Each column as wide as its heading and the texts of a sample of the links, measured
        in the list's font with the style's margins (a few milliseconds, where laying out the
        rows would take hundreds); only the item's name and who registered it give way
        (elided, the whole text in the tooltip) when the list is narrow."""
        view, model = self.ui.linksView, self.links
        header, fm = view.header(), view.fontMetrics()
        margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1) + 2
        groups = [model.index(g, 0) for g in range(model.rowCount())]
        sample = [model.index(r, 0, g) for g in groups for r in range(min(self.SAMPLE, model.rowCount(g)))]
        width = max(view.viewport().width(), 600)
        for c in range(model.columnCount() - 1):
            texts = _widest({i.siblingAtColumn(c).data() or "" for i in sample})
            want = max([header.sectionSizeFromContents(c).width()] + [fm.horizontalAdvance(x) + margin for x in texts])
            if c == 0:  # children are indented; the group rows are not
                want = max(want + view.indentation(), *(fm.horizontalAdvance(g.data()) + margin + view.indentation()
                                                        for g in groups))
            if c in self.WIDEST:
                want = min(want, int(width * self.WIDEST[c]))
            view.setColumnWidth(c, want)

    def _size_by_current_tab(self, current: int) -> None:
        """The tabs as high as the tab shown, not as the highest one (a tab widget is as large as
        its largest page, and as high for its width as its highest page, hidden or not; the
        other tabs scroll inside, see ``scrolling_tab``): the linked items are not stretched,
        and the page pushed past the window's edge, by a long status history or address list."""
        tabs = self.ui.tabs
        for i in range(tabs.count()):
            height = QSizePolicy.Policy.Preferred if i == current else QSizePolicy.Policy.Ignored
            tabs.widget(i).setSizePolicy(QSizePolicy.Policy.Preferred, height)
        tabs.updateGeometry()

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent

        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self, self.fit_rows)
        super().changeEvent(event)

    def set_counter(self, on: bool) -> None:
        """At a municipal counter: print receipts instead of saving files; the session is ended
        from the counter's own bar (always on screen), so the page has no second End button."""
        self.counter = on
        self.ui.signOutButton.setVisible(not on)
        if on:
            self.ui.requestReceiptButton.setText(self.tr("Print re&ceipt"))
            self.ui.requestReceiptButton.setAccessibleName(self.tr("Print a receipt of the selected request"))

    def first_focus(self) -> QWidget:
        return self.ui.linksView

    def heading(self) -> str:
        return self.tr("Your linked information")

    def set_profile(self, profile: s.Profile, number_text: str) -> None:
        self.ui.nameLabel.setText(profile.name)
        self.ui.nameLabel.setAccessibleName(self.tr("%1 — what is linked to your number").replace("%1", profile.name))
        self.turns.then(self.record, lambda: self.record.set_profile(profile))  # its tab is not shown yet
        self.set_number_text(number_text)

    def retranslate(self) -> None:
        """Models translate when asked: tell the views to ask again (the log also re-sorts, as
        names sort differently in each language)."""
        for model in (self.links, self.requests, self.notifications, self.findings):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, model.columnCount() - 1))
            model.layoutAboutToBeChanged.emit()  # nothing moves: the persistent indexes stay as they are
            model.layoutChanged.emit()
        self.log.resort()
        self.log.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.log.columnCount() - 1)
        for button in self.ui.searchEdit.findChildren(QToolButton):
            button.setAccessibleName(self.tr("Clear the search"))
        self._set_dates_format()
        if self.log.total() or self.ui.logCountLabel.text():
            self._update_log_count()
        link = self.current_link()
        if link is not None:
            self.set_flagged(link.id, self.links._is_flagged(link.id))
        self._request_changed(self.ui.requestsView.currentIndex(), QModelIndex())
        self.set_counter(self.counter)
        self.record.retranslate()
        self.fit_columns()

    def set_bank_spelling(self, text: str) -> None:
        self.ui.bankNameLabel.setText(self.tr("How banks write your name: %1").replace("%1", text) if text else "")
        self.ui.bankNameLabel.setToolTip(self.tr("Banks store names in half-width katakana without small kana. Compare this with "
                                                 "the name in your passbook."))
        self.ui.bankNameLabel.setAccessibleDescription(self.ui.bankNameLabel.toolTip())

    def set_findings(self, findings: list[Finding] | None, links: dict[str, s.Link]) -> None:
        """``None``: not checked yet. The list view and the badges on links follow."""
        ui = self.ui
        current = self.current_finding()
        self.turns.then(ui.linksView, lambda: self._select_finding(findings, current))
        self.findings.set_findings(findings or [], links)
        self.links.set_severities(by_link(findings or []))
        has = bool(findings)
        ui.findingsView.setVisible(has)
        ui.whyButton.setVisible(has)
        ui.noFindingsLabel.setVisible(findings is not None and not has)
        ui.findingsCaption.setText(self.tr("What Selfcheck found (%n)", None, len(findings)) if has
                                   else self.tr("What Selfcheck found"))
        if has:
            ui.findingsView.resizeRowsToContents()
            self._fit_findings()

    def _select_finding(self, findings: list[Finding] | None, current: Finding | None) -> None:
        """The finding selected before stays selected, and so does the item the resident chose
        (switching the language moved it to the finding's item); else the first finding (the
        most serious) and its item."""
        kept = None
        if findings and self.findings.rows() == findings:
            kept = next((r for r, f in enumerate(findings) if f == current), None)
            self._keeping_link = kept is not None
            try:
                self.ui.findingsView.selectRow(0 if kept is None else kept)
            finally:
                self._keeping_link = False
        if kept is None or self.current_link() is None:
            self._finding_changed(self.ui.findingsView.currentIndex())
        self._link_changed(self.ui.linksView.currentIndex())

    def current_finding(self) -> Finding | None:
        return self.findings.row_at(self.ui.findingsView.currentIndex())

    def _finding_changed(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        f = self.findings.row_at(current)
        if self._keeping_link and self.current_link() is not None:  # the same finding, shown again
            return
        # one report action, for one item: the finding's item becomes the selected item
        if f is not None and f.link_ids:
            here = self.current_link()
            if here is None or here.id not in f.link_ids:
                self.select_link(next((i for i in f.link_ids if self.links.index_of(i).isValid()), None))

    def finding_for(self, link: s.Link) -> Finding | None:
        """The finding a report of ``link`` answers: the selected one if it is about this item,
        else the most serious one that is."""
        current = self.current_finding()
        if current is not None and link.id in current.link_ids:
            return current
        return next((f for f in self.findings.rows() if link.id in f.link_ids), None)

    def _why(self) -> None:
        """Why? for the selected item: the finding about it (the selected one, if it is)."""
        link = self.current_link()
        finding = self.finding_for(link) if link is not None else self.current_finding()
        if finding is not None:
            self.whyRequested.emit(finding)

    def _report(self) -> None:
        """The one report action: the selected item, with what Selfcheck found about it."""
        link = self.current_link()
        if link is None:
            return
        finding = self.finding_for(link)
        if finding is not None:
            self.reportRequested.emit(finding)
        else:
            self.flagRequested.emit(link)

    def _update_report_button(self) -> None:
        link = self.current_link()
        button = self.ui.flagButton
        button.setEnabled(link is not None)
        if link is None:
            button.setText(self.tr("&Mark as wrong…"))
            button.setAccessibleName(self.tr("Mark the selected item as wrong"))
            return
        full = self.links.name(link)
        name = full
        if len(name) > 28:  # the whole name is in the accessible name and the list
            name = name[:27] + "…"
        if self.links._is_flagged(link.id):
            button.setText(self.tr("Change &mark on “%1”…").replace("%1", name))
            button.setAccessibleName(self.tr("Change what you said about %1").replace("%1", full))
        else:
            button.setText(self.tr("&Mark “%1” as wrong…").replace("%1", name))
            button.setAccessibleName(self.tr("Mark %1 as wrong").replace("%1", full))

    def _emit_finding(self, signal) -> None:
        f = self.current_finding()
        if f is not None:
            signal.emit(f)

    def set_number_text(self, text: str) -> None:
        self.ui.numberValue.setText(text)
        self.ui.numberValue.setAccessibleDescription(text)

    EXPAND_UP_TO = 200  # a larger group starts collapsed: its count shows, Right arrow opens it

    def when_shown(self, callback: Callable[[], None]) -> None:
        """``callback`` once what was given is on screen (see ``Turns``)."""
        self.turns.when_shown(callback)

    def set_links(self, links: list[s.Link]) -> None:
        current = self.current_link()
        view = self.ui.linksView
        # until the next turn selects it again, the item chosen before is still the one the
        # Details and Mark buttons name and act on (a click meanwhile did nothing at all)
        self._pending_link = current.id if current else None
        self.turns.then(view, lambda: (self._fit_links(), self._select_pending_link()))
        self.links.set_links(links)
        for g in range(self.links.rowCount()):
            group = self.links.index(g, 0)
            view.setExpanded(group, self.links.rowCount(group) <= self.EXPAND_UP_TO)

    def select_link(self, link_id: str | None) -> None:
        idx = self.links.index_of(link_id) if link_id else QModelIndex()
        if idx.isValid():
            self.ui.linksView.setExpanded(idx.parent(), True)
        if not idx.isValid():
            first_group = next((self.links.index(g, 0) for g in range(self.links.rowCount())
                                if self.links.rowCount(self.links.index(g, 0))), QModelIndex())
            idx = self.links.index(0, 0, first_group) if first_group.isValid() else QModelIndex()
            if idx.isValid() and not self.ui.linksView.isExpanded(first_group):
                idx = first_group  # a large group starts collapsed: its own row is selected, not a link hidden in it
        if idx.isValid():
            self.ui.linksView.selectionModel().setCurrentIndex(
                idx, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def _select_pending_link(self) -> None:
        """The next turn after new links: the item chosen before (else the first) is selected,
        unless the resident has chosen one meanwhile."""
        keep, self._pending_link = self._pending_link, None
        if not self.ui.linksView.currentIndex().isValid():
            self.select_link(keep)

    def current_link(self) -> s.Link | None:
        link = self.links.link(self.ui.linksView.currentIndex())
        if link is None and self._pending_link is not None:  # new links, not selected again yet
            index = self.links.index_of(self._pending_link)
            return self.links.link(index) if index.isValid() else None
        return link

    def _link_changed(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if current.isValid():
            self._pending_link = None  # chosen meanwhile
        link = self.links.link(current)
        self.ui.detailsButton.setEnabled(link is not None)
        finding = self.finding_for(link) if link is not None else None
        self.ui.whyButton.setEnabled(finding is not None)
        if finding is not None and finding != self.current_finding():  # the finding follows the item
            self.ui.findingsView.selectRow(self.findings.rows().index(finding))
        self._update_report_button()

    def _activated(self, index: QModelIndex) -> None:
        link = self.links.link(index)
        if link is not None:
            self.detailsRequested.emit(link)

    def _emit_for_current(self, signal) -> None:
        link = self.current_link()
        if link is not None:
            signal.emit(link)

    def set_flag_count(self, n: int) -> None:
        self.ui.flagCountLabel.setText(self.tr("%n item(s) marked as wrong", None, n) if n else self.tr("Nothing marked yet"))
        self.ui.reviewButton.setEnabled(n > 0)

    def set_flagged(self, link_id: str, flagged: bool) -> None:
        self.links.flags_changed(link_id)
        self._update_report_button()

    def set_requests(self, rows: list[RequestRow]) -> None:
        """My requests (``ResidentController.request_rows``): those still on this computer
        (waiting, sending, refused), then those the service has."""
        self.requests.set_rows(rows)
        self.ui.requestsView.resizeColumnsToContents()
        if rows:
            self.ui.requestsView.selectRow(0)
        else:
            self.ui.historyLabel.setText(self.tr("You have not sent any correction request yet."))

    def _receipt(self) -> None:
        row = self.requests.row_at(self.ui.requestsView.currentIndex())
        if row is not None and row.has_receipt:
            self.receiptRequested.emit(row.request)

    def _request_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.requests.row_at(current)
        self.ui.requestReceiptButton.setEnabled(row is not None and row.has_receipt)
        if row is None:
            if not self.requests.rows():
                self.ui.historyLabel.setText(self.tr("You have not sent any correction request yet."))
            return
        if row.source is RequestSource.OUTBOX:
            self.ui.historyLabel.setText(t.outbox_state(row.item))
            return
        r = row.request
        links = self.links.by_id()
        lines = [self.tr("What you reported in %1:").replace("%1", r.reference)]
        for item in r.items:
            link = links.get(item.link_id)
            what = self.links.name(link) if link else self.tr("an item no longer linked to your number")
            lines.append(f"• {what} — {t.reason_label(item.reason)}" + (f" (“{item.note}”)" if item.note else ""))
        lines.append(self.tr("Status history:"))
        for c in r.history:
            note = t.pick(c.note, c.note_en)
            status = t.status_label(c.status)  # a note that only repeats the status is left out
            lines.append(f"• {t.fmt_datetime(c.at)} — {status}" + (f" ({note})" if note and note != status else ""))
        if r.counter_staff_id:
            lines.append(self.tr("Made at a municipal counter with staff member %1.").replace("%1", r.counter_staff_id))
        if r.approved_by:
            lines.append(self.tr("Approved by staff member %1.").replace("%1", r.approved_by))
        if r.status is s.RequestStatus.AWAITING_APPROVAL:
            lines.append(t.approval_next(r))
        if r.status is s.RequestStatus.REJECTED:
            why = next((t.pick(c.note, c.note_en) for c in reversed(r.history) if c.status is r.status and c.note), "")
            lines.append(self.tr("Why it was not corrected: %1").replace("%1", why) if why else
                         self.tr("The office did not say why it was not corrected."))
            offices = sorted({t.pick(links[i.link_id].organisation, links[i.link_id].organisation_en)
                              for i in r.items if i.link_id in links})
            lines.append(self.tr("What you can do next: if you still think the link is wrong, contact %1 with your "
                                 "reference number %2, or send a new request with a supporting document (for example a "
                                 "passbook page or an insurance card) that shows it is not yours.")
                         .replace("%1", ("、" if t.is_japanese() else ", ").join(offices)
                                  or self.tr("the office that holds the item"))
                         .replace("%2", r.reference))
        self.ui.historyLabel.setText("\n".join(lines))

    def show_requests(self) -> None:
        self.ui.tabs.setCurrentIndex(self.REQUESTS)
        self.ui.requestsView.setFocus()

    def set_notifications(self, items: list[s.Notification]) -> None:
        self.notifications.set_rows(items)
        self.ui.notificationsView.resizeColumnsToContents()
        self.ui.tabs.setTabText(self.NOTIFICATIONS, self.tr("&Notifications (%1)").replace("%1", str(len(items))))

    def set_log_loading(self, done: int, total: int) -> None:
        self.ui.logCountLabel.setText(self.tr("Loading… %1 of %2").replace("%1", f"{done:,}").replace("%2", f"{total:,}"))

    def _set_dates_format(self) -> None:
        for edit in (self.ui.fromEdit, self.ui.untilEdit):
            edit.setDisplayFormat("yyyy/MM/dd" if t.is_japanese() else "d MMM yyyy")

    def _range_changed(self, *_args) -> None:
        ui = self.ui
        start, end = ui.fromEdit.date().toPython(), ui.untilEdit.date().toPython()
        self.log.set_range(start, end)
        self._update_log_count()

    def set_range(self, start, end) -> None:
        """Show the access log from ``start`` to ``end`` (dates, both included)."""
        from PySide6.QtCore import QDate

        self.ui.fromEdit.setDate(QDate(start.year, start.month, start.day))
        self.ui.untilEdit.setDate(QDate(end.year, end.month, end.day))

    def _export(self) -> None:
        from PySide6.QtCore import QStandardPaths
        from PySide6.QtWidgets import QFileDialog

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the access log"), f"{folder}/selfcheck-access-log.csv",
                                              self.tr("CSV (*.csv)"))
        if path:
            self.exportRequested.emit(path)

    def export_header(self) -> tuple[list[str], dict[str, str]]:
        """The export's column names and exchange words, in the current language."""
        header = [self.log.headerData(c, Qt.Orientation.Horizontal) for c in range(self.log.columnCount())]
        return [*header, self.tr("Exchange")], {"query": t.direction_label("query"), "provide": t.direction_label("provide")}

    def set_log(self, log) -> None:
        """``log``: a ``core.accesslog.AccessLog`` built in the worker."""
        self.log.set_log(log)
        days = log.dates()
        if days is not None:
            edits = (self.ui.fromEdit, self.ui.untilEdit)
            for edit in edits:  # the range is applied once, not once for each date
                edit.blockSignals(True)
            try:
                self.set_range(*days)
            finally:
                for edit in edits:
                    edit.blockSignals(False)
            self._range_changed()
        self._update_log_count()
        self.turns.then(self.ui.logView, self.ui.logView.resizeColumnsToContents)

    def _search(self, text: str) -> None:
        self.log.set_filter(text)
        self._update_log_count()

    def _update_log_count(self) -> None:
        shown, total = self.log.rowCount(), self.log.total()
        self.ui.logCountLabel.setText(self.tr("Showing %1 of %2").replace("%1", f"{shown:,}").replace("%2", f"{total:,}"))

    def show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setVisible(bool(text))
        if text:
            announce(self.ui.messageLabel, text)

    def _drop_next_turn(self) -> None:
        """The resident has gone: what was waiting for the next turn was theirs (their record,
        their selection, "the overview is shown") and is dropped; the held lists paint again."""
        self.turns.drop()
        self._pending_link = None

    def clear(self) -> None:
        self._drop_next_turn()
        self.links.clear()
        self.requests.set_rows([])
        self.log.set_entries([])
        self.notifications.set_rows([])
        self.ui.searchEdit.clear()
        self.ui.nameLabel.setText("")
        self.set_number_text("")
        self.set_bank_spelling("")
        self.set_findings(None, {})
        self.ui.historyLabel.setText("")
        self.ui.revealButton.setChecked(False)
        self.record.set_profile(None)
        self.show_message("")
        self.ui.tabs.setCurrentIndex(self.LINKS)
