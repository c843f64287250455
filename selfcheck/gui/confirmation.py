"""The confirmation after sending, and the Why? dialog that explains one finding. Like every
screen, they show what they are given and report what the user asked for through signals."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QWidget

from ..core import schema as s
from ..core.rules import Finding
from . import texts as t
from .forms import Page, load_form, retranslate_form
from .models import EvidenceModel
from .widgets import announce


class ConfirmationPage(Page):
    form_name = "confirmation.ui"
    requestsRequested = Signal()
    overviewRequested = Signal()
    receiptRequested = Signal()
    approveRequested = Signal()
    sendNowRequested = Signal()  # a request waiting to be sent: try it again now (same key)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = False
        self.sendNowButton = QPushButton(self)
        self.sendNowButton.setObjectName("sendNowButton")
        self.sendNowButton.setVisible(False)
        self._name_send_now()
        self.sendNowButton.clicked.connect(self.sendNowRequested)
        self.ui.findChild(QHBoxLayout, "confirmationButtons").insertWidget(0, self.sendNowButton)
        self.ui.approveButton.clicked.connect(self.approveRequested)
        self.ui.copyButton.clicked.connect(self._copy)
        self.ui.receiptButton.clicked.connect(self.receiptRequested)
        self.ui.requestsButton.clicked.connect(self.requestsRequested)
        self.ui.overviewButton.clicked.connect(self.overviewRequested)

    def first_focus(self) -> QWidget:
        return self.ui.referenceLabel if self.ui.referenceLabel.isVisibleTo(self) else self.ui.statusLabel

    def set_demo(self, demo: bool) -> None:
        self.ui.demoNote.setVisible(demo)

    def _set_state(self, state: str, title: str) -> None:
        """Each state its own look (the panel's ``state`` property picks the colours in the
        style sheet) and its own words, on screen and for screen readers alike:
        ``sent``, ``waiting`` (to send), ``approval`` (waiting for a second staff member)."""
        ui = self.ui
        ui.panel.setProperty("state", state)
        ui.panel.setAccessibleName(title)
        for w in (ui.panel, *ui.panel.findChildren(QWidget)):
            w.style().unpolish(w)
            w.style().polish(w)
        ui.titleLabel.setText(title)
        ui.titleLabel.setAccessibleName(title)

    def state(self) -> str:
        return self.ui.panel.property("state")

    def set_request(self, req: s.CorrectionRequest) -> None:
        ui = self.ui
        awaiting = req.status is s.RequestStatus.AWAITING_APPROVAL
        self._set_state("approval" if awaiting else "sent",
                        self.tr("Correction request taken: waiting for approval") if awaiting
                        else self.tr("Correction request sent"))
        ui.statusLabel.setText(self.tr("Status: %1").replace("%1", t.status_label(req.status)))
        ui.statusLabel.setAccessibleName(self.tr("Status"))
        for w in (ui.referenceCaption, ui.referenceLabel, ui.copyButton, ui.receiptButton):
            w.setVisible(True)
        self.sendNowButton.setVisible(False)
        ui.referenceLabel.setText(req.reference)
        ui.referenceLabel.setAccessibleDescription(req.reference)
        ui.nextLabel.setText(self.tr(
            "The offices that hold these items check them against their records. You will get a notification in Selfcheck "
            "when the status changes, and an answer by %1. If an item is corrected, it disappears from your list or shows "
            "the right details.").replace("%1", t.fmt_date(req.expected_reply_by)))
        ui.approveButton.setVisible(self.counter and awaiting)
        if awaiting:
            ui.nextLabel.setText(t.approval_next(req))
        ui.helpLabel.setText(self.tr("Call the My Number general help line, 0120-95-0178 (free, weekdays 9:30–20:00), and give "
                                     "your reference number. Keep the reference number: you can follow the request under "
                                     "“My requests”."))
        if self.counter:
            ui.receiptButton.setText(self.tr("&Print receipt"))
            ui.receiptButton.setAccessibleName(self.tr("Print a receipt for the resident"))
        announce(ui.referenceLabel, ui.titleLabel.text() + ". "
                 + self.tr("Your reference number is %1.").replace("%1", req.reference))

    def set_queued(self, persistent: bool) -> None:
        """Saved in the outbox: sent by itself when the service answers again."""
        ui = self.ui
        self._set_state("waiting", self.tr("Saved: waiting to send"))
        ui.statusLabel.setText(self.tr("The service could not be reached, or its answer did not come through. Your request "
                                       "is saved and is sent again by itself (the service never makes it twice) until the "
                                       "service confirms it; you then get a reference number here and under “My requests”."))
        ui.statusLabel.setAccessibleName(self.tr("Not sent yet"))
        for w in (ui.referenceCaption, ui.referenceLabel, ui.copyButton, ui.receiptButton, ui.approveButton):
            w.setVisible(False)
        self._name_send_now()
        self.sendNowButton.setEnabled(True)
        self.sendNowButton.setVisible(True)
        ui.nextLabel.setText(self.tr("Selfcheck tries again every few seconds while it is open, and again when you next "
                                     "sign in. Nothing is sent twice.") if persistent else
                             self.tr("This computer has no secure key store, so the request is kept only while Selfcheck "
                                     "is open: keep the app open until it has been sent."))
        # no reference number exists yet: do not ask for one
        ui.helpLabel.setText(self.tr("Call the My Number general help line, 0120-95-0178 (free, weekdays 9:30–20:00). "
                                     "This request has no reference number yet: it gets one when it has been sent, under "
                                     "“My requests”."))
        announce(ui.statusLabel, ui.titleLabel.text() + ". " + ui.statusLabel.text())

    def _name_send_now(self) -> None:
        self.sendNowButton.setText(self.tr("&Send again now"))
        self.sendNowButton.setAccessibleName(self.tr("Send the waiting request again now"))

    def show_notice(self, text: str, error: bool = False) -> None:
        """A message about what was done on this screen (receipt saved or printed, or why not):
        below the panel, so the request's own status is never overwritten; an error looks like one."""
        label = self.ui.noticeLabel
        label.setProperty("role", "error" if error else "notice")
        label.style().unpolish(label)
        label.style().polish(label)
        label.setText(text)
        label.setAccessibleName(self.tr("Problem") if error else self.tr("Message"))
        label.setVisible(bool(text))
        if text:
            announce(label, text)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.ui.referenceLabel.text())
        self.ui.copyButton.setText(self.tr("Copied"))
        QTimer.singleShot(2000, self, lambda: self.ui.copyButton.setText(self.tr("&Copy reference number")))


