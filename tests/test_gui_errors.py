"""Bad input anywhere gets a plain message saying what to do, and loses nothing typed."""

from __future__ import annotations

import pytest
import requests
from PySide6.QtCore import Qt

from selfcheck.core.backend import Backend

from .conftest import ADMIN_TOKEN
from .gui_helpers import model_texts, type_text
from .servers import Scripted, closed_port_url

pytestmark = pytest.mark.gui  # needs Qt


def fill(qtbot, w, number: str, pin: str) -> None:
    ui = w.signin.ui
    ui.numberEdit.clear()
    type_text(qtbot, ui.numberEdit, number)
    ui.pinEdit.clear()
    type_text(qtbot, ui.pinEdit, pin)


def press_sign_in(qtbot, w) -> None:
    qtbot.mouseClick(w.signin.ui.signInButton, Qt.MouseButton.LeftButton)


def wait_for_error(qtbot, w) -> str:
    qtbot.waitUntil(lambda: w.signin.errors.text() != "" and not w.runner.busy, timeout=15000)
    return w.signin.errors.text()


def test_check_digit_and_pin_format_are_explained_and_input_kept(qtbot, window):
    w = window
    fill(qtbot, w, "1234 5678 9019", "12")
    press_sign_in(qtbot, w)
    text = w.signin.errors.text()
    assert "one of the digits is probably mistyped" in text
    assert "The PIN has exactly 4 digits" in text
    assert w.signin.ui.errorSummary.hasFocus(), "the error summary takes focus"
    assert w.signin.ui.numberError.isVisible() and w.signin.ui.pinError.isVisible()
    assert w.signin.ui.numberEdit.text() == "1234 5678 9019" and w.signin.ui.pinEdit.text() == "12"
    assert w.signin.ui.signInButton.isEnabled() and w.signin.ui.statusLabel.text() != "Signing in…", "nothing was sent"
    # The summary links to the field.
    w.signin.ui.errorSummary.linkActivated.emit("#number")
    assert w.signin.ui.numberEdit.hasFocus()


def test_full_width_digits_and_hyphens_are_accepted(qtbot, window, personas):
    w = window
    p = personas["clean"]
    wide = "－".join(p.number[i:i + 4] for i in (0, 4, 8)).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    fill(qtbot, w, wide, "７７７７")
    with qtbot.waitSignal(w.overviewShown, timeout=15000):
        press_sign_in(qtbot, w)
    assert "伊藤 さくら" in w.home.ui.nameLabel.text()


def test_wrong_pin_says_attempts_left_then_locked(qtbot, window, personas):
    w = window
    p = personas["clean"]
    fill(qtbot, w, p.number, "0000")
    press_sign_in(qtbot, w)
    assert "The number or the PIN is wrong. 2 attempts left" in wait_for_error(qtbot, w)
    assert w.signin.ui.numberEdit.text() == p.number, "the number is kept"
    w.signin.errors.clear()
    fill(qtbot, w, p.number, "0001")
    press_sign_in(qtbot, w)
    assert "1 attempt left" in wait_for_error(qtbot, w)
    w.signin.errors.clear()
    fill(qtbot, w, p.number, "0002")
    press_sign_in(qtbot, w)
    assert "Your card is locked" in wait_for_error(qtbot, w)


def test_locked_card_is_sent_to_the_counter(qtbot, window, personas):
    w = window
    p = personas["locked"]
    fill(qtbot, w, p.number, p.pin)
    press_sign_in(qtbot, w)
    text = wait_for_error(qtbot, w)
    assert "photo ID" in text and "counter" in text


def test_server_down(qtbot, make_window, personas):
    w = make_window(Backend(api_url=closed_port_url()))
    p = personas["clean"]
    fill(qtbot, w, p.number, p.pin)
    press_sign_in(qtbot, w)
    assert "Cannot reach the government service" in wait_for_error(qtbot, w)
    assert w.signin.ui.numberEdit.text() == p.number and w.signin.ui.signInButton.isEnabled()


@pytest.mark.parametrize("answer", [(200, "text/html", b"<html>maintenance</html>"),
                                    (201, "application/json", b'{"token": 5}')], ids=["html", "wrong-shape"])
def test_server_answers_garbage(qtbot, make_window, personas, answer):
    with Scripted(answer) as server:
        w = make_window(Backend(api_url=server.url))
        p = personas["clean"]
        fill(qtbot, w, p.number, p.pin)
        press_sign_in(qtbot, w)
        assert "an answer Selfcheck cannot read" in wait_for_error(qtbot, w)
        w.close()


