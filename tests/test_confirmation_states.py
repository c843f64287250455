"""The confirmation says the state it is in, on screen and to screen readers alike, each state
with its own look: sent, waiting to send, waiting for approval; a message about the receipt
(a printer error) goes below and never overwrites the request's status."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from selfcheck.core.backend import Backend

from .servers import closed_port_url
from .test_corrections_gui import flag_first_and_review
from .test_counter_gui import confirm_and_load, flag_and_send, resident_signs_in, staff_signs_in

LEFT = Qt.MouseButton.LeftButton


def heard(widget) -> str:
    """The name a screen reader reads for ``widget``."""
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def look(page) -> tuple:
    """The panel's colour where nothing is written (its border and its background)."""
    image = page.ui.panel.grab().toImage()
    return image.pixelColor(1, 1).name(), image.pixelColor(image.width() - 6, image.height() // 2).name()


def check_said_as_shown(page, title: str) -> None:
    ui = page.ui
    assert ui.titleLabel.text() == title
    assert heard(ui.titleLabel) == title, "the screen reader hears what the screen says"
    assert heard(ui.panel) == title


def test_sent_and_waiting_to_send_each_say_and_look_their_state(qtbot, make_window, api, sign_in):
    w = make_window(Backend(api_url=api.url))
    sign_in(w, "child-parent-account")
    flag_first_and_review(qtbot, w)
    with qtbot.waitSignal(w.confirmationShown, timeout=15000):
        qtbot.mouseClick(w.check.ui.sendButton, LEFT)
    page = w.confirmation
    assert page.state() == "sent"
    check_said_as_shown(page, "Correction request sent")
    sent_look = look(page)
    assert "give your reference number" in page.ui.helpLabel.text()

    qtbot.mouseClick(page.ui.overviewButton, LEFT)
    qtbot.waitUntil(lambda: w.home.current_link() is not None)
    w.home.select_link(w.session.links[-1].id)
    flag_first_and_review(qtbot, w, note="もう一件")
    client = w.session.backend.client()
    client.base_url, client.retries = closed_port_url(), 0  # the network drops
    with qtbot.waitSignal(w.confirmationShown, timeout=15000):
        qtbot.mouseClick(w.check.ui.sendButton, LEFT)
    assert page.state() == "waiting"
    check_said_as_shown(page, "Saved: waiting to send")
    assert not page.ui.referenceLabel.isVisible()
    assert "give your reference number" not in page.ui.helpLabel.text(), "no reference number exists yet"
    assert "no reference number yet" in page.ui.helpLabel.text()
    assert look(page) != sent_look, "waiting does not look like sent"


def test_waiting_for_approval_says_who_approves_and_a_printer_error_keeps_the_status(qtbot, make_window, api,
                                                                                     personas, monkeypatch):
    from selfcheck.gui import receipt

    def no_printer(html, printer=None):
        raise receipt.NoPrinter("no printer is set up")

    monkeypatch.setattr(receipt, "print_receipt", no_printer)
    w = make_window(Backend(api_url=api.url), counter=True)
    api.store.set_policy("足立区", second_approval=True)
    staff_signs_in(qtbot, w)
    resident_signs_in(qtbot, w, personas["child-parent-account"])
    confirm_and_load(qtbot, w)
    flag_and_send(qtbot, w, "窓口で")
    page = w.confirmation
    assert page.state() == "approval"
    check_said_as_shown(page, "Correction request taken: waiting for approval")
    status = page.ui.statusLabel.text()
    assert status == "Status: Waiting for a second staff member's approval"
    nxt = page.ui.nextLabel.text()
    assert "S-ADACHI-01" in nxt and "My requests" in nxt and "session ends" in nxt, nxt
    approval_look = look(page)

    qtbot.mouseClick(page.ui.receiptButton, LEFT)
    qtbot.waitUntil(lambda: page.ui.noticeLabel.isVisible(), timeout=15000)
    assert "No printer" in page.ui.noticeLabel.text()
    assert page.ui.noticeLabel.property("role") == "error"
    assert page.ui.statusLabel.text() == status, "the approval status is not overwritten"
    assert page.ui.titleLabel.text() == "Correction request taken: waiting for approval"

    # approved: now it is sent, and looks it
    qtbot.mouseClick(page.ui.approveButton, LEFT)
    from .gui_helpers import type_text

    approve = w.page("approve")
    type_text(qtbot, approve.ui.staffIdEdit, "S-ADACHI-02")
    type_text(qtbot, approve.ui.passwordEdit, "counter-demo-2")
    with qtbot.waitSignal(w.confirmationShown, timeout=15000):
        qtbot.keyClick(approve.ui.passwordEdit, Qt.Key.Key_Return)
    assert page.state() == "sent"
    check_said_as_shown(page, "Correction request sent")
    assert look(page) != approval_look
