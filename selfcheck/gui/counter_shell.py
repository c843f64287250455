"""The counter's shell: its bar, idle timer and own pages, as a view over ``core.counter.CounterFlow``.

The journey (staff sign-in → counter → resident sign-in → "Is this you?" → the resident →
approval → ended) and the order in which a resident's session ends are decided in the core;
this class turns the flow's events into screens. The resident's own screens are the same
``ResidentView`` as at home, bound to a fresh controller for each resident.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication, QWidget

from ..core import counter as cv
from ..core.counter import CounterFlow, CounterStep, EndReason
from ..core.errors import ApiError, ErrorKind
from ..core.resident import ResidentController, SignInFailed
from . import texts as t
from .counter import CounterBar, CounterPage, StaffSignInPage
from .session_watch import IdleWatch
from .widgets import announce

if TYPE_CHECKING:
    from ..core.jobs import Event
    from .main_window import MainWindow


translate = QCoreApplication.translate


ENDED_MESSAGES: dict[EndReason, Callable[[], str]] = {
    EndReason.ENDED: lambda: translate("CounterShell", "The session has ended. Nothing of that resident is left on this computer."),
    EndReason.IDLE: lambda: translate("CounterShell", "The session ended by itself after a time without activity. Nothing of that resident "
                               "is left on this computer."),
    EndReason.NOT_ME: lambda: translate("CounterShell", "The session was ended because the resident said the name shown was not theirs. "
                                 "Nothing was shown or changed. Start again with the resident's own card."),
    EndReason.CANCELLED: lambda: translate("CounterShell", "The resident's sign-in was cancelled."),
    EndReason.EXPIRED: lambda: translate("CounterShell", "The resident's session has expired, so it was ended. Start a new session."),
}


class CounterShell(QObject):
    def __init__(self, window: MainWindow, layout) -> None:
        super().__init__(window)
        self.w = window
        self.flow = CounterFlow(window.backend)
        self.counterBar = CounterBar(window)
        self.counterBar.setVisible(False)
        self.counterBar.endRequested.connect(lambda: self.end_session(EndReason.ENDED))
        layout.addWidget(self.counterBar)
        # at 200 % text a page may need more height than the screen has: it scrolls, and the bar
        # with the idle warning above it always gets the room it needs
        from .layout import PageScroll

        window.pageScroll = PageScroll(window.stack, window)
        layout.addWidget(window.pageScroll, 1)
        self.staffPage = StaffSignInPage(window.backend.demo)
        self.staffPage.signInRequested.connect(self.staff_sign_in)
        self.counterPage = CounterPage()
        self.counterPage.startRequested.connect(lambda: self.do(self.flow.start_resident()))
        self.counterPage.unlockRequested.connect(lambda: self.do(self.flow.open_unlock()))
        self.counterPage.signOutRequested.connect(lambda: self.do(self.flow.staff_sign_out()))
        window.add_page(self.staffPage)
        window.add_page(self.counterPage)
        self.idle = IdleWatch(self)
        self.idle.countdown.connect(self.counterBar.show_countdown)
        self.idle.expired.connect(lambda: self.end_session(EndReason.IDLE))

    def do(self, events: list[Event]) -> None:
        self.w.render(events)

    def end_session(self, reason: EndReason) -> None:
        self.do(self.flow.end_session(reason))

    # -- pages -----------------------------------------------------------------------------------
    def make_page(self, name: str) -> QWidget:
        """The counter's pages made anew for each resident (or each unlock)."""
        from . import counter
        from .signin import SignInPage

        if name == "signin":  # the resident's own sign-in, without the demo's list of residents
            page = SignInPage(False)
            self._signin_texts(page)
            page.ui.cancelButton.setVisible(True)
            page.ui.cancelButton.clicked.connect(lambda: self.end_session(EndReason.CANCELLED))
            self.w.cardSignIn.attach(page)
        elif name == "identity":
            page = counter.IdentityPage()
            page.confirmed.connect(self.confirm_identity)
            page.rejected.connect(lambda: self.end_session(EndReason.NOT_ME))
        elif name == "unlock":
            page = counter.UnlockPage()
            page.set_card(self.w.cardSignIn.card_in_reader())  # the PIN is reset on the card itself
            page.unlockRequested.connect(self.unlock_card)
            page.cancelRequested.connect(self.cancel_unlock)
        elif name == "approve":
            page = counter.ApprovePage()
            page.approveRequested.connect(self.approve)
            page.backRequested.connect(lambda: self.do(self.flow.back_from_approval()))
        else:
            raise KeyError(name)
        return page

    @staticmethod
    def _signin_texts(page) -> None:
        page.ui.titleLabel.setText(translate("CounterShell", "Resident: sign in with your own card"))
        page.ui.introLabel.setText(translate("CounterShell", "Put your My Number Card in the reader and type its 4-digit PIN yourself. "
                                      "The staff member does not look, and the PIN goes to your card only."))

    def page_for(self, step: CounterStep) -> QWidget:
        if step is CounterStep.STAFF_SIGN_IN:
            return self.staffPage
        if step is CounterStep.COUNTER:
            return self.counterPage
        return self.w.view.page(step.value)

    # -- commands that need a screen first ------------------------------------------------------
    def staff_sign_in(self, staff_id: str, password: str) -> None:
        self.staffPage.set_busy(True)
        self.do(self.flow.staff_sign_in(staff_id, password))

    def confirm_identity(self) -> None:
        self.w.view.page("identity").set_busy(True)
        self.do(self.flow.confirm_identity())

    def unlock_card(self, new_pin: str, identity_checked: bool) -> None:
        """The page has checked that both PINs are the same and the card is in; they go to the card only."""
        self.w.view.page("unlock").set_busy(True)
        self.do(self.flow.reset_card_pin(self.w.cardSignIn.access.channel, new_pin, identity_checked))

    def cancel_unlock(self) -> None:
        self.counterPage.set_status_key(None)
        self.do(self.flow.cancel_unlock())

    def approve(self, staff_id: str, password: str) -> None:
        self.w.view.page("approve").set_busy(True)
        self.do(self.flow.approve(staff_id, password))

    def backend_failed(self, text: Callable[[], str]) -> None:
        self.staffPage.show_problems(lambda: [(None, text())])

    # -- rendering the flow's events -------------------------------------------------------------
    def handlers(self) -> dict[type, Callable]:
        return {cv.CounterStepChanged: self._step, cv.StaffSignedIn: self._staff_signed_in,
                cv.StaffSignInFailed: self._staff_sign_in_failed, cv.StaffSignedOut: self._staff_signed_out,
                cv.ResidentStarted: self._resident_started, cv.IdentityCheck: self._identity_check,
                cv.IdentityFailed: self._identity_failed, cv.ResidentSignInFailed: self._resident_sign_in_failed,
                cv.StopIdle: self._stop_idle, cv.DropResults: lambda e: self.w.runner.invalidate(),
                cv.WipeScreens: self._wipe, cv.SessionEnded: self._ended, cv.Unlocked: self._unlocked,
                cv.UnlockFailed: self._unlock_failed, cv.ApprovalOpened: self._approval_opened,
                cv.ApproveFailed: self._approve_failed}

    def _step(self, e: cv.CounterStepChanged) -> None:
        view = self.w.view
        if e.step is not CounterStep.UNLOCK:
            view.drop("unlock")  # the number and the new PIN go with the page
        if e.step is not CounterStep.APPROVAL and view.built("approve") is not None:
            view.page("approve").set_busy(False)
        self.w.show_step()

    def _staff_signed_in(self, e: cv.StaffSignedIn) -> None:
        self.staffPage.set_busy(False)
        self.staffPage.forget_password()
        self.counterPage.set_staff(e.staff)
        self.counterBar.set_staff(e.staff)
        self.counterPage.set_status_key(None)

    def _staff_sign_in_failed(self, e: cv.StaffSignInFailed) -> None:
        self.staffPage.set_busy(False)
        err = e.error
        field = "password" if isinstance(err, ApiError) and err.kind is ErrorKind.WRONG_PASSWORD else None
        self.staffPage.show_problems(lambda: [(field, t.error_message(err))])

    def _staff_signed_out(self, e: cv.StaffSignedOut) -> None:
        self.counterPage.set_staff(None)
        self.counterBar.set_staff(None)
        self.staffPage.set_status_key((lambda: translate("CounterShell", "Your staff session has ended. Sign in again to go on."))
                                      if e.expired else (lambda: translate("CounterShell", "You have signed out of the counter.")))

    def _resident_started(self, e: cv.ResidentStarted) -> None:
        """The screen turns to the resident: from here the idle timer protects their data."""
        self.w.view.ctl = e.resident
        self.idle.start(e.policy.idle_seconds, e.policy.warn_seconds)
        self.counterBar.setVisible(True)
        self.counterPage.set_status_key(None)

    def _identity_check(self, e: cv.IdentityCheck) -> None:
        self.w.signin.clear_pin()
        self.w.signin.set_busy(False)
        self.w.view.page("identity").set_profile(e.profile, e.masked_number)

    def _identity_failed(self, e: cv.IdentityFailed) -> None:
        page = self.w.view.page("identity")
        page.set_busy(False)
        page.ui.statusLabel.setText(t.error_message(e.error))
        announce(page.ui.statusLabel, page.ui.statusLabel.text())

    def _resident_sign_in_failed(self, e: cv.ResidentSignInFailed) -> None:
        message = None
        if e.locked:
            message = lambda: translate("CounterShell", "This card is locked after 3 wrong PINs. The staff member can unlock it here: "  # noqa: E731
                                 "choose “Back to the counter”, then “Unlock a locked card”.")
        self.w.view.show_sign_in_failed(SignInFailed(e.error), message)

    def _stop_idle(self, _e) -> None:
        self.idle.stop()
        self.w.stop_timers()

    def _wipe(self, e: cv.WipeScreens) -> None:
        """Every page the resident saw is destroyed, the clipboard cleared; the window then says
        ``sessionEnded`` (not when it closes)."""
        view = self.w.view
        view.ctl = ResidentController(self.w.backend)  # no one: nothing of the last resident
        closing = e.reason is EndReason.CLOSED
        view.wipe(None if closing else (lambda: self.w.sessionEnded.emit(e.reason.value)))
        for mode in (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection):
            QApplication.clipboard().clear(mode)
        self.counterBar.show_countdown(None)
        self.counterBar.setVisible(False)
        if not self.w.runner.closed:
            self.w.prebuild_soon()

    def _ended(self, e: cv.SessionEnded) -> None:
        self.counterPage.set_status_key(ENDED_MESSAGES.get(e.reason))

    def _unlocked(self, _e) -> None:
        self.counterPage.set_status_key(lambda: translate("CounterShell", "The card is unlocked. The resident can now sign in with their new PIN."))

    def _unlock_failed(self, e: cv.UnlockFailed) -> None:
        page = self.w.view.page("unlock")
        page.set_busy(False)
        err = e.error
        if isinstance(err, ApiError) and err.code == "cannot_unlock":
            # the service says the same for an unknown number, a card that is not locked and a
            # resident of another municipality: the counter learns nothing it should not
            page.show_problems(lambda: [("number", translate("CounterShell", "This card cannot be unlocked at this counter: it is not "
                                                      "locked, or the resident is registered in another "
                                                      "municipality. Check the number against the card."))])
        else:
            page.show_problems(lambda: [(None, t.error_message(err))])  # card errors too (texts.error_message)

    def _approval_opened(self, e: cv.ApprovalOpened) -> None:
        self.w.view.page("approve").set_request(e.request)

    def _approve_failed(self, e: cv.ApproveFailed) -> None:
        page = self.w.view.page("approve")
        page.set_busy(False)
        err = e.error
        field = "password" if isinstance(err, ApiError) and err.kind is ErrorKind.WRONG_PASSWORD else None
        if isinstance(err, ApiError) and err.kind is ErrorKind.FORBIDDEN:
            field = "staff"
        page.show_problems(lambda: [(field, t.error_message(err))])

    # -- language -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        from .forms import retranslate_form

        view = self.w.view
        for page in (self.staffPage, self.counterPage):
            retranslate_form(page.ui)
        for name in ("signin", "identity", "unlock", "approve"):
            page = view.built(name)
            if page is not None:
                retranslate_form(page.ui)
        for page in (self.staffPage, self.counterPage, self.counterBar,
                     *(view.built(n) for n in ("identity", "unlock", "approve") if view.built(n) is not None)):
            page.retranslate()
        signin = view.built("signin")
        if signin is not None:
            signin.retranslate()
            self._signin_texts(signin)
