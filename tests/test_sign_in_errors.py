"""Sign-in errors say what happened (not "a problem with your input"), what to bring and where
to go; a wrong PIN does not stay in the field to be spent again."""

from __future__ import annotations


from .test_gui_errors import card_in, fill, press_sign_in, wait_for_error
from .test_language_switch import switch


def test_a_wrong_pin_is_cleared_and_not_spent_again(qtbot, window, api, personas):
    w = window
    card = card_in(qtbot, w, "clean")
    fill(qtbot, w, "0000")
    press_sign_in(qtbot, w)
    text = wait_for_error(qtbot, w)
    assert text.startswith("Could not sign in:") and "2 attempts left" in text
    panel = w.signin.card
    assert panel.cardPinEdit.text() == "", "the wrong PIN is gone"
    assert w.signin.errors.summary.accessibleName() == "Could not sign in"
    press_sign_in(qtbot, w)  # again, without typing: asks for the PIN instead of spending an attempt
    assert "4-digit PIN" in panel.cardErrorLabel.text() and card.tries_left == 2
    fill(qtbot, w, "0001")
    press_sign_in(qtbot, w)
    qtbot.waitUntil(lambda: "1 attempt left" in w.signin.errors.text(), timeout=15000)
    assert card.tries_left == 1, "only the two typed PINs were spent"


def test_a_locked_card_says_what_to_bring_and_where_in_both_languages(qtbot, window, personas, app_language, qapp):
    from selfcheck.gui.app import install_translator

    w = window
    p = personas["locked"]
    card = card_in(qtbot, w, p.id)
    fill(qtbot, w, p.pin)
    press_sign_in(qtbot, w)
    text = wait_for_error(qtbot, w)
    assert text.startswith("Could not sign in:")
    for words in ("card", "photo ID", "counter", "new PIN"):
        assert words in text
    try:
        switch(qtbot, w, "ja")
        text = w.signin.errors.text()
        assert text.startswith("サインインできませんでした")
        for words in ("カード", "本人確認書類", "窓口"):
            assert words in text
    finally:
        install_translator(qapp, app_language)
        w.retranslate()
    assert w.signin.errors.text().startswith("Could not sign in:")
    press_sign_in(qtbot, w)  # the PIN was cleared: nothing is sent
    assert "4-digit PIN" in w.signin.card.cardErrorLabel.text() and card.tries_left == 0


def test_a_service_failing_during_a_card_sign_in_leaves_the_card_panel_ready_to_try_again(qtbot, window, personas,
                                                                                        monkeypatch):
    """The service's error shows beside the card's PIN field too, the panel stops saying that the
    card is signing in, and Sign in works again once the service is back."""
    from selfcheck.core.client import ApiClient
    from selfcheck.core.errors import ApiError, ErrorKind

    w = window
    p = personas["clean"]
    card_in(qtbot, w, p.id)

    def down(self, *args, **kw):
        raise ApiError(ErrorKind.SERVER, status=503)

    monkeypatch.setattr(ApiClient, "card_challenge", down)
    fill(qtbot, w, p.pin)
    press_sign_in(qtbot, w)
    text = wait_for_error(qtbot, w)
    panel = w.signin.card
    assert text.startswith("Could not sign in:")
    assert panel.cardErrorLabel.isVisible() and panel.cardErrorLabel.text() in text
    assert "signing in" not in panel.readerLabel.text(), panel.readerLabel.text()
    assert panel.cardSignInButton.isEnabled()
    monkeypatch.undo()
    fill(qtbot, w, p.pin)
    with qtbot.waitSignal(w.overviewShown, timeout=15000):
        press_sign_in(qtbot, w)
