"""The main window: menus, the page stack, and which page shows for which step.

What happens next is decided by the Qt-free controllers: ``core.resident.ResidentController``
(one resident's session, flow, findings, mailbox and outbox) and, at a counter,
``core.counter.CounterFlow``. Their commands return events; ``render`` hands each event to
its handler in ``ResidentView`` (the resident's pages) or ``CounterShell`` (the counter's bar
and pages) and runs the background work among them with ``Operations``.
The window title never carries personal data.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QMessageBox, QVBoxLayout, QWidget

from .. import __version__
from ..core.backend import Backend
from ..core.counter_steps import CounterStep, EndReason
from ..core.flow import Step
from ..core.jobs import Failed, Work
from ..core.resident import ResidentController
from . import texts as t, warmup
from .card_signin import CardSignIn
from .operations import Operations
from .preferences import HIGH_CONTRAST, LANGUAGE, LARGE_TEXT, Preferences
from .resident_view import ResidentView
from .session_watch import HomeSessionWatch
from .signin import SignInPage

if TYPE_CHECKING:
    from ..core import schema as s
    from ..core.jobs import Event
    from .counter_shell import CounterShell
    from .pages import CheckPage, ConfirmationPage, DetailPage, FlagPage, HomePage

log = logging.getLogger(__name__)

STEP_PAGES = {Step.SIGN_IN: "signin", Step.OVERVIEW: "home", Step.DETAIL: "detail", Step.FLAG: "flag",
              Step.CHECK: "check", Step.SENDING: "check", Step.CONFIRMED: "confirmation"}


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

    def __init__(self, backend: Backend, parent: QWidget | None = None, *, counter: bool = False,
                 prefs: Preferences | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.backend = backend
        self.prefs = prefs or Preferences.current()
        self.runner = Operations(self, render=lambda events: self.render(events, result=True), on_failure=self._failed)
        self._backend_started = False
        self._storage_problem: str | None = None  # the data folder cannot keep anything (core.storage)
        self._close_agreed = False  # closing loses requests that wait in memory: asked and agreed
        # the outbox goes out by itself; status changes are looked for now and then
        self.outboxTimer = QTimer(self, interval=15_000, timeout=self.send_waiting_now)
        self.pollTimer = QTimer(self, interval=60_000, timeout=self.poll_now)
        self._last_poll = 0.0
        # at home: signed out after the service's idle time without a key or click, warned first,
        # told why after (a counter has its own idle timer)
        self.sessionWatch = HomeSessionWatch(self)
        self.sessionWatch.warning.connect(lambda text: self.view.home.show_message(text))
        self.sessionWatch.ended.connect(self._session_timed_out)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.demoBanner = QLabel(central)
        self.demoBanner.setObjectName("demoBanner")
        self.demoBanner.setProperty("role", "demoBanner")
        self.demoBanner.setWordWrap(True)
        self.demoBanner.setVisible(backend.demo)
        layout.addWidget(self.demoBanner)
        from .layout import PageScroll, PageStack

        self.stack = PageStack(central)
        self.stack.setObjectName("pages")
        self.shell: CounterShell | None = None
        self._signin: SignInPage | None = None
        self.warm_up_imported = False  # the warm-up's imports (see warmup.freeze_when_nobody_is_here)
        self.cardSignIn = CardSignIn(self)  # the My Number Card: reader, PIN to the card, signature to the service
        if counter:
            from .counter_shell import CounterShell

            self.shell = CounterShell(self, layout)
            self.sessionEnded.connect(lambda *_a: warmup.freeze_once_nobody_is_here(self))
            self.view = ResidentView(self, ResidentController(backend), self.shell.make_page)
        else:
            self.pageScroll = PageScroll(self.stack, self)
            layout.addWidget(self.pageScroll, 1)
            self.view = ResidentView(self, ResidentController(backend))
            self._signin = SignInPage(backend.demo)
            self.add_page(self._signin)
            self.cardSignIn.attach(self._signin)
        self.pageChanged.connect(lambda _name: self.pageScroll.to_top())  # each page opens at its top
        self._handlers: dict[type, Callable] = {**self.view.handlers(), **(self.shell.handlers() if self.shell else {})}
        self.setCentralWidget(central)
        self._menus: list[QMenu] = []
        self._menuOwner: QObject | None = None
        self._build_menus()
        self._banner_texts()
        self.resize(1100, 760)
        self.setWindowTitle(self.tr("Selfcheck — My Number link check"))
        self.show_step()

    # -- what tests and the autopilot read ----------------------------------------------------------
    @property
    def counter(self) -> bool:
        return self.shell is not None

    @property
    def resident(self) -> ResidentController:
        """The resident of the moment (at a counter: a fresh one for each resident)."""
        return self.view.ctl

    flow = property(lambda self: self.view.ctl.flow)
    session = property(lambda self: self.view.ctl.session)
    findings = property(lambda self: self.view.ctl.findings)
    whyDialog = property(lambda self: self.view.whyDialog)

    @property
    def signin(self) -> SignInPage:
        """The resident's sign-in. At a counter it is made anew for each resident."""
        return self._signin if self._signin is not None else self.view.page("signin")

    home: HomePage = property(lambda self: self.view.home)  # type: ignore[assignment]
    detail: DetailPage = property(lambda self: self.view.detail)  # type: ignore[assignment]
    flag: FlagPage = property(lambda self: self.view.flag)  # type: ignore[assignment]
    check: CheckPage = property(lambda self: self.view.check)  # type: ignore[assignment]
    confirmation: ConfirmationPage = property(lambda self: self.view.confirmation)  # type: ignore[assignment]
    counterPage = property(lambda self: self.shell.counterPage)
    staffPage = property(lambda self: self.shell.staffPage)
    counterBar = property(lambda self: self.shell.counterBar)
    idle = property(lambda self: self.shell.idle)

    def page(self, name: str) -> QWidget:
        """A page by the name of its step ("home", "identity", "approve", …), built if need be."""
        if name == "signin":
            return self.signin
        if self.shell is not None and name in ("staff", "counter"):
            return self.shell.page_for(CounterStep(name))
        return self.view.page(name)

    def built(self, name: str) -> QWidget | None:
        """The page if it exists now (at a counter, a resident's pages go when they leave)."""
        return self.view.built(name)

    def add_page(self, page: QWidget) -> None:
        page.setContentsMargins(24, 16, 24, 16)
        self.stack.addWidget(page)

    # -- events from the controllers ------------------------------------------------------------------
    def render(self, events: list[Event], result: bool = False) -> None:
        """Show each event in turn; run the work among them in the background: what a ``result``
        asks for once the lists it fills have painted, what the user asked for at once."""
        for event in events:
            if isinstance(event, Work):
                if not self.runner.closed:
                    self.runner.run_after(event.job, self.view.when_shown if result else lambda go: go())
            elif isinstance(event, Failed):
                self.runner.failed(event)
            else:
                self._handlers[type(event)](event)

    def _failed(self, what: str, error: BaseException) -> None:
        """The default failure policy's last step: say it where the user is looking."""
        if self.counter and self.shell.flow.step in (CounterStep.STAFF_SIGN_IN, CounterStep.COUNTER):
            self.shell.backend_failed(lambda: t.error_message(error))
        elif self.flow.step is Step.SIGN_IN:
            self.signin.show_error(t.error_message(error))
        else:
            self.view.tell(t.error_message(error))

    def show_step(self) -> None:
        shell = self.shell
        at_counter_screen = shell is not None and shell.flow.step is not CounterStep.RESIDENT
        if at_counter_screen:
            page, name = shell.page_for(shell.flow.step), shell.flow.step.value
        else:
            step = self.flow.step
            page, name = self.page(STEP_PAGES[step]), step.value
        self.stack.setCurrentWidget(page)
        self.signOutAction.setEnabled(shell.flow.resident_present if shell else self.flow.step is not Step.SIGN_IN)
        heading = page.heading() or self.tr("My Number link check")
        self.setWindowTitle(self.tr("%1 — Selfcheck").replace("%1", heading))
        target = page.first_focus()
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.pageChanged.emit(name)
        if shell is None:  # at a counter: once the resident's pages are destroyed (sessionEnded)
            warmup.freeze_once_nobody_is_here(self)

    # -- commands from the menus and the resident's pages ---------------------------------------------
    def sign_out(self) -> None:
        if self.shell is not None:
            self.shell.end_session(EndReason.ENDED)
            return
        self.render(self.resident.sign_out())

    def open_approval(self) -> None:
        if self.shell is not None:
            self.render(self.shell.flow.open_approval())

    # the resident's commands, for the autopilot and tests that drive a page directly
    def open_detail(self, link: s.Link) -> None:
        self.render(self.resident.open_detail(link))

    def start_flag(self, link: s.Link, *, from_check: bool = False) -> None:
        self.render(self.resident.start_flag(link, from_check=from_check))

    def save_flag(self, reason: s.Reason | None, note: str) -> None:
        self.render(self.resident.save_flag(reason, note))

    def review(self) -> None:
        self.render(self.resident.review())

    def back_to_overview(self) -> None:
        self.render(self.resident.back_to_overview())

    # -- background ----------------------------------------------------------------------------------
    def start_backend(self) -> None:
        """Start the backend and, in the demo, list the personas; never on the GUI thread.
        Called once the window has painted: until then nothing competes with it."""
        if self._backend_started or self.runner.closed:
            return
        self._backend_started = True
        # the imports first (see warmup); once they are in, build the overview page while the resident types
        warmup.start(self.runner, self.prebuild_soon)
        self.cardSignIn.start()
        failed = self._backend_failed
        self.runner.call(self.backend.open_local, self._storage_checked, what="storage check")
        if self.backend.demo and not self.counter:
            from ..core.personas import persona_summaries  # json + pydantic only, no server

            self.signin.set_status_key(lambda: self.tr("Starting the demo service…"))
            self.runner.call(persona_summaries, self._personas_loaded, failed, "demo residents")
            self.runner.call(self.backend.client, lambda _c: self._backend_ready(), failed, "demo service")
        else:
            self.runner.call(self.backend.client, lambda _c: None, failed, "service")

    def prebuild_soon(self) -> None:
        QTimer.singleShot(0, self, lambda: None if self.runner.closed else (warmup.imports_in(self), self.view.prebuild()))

    def _personas_loaded(self, people: list[s.PersonaSummary]) -> None:
        self.cardSignIn.set_personas(people)
        self.signin.set_personas(people)
        if self.flow.step is Step.SIGN_IN:
            self.signin.first_focus().setFocus()

    def _storage_checked(self, problem: str | None) -> None:
        """The data folder cannot keep anything: say so, and what to do, before anything is lost."""
        self._storage_problem = problem
        if problem and not self.counter and self.flow.step is Step.SIGN_IN:
            self._backend_ready()

    def _backend_ready(self) -> None:
        if self.flow.step is Step.SIGN_IN:
            if self._storage_problem:  # what to do about the data folder comes first
                from .storage import data_folder_message

                return self.signin.set_status_key(lambda: data_folder_message(self._storage_problem))
            self.signin.set_status_key(lambda: self.tr("The demo service is ready."))

    def _backend_failed(self, e: BaseException) -> None:
        log.error("backend failed to start: %s", type(e).__name__)
        text = lambda: self.tr("The demo service could not start. Restart Selfcheck; if it keeps happening, "  # noqa: E731
                               "delete the demo data from the Demo menu.")
        if self.counter:
            self.shell.backend_failed(text)
        else:
            self.signin.show_error(text())

    def start_timers(self) -> None:
        self.outboxTimer.start()
        self.pollTimer.start()
        if not self.counter and not self.sessionWatch.running:
            self._last_poll = self.sessionWatch.now()
            self.sessionWatch.start(self.session.idle_seconds, self.session.ends_at)

    def stop_timers(self) -> None:
        self.outboxTimer.stop()
        self.pollTimer.stop()
        self.sessionWatch.stop()

    def poll_now(self) -> None:
        """Look for status changes of the resident's requests (every minute while signed in).
        At home the poll is background work, unless the resident used the window since the
        last one: only then does it keep the session alive at the service."""
        if not self.runner.closed:
            background = not self.counter and not self.sessionWatch.active_since(self._last_poll)
            self._last_poll = self.sessionWatch.now()
            self.render(self.resident.poll(background=background))

    def _session_timed_out(self, reason: str) -> None:
        self.sign_out()
        self.signin.set_status_key(lambda: self.sessionWatch.explanation(reason))

    def send_waiting_now(self) -> None:
        """Send what waits in the outbox (every 15 s while signed in, and after sign-in)."""
        if not self.runner.closed:
            self.render(self.resident.send_waiting())

    # -- menus -----------------------------------------------------------------------------------------
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
        if self._menuOwner is not None:
            for menu in self._menus:
                menu.deleteLater()
            self._menuOwner.deleteLater()
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
        self.largeTextAction = QAction(self.tr("&Large text (200%)"), owner, checkable=True)
        self.largeTextAction.setChecked(self.prefs.large_text)
        self.largeTextAction.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.largeTextAction.toggled.connect(lambda _on: self._restyle())
        view_menu.addAction(self.largeTextAction)
        self.contrastAction = QAction(self.tr("&High contrast"), owner, checkable=True)
        self.contrastAction.setChecked(self.prefs.high_contrast)
        self.contrastAction.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.contrastAction.toggled.connect(lambda _on: self._restyle())
        view_menu.addAction(self.contrastAction)
        # each language named in itself, so anyone can find theirs
        # named in the other language too, so whoever cannot read this one finds it
        lang_menu = bar.addMenu(self.tr("Lan&guage") + (" / Language" if t.is_japanese() else " / 言語"))
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

    def reset_demo(self) -> None:
        answer = QMessageBox.question(self, self.tr("Reset demo data"),
                                      self.tr("Put every demo resident back as at the start? Requests sent in the demo "
                                              "and locked cards are reset. You will be signed out."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        shell = self.shell
        if self.flow.step is not Step.SIGN_IN or (shell is not None and shell.flow.resident_present):
            self.sign_out()
        target = self.signin if shell is None else (shell.counterPage if shell.flow.desk.signed_in else shell.staffPage)
        self.cardSignIn.forget_demo_cards()  # the reset makes a new demo JPKI CA
        self.runner.call(self.backend.reset_demo,
                         lambda _r: target.set_status_key(lambda: self.tr("Demo data has been reset.")),
                         self._backend_failed, "reset demo")

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Selfcheck"),
                          self.tr("Selfcheck %1: see what is linked to your My Number, find what is wrong and ask "
                                  "for a correction.").replace("%1", __version__))

    def _restyle(self) -> None:
        """Text size and theme, at once and remembered (not at a counter, where it is for one resident)."""
        self.prefs.set_style(self.largeTextAction.isChecked(), self.contrastAction.isChecked())
        if not self.counter:
            self.prefs.remember(LARGE_TEXT, HIGH_CONTRAST)

    # -- language, switched live ------------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        """Switch every screen to ``code`` now; what the user typed stays. Remembered for next time."""
        self.prefs.set_language(code)
        self.prefs.remember(LANGUAGE)
        self.retranslate()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange and not getattr(self, "_retranslating", False):
            # one pass after the translators have changed; cancelled with the window if it goes first
            QTimer.singleShot(0, self, self.retranslate)
        super().changeEvent(event)

    def _banner_texts(self) -> None:
        self.demoBanner.setText(self.tr("DEMO — sample residents with made-up data. Nothing is sent to any government office."))
        self.demoBanner.setAccessibleName(self.tr("Demo mode"))

    def retranslate(self) -> None:
        from .forms import retranslate_form

        if self.runner.closed:
            return
        self._retranslating = True
        try:
            self._banner_texts()
            signed_in = self.signOutAction.isEnabled()
            styles = self.largeTextAction.isChecked(), self.contrastAction.isChecked()
            self.menuBar().clear()
            self._build_menus()
            self.largeTextAction.setChecked(styles[0])
            self.contrastAction.setChecked(styles[1])
            self.signOutAction.setEnabled(signed_in)
            if self.shell is not None:
                self.shell.retranslate()
            else:
                retranslate_form(self.signin.ui)
                self.signin.retranslate()
            self.view.retranslate()
            current = self.stack.currentWidget()
            heading = current.heading() if hasattr(current, "heading") else ""
            self.setWindowTitle(self.tr("%1 — Selfcheck").replace("%1", heading or self.tr("My Number link check")))
        finally:
            self._retranslating = False
        self.view.when_shown(self.languageChanged.emit)  # the lists' selection is set again at the next turn

    # -- showing and closing ---------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._backend_started:
            # after the first paint (or soon, if nothing paints: a minimised start)
            QTimer.singleShot(300, self.start_backend)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._backend_started:
            QTimer.singleShot(0, self.start_backend)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Nothing of the resident, nor a staff session, outlives the window: the revocations
        run to their end on their own thread (never cancelled, one short try for the resident's
        session), then the backend closes. The GUI thread waits for none of it."""
        unsent = self.resident.unsent_lost_on_close()
        if unsent and not self._close_agreed:
            from .closing import ask_before_closing

            event.ignore()
            self.closeQuestion = ask_before_closing(self, unsent, self.close_anyway)
            return
        self.stop_timers()
        self.cardSignIn.stop()
        self._backend_started = True  # a start still pending after the first paint must not run now
        self.backend.stop_starting()  # a demo server not up yet is not needed: nothing waits for it now
        if self.shell is not None:
            events = self.shell.flow.close()
        else:
            events = [e for e in self.resident.sign_out(quick=True) if isinstance(e, Work)]
        self.render(events)  # before the pool shuts down: what must finish is on its own thread
        self.runner.invalidate()
        self.runner.shutdown(wait=False)  # the GUI thread does not wait: the closing thread does
        self.runner.finish("closing", self._close_backend)
        super().closeEvent(event)

    def close_anyway(self) -> None:
        self._close_agreed = True
        self.close()

    def _close_backend(self) -> None:
        """On the closing thread: after the revocations and the work under way (a send records
        its outcome first), the client and the demo server go (the process waits for this thread
        before it exits: ``app.run``)."""
        self.runner.wait_finished()
        self.runner.wait_done()
        self.backend.close()

