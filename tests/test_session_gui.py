"""A home session in the app: it ends after a time without activity, the app warns before and
explains after, and the app's background polling never keeps it alive."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from selfcheck.core.backend import Backend
from selfcheck.mockapi.server import EmbeddedServer

from .conftest import ADMIN_TOKEN

pytestmark = pytest.mark.gui  # needs Qt


@pytest.fixture
def short_api(db_path):
    """The mock API with a 4-second idle limit, so the test sees the whole cycle."""
    server = EmbeddedServer(db_path, admin_token=ADMIN_TOKEN, idle_seconds=4).start()
    yield server
    server.stop()


def _expires(api) -> float:
    (value,) = api.store.db.execute("SELECT expires FROM sessions WHERE kind='resident'").fetchone()
    return value


def test_an_unattended_window_is_warned_then_signed_out_with_the_reason(qtbot, make_window, short_api, sign_in):
    w = make_window(Backend(api_url=short_api.url))
    sign_in(w, "clean")
    assert w.sessionWatch.running
    # nobody touches anything: first the warning with a countdown ...
    qtbot.waitUntil(lambda: "signed out in" in w.home.ui.messageLabel.text(), timeout=10000)
    assert w.home.ui.messageLabel.isVisible()
    # ... then the sign-in screen says why
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.signin, timeout=10000)
    status = w.signin.ui.statusLabel.text()
    assert "nothing happened" in status and "Sign in again" in status
    assert not w.session.backend.client().signed_in, "the token is gone too"


def test_a_key_press_during_the_warning_keeps_the_resident_signed_in(qtbot, make_window, short_api, sign_in):
    w = make_window(Backend(api_url=short_api.url))
    sign_in(w, "clean")
    qtbot.waitUntil(lambda: "signed out in" in w.home.ui.messageLabel.text(), timeout=10000)
    qtbot.keyClick(w.home.ui.searchEdit, Qt.Key.Key_Shift)
    qtbot.mouseMove(w.home, QPoint(10, 10))
    qtbot.waitUntil(lambda: w.home.ui.messageLabel.text() == "", timeout=2000)
    assert w.stack.currentWidget() is w.home


def test_background_polling_does_not_extend_the_session_but_activity_does(qtbot, window, api, sign_in):
    w = window
    sign_in(w, "clean")
    qtbot.waitUntil(lambda: not w.runner.busy, timeout=15000)  # what sign-in loads has arrived
    with qtbot.waitSignal(w.mailboxChanged, timeout=10000):
        w.poll_now()
    before = _expires(api)
    with qtbot.waitSignal(w.mailboxChanged, timeout=10000):
        w.poll_now()  # nobody touched a key since the last poll
    assert _expires(api) == before, "a background poll is not the resident's activity"
    qtbot.keyClick(w.home.ui.searchEdit, Qt.Key.Key_Shift)  # the resident is there
    with qtbot.waitSignal(w.mailboxChanged, timeout=10000):
        w.poll_now()
    assert _expires(api) > before
