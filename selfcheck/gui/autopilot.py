"""Drive the window as a user would, for ``--persona`` and ``--screenshot``: pick the demo
resident, insert their card, type its PIN, sign in, and (for the confirmation screen) mark the
first item, check the answers and send. Then save the window as PNG and quit."""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from ..core.enums import OutboxState, Reason


class Autopilot(QObject):
    _next = Signal()

    def __init__(self, window, persona: str | None, screenshot: str | None, screen: str, tour: bool = False) -> None:
        super().__init__(window)
        self.w = window
        self.tour = tour
        self._steps: list = []
        self.persona = persona
        self.screenshot = screenshot
        self.screen = screen
        self.exit_code = 1
        self._timeout = QTimer(self)
        self._timeout.setSingleShot(True)
        self._timeout.timeout.connect(lambda: self._fail("timed out waiting for the screen"))

    def start(self) -> None:
        if self.tour:
            self._start_tour()
            return
        self._timeout.start(60_000)
        if self.persona:
            self.w.signin.personasLoaded.connect(self._personas_ready)
            if self.w.cardSignIn._personas:
                self._personas_ready()
        self.w.overviewShown.connect(self._overview)
        self.w.confirmationShown.connect(self._confirmed)

    def _personas_ready(self, *_args) -> None:
        if not self.w.cardSignIn._personas or not self.persona:
            return
        persona, self.persona = self.persona, None  # once
        if not self.w.cardSignIn.demo_sign_in(persona):
            self._fail(f"no demo resident called {persona!r}")
            return
        QTimer.singleShot(0, self._check_sign_in_error)

    def _check_sign_in_error(self) -> None:
        card = self.w.signin.card
        summary = card.cardErrorLabel.text() if card is not None and card.cardErrorLabel.isVisible() else ""
        if summary:
            self._fail(summary)
        elif self.w.flow.step.name == "SIGN_IN":
            QTimer.singleShot(50, self._check_sign_in_error)

    def _overview(self) -> None:
        if not self.screenshot:
            return
        if self.screen in ("overview", "my-record"):
            if self.screen == "my-record":
                self.w.home.ui.tabs.setCurrentIndex(self.w.home.RECORD)
            QTimer.singleShot(0, self._save_when_settled)
            return
        home = self.w.home
        link = home.current_link()
        group = home.ui.linksView.currentIndex()
        if link is None and home.links.rowCount(group):  # a large group starts closed, its own row selected
            home.select_link(home.links.link(home.links.index(0, 0, group)).id)  # its first item, as Right, Down would
            link = home.current_link()
        if link is None:
            self._fail("the resident has no linked items to report")
            return
        home.ui.flagButton.click()
        self.w.flag.radios[Reason.NOT_MINE].click()
        self.w.flag.ui.noteEdit.setPlainText("私の口座ではありません。家族の口座です。")
        self.w.flag.ui.saveButton.click()
        home.ui.reviewButton.click()
        self.w.check.ui.sendButton.click()

    def _confirmed(self) -> None:
        if self.screenshot and self.screen == "confirmation":
            QTimer.singleShot(0, self._save_when_sent)

    def _save_when_sent(self) -> None:
        """A send whose answer did not come (a slow or busy service) waits in the outbox, which
        sends it again by itself: the picture is of the request the service has confirmed."""
        unsent = any(i.state in (OutboxState.WAITING, OutboxState.SENDING) for i in self.w.resident.waiting)
        if unsent or self.w.runner.busy:
            QTimer.singleShot(100, self._save_when_sent)
        else:
            self._save()

    def _save_when_settled(self) -> None:
        """The overview keeps filling in after it shows (findings, the access log, requests):
        wait until nothing is loading, so the same data always gives the same picture."""
        if self.w.findings is None or self.w.runner.busy:
            QTimer.singleShot(20, self._save_when_settled)
        else:
            QTimer.singleShot(0, self._save)

    def _save(self) -> None:
        self._timeout.stop()
        QApplication.processEvents()
        if not self.w.grab().save(self.screenshot):
            self._fail(f"could not write {self.screenshot}")
            return
        self.exit_code = 0
        self.w.close_anyway()
        QApplication.quit()

    def _fail(self, why: str) -> None:
        print(f"selfcheck: {why}", file=sys.stderr)
        self.exit_code = 1
        self.w.close_anyway()  # the autopilot is not there to answer "requests not sent yet"
        QApplication.quit()

    # -- the screen-reader tour: each screen shown, then wait for "next" on standard input -------------
    def _start_tour(self) -> None:
        self._next.connect(self._advance)
        threading.Thread(target=self._read_stdin, name="selfcheck-tour", daemon=True).start()
        w = self.w
        if w.counter:
            self._counter_tour()
            self._advance()
            return
        persona, self.persona = self.persona, None
        self._steps = [
            ("sign_in", lambda: None),
            ("overview", lambda: w.cardSignIn.demo_sign_in(persona)),
            ("detail", lambda: w.open_detail(w.home.current_link())),
            ("flag", lambda: w.start_flag(w.home.current_link())),
            ("flag_error", lambda: w.flag.ui.saveButton.click()),  # saved without an answer: an error
            ("check", lambda: (w.flag.radios[Reason.NOT_MINE].click(), w.flag.ui.saveButton.click(),
                               w.home.ui.reviewButton.click())),
            ("confirmation", lambda: w.check.ui.sendButton.click()),
        ]
        self._wait_for = {"sign_in": lambda: bool(w.cardSignIn._personas) and w.cardSignIn.access is not None,
                          "overview": lambda: w.findings is not None and not w.runner.busy,
                          "confirmation": lambda: w.stack.currentWidget() is w.confirmation and not w.runner.busy}
        self._advance()

    def _counter_tour(self) -> None:
        """The counter: staff sign-in, counter, the resident's sign-in, "Is this you?", the
        overview, the approval, the end of the session, and unlocking a card."""
        from ..core.personas import persona_summaries

        w = self.w
        resident = {p.id: p for p in persona_summaries()}["child-parent-account"]

        def staff():
            w.staffPage.ui.staffIdEdit.setText("S-ADACHI-01")
            w.staffPage.ui.passwordEdit.setText("counter-demo-1")
            w.staffPage.ui.signInButton.click()

        def resident_signs_in():
            w.cardSignIn.demo_sign_in(resident.id)

        def send():
            w.start_flag(w.home.current_link())
            w.flag.radios[Reason.NOT_MINE].click()
            w.flag.ui.saveButton.click()
            w.home.ui.reviewButton.click()
            w.check.ui.sendButton.click()

        def approve():
            w.confirmation.ui.approveButton.click()
            page = w.page("approve")
            page.ui.staffIdEdit.setText("S-ADACHI-02")
            page.ui.approveButton.click()  # no password yet: an error

        self._steps = [
            ("staff_sign_in", lambda: None),
            ("counter", staff),
            ("resident_sign_in", lambda: w.counterPage.ui.startButton.click()),
            ("is_this_you", resident_signs_in),
            ("overview", lambda: w.page("identity").ui.yesButton.click()),
            ("waiting_for_approval", send),
            ("approval_error", approve),
            ("session_ended", lambda: w.counterBar.endButton.click()),
            ("unlock", lambda: w.counterPage.ui.unlockButton.click()),
        ]
        self._wait_for = {
            "counter": lambda: w.stack.currentWidget() is w.counterPage,
            "is_this_you": lambda: w.stack.currentWidget() is w.built("identity"),
            "overview": lambda: w.findings is not None and not w.runner.busy,
            "waiting_for_approval": lambda: w.stack.currentWidget() is w.built("confirmation") and not w.runner.busy,
            "session_ended": lambda: w.stack.currentWidget() is w.counterPage,
        }

    def _read_stdin(self) -> None:
        for line in sys.stdin:
            if line.strip() == "next":
                self._next.emit()

    def _advance(self) -> None:
        if not self._steps:
            self.exit_code = 0
            self.w.close_anyway()
            QApplication.quit()
            return
        name, action = self._steps.pop(0)
        action()
        self._when_ready(name)

    def _when_ready(self, name: str) -> None:
        ready = self._wait_for.get(name, lambda: True)
        if ready():
            QTimer.singleShot(200, lambda: print(f"screen {name}", flush=True))
        else:
            QTimer.singleShot(50, lambda: self._when_ready(name))
