"""Shared fixtures. The test configuration itself puts Qt offscreen and keeps every secret
in memory: no window system, no real keyring, no network beyond loopback."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything loads Qt
os.environ.setdefault("QT_ACCESSIBILITY", "0")

import shutil
import threading

import keyring
import pytest
from keyring.backend import KeyringBackend

ADMIN_TOKEN = "test-admin-token"


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        self.items.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring():
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


@pytest.fixture(autouse=True)
def selfcheck_home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    monkeypatch.setenv("SELFCHECK_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def no_stray_threads():
    """Fail a test that leaves a worker thread of ours running."""
    before = set(threading.enumerate())
    yield
    stray = [t for t in threading.enumerate() if t not in before and t.is_alive()
             and (t.name.startswith("selfcheck") or t.name == "mock-api")]
    for t in stray:
        t.join(5)
    assert not [t for t in stray if t.is_alive()], f"threads left running: {stray}"


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory):
    """Seeding takes about a second; do it once and copy the file for each test."""
    from selfcheck.mockapi.store import Store

    path = tmp_path_factory.mktemp("template") / "mock.sqlite3"
    Store(path).close()
    return path


@pytest.fixture
def db_path(seeded_db, tmp_path):
    path = tmp_path / "mock.sqlite3"
    shutil.copy(seeded_db, path)
    return path


@pytest.fixture
def api(db_path):
    """The mock API live on a free loopback port, with admin endpoints on."""
    from selfcheck.mockapi.server import EmbeddedServer

    server = EmbeddedServer(db_path, admin_token=ADMIN_TOKEN).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def personas():
    from selfcheck.mockapi.store import persona_summaries

    return {p.id: p for p in persona_summaries()}


@pytest.fixture(scope="session")
def app_language(qapp):
    """The GUI tests run in English (the Japanese test switches and restores)."""
    from selfcheck.gui.app import apply_style, install_translator

    install_translator(qapp, "en")
    apply_style(qapp, large=False)
    return "en"


@pytest.fixture
def make_window(qtbot, app_language):
    """Open the main window against a backend, as the app does; closed after the test."""
    from PySide6.QtWidgets import QApplication

    from selfcheck.gui.main_window import MainWindow

    opened = []

    def make(backend, counter=False):
        w = MainWindow(backend, counter=counter)
        qtbot.addWidget(w)
        w.present()
        w.activateWindow()
        qtbot.waitActive(w)  # mnemonics and shortcuts need the active window, as for a user
        w.start_backend()
        opened.append(w)
        return w

    yield make
    for w in opened:
        if not w.runner.closed:
            w.close()
    if any(w.counter for w in opened):  # counter mode turned large text on for the whole app
        from selfcheck.gui.app import apply_style

        apply_style(QApplication.instance(), large=False)


@pytest.fixture
def window(make_window, api):
    from selfcheck.core.backend import Backend

    return make_window(Backend(api_url=api.url))


@pytest.fixture
def sign_in(qtbot, personas):
    """Sign in through the sign-in screen by keyboard; wait until the overview is filled."""
    from PySide6.QtCore import Qt

    from .gui_helpers import type_text

    def do(w, persona_id, pin=None):
        p = personas[persona_id]
        ui = w.signin.ui
        ui.numberEdit.clear()
        type_text(qtbot, ui.numberEdit, f"{p.number[:4]} {p.number[4:8]} {p.number[8:]}")
        ui.pinEdit.clear()
        type_text(qtbot, ui.pinEdit, pin or p.pin)
        with qtbot.waitSignal(w.overviewShown, timeout=15000):
            qtbot.keyClick(ui.pinEdit, Qt.Key.Key_Return)
        return p

    return do


@pytest.fixture(scope="session")
def frozen_app(tmp_path_factory):
    """The app built with PyInstaller, once per session (see ``tests/frozen.py``)."""
    from .frozen import build_frozen_app

    return build_frozen_app(tmp_path_factory.mktemp("frozen"))
