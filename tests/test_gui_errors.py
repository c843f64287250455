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


def card_in(qtbot, w, persona: str, issuer_url: str | None = None, **kw):
    """The persona's card in the window's (in-process) reader; ``issuer_url``: the mock API that
    issues it, when the window talks to another (a broken) service."""
    from selfcheck.core.client import ApiClient

    from .cards import persona_card

    qtbot.waitUntil(lambda: w.cardSignIn.access is not None, timeout=10000)
    card = persona_card(ApiClient(issuer_url) if issuer_url else w.backend.client(), persona, **kw)
    w.cardSignIn.access.insert_card(card)
    qtbot.waitUntil(lambda: w.signin.card.card_present, timeout=5000)
    return card


def fill(qtbot, w, pin: str) -> None:
    edit = w.signin.card.cardPinEdit
    edit.clear()
    type_text(qtbot, edit, pin)


def press_sign_in(qtbot, w) -> None:
    qtbot.mouseClick(w.signin.card.cardSignInButton, Qt.MouseButton.LeftButton)


def wait_for_error(qtbot, w) -> str:
    qtbot.waitUntil(lambda: w.signin.errors.text() != "" and not w.runner.busy, timeout=15000)
    return w.signin.errors.text()


def test_a_pin_that_is_not_4_digits_is_explained_and_never_reaches_the_card(qtbot, window):
    w = window
    card = card_in(qtbot, w, "clean")
    panel = w.signin.card
    for typed in ("12", "12345", "١٢٣٤"):  # short, long, Arabic-Indic digits
        fill(qtbot, w, typed)
        press_sign_in(qtbot, w)
        assert "4 digits" in panel.cardErrorLabel.text() and panel.cardErrorLabel.isVisible()
        assert panel.cardPinEdit.hasFocus() and w.signin.ui.statusLabel.text() != "Signing in…", "nothing was sent"
    assert card.tries_left == 3, "no attempt was spent on the card"


def test_full_width_pin_digits_are_accepted(qtbot, window):
    w = window
    card_in(qtbot, w, "clean")
    fill(qtbot, w, "７７７７")
    with qtbot.waitSignal(w.overviewShown, timeout=15000):
        press_sign_in(qtbot, w)
    assert "伊藤 さくら" in w.home.ui.nameLabel.text()


def test_locked_card_is_sent_to_the_counter(qtbot, window, personas):
    w = window
    card_in(qtbot, w, "locked")
    fill(qtbot, w, personas["locked"].pin)
    press_sign_in(qtbot, w)
    text = wait_for_error(qtbot, w)
    assert "photo ID" in text and "counter" in text
    assert text.split(": ", 1)[1] in w.signin.card.cardErrorLabel.text(), "also beside the PIN field"


def test_server_down(qtbot, make_window, api):
    w = make_window(Backend(api_url=closed_port_url()))
    card_in(qtbot, w, "clean", api.url)
    fill(qtbot, w, "7777")
    press_sign_in(qtbot, w)
    assert "Cannot reach the government service" in wait_for_error(qtbot, w)
    assert w.signin.card.card_present and w.signin.card.cardSignInButton.isEnabled()


@pytest.mark.parametrize("answer", [(200, "text/html", b"<html>maintenance</html>"),
                                    (201, "application/json", b'{"challenge_id": 5}')], ids=["html", "wrong-shape"])
def test_server_answers_garbage(qtbot, make_window, api, answer):
    with Scripted(answer) as server:
        w = make_window(Backend(api_url=server.url))
        card_in(qtbot, w, "clean", api.url)
        fill(qtbot, w, "7777")
        press_sign_in(qtbot, w)
        assert "an answer Selfcheck cannot read" in wait_for_error(qtbot, w)
        w.close()


def test_slow_server_times_out_without_freezing(qtbot, make_window, api):
    def slow(handler):
        handler.server.release.wait(5)
        return (503, "application/problem+json", b"{}")

    with Scripted(slow) as server:
        backend = Backend(api_url=server.url)
        w = make_window(backend)
        backend.client().timeout = (0.5, 0.3)
        card_in(qtbot, w, "clean", api.url)
        fill(qtbot, w, "7777")
        press_sign_in(qtbot, w)
        assert w.runner.busy and not w.signin.card.cardSignInButton.isEnabled()
        # the window keeps answering while the call waits
        type_text(qtbot, w.signin.card.cardPinEdit, "1")
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
    assert w.signin.card.card_present, "the card is still in the reader"
    p = personas["same-name-insurance"]
    type_text(qtbot, w.signin.card.cardPinEdit, p.pin)
    with qtbot.waitSignal(w.overviewShown, timeout=15000):
        qtbot.keyClick(w.signin.card.cardPinEdit, Qt.Key.Key_Return)
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
