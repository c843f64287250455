"""The software card in-process: a reader that is an object, for the demo with neither a card
reader nor pcscd. The app talks to it through the same ``Channel`` as to a PC/SC reader."""

from __future__ import annotations

import threading
from typing import Callable

from .jpki import CardRemoved

LOCAL_READER = "Selfcheck demo reader (in-process)"


class LocalReader:
    def __init__(self, name: str = LOCAL_READER) -> None:
        self.name = name
        self._card = None
        self._generation = 0
        self._lock = threading.Lock()
        self._listeners: list[Callable[[str, bool], None]] = []

    def subscribe(self, on_change: Callable[[str, bool], None]) -> None:
        self._listeners.append(on_change)

    def unsubscribe(self, on_change: Callable[[str, bool], None]) -> None:
        if on_change in self._listeners:
            self._listeners.remove(on_change)

    @property
    def card(self):
        return self._card

    def insert(self, card) -> None:
        with self._lock:
            self._card = card
            self._generation += 1
            card.power_on()
        for f in list(self._listeners):
            f(self.name, True)

    def remove(self) -> None:
        with self._lock:
            had, self._card = self._card, None
            self._generation += 1
        if had is not None:
            for f in list(self._listeners):
                f(self.name, False)

    def connect(self) -> "LocalChannel":
        with self._lock:
            if self._card is None:
                raise CardRemoved(f"no card in {self.name}")
            return LocalChannel(self, self._card, self._generation)


class LocalChannel:
    def __init__(self, reader: LocalReader, card, generation: int) -> None:
        self._reader, self._card, self._generation = reader, card, generation

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        if self._reader._generation != self._generation:
            raise CardRemoved("the card was taken out")
        response = self._card.process(apdu)
        return response[:-2], response[-2] << 8 | response[-1]

    def close(self) -> None:
        """As PC/SC's SCardDisconnect with SCARD_RESET_CARD (``pcsc.PcscChannel.close``): the card
        is reset and forgets its verified PIN, so the next connection cannot have it sign without one."""
        with self._reader._lock:
            if self._reader._generation == self._generation:
                self._card.reset()
            self._generation = -1  # this connection is over
