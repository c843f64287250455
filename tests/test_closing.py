"""Closing the window never waits on the GUI thread (issues 13 and 17): the session is revoked
on the server, or given up after a short bound; the workers still running and the backend finish in
a closing thread that the process waits for before it exits; the demo server stops by itself once
its pipe is closed; with requests waiting that only live in memory (no secure key store) the app
asks first and says what would be lost. (How long closing takes is measured by ``./dev bench``.)"""

from __future__ import annotations

import threading
import time

import keyring
import pytest
import requests
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from selfcheck.core.backend import Backend
from selfcheck.mockapi.child import command as demo_server

from .servers import Scripted
from .test_corrections_gui import send_while_offline

pytestmark = pytest.mark.gui


def test_closing_the_window_does_not_wait_for_a_running_worker(qtbot, make_window, api):
    w = make_window(Backend(api_url=api.url))
    release, started = threading.Event(), threading.Event()

    def slow_job():  # e.g. a page of the access log still on its way
        started.set()
        release.wait(30)

    w.runner.call(slow_job, lambda _r: None)
    qtbot.waitUntil(started.is_set)
    w.close()  # returns while the worker is still busy
    assert not w.isVisible() and w.runner.closed
    assert not w.runner.wait_finished(timeout=0) and not release.is_set()  # the closing thread waits for it
    release.set()  # the worker finishes; then the closing thread closes the backend
    assert w.runner.wait_finished(timeout=15)


def test_the_demo_server_stops_by_itself_after_close(qtbot):
    backend = Backend(demo=True, demo_server=demo_server)
    backend.client()  # the demo server is up
    child = backend._child
    backend.close()  # returns without waiting for the server process
    qtbot.waitUntil(lambda: child.poll() is not None, timeout=15000)  # it stops on its own
    assert child.returncode == 0


def test_closing_revokes_the_session_on_the_server(qtbot, window, api, sign_in):
    w = window
    sign_in(w, "clean")
    token = w.session.backend.client()._token
    assert requests.get(f"{api.url}/v1/me", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    w.close()
    assert w.runner.wait_finished(10)
    assert requests.get(f"{api.url}/v1/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401


def test_closing_against_a_server_that_does_not_answer_neither_blocks_nor_lingers(qtbot, window, sign_in):
    w = window
    sign_in(w, "clean")

    def never(handler):
        handler.server.release.wait(30)
        return (None, "", b"")

    with Scripted(never) as hanging:
        w.session.backend.client().base_url = hanging.url
        started = time.monotonic()
        w.close()
        assert time.monotonic() - started < 0.5, "the GUI thread does not wait for the server"
        assert not w.isVisible()
        assert w.runner.wait_finished(6)
        gave_up = time.monotonic() - started
        hanging.release.set()
    assert [m for m, _, _ in hanging.hits] == ["DELETE"], "one short try to sign out"
    assert gave_up < 4.5, f"closing gave up after {gave_up:.1f} s"


def test_closing_with_waiting_requests_and_no_secure_keyring_asks_first(qtbot, make_window, api, sign_in):
    keyring.set_keyring(fail.Keyring())  # the outbox can only live in memory
    w = send_while_offline(qtbot, make_window, api, sign_in)
    qtbot.waitUntil(lambda: w.resident.unsent_lost_on_close() == 1, timeout=15000)

    w.close()
    qtbot.waitUntil(lambda: getattr(w, "closeQuestion", None) is not None and w.closeQuestion.isVisible())
    box: QMessageBox = w.closeQuestion
    assert w.isVisible(), "nothing closes before the resident answers"
    assert "1 correction request" in box.text()
    assert "lost" in box.informativeText() and "no secure key store" in box.informativeText()
    qtbot.mouseClick(box.findChild(type(box.defaultButton()), "keepOpenButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert w.isVisible() and not w.runner.closed, "kept open: it goes on trying"

    w.close()
    qtbot.waitUntil(lambda: w.closeQuestion is not box and w.closeQuestion.isVisible())
    box = w.closeQuestion
    qtbot.mouseClick(box.findChild(type(box.defaultButton()), "closeAnywayButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.runner.closed and not w.isVisible())
    assert w.runner.wait_finished(10)


def test_closing_with_a_secure_keyring_does_not_ask(qtbot, make_window, api, sign_in):
    w = send_while_offline(qtbot, make_window, api, sign_in)
    w.close()
    assert w.runner.closed and getattr(w, "closeQuestion", None) is None, "it is kept on disk: nothing to ask"
    assert w.runner.wait_finished(10)
