"""My requests says what was reported, and a refused request says why and what to do next."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .gui_helpers import model_texts
from .test_corrections_gui import flag_first_and_review


def test_my_requests_lists_what_was_reported_and_a_refusal_says_why_and_what_next(qtbot, window, api, sign_in):
    w = window
    sign_in(w, "child-parent-account")
    item = w.home.current_link()
    flag_first_and_review(qtbot, w, note="母の口座です")
    with qtbot.waitSignal(w.confirmationShown, timeout=15000):
        qtbot.mouseClick(w.check.ui.sendButton, Qt.MouseButton.LeftButton)
    reference = w.confirmation.ui.referenceLabel.text()
    api.store.advance(reference, reject_reason="The bank confirmed the account holder gave this number.")
    w.poll_now()
    home = w.home
    home.show_requests()

    def refusal_shown() -> bool:
        # a poll started before the office's answer may land first: wait for what the user sees
        rows = [r for r in range(home.requests.rowCount()) if home.requests.data(home.requests.index(r, 0)) == reference]
        if rows:
            home.ui.requestsView.selectRow(rows[0])
        return bool(rows) and "Why it was not corrected" in home.ui.historyLabel.text()

    qtbot.waitUntil(refusal_shown, timeout=15000)
    assert item.title_en in model_texts(home.requests), "the list names what was reported"
    assert home.requests.headerData(2, Qt.Orientation.Horizontal) == "What you reported"
    history = home.ui.historyLabel.text()
    assert item.title_en in history and "This is not mine" in history and "母の口座です" in history
    assert "Why it was not corrected: The bank confirmed the account holder gave this number." in history
    assert "What you can do next" in history and item.organisation_en in history and reference in history
