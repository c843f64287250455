"""The window's card sign-in: wires each sign-in page's card panel to the reader and to the
session, inserts and removes the demo's cards, and at a counter ends the resident's session when
their card leaves the reader (exactly as End session does)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from .card import CardAccess, CardPanel

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
        self._starting = False

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
        """After the first paint: find the reader (PC/SC, or the demo's in-process one). Asking
        pcscd is IPC, so it happens in a worker; the panels say "put your card in" meanwhile."""
        if self.access is not None or self._starting:
            return
        self._starting = True
        forced = os.environ.get("SELFCHECK_CARD_READER")
        demo = self.w.backend.demo
        self.w.runner.call(lambda: forced or CardAccess.choose(demo), self._reader_found, what="card reader")
        if demo:
            from ..core.personas import persona_summaries

            self.w.runner.call(persona_summaries, self.set_personas, what="demo residents")

    def _reader_found(self, mode: str) -> None:
        self.access = CardAccess(mode, self)
        self.access.cardChanged.connect(self._card_changed)
        self.access.start()

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
        present = self.card_in_reader()
        for panel in self.panels:
            panel.set_card(present)
        shell = self.w.shell
        unlock = self.w.view.built("unlock") if shell is not None else None
        if unlock is not None:
            unlock.set_card(present)
        if not present and shell is not None and shell.flow.resident_present and self.w.session.profile is not None:
            from ..core.counter import EndReason

            shell.end_session(EndReason.ENDED)  # the card left the reader: exactly as End session

    def insert_demo_card(self, persona_id: str) -> None:
        persona = {p.id: p for p in self._personas}.get(persona_id)
        if persona is None or self.access is None:
            return
        access, backend = self.access, self.w.backend
        self.w.runner.call(lambda: access.demo_card(backend, persona), access.insert_card,
                           self._insert_failed, "demo card")

    def _insert_failed(self, e: BaseException) -> None:
        from . import texts as t

        for panel in self.panels:
            panel.show_error(lambda: t.error_message(e))

    def remove_demo_card(self) -> None:
        if self.access is not None:
            self.access.remove_card()

    def forget_demo_cards(self) -> None:
        if self.access is not None:
            self.access.forget_demo_cards()

    def demo_sign_in(self, persona_id: str) -> bool:
        """The demo's autopilot as a resident would: insert the persona's card into the reader,
        then type its PIN into the sign-in page's card panel and sign in. False: no such persona."""
        persona = {p.id: p for p in self._personas}.get(persona_id)
        panel = getattr(self.w.signin, "card", None)
        if persona is None or panel is None:
            return False
        panel.select_persona(persona_id)

        def type_pin() -> None:
            if not panel.card_present:
                QTimer.singleShot(20, panel, type_pin)
                return
            panel.cardPinEdit.setText(persona.pin)
            panel.submit()

        def insert() -> None:
            if self.access is None:  # the reader is still being looked for
                QTimer.singleShot(20, self, insert)
                return
            self.insert_demo_card(persona_id)
            type_pin()
        insert()
        return True

    # -- signing in ---------------------------------------------------------------------------
    def sign_in(self, panel: CardPanel, pin: str) -> None:
        panel.set_busy(True)
        channel = self.access.channel
        if self.w.shell is not None:
            self.w.render(self.w.shell.flow.resident_card_sign_in(channel, pin))
        else:
            self.w.render(self.w.resident.sign_in_with_card(channel, pin))

    # -- the counter's PIN reset ----------------------------------------------------------------
    def card_in_reader(self) -> bool:
        return self.access is not None and self.access.reader is not None
