"""The offline demo: the same client and mock API code, embedded on loopback."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from selfcheck.core.backend import Backend
from selfcheck.mockapi.child import command

pytestmark = [pytest.mark.gui, pytest.mark.e2e]  # needs Qt; whole processes


def run_selfcheck(args, home, cwd=None, python=sys.executable):
    env = {**os.environ, "SELFCHECK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([python, "-m", "selfcheck", *args], capture_output=True, text=True, env=env, cwd=cwd,
                          timeout=120)


def test_screenshot_of_the_overview(tmp_path):
    out = tmp_path / "overview.png"
    r = run_selfcheck(["--demo", "--persona", "shared-terminal", "--screenshot", str(out), "--lang", "en"], tmp_path / "h")
    assert r.returncode == 0, r.stderr
    img = QImage(str(out))
    assert img.width() >= 800 and img.height() >= 500


def test_screenshot_of_the_confirmation_sends_a_request(tmp_path):
    out = tmp_path / "confirmation.png"
    home = tmp_path / "h"
    r = run_selfcheck(["--demo", "--persona", "foreign-resident", "--screenshot", str(out), "--screen",
                       "confirmation", "--lang", "ja"], home)
    assert r.returncode == 0, r.stderr
    assert QImage(str(out)).width() >= 800
    from selfcheck.mockapi.store import Store

    st = Store(home / "demo" / "mock-api.sqlite3")
    (n,) = st.db.execute("SELECT COUNT(*) FROM requests").fetchone()
    st.close()
    assert n == 1


def test_screenshot_at_a_given_size_of_my_record(tmp_path):
    out = tmp_path / "record.png"
    r = run_selfcheck(["--demo", "--persona", "clean", "--screenshot", str(out), "--screen", "my-record",
                       "--size", "1366x720", "--large-text", "--lang", "en"], tmp_path / "h")
    assert r.returncode == 0, r.stderr
    img = QImage(str(out))
    assert (img.width(), img.height()) == (1366, 720)


def test_a_size_that_is_not_one_is_refused():
    import pytest

    from selfcheck.__main__ import parse_args

    assert parse_args(["--size", "1366x720"]).size == (1366, 720)
    for bad in ("1366", "big", "10x10"):
        with pytest.raises(SystemExit):
            parse_args(["--size", bad])


def test_unknown_persona_fails_with_a_message(tmp_path):
    r = run_selfcheck(["--demo", "--persona", "nobody", "--screenshot", str(tmp_path / "x.png")], tmp_path / "h")
    assert r.returncode == 1 and "nobody" in r.stderr


def test_demo_window_picker_sign_in_and_reset(qtbot, make_window, monkeypatch, personas):
    """The demo's picker inserts a persona's card; the resident types its PIN. A card locked by
    three wrong PINs stays locked until the demo is reset, which issues fresh cards."""
    monkeypatch.setenv("SELFCHECK_CARD_READER", "local")
    w = make_window(Backend(demo=True, demo_server=command))
    assert w.demoBanner.isVisible() and "DEMO" in w.demoBanner.text()
    panel = w.signin.card
    qtbot.waitUntil(lambda: panel.cardPersonaCombo.count() >= 8 and w.cardSignIn.access is not None, timeout=15000)

    def insert(pid):
        if panel.card_present:  # the last resident's card comes out first
            qtbot.mouseClick(panel.removeButton, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: not panel.card_present, timeout=5000)
        assert w.signin.select_persona(pid)
        qtbot.mouseClick(panel.insertButton, Qt.MouseButton.LeftButton)
        # the first card waits for the demo service to start and make its JPKI CA: slow on a busy machine
        try:
            qtbot.waitUntil(lambda: panel.card_present and panel.cardPersonaCombo.currentData() == pid, timeout=45000)
        except qtbot.TimeoutError:  # say what the user saw (it failed once in a full run)
            raise AssertionError(f"card {pid} not in the reader: present={panel.card_present}, "
                                 f"chosen={panel.cardPersonaCombo.currentData()}, "
                                 f"message={panel.cardErrorLabel.text()!r}, busy={w.runner.busy}") from None

    def try_pin(pin):
        panel.cardPinEdit.setText(pin)
        qtbot.mouseClick(panel.cardSignInButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.cardSignInButton.isEnabled() and not w.runner.busy, timeout=15000)

    insert("locked")
    try_pin(personas["locked"].pin)
    assert "locked" in w.signin.errors.text()
    # Lock the clean persona's card too, then reset the demo: a fresh card signs in again.
    insert("clean")
    for _ in range(3):
        try_pin("0000")
    assert "locked" in w.signin.errors.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    w.resetAction.trigger()
    qtbot.waitUntil(lambda: "reset" in w.signin.ui.statusLabel.text(), timeout=15000)
    assert not panel.card_present, "the reset takes the old cards out"
    insert("clean")
    panel.cardPinEdit.setText(personas["clean"].pin)
    with qtbot.waitSignal(w.overviewShown, timeout=15000):
        qtbot.mouseClick(panel.cardSignInButton, Qt.MouseButton.LeftButton)


def test_demo_server_listens_on_loopback_only(qtbot, make_window):
    backend = Backend(demo=True, demo_server=command)
    make_window(backend)
    backend.client()
    assert backend.url.startswith("http://127.0.0.1:")


def test_closing_at_once_after_the_first_paint_exits_cleanly(tmp_path):
    """The backend starts after the first paint; a window closed before that must not start it."""
    r = run_selfcheck(["--demo", "--exit-after", "first-paint"], tmp_path / "h")
    assert r.returncode == 0, r.stderr
    log = tmp_path / "h" / "selfcheck.log"
    assert not log.exists() or "ERROR" not in log.read_text()


def test_the_demo_server_says_it_listens_once_it_answers(tmp_path):
    """The app waits for the child's "listening PORT" line (no polling of the port): the first
    request after that line is answered."""
    import urllib.request

    with subprocess.Popen(command(tmp_path / "demo.sqlite3"), stdin=subprocess.PIPE, stdout=subprocess.PIPE) as child:
        line = child.stdout.readline().decode()
        assert line.startswith("listening "), line
        with urllib.request.urlopen(f"http://127.0.0.1:{int(line.split()[1])}/v1/health", timeout=5) as r:
            assert r.status == 200
        child.stdin.close()  # the server stops when the app's end of the pipe closes
        assert child.wait(10) == 0
