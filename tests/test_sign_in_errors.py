"""Sign-in errors say what happened (not "a problem with your input"), what to bring and where
to go; a wrong PIN does not stay in the field to be spent again."""

from __future__ import annotations


from .test_gui_errors import fill, press_sign_in, wait_for_error
from .test_language_switch import switch


def test_a_wrong_pin_is_cleared_and_not_spent_again(qtbot, window, api, personas):
    w = window
    p = personas["clean"]
    fill(qtbot, w, p.number, "0000")
    press_sign_in(qtbot, w)
    text = wait_for_error(qtbot, w)
    assert text.startswith("Could not sign in:") and "2 attempts left" in text
    assert w.signin.ui.pinEdit.text() == "", "the wrong PIN is gone"
    assert w.signin.ui.numberEdit.text() == p.number, "the number stays"
    assert w.signin.errors.summary.accessibleName() == "Could not sign in"
    press_sign_in(qtbot, w)  # again, without typing: asks for the PIN instead of spending an attempt
    assert w.signin.errors.text().startswith("There is a problem:")
    assert "PIN" in w.signin.ui.pinError.text()
    fill(qtbot, w, p.number, "0001")
    press_sign_in(qtbot, w)
    assert "1 attempt left" in wait_for_error(qtbot, w), "only the two typed PINs were spent"


def test_a_locked_card_says_what_to_bring_and_where_in_both_languages(qtbot, window, personas, app_language, qapp):
    from selfcheck.gui.app import install_translator

    w = window
    p = personas["locked"]
    fill(qtbot, w, p.number, p.pin)
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
    assert w.signin.errors.text().startswith("There is a problem:")
