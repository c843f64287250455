"""The confirmation after sending, and the Why? dialog that explains one finding. Like every
screen, they show what they are given and report what the user asked for through signals."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QWidget

from ..core import schema as s
from ..core.rules import Finding
from . import texts as t
from .forms import Page, load_form
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

    def set_request(self, req: s.CorrectionRequest) -> None:
        ui = self.ui
        ui.titleLabel.setText(self.tr("Correction request sent"))
        ui.statusLabel.setText(self.tr("Status: %1").replace("%1", t.status_label(req.status)))
        for w in (ui.referenceCaption, ui.referenceLabel, ui.copyButton, ui.receiptButton):
            w.setVisible(True)
        self.sendNowButton.setVisible(False)
        ui.referenceLabel.setText(req.reference)
        ui.referenceLabel.setAccessibleDescription(req.reference)
        ui.nextLabel.setText(self.tr(
            "The offices that hold these items check them against their records. You will get a notification in Selfcheck "
            "when the status changes, and an answer by %1. If an item is corrected, it disappears from your list or shows "
            "the right details.").replace("%1", t.fmt_date(req.expected_reply_by)))
        awaiting = req.status is s.RequestStatus.AWAITING_APPROVAL
        ui.approveButton.setVisible(self.counter and awaiting)
        if awaiting:
            ui.titleLabel.setText(self.tr("Correction request taken: waiting for approval"))
            ui.nextLabel.setText(self.tr("A second staff member now checks the request at the counter. Once they approve it, "
                                         "it goes on to the offices that hold these items, and the answer is due by %1.")
                                 .replace("%1", t.fmt_date(req.expected_reply_by)))
        if self.counter:
            ui.receiptButton.setText(self.tr("&Print receipt"))
            ui.receiptButton.setAccessibleName(self.tr("Print a receipt for the resident"))
        announce(ui.referenceLabel, self.tr("Correction request sent. Your reference number is %1.").replace("%1", req.reference))

    def set_queued(self, persistent: bool) -> None:
        """Saved in the outbox: sent by itself when the service answers again."""
        ui = self.ui
        ui.titleLabel.setText(self.tr("Saved: waiting to send"))
        ui.statusLabel.setText(self.tr("The service could not be reached, or its answer did not come through. Your request "
                                       "is saved and is sent again by itself (the service never makes it twice) until the "
                                       "service confirms it; you then get a reference number here and under “My requests”."))
        for w in (ui.referenceCaption, ui.referenceLabel, ui.copyButton, ui.receiptButton, ui.approveButton):
            w.setVisible(False)
        self._name_send_now()
        self.sendNowButton.setEnabled(True)
        self.sendNowButton.setVisible(True)
        ui.nextLabel.setText(self.tr("Selfcheck tries again every few seconds while it is open, and again when you next "
                                     "sign in. Nothing is sent twice.") if persistent else
                             self.tr("This computer has no secure key store, so the request is kept only while Selfcheck "
                                     "is open: keep the app open until it has been sent."))
        announce(ui.statusLabel, ui.titleLabel.text() + ". " + ui.statusLabel.text())

    def _name_send_now(self) -> None:
        self.sendNowButton.setText(self.tr("&Send again now"))
        self.sendNowButton.setAccessibleName(self.tr("Send the waiting request again now"))

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

    def show_finding(self, f: Finding, links: dict[str, s.Link]) -> None:
        self.finding = f
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
        ui.explanationLabel.setFocus()
        announce(ui.explanationLabel, f"{ui.severityLabel.text()}. {title}. {why}")

    def _report(self) -> None:
        f = self.finding
        self.accept()
        if f is not None:
            self.reportRequested.emit(f)
