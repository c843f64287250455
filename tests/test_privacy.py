"""The My Number never reaches logs, titles, exception texts or files in clear."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from selfcheck.gui.app import install_error_hooks, setup_logging

pytestmark = pytest.mark.gui  # needs Qt


def files_containing(root, needle: str) -> list[str]:
    hits = []
    for p in root.rglob("*"):
        if p.is_file() and needle.encode() in p.read_bytes():
            hits.append(str(p))
    return hits


def test_log_lines_and_crash_reports_are_redacted(qapp, selfcheck_home, monkeypatch, personas):
    number = personas["clean"].number
    setup_logging()
    try:
        logging.getLogger("selfcheck.test").error("looked up %s", number)
        shown = []
        monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
        install_error_hooks(qapp)
        try:
            raise ValueError(f"bad number {number}")
        except ValueError:
            sys.excepthook(*sys.exc_info())
        assert shown and number not in shown[0] and "Try again" in shown[0]
    finally:
        sys.excepthook = sys.__excepthook__
        import threading

        threading.excepthook = threading.__excepthook__
        for h in list(logging.getLogger("selfcheck").handlers):
            h.close()
            logging.getLogger("selfcheck").removeHandler(h)
    text = (selfcheck_home / "selfcheck.log").read_text()
    assert "[number]" in text and "bad number" in text
    assert number not in text


def test_nothing_in_clear_after_a_demo_session(qtbot, make_window, sign_in, selfcheck_home, personas, tmp_path):
    from selfcheck.core.backend import Backend
    from selfcheck.mockapi.child import command

    w = make_window(Backend(demo=True, demo_server=command))
    p = sign_in(w, "clean")
    assert p.number not in w.windowTitle()
    w.close()
    assert files_containing(selfcheck_home, p.number) == []
    assert files_containing(selfcheck_home, f"{p.number[:4]} {p.number[4:8]} {p.number[8:]}") == []


def test_a_raising_slot_fails_the_test(qtbot):
    """PySide6 hands slot exceptions to pytest-qt, which fails the test: proven here."""
    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        fired = Signal()

    e = Emitter()
    e.fired.connect(lambda: 1 / 0)
    with qtbot.captureExceptions() as caught:
        e.fired.emit()
    assert caught and caught[0][0] is ZeroDivisionError
