"""What the workers import once the first window has painted, and in which order.

pydantic is imported first, by one worker alone (``Operations.call_first``): PySide's import
hook inspects each module as it is imported, and two workers importing pydantic at once failed
now and then with ImportError. That takes about 0.1 s; what else the screens after sign-in need
(the HTTP client, the rules, the card's cryptography, the pages) follows in a worker of its own,
while the demo's residents, the card reader and the data folder are looked at meanwhile: the
resident can insert a card and sign in without waiting for all of it.
"""

from __future__ import annotations

import gc
import threading
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .operations import Operations


def first_imports() -> None:
    from ..core import schema  # noqa: F401 - pydantic, and the models every answer is read into


def preload() -> None:
    """So that neither the first click nor the first answer waits for an import."""
    from ..core import client, datanames, explain, rules  # noqa: F401 - explain: the first finding's text
    from ..core.card import demo, session  # noqa: F401
    from . import pages, record  # noqa: F401


_frozen = threading.Lock()


def keep_start_up_out_of_collections() -> None:
    """Once per process, when the start-up's imports are in: what exists now (modules, classes,
    functions, the translations: about 70,000 objects that live as long as the app) is left out
    of every later garbage collection. A full collection scanned them all while a worker held
    the interpreter lock: 55 ms in which the window could not paint, halfway through loading a
    large resident. Objects freed by their count are freed as before, and later garbage is
    collected as before. The young generations are collected first (a few milliseconds; a full
    collection here took 30 ms, found nothing, and held back a sign-in begun at once)."""
    if not _frozen.acquire(blocking=False):
        return  # done already (a second window in the same process)
    gc.collect(1)
    gc.freeze()


def frozen() -> bool:
    return _frozen.locked()


def freeze_when_nobody_is_here(nobody_here: bool, after_a_resident: bool = False) -> None:
    """From the GUI thread, once the warm-up's imports are in: the freeze, but only while nobody
    is signed in. A frozen object is never collected again if it ends up in a cycle: frozen
    while a resident was at a counter, their sign-in page (destroyed with them, its Python side
    in a cycle) stayed in the process for the day. ``after_a_resident``: someone was here
    since the imports came in; what they left in cycles is collected in full first."""
    if frozen() or not nobody_here:
        return
    if after_a_resident:  # their pages deleted first (deleteLater), then what they left in cycles collected
        from PySide6.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
    keep_start_up_out_of_collections()


def _nobody_here(window: MainWindow) -> bool:
    from ..core.flow import Step

    return not window.shell.flow.resident_present if window.shell else window.flow.step is Step.SIGN_IN


def imports_in(window: MainWindow) -> None:
    """The warm-up's imports are in (a counter prebuilds again after each resident: only the first
    time counts): freeze now if nobody is signed in, before the pages (at a counter they go)."""
    if not window.warm_up_imported:
        window.warm_up_imported = True
        freeze_when_nobody_is_here(_nobody_here(window))


def freeze_once_nobody_is_here(window: MainWindow) -> None:
    """A resident signed in before the warm-up's imports were in: the freeze waits until they have
    gone and, at a counter, the pages they used are destroyed (``sessionEnded``)."""
    if window.warm_up_imported and not frozen() and _nobody_here(window):
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, window, lambda: None if window.runner.closed else
                          freeze_when_nobody_is_here(_nobody_here(window), after_a_resident=True))


def start(runner: Operations, preloaded: Callable[[], None]) -> None:
    runner.call_first(first_imports, lambda _r: None, what="first imports")
    runner.call(preload, lambda _r: preloaded(), what="preload")