class WhyDialog(QDialog):
    """The evidence for one finding, side by side, with the one action it suggests."""

    reportRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WhyDialog")
        self.ui = load_form("why.ui", self)
        self.layout().setContentsMargins(20, 16, 20, 16)
        self.finding: Finding | None = None
        self.model = EvidenceModel(self)
        view = self.ui.evidenceView
        view.setModel(self.model)
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().setVisible(False)
        self.ui.closeButton.clicked.connect(self.reject)
        self.ui.reportButton.clicked.connect(self._report)
        self.resize(760, 520)

    def fit(self) -> None:
        """As large as its text in the current font, within the screen: at a fixed size, large
        text made the headline overlap the severity and cut the explanation and the table."""
        view = self.ui.evidenceView
        view.resizeColumnsToContents()  # in the font the style sheet gives once shown, not the one before
        view.horizontalHeader().setStretchLastSection(True)  # set again: the last column takes the rest again
        view.resizeRowsToContents()
        rows = sum(view.rowHeight(r) for r in range(self.model.rowCount()))
        view.setMinimumHeight(view.horizontalHeader().sizeHint().height() + rows + 2 * view.frameWidth())
        screen = (self.parentWidget() or self).screen().availableGeometry()
        layout = self.layout()
        margins = layout.contentsMargins()
        header = view.horizontalHeader()
        table = (sum(max(view.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(self.model.columnCount()))
                 + 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width() + margins.left() + margins.right())
        # wide enough for the side-by-side table where the screen allows: cut cells hide the evidence
        width = min(screen.width() - 40, max(760, 70 * self.fontMetrics().averageCharWidth(), table))
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
        self.resize(width, min(max(height, 520), screen.height() - 40))

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self, self.fit)
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self.fit)

    def retranslate(self) -> None:
        retranslate_form(self.ui)
        if self.finding is not None:
            self.show_finding(self.finding, self._links, self.model.names)

    def show_finding(self, f: Finding, links: dict[str, s.Link], names: dict[str, str] | None = None) -> None:
        """``names``: English names of the resident's data (``core.datanames.glossary``)."""
        self.finding = f
        self._links = links
        self.model.names = names or {}
        ui = self.ui
        title, why, todo = t.finding_texts(f)
        ui.severityLabel.setText(t.severity_label(f.severity))
        ui.titleLabel.setText(title)
        items = [t.pick(links[i].title, links[i].title_en) for i in f.link_ids if i in links]
        ui.itemLabel.setText(self.tr("Item: %1").replace("%1", " / ".join(items)) if items else "")
        ui.itemLabel.setVisible(bool(items))
        ui.explanationLabel.setText(why)
        ui.explanationLabel.setAccessibleDescription(why)
        ui.todoLabel.setText(todo)
        self.model.set_finding(f)
        ui.evidenceView.resizeColumnsToContents()
        ui.evidenceView.horizontalHeader().setStretchLastSection(True)
        ui.reportButton.setVisible(bool(f.link_ids))
        self.setWindowTitle(title)
        self.fit()
        ui.explanationLabel.setFocus()
        announce(ui.explanationLabel, f"{ui.severityLabel.text()}. {title}. {why}")

    def _report(self) -> None:
        f = self.finding
        self.accept()
        if f is not None:
            self.reportRequested.emit(f)
