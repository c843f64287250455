"""Signing in with the My Number Card: the reader's state, the PIN field (typed into the app,
sent to the card only) and, in the demo, a picker that inserts and removes a persona's software card.

``CardAccess`` is the card side of the window: a PC/SC reader watched in a thread (pyscard),
or the in-process software reader of the demo. Its signal ``cardChanged(reader, present)``
always arrives on the GUI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy,
                               QVBoxLayout, QWidget)

from ..core import pin as pins
from . import texts as t
from .widgets import announce


if TYPE_CHECKING:
    from ..core import schema as s
    from ..core.backend import Backend


class CardAccess(QObject):
    """Where the card is. ``mode``: "local" (the demo's in-process reader) or "pcsc"."""

    cardChanged = Signal(str, bool)
    _changed = Signal(str, bool)  # from the watcher's thread

    def __init__(self, mode: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self.reader: str | None = None  # the reader holding a card, if any
        self._present: dict[str, bool] = {}
        self._watcher = None
        self._local = None
        self._bridge = None
        self._demo_cards: dict[str, object] = {}
        self._changed.connect(self._on_change, Qt.ConnectionType.QueuedConnection)
        if mode == "local":
            from ..core.card.local import LocalReader

            self._local = LocalReader()
            self._local.subscribe(lambda r, p: self._changed.emit(r, p))

    @staticmethod
    def choose(demo: bool) -> str:
        """A real (or the virtual) PC/SC reader when pcscd has one; else, in the demo, in-process."""
        from ..core.card import pcsc
        from ..core.card.vpcd import VIRTUAL_READER_PREFIX

        names = pcsc.readers()
        if demo and not any(n.startswith(VIRTUAL_READER_PREFIX) for n in names):
            return "local"
        return "pcsc" if names or not demo else "local"

    def start(self) -> None:
        if self.mode == "pcsc" and self._watcher is None:
            from ..core.card.pcsc import CardWatcher
            from ..core.card.jpki import CardError

            try:
                self._watcher = CardWatcher(lambda r, p: self._changed.emit(r, p)).start()
            except CardError:
                self._watcher = None  # no PC/SC service: the panel says there is no reader

    def stop(self) -> None:
        if self._watcher is not None:
            self._watcher.stop()
            self._watcher = None
        if self._bridge is not None:
            self._bridge.remove()
            self._bridge = None

    def _on_change(self, reader: str, present: bool) -> None:
        self._present[reader] = present
        held = [r for r, p in self._present.items() if p]
        self.reader = held[0] if held else None
        self.cardChanged.emit(reader, present)

    def channel(self):
        """A connection to the card (call in a worker)."""
        from ..core.card.jpki import CardRemoved

        if self._local is not None:
            return self._local.connect()
        if self.reader is None:
            raise CardRemoved("no card")
        from ..core.card.pcsc import PcscChannel

        return PcscChannel(self.reader)

    # -- the demo's cards --------------------------------------------------------------------
    def demo_card(self, backend: "Backend", persona: "s.PersonaSummary"):
        """The persona's software card, issued once per run (in a worker); keeps its PIN counter."""
        card = self._demo_cards.get(persona.id)
        if card is None:
            from ..core.card.demo import issue_demo_card, new_card_key

            key = new_card_key()  # first: made while the demo server may still be starting (the GIL is free meanwhile)
            card = issue_demo_card(backend.client(), backend.admin_token, persona.id, persona.pin, key=key)
            self._demo_cards[persona.id] = card
        return card

    def forget_demo_cards(self) -> None:
        self.remove_card()
        self._demo_cards.clear()

    def insert_card(self, card) -> None:
        self.remove_card()
        if self._local is not None:
            self._local.insert(card)
            return
        from ..core.card.vpcd import VpcdBridge

        self._bridge = VpcdBridge(card).insert()

    def remove_card(self) -> None:
        if self._local is not None:
            self._local.remove()
        elif self._bridge is not None:
            self._bridge.remove()
            self._bridge = None


class CardPanel(QGroupBox):
    """Card sign-in: the reader's state, the PIN, the button; the demo's insert/remove row."""

    signInRequested = Signal(str)
    insertRequested = Signal(str)  # persona id (demo)
    removeRequested = Signal()

    def __init__(self, demo: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardBox")
        # never squeezed below what it needs: on a short screen the page scrolls instead
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._status: Callable[[], str] = lambda: ""
        self._error: Callable[[], str] | None = None
        layout = QVBoxLayout(self)
        self.demoRow = QWidget(self)
        row = QHBoxLayout(self.demoRow)
        row.setContentsMargins(0, 0, 0, 0)
        self.demoLabel = QLabel(self.demoRow)
        self.cardPersonaCombo = QComboBox(self.demoRow)
        self.cardPersonaCombo.setObjectName("cardPersonaCombo")
        # as wide as the row leaves, not as the longest resident's description (which made the page
        # wider than the screen when the list was filled before the page first showed)
        self.cardPersonaCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.cardPersonaCombo.setMinimumContentsLength(16)
        self.demoLabel.setBuddy(self.cardPersonaCombo)
        self.insertButton = QPushButton(self.demoRow)
        self.insertButton.setObjectName("insertCardButton")
        self.removeButton = QPushButton(self.demoRow)
        self.removeButton.setObjectName("removeCardButton")
        row.addWidget(self.demoLabel)
        row.addWidget(self.cardPersonaCombo, 1)
        row.addWidget(self.insertButton)
        row.addWidget(self.removeButton)
        self.demoRow.setVisible(demo)
        self.demoRow.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.readerLabel = QLabel(self)
        self.readerLabel.setObjectName("readerLabel")
        self.readerLabel.setWordWrap(True)
        self.cardPinLabel = QLabel(self)
        self.cardPinEdit = QLineEdit(self)
        self.cardPinEdit.setObjectName("cardPinEdit")
        self.cardPinEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.cardPinEdit.setMaxLength(8)
        self.cardPinEdit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
        self.cardPinLabel.setBuddy(self.cardPinEdit)
        self.cardErrorLabel = QLabel(self)
        self.cardErrorLabel.setObjectName("cardErrorLabel")
        self.cardErrorLabel.setWordWrap(True)
        self.cardErrorLabel.setProperty("role", "error")
        self.cardErrorLabel.setVisible(False)
        self.cardSignInButton = QPushButton(self)
        self.cardSignInButton.setObjectName("cardSignInButton")
        self.cardSignInButton.setEnabled(False)
        for w in (self.demoRow, self.readerLabel, self.cardPinLabel, self.cardPinEdit, self.cardErrorLabel,
                  self.cardSignInButton):
            layout.addWidget(w)
        self._personas: list = []
        self.insertButton.clicked.connect(self._insert)
        self.removeButton.clicked.connect(self.removeRequested)
        self.cardSignInButton.clicked.connect(self.submit)
        self.cardPinEdit.returnPressed.connect(self.submit)
        self.card_present = False
        self._pending = False
        self.retranslate()
        self.set_card(False)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Sign in with your My Number Card"))
        self.setAccessibleName(self.tr("Sign in with your My Number Card"))
        self.insertButton.setText(self.tr("Ins&ert this resident's card"))
        self.insertButton.setAccessibleName(self.tr("Insert the demo resident's card into the reader"))
        self.removeButton.setText(self.tr("Take the card &out"))
        self.removeButton.setAccessibleName(self.tr("Take the card out of the reader"))
        self.demoLabel.setText(self.tr("Demo &resident"))
        self.cardPersonaCombo.setAccessibleName(self.tr("Demo resident whose card to insert"))
        self.cardPersonaCombo.setAccessibleDescription(
            self.tr("Sample residents, each with a kind of error found in 2023. Their data is made up."))
        self.cardPinLabel.setText(self.tr("Your card's PIN (4 digi&ts)"))
        self.cardPinEdit.setAccessibleName(self.tr("Card PIN"))
        self.cardPinEdit.setAccessibleDescription(self.tr("The PIN goes to your card only; the service never sees it."))
        self.cardSignInButton.setText(self.tr("&Sign in with the card"))
        self.cardSignInButton.setAccessibleName(self.tr("Sign in with the card"))
        self.readerLabel.setText(self._status())
        self.readerLabel.setAccessibleName(self._status())  # a screen reader hears the new language too
        if self._error is not None:
            self.cardErrorLabel.setText(self._error())
        if self._personas:
            i = self.cardPersonaCombo.currentIndex()
            self.set_personas(self._personas)
            self.cardPersonaCombo.setCurrentIndex(i)

    def set_personas(self, people: list) -> None:
        """The demo's residents (made-up data), each with a kind of error found in 2023."""
        self._personas = people
        chosen = self.cardPersonaCombo.currentData()  # the list may come again: the choice stays
        self.cardPersonaCombo.clear()
        for p in people:
            self.cardPersonaCombo.addItem(f"{t.pick(p.name, p.name_en)} — {t.pick(p.problem, p.problem_en)}", p.id)
            self.cardPersonaCombo.setItemData(self.cardPersonaCombo.count() - 1, t.pick(p.problem, p.problem_en),
                                              Qt.ItemDataRole.ToolTipRole)
        if chosen is not None:
            self.select_persona(chosen)

    def select_persona(self, persona_id: str) -> bool:
        i = self.cardPersonaCombo.findData(persona_id)
        if i >= 0:
            self.cardPersonaCombo.setCurrentIndex(i)
        return i >= 0

    def _insert(self) -> None:
        pid = self.cardPersonaCombo.currentData()
        if pid:
            self.insertRequested.emit(pid)

    def set_status(self, make: Callable[[], str]) -> None:
        self._status = make
        self.readerLabel.setText(make())
        self.readerLabel.setAccessibleName(make())
        announce(self.readerLabel, make())

    def set_card(self, present: bool) -> None:
        self.card_present = present
        self.removeButton.setEnabled(present)
        self.cardSignInButton.setEnabled(present)
        self.set_status((lambda: self.tr("Card in the reader. Type its PIN and press Sign in with the card.")) if present
                        else (lambda: self.tr("Put your My Number Card in the card reader.")))

    def owns(self, error: BaseException) -> bool:
        """Whether a sign-in error is this panel's (its sign-in was the one under way)."""
        from ..core.card.jpki import CardError
        from ..core.errors import ApiError, ErrorKind

        mine = self._pending or isinstance(error, CardError) or (
            isinstance(error, ApiError) and error.kind is ErrorKind.CARD_REFUSED)
        self._pending = False
        return mine

    def submit(self) -> None:
        if not self.card_present:
            self.show_error(lambda: self.tr("Put your My Number Card in the card reader first."))
            return
        pin, problem = pins.validate(self.cardPinEdit.text())
        if problem:
            self.show_error(lambda: t.pin_problem(problem))
            self.cardPinEdit.setFocus()
            return
        self.show_error(None)
        self._pending = True
        self.signInRequested.emit(pin)

    def set_busy(self, busy: bool) -> None:
        if not busy:
            self._pending = False
        self.cardSignInButton.setEnabled(not busy and self.card_present)
        if busy:
            self.set_status(lambda: self.tr("Your card is checking the PIN and signing in…"))

    def show_error(self, make: Callable[[], str] | None) -> None:
        if make is not None:
            self.set_busy(False)
            self.clear_pin()
            self.set_card(self.card_present)
            self.cardPinEdit.setFocus()
        self._error = make
        self.cardErrorLabel.setVisible(make is not None)
        self.cardErrorLabel.setText(make() if make else "")
        self.cardErrorLabel.setAccessibleName(make() if make else "")
        if make is not None:
            announce(self.cardErrorLabel, make())

    def clear_pin(self) -> None:
        self.cardPinEdit.setText("0" * len(self.cardPinEdit.text()))  # overwrite, then clear
        self.cardPinEdit.clear()
