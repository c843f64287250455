"""A reference that PySide6's ``SignalInstance.emit`` does not take, taken for it.

PySide6 6.12 returns True from ``emit`` without a reference of its own, so every emit from Python
takes one of True's references. Python 3.12 and later do not count True's references (it is
immortal), but on Python 3.11 the count ran down by one per emit, and after a few thousand
emits (a background result, a progress report, a page change: a day at a counter, or a window
left open overnight) the process aborted with "Fatal Python error: bool_dealloc".

``install()`` checks, once, whether this PySide6 has the fault (a few emits of a signal of its
own, nothing else running Python yet), and only then wraps ``emit`` to give True back the
reference it took. A PySide6 without the fault is left as it is.
"""

from __future__ import annotations

import gc
import sys

_PROBES = 16


def _takes_a_reference() -> bool:
    from PySide6.QtCore import QObject, Signal

    class Probe(QObject):
        probe = Signal()

    probe = Probe()
    collecting = gc.isenabled()
    gc.disable()  # a collection here could free other references to True and look like the fault
    try:
        before = sys.getrefcount(True)
        for _ in range(_PROBES):
            probe.probe.emit()
        return before - sys.getrefcount(True) >= _PROBES // 2
    finally:
        if collecting:
            gc.enable()


def install() -> None:
    if sys.version_info >= (3, 12) or not _takes_a_reference():
        return
    import ctypes

    from PySide6.QtCore import SignalInstance

    give_back = ctypes.pythonapi.Py_IncRef
    give_back.argtypes = [ctypes.py_object]
    give_back.restype = None
    emit = SignalInstance.emit

    def counted_emit(self, *args):
        result = emit(self, *args)
        if result is True:
            give_back(True)
        return result

    SignalInstance.emit = counted_emit


install()
