"""The screens. Each wraps one Designer form, shows what the main window gives it, and
reports what the user asked for through signals. No network, no business rules here."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QToolButton, QWidget

from ..core import schema as s
from ..core.flow import DraftItem, FlagProblem
from ..core.resident import RequestRow, RequestSource
from ..core.rules import Finding, by_link
from . import texts as t
from .forms import Page
from .models import AccessLogModel, DraftModel, FindingsModel, LinksModel, NotificationsModel, RequestsModel
from .widgets import ErrorSummary, announce
from .confirmation import ConfirmationPage, WhyDialog  # noqa: F401 - the screens after sending, and Why?


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

    LINKS, REQUESTS, LOG, NOTIFICATIONS = range(4)

    def __init__(self, is_flagged, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ui = self.ui
        self.links = LinksModel(is_flagged, self)
        self.requests = RequestsModel(self)
        self.log = AccessLogModel(self)
        self.notifications = NotificationsModel(self)
        self.findings = FindingsModel(self)
        ui.findingsView.setModel(self.findings)
        ui.findingsView.horizontalHeader().setStretchLastSection(True)
        ui.findingsView.verticalHeader().setVisible(False)
        ui.findingsView.activated.connect(lambda _i: self._emit_finding(self.whyRequested))
        ui.findingsView.selectionModel().currentChanged.connect(self._finding_changed)
        ui.whyButton.clicked.connect(lambda: self._emit_finding(self.whyRequested))
        ui.reportButton.clicked.connect(lambda: self._emit_finding(self.reportRequested))
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
        ui.logView.setSortingEnabled(True)
        ui.logView.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        ui.linksView.header().setStretchLastSection(True)
        ui.linksView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        ui.linksView.selectionModel().currentChanged.connect(self._link_changed)
        ui.linksView.activated.connect(self._activated)
        ui.detailsButton.clicked.connect(lambda: self._emit_for_current(self.detailsRequested))
        ui.flagButton.clicked.connect(lambda: self._emit_for_current(self.flagRequested))
        ui.reviewButton.clicked.connect(self.reviewRequested)
        ui.signOutButton.clicked.connect(self.signOutRequested)
        ui.refreshButton.clicked.connect(self.refreshRequested)
        ui.revealButton.toggled.connect(self.revealToggled)
        ui.searchEdit.textChanged.connect(self._search)
        for button in ui.searchEdit.findChildren(QToolButton):  # the line edit's own clear button
            button.setAccessibleName(self.tr("Clear the search"))
        ui.requestsView.selectionModel().currentChanged.connect(self._request_changed)
        ui.requestReceiptButton.clicked.connect(self._receipt)
        ui.requestReceiptButton.setEnabled(False)
        self._link_changed(QModelIndex())
        self.set_flag_count(0)
        self.set_findings(None, {})
        self.counter = False

    def set_counter(self, on: bool) -> None:
        """At a municipal counter: print receipts instead of saving files, and end the session."""
        self.counter = on
        if on:
            self.ui.requestReceiptButton.setText(self.tr("Print re&ceipt"))
            self.ui.requestReceiptButton.setAccessibleName(self.tr("Print a receipt of the selected request"))
            self.ui.signOutButton.setText(self.tr("End sessi&on"))
            self.ui.signOutButton.setAccessibleName(self.tr("End this resident's session"))

    def first_focus(self) -> QWidget:
        return self.ui.linksView

    def heading(self) -> str:
        return self.tr("Your linked information")

    def set_profile(self, profile: s.Profile, number_text: str) -> None:
        self.ui.nameLabel.setText(self.tr("%1 — what is linked to your number").replace("%1", profile.name))
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
        if self.log.total() or self.ui.logCountLabel.text():
            self._update_log_count()
        link = self.current_link()
        if link is not None:
            self.set_flagged(link.id, self.links._is_flagged(link.id))
        self._request_changed(self.ui.requestsView.currentIndex(), QModelIndex())
        self.set_counter(self.counter)

    def set_bank_spelling(self, text: str) -> None:
        self.ui.bankNameLabel.setText(self.tr("How banks write your name: %1").replace("%1", text) if text else "")
        self.ui.bankNameLabel.setToolTip(self.tr("Banks store names in half-width katakana without small kana. Compare this with "
                                                 "the name in your passbook."))
        self.ui.bankNameLabel.setAccessibleDescription(self.ui.bankNameLabel.toolTip())

    def set_findings(self, findings: list[Finding] | None, links: dict[str, s.Link]) -> None:
        """``None``: not checked yet. The list view and the badges on links follow."""
        ui = self.ui
        current = self.current_finding()
        self.findings.set_findings(findings or [], links)
        self.links.set_severities(by_link(findings or []))
        has = bool(findings)
        ui.findingsView.setVisible(has)
        ui.whyButton.setVisible(has)
        ui.reportButton.setVisible(has)
        ui.noFindingsLabel.setVisible(findings is not None and not has)
        ui.findingsCaption.setText(self.tr("What Selfcheck found (%n)", None, len(findings)) if has
                                   else self.tr("What Selfcheck found"))
        if has:
            rows = min(len(findings), 4)
            view = ui.findingsView
            view.resizeColumnsToContents()
            view.horizontalHeader().setStretchLastSection(True)
            height = view.horizontalHeader().height() + sum(view.rowHeight(r) for r in range(rows)) + 2 * view.frameWidth()
            view.setFixedHeight(height + 2)
            keep = next((r for r, f in enumerate(findings) if current is not None and f == current), 0)
            view.selectRow(keep)
        self._finding_changed(ui.findingsView.currentIndex())

    def current_finding(self) -> Finding | None:
        return self.findings.row_at(self.ui.findingsView.currentIndex())

    def _finding_changed(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        f = self.findings.row_at(current)
        self.ui.whyButton.setEnabled(f is not None)
        self.ui.reportButton.setEnabled(f is not None and bool(f.link_ids))

    def _emit_finding(self, signal) -> None:
        f = self.current_finding()
        if f is not None:
            signal.emit(f)

    def set_number_text(self, text: str) -> None:
        self.ui.numberValue.setText(text)
        self.ui.numberValue.setAccessibleDescription(text)

    EXPAND_UP_TO = 200  # a larger group starts collapsed: its count shows, Right arrow opens it

    def set_links(self, links: list[s.Link]) -> None:
        current = self.current_link()
        self.links.set_links(links)
        view = self.ui.linksView
        for g in range(self.links.rowCount()):
            group = self.links.index(g, 0)
            view.setExpanded(group, self.links.rowCount(group) <= self.EXPAND_UP_TO)
        for c in range(self.links.columnCount() - 1):
            self.ui.linksView.resizeColumnToContents(c)
        self.select_link(current.id if current else None)

    def select_link(self, link_id: str | None) -> None:
        idx = self.links.index_of(link_id) if link_id else QModelIndex()
        if idx.isValid():
            self.ui.linksView.setExpanded(idx.parent(), True)
        if not idx.isValid():
            first_group = next((self.links.index(g, 0) for g in range(self.links.rowCount())
                                if self.links.rowCount(self.links.index(g, 0))), QModelIndex())
            idx = self.links.index(0, 0, first_group) if first_group.isValid() else QModelIndex()
        if idx.isValid():
            self.ui.linksView.selectionModel().setCurrentIndex(
                idx, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def current_link(self) -> s.Link | None:
        return self.links.link(self.ui.linksView.currentIndex())

    def _link_changed(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        has = self.links.link(current) is not None
        self.ui.detailsButton.setEnabled(has)
        self.ui.flagButton.setEnabled(has)

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
        link = self.current_link()
        if link is not None and link.id == link_id:
            self.ui.flagButton.setText(self.tr("Change &mark…") if flagged else self.tr("&Mark as wrong…"))

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
            return
        if row.source is RequestSource.OUTBOX:
            self.ui.historyLabel.setText(t.outbox_state(row.item))
            return
        r = row.request
        lines = [self.tr("Status history of %1:").replace("%1", r.reference)]
        for c in r.history:
            note = t.pick(c.note, c.note_en)
            lines.append(f"• {t.fmt_datetime(c.at)} — {t.status_label(c.status)}" + (f" ({note})" if note else ""))
        if r.counter_staff_id:
            lines.append(self.tr("Made at a municipal counter with staff member %1.").replace("%1", r.counter_staff_id))
        if r.approved_by:
            lines.append(self.tr("Approved by staff member %1.").replace("%1", r.approved_by))
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

    def set_log(self, log) -> None:
        """``log``: a ``core.accesslog.AccessLog`` built in the worker."""
        self.log.set_log(log)
        self.ui.logView.resizeColumnsToContents()
        self._update_log_count()

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

    def clear(self) -> None:
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
        self.show_message("")
        self.ui.tabs.setCurrentIndex(self.LINKS)


# -- one item ---------------------------------------------------------------------------------
class DetailPage(Page):
    form_name = "detail.ui"
    flagRequested = Signal(object)
    backRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.link: s.Link | None = None
        self.ui.flagButton.clicked.connect(lambda: self.link and self.flagRequested.emit(self.link))
        self.ui.backButton.clicked.connect(self.backRequested)

    def first_focus(self) -> QWidget:
        return self.ui.flagButton

    def set_link(self, link: s.Link, flagged: DraftItem | None, findings: list[Finding] = ()) -> None:
        self.link = link
        ui = self.ui
        found = [f"{t.severity_label(f.severity)}: {t.finding_texts(f)[0]}" for f in findings]
        ui.titleLabel.setText(t.pick(link.title, link.title_en))
        form = ui.fields
        while form.rowCount():
            form.removeRow(0)
        rows = [(self.tr("Kind"), t.kind_label(link.kind)), (self.tr("Holder name"), link.holder_name)]
        # a bank stores only the holder's kana name: rows the record does not have are left out
        if link.holder_kana:
            rows.append((self.tr("Holder name (kana)"), link.holder_kana))
        if link.holder_birth_date:
            rows.append((self.tr("Holder's date of birth"), t.fmt_birth_date(link.holder_birth_date)))
        if link.holder_sex:
            rows.append((self.tr("Holder's sex"), t.sex_label(link.holder_sex)))
        rows += [
            (self.tr("Organisation"), t.pick(link.organisation, link.organisation_en)),
            (self.tr("Registered by"), link.registered_by),
            (self.tr("Registered through"), t.channel_label(link.channel)),
            (self.tr("Registered on"), t.fmt_datetime(link.registered_at)),
        ]
        if link.valid_from or link.valid_until:
            rows.append((self.tr("Valid from"), t.fmt_date(link.valid_from)))
            rows.append((self.tr("Valid until"), t.fmt_date(link.valid_until) if link.valid_until else self.tr("No end date")))
        rows.append((self.tr("Status"), t.link_status_label(link.status)))
        if link.shared_with_others:
            rows.append((self.tr("Also linked to"), self.tr("%n other person(s)", None, link.shared_with_others)))
        rows += [(t.detail_label(d.key), d.value) for d in link.details]
        for label, value in rows:
            v = QLabel(value)
            v.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            v.setWordWrap(True)
            v.setAccessibleName(label)
            v.setAccessibleDescription(value)
            form.addRow(label, v)
        lines = [self.tr("Selfcheck found: %1").replace("%1", x) for x in found]
        if flagged:
            lines.append(self.tr("You marked this item as wrong: %1").replace("%1", t.reason_label(flagged.reason)))
            ui.flagButton.setText(self.tr("Change &mark…"))
        else:
            ui.flagButton.setText(self.tr("&Mark as wrong…"))
        ui.flagStateLabel.setText("\n".join(lines))
        ui.flagStateLabel.setAccessibleDescription(ui.flagStateLabel.text())
        ui.flagStateLabel.setVisible(bool(lines))


# -- flag an item -----------------------------------------------------------------------------
class FlagPage(Page):
    form_name = "flag.ui"
    saveRequested = Signal(object, str)
    cancelRequested = Signal()
    removeRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ui = self.ui
        self.radios = {s.Reason.NOT_MINE: ui.notMineRadio, s.Reason.WRONG_DETAILS: ui.wrongDetailsRadio,
                       s.Reason.NO_LONGER_VALID: ui.noLongerValidRadio, s.Reason.OTHER: ui.otherRadio}
        hints = {s.Reason.NOT_MINE: ui.notMineHint, s.Reason.WRONG_DETAILS: ui.wrongDetailsHint,
                 s.Reason.NO_LONGER_VALID: ui.noLongerValidHint, s.Reason.OTHER: ui.otherHint}
        for reason, label in hints.items():
            label.setText(t.reason_hint(reason))
            self.radios[reason].setAccessibleDescription(t.reason_hint(reason))
        self.errors = ErrorSummary(ui.errorSummary, self.tr("There is a problem"), self)
        self.errors.field("reason", ui.notMineRadio, ui.reasonError)
        self.errors.field("note", ui.noteEdit, ui.noteError)
        ui.noteEdit.textChanged.connect(self._count)
        ui.saveButton.clicked.connect(self._save)
        ui.cancelButton.clicked.connect(self.cancelRequested)
        ui.removeButton.clicked.connect(self.removeRequested)
        self._count()

    def first_focus(self) -> QWidget:
        checked = self.reason()
        return self.radios[checked] if checked else self.ui.notMineRadio

    def set_item(self, link: s.Link, existing: DraftItem | None,
                 suggestion: tuple[s.Reason | None, str] | None = None) -> None:
        ui = self.ui
        ui.itemLabel.setText(self.tr("%1 — holder: %2, registered by %3 on %4").replace("%1", t.pick(link.title, link.title_en))
                             .replace("%2", link.holder_name).replace("%3", link.registered_by)
                             .replace("%4", t.fmt_date(link.registered_at.date())))
        self.errors.clear()
        for radio in self.radios.values():
            radio.setAutoExclusive(False)
            radio.setChecked(False)
            radio.setAutoExclusive(True)
        if existing:
            self.radios[existing.reason].setChecked(True)
            ui.noteEdit.setPlainText(existing.note)
        elif suggestion:  # from a finding: the suggested answer, which the resident can change
            reason, note = suggestion
            if reason is not None:
                self.radios[reason].setChecked(True)
            ui.noteEdit.setPlainText(note)
        else:
            ui.noteEdit.setPlainText("")
        ui.removeButton.setVisible(existing is not None)

    def retranslate(self, link: s.Link, existing: DraftItem | None) -> None:
        """Texts in the current language; the chosen answer and the typed note stay."""
        reason, note, errors = self.reason(), self.note(), self.ui.errorSummary.isVisible()
        for r, label in zip(self.radios, (self.ui.notMineHint, self.ui.wrongDetailsHint, self.ui.noLongerValidHint,
                                          self.ui.otherHint)):
            label.setText(t.reason_hint(r))
            self.radios[r].setAccessibleDescription(t.reason_hint(r))
        self.errors.title = self.tr("There is a problem")
        self.set_item(link, existing)
        for r, radio in self.radios.items():
            radio.setChecked(r is reason)
        self.ui.noteEdit.setPlainText(note)
        if errors:
            from ..core.flow import CorrectionFlow

            self.errors.show([("reason" if p is FlagProblem.NO_REASON else "note", t.flag_problem(p))
                              for p in CorrectionFlow.check_flag(reason, note)], focus=False)

    def reason(self) -> s.Reason | None:
        return next((r for r, radio in self.radios.items() if radio.isChecked()), None)

    def note(self) -> str:
        return self.ui.noteEdit.toPlainText()

    def _count(self) -> None:
        n = len(self.note())
        self.ui.noteCountLabel.setText(self.tr("%1 of %2 characters").replace("%1", f"{n:,}").replace("%2", f"{s.NOTE_MAX:,}"))

    def _save(self) -> None:
        self.saveRequested.emit(self.reason(), self.note())

    def show_problems(self, problems: list[FlagProblem]) -> None:
        self.errors.show([("reason" if p is FlagProblem.NO_REASON else "note", t.flag_problem(p)) for p in problems])


# -- check your answers -------------------------------------------------------------------------
class CheckPage(Page):
    form_name = "check.ui"
    changeRequested = Signal(object)
    removeRequested = Signal(str)
    addRequested = Signal()
    sendRequested = Signal()
    attachRequested = Signal()
    clearAttachmentsRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ui = self.ui
        self.model = DraftModel(self)
        ui.draftView.setModel(self.model)
        ui.draftView.horizontalHeader().setStretchLastSection(True)
        ui.draftView.verticalHeader().setVisible(False)
        ui.draftView.activated.connect(lambda i: self._change())
        ui.changeButton.clicked.connect(self._change)
        ui.removeButton.clicked.connect(self._remove)
        ui.addButton.clicked.connect(self.addRequested)
        ui.backButton.clicked.connect(self.addRequested)
        ui.sendButton.clicked.connect(self.sendRequested)
        ui.attachButton.clicked.connect(self.attachRequested)
        ui.clearAttachButton.clicked.connect(self.clearAttachmentsRequested)
        self.set_attachments([])

    def first_focus(self) -> QWidget:
        return self.ui.errorLabel if self.ui.errorLabel.isVisible() else self.ui.sendButton

    def set_draft(self, items: list[DraftItem]) -> None:
        row = max(0, self.ui.draftView.currentIndex().row())
        self.model.set_rows(items)
        self.ui.draftView.resizeColumnsToContents()
        if items:
            self.ui.draftView.selectRow(min(row, len(items) - 1))
        self.ui.titleLabel.setText(self.tr("Check your answers before sending (%n item(s))", None, len(items)))

    def _selected(self) -> DraftItem | None:
        return self.model.row_at(self.ui.draftView.currentIndex())

    def _change(self) -> None:
        item = self._selected()
        if item:
            self.changeRequested.emit(item.link)

    def _remove(self) -> None:
        item = self._selected()
        if item:
            self.removeRequested.emit(item.link.id)

    def set_attachments(self, names: list[str]) -> None:
        ui = self.ui
        ui.attachmentsLabel.setText("\n".join(f"• {n}" for n in names) if names else self.tr("No document attached."))
        ui.attachmentsLabel.setAccessibleDescription(ui.attachmentsLabel.text())
        ui.clearAttachButton.setVisible(bool(names))

    def retranslate(self) -> None:
        if self.ui.keystoreLabel.isVisible():
            self.set_keystore_warning(True)
        if self.ui.errorLabel.isVisible() and self._error_remake is not None:
            self.show_error(*self._error_remake())

    def set_keystore_warning(self, insecure: bool) -> None:
        self.ui.keystoreLabel.setText(self.tr(
            "This computer has no secure key store, so a request that cannot be sent at once is kept only while "
            "Selfcheck is open. Send it before you close the app.") if insecure else "")
        self.ui.keystoreLabel.setVisible(insecure)

    def set_sending(self, sending: bool) -> None:
        ui = self.ui
        for b in (ui.sendButton, ui.changeButton, ui.removeButton, ui.addButton, ui.backButton, ui.attachButton,
                  ui.clearAttachButton):
            b.setEnabled(not sending)
        ui.sendingLabel.setText(self.tr("Sending…") if sending else "")
        if sending:
            self.show_error("")
            announce(ui.sendingLabel, ui.sendingLabel.text())

    _error_remake = None

    def show_error(self, text: str, *, not_sent: bool = True, remake=None) -> None:
        """``remake``: returns (text, not_sent) again, after a language switch."""
        self._error_remake = remake
        ui = self.ui
        if text and not_sent:
            text = self.tr("Not sent. %1 Your answers are kept.").replace("%1", text)
        ui.errorLabel.setText(text)
        ui.errorLabel.setAccessibleDescription(ui.errorLabel.text())
        ui.errorLabel.setVisible(bool(text))
        if text:
            ui.errorLabel.setFocus()
            announce(ui.errorLabel, ui.errorLabel.text())


# -- confirmation --------------------------------------------------------------------------