def test_slow_server_times_out_without_freezing(qtbot, make_window, personas):
    def slow(handler):
        handler.server.release.wait(5)
        return (503, "application/problem+json", b"{}")

    with Scripted(slow) as server:
        backend = Backend(api_url=server.url)
        w = make_window(backend)
        backend.client().timeout = (0.5, 0.3)
        p = personas["clean"]
        fill(qtbot, w, p.number, p.pin)
        press_sign_in(qtbot, w)
        assert w.runner.busy and not w.signin.ui.signInButton.isEnabled()
        # the window keeps answering while the call waits
        type_text(qtbot, w.signin.ui.numberEdit, "")
        assert "not answering" in wait_for_error(qtbot, w)
        w.close()


def test_expired_session_keeps_the_answers_and_resumes(qtbot, window, api, sign_in, personas):
    w = window
    sign_in(w, "same-name-insurance")
    w.home.select_link(next(x.id for x in w.session.links if x.organisation_municipality == "札幌市"))
    qtbot.mouseClick(w.home.ui.flagButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.flag.ui.notMineRadio, Qt.MouseButton.LeftButton)
    type_text(qtbot, w.flag.ui.noteEdit, "札幌に住んだことはありません")
    qtbot.mouseClick(w.flag.ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.home.ui.reviewButton, Qt.MouseButton.LeftButton)
    requests.post(f"{api.url}/admin/sessions/expire", headers={"X-Admin-Token": ADMIN_TOKEN}).raise_for_status()
    qtbot.mouseClick(w.check.ui.sendButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.signin and not w.runner.busy, timeout=15000)
    assert "Your session has ended" in w.signin.errors.text()
    assert w.signin.ui.numberEdit.text(), "the number stays filled in"
    p = personas["same-name-insurance"]
    type_text(qtbot, w.signin.ui.pinEdit, p.pin)
    with qtbot.waitSignal(w.overviewShown, timeout=15000):
        qtbot.keyClick(w.signin.ui.pinEdit, Qt.Key.Key_Return)
    assert w.stack.currentWidget() is w.check, "back on the check page with the answers"
    assert "札幌に住んだことはありません" in model_texts(w.check.model)
    with qtbot.waitSignal(w.confirmationShown, timeout=15000):
        qtbot.mouseClick(w.check.ui.sendButton, Qt.MouseButton.LeftButton)
    assert len(api.store.requests(w.flow.resident_id)) == 1


def test_lost_answer_waits_in_the_outbox_and_goes_out_once(qtbot, window, api, sign_in):
    """The API stores the request but the answer is lost (a 500): the app keeps it in the outbox
    as waiting; the next send reuses its idempotency key, so the service has it exactly once."""
    w = window
    sign_in(w, "foreign-resident")
    qtbot.mouseClick(w.home.ui.flagButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.flag.ui.noLongerValidRadio, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.flag.ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.home.ui.reviewButton, Qt.MouseButton.LeftButton)
    store = api.store
    real = store.create_request
    calls = []

    def lose_first_answer(rid, key, body, *rest):
        out = real(rid, key, body, *rest)
        calls.append(key)
        if len(calls) == 1:
            raise RuntimeError("connection dropped after storing")
        return out

    store.create_request = lose_first_answer
    w.session.backend.client().retries = 0
    with qtbot.waitSignal(w.confirmationShown, timeout=15000):
        qtbot.mouseClick(w.check.ui.sendButton, Qt.MouseButton.LeftButton)
    assert w.confirmation.ui.titleLabel.text() == "Saved: waiting to send"
    assert not w.confirmation.ui.referenceLabel.isVisible()
    qtbot.waitUntil(lambda: "Waiting to send" in model_texts(w.home.requests), timeout=15000)
    with qtbot.waitSignal(w.outboxSent, timeout=15000):
        w.send_waiting_now()  # what the 15-second timer does
    assert calls[0] == calls[1], "the retry reuses the idempotency key"
    (req,) = store.requests(w.flow.resident_id)
    qtbot.waitUntil(lambda: req.reference in model_texts(w.home.requests), timeout=15000)
    assert "Waiting to send" not in model_texts(w.home.requests)
    assert f"Reference number: {req.reference}" in w.home.ui.messageLabel.text()
