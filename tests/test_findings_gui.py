"""Findings on the overview: badges, the evidence side by side, and a pre-filled report."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt

from selfcheck.core import schema as s

from .gui_helpers import model_texts

pytestmark = pytest.mark.gui  # needs Qt


def test_findings_first_then_why_then_prefilled_report(qtbot, window, api, sign_in):
    w = window
    with qtbot.waitSignal(w.findingsReady, timeout=15000):
        sign_in(w, "child-parent-account")
    home = w.home
    rows = model_texts(home.findings)
    assert rows[:2] == ["⚠ Problem", "The benefit account is probably a family member's"]
    assert "⚠ Problem" in model_texts(home.links), "the affected link carries a badge in words"
    assert home.ui.findingsCaption.text() == "What Selfcheck found (2)"
    assert home.ui.bankNameLabel.text() == "How banks write your name: ﾔﾏﾀﾞ ｼﾖｳﾀ"
    w.open_detail(home.current_link())
    assert "Selfcheck found: ⚠ Problem: The same account is also linked to other people" in w.detail.ui.flagStateLabel.text()
    qtbot.mouseClick(w.detail.ui.backButton, Qt.MouseButton.LeftButton)

    qtbot.mouseClick(home.ui.whyButton, Qt.MouseButton.LeftButton)
    dialog = w.whyDialog
    qtbot.waitExposed(dialog)
    # what the resident sees is inside the dialog's own window, not in a stray one
    assert dialog.ui.explanationLabel.isVisible() and dialog.ui.explanationLabel.window() is dialog
    assert dialog.ui.severityLabel.text() == "⚠ Problem"
    evidence = model_texts(dialog.model)
    assert evidence[:3] == ["Name as the bank writes it", "ﾔﾏﾀﾞ ｼﾖｳﾀ", "ﾔﾏﾀﾞ ﾐﾕｷ"]
    assert "registered for you by a family member or while you were a child" in dialog.ui.explanationLabel.text()
    assert [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in (1, 2)] == ["Your record", "This item"]
    qtbot.mouseClick(dialog.ui.reportButton, Qt.MouseButton.LeftButton)

    assert w.stack.currentWidget() is w.flag
    assert w.flag.reason() is s.Reason.NOT_MINE, "the suggested answer is chosen"
    assert w.flag.note() == "", "the note is the resident's own words"
    qtbot.mouseClick(w.flag.ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(home.ui.reviewButton, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(w.confirmationShown, timeout=15000):
        qtbot.mouseClick(w.check.ui.sendButton, Qt.MouseButton.LeftButton)
    (req,) = api.store.requests(w.flow.resident_id)
    assert req.items[0].reason is s.Reason.NOT_MINE


def test_clean_resident_is_told_nothing_was_found(qtbot, window, sign_in):
    w = window
    with qtbot.waitSignal(w.findingsReady, timeout=15000):
        sign_in(w, "clean")
    qtbot.waitUntil(lambda: w.home.ui.noFindingsLabel.isVisible())
    assert not w.home.ui.findingsView.isVisible()
    assert w.home.findings.rowCount() == 0


def test_access_log_rule_runs_once_the_log_is_in(qtbot, window, sign_in):
    w = window
    sign_in(w, "pension-other")
    qtbot.waitUntil(lambda: any(f.rule == "unexpected_access" for f in (w.findings or [])), timeout=15000)
    assert "ℹ For your information" in model_texts(w.home.findings)
    assert w.home.ui.whyButton.isEnabled()


def test_an_item_under_a_former_surname_is_please_check_and_never_not_mine(qtbot, window, sign_in):
    w = window
    with qtbot.waitSignal(w.findingsReady, timeout=15000):
        sign_in(w, "former-surname")
    rows = model_texts(w.home.findings)
    assert "⚠ Problem" not in rows and rows.count("This looks like yours under your former surname") == 2
    assert "⚠ Problem" not in model_texts(w.home.links)
    qtbot.mouseClick(w.home.ui.whyButton, Qt.MouseButton.LeftButton)
    dialog = w.whyDialog
    qtbot.waitExposed(dialog)
    assert [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in (1, 2)] == [
        "Your names in the resident register", "This item"]
    assert "change the" in dialog.ui.todoLabel.text() and "current name" in dialog.ui.todoLabel.text()
    qtbot.mouseClick(dialog.ui.reportButton, Qt.MouseButton.LeftButton)
    assert w.flag.reason() is s.Reason.WRONG_DETAILS, "never 'not mine'"
