"""The window's card sign-in: wires each sign-in page's card panel to the reader and to the
session, inserts and removes the demo's cards, and at a counter ends the resident's session when
their card leaves the reader (exactly as End session does)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from .card import CardAccess, CardPanel, card_error_message

if TYPE_CHECKING:
    from .main_window import MainWindow


class CardSignIn(QObject):
    signedIn = Signal()

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.w = window
        self.access: CardAccess | None = None
        self.panels: list[CardPanel] = []
        self._personas: list = []
        self._by_card = False  # the resident's session was opened by the card in the reader

    def attach(self, page) -> CardPanel:
        """Put a card panel on a sign-in page (at the top, the way to sign in)."""
        panel = CardPanel(self.w.backend.demo, page)
        page.ui.layout().insertWidget(2, panel)
        page.card = panel
        panel.signInRequested.connect(lambda pin: self.sign_in(panel, pin))
        panel.insertRequested.connect(self.insert_demo_card)
        panel.removeRequested.connect(self.remove_demo_card)
        panel.destroyed.connect(lambda *_: self.panels.remove(panel) if panel in self.panels else None)
        self.panels.append(panel)
        if self._personas:
            panel.set_personas(self._personas)
        if self.access is not None:
            panel.set_card(self.access.reader is not None)
        return panel

    def start(self) -> None:
        """After the first paint: find the reader (PC/SC, or the demo's in-process one)."""
        if self.access is not None:
            return
        mode = os.environ.get("SELFCHECK_CARD_READER") or CardAccess.choose(self.w.backend.demo)
        self.access = CardAccess(mode, self)
        self.access.cardChanged.connect(self._card_changed)
        self.access.start()
        if self.w.backend.demo:
            from ..mockapi.store import persona_summaries

            self.w.runner.run(persona_summaries, self.set_personas, lambda e: None)

    def stop(self) -> None:
        if self.access is not None:
            self.access.stop()

    def set_personas(self, people: list) -> None:
        self._personas = people
        for panel in self.panels:
            panel.set_personas(people)

    def select_persona(self, persona_id: str) -> None:
        for panel in self.panels:
            panel.select_persona(persona_id)

    # -- the reader ---------------------------------------------------------------------------
    def _card_changed(self, _reader: str, _present: bool) -> None:
        present = self.access.reader is not None
        for panel in self.panels:
            panel.set_card(present)
        if not present and self._by_card:
            self._by_card = False
            if self.w.counter and self.w._resident_at_counter():
                self.w.end_session("ended")

    def insert_demo_card(self, persona_id: str) -> None:
        people = {p.id: p for p in self._personas}
        persona = people.get(persona_id)
        if persona is None or self.access is None:
            return
        access, backend = self.access, self.w.backend
        self.w.runner.run(lambda: access.demo_card(backend, persona), access.insert_card,
                          lambda e: self._failed(self.panels[-1] if self.panels else None, e))

    def remove_demo_card(self) -> None:
        if self.access is not None:
            self.access.remove_card()

    def forget_demo_cards(self) -> None:
        if self.access is not None:
            self.access.forget_demo_cards()

    # -- signing in ---------------------------------------------------------------------------
    def sign_in(self, panel: CardPanel, pin: str) -> None:
        access, session = self.access, self.w.session
        panel.set_busy(True)
        if self.w.counter:
            desk = self.w.desk

            def work():
                channel = access.channel()
                try:
                    return desk.start_resident_with_card(session, channel, pin)
                finally:
                    getattr(channel, "close", lambda: None)()
            done = self.w._identity_check
        else:
            from ..core.card.session import open_session_with_card

            def work():
                channel = access.channel()
                try:
                    return open_session_with_card(session, channel, pin)
                finally:
                    getattr(channel, "close", lambda: None)()
            done = self.w._signed_in

        def ok(profile) -> None:
            self._by_card = True
            panel.clear_pin()
            panel.set_busy(False)
            done(profile)
            self.signedIn.emit()

        self.w.runner.run(work, ok, lambda e: self._failed(panel, e))

    def _failed(self, panel: CardPanel | None, e: BaseException) -> None:
        from ..core.errors import ApiError

        if panel is None:
            return
        panel.set_busy(False)
        panel.set_card(self.access is not None and self.access.reader is not None)
        panel.clear_pin()
        if self.w.counter and isinstance(e, ApiError) and e.needs_sign_in:  # the staff session is over
            self.w._sign_in_failed(e)
            return
        panel.show_error(lambda: card_error_message(e))
        panel.cardPinEdit.setFocus()

    # -- the counter's PIN reset ----------------------------------------------------------------
    def card_in_reader(self) -> bool:
        return self.access is not None and self.access.reader is not None

    def reset_pin(self, new_pin: str, identity_checked: bool, on_ok, on_error) -> None:
        """Reset the PIN of the card in the reader: the service authorises it for the signed-in
        staff member (and audits it); the new PIN goes to the card only."""
        access, desk = self.access, self.w.desk

        def work() -> None:
            channel = access.channel()
            try:
                desk.reset_card_pin(channel, new_pin, identity_checked)
            finally:
                getattr(channel, "close", lambda: None)()

        self.w.runner.run(work, lambda _r: on_ok(), on_error)
