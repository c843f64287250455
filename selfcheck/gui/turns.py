"""A large result shown over turns of the event loop, each list painted once.

Done in one turn, the 2,000-link resident's overview (the model, the columns measured, the
selection moved, the list painted, then painted again for the columns' new widths) held the
window 60-90 ms, and what Selfcheck found as long again. ``Turns`` splits it: the result's
handler changes the models and holds the lists' painting (``then``); at the event loop's next
turn (a zero timer: after the paints, keys and timers Qt already has) the steps size the
columns and move the selection; one turn later (after the item views' own zero timers for new
column widths) the lists paint, once.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget


class Turns(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._next = self._timer(self._run_steps)
        self._thaw = self._timer(self._paint_again)
        self._steps: list[Callable[[], None]] = []
        self._held: list[QWidget] = []
        self._shown: list[Callable[[], None]] = []

    def _timer(self, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(0)  # a timer, not a queued call: it runs once Qt has handled what it had
        timer.timeout.connect(slot)
        return timer

    def then(self, view: QWidget, step: Callable[[], None]) -> None:
        """``step`` at the next turn; ``view`` not painted until it has run."""
        if view.updatesEnabled():
            view.setUpdatesEnabled(False)
            self._held.append(view)
        self._steps.append(step)
        self._next.start()

    def when_shown(self, callback: Callable[[], None]) -> None:
        """``callback`` once what was given is on screen: sized, selected, painting (at once if
        nothing is waiting)."""
        if self._next.isActive() or self._thaw.isActive():
            self._shown.append(callback)
        else:
            callback()

    def drop(self) -> None:
        """What waits is dropped (the resident it was for has gone); the held lists paint again."""
        self._next.stop()
        self._thaw.stop()
        self._steps, self._shown = [], []
        held, self._held = self._held, []
        for view in held:
            view.setUpdatesEnabled(True)

    def _run_steps(self) -> None:
        steps, self._steps = self._steps, []
        try:
            for step in steps:
                step()
        finally:  # whatever a step raised (the error hook shows it), the lists paint again
            self._lay_out_now()
            self._thaw.start()  # after the views' own zero timers for new column widths

    def _lay_out_now(self) -> None:
        """The held lists' final places now, within their parent (the findings list appearing
        moves the links list down), not in a later turn that would paint them a second time."""
        for view in self._held:
            parent = view.parentWidget()
            if parent is not None and parent.layout() is not None and parent.isVisible():
                parent.layout().activate()

    def _paint_again(self) -> None:
        if self._next.isActive():  # more came meanwhile: painted once that is done
            return
        held, self._held = self._held, []
        for view in held:
            view.setUpdatesEnabled(True)
        shown, self._shown = self._shown, []
        for callback in shown:
            callback()
