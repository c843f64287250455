"""The sign-in screen: the first thing anyone sees, so it loads only what it needs (no pydantic,
no HTTP client); everything else is imported after the window has painted."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ..core import mynumber, pin as pins
from . import texts as t
from .forms import Page
from .widgets import ErrorSummary, announce

if TYPE_CHECKING:
    from ..core import schema as s


class SignInPage(Page):
    form_name = "signin.ui"
    signInRequested = Signal(str, str)
    personasLoaded = Signal()

    def __init__(self, demo: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ui = self.ui
        self._personas: list[s.PersonaSummary] = []
        self._problems = None  # makes the shown problems again, in the current language
        self._status = None
        ui.demoBox.setVisible(demo)
        ui.personaCombo.setEnabled(False)
        ui.usePersonaButton.setEnabled(False)
        self.errors = ErrorSummary(ui.errorSummary, self.tr("There is a problem"), self)
        self.errors.field("number", ui.numberEdit, ui.numberError)
        self.errors.field("pin", ui.pinEdit, ui.pinError)
        ui.showNumberCheck.toggled.connect(self._show_number)
        ui.usePersonaButton.clicked.connect(self.use_persona)
        ui.personaCombo.currentIndexChanged.connect(self._persona_hint)
        ui.signInButton.clicked.connect(self.submit)
        ui.numberEdit.returnPressed.connect(ui.pinEdit.setFocus)
        ui.pinEdit.returnPressed.connect(self.submit)

    def first_focus(self) -> QWidget:
        ui = self.ui
        if ui.demoBox.isVisible() and ui.personaCombo.isEnabled() and not ui.numberEdit.text():
            return ui.personaCombo
        return ui.numberEdit if not ui.numberEdit.text() else ui.pinEdit

    def heading(self) -> str:
        return self.tr("Sign in")

    def retranslate(self) -> None:
        """Texts set from code, again in the current language (typed text is not touched)."""
        heading = getattr(self, "_heading", None)
        self.errors.title = heading() if heading else self.tr("There is a problem")
        if self._personas:
            index = self.ui.personaCombo.currentIndex()
            self.set_personas(self._personas, announce_loaded=False)
            self.ui.personaCombo.setCurrentIndex(index)
        if self._problems is not None and self.ui.errorSummary.isVisible():
            self.errors.show(self._problems(), focus=False)
        self.set_status(self._status() if self._status else "")
        card = getattr(self, "card", None)  # the card panel (gui/card.py), put here by the window
        if card is not None:
            card.retranslate()

    def set_personas(self, people: list[s.PersonaSummary], announce_loaded: bool = True) -> None:
        self._personas = people
        combo = self.ui.personaCombo
        combo.clear()
        for p in people:
            combo.addItem(f"{t.pick(p.name, p.name_en)} — {t.pick(p.problem, p.problem_en)}", p.id)
        combo.setEnabled(bool(people))
        self.ui.usePersonaButton.setEnabled(bool(people))
        if announce_loaded:
            self.personasLoaded.emit()

    def select_persona(self, persona_id: str) -> bool:
        i = self.ui.personaCombo.findData(persona_id)
        if i >= 0:
            self.ui.personaCombo.setCurrentIndex(i)
        return i >= 0

    def _persona_hint(self, i: int) -> None:
        if 0 <= i < len(self._personas):
            p = self._personas[i]
            self.ui.personaCombo.setToolTip(t.pick(p.problem, p.problem_en))

    def use_persona(self) -> None:
        i = self.ui.personaCombo.currentIndex()
        if 0 <= i < len(self._personas):
            p = self._personas[i]
            self.ui.numberEdit.setText(mynumber.group(p.number))
            self.ui.pinEdit.setText(p.pin)
            self.ui.signInButton.setFocus()
            self.set_status_key(lambda: self.tr("Filled in the number and PIN of the demo resident. Press Sign in."))

    def _show_number(self, shown: bool) -> None:
        self.ui.numberEdit.setEchoMode(self.ui.numberEdit.EchoMode.Normal if shown else self.ui.numberEdit.EchoMode.Password)

    def submit(self) -> None:
        number, nproblem = mynumber.validate(self.ui.numberEdit.text())
        pin, pproblem = pins.validate(self.ui.pinEdit.text())
        problems = []
        if nproblem:
            problems.append(("number", t.number_problem(nproblem)))
        if pproblem:
            problems.append(("pin", t.pin_problem(pproblem)))
        if problems:
            self._heading = None
            self.errors.title = self.tr("There is a problem")
            self._problems = lambda: [(k, t.number_problem(nproblem) if k == "number" else t.pin_problem(pproblem))
                                      for k, _m in problems]
            self.errors.show(problems)
            return
        self.errors.clear()
        self._problems = None
        self.signInRequested.emit(number, pin)

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.ui.signInButton.setEnabled(not busy)
        self.set_status(text)
        if not busy and getattr(self, "card", None) is not None:
            self.card.set_busy(False)

    def set_status_key(self, make) -> None:
        """A status made by ``make()``, so it can be made again in another language."""
        self._status = make
        self.set_status(make())

    def set_status(self, text: str) -> None:
        self.ui.statusLabel.setText(text)
        self.ui.statusLabel.setAccessibleDescription(text)
        if text:
            announce(self.ui.statusLabel, text)

    def show_error(self, message: str, field: str | None = None, remake=None, heading=None) -> None:
        """What went wrong with a sign-in attempt, headed for what happened (not as a problem
        with what was typed). A wrong PIN is cleared, so that pressing Sign in again does not
        spend another attempt on it. ``remake``/``heading``: make the message/heading again
        (after a language switch)."""
        self._heading = heading or (lambda: self.tr("Could not sign in"))
        self.errors.title = self._heading()
        if field == "pin":
            self.clear_pin()
        self._problems = (lambda: [(field, remake())]) if remake else (lambda: [(field, message)])
        self.errors.show([(field, message)])

    def clear_pin(self) -> None:
        self.ui.pinEdit.setText("0" * len(self.ui.pinEdit.text()))  # overwrite, then clear
        self.ui.pinEdit.clear()
        if getattr(self, "card", None) is not None:  # the card panel's PIN too (gui/card.py)
            self.card.clear_pin()

    def clear_all(self) -> None:
        self.clear_pin()
        self.ui.numberEdit.clear()
        self.ui.showNumberCheck.setChecked(False)
        self.errors.clear()
        self.set_status("")
