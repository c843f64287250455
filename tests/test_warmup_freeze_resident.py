"""The warm-up freezes what exists out of later garbage collections, once per process. A frozen
object is never collected again if it ends up in a reference cycle. A resident can sign in
before the warm-up's imports are in; frozen while they were at a counter, the sign-in page made
for them (destroyed when they leave, its Python side in a cycle) stayed in the process for the
rest of the day. The freeze waits until nobody is signed in."""

from __future__ import annotations

import gc
import threading

import pytest
from PySide6.QtCore import Qt

from selfcheck.gui import warmup

from .test_counter_gui import confirm_and_load, counter, resident_signs_in, staff_signs_in  # noqa: F401

pytestmark = pytest.mark.gui


@pytest.fixture
def fresh_process(monkeypatch):
    """Call once the window's own warm-up is over: as in a new process, nothing frozen yet."""
    def reset() -> None:
        gc.unfreeze()
        monkeypatch.setattr(warmup, "_frozen", threading.Lock())

    was_frozen = warmup._frozen.locked()
    yield reset
    gc.unfreeze()
    if was_frozen:  # as the rest of this process expects
        gc.freeze()


def _left_by_the_freeze() -> list[str]:
    """What the freeze kept that nothing refers to any more."""
    gc.collect()
    gc.unfreeze()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        gc.collect()
        return sorted({f"{type(o).__module__}.{type(o).__name__}" for o in gc.garbage})
    finally:
        gc.set_debug(0)
        gc.garbage.clear()


def test_a_resident_at_the_counter_when_the_warm_up_ends_leaves_nothing_frozen(qtbot, counter, personas, fresh_process):
    w = counter
    staff_signs_in(qtbot, w)
    qtbot.waitUntil(lambda: w.page("home") is not None and warmup._frozen.locked(), timeout=30_000)
    fresh_process()
    resident_signs_in(qtbot, w, personas["clean"])
    confirm_and_load(qtbot, w)
    warmup.preload()  # the warm-up's imports come in while the resident is here (as from its worker)
    w.prebuild_soon()
    gone = []
    w.signin.card.destroyed.connect(lambda: gone.append(True))  # the resident's sign-in page, deleted when they leave
    with qtbot.waitSignal(w.sessionEnded, timeout=15000):
        qtbot.mouseClick(w.counterBar.endButton, Qt.MouseButton.LeftButton)
    assert w.stack.currentWidget() is w.counterPage
    qtbot.waitUntil(lambda: bool(gone) and warmup._frozen.locked(), timeout=5000)  # done once they had gone
    assert gc.get_freeze_count() > 10_000
    assert _left_by_the_freeze() == []


def test_the_freeze_is_done_at_once_when_nobody_is_signed_in(window, qtbot, fresh_process):
    qtbot.waitUntil(lambda: "home" in window.view.pages and warmup._frozen.locked(), timeout=30_000)
    fresh_process()
    window.warm_up_imported = False  # as before the warm-up's imports came in
    warmup.preload()
    window.prebuild_soon()
    qtbot.waitUntil(lambda: warmup._frozen.locked(), timeout=5000)
    assert gc.get_freeze_count() > 10_000


def test_at_home_the_freeze_waits_for_the_resident_to_sign_out(window, sign_in, qtbot, fresh_process):
    qtbot.waitUntil(lambda: "home" in window.view.pages and warmup._frozen.locked(), timeout=30_000)
    fresh_process()
    window.warm_up_imported = False
    sign_in(window, "clean")
    warmup.preload()  # the imports come in while the resident is signed in
    window.prebuild_soon()
    qtbot.waitUntil(lambda: window.warm_up_imported, timeout=5000)
    assert not warmup._frozen.locked()
    window.sign_out()
    qtbot.waitUntil(lambda: window.signin.isVisible() and warmup._frozen.locked(), timeout=5000)
    assert window.view.home.record.form.rowCount() == 0
    assert [k for k in _left_by_the_freeze() if k.startswith(("selfcheck.", "PySide6."))] == []
