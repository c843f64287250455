"""The resident's whole flow through the GUI, against the mock API live on loopback."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from selfcheck.core import schema as s

from .gui_helpers import alt, model_texts, tab_to, type_text

pytestmark = pytest.mark.gui  # needs Qt


def test_sign_in_overview_detail_flag_check_send_confirm_and_list(qtbot, window, api, sign_in):
    w = window
    p = sign_in(w, "child-parent-account")
    assert w.stack.currentWidget() is w.home

    # Overview: grouped by kind, with who registered each link and through which channel.
    texts = model_texts(w.home.links)
    for group in ("Benefit bank account (1 item)", "Health insurance (1 item)", "Disability certificates (0 items)",
                  "Pension records (0 items)"):
        assert group in texts
    assert "ﾔﾏﾀﾞ ﾐﾕｷ" in texts and "Miyuki Yamada (parent)" in texts and "Self-service (online)" in texts
    assert w.home.ui.numberValue.text() == "•••• •••• " + p.number[-4:]

    # Open the selected bank account by keyboard.
    view = w.home.ui.linksView
    view.setFocus()
    assert w.home.current_link().kind is s.LinkKind.BANK_ACCOUNT
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert w.stack.currentWidget() is w.detail
    shown = {w.detail.ui.fields.itemAt(r, w.detail.ui.fields.ItemRole.LabelRole).widget().text():
             w.detail.ui.fields.itemAt(r, w.detail.ui.fields.ItemRole.FieldRole).widget().text()
             for r in range(w.detail.ui.fields.rowCount())}
    assert shown["Registered through"] == "Self-service (online)"
    assert shown["Holder name"] == "ﾔﾏﾀﾞ ﾐﾕｷ"
    assert shown["Also linked to"] == "1 other person"

    # Mark it: saving without a reason shows the error summary, with focus, and keeps the note.
    qtbot.mouseClick(w.detail.ui.flagButton, Qt.MouseButton.LeftButton)
    assert w.stack.currentWidget() is w.flag
    type_text(qtbot, w.flag.ui.noteEdit, "母の口座です")
    qtbot.mouseClick(w.flag.ui.saveButton, Qt.MouseButton.LeftButton)
    assert w.flag.ui.errorSummary.isVisible() and w.flag.ui.errorSummary.hasFocus()
    assert "Choose what is wrong with this item." in w.flag.errors.text()
    assert w.flag.ui.noteEdit.toPlainText() == "母の口座です"
    w.flag.ui.notMineRadio.setFocus()
    qtbot.keyClick(w.flag.ui.notMineRadio, Qt.Key.Key_Space)
    qtbot.mouseClick(w.flag.ui.saveButton, Qt.MouseButton.LeftButton)
    assert w.stack.currentWidget() is w.home
    assert "Marked as wrong" in model_texts(w.home.links)
    assert w.home.ui.flagCountLabel.text() == "1 item marked as wrong"

    # Check your answers, change one answer, come back to the check page.
    qtbot.mouseClick(w.home.ui.reviewButton, Qt.MouseButton.LeftButton)
    assert w.stack.currentWidget() is w.check
    assert model_texts(w.check.model)[2:] == ["This is not mine", "母の口座です"]
    assert "Nothing is sent until" in w.check.ui.notSentLabel.text()
    qtbot.mouseClick(w.check.ui.changeButton, Qt.MouseButton.LeftButton)
    assert w.stack.currentWidget() is w.flag and w.flag.ui.notMineRadio.isChecked()
    qtbot.mouseClick(w.flag.ui.wrongDetailsRadio, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.flag.ui.saveButton, Qt.MouseButton.LeftButton)
    assert w.stack.currentWidget() is w.check
    assert "The details are wrong" in model_texts(w.check.model)

    # Send: confirmation with a reference number and what happens next.
    assert api.store.requests(w.flow.resident_id) == []
    with qtbot.waitSignal(w.confirmationShown, timeout=15000):
        qtbot.mouseClick(w.check.ui.sendButton, Qt.MouseButton.LeftButton)
    ref = w.confirmation.ui.referenceLabel.text()
    assert re.fullmatch(r"SC-\d{4}-\d{4}-\d{4}", ref)
    assert "You will get a notification" in w.confirmation.ui.nextLabel.text()
    stored = api.store.requests(w.flow.resident_id)
    assert [r.reference for r in stored] == [ref]
    assert stored[0].items[0].reason is s.Reason.WRONG_DETAILS and stored[0].items[0].note == "母の口座です"

    # The request is listed with its status.
    qtbot.mouseClick(w.confirmation.ui.requestsButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ref in model_texts(w.home.requests))
    assert "Received" in model_texts(w.home.requests)
    assert w.home.ui.tabs.currentIndex() == w.home.REQUESTS
    assert "Marked as wrong" not in model_texts(w.home.links)


def test_whole_flow_by_keyboard_alone(qtbot, window, api, sign_in):
    """No mouse events: focus moves with Tab, buttons with their mnemonics and Enter."""
    w = window
    sign_in(w, "pension-other")
    view = w.home.ui.linksView
    assert view.hasFocus(), "the overview puts focus on the list"
    # Move to the other person's pension record (the second pension row) and mark it.
    while not (w.home.current_link() and w.home.current_link().holder_birth_date
               and w.home.current_link().holder_birth_date.year == 1950):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    alt(qtbot, "M")  # buttons animate a mnemonic click: wait for the page to change
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.flag)
    assert w.flag.ui.notMineRadio.hasFocus()
    qtbot.keyClick(w.flag.ui.notMineRadio, Qt.Key.Key_Space)
    tab_to(qtbot, w, w.flag.ui.noteEdit, limit=2)  # the reasons are one tab stop, arrows move within
    type_text(qtbot, w.flag.ui.noteEdit, "生年月日が違います")
    alt(qtbot, "S")
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.home)
    alt(qtbot, "V")
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.check)
    assert w.check.ui.sendButton.hasFocus()
    with qtbot.waitSignal(w.confirmationShown, timeout=15000):
        qtbot.keyClick(w.check.ui.sendButton, Qt.Key.Key_Return)
    assert w.confirmation.ui.referenceLabel.hasFocus()
    items = api.store.requests(w.flow.resident_id)[0].items
    assert items[0].note == "生年月日が違います"


def test_access_log_of_20000_entries_is_searchable_and_sortable(qtbot, window, sign_in):
    w = window
    sign_in(w, "stress")
    assert w.home.links.rowCount(w.home.links.index(3, 0)) >= 600  # pension group of 2,000 links
    qtbot.waitUntil(lambda: w.home.log.total() == 20000, timeout=20000)
    w.home.ui.tabs.setCurrentIndex(w.home.LOG)
    assert w.home.ui.logCountLabel.text() == "Showing 20,000 of 20,000"
    type_text(qtbot, w.home.ui.searchEdit, "pension review")
    n = w.home.log.rowCount()
    assert 0 < n < 20000
    assert w.home.ui.logCountLabel.text() == f"Showing {n:,} of 20,000"
    for r in range(0, n, max(1, n // 50)):
        row = " ".join(w.home.log.data(w.home.log.index(r, c)) for c in range(5)).casefold()
        assert "pension" in row and "review" in row, row
    # Sort by agency with a click on the header, as a user would.
    header = w.home.ui.logView.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center()
                     .__class__(header.sectionViewportPosition(1) + 5, 5))
    agencies = [w.home.log.data(w.home.log.index(r, 1)) for r in range(n)]
    assert agencies == sorted(agencies) or agencies == sorted(agencies, reverse=True)
    assert len(set(agencies)) > 1
    w.home.ui.searchEdit.clear()
    assert w.home.log.rowCount() == 20000


def test_number_is_masked_until_revealed_and_never_in_the_title(qtbot, window, sign_in, selfcheck_home):
    w = window
    p = sign_in(w, "clean")
    value = w.home.ui.numberValue
    assert p.number not in value.text() and value.text().endswith(p.number[-4:])
    assert w.session.number is None, "a card sign-in does not tell the app the number"
    qtbot.mouseClick(w.home.ui.revealButton, Qt.MouseButton.LeftButton)
    # the service knows the resident from the card's certificate and tells the full number on request
    qtbot.waitUntil(lambda: value.text() == f"{p.number[:4]} {p.number[4:8]} {p.number[8:]}", timeout=10000)
    assert w.home.ui.revealButton.text() == "Hide n&umber"
    qtbot.mouseClick(w.home.ui.revealButton, Qt.MouseButton.LeftButton)
    assert p.number[:8] not in value.text().replace(" ", "")
    qtbot.mouseClick(w.home.ui.revealButton, Qt.MouseButton.LeftButton)  # shown again at once, no new request
    assert value.text().replace(" ", "") == p.number
    assert p.number not in w.windowTitle() and p.number[-4:] not in w.windowTitle()
    logs = [f.read_text(encoding="utf-8", errors="replace") for f in selfcheck_home.rglob("*.log")]
    assert not any(p.number in text for text in logs)


def test_sign_out_forgets_the_resident(qtbot, window, sign_in, selfcheck_home):
    w = window
    p = sign_in(w, "clean")
    w.signOutAction.trigger()
    assert w.stack.currentWidget() is w.signin
    assert w.signin.card.cardPinEdit.text() == ""
    assert model_texts(w.home.links) == model_texts(w.home.links)[:4]  # only the empty group rows
    assert "伊藤" not in " ".join(model_texts(w.home.links))
    assert w.home.ui.numberValue.text() == ""
    log = (selfcheck_home / "selfcheck.log")
    assert not log.exists() or p.number not in log.read_text()


def test_closing_a_signed_in_window_revokes_the_token_on_the_server(qtbot, window, api, sign_in):
    """The sign-out at close runs to its end: the worker pool's shutdown cannot cancel it."""
    w = window

    def open_sessions():
        return api.store.db.execute("SELECT COUNT(*) FROM sessions WHERE kind='resident'").fetchone()[0]

    sign_in(w, "clean")
    assert open_sessions() == 1
    w.close()
    qtbot.waitUntil(lambda: open_sessions() == 0, timeout=10000)
    assert w.runner.wait_finished(10)
