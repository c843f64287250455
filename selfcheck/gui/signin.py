"""The sign-in screen: the first thing anyone sees, so it loads only what it needs (no pydantic,
no HTTP client); everything else is imported after the window has painted.

The only way in is the My Number Card (its panel, ``gui/card.py``, is put on this page by
``gui/card_signin.py``): no number is typed, and the PIN goes to the card only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from .forms import Page
from .widgets import ErrorSummary, announce

if TYPE_CHECKING:
    from ..core import schema as s
    from .card import CardPanel


class SignInPage(Page):
    form_name = "signin.ui"
    personasLoaded = Signal()

    def __init__(self, demo: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.demo = demo
        self.card: CardPanel | None = None  # put here by the window (gui/card_signin.py)
        self._personas: list[s.PersonaSummary] = []
        self._problems = None  # makes the shown problems again, in the current language
        self._status = None
        self.errors = ErrorSummary(self.ui.errorSummary, self.tr("There is a problem"), self)

    def first_focus(self) -> QWidget:
        card = self.card
        if card is None:
            return self.ui.titleLabel
        if card.demoRow.isVisible() and not card.card_present and card.cardPersonaCombo.count():
            return card.cardPersonaCombo
        return card.cardPinEdit

    def heading(self) -> str:
        return self.tr("Sign in")

    def retranslate(self) -> None:
        """Texts set from code, again in the current language (typed text is not touched)."""
        heading = getattr(self, "_heading", None)
        self.errors.title = heading() if heading else self.tr("There is a problem")
        if self._problems is not None and self.ui.errorSummary.isVisible():
            self.errors.show(self._problems(), focus=False)
        self.set_status(self._status() if self._status else "")
        if self.card is not None:
            self.card.retranslate()

    def set_personas(self, people: list[s.PersonaSummary], announce_loaded: bool = True) -> None:
        """The demo's residents, in the card panel's picker (it inserts their card)."""
        self._personas = people
        if self.card is not None:
            self.card.set_personas(people)
        if announce_loaded:
            self.personasLoaded.emit()

    def select_persona(self, persona_id: str) -> bool:
        return self.card is not None and self.card.select_persona(persona_id)

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.set_status(text)
        if not busy and self.card is not None:
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
        """What went wrong with a sign-in attempt, headed for what happened. ``remake``/``heading``:
        make the message/heading again (after a language switch). ``field`` is kept for callers;
        the card's PIN is cleared by its panel."""
        self._heading = heading or (lambda: self.tr("Could not sign in"))
        self.errors.title = self._heading()
        self.clear_pin()
        self._problems = (lambda: [(None, remake())]) if remake else (lambda: [(None, message)])
        self.errors.show([(None, message)])

    def clear_pin(self) -> None:
        if self.card is not None:
            self.card.clear_pin()

    def clear_all(self) -> None:
        self.clear_pin()
        self.errors.clear()
        self._problems = None
        self.set_status("")
