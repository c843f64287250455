"""The resident's screens: a view over ``core.resident.ResidentController``.

Each page's buttons call a controller command; the events it returns come back here through
the window's ``render`` and each has one handler below. Nothing here decides where the flow
goes or talks to the network: the controller does, in jobs the window runs in the background.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Callable

import shiboken6

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QWidget

from ..core import resident as ev
from ..core.errors import ApiError, ErrorKind
from ..core.flow import Step
from ..core.resident import ResidentController
from . import texts as t
from .widgets import announce

if TYPE_CHECKING:
    from ..core import schema as s
    from ..core.jobs import Event
    from ..core.rules import Finding
    from .main_window import MainWindow
    from .pages import CheckPage, ConfirmationPage, DetailPage, FlagPage, HomePage

log = logging.getLogger(__name__)


translate = QCoreApplication.translate


class ResidentView(QObject):
    """Builds the resident's pages on first use and renders the controller's events.
    At a counter every page is destroyed when the resident leaves (``wipe``)."""

    def __init__(self, window: MainWindow, controller: ResidentController,
                 make_extra: Callable[[str], QWidget] | None = None) -> None:
        super().__init__(window)
        self.w = window
        self.ctl = controller
        self.pages: dict[str, QWidget] = {}
        self.whyDialog = None
        self._make_extra = make_extra  # the counter's pages that are made anew for each resident

    def do(self, events: list[Event]) -> None:
        self.w.render(events)

    # -- pages ---------------------------------------------------------------------------------
    def page(self, name: str) -> QWidget:
        page = self.pages.get(name)
        if page is None:
            page = self._make(name)
            self.pages[name] = page
            self.w.add_page(page)
        return page

    def _make(self, name: str) -> QWidget:
        from . import pages

        c = lambda: self.ctl  # noqa: E731 - the controller of the resident of the moment
        if name == "home":
            page = pages.HomePage(lambda link_id: c().flow.is_flagged(link_id))
            page.set_counter(self.w.counter)
            page.detailsRequested.connect(lambda link: self.do(c().open_detail(link)))
            page.flagRequested.connect(lambda link: self.do(c().start_flag(link)))
            page.whyRequested.connect(self.show_why)
            page.reportRequested.connect(lambda f: self.do(c().report_finding(f, self._chosen_link())))
            page.exportRequested.connect(self.export_log)
            page.reviewRequested.connect(lambda: self.do(c().review()))
            page.signOutRequested.connect(self.w.sign_out)
            page.refreshRequested.connect(lambda: self.do(c().load_overview(reload=True)))
            page.revealToggled.connect(self._reveal)
            page.receiptRequested.connect(self.save_receipt)
        elif name == "detail":
            page = pages.DetailPage()
            page.flagRequested.connect(lambda link: self.do(c().start_flag(link)))
            page.backRequested.connect(lambda: self.do(c().close_detail()))
        elif name == "flag":
            page = pages.FlagPage()
            page.saveRequested.connect(lambda reason, note: self.do(c().save_flag(reason, note)))
            page.cancelRequested.connect(lambda: self.do(c().cancel_flag()))
            page.removeRequested.connect(lambda: self.do(c().remove_flag()))
        elif name == "check":
            page = pages.CheckPage()
            page.changeRequested.connect(lambda link: self.do(c().start_flag(link, from_check=True)))
            page.removeRequested.connect(lambda link_id: self.do(c().unflag(link_id)))
            page.addRequested.connect(lambda: self.do(c().back_to_overview()))
            page.sendRequested.connect(lambda: self.do(c().send()))
            page.attachRequested.connect(self.attach_document)
            page.clearAttachmentsRequested.connect(lambda: self.do(c().clear_attachments()))
        elif name == "confirmation":
            page = pages.ConfirmationPage()
            page.counter = self.w.counter
            page.approveRequested.connect(self.w.open_approval)
            page.set_demo(self.w.backend.demo)
            page.requestsRequested.connect(self._show_requests)
            page.sendNowRequested.connect(self._send_now)
            page.overviewRequested.connect(lambda: self.do(c().back_to_overview()))
            page.receiptRequested.connect(lambda: c().flow.confirmed and self.save_receipt(c().flow.confirmed))
        elif self._make_extra is not None:
            page = self._make_extra(name)
        else:
            raise KeyError(name)
        return page

    home: HomePage = property(lambda self: self.page("home"))  # type: ignore[assignment]
    detail: DetailPage = property(lambda self: self.page("detail"))  # type: ignore[assignment]
    flag: FlagPage = property(lambda self: self.page("flag"))  # type: ignore[assignment]
    check: CheckPage = property(lambda self: self.page("check"))  # type: ignore[assignment]
    confirmation: ConfirmationPage = property(lambda self: self.page("confirmation"))  # type: ignore[assignment]

    def built(self, name: str) -> QWidget | None:
        return self.pages.get(name)

    def when_shown(self, callback: Callable[[], None]) -> None:
        """``callback`` once the overview shows what it was given (at once if it is not built)."""
        home = self.pages.get("home")
        home.when_shown(callback) if home is not None else callback()

    def prebuild(self) -> None:
        """Make, style and lay out the overview while nobody waits for it: the first show of a
        page styled by a style sheet otherwise costs tens of milliseconds at sign-in."""
        home = self.home
        home.ensurePolished()
        for child in home.findChildren(QWidget):
            child.ensurePolished()
        home.set_requests([])  # its first text builds the history label's text document (tens of ms)
        home.resize(self.w.stack.size())
        if home.layout() is not None:
            home.layout().activate()

    def wipe(self, on_gone: Callable[[], None] | None) -> None:
        """Destroy every page built for the resident (and the Why? dialog); the next resident
        gets new, empty ones. ``on_gone`` runs once all of them are destroyed."""
        dialog, self.whyDialog = self.whyDialog, None
        doomed = [w for w in (*self.pages.values(), dialog) if w is not None and shiboken6.isValid(w)]
        self.pages.clear()
        left = [len(doomed)]

        def gone(*_args) -> None:
            left[0] -= 1
            if left[0] == 0 and on_gone is not None:
                on_gone()

        for widget in doomed:
            widget.destroyed.connect(gone)
            if widget.parent() is self.w.stack:
                self.w.stack.removeWidget(widget)
            widget.hide()
        # destroyed as soon as the signal that ended the session (maybe from a button on one of
        # these pages) has returned
        QTimer.singleShot(0, self, lambda: [shiboken6.delete(w) for w in doomed if shiboken6.isValid(w)])
        if not doomed and on_gone is not None:
            QTimer.singleShot(0, self, on_gone)

    def drop(self, name: str) -> None:
        """Destroy one page now (the unlock form: the number and PIN go with it)."""
        page = self.pages.pop(name, None)
        if page is not None:
            self.w.stack.removeWidget(page)
            page.hide()
            page.deleteLater()

    def forget_screens(self) -> None:
        """After signing out at home: empty every page (at a counter they are destroyed instead)."""
        self.w.signin.clear_all()
        if "home" in self.pages:
            self.home.clear()
        if "check" in self.pages:
            self.check.set_sending(False)  # a send under way is dropped with its answer: not "Sending…" for the next one
            self.check.set_draft([])
            self.check.show_error("")
        if "detail" in self.pages:
            self.detail.link = None

    # -- commands that need a screen first ------------------------------------------------------
    def _show_requests(self) -> None:
        self.do(self.ctl.back_to_overview())
        self.home.show_requests()

    def _reveal(self, shown: bool) -> None:
        if shown and self.ctl.session.number is None and self.ctl.signed_in:  # asked of the service once
            self.do(self.ctl.reveal_number())
        self.home.set_number_text(self.ctl.number_text(shown))
        self.home.ui.revealButton.setText(translate("ResidentView", "Hide n&umber") if shown else translate("ResidentView", "Show n&umber"))

    def _reveal_failed(self, e: ev.NumberRevealFailed) -> None:
        self.home.ui.revealButton.setChecked(False)
        self.home.show_message(t.error_message(e.error))

    def show_why(self, finding: Finding) -> None:
        from .pages import WhyDialog

        dialog = WhyDialog(self.w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.reportRequested.connect(lambda f: self.do(self.ctl.report_finding(f, self._chosen_link())))
        from ..core.datanames import glossary

        log = self.ctl.access_log.name_pairs() if getattr(self.ctl, "access_log", None) is not None else ()
        dialog.show_finding(finding, self.ctl.links_by_id(), glossary(self.ctl.session.profile, self.ctl.session.links, log))
        if self.w.counter:
            dialog.addAction(self.w.signOutAction)  # End session works over the dialog too
        self.whyDialog = dialog
        dialog.open()

    def _chosen_link(self) -> str | None:
        """The item the overview's report action names (a finding's own item, when selected)."""
        link = self.home.current_link() if "home" in self.pages else None
        return link.id if link is not None else None

    def export_log(self, path: str) -> None:
        """Write the access log entries shown to ``path`` (CSV, UTF-8 with BOM), in a worker."""
        from ..core.accesslog import write_csv

        home = self.home
        log, rows, (header, exchange) = home.log.log(), home.log.shown(), home.export_header()
        english = not t.is_japanese()
        self.w.runner.call(lambda: write_csv(path, log, rows, header, english, exchange),
                           lambda n: self.tell(translate("ResidentView", "%n row(s) exported to %1.", None, n)
                                               .replace("%1", path)),
                           lambda _e: self.tell(translate("ResidentView", "The access log could not be saved there. "
                                                          "Choose another folder and try again."), error=True),
                           "exporting the access log")

    def attach_document(self) -> None:
        refused = self.ctl.can_attach()
        if refused:
            self.do(refused)
            return
        path, _ = QFileDialog.getOpenFileName(self.w, translate("ResidentView", "Attach a supporting document"), "",
                                              translate("ResidentView", "Photos and PDF (*.png *.jpg *.jpeg *.pdf);;All files (*)"))
        if path:
            self.do(self.ctl.attach(path))

    def save_receipt(self, req: s.CorrectionRequest) -> None:
        from .receipt import print_receipt, receipt_html, write_pdf

        html = receipt_html(req, self.ctl.links_by_id(), self.w.backend.demo)
        if self.w.counter:  # a file would stay on the shared computer: print it for the resident
            self.w.runner.call(lambda: print_receipt(html), self._printed, self._receipt_failed, "printing")
            return
        from PySide6.QtCore import QStandardPaths

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(self.w, translate("ResidentView", "Save receipt"), f"{folder}/selfcheck-{req.reference}.pdf",
                                              translate("ResidentView", "PDF (*.pdf)"))
        if path:
            self.w.runner.call(lambda: write_pdf(path, html), lambda _r: self._receipt_done(path), self._receipt_failed,
                               "receipt")

    def _printed(self, printer: str) -> None:
        self.tell(translate("ResidentView", "The receipt is printing on %1.").replace("%1", printer))

    def _receipt_done(self, path: str) -> None:
        self.tell(translate("ResidentView", "Receipt saved: %1").replace("%1", path))
        self.w.receiptSaved.emit(path)

    def _receipt_failed(self, e: BaseException) -> None:
        from .receipt import NoJapaneseFont, NoPrinter

        if isinstance(e, NoPrinter):
            text = translate("ResidentView", "No printer is set up at this counter, so the receipt was not printed. Ask the staff member to "
                      "set up a printer, or write down the reference number for the resident.")
        elif isinstance(e, NoJapaneseFont):
            text = translate("ResidentView", "The receipt could not be made: this computer has no Japanese font. Ask your administrator to "
                      "install one (for example Noto Sans CJK), then try again.")
        else:
            log.error("receipt failed: %s", type(e).__name__)
            text = translate("ResidentView", "The receipt could not be saved there. Choose another folder and try again.")
        self.tell(text, error=True)

    def _tell_storage(self) -> None:
        """After a send: the outbox had to keep it in memory (a full disk, a read-only folder)."""
        problem = self.w.backend.outbox_problem()
        if problem:
            from .storage import data_folder_message

            self.tell(data_folder_message(problem), error=True)

    def tell(self, text: str, error: bool = False) -> None:
        """A message on whichever screen is showing (it stays until the next one). On the
        confirmation it goes below the panel: the request's own status is never overwritten."""
        if self.w.stack.currentWidget() is self.pages.get("confirmation"):
            self.confirmation.show_notice(text, error)
        elif "home" in self.pages:
            self.home.show_message(text)

    # -- rendering the controller's events -----------------------------------------------------
    def handlers(self) -> dict[type, Callable]:
        return {ev.StepChanged: lambda e: self.w.show_step(), ev.SigningIn: self._signing_in,
                ev.SignedIn: self._signed_in, ev.SignInFailed: self.show_sign_in_failed,
                ev.SignedOut: self._signed_out, ev.SessionExpired: self._expired,
                ev.OverviewLoading: lambda e: self.home.ui.refreshButton.setEnabled(False),
                ev.OverviewLoaded: self._overview_loaded, ev.OverviewFailed: self._overview_failed,
                ev.AccessLogProgress: self._log_progress, ev.AccessLogLoaded: self._log_loaded,
                ev.AccessLogFailed: lambda e: self.home.ui.logCountLabel.setText(t.error_message(e.error)),
                ev.FindingsChanged: self._findings, ev.MailboxChanged: self._mailbox,
                ev.OutboxChanged: lambda e: self.home.set_requests(self.ctl.request_rows()), ev.WaitingSent: self._waiting_sent,
                ev.DetailOpened: self._detail_opened, ev.FlagStarted: self._flag_started, ev.FlagRefused: lambda e: self.flag.show_problems(e.problems),
                ev.DraftChanged: self._draft_changed, ev.SelectLink: lambda e: self.home.select_link(e.link_id),
                ev.ReviewOpened: self._review_opened,
                ev.KeystoreChecked: lambda e: self.check.set_keystore_warning(not e.persistent),
                ev.Sending: lambda e: self.check.set_sending(e.busy), ev.Confirmed: self._confirmed,
                ev.Queued: self._queued, ev.QueuedPersistence: lambda e: self.confirmation.set_queued(e.persistent),
                ev.SendRefused: self._send_refused, ev.SendFailed: self._send_failed,
                ev.AttachmentsChanged: self._attachments, ev.AttachmentRefused: self._attachment_refused,
                ev.NumberRevealed: lambda e: self._reveal(self.home.ui.revealButton.isChecked()),
                ev.NumberRevealFailed: self._reveal_failed}

    def _signing_in(self, _e) -> None:
        self.w.signin.set_busy(True, translate("ResidentView", "Signing in…"))

    def _signed_in(self, e: ev.SignedIn) -> None:
        self.w.signin.clear_pin()
        self.w.signin.set_busy(False)
        self.home.set_profile(e.profile, e.masked_number)
        self.home.show_message(translate("ResidentView", "Loading your linked information…"))

    def show_sign_in_failed(self, e: ev.SignInFailed, message: Callable[[], str] | None = None) -> None:
        err = e.error
        card = getattr(self.w.signin, "card", None)
        mine = card is not None and card.owns(err)  # asked first: set_busy(False) forgets whose sign-in it was
        self.w.signin.set_busy(False)
        # the card's PIN is cleared whatever happened: Sign in again spends no attempt on it
        message = message or (lambda: t.error_message(err))
        if mine:  # also beside the card's PIN field, and the panel no longer says it is signing in
            card.show_error(message)
        self.w.signin.show_error(message(), None, remake=message)  # headed "Could not sign in"

    def _signed_out(self, _e) -> None:
        self.w.stop_timers()
        self.w.runner.invalidate()
        self.forget_screens()
        self.w.signin.set_status_key(lambda: translate("ResidentView", "You have signed out."))

    def _expired(self, _e) -> None:
        self.w.stop_timers()  # started again with the next overview
        self.w.runner.invalidate()
        expired = ApiError(ErrorKind.SESSION_EXPIRED)
        self.w.signin.show_error(t.error_message(expired), "pin", remake=lambda: t.error_message(expired),
                                 heading=lambda: translate("ResidentView", "Your session has ended"))

    def _overview_loaded(self, e: ev.OverviewLoaded) -> None:
        from ..core.rules import bank_spelling

        home = self.home
        home.ui.refreshButton.setEnabled(True)
        home.set_profile(e.profile, self.ctl.number_text(home.ui.revealButton.isChecked()))
        home.set_links(e.links)
        home.set_flag_count(e.flagged)
        home.set_bank_spelling(bank_spelling(e.profile))
        home.show_message("")
        announce(home.ui.linksView, translate("ResidentView", "%n item(s) linked to your number.", None, len(e.links)))
        self.w.start_timers()
        home.when_shown(self.w.overviewShown.emit)  # sized and selected: at the event loop's next turn

    def _overview_failed(self, e: ev.OverviewFailed) -> None:
        self.home.ui.refreshButton.setEnabled(True)
        self.home.show_message(t.error_message(e.error) + " " + translate("ResidentView", "Press Reload to try again."))

    def _log_progress(self, e: ev.AccessLogProgress) -> None:
        if "home" in self.pages:
            self.home.set_log_loading(e.done, e.total)

    def _log_loaded(self, e: ev.AccessLogLoaded) -> None:
        self.home.set_log(e.log)

    def _findings(self, e: ev.FindingsChanged) -> None:
        from ..core import rules

        self.home.set_findings(e.findings, self.ctl.links_by_id())
        if e.first and e.findings:
            problems = sum(1 for f in e.findings if f.severity is rules.Severity.PROBLEM)
            announce(self.home.ui.findingsView, translate("ResidentView", "Selfcheck found %n thing(s) to look at.", None, len(e.findings))
                     + (" " + translate("ResidentView", "%n of them look wrong.", None, problems) if problems else ""))
        self.home.when_shown(self.w.findingsReady.emit)  # the first finding selected: at the next turn

    def _mailbox(self, e: ev.MailboxChanged) -> None:
        self.home.set_requests(self.ctl.request_rows())
        self.home.set_notifications(e.notifications)
        if e.changed:
            self.home.show_message(" ".join(translate("ResidentView", "Your correction request %1 is now: %2.").replace("%1", r.reference)
                                            .replace("%2", t.status_label(r.status)) for r in e.changed))
        self.w.mailboxChanged.emit()

    def _send_now(self) -> None:
        """Send again now what waits (the same request with the same key; nothing new is made)."""
        self.confirmation.sendNowButton.setEnabled(False)
        self.w.send_waiting_now()

    def _waiting_sent(self, e: ev.WaitingSent) -> None:
        from ..core.outbox import next_round

        # back off with jitter while the service fails; back to every 15 s once it answers
        self._failed_rounds = 0 if not e.still_waiting else getattr(self, "_failed_rounds", 0) + 1
        self.w.outboxTimer.setInterval(int(next_round(self._failed_rounds) * 1000))
        if "confirmation" in self.pages:
            self.confirmation.sendNowButton.setEnabled(True)
        if e.received:
            self.home.show_message(translate("ResidentView", "Your saved request has been sent. Reference number: %1.")
                                   .replace("%1", ", ".join(i.reference for i in e.received)))
        self.w.outboxSent.emit()

    def _detail_opened(self, e: ev.DetailOpened) -> None:
        self.detail.set_link(e.link, self.ctl.flow.draft.get(e.link.id), self.ctl.findings_for(e.link.id))

    def _flag_started(self, e: ev.FlagStarted) -> None:
        # the finding's answer is chosen; the note is the resident's own words and starts empty
        suggested = e.suggestion[0] if e.suggestion is not None else None
        self.flag.set_item(e.link, self.ctl.flow.draft.get(e.link.id), suggested)

    def _draft_changed(self, e: ev.DraftChanged) -> None:
        flow = self.ctl.flow
        if "home" in self.pages or e.link_ids:
            for link_id in e.link_ids:
                self.home.set_flagged(link_id, flow.is_flagged(link_id))
            self.home.set_flag_count(len(flow.draft))
        if "check" in self.pages or flow.step in (Step.CHECK, Step.SENDING):
            self.check.set_draft(list(flow.draft.values()))

    def _review_opened(self, _e) -> None:
        self.check.set_draft(list(self.ctl.flow.draft.values()))
        self.check.show_error("")

    def _confirmed(self, e: ev.Confirmed) -> None:
        self.confirmation.set_request(e.request)
        self.w.show_step()
        self._tell_storage()
        if e.approved:
            self.tell(translate("ResidentView", "Approved by staff %1. The request goes on to the offices that hold the items.")
                      .replace("%1", e.request.approved_by or ""))
        self.w.confirmationShown.emit()

    def _queued(self, _e: ev.Queued) -> None:
        self.confirmation.set_queued(True)
        self.w.show_step()
        self._tell_storage()
        self.w.confirmationShown.emit()

    def _send_refused(self, e: ev.SendRefused) -> None:
        refused = ApiError(e.kind)
        self.check.show_error(t.error_message(refused), remake=lambda: (t.error_message(refused), True))

    def _send_failed(self, e: ev.SendFailed) -> None:
        self.check.show_error(t.error_message(e.error), remake=lambda: (t.error_message(e.error), True))

    def _attachments(self, e: ev.AttachmentsChanged) -> None:
        self.check.show_error("")
        self.check.set_attachments(e.names)

    def _attachment_refused(self, e: ev.AttachmentRefused) -> None:
        self.check.show_error(t.attachment_problem(e.problem), not_sent=False,
                              remake=lambda: (t.attachment_problem(e.problem), False))

    # -- language -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        from .forms import retranslate_form

        flow = self.ctl.flow
        for name, page in self.pages.items():
            if name in ("home", "detail", "flag", "check", "confirmation"):
                retranslate_form(page.ui)
        if "home" in self.pages:
            self._retranslate_home()
        if "detail" in self.pages and self.detail.link is not None:
            link = self.detail.link
            self.detail.set_link(link, flow.draft.get(link.id), self.ctl.findings_for(link.id))
        if "flag" in self.pages and flow.editing is not None:
            self.flag.retranslate(flow.editing, flow.draft.get(flow.editing.id))
        if "check" in self.pages:
            self.check.retranslate()
            self.check.set_draft(list(flow.draft.values()))
            self.check.set_attachments(self.ctl.attachment_names())
        if "confirmation" in self.pages:
            if flow.confirmed is not None:
                self.confirmation.set_request(flow.confirmed)
            elif flow.queued is not None:
                self.confirmation.set_queued(True)
        dialog = self.whyDialog
        if dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible() and dialog.finding is not None:
            if self.w.counter:
                dialog.addAction(self.w.signOutAction)  # the new menus' End session
            dialog.retranslate()

    def _retranslate_home(self) -> None:
        home, ctl = self.home, self.ctl
        home.retranslate()
        if ctl.session.profile is not None:
            from ..core.rules import bank_spelling

            home.set_profile(ctl.session.profile, ctl.number_text(home.ui.revealButton.isChecked()))
            home.set_bank_spelling(bank_spelling(ctl.session.profile))
            self._reveal(home.ui.revealButton.isChecked())
        home.set_flag_count(len(ctl.flow.draft))
        if ctl.findings is not None:
            home.set_findings(ctl.findings, ctl.links_by_id())
        if ctl.mailbox is not None:
            home.set_requests(ctl.request_rows())
            home.set_notifications(ctl.mailbox.notifications)
        home.show_message("")
