"""The language switches live in both directions on every resident and counter screen and
dialog, forms first built in Japanese included: afterwards no visible control, accessible name,
list cell or menu is left in the other language (the resident's own data aside)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from selfcheck.core.backend import Backend

from .gui_helpers import type_text
from .language_check import wrong_language
from .test_counter_gui import confirm_and_load, flag_and_send, put_card, resident_strings, staff_signs_in
from .test_language_switch import switch

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def japanese_start(qapp, app_language):
    """The app started in Japanese (as on a Japanese desktop); English restored afterwards."""
    from selfcheck.gui.app import install_translator

    install_translator(qapp, "ja")
    yield
    install_translator(qapp, app_language)


def resident_spellings(w) -> set[str]:
    """The resident's name as banks write it (half-width katakana): their data, in any language."""
    from selfcheck.core.rules import bank_spelling

    return {bank_spelling(w.session.profile)}


def both_ways(qtbot, w, screen, allowed, roots=()):
    """Japanese → English → Japanese, checking the window (and ``roots``) after each switch."""
    for lang in ("en", "ja"):
        switch(qtbot, w, lang)
        for root in (w, *roots):
            bad = wrong_language(root, lang, allowed)
            assert not bad, f"{screen}, after switching to {lang}: {bad}"


def test_every_resident_screen_switches_both_ways(qtbot, japanese_start, make_window, api, sign_in):
    w = make_window(Backend(api_url=api.url))
    data = resident_strings("same-name-insurance") | {"Selfcheck", "JPEG"}  # a file format's name
    assert wrong_language(w, "ja", data) == [], "built in Japanese"
    both_ways(qtbot, w, "sign-in", data)
    with qtbot.waitSignal(w.findingsReady, timeout=15000):
        sign_in(w, "same-name-insurance")
    data |= resident_spellings(w)
    qtbot.waitUntil(lambda: w.home.log.total() > 0, timeout=15000)
    for tab in range(w.home.ui.tabs.count()):
        w.home.ui.tabs.setCurrentIndex(tab)
        both_ways(qtbot, w, f"overview, tab {tab}", data)
    w.home.ui.tabs.setCurrentIndex(0)
    qtbot.mouseClick(w.home.ui.whyButton, LEFT)
    dialog = w.whyDialog
    both_ways(qtbot, w, "Why?", data, roots=(dialog,))
    dialog.close()
    both_ways(qtbot, w, "overview after Why? was closed", data)
    w.open_detail(w.home.current_link())
    both_ways(qtbot, w, "item details", data)
    w.start_flag(w.home.current_link())
    qtbot.mouseClick(w.flag.ui.otherRadio, LEFT)
    qtbot.mouseClick(w.flag.ui.saveButton, LEFT)  # "Other" without a note: a problem is shown
    both_ways(qtbot, w, "marking an item, with a problem shown", data)
    type_text(qtbot, w.flag.ui.noteEdit, "別人の保険証です")
    qtbot.mouseClick(w.flag.ui.saveButton, LEFT)
    w.review()
    both_ways(qtbot, w, "check your answers", data | {"別人の保険証です"})
    with qtbot.waitSignal(w.confirmationShown, timeout=15000):
        qtbot.mouseClick(w.check.ui.sendButton, LEFT)
    both_ways(qtbot, w, "confirmation", data | {"別人の保険証です"})


def test_every_counter_screen_switches_both_ways(qtbot, japanese_start, make_window, api, personas):
    w = make_window(Backend(api_url=api.url), counter=True)
    api.store.set_policy("足立区", second_approval=True)
    data = resident_strings("child-parent-account") | {"S-ADACHI-01", "S-ADACHI-02", "Ctrl+Shift+O", "Selfcheck"}
    both_ways(qtbot, w, "staff sign-in", data)
    staff_signs_in(qtbot, w)
    both_ways(qtbot, w, "counter", data)
    qtbot.mouseClick(w.counterPage.ui.unlockButton, LEFT)
    both_ways(qtbot, w, "unlock", data)
    qtbot.mouseClick(w.page("unlock").ui.cancelButton, LEFT)
    p = personas["child-parent-account"]
    qtbot.mouseClick(w.counterPage.ui.startButton, LEFT)
    both_ways(qtbot, w, "resident sign-in", data)
    put_card(qtbot, w, p.id)
    both_ways(qtbot, w, "resident sign-in, card in the reader", data)
    type_text(qtbot, w.signin.card.cardPinEdit, p.pin)
    qtbot.keyClick(w.signin.card.cardPinEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.page("identity"), timeout=15000)
    both_ways(qtbot, w, "is this you", data)
    confirm_and_load(qtbot, w)
    data |= resident_spellings(w)
    both_ways(qtbot, w, "overview at the counter", data)
    w.open_detail(w.home.current_link())  # a bank account: bank, branch and account type
    both_ways(qtbot, w, "item details of a bank account", data)
    qtbot.mouseClick(w.detail.ui.backButton, LEFT)
    flag_and_send(qtbot, w, "窓口")
    both_ways(qtbot, w, "confirmation, waiting for approval", data | {"窓口"})
    qtbot.mouseClick(w.confirmation.ui.approveButton, LEFT)
    both_ways(qtbot, w, "approval", data | {"窓口"})
