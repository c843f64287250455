"""The main window: adapts the core flow (``CorrectionFlow``) and session to the pages.

Every network or disk call goes through ``Runner``; this class only decides which page
shows what. The window title never carries personal data.
"""

from __future__ import annotations

import logging
import threading

import shiboken6

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QClipboard, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (QApplication, QLabel, QMainWindow, QMenu, QMessageBox, QStackedWidget, QVBoxLayout,
                               QWidget)

from typing import TYPE_CHECKING

from .. import __version__
from ..core import mynumber
from ..core.backend import Backend, Session
from ..core.errors import ApiError, ErrorKind
from ..core.flow import CorrectionFlow, Step
from . import texts as t
from .signin import SignInPage
from .tasks import Runner
from .widgets import announce

if TYPE_CHECKING:
    from ..core import schema as s
    from ..core.backend import Mailbox, Overview  # noqa: F401
    from ..core.rules import Finding
    from .pages import CheckPage, ConfirmationPage, DetailPage, FlagPage, HomePage


def preload() -> None:
    """Import, in a worker, what the screens after sign-in need (pydantic, the rules, the HTTP
    client), so neither the first window nor the first click waits for it."""
    from ..core import client, rules, schema  # noqa: F401
    from . import pages  # noqa: F401

log = logging.getLogger(__name__)


def log_error(what: str, e: BaseException) -> None:
    log.error("%s: %s", what, type(e).__name__)


