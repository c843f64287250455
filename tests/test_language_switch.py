"""Switching language live, from the menu, on every screen: nothing stays in the other language
(apart from the resident's data and proper names), and nothing typed is lost."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt

from selfcheck.core import schema as s

from .gui_helpers import model_texts, type_text
from .test_translations import english_left

pytestmark = pytest.mark.gui  # needs Qt

def switch(qtbot, w, code):
    with qtbot.waitSignal(w.languageChanged, timeout=5000):
        w.languageActions[code].trigger()


def test_switch_on_every_screen_keeps_what_was_typed(qtbot, window, api, sign_in, app_language, qapp):
    from selfcheck.gui.app import install_translator, settings

    w = window
    try:
        # sign-in, with a problem shown and a PIN typed
        panel = w.signin.card
        qtbot.waitUntil(lambda: w.cardSignIn.access is not None, timeout=10000)
        qtbot.mouseClick(panel.cardSignInButton, Qt.MouseButton.LeftButton)  # no card yet: disabled
        panel.submit()  # as Return in the PIN field does
        type_text(qtbot, panel.cardPinEdit, "12")
        switch(qtbot, w, "ja")
        assert panel.cardPinEdit.text() == "12"
        assert "カードリーダーに挿してください" in panel.cardErrorLabel.text()
        assert english_left(w, set()) == []
        assert settings().value("language") == "ja", "the choice is remembered"
        switch(qtbot, w, "en")
        assert "Put your My Number Card in the card reader first." in panel.cardErrorLabel.text()

        # overview with findings, then each screen of the flow
        with qtbot.waitSignal(w.findingsReady, timeout=15000):
            sign_in(w, "child-parent-account")
        switch(qtbot, w, "ja")
        assert english_left(w, {"Mizuho"}) == []
        assert w.home.links.data(w.home.links.index(0, 0)) == "公金受取口座（1 件）"
        assert model_texts(w.home.findings)[0] == "⚠ 問題あり"
        assert w.home.links.headerData(0, Qt.Orientation.Horizontal) == "項目"

        w.open_detail(w.home.current_link())
        assert english_left(w, set()) == []  # the bank and account type in Japanese too
        w.start_flag(w.home.current_link())
        qtbot.mouseClick(w.flag.ui.otherRadio, Qt.MouseButton.LeftButton)
        type_text(qtbot, w.flag.ui.noteEdit, "母の口座です")
        switch(qtbot, w, "en")
        assert w.flag.reason() is s.Reason.OTHER and w.flag.note() == "母の口座です", "the answer being typed stays"
        assert w.flag.ui.otherHint.text() == "Tell us in the note what is wrong."
        switch(qtbot, w, "ja")
        assert english_left(w, {"Mizuho"}) == []
        qtbot.mouseClick(w.flag.ui.saveButton, Qt.MouseButton.LeftButton)
        w.review()
        assert english_left(w, {"Mizuho", "JPEG"}) == []  # file format names stay as they are
        assert "その他" in model_texts(w.check.model)
        switch(qtbot, w, "en")
        assert "Something else" in model_texts(w.check.model)
        assert w.check.ui.titleLabel.text() == "Check your answers before sending (1 item)"
        with qtbot.waitSignal(w.confirmationShown, timeout=15000):
            qtbot.mouseClick(w.check.ui.sendButton, Qt.MouseButton.LeftButton)
        switch(qtbot, w, "ja")
        assert w.confirmation.ui.titleLabel.text() == "訂正の申出を送信しました"
        assert english_left(w, set()) == []
        assert w.windowTitle().endswith("セルフチェック")
    finally:
        install_translator(qapp, app_language)


def test_switching_often_leaves_no_old_menus_behind(qtbot, window, app_language, qapp):
    """The menus are made again in the new language; the old menus and their actions go."""
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

    from selfcheck.gui.app import install_translator

    w = window

    def menus_and_actions():
        owners = [o for o in w.children() if type(o) is QObject]
        return len(w.findChildren(QMenu)), sum(len(o.findChildren(QAction)) for o in owners), len(owners)

    before = menus_and_actions()
    try:
        for code in ("ja", "en", "ja", "en"):
            switch(qtbot, w, code)
        qtbot.waitUntil(lambda: menus_and_actions() == before)
        assert before[2] == 1 and [a.text() for a in w.menuBar().actions()][0] == "&File"
    finally:
        install_translator(qapp, app_language)
