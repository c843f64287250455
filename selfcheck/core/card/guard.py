"""Ends a session when the card that opened it leaves the reader."""

from __future__ import annotations

import threading
from typing import Callable

from .pcsc import CardWatcher


class CardGuard:
    """Calls ``on_removed()`` once, from the watcher's thread, when ``reader`` has no card."""

    def __init__(self, reader: str, on_removed: Callable[[], None]) -> None:
        self.reader = reader
        self._on_removed = on_removed
        self._fired = threading.Event()
        self._watcher = CardWatcher(self._changed, poll_ms=250)

    def start(self) -> "CardGuard":
        self._watcher.start()
        return self

    def stop(self) -> None:
        self._watcher.stop()

    def _changed(self, reader: str, present: bool) -> None:
        if reader == self.reader and not present and not self._fired.is_set():
            self._fired.set()
            self._on_removed()
