"""Counter mode's screens (the idle timer is ``session_watch.IdleWatch``). The decisions (tokens, confirmation, approval)
live in ``core.counter``; the main window wires these pages to it.

Every page a resident sees or types into is built anew for each resident and destroyed when
their session ends (see ``MainWindow.end_session``): nothing typed survives in a widget, not
even in a line edit's undo history.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..core import pin as pins
from . import texts as t
from .forms import Page
from .widgets import ErrorSummary, announce

if TYPE_CHECKING:
    from ..core import schema as s


def _problem_title() -> str:
    return QCoreApplication.translate("SignInPage", "There is a problem")


class _FormPage(Page):
    """A page with an error summary whose messages are made again after a language switch."""

    def _init_errors(self, fields: dict) -> None:
        self._problems = None
        self._status = None
        self.errors = ErrorSummary(self.ui.errorSummary, _problem_title(), self)
        for key, (edit, label) in fields.items():
            self.errors.field(key, edit, label)

    def show_problems(self, make, focus: bool = True) -> None:
        """``make()`` returns [(field or None, message)], in the current language."""
        self._problems = make
        self.errors.show(make(), focus=focus)

    def clear_problems(self) -> None:
        self._problems = None
        self.errors.clear()

    def set_status_key(self, make) -> None:
        self._status = make
        text = make() if make else ""
        self.ui.statusLabel.setText(text)
        if text:
            announce(self.ui.statusLabel, text)

    def retranslate(self) -> None:
        self.errors.title = _problem_title()
        if self._problems is not None and self.ui.errorSummary.isVisible():
            self.errors.show(self._problems(), focus=False)
        if self._status is not None:
            self.ui.statusLabel.setText(self._status())


class _CredentialsPage(_FormPage):
    """A staff ID and a password (signing in, or a second staff member approving)."""

    def _init_credentials(self, button) -> None:
        ui = self.ui
        self._init_errors({"staff": (ui.staffIdEdit, ui.staffIdError), "password": (ui.passwordEdit, ui.passwordError)})
        button.clicked.connect(self.submit)
        ui.staffIdEdit.returnPressed.connect(ui.passwordEdit.setFocus)
        ui.passwordEdit.returnPressed.connect(self.submit)

    def _missing(self, field: str) -> str:
        raise NotImplementedError

    def _submitted(self, staff_id: str, password: str) -> None:
        raise NotImplementedError

    def submit(self) -> None:
        staff_id, password = self.ui.staffIdEdit.text().strip(), self.ui.passwordEdit.text()
        missing = [k for k, v in (("staff", staff_id), ("password", password)) if not v]
        if missing:
            self.show_problems(lambda: [(k, self._missing(k)) for k in missing])
            return
        self.clear_problems()
        self._submitted(staff_id, password)


class StaffSignInPage(_CredentialsPage):
    form_name = "staff.ui"
    signInRequested = Signal(str, str)

    def __init__(self, demo: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui.demoHint.setVisible(demo)
        self._init_credentials(self.ui.signInButton)

    def heading(self) -> str:
        return self.tr("Counter staff sign-in")

    def first_focus(self) -> QWidget:
        return self.ui.passwordEdit if self.ui.staffIdEdit.text() else self.ui.staffIdEdit

    def _missing(self, field: str) -> str:
        return self.tr("Enter your staff ID.") if field == "staff" else self.tr("Enter your password.")

    def _submitted(self, staff_id: str, password: str) -> None:
        self.signInRequested.emit(staff_id, password)

    def set_busy(self, busy: bool) -> None:
        self.ui.signInButton.setEnabled(not busy)
        self.set_status_key((lambda: self.tr("Signing in…")) if busy else None)

    def forget_password(self) -> None:
        self.ui.passwordEdit.setText("")  # setText also empties the undo history


class CounterPage(Page):
    form_name = "counter.ui"
    startRequested = Signal()
    unlockRequested = Signal()
    signOutRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._staff: s.StaffSessionOut | None = None
        self._status = None
        self.ui.startButton.clicked.connect(self.startRequested)
        self.ui.unlockButton.clicked.connect(self.unlockRequested)
        self.ui.staffSignOutButton.clicked.connect(self.signOutRequested)

    def heading(self) -> str:
        return self.tr("Counter")

    def first_focus(self) -> QWidget:
        return self.ui.startButton

    def set_staff(self, staff: s.StaffSessionOut | None) -> None:
        self._staff = staff
        if staff is None:
            self.ui.staffLabel.setText("")
            return
        where = t.pick(staff.municipality, staff.municipality_en)
        self.ui.titleLabel.setText(self.tr("Counter of %1").replace("%1", where))
        self.ui.staffLabel.setText(self.tr("Signed in: staff %1. Residents who come next see nothing of the one before.")
                                   .replace("%1", staff.staff_id))

    def set_status_key(self, make) -> None:
        """A message (e.g. why the last session ended), made again after a language switch."""
        self._status = make
        text = make() if make else ""
        self.ui.statusLabel.setText(text)
        self.ui.statusLabel.setVisible(bool(text))
        if text:
            announce(self.ui.statusLabel, text)

    def retranslate(self) -> None:
        self.set_staff(self._staff)
        if self._status is not None:
            self.ui.statusLabel.setText(self._status())


class IdentityPage(Page):
    """"Is this you?": the resident checks name and birth date before anything can change."""

    form_name = "identity.ui"
    confirmed = Signal()
    rejected = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._profile = None
        self.ui.yesButton.clicked.connect(self.confirmed)
        self.ui.noButton.clicked.connect(self.rejected)

    def heading(self) -> str:
        return self.tr("Is this you?")

    def first_focus(self) -> QWidget:
        return self.ui.nameValue

    def set_profile(self, profile: s.Profile, masked_number: str) -> None:
        self._profile = profile
        ui = self.ui
        name = profile.name + (f" ({profile.name_alphabet})" if profile.name_alphabet else "")
        ui.nameValue.setText(name)
        ui.kanaValue.setText(profile.name_kana)
        ui.birthValue.setText(t.fmt_birth_date(profile.birth_date))
        ui.numberValue.setText(masked_number)
        announce(ui.nameValue, self.tr("Is this you? %1, born %2.").replace("%1", name)
                 .replace("%2", t.fmt_birth_date(profile.birth_date)))

    def set_busy(self, busy: bool) -> None:
        self.ui.yesButton.setEnabled(not busy)
        self.ui.statusLabel.setText(self.tr("Opening your information…") if busy else "")

    def retranslate(self) -> None:
        if self._profile is not None:
            self.ui.birthValue.setText(t.fmt_birth_date(self._profile.birth_date))


class UnlockPage(_FormPage):
    """Unlocking a locked card is a PIN reset on the card itself: the card in the counter's
    reader, the photo-ID check ticked by staff, the new PIN typed twice by the resident (it goes
    to the card only). No number is typed."""

    form_name = "unlock.ui"
    unlockRequested = Signal(str, bool)  # new PIN, identity checked
    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ui = self.ui
        self._init_errors({"identity": (ui.identityCheck, ui.identityError),
                           "pin": (ui.pinEdit, ui.pinError), "repeat": (ui.repeatEdit, ui.repeatError)})
        ui.unlockButton.clicked.connect(self.submit)
        ui.cancelButton.clicked.connect(self.cancelRequested)
        ui.pinEdit.returnPressed.connect(ui.repeatEdit.setFocus)
        ui.repeatEdit.returnPressed.connect(self.submit)
        self.card_present = False

    def set_card(self, present: bool) -> None:
        """Whether the resident's card is in the counter's reader (the reset needs it there)."""
        self.card_present = present

    def heading(self) -> str:
        return self.tr("Unlock a locked card")

    def first_focus(self) -> QWidget:
        return self.ui.identityCheck

    def submit(self) -> None:
        ui = self.ui
        pin, pproblem = pins.validate(ui.pinEdit.text())
        checked = ui.identityCheck.isChecked()
        again = pins.validate(ui.repeatEdit.text())[0]
        mismatch = pin is not None and again != pin
        card = self.card_present

        def make():
            out = []
            if not card:
                out.append((None, self.tr("Put the resident's locked card in the counter's card reader first.")))
            if not checked:
                out.append(("identity", self.tr("Check the resident's photo ID first, then tick this box.")))
            if pproblem:
                out.append(("pin", t.pin_problem(pproblem)))
            if mismatch:
                out.append(("repeat", self.tr("The two PINs are different. Type the same new PIN twice.")))
            return out

        if make():
            self.show_problems(make)
            return
        self.clear_problems()
        self.unlockRequested.emit(pin, checked)

    def set_busy(self, busy: bool) -> None:
        self.ui.unlockButton.setEnabled(not busy)
        self.set_status_key((lambda: self.tr("Unlocking…")) if busy else None)


class ApprovePage(_CredentialsPage):
    form_name = "approve.ui"
    approveRequested = Signal(str, str)
    backRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._request = None
        self._init_credentials(self.ui.approveButton)
        self.ui.backButton.clicked.connect(self.backRequested)

    def heading(self) -> str:
        return self.tr("Second staff approval")

    def first_focus(self) -> QWidget:
        return self.ui.staffIdEdit

    def set_request(self, req: s.CorrectionRequest) -> None:
        self._request = req
        self.ui.requestLabel.setText(
            self.tr("Reference %1: %n item(s) reported by the resident, taken at the counter by staff %2.", None, len(req.items))
            .replace("%1", req.reference).replace("%2", req.counter_staff_id or "—"))

    def _missing(self, field: str) -> str:
        return (self.tr("Enter the approving staff member's ID.") if field == "staff"
                else self.tr("Enter the approving staff member's password."))

    def _submitted(self, staff_id: str, password: str) -> None:
        self.approveRequested.emit(staff_id, password)

    def set_busy(self, busy: bool) -> None:
        self.ui.approveButton.setEnabled(not busy)
        self.set_status_key((lambda: self.tr("Approving…")) if busy else None)
        if not busy:
            self.ui.passwordEdit.setText("")

    def retranslate(self) -> None:
        super().retranslate()
        if self._request is not None:
            self.set_request(self._request)


class CounterBar(QFrame):
    """Always on top while a resident is at the counter: who assists, the idle countdown, and
    the way to end the session."""

    endRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("counterBar")
        self.setProperty("role", "counterBar")
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 8, 16, 8)
        row = QHBoxLayout()
        column.addLayout(row)
        self.label = QLabel(self)
        self.label.setObjectName("counterLabel")
        self.label.setWordWrap(True)
        self.idleLabel = QLabel(self)
        self.idleLabel.setObjectName("idleLabel")
        self.idleLabel.setProperty("role", "idleWarning")
        self.idleLabel.setWordWrap(True)
        self.idleLabel.setVisible(False)
        self.endButton = QPushButton(self)
        self.endButton.setObjectName("endSessionButton")
        self.endButton.clicked.connect(self.endRequested)
        row.addWidget(self.label, 1)
        row.addWidget(self.endButton)
        column.addWidget(self.idleLabel)
        self._staff: s.StaffSessionOut | None = None
        self._left: int | None = None
        self.retranslate()

    def set_staff(self, staff: s.StaffSessionOut | None) -> None:
        self._staff = staff
        self.retranslate()

    def show_countdown(self, seconds: int | None) -> None:
        first = self._left is None and seconds is not None
        self._left = seconds
        self.idleLabel.setVisible(seconds is not None)
        self._countdown_text()
        if first:
            announce(self.idleLabel, self.idleLabel.text())

    def _countdown_text(self) -> None:
        if self._left is not None:
            self.idleLabel.setText(self.tr("⚠ No one has used the screen for a while. To protect the resident's data this "
                                           "session ends in %n second(s). Press any key or move the mouse to go on.",
                                           None, self._left))
            self.idleLabel.setAccessibleName(self.idleLabel.text())

    def retranslate(self) -> None:
        staff = self._staff
        where = t.pick(staff.municipality, staff.municipality_en) if staff else ""
        self.label.setText(self.tr("Counter of %1 · staff %2").replace("%1", where).replace("%2", staff.staff_id if staff else ""))
        self.label.setAccessibleName(self.label.text())
        self.endButton.setText(self.tr("End session (Ctrl+Shift+O)"))
        self.endButton.setAccessibleName(self.tr("End this resident's session"))
        self._countdown_text()
