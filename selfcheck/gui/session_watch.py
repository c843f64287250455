"""The resident's session at home: warned before it ends, told why after. ``IdleWatch`` (no
input for a while) serves a counter's resident sessions too.

The service ends a home session after ``idle_seconds`` without the resident's activity and at
an absolute time (``ends_at``) in any case. The app keeps the same clock: any key, click or
mouse move is activity (and the next background poll tells the service so); nothing else is.
``warning`` carries the text to show (or "" when the warning is over), ``ended`` the reason
("idle" or "lifetime") once the app has to sign the resident out.
"""

from __future__ import annotations

import math
import time
from datetime import datetime, timezone

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication


IDLE_WARN_SECONDS = 60
LIFETIME_WARN_SECONDS = 300


_ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
                       QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.InputMethod})


class IdleWatch(QObject):
    """Ends a resident's session after ``idle_seconds`` without input, counting down the last
    ``warn_seconds`` on screen. Any key, click or mouse move starts the time again."""

    countdown = Signal(object)  # seconds left, or None when the warning is over
    expired = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.idle_seconds = 180
        self.warn_seconds = 30
        self._last = 0.0
        self._warning = False
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._tick)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    @property
    def last_input(self) -> float:
        """``time.monotonic()`` of the last key, click or mouse move (or of ``start``)."""
        return self._last

    def start(self, idle_seconds: int, warn_seconds: int) -> None:
        self.idle_seconds, self.warn_seconds = idle_seconds, min(warn_seconds, idle_seconds)
        self._last = time.monotonic()
        self._warning = False
        if not self._timer.isActive():
            QApplication.instance().installEventFilter(self)
            self._timer.start()

    def stop(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            QApplication.instance().removeEventFilter(self)
        if self._warning:
            self._warning = False
            self.countdown.emit(None)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() in _ACTIVITY:
            self._last = time.monotonic()
            if self._warning:
                self._warning = False
                self.countdown.emit(None)
        return False

    def _tick(self) -> None:
        left = self.idle_seconds - (time.monotonic() - self._last)
        if left <= 0:
            self.stop()
            self.expired.emit()
        elif left <= self.warn_seconds:
            self._warning = True
            self.countdown.emit(math.ceil(left))


class HomeSessionWatch(QObject):
    warning = Signal(str)
    ended = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.idle = IdleWatch(self)
        self.idle.countdown.connect(self._countdown)
        self.idle.expired.connect(lambda: self._end("idle"))
        self.idle_seconds = 900
        self._shown: int | None = None
        self._lifetime = QTimer(self)
        self._lifetime.setSingleShot(True)
        self._lifetime.timeout.connect(lambda: self._end("lifetime"))
        self._lifetime_warn = QTimer(self)
        self._lifetime_warn.setSingleShot(True)
        self._lifetime_warn.timeout.connect(self._warn_lifetime)
        self._ends_at: datetime | None = None

    @property
    def running(self) -> bool:
        return self.idle.running

    def start(self, idle_seconds: int, ends_at: datetime | None) -> None:
        self.idle_seconds = idle_seconds
        self.idle.start(idle_seconds, min(IDLE_WARN_SECONDS, idle_seconds // 2))
        self._ends_at = ends_at
        if ends_at is not None:
            left_ms = max(0, int((ends_at - datetime.now(timezone.utc)).total_seconds() * 1000))
            self._lifetime.start(left_ms)
            self._lifetime_warn.start(max(0, left_ms - LIFETIME_WARN_SECONDS * 1000))

    def stop(self) -> None:
        self.idle.stop()
        self._lifetime.stop()
        self._lifetime_warn.stop()
        self._shown = None

    def active_since(self, monotonic: float) -> bool:
        """Did the resident touch a key or the mouse after this ``time.monotonic()`` moment?"""
        return self.idle.last_input > monotonic

    @staticmethod
    def now() -> float:
        return time.monotonic()

    def _countdown(self, seconds) -> None:
        if seconds == self._shown:
            return
        self._shown = seconds
        if seconds is None:
            self.warning.emit("")
            return
        self.warning.emit(self.tr("⚠ Nothing has happened for a while: to protect your information you will be signed "
                                  "out in %n second(s). Press a key or move the mouse to stay signed in.", "", seconds))

    def _warn_lifetime(self) -> None:
        if self._ends_at is None:
            return
        at = self._ends_at.astimezone().strftime("%H:%M")
        self.warning.emit(self.tr("⚠ For your safety a session lasts at most 8 hours: you will be signed out at %1. "
                                  "Send what you have prepared before then.").replace("%1", at))

    def _end(self, reason: str) -> None:
        self.stop()
        self.ended.emit(reason)

    def explanation(self, reason: str) -> str:
        """What the sign-in screen says after the app signed the resident out."""
        if reason == "idle":
            return self.tr("You were signed out because nothing happened for %n minute(s), so that no one else can "
                           "see your information on a computer left alone. Sign in again to go on.", "",
                           max(1, self.idle_seconds // 60))
        return self.tr("You were signed out because a session lasts at most 8 hours. Sign in again to go on.")