class MainWindow(QMainWindow):
    overviewShown = Signal()
    findingsReady = Signal()
    receiptSaved = Signal(str)
    mailboxChanged = Signal()
    languageChanged = Signal()
    outboxSent = Signal()
    confirmationShown = Signal()
    pageChanged = Signal(str)
    sessionEnded = Signal(str)  # counter mode: a resident's session is over and wiped (the reason)

    def __init__(self, backend: Backend, parent: QWidget | None = None, *, counter: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.backend = backend
        self.desk = None
        if counter:
            from ..core.counter import CounterDesk

            self.desk = CounterDesk(backend)
        self.session = Session(backend)
        self.flow = CorrectionFlow()
        self.runner = Runner(self)
        self._backend_started = False
        self._statuses: dict[str, str] | None = None
        self._mailbox = None
        # the outbox goes out by itself; status changes are looked for now and then
        self.outboxTimer = QTimer(self)
        self.outboxTimer.setInterval(15_000)
        self.outboxTimer.timeout.connect(self.send_waiting_now)
        self.pollTimer = QTimer(self)
        self.pollTimer.setInterval(60_000)
        self.pollTimer.timeout.connect(self.poll_now)
        self._number_revealed = False
        self._unsent = 0  # requests waiting that closing would lose (no secure key store)
        self._close_agreed = False
        self._failed_rounds = 0  # outbox rounds in a row that left requests waiting
        self._storage_problem: str | None = None  # the data folder cannot keep anything (core.storage)
        self._detail_from: Step = Step.OVERVIEW
        self.findings: list[Finding] | None = None
        self._access_log = None  # core.accesslog.AccessLog once loaded

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.demoBanner = QLabel(central)
        self.demoBanner.setObjectName("demoBanner")
        self.demoBanner.setProperty("role", "demoBanner")
        self.demoBanner.setWordWrap(True)
        self.demoBanner.setText(self.tr("DEMO — sample residents with made-up data. Nothing is sent to any government office."))
        self.demoBanner.setAccessibleName(self.tr("Demo mode"))
        self.demoBanner.setVisible(backend.demo)
        layout.addWidget(self.demoBanner)
        self.stack = QStackedWidget(central)
        self.stack.setObjectName("pages")
        self._pages: dict[str, QWidget] = {}
        self.confirmation_demo = backend.demo
        self._signin: SignInPage | None = None
        if self.desk is None:
            layout.addWidget(self.stack, 1)
            self._signin = SignInPage(backend.demo)
            self._add_page(self._signin)
            self._signin.signInRequested.connect(self.sign_in)
        else:
            self._init_counter(layout)
        self.setCentralWidget(central)
        self._build_menus()
        self.resize(1100, 760)
        self.setWindowTitle(self.tr("Selfcheck — My Number link check"))
        self.show_step()

    # -- set-up ---------------------------------------------------------------------------
    @property
    def signin(self) -> SignInPage:
        """The resident's sign-in. At a counter it is made anew for each resident."""
        return self._signin if self._signin is not None else self._page("signin")

    @property
    def counter(self) -> bool:
        return self.desk is not None

    def _init_counter(self, layout) -> None:
        from .counter import CounterBar, CounterPage, IdleWatch, StaffSignInPage

        self.counterBar = CounterBar(self)
        self.counterBar.setVisible(False)
        self.counterBar.endRequested.connect(lambda: self.end_session("ended"))
        layout.addWidget(self.counterBar)
        # at 200 % text a page may need more height than the screen has: it scrolls, and the bar
        # with the idle warning above it always gets the room it needs
        from PySide6.QtWidgets import QFrame, QScrollArea

        scroll = QScrollArea(self)
        scroll.setObjectName("pageScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.stack)
        layout.addWidget(scroll, 1)
        self.staffPage = StaffSignInPage(self.backend.demo)
        self.staffPage.signInRequested.connect(self.staff_sign_in)
        self.counterPage = CounterPage()
        self.counterPage.startRequested.connect(self.start_resident)
        self.counterPage.unlockRequested.connect(lambda: self._counter_show("unlock"))
        self.counterPage.signOutRequested.connect(lambda: self.staff_sign_out())
        self._add_page(self.staffPage)
        self._add_page(self.counterPage)
        self._counter_screen = "staff"
        self._wipe_pending = 0
        self.idle = IdleWatch(self)
        self.idle.countdown.connect(self.counterBar.show_countdown)
        self.idle.expired.connect(lambda: self.end_session("idle"))

    def present(self) -> None:
        """Show the window: full screen with large text at a counter."""
        if self.counter:
            self.largeTextAction.setChecked(True)
            self.showFullScreen()
        else:
            self.show()

    def _build_menus(self) -> None:
        """The menus; made again in the new language on a switch (the old ones are deleted)."""
        bar = self.menuBar()
        old = getattr(self, "_menuOwner", None)
        if old is not None:
            for menu in self._menus:
                menu.deleteLater()
            old.deleteLater()
        owner = self._menuOwner = QObject(self)  # parent of every action, so they go together
        file_menu = bar.addMenu(self.tr("&File"))
        self.signOutAction = QAction(self.tr("&End session") if self.counter else self.tr("Sign &out"), owner)
        self.signOutAction.setShortcut(QKeySequence("Ctrl+Shift+O"))
        if self.counter:  # ends the resident's session from any window of the app, dialogs included
            self.signOutAction.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.signOutAction.triggered.connect(self.sign_out)
        self.signOutAction.setEnabled(False)
        file_menu.addAction(self.signOutAction)
        quit_action = QAction(self.tr("&Quit"), owner)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        if self.backend.demo:
            demo_menu = bar.addMenu(self.tr("&Demo"))
            self.resetAction = QAction(self.tr("&Reset demo data…"), owner)
            self.resetAction.triggered.connect(self.reset_demo)
            demo_menu.addAction(self.resetAction)
        view_menu = bar.addMenu(self.tr("D&isplay"))
        large, contrast = getattr(QApplication.instance(), "_selfcheck_style", (False, False))
        self.largeTextAction = QAction(self.tr("&Large text (200%)"), owner, checkable=True)
        self.largeTextAction.setChecked(large)
        self.largeTextAction.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.largeTextAction.toggled.connect(lambda _on: self._restyle(remember=not self.counter))
        view_menu.addAction(self.largeTextAction)
        self.contrastAction = QAction(self.tr("&High contrast"), owner, checkable=True)
        self.contrastAction.setChecked(contrast)
        self.contrastAction.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.contrastAction.toggled.connect(lambda _on: self._restyle(remember=not self.counter))
        view_menu.addAction(self.contrastAction)
        # each language named in itself, so anyone can find theirs
        lang_menu = bar.addMenu(self.tr("Lan&guage") + " / 言語")
        group = QActionGroup(owner)
        self.languageActions = {}
        for code, name in (("ja", "日本語"), ("en", "English")):
            action = QAction(name, owner, checkable=True)
            action.setChecked(t.is_japanese() == (code == "ja"))
            action.triggered.connect(lambda _c=False, code=code: self.set_language(code))
            group.addAction(action)
            lang_menu.addAction(action)
            self.languageActions[code] = action
        help_menu = bar.addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Selfcheck"), owner)
        about.triggered.connect(self._about)
        help_menu.addAction(about)
        self._menus = [m for m in bar.findChildren(QMenu) if m.menuAction() in bar.actions()]

    # -- pages, built on first use ------------------------------------------------------------
    def _add_page(self, page: QWidget) -> None:
        page.setContentsMargins(24, 16, 24, 16)
        self.stack.addWidget(page)

    def _page(self, name: str):
        page = self._pages.get(name)
        if page is None:
            from . import pages

            if name in ("signin", "identity", "unlock", "approve"):
                page = self._make_counter_page(name)
            elif name == "home":
                page = pages.HomePage(self.flow.is_flagged)
                page.set_counter(self.counter)
                page.detailsRequested.connect(self.open_detail)
                page.flagRequested.connect(lambda link: self.start_flag(link))
                page.whyRequested.connect(self.show_why)
                page.reportRequested.connect(self.report_finding)
                page.reviewRequested.connect(self.review)
                page.signOutRequested.connect(self.sign_out)
                page.refreshRequested.connect(lambda: self.load_overview(reload=True))
                page.revealToggled.connect(self._reveal)
                page.receiptRequested.connect(self.save_receipt)
            elif name == "detail":
                page = pages.DetailPage()
                page.flagRequested.connect(lambda link: self.start_flag(link))
                page.backRequested.connect(self._back_from_detail)
            elif name == "flag":
                page = pages.FlagPage()
                page.saveRequested.connect(self.save_flag)
                page.cancelRequested.connect(self.cancel_flag)
                page.removeRequested.connect(self.remove_flag)
            elif name == "check":
                page = pages.CheckPage()
                page.changeRequested.connect(lambda link: self.start_flag(link, from_check=True))
                page.removeRequested.connect(self.unflag)
                page.addRequested.connect(self.back_to_overview)
                page.sendRequested.connect(self.send)
                page.attachRequested.connect(self.attach_document)
                page.clearAttachmentsRequested.connect(self.clear_attachments)
            elif name == "confirmation":
                page = pages.ConfirmationPage()
                page.counter = self.counter
                page.approveRequested.connect(lambda: self._counter_show("approve"))
                page.set_demo(self.confirmation_demo)
                page.requestsRequested.connect(self._show_requests)
                page.sendNowRequested.connect(self._send_now)
                page.overviewRequested.connect(self.back_to_overview)
                page.receiptRequested.connect(lambda: self.flow.confirmed and self.save_receipt(self.flow.confirmed))
            else:
                raise KeyError(name)
            self._pages[name] = page
            self._add_page(page)
        return page

    def _make_counter_page(self, name: str) -> QWidget:
        from . import counter

        if name == "signin":  # the resident's own sign-in, without the demo's list of residents
            page = SignInPage(False)
            page.ui.titleLabel.setText(self.tr("Resident: sign in with your own card"))
            page.ui.introLabel.setText(self.tr("Type your My Number and your 4-digit PIN yourself. The staff member does not "
                                               "look and never learns your PIN."))
            page.ui.cancelButton.setVisible(True)
            page.ui.cancelButton.clicked.connect(lambda: self.end_session("cancelled"))
            page.signInRequested.connect(self.sign_in)
        elif name == "identity":
            page = counter.IdentityPage()
            page.confirmed.connect(self.confirm_identity)
            page.rejected.connect(lambda: self.end_session("not_me"))
        elif name == "unlock":
            page = counter.UnlockPage()
            page.unlockRequested.connect(self.unlock_card)
            page.cancelRequested.connect(self._unlock_done)
        else:
            page = counter.ApprovePage()
            page.approveRequested.connect(self.approve)
            page.backRequested.connect(lambda: self.show_step())
        return page

    home: HomePage = property(lambda self: self._page("home"))  # type: ignore[assignment]
    detail: DetailPage = property(lambda self: self._page("detail"))  # type: ignore[assignment]
    flag: FlagPage = property(lambda self: self._page("flag"))  # type: ignore[assignment]
    check: CheckPage = property(lambda self: self._page("check"))  # type: ignore[assignment]
    confirmation: ConfirmationPage = property(lambda self: self._page("confirmation"))  # type: ignore[assignment]

    def _page_for(self, step: Step) -> QWidget:
        name = {Step.SIGN_IN: None, Step.OVERVIEW: "home", Step.FLAG: "flag", Step.CHECK: "check",
                Step.SENDING: "check", Step.CONFIRMED: "confirmation"}[step]
        if name is None and self.counter:
            screen = self._counter_screen
            return {"staff": self.staffPage, "counter": self.counterPage}.get(screen) or self._page(screen)
        return self.signin if name is None else self._page(name)

    def start_backend(self) -> None:
        """Start the backend and, in the demo, list the personas; never on the GUI thread.
        Called once the window has painted: until then nothing competes with it."""
        if self._backend_started or self.runner.closed:
            return
        self._backend_started = True
        # once the modules are in, build the overview page while the resident is still typing
        self.runner.run(preload, lambda _r: QTimer.singleShot(0, self._prebuild), lambda e: log_error("preload failed", e))
        self.runner.run(self.backend.storage_problem, self._storage_checked, lambda e: log_error("storage check", e))
        if self.backend.demo and not self.counter:
            from ..mockapi.store import persona_summaries  # json + pydantic only, no server

            self.signin.set_status_key(lambda: self.tr("Starting the demo service…"))
            self.runner.run(persona_summaries, self._personas_loaded, self._backend_failed)
            self.runner.run(self.backend.client, lambda _c: self._backend_ready(), self._backend_failed)
        else:
            self.runner.run(self.backend.client, lambda _c: None, self._backend_failed)

    def _prebuild(self) -> None:
        """Make, style and lay out the overview while nobody waits for it: the first show of a
        page styled by a style sheet otherwise costs tens of milliseconds at sign-in."""
        if self.runner.closed:
            return
        home = self._page("home")
        home.ensurePolished()
        for child in home.findChildren(QWidget):
            child.ensurePolished()
        home.resize(self.stack.size())
        if home.layout() is not None:
            home.layout().activate()

    def _personas_loaded(self, people: list[s.PersonaSummary]) -> None:
        self.signin.set_personas(people)
        if self.flow.step is Step.SIGN_IN and not self.signin.ui.numberEdit.text():
            self.signin.ui.personaCombo.setFocus()

    def _storage_checked(self, problem: str | None) -> None:
        """The data folder cannot keep anything: say so, and what to do, before anything is lost."""
        self._storage_problem = problem
        if problem and not self.counter and self.flow.step is Step.SIGN_IN:
            self.signin.set_status_key(self._storage_text)

    def _storage_text(self, problem: str | None = None) -> str:
        from ..core.resources import user_data_dir
        from .storage import storage_message

        return storage_message(problem or self._storage_problem, str(user_data_dir()))

    def _tell_storage(self) -> None:
        """After a send: the outbox had to keep it in memory (a full disk, a read-only folder)."""
        problem = self.backend.outbox_problem()
        if problem:
            self._tell(self._storage_text(problem))

    def _backend_ready(self) -> None:
        if self.counter:
            return
        if self.flow.step is Step.SIGN_IN and self.signin.ui.signInButton.isEnabled():
            if self._storage_problem:
                self.signin.set_status_key(self._storage_text)
                return
            self.signin.set_status_key(lambda: self.tr("The demo service is ready."))

    def _backend_failed(self, e: BaseException) -> None:
        log.error("backend failed to start: %s", type(e).__name__)
        text = lambda: self.tr("The demo service could not start. Restart Selfcheck; if it keeps happening, "  # noqa: E731
                               "delete the demo data from the Demo menu.")
        if self.counter:
            self.staffPage.show_problems(lambda: [(None, text())])
        else:
            self.signin.show_error(text())

    # -- navigation ------------------------------------------------------------------------
    def show_step(self) -> None:
        step = self.flow.step
        page = self._page_for(step)
        self.stack.setCurrentWidget(page)
        self.signOutAction.setEnabled(step is not Step.SIGN_IN or (self.counter and self._resident_at_counter()))
        self.setWindowTitle(self.tr("%1 — Selfcheck").replace("%1", page.heading() or self.tr("My Number link check")))
        target = page.first_focus()
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.pageChanged.emit(step.value)

    def open_detail(self, link: s.Link) -> None:
        self.detail.set_link(link, self.flow.draft.get(link.id), [f for f in self.findings or [] if link.id in f.link_ids])
        self.stack.setCurrentWidget(self.detail)
        self.setWindowTitle(self.tr("%1 — Selfcheck").replace("%1", self.tr("Item details")))
        self.detail.first_focus().setFocus()
        self.pageChanged.emit("detail")

    def _back_from_detail(self) -> None:
        link = self.detail.link
        self.show_step()
        if link is not None:
            self.home.select_link(link.id)

    def back_to_overview(self) -> None:
        self.flow.back_to_overview()
        self.show_step()

    def _show_requests(self) -> None:
        self.back_to_overview()
        self.home.show_requests()

    # -- sign in and out -----------------------------------------------------------------
    def sign_in(self, number: str, pin: str) -> None:
        self.signin.set_busy(True, self.tr("Signing in…"))
        if self.counter:  # through the staff member's session, then "Is this you?"
            session = self.session
            self.runner.run(lambda: self.desk.start_resident(session, number, pin), self._identity_check,
                            self._sign_in_failed)
            return
        session = self.session
        self.runner.run(lambda: session.sign_in(number, pin), self._signed_in, self._sign_in_failed)

    def _signed_in(self, profile: s.Profile) -> None:
        self.signin.clear_pin()
        self.signin.set_busy(False)
        self.flow.signed_in(profile.resident_id)
        self.home.set_profile(profile, mynumber.mask(self.session.number or ""))
        self.home.show_message(self.tr("Loading your linked information…"))
        self.show_step()
        if self.flow.step is Step.CHECK:
            self._refresh_check()
        self.load_overview()

    def _sign_in_failed(self, e: BaseException) -> None:
        self.signin.set_busy(False)
        field = "pin" if isinstance(e, ApiError) and e.kind is ErrorKind.WRONG_PIN else None
        if isinstance(e, ApiError) and e.kind is ErrorKind.NOT_FOUND_NUMBER:
            field = "number"
        message = lambda: t.error_message(e)  # noqa: E731
        if self.counter and isinstance(e, ApiError) and e.needs_sign_in:  # the staff session is over
            self.end_session("cancelled")
            self.staff_sign_out(lambda: self.tr("Your staff session has ended. Sign in again to go on."))
            return
        if self.counter and isinstance(e, ApiError) and e.kind is ErrorKind.LOCKED:
            message = lambda: self.tr("This card is locked after 3 wrong PINs. The staff member can unlock it here: "  # noqa: E731
                                      "choose “Back to the counter”, then “Unlock a locked card”.")
        self.signin.show_error(message(), field, remake=message)

    def sign_out(self) -> None:
        if self.counter:
            self.end_session("ended")
            return
        self.outboxTimer.stop()
        self.pollTimer.stop()
        self._statuses = None
        self.runner.invalidate()
        self.runner.run(self.session.sign_out, lambda _r: None, lambda _e: None)
        self.flow.signed_out()
        self._forget_screens()
        self.show_step()
        self.signin.set_status_key(lambda: self.tr("You have signed out."))

    def _forget_screens(self) -> None:
        if self.counter:
            return  # at a counter every page of the resident is destroyed instead (end_session)
        self.signin.clear_all()
        if "home" in self._pages:
            self.home.clear()
        if "check" in self._pages:
            self.check.set_draft([])
            self.check.show_error("")
        if "detail" in self._pages:
            self.detail.link = None
        self._number_revealed = False
        self.findings = None
        self._access_log = None

    def _session_expired(self) -> None:
        if self.counter:
            self.end_session("expired")
            return
        self.runner.invalidate()
        self.session.backend.client().forget_token()
        self.flow.session_expired()
        self.show_step()
        expired = ApiError(ErrorKind.SESSION_EXPIRED)
        self.signin.show_error(t.error_message(expired), "pin", remake=lambda: t.error_message(expired))

    def _reveal(self, shown: bool) -> None:
        number = self.session.number or ""
        self.home.set_number_text(mynumber.group(number) if shown else mynumber.mask(number))
        self.home.ui.revealButton.setText(self.tr("Hide n&umber") if shown else self.tr("Show n&umber"))

    # -- loading --------------------------------------------------------------------------------
    def load_overview(self, reload: bool = False) -> None:
        self.home.ui.refreshButton.setEnabled(False)
        session = self.session  # the worker must not look up anything of the window
        self.runner.run(lambda: session.overview(reload=reload), self._overview_loaded, self._overview_failed)

    def _overview_loaded(self, ov: Overview) -> None:
        self.home.ui.refreshButton.setEnabled(True)
        self.home.set_profile(ov.profile, self._number_text())
        self.home.set_links(ov.links)
        self.home.set_flag_count(len(self.flow.draft))
        from ..core.rules import bank_spelling

        self.home.set_bank_spelling(bank_spelling(ov.profile))
        self.home.show_message("")
        self._access_log = None
        self.check_links()
        announce(self.home.ui.linksView, self.tr("%n item(s) linked to your number.", None, len(ov.links)))
        self.runner.run(self.session.mailbox, self._mailbox_loaded, self._log_failed)
        self.load_access_log()
        self.send_waiting_now()  # requests saved while offline, also before a restart
        self.outboxTimer.start()
        self.pollTimer.start()
        self.overviewShown.emit()

    def _mailbox_loaded(self, box) -> None:
        self._mailbox = box
        changed = []
        if self._statuses is not None:
            changed = [r for r in box.requests if r.id in self._statuses and self._statuses[r.id] != r.status.value]
        self._statuses = {r.id: r.status.value for r in box.requests}
        self.home.set_requests(box.requests)
        self.home.set_notifications(box.notifications)
        if changed:
            text = " ".join(self.tr("Your correction request %1 is now: %2.").replace("%1", r.reference)
                            .replace("%2", t.status_label(r.status)) for r in changed)
            self.home.show_message(text)
        self.mailboxChanged.emit()

    def poll_now(self) -> None:
        """Look for status changes of the resident's requests (every minute while signed in)."""
        if self.session.profile is not None and not self.runner.closed:
            self.runner.run(self.session.mailbox, self._mailbox_loaded, lambda e: None)

    def send_waiting_now(self) -> None:
        """Send what waits in the outbox (every 15 s while signed in, and after sign-in)."""
        if self.session.profile is None or self.runner.closed:
            return
        self.runner.run(self.session.send_waiting, self._waiting_sent, self._waiting_failed)
        self._load_waiting()

    def _next_outbox_round(self, went_through: bool) -> None:
        """Back off with jitter while the service fails; back to every 15 s once it answers."""
        from ..core.outbox import next_round

        self._failed_rounds = 0 if went_through else self._failed_rounds + 1
        self.outboxTimer.setInterval(int(next_round(self._failed_rounds) * 1000))

    def _send_now(self) -> None:
        """Send again now what waits (the same request with the same key; nothing new is made)."""
        self.confirmation.sendNowButton.setEnabled(False)
        self.send_waiting_now()

    def _waiting_sent(self, items: list) -> None:
        self._next_outbox_round(not any(i.state in ("waiting", "sending") for i in items))
        if "confirmation" in self._pages:
            self.confirmation.sendNowButton.setEnabled(True)
        queued = self.flow.queued
        for i in items:
            if queued is not None and i.key == queued.key and i.state == "received":
                self._queued_reference = i.reference  # the confirmation shows it once the list has it
        received = [i for i in items if i.state == "received"]
        if received:
            self.home.show_message(self.tr("Your saved request has been sent. Reference number: %1.")
                                   .replace("%1", ", ".join(i.reference for i in received)))
            self.runner.run(self.session.mailbox, self._after_waiting_sent, lambda e: None)
        self._load_waiting()
        self.outboxSent.emit()

    def _after_waiting_sent(self, box) -> None:
        self._mailbox_loaded(box)
        ref, self._queued_reference = getattr(self, "_queued_reference", None), None
        req = next((r for r in box.requests if r.reference == ref), None)
        if req is not None and self.flow.queued_sent(req):
            self.confirmation.set_request(req)
            if self.stack.currentWidget() is self._pages.get("confirmation"):
                self.show_step()

    def _waiting_failed(self, e: BaseException) -> None:
        self._next_outbox_round(False)
        if isinstance(e, ApiError) and e.needs_sign_in:
            return  # sent after the next sign-in
        log_error("outbox send failed", e)

    def _number_text(self) -> str:
        n = self.session.number or ""
        return mynumber.group(n) if self.home.ui.revealButton.isChecked() else mynumber.mask(n)

    def _overview_failed(self, e: BaseException) -> None:
        self.home.ui.refreshButton.setEnabled(True)
        if isinstance(e, ApiError) and e.needs_sign_in:
            self._session_expired()
            return
        self.home.show_message(t.error_message(e) + " " + self.tr("Press Reload to try again."))

    def load_access_log(self) -> None:
        self.home.set_log_loading(0, 0)
        report = self.runner.call_in_gui

        session = self.session

        def fetch():  # runs in a worker: it must not touch a page, not even look one up
            return session.access_log(lambda done, total: report(self._log_progress, done, total))

        self.runner.run(fetch, self._log_loaded, self._log_failed)

    def _log_progress(self, done: int, total: int) -> None:
        if "home" in self._pages:
            self.home.set_log_loading(done, total)

    def _log_loaded(self, log) -> None:
        self.home.set_log(log)
        self._access_log = log
        self.check_links()  # again, now the access-log rule can run too

    # -- findings ---------------------------------------------------------------------------------
    def check_links(self) -> None:
        from ..core import rules
        from ..core import schema as s

        profile, links, log = self.session.profile, list(self.session.links), self._access_log
        if profile is None:
            return
        data = s.ResidentData(profile=profile, links=links)
        rows = log.rows() if log is not None else ()
        self.runner.run(lambda: rules.find(data, access_log=rows), self._findings_ready,
                        lambda e: log_error("rules failed", e))

    def _findings_ready(self, findings: list[Finding]) -> None:
        from ..core import rules

        first = self.findings is None
        self.findings = findings
        self.home.set_findings(findings, {x.id: x for x in self.session.links})
        if first and findings:
            problems = sum(1 for f in findings if f.severity is rules.Severity.PROBLEM)
            announce(self.home.ui.findingsView, self.tr("Selfcheck found %n thing(s) to look at.", None, len(findings))
                     + (" " + self.tr("%n of them look wrong.", None, problems) if problems else ""))
        self.findingsReady.emit()

    def show_why(self, finding: Finding) -> None:
        from .pages import WhyDialog

        dialog = WhyDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.reportRequested.connect(self.report_finding)
        dialog.show_finding(finding, {x.id: x for x in self.session.links})
        if self.counter:
            dialog.addAction(self.signOutAction)  # End session works over the dialog too
        self.whyDialog = dialog
        dialog.open()

    def report_finding(self, finding: Finding) -> None:
        """Start a correction request pre-filled with what the finding suggests."""
        from ..core import rules

        links = {x.id: x for x in self.session.links}
        targets = [links[i] for i in finding.link_ids if i in links]
        if not targets:
            return
        worst = rules.by_link(self.findings or [])
        order = {rules.Severity.PROBLEM: 0, rules.Severity.CHECK: 1, rules.Severity.INFO: 2}
        link = min(targets, key=lambda x: order.get(worst.get(x.id), 3))
        title = t.finding_texts(finding)[0]
        self.home.select_link(link.id)
        self.start_flag(link, suggestion=(finding.suggested_reason, title))

    def _log_failed(self, e: BaseException) -> None:
        if isinstance(e, ApiError) and e.needs_sign_in:
            self._session_expired()
            return
        self.home.ui.logCountLabel.setText(t.error_message(e))

    # -- flagging and sending ---------------------------------------------------------------
    def start_flag(self, link: s.Link, *, from_check: bool = False,
                   suggestion: tuple[s.Reason | None, str] | None = None) -> None:
        self._detail_from = self.flow.step
        self.flow.start_flag(link, from_check=from_check)
        self.flag.set_item(link, self.flow.draft.get(link.id), suggestion)
        self.show_step()

    def save_flag(self, reason: s.Reason | None, note: str) -> None:
        link = self.flow.editing
        problems = self.flow.save_flag(reason, note)
        if problems:
            self.flag.show_problems(problems)
            return
        self._after_flag_change(link.id)

    def cancel_flag(self) -> None:
        link = self.flow.editing
        self.flow.cancel_flag()
        self.show_step()
        if link is not None and self.flow.step is Step.OVERVIEW:
            self.home.select_link(link.id)

    def remove_flag(self) -> None:
        link = self.flow.editing
        self.flow.unflag(link.id)
        self.flow.cancel_flag()
        self._after_flag_change(link.id)

    def unflag(self, link_id: str) -> None:
        self.flow.unflag(link_id)
        self._after_flag_change(link_id)

    def _after_flag_change(self, link_id: str) -> None:
        self.home.set_flagged(link_id, self.flow.is_flagged(link_id))
        self.home.set_flag_count(len(self.flow.draft))
        self._refresh_check()
        self.show_step()
        if self.flow.step is Step.OVERVIEW:
            self.home.select_link(link_id)

    def _refresh_check(self) -> None:
        self.check.set_draft(list(self.flow.draft.values()))

    def review(self) -> None:
        if self.flow.review():
            self._refresh_check()
            self.check.show_error("")
            self.check.set_attachments([a["filename"] for a in self.flow.attachments])
            self.runner.run(self.session.outbox_persistent, lambda ok: self.check.set_keystore_warning(not ok),
                            lambda e: None)
            self.show_step()

    def send(self) -> None:
        body, key = self.flow.request_body(), self.flow.idempotency_key()
        self.flow.sending()
        self.check.set_sending(True)
        session = self.session  # the same answers keep one key: Send again reuses the queued request
        self.runner.run(lambda: session.send_through_outbox(body, key), self._sent_through_outbox, self._send_failed)

    def _sent_through_outbox(self, result) -> None:
        item, req = result
        if req is not None:
            self._sent(req)
            return
        if item.state == "waiting":  # safe in the outbox; it goes out by itself
            self.check.set_sending(False)
            flagged = list(self.flow.draft)
            self.flow.waiting(item)
            for link_id in flagged:
                self.home.set_flagged(link_id, False)
            self.home.set_flag_count(0)
            self._refresh_check()
            self.runner.run(self.session.outbox_persistent, self.confirmation.set_queued, lambda e: None)
            self.confirmation.set_queued(True)
            self.show_step()
            self._load_waiting()
            self._tell_storage()
            self.confirmationShown.emit()
            return
        # refused for what it says: the answers stay; the refused copy is not kept
        self.check.set_sending(False)
        self.flow.send_failed()
        self.runner.run(lambda: self.backend.outbox().forget(item.id), lambda _r: None, lambda e: None)
        refused = ApiError(ErrorKind.INVALID if item.problem != "not_found" else ErrorKind.NOT_FOUND)
        self.check.show_error(t.error_message(refused), remake=lambda: (t.error_message(refused), True))

    # -- attachments and receipts ------------------------------------------------------------
    def attach_document(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from ..core.attachments import MAX_FILES, AttachmentProblem

        if len(self.flow.attachments) >= MAX_FILES:
            self.check.show_error(t.attachment_problem(AttachmentProblem.TOO_MANY), not_sent=False,
                                  remake=lambda: (t.attachment_problem(AttachmentProblem.TOO_MANY), False))
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a supporting document"), "",
                                              self.tr("Photos and PDF (*.png *.jpg *.jpeg *.pdf);;All files (*)"))
        if not path:
            return
        from ..core import attachments

        self.runner.run(lambda: attachments.read(path), self._attachment_read, self._attachment_failed)

    def _attachment_read(self, result) -> None:
        attachment, problem = result
        if problem is not None:
            self.check.show_error(t.attachment_problem(problem), not_sent=False,
                                  remake=lambda: (t.attachment_problem(problem), False))
            return
        self.flow.attach(attachment)
        self.check.show_error("")
        self.check.set_attachments([a["filename"] for a in self.flow.attachments])

    def _attachment_failed(self, e: BaseException) -> None:
        from ..core.attachments import AttachmentProblem

        self.check.show_error(t.attachment_problem(AttachmentProblem.UNREADABLE), not_sent=False,
                              remake=lambda: (t.attachment_problem(AttachmentProblem.UNREADABLE), False))

    def clear_attachments(self) -> None:
        self.flow.attachments = []
        self.check.set_attachments([])

    def save_receipt(self, req: s.CorrectionRequest) -> None:
        if self.counter:  # a file would stay on the shared computer: print it for the resident
            self.print_receipt(req)
            return
        from PySide6.QtCore import QStandardPaths
        from PySide6.QtWidgets import QFileDialog

        from .receipt import receipt_html, write_pdf

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save receipt"), f"{folder}/selfcheck-{req.reference}.pdf",
                                              self.tr("PDF (*.pdf)"))
        if not path:
            return
        html = receipt_html(req, {x.id: x for x in self.session.links}, self.backend.demo)
        self.runner.run(lambda: write_pdf(path, html), lambda _r: self._receipt_done(path), self._receipt_failed)

    def _receipt_done(self, path: str) -> None:
        text = self.tr("Receipt saved: %1").replace("%1", path)
        self._tell(text)
        self.receiptSaved.emit(path)

    def _receipt_failed(self, e: BaseException) -> None:
        from .receipt import NoJapaneseFont, NoPrinter

        if isinstance(e, NoPrinter):
            text = self.tr("No printer is set up at this counter, so the receipt was not printed. Ask the staff member to "
                           "set up a printer, or write down the reference number for the resident.")
        elif isinstance(e, NoJapaneseFont):
            text = self.tr("The receipt could not be made: this computer has no Japanese font. Ask your administrator to "
                           "install one (for example Noto Sans CJK), then try again.")
        else:
            text = self.tr("The receipt could not be saved there. Choose another folder and try again.")
        self._tell(text)

    def _tell(self, text: str) -> None:
        """A message on whichever screen is showing (it stays until the next one)."""
        if self.stack.currentWidget() is self._pages.get("confirmation"):
            self.confirmation.ui.statusLabel.setText(text)
            announce(self.confirmation.ui.statusLabel, text)
        elif "home" in self._pages:
            self.home.show_message(text)

    def _sent(self, req: s.CorrectionRequest) -> None:
        flagged = list(self.flow.draft)
        self.check.set_sending(False)
        self.flow.sent(req)
        for link_id in flagged:
            self.home.set_flagged(link_id, False)
        self.home.set_flag_count(0)
        self._refresh_check()
        self.confirmation.set_request(req)
        self.show_step()
        self._tell_storage()
        self.confirmationShown.emit()
        self.runner.run(self.session.mailbox, self._mailbox_loaded, lambda _e: None)
        self._load_waiting()

    def _send_failed(self, e: BaseException) -> None:
        self.check.set_sending(False)
        self.flow.send_failed()
        if isinstance(e, ApiError) and e.needs_sign_in:
            self._session_expired()
            return
        self.check.show_error(t.error_message(e), remake=lambda: (t.error_message(e), True))

    # -- the municipal counter -----------------------------------------------------------------
    def _counter_show(self, screen: str) -> None:
        """Show one of the counter's own screens (staff sign-in, counter, a resident's sign-in,
        "Is this you?", unlock, approval)."""
        if screen == "approve":
            if self.flow.confirmed is None:
                return
            page = self._page("approve")
            page.set_request(self.flow.confirmed)
        else:
            self._counter_screen = screen
            page = self._page_for(Step.SIGN_IN) if self.flow.step is Step.SIGN_IN else None
            if page is None:
                return
        self.stack.setCurrentWidget(page)
        self.signOutAction.setEnabled(self._resident_at_counter())
        self.setWindowTitle(self.tr("%1 — Selfcheck").replace("%1", page.heading()))
        target = page.first_focus()
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.pageChanged.emit(screen)

    def _resident_at_counter(self) -> bool:
        return self.counter and self.idle.running

    def staff_sign_in(self, staff_id: str, password: str) -> None:
        self.staffPage.set_busy(True)
        self.runner.run(lambda: self.desk.sign_in(staff_id, password), self._staff_signed_in, self._staff_sign_in_failed)

    def _staff_signed_in(self, staff) -> None:
        self.staffPage.set_busy(False)
        self.staffPage.forget_password()
        self.counterPage.set_staff(staff)
        self.counterBar.set_staff(staff)
        self.counterPage.set_status_key(None)
        self._counter_show("counter")

    def _staff_sign_in_failed(self, e: BaseException) -> None:
        self.staffPage.set_busy(False)
        field = "password" if isinstance(e, ApiError) and e.kind is ErrorKind.WRONG_PASSWORD else None
        self.staffPage.show_problems(lambda: [(field, t.error_message(e))])

    def staff_sign_out(self, status=None) -> None:
        if self._resident_at_counter():
            self.end_session("ended")
        self.runner.run(self.desk.sign_out, lambda _r: None, lambda e: log_error("staff sign-out failed", e))
        self.counterPage.set_staff(None)
        self.counterBar.set_staff(None)
        self.staffPage.set_status_key(status or (lambda: self.tr("You have signed out of the counter.")))
        self._counter_show("staff")

    def start_resident(self) -> None:
        """Turn the screen to the resident: from here the idle timer protects their data."""
        policy = self.desk.policy
        self.idle.start(policy.idle_seconds, policy.warn_seconds)
        self.counterBar.setVisible(True)
        self.counterPage.set_status_key(None)
        self._counter_show("signin")

    def _identity_check(self, profile: s.Profile) -> None:
        self.signin.clear_pin()
        self.signin.set_busy(False)
        page = self._page("identity")
        page.set_profile(profile, mynumber.mask(self.session.number or ""))
        self._counter_show("identity")

    def confirm_identity(self) -> None:
        page = self._page("identity")
        page.set_busy(True)
        session = self.session
        self.runner.run(lambda: self.desk.confirm(session), lambda _r: self._signed_in(session.profile),
                        self._confirm_failed)

    def _confirm_failed(self, e: BaseException) -> None:
        if isinstance(e, ApiError) and e.needs_sign_in:
            self.end_session("expired")
            return
        page = self._page("identity")
        page.set_busy(False)
        page.ui.statusLabel.setText(t.error_message(e))
        announce(page.ui.statusLabel, page.ui.statusLabel.text())

    def end_session(self, reason: str):
        """The resident is done (or walked away): revoke their session and wipe everything of
        theirs on this computer: tokens, data, every page they saw, the clipboard.
        With ``reason == "closed"`` the revocation is returned, for the closing window to run."""
        if not self.counter:
            return None
        self.idle.stop()
        self.outboxTimer.stop()
        self.pollTimer.stop()
        self.runner.invalidate()
        rid = self.session.profile.resident_id if self.session.profile is not None else None
        token = self.desk.end_resident(self.session)
        box_wanted = rid is not None

        def cleanup() -> None:
            if box_wanted:
                self.backend.outbox().forget_received(rid)
            self.desk.revoke(token)

        if reason != "closed":
            self.runner.run(cleanup, lambda _r: None, lambda e: log_error("ending the counter session failed", e))
        self.session = Session(self.backend)
        self.flow = CorrectionFlow()
        self._statuses = None
        self._mailbox = None
        self.findings = None
        self._access_log = None
        self._number_revealed = False
        self._detail_from = Step.OVERVIEW
        self._wipe_pages(track=reason != "closed")
        for mode in (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection):
            QApplication.clipboard().clear(mode)
        self.counterBar.show_countdown(None)
        self.counterBar.setVisible(False)
        messages = {
            "ended": lambda: self.tr("The session has ended. Nothing of that resident is left on this computer."),
            "idle": lambda: self.tr("The session ended by itself after a time without activity. Nothing of that resident "
                                    "is left on this computer."),
            "not_me": lambda: self.tr("The session was ended because the resident said the name shown was not theirs. "
                                      "Nothing was shown or changed. Start again with the resident's own card."),
            "cancelled": lambda: self.tr("The resident's sign-in was cancelled."),
            "expired": lambda: self.tr("The resident's session has expired, so it was ended. Start a new session."),
        }
        self.counterPage.set_status_key(messages[reason] if reason != "closed" else None)
        if reason != "closed":
            self._counter_show("counter" if self.desk.signed_in else "staff")
        if not self._wipe_pending:
            QTimer.singleShot(0, self, lambda: self.sessionEnded.emit(reason))
        else:
            self._wipe_reason = reason
        return cleanup

    def _wipe_pages(self, track: bool = True) -> None:
        """Destroy every page built for the resident; the next one gets new, empty pages.
        ``track``: say ``sessionEnded`` once they are gone (not when the window closes)."""
        dialog = getattr(self, "whyDialog", None)
        self.whyDialog = None
        doomed = [w for w in (*self._pages.values(), dialog) if w is not None and shiboken6.isValid(w)]
        self._pages.clear()
        for widget in doomed:
            if track:
                self._wipe_pending += 1
                widget.destroyed.connect(self._page_destroyed)
            if widget.parent() is self.stack:
                self.stack.removeWidget(widget)
            widget.hide()
        # destroyed as soon as the signal that ended the session (maybe from a button on one of
        # these pages) has returned
        QTimer.singleShot(0, self, lambda: [shiboken6.delete(w) for w in doomed if shiboken6.isValid(w)])
        if not self.runner.closed:
            QTimer.singleShot(0, self, self._prebuild)

    def _page_destroyed(self, *_args) -> None:
        self._wipe_pending -= 1
        if self._wipe_pending == 0:
            self.sessionEnded.emit(getattr(self, "_wipe_reason", "ended"))

    def unlock_card(self, number: str, new_pin: str, identity_checked: bool) -> None:
        page = self._page("unlock")
        page.set_busy(True)
        self.runner.run(lambda: self.desk.unlock(number, new_pin, identity_checked), lambda _r: self._unlocked(),
                        self._unlock_failed)

    def _unlocked(self) -> None:
        self._unlock_done(lambda: self.tr("The card is unlocked. The resident can now sign in with their new PIN."))

    def _unlock_failed(self, e: BaseException) -> None:
        page = self._page("unlock")
        page.set_busy(False)
        if isinstance(e, ApiError) and e.kind is ErrorKind.NOT_FOUND_NUMBER:
            page.show_problems(lambda: [("number", self.tr("No card is registered with this My Number. Check it against "
                                                           "the card."))])
        else:
            page.show_problems(lambda: [(None, t.error_message(e))])

    def _unlock_done(self, status=None) -> None:
        """Back to the counter; the number and the new PIN go with the page."""
        page = self._pages.pop("unlock", None)
        if page is not None:
            self.stack.removeWidget(page)
            page.hide()
            page.deleteLater()
        self.counterPage.set_status_key(status)
        self._counter_show("counter")

    def approve(self, staff_id: str, password: str) -> None:
        req = self.flow.confirmed
        if req is None:
            return
        page = self._page("approve")
        page.set_busy(True)
        self.runner.run(lambda: self.desk.approve(req.id, staff_id, password), self._approved, self._approve_failed)

    def _approved(self, req: s.CorrectionRequest) -> None:
        self._page("approve").set_busy(False)
        self.flow.confirmed = req
        self.confirmation.set_request(req)
        self.show_step()
        self._tell(self.tr("Approved by staff %1. The request goes on to the offices that hold the items.")
                   .replace("%1", req.approved_by or ""))
        self.confirmationShown.emit()
        self.runner.run(self.session.mailbox, self._mailbox_loaded, lambda _e: None)

    def _approve_failed(self, e: BaseException) -> None:
        page = self._page("approve")
        page.set_busy(False)
        field = "password" if isinstance(e, ApiError) and e.kind is ErrorKind.WRONG_PASSWORD else None
        if isinstance(e, ApiError) and e.kind is ErrorKind.FORBIDDEN:
            field = "staff"
        page.show_problems(lambda: [(field, t.error_message(e))])

    def print_receipt(self, req: s.CorrectionRequest) -> None:
        from .receipt import print_receipt, receipt_html

        html = receipt_html(req, {x.id: x for x in self.session.links}, self.backend.demo)
        self.runner.run(lambda: print_receipt(html), self._printed, self._receipt_failed)

    def _printed(self, printer: str) -> None:
        self._tell(self.tr("The receipt is printing on %1.").replace("%1", printer))

    # -- demo ------------------------------------------------------------------------------------
    def reset_demo(self) -> None:
        answer = QMessageBox.question(self, self.tr("Reset demo data"),
                                      self.tr("Put every demo resident back as at the start? Requests sent in the demo "
                                              "and locked cards are reset. You will be signed out."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.flow.step is not Step.SIGN_IN or (self.counter and self._resident_at_counter()):
            self.sign_out()
        target = self.signin if not self.counter else (self.counterPage if self.desk.signed_in else self.staffPage)
        self.runner.run(self.backend.reset_demo,
                        lambda _r: target.set_status_key(lambda: self.tr("Demo data has been reset.")),
                        self._backend_failed)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Selfcheck"),
                          self.tr("Selfcheck %1: see what is linked to your My Number, find what is wrong and ask "
                                  "for a correction.").replace("%1", __version__))

    def _restyle(self, remember: bool = True) -> None:
        """Text size and theme, at once and remembered (not at a counter, where it is for one resident)."""
        from .app import apply_style, settings

        large, contrast = self.largeTextAction.isChecked(), self.contrastAction.isChecked()
        apply_style(QApplication.instance(), large, contrast)
        if not remember:
            return
        prefs = settings()
        prefs.setValue("large_text", "true" if large else "false")
        prefs.setValue("high_contrast", "true" if contrast else "false")

    # -- language, switched live ------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        """Switch every screen to ``code`` now; what the user typed stays. Remembered for next time."""
        from PySide6.QtWidgets import QApplication

        from .app import install_translator

        from .app import settings

        install_translator(QApplication.instance(), code)
        settings().setValue("language", code)
        self.retranslate()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange and not getattr(self, "_retranslating", False):
            # one pass after the translators have changed; cancelled with the window if it goes first
            QTimer.singleShot(0, self, self.retranslate)
        super().changeEvent(event)

    def retranslate(self) -> None:
        from .forms import retranslate_form

        if self.runner.closed:
            return
        self._retranslating = True
        try:
            fixed = (self.staffPage, self.counterPage) if self.counter else (self.signin,)
            for page in (*fixed, *self._pages.values()):
                retranslate_form(page.ui)
            self.demoBanner.setText(self.tr("DEMO — sample residents with made-up data. Nothing is sent to any government office."))
            self.demoBanner.setAccessibleName(self.tr("Demo mode"))
            signed_in = self.signOutAction.isEnabled()
            styles = self.largeTextAction.isChecked(), self.contrastAction.isChecked()
            self.menuBar().clear()
            self._build_menus()
            self.largeTextAction.setChecked(styles[0])
            self.contrastAction.setChecked(styles[1])
            self.signOutAction.setEnabled(signed_in)
            if self.counter:
                for page in (self.staffPage, self.counterPage, self.counterBar,
                             *(p for n, p in self._pages.items() if n in ("identity", "unlock", "approve"))):
                    page.retranslate()
                if "signin" in self._pages:
                    self._retranslate_counter_signin()
            else:
                self.signin.retranslate()
            if "home" in self._pages:
                self._retranslate_home()
            if "detail" in self._pages and self.detail.link is not None:
                link = self.detail.link
                self.detail.set_link(link, self.flow.draft.get(link.id), [f for f in self.findings or [] if link.id in f.link_ids])
            if "flag" in self._pages and self.flow.editing is not None:
                self.flag.retranslate(self.flow.editing, self.flow.draft.get(self.flow.editing.id))
            if "check" in self._pages:
                self.check.retranslate()
                self._refresh_check()
                self.check.set_attachments([a["filename"] for a in self.flow.attachments])
            if "confirmation" in self._pages:
                retranslate_form(self.confirmation.ui)
                if self.flow.confirmed is not None:
                    self.confirmation.set_request(self.flow.confirmed)
                elif self.flow.queued is not None:
                    self.confirmation.set_queued(True)
            dialog = getattr(self, "whyDialog", None)
            if dialog is not None and dialog.isVisible() and dialog.finding is not None:
                if self.counter:
                    dialog.addAction(self.signOutAction)  # the new menus' End session
                retranslate_form(dialog.ui)
                dialog.show_finding(dialog.finding, {x.id: x for x in self.session.links})
            current = self.stack.currentWidget()
            heading = current.heading() if hasattr(current, "heading") else ""
            self.setWindowTitle(self.tr("%1 — Selfcheck").replace("%1", heading or self.tr("My Number link check")))
        finally:
            self._retranslating = False
        self.languageChanged.emit()

    def _retranslate_counter_signin(self) -> None:
        page = self._pages["signin"]
        page.retranslate()
        page.ui.titleLabel.setText(self.tr("Resident: sign in with your own card"))
        page.ui.introLabel.setText(self.tr("Type your My Number and your 4-digit PIN yourself. The staff member does not "
                                           "look and never learns your PIN."))

    def _retranslate_home(self) -> None:
        home = self.home
        home.retranslate()
        if self.session.profile is not None:
            from ..core.rules import bank_spelling

            home.set_profile(self.session.profile, self._number_text())
            home.set_bank_spelling(bank_spelling(self.session.profile))
            self._reveal(home.ui.revealButton.isChecked())
        home.set_flag_count(len(self.flow.draft))
        if self.findings is not None:
            home.set_findings(self.findings, {x.id: x for x in self.session.links})
        if self._mailbox is not None:
            home.set_requests(self._mailbox.requests)
            home.set_notifications(self._mailbox.notifications)
        home.show_message("")

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._backend_started:
            # after the first paint (or soon, if nothing paints: a minimised start)
            QTimer.singleShot(300, self.start_backend)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._backend_started:
            QTimer.singleShot(0, self.start_backend)

    # -- waiting requests and closing ---------------------------------------------------------
    def _load_waiting(self) -> None:
        """Show what waits in the outbox, and remember it for closing (no disk on this thread)."""
        session = self.session
        self.runner.run(lambda: (session.outbox_items(), session.outbox_persistent()), self._show_waiting,
                        lambda e: log_error("reading the outbox failed", e))

    def _show_waiting(self, result) -> None:
        items, persistent = result
        self._unsent = 0 if persistent else sum(1 for i in items if i.state in ("waiting", "sending"))
        self.home.set_waiting(items)

    def _ask_before_closing(self) -> None:
        """Requests wait and only live in memory (no secure key store): say what closing loses."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Requests not sent yet"),
                          self.tr("%n correction request(s) have not been sent yet.", None, self._unsent), parent=self)
        box.setObjectName("closeQuestion")
        box.setInformativeText(self.tr(
            "This computer has no secure key store, so they are kept only while Selfcheck is open. If you close now "
            "they are lost, and you would have to mark the items and send them again. If you keep Selfcheck open, "
            "it goes on trying by itself."))
        keep = box.addButton(self.tr("&Keep Selfcheck open"), QMessageBox.ButtonRole.RejectRole)
        lose = box.addButton(self.tr("Close and &lose them"), QMessageBox.ButtonRole.DestructiveRole)
        keep.setObjectName("keepOpenButton")
        lose.setObjectName("closeAnywayButton")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def answered() -> None:
            if box.clickedButton() is lose:
                self._close_agreed = True
                self.close()

        box.finished.connect(answered)
        self.closeQuestion = box
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        if getattr(self, "_unsent", 0) and not getattr(self, "_close_agreed", False):
            event.ignore()
            self._ask_before_closing()
            return
        closing = []
        if self.counter:  # nothing of the resident, nor the staff session, outlives the window
            if self._resident_at_counter() or self.session.profile is not None:
                closing.append(self.end_session("closed"))
            closing.append(self.desk.sign_out)
        elif self.session.number is not None:
            closing.append(self.session.end_on_close)  # one short try to revoke it on the server
        self.outboxTimer.stop()
        self.pollTimer.stop()
        self._backend_started = True  # a start still pending after the first paint must not run now
        self.runner.invalidate()
        self.runner.shutdown(wait=False)  # never wait on the GUI thread
        self.flow.signed_out()
        self._forget_screens()

        # revoke the sessions on the server and close the backend without holding up the closing
        # window; the process waits for this thread before it exits
        def finish() -> None:
            for job in closing:
                try:
                    job()
                except Exception as e:  # noqa: BLE001 - closing goes on whatever happens
                    log_error("closing failed", e)
            self.runner.wait_done()  # a send under way records its outcome first
            self.backend.close()

        self._closing = threading.Thread(target=finish, name="selfcheck-close")
        self._closing.start()
        super().closeEvent(event)
