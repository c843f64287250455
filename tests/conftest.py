"""Shared fixtures. The test configuration itself puts Qt offscreen and keeps every secret
in memory: no window system, no real keyring, no network beyond loopback."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything loads Qt
os.environ.setdefault("QT_ACCESSIBILITY", "0")

import ast
import importlib.util
import shutil
import threading
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

ADMIN_TOKEN = "test-admin-token"


def _private_pcsc() -> None:
    """Where possible, the card tests' own pcscd (tests/pcscd.py): its client socket must be
    known before the first PC/SC call of this process (libpcsclite reads it once)."""
    if "SELFCHECK_TEST_PCSCD_DIR" in os.environ:
        return  # a run of its own set it (or a parent pytest did)
    from .pcscd import private_folder

    folder = private_folder()
    if folder is not None:
        os.environ["SELFCHECK_TEST_PCSCD_DIR"] = str(folder)
        os.environ["SELFCHECK_TEST_PCSCD_OWNER"] = str(os.getpid())
        os.environ["PCSCLITE_CSOCK_NAME"] = str(folder / "pcscd.comm")
        os.environ["SELFCHECK_VPCD_SOCKET"] = str(folder / "vpcd.sock")


_private_pcsc()

# Qt is an extra (selfcheck[gui]): without PySide6 and pytest-qt the core and controller tests
# still run, with `pytest -m "not gui and not e2e"` and no other flag.
HAVE_QT = all(importlib.util.find_spec(m) is not None for m in ("PySide6", "pytestqt"))
QT_INI = ("qt_api", "qt_log_level_fail", "qt_log_ignore")


def pytest_addoption(parser) -> None:
    if not HAVE_QT:  # pytest-qt's settings in pyproject.toml: declared, so they are inert here
        for name in QT_INI:
            parser.addini(name, "used by pytest-qt (not installed)", type="linelist" if name == "qt_log_ignore" else "string")


def _module_marks(path: Path, _seen: frozenset[Path] = frozenset()) -> set[str]:
    """The marks a test module gives itself (``pytestmark = pytest.mark.gui`` or a list); a module
    that imports Qt at its top is a gui module whether or not it says so."""
    marks: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                 else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
        if any(n.split(".")[0] in ("PySide6", "shiboken6", "pytestqt") or n.startswith("selfcheck.gui")
               for n in names):
            marks.add("gui")
        elif isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:  # a helper of the tests
            helper = path.parent / (node.module.replace(".", "/") + ".py")
            if helper.exists() and helper not in _seen | {path} and "gui" in _module_marks(helper, _seen | {path}):
                marks.add("gui")
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "pytestmark" for t in node.targets):
            marks |= {n.attr for n in ast.walk(node.value) if isinstance(n, ast.Attribute) and n.attr in ("gui", "e2e")}
    return marks


def pytest_unconfigure(config) -> None:
    folder = os.environ.get("SELFCHECK_TEST_PCSCD_DIR")
    if folder and os.environ.get("SELFCHECK_TEST_PCSCD_OWNER") == str(os.getpid()):  # not a nested run's
        shutil.rmtree(folder, ignore_errors=True)


def pytest_configure(config) -> None:
    if not HAVE_QT:
        wanted = config.getoption("markexpr") or ""
        if "not gui" not in wanted:
            raise pytest.UsageError("PySide6 or pytest-qt is not installed: run the core tests with "
                                    "-m \"not gui and not e2e\", or install selfcheck[gui,gui-test] for the rest")


QT_FIXTURES = {"qtbot", "qapp", "qtmodeltester", "app_language", "make_window", "window", "sign_in"}


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items) -> None:
    """A test that uses a Qt fixture is a gui test even if nobody marked it."""
    for item in items:
        if QT_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


def pytest_ignore_collect(collection_path: Path, config):
    """Without Qt, modules marked gui (which import Qt at the top) are not even imported."""
    if HAVE_QT or collection_path.suffix != ".py" or not collection_path.name.startswith("test_"):
        return None
    return True if _module_marks(collection_path) & {"gui"} else None


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
def memory_keyring(monkeypatch):
    """An in-memory keyring that stands in for the OS's secret store: the tests add it to the
    outbox's allow-list by name, as the app never would."""
    from selfcheck.core import outbox

    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    monkeypatch.setattr(outbox, "ALLOWED_BACKENDS", (*outbox.ALLOWED_BACKENDS, (__name__, "MemoryKeyring")))
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
    """Seeding takes about a second; do it once and copy the file (and its key) for each test."""
    from selfcheck.mockapi.store import Store

    path = tmp_path_factory.mktemp("template") / "mock.sqlite3"
    Store(path).close()
    return path


@pytest.fixture
def db_path(seeded_db, tmp_path):
    from selfcheck.mockapi.store import copy_database

    path = tmp_path / "mock.sqlite3"
    copy_database(seeded_db, path)
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
def make_window(qtbot, app_language, monkeypatch):
    """Open the main window against a backend, as the app does; closed after the test."""
    from PySide6.QtWidgets import QApplication

    from selfcheck.gui.main_window import MainWindow

    opened = []

    if "SELFCHECK_CARD_READER" not in os.environ:  # the GUI tests' cards go in the in-process reader
        monkeypatch.setenv("SELFCHECK_CARD_READER", "local")

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
    """Sign in as a resident does: the persona's card goes into the (in-process) reader, the PIN
    is typed into the card panel and Return pressed; wait until the overview is filled. A card
    stays in the reader after a sign-in, so a second sign-in uses the same card."""
    from PySide6.QtCore import Qt

    from .cards import persona_card
    from .gui_helpers import type_text

    held: dict[int, str] = {}  # window → the persona whose card is in its reader

    def do(w, persona_id, pin=None):
        p = personas[persona_id]
        qtbot.waitUntil(lambda: w.cardSignIn.access is not None, timeout=10000)
        panel = w.signin.card
        if held.get(id(w)) != persona_id or not panel.card_present:
            card = persona_card(w.backend.client(), persona_id, admin_token=w.backend.admin_token
                                if w.backend.demo else ADMIN_TOKEN)
            held[id(w)] = persona_id
            w.cardSignIn.access.insert_card(card)
            qtbot.waitUntil(lambda: panel.card_present, timeout=5000)
        panel.cardPinEdit.clear()
        type_text(qtbot, panel.cardPinEdit, pin or p.pin)
        with qtbot.waitSignal(w.overviewShown, timeout=15000):
            qtbot.keyClick(panel.cardPinEdit, Qt.Key.Key_Return)
        return p

    return do


@pytest.fixture(scope="session")
def pcscd():
    """pcscd with the virtual reader (tests/pcscd.py): started here unless already running."""
    from .pcscd import Pcscd

    daemon = Pcscd().start()
    yield daemon
    daemon.stop()


@pytest.fixture
def demo_card(api):
    """Issue a software card for a persona from the mock's demo JPKI CA."""
    from selfcheck.core.card.demo import issue_demo_card
    from selfcheck.core.client import ApiClient

    client = ApiClient(api.url)

    def issue(persona: str, pin: str, **kw):
        return issue_demo_card(client, ADMIN_TOKEN, persona, pin, **kw)

    yield issue
    client.close()


@pytest.fixture(scope="session")
def frozen_app(tmp_path_factory):
    """The app built with PyInstaller, once per session (see ``tests/frozen.py``)."""
    from .frozen import build_frozen_app

    return build_frozen_app(tmp_path_factory.mktemp("frozen"))
