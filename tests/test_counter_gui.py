"""Counter mode through the window: a staff member signs in, residents come one after another,
each types their own PIN and confirms "this is me", and nothing of one is left for the next."""

from __future__ import annotations

import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QClipboard, QKeySequence
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox, QGroupBox, QLabel,
                               QLineEdit, QPlainTextEdit, QTabWidget, QTextEdit)

from selfcheck.core import schema as s
from selfcheck.core.backend import Backend
from selfcheck.core.errors import ApiError, ErrorKind
from selfcheck.core.resources import user_data_dir

from .gui_helpers import alt, model_texts, tab_to, type_text

pytestmark = pytest.mark.gui  # needs Qt

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def counter(make_window, api):
    return make_window(Backend(api_url=api.url), counter=True)


def staff_signs_in(qtbot, w, staff_id="S-ADACHI-01", password="counter-demo-1"):
    page = w.staffPage
    assert w.stack.currentWidget() is page
    type_text(qtbot, page.ui.staffIdEdit, staff_id)
    type_text(qtbot, page.ui.passwordEdit, password)
    qtbot.keyClick(page.ui.passwordEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.counterPage, timeout=15000)


def put_card(qtbot, w, persona_id, **kw):
    """The resident puts their (software) My Number Card in the counter's reader."""
    from .cards import persona_card

    qtbot.waitUntil(lambda: w.cardSignIn.access is not None, timeout=10000)
    card = persona_card(w.backend.client(), persona_id, **kw)
    w.cardSignIn.access.insert_card(card)
    qtbot.waitUntil(w.cardSignIn.card_in_reader, timeout=5000)
    return card


def resident_signs_in(qtbot, w, p, pin=None, card_in=False):
    """``card_in``: the resident's card is already in the reader."""
    qtbot.mouseClick(w.counterPage.ui.startButton, LEFT)
    panel = w.signin.card
    assert w.stack.currentWidget() is w.signin and not panel.demoRow.isVisible(), "no list of residents at a counter"
    assert not hasattr(w.signin.ui, "numberEdit"), "nobody types a number"
    if not card_in:
        put_card(qtbot, w, p.id)
    qtbot.waitUntil(lambda: panel.card_present, timeout=5000)
    type_text(qtbot, panel.cardPinEdit, pin or p.pin)
    qtbot.keyClick(panel.cardPinEdit, Qt.Key.Key_Return)
    identity = w.page("identity")
    qtbot.waitUntil(lambda: w.stack.currentWidget() is identity, timeout=15000)
    return identity


def confirm_and_load(qtbot, w):
    with qtbot.waitSignal(w.overviewShown, timeout=15000):
        qtbot.mouseClick(w.page("identity").ui.yesButton, LEFT)
    qtbot.waitUntil(lambda: w.findings is not None, timeout=15000)


def flag_and_send(qtbot, w, note):
    qtbot.mouseClick(w.home.ui.flagButton, LEFT)
    qtbot.mouseClick(w.flag.ui.notMineRadio, LEFT)
    type_text(qtbot, w.flag.ui.noteEdit, note)
    qtbot.mouseClick(w.flag.ui.saveButton, LEFT)
    qtbot.mouseClick(w.home.ui.reviewButton, LEFT)
    with qtbot.waitSignal(w.confirmationShown, timeout=15000):
        qtbot.mouseClick(w.check.ui.sendButton, LEFT)


def approve(qtbot, w, staff_id="S-ADACHI-02", password="counter-demo-2"):
    qtbot.mouseClick(w.confirmation.ui.approveButton, LEFT)
    page = w.page("approve")
    assert w.stack.currentWidget() is page
    type_text(qtbot, page.ui.staffIdEdit, staff_id)
    type_text(qtbot, page.ui.passwordEdit, password)
    qtbot.keyClick(page.ui.passwordEdit, Qt.Key.Key_Return)


def resident_strings(persona_id: str) -> set[str]:
    """What belongs to one demo resident: names, number, and what their links hold."""
    from selfcheck.core import mynumber
    from selfcheck.mockapi.store import load_personas

    (r,) = [r for r in load_personas() if r["id"] == persona_id]
    out = {r["name"], r["name_kana"], r["number"], mynumber.group(r["number"]), mynumber.mask(r["number"]),
           r["name"].replace(" ", ""), r["name"].split()[-1] + " " + r["name"].split()[0]}
    if r.get("name_alphabet"):
        out.add(r["name_alphabet"])
    for link in r["links"]:
        out.add(link["holder_name"])
        for d in link.get("details", []):
            if len(d["value"]) >= 6:
                out.add(d["value"])
    return {x for x in out if x}


def everything_left(windows) -> str:
    """Every string the app still holds where a user or the next resident could find it."""
    texts: list[str] = []
    for w in QApplication.allWidgets():
        texts += [w.windowTitle(), w.toolTip(), w.statusTip(), w.whatsThis(), w.accessibleName(), w.accessibleDescription()]
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text())
        if isinstance(w, QLineEdit):
            texts += [w.text(), w.placeholderText()]
            while w.isUndoAvailable():  # what Ctrl+Z would bring back
                w.undo()
                texts.append(w.text())
        if isinstance(w, (QTextEdit, QPlainTextEdit)):
            texts.append(w.toPlainText())
        if isinstance(w, QGroupBox):
            texts.append(w.title())
        if isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            texts += model_texts(w.model())
    for win in windows:
        texts += [a.text() for a in win.findChildren(QAction)]
        from PySide6.QtCore import QAbstractItemModel

        for model in win.findChildren(QAbstractItemModel):
            texts += model_texts(model)
    clip = QApplication.clipboard()
    texts += [clip.text(QClipboard.Mode.Clipboard), clip.text(QClipboard.Mode.Selection)]
    for path in user_data_dir().rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            texts += [raw.decode("utf-8", "ignore"), raw.decode("utf-16-le", "ignore")]
    return "\n".join(t for t in texts if t)


def test_two_residents_one_after_another_leave_nothing_of_each_other(qtbot, counter, api, personas):
    w = counter
    assert w.isFullScreen() and w.largeTextAction.isChecked(), "the counter layout: full screen, large text"
    staff_signs_in(qtbot, w)
    first, second = personas["child-parent-account"], personas["clean"]
    identity = resident_signs_in(qtbot, w, first)
    assert identity.ui.nameValue.text().startswith(first.name)
    assert identity.ui.numberValue.text().endswith(first.number[-4:]) and first.number not in identity.ui.numberValue.text()
    confirm_and_load(qtbot, w)
    assert w.counterBar.isVisible() and "S-ADACHI-01" in w.counterBar.label.text()
    qtbot.waitUntil(lambda: "Viewed at the counter of Adachi, Tokyo by staff S-ADACHI-01" in model_texts(w.home.log),
                    timeout=15000)  # the resident's own access log says who looked, and where
    note = "窓口で申し出ます：母の口座です"
    flag_and_send(qtbot, w, note)
    assert w.confirmation.ui.titleLabel.text() == "Correction request taken: waiting for approval"
    with qtbot.waitSignal(w.confirmationShown, timeout=15000):
        approve(qtbot, w)
    reference = w.confirmation.ui.referenceLabel.text()
    (req,) = api.store.requests(w.flow.resident_id)
    assert req.reference == reference and req.counter_staff_id == "S-ADACHI-01" and req.approved_by == "S-ADACHI-02"
    assert req.status is s.RequestStatus.RECEIVED
    qtbot.mouseClick(w.confirmation.ui.copyButton, LEFT)
    assert QApplication.clipboard().text() == reference
    qtbot.mouseClick(w.confirmation.ui.receiptButton, LEFT)  # this machine has no printer
    qtbot.waitUntil(lambda: "No printer is set up" in w.confirmation.ui.noticeLabel.text(), timeout=15000)
    assert w.confirmation.ui.statusLabel.text() == "Status: Received", "the status stays"
    qtbot.mouseClick(w.confirmation.ui.requestsButton, LEFT)  # the request, stamped, in "My requests"
    qtbot.waitUntil(lambda: "Received" in model_texts(w.home.requests), timeout=15000)  # approved
    w.home.ui.requestsView.setFocus()
    qtbot.keyClick(w.home.ui.requestsView, Qt.Key.Key_Down)
    history = w.home.ui.historyLabel.text()
    assert "Made at a municipal counter with staff member S-ADACHI-01." in history
    assert "Approved by staff member S-ADACHI-02." in history
    assert w.home.ui.requestReceiptButton.text() == "Print re&ceipt", "no PDF file on the shared computer"
    w.home.ui.tabs.setCurrentIndex(2)
    type_text(qtbot, w.home.ui.searchEdit, "窓口")

    secrets = resident_strings("child-parent-account") | {reference, note}
    assert any(x in everything_left([w]) for x in secrets), "the walk sees the resident while they are here"
    with qtbot.waitSignal(w.sessionEnded, timeout=15000):
        qtbot.mouseClick(w.counterBar.endButton, LEFT)
    assert w.stack.currentWidget() is w.counterPage
    assert "Nothing of that resident is left" in w.counterPage.ui.statusLabel.text()
    left = everything_left([w])
    assert [x for x in secrets if x in left] == []
    qtbot.waitUntil(lambda: api.store.db.execute("SELECT COUNT(*) FROM sessions WHERE kind='resident'").fetchone()[0] == 0,
                    timeout=15000)

    resident_signs_in(qtbot, w, second)
    confirm_and_load(qtbot, w)
    assert w.home.ui.nameLabel.text().startswith(second.name)
    left = everything_left([w])
    assert [x for x in secrets if x in left] == [], "the next resident sees nothing of the last one"
    assert second.name in left


def test_nothing_reaches_the_server_before_is_this_you(qtbot, counter, api, personas):
    w = counter
    staff_signs_in(qtbot, w)
    p = personas["child-parent-account"]
    identity = resident_signs_in(qtbot, w, p)
    assert w.stack.currentWidget() is identity and w.windowTitle() == "Is this you? — Selfcheck"
    assert p.name not in w.windowTitle()
    # the session the app now holds is the resident's, but the service takes nothing from it yet
    client = w.backend.client()
    link = client.links()[0]
    body = s.CorrectionCreate(items=[s.CorrectionItem(link_id=link.id, reason=s.Reason.NOT_MINE)])
    with pytest.raises(ApiError) as refused:
        client.submit_correction(body, "before-confirm")
    assert refused.value.kind is ErrorKind.FORBIDDEN and refused.value.code == "not_confirmed"
    with qtbot.waitSignal(w.sessionEnded, timeout=15000):
        qtbot.mouseClick(identity.ui.noButton, LEFT)
    assert "not theirs" in w.counterPage.ui.statusLabel.text()
    rid = api.store.db.execute("SELECT resident_id FROM requests").fetchall()
    assert rid == [], "nothing was submitted"
    actions = [a.action for a in api.store.audit_log()]
    assert "resident_session_started" in actions and "identity_confirmed" not in actions


def test_an_idle_session_warns_then_ends_itself(qtbot, counter, api, personas):
    api.store.set_policy("足立区", idle_seconds=3, warn_seconds=2)
    w = counter
    staff_signs_in(qtbot, w)
    resident_signs_in(qtbot, w, personas["clean"])
    confirm_and_load(qtbot, w)
    home = w.home
    with qtbot.waitSignal(w.idle.countdown, timeout=10000, check_params_cb=lambda left: left is not None):
        pass
    assert w.counterBar.idleLabel.isVisible() and "session ends in" in w.counterBar.idleLabel.text()
    with qtbot.waitSignal(w.idle.countdown, timeout=5000, check_params_cb=lambda left: left is None):
        qtbot.keyClick(w.home.ui.linksView, Qt.Key.Key_Down)  # someone is still there
    assert not w.counterBar.idleLabel.isVisible()
    with qtbot.waitSignal(w.sessionEnded, timeout=15000) as ended:
        pass  # nobody touches anything now
    assert ended.args == ["idle"]
    assert "without activity" in w.counterPage.ui.statusLabel.text()
    assert w.stack.currentWidget() is w.counterPage and w.built("home") is not home, "the pages are made anew"
    qtbot.waitUntil(lambda: api.store.db.execute("SELECT COUNT(*) FROM sessions WHERE kind='resident'").fetchone()[0] == 0,
                    timeout=15000)


def test_a_locked_card_is_unlocked_at_the_counter(qtbot, counter, api, personas):
    w = counter
    staff_signs_in(qtbot, w)
    p = personas["shared-terminal"]  # registered in Adachi, where the staff member works
    card = put_card(qtbot, w, p.id, locked=True)  # locked by three wrong PINs
    qtbot.mouseClick(w.counterPage.ui.unlockButton, LEFT)
    page = w.page("unlock")
    assert w.stack.currentWidget() is page
    type_text(qtbot, page.ui.pinEdit, "2580")
    type_text(qtbot, page.ui.repeatEdit, "2581")
    qtbot.mouseClick(page.ui.unlockButton, LEFT)
    problems = page.errors.text()
    assert "photo ID" in problems and "two PINs are different" in problems
    assert page.ui.pinEdit.text() == "2580", "nothing typed is lost"
    qtbot.mouseClick(page.ui.identityCheck, LEFT)
    page.ui.repeatEdit.selectAll()
    type_text(qtbot, page.ui.repeatEdit, "2580")
    qtbot.mouseClick(page.ui.unlockButton, LEFT)
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.counterPage, timeout=15000)
    assert "unlocked" in w.counterPage.ui.statusLabel.text()
    assert w.built("unlock") is None, "the new PIN went with the page"
    assert "card_pin_reset" in [a.action for a in api.store.audit_log()] and card.tries_left == 3
    identity = resident_signs_in(qtbot, w, p, pin="2580", card_in=True)
    assert identity.ui.nameValue.text().startswith(p.name)


def test_closing_the_window_ends_the_residents_and_the_staff_session(qtbot, counter, api, personas):
    w = counter
    staff_signs_in(qtbot, w)
    resident_signs_in(qtbot, w, personas["clean"])
    confirm_and_load(qtbot, w)
    w.close()
    qtbot.waitUntil(lambda: api.store.db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 0, timeout=15000)
    assert w.runner.wait_finished(15), "the closing work has ended"
    assert [a.action for a in api.store.audit_log()][-1] == "staff_signed_out"


def test_the_counter_flow_by_keyboard_alone(qtbot, counter, api, personas):
    """Staff sign-in, a resident's sign-in, "Is this you?", a request, the second approval and
    the end of the session: keys only, no mouse event."""
    w = counter
    p = personas["pension-other"]
    page = w.staffPage
    assert page.ui.staffIdEdit.hasFocus()
    type_text(qtbot, page.ui.staffIdEdit, "S-ADACHI-01")
    qtbot.keyClick(page.ui.staffIdEdit, Qt.Key.Key_Return)
    type_text(qtbot, page.ui.passwordEdit, "counter-demo-1")
    qtbot.keyClick(page.ui.passwordEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.counterPage, timeout=15000)
    assert w.counterPage.ui.startButton.hasFocus()
    alt(qtbot, "S")
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.signin)
    panel = w.signin.card
    assert panel.cardPinEdit.hasFocus()
    put_card(qtbot, w, p.id)  # the resident's hand, not a key
    qtbot.waitUntil(panel.cardSignInButton.isEnabled)
    assert panel.cardPinEdit.hasFocus()
    type_text(qtbot, panel.cardPinEdit, p.pin)
    qtbot.keyClick(panel.cardPinEdit, Qt.Key.Key_Return)
    identity = w.page("identity")
    qtbot.waitUntil(lambda: w.stack.currentWidget() is identity, timeout=15000)
    assert identity.ui.nameValue.hasFocus()
    with qtbot.waitSignal(w.overviewShown, timeout=15000):
        alt(qtbot, "Y")
    view = w.home.ui.linksView
    assert view.hasFocus()
    while not (w.home.current_link() and w.home.current_link().holder_birth_date
               and w.home.current_link().holder_birth_date.year == 1950):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    alt(qtbot, "M")
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.flag)
    qtbot.keyClick(w.flag.ui.notMineRadio, Qt.Key.Key_Space)
    tab_to(qtbot, w, w.flag.ui.noteEdit, limit=2)
    type_text(qtbot, w.flag.ui.noteEdit, "窓口で確認しました")
    alt(qtbot, "S")
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.home)
    alt(qtbot, "V")
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.check)
    with qtbot.waitSignal(w.confirmationShown, timeout=15000):
        qtbot.keyClick(w.check.ui.sendButton, Qt.Key.Key_Return)
    alt(qtbot, "A")
    approve_page = w.page("approve")
    qtbot.waitUntil(lambda: w.stack.currentWidget() is approve_page)
    assert approve_page.ui.staffIdEdit.hasFocus()
    type_text(qtbot, approve_page.ui.staffIdEdit, "S-ADACHI-02")
    qtbot.keyClick(approve_page.ui.staffIdEdit, Qt.Key.Key_Return)
    type_text(qtbot, approve_page.ui.passwordEdit, "counter-demo-2")
    with qtbot.waitSignal(w.confirmationShown, timeout=15000):
        qtbot.keyClick(approve_page.ui.passwordEdit, Qt.Key.Key_Return)
    (req,) = api.store.requests(w.flow.resident_id)
    assert req.approved_by == "S-ADACHI-02" and req.items[0].note == "窓口で確認しました"
    with qtbot.waitSignal(w.sessionEnded, timeout=15000):
        qtbot.keyClick(w.confirmation.ui.referenceLabel, Qt.Key.Key_O,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert w.stack.currentWidget() is w.counterPage and w.counterPage.ui.startButton.hasFocus()


def test_the_receipt_printed_at_the_counter_names_both_staff_members(qtbot, tmp_path, app_language):
    from datetime import date, datetime, timezone

    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    from selfcheck.gui.receipt import print_receipt, receipt_html

    req = s.CorrectionRequest(id="R1", reference="SC-2026-0000-0042", created_at=datetime.now(timezone.utc),
                              status=s.RequestStatus.RECEIVED, items=[s.CorrectionItem(link_id="L1", reason=s.Reason.NOT_MINE)],
                              history=[], expected_reply_by=date(2026, 12, 11), counter_staff_id="S-ADACHI-01",
                              approved_by="S-ADACHI-02")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # a print-to-file printer stands in for paper
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_receipt(receipt_html(req, {}, demo=False), printer)
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "printed.pdf").pages)
    assert "SC-2026-0000-0042" in text and "S-ADACHI-01" in text and "S-ADACHI-02" in text


def test_every_counter_screen_is_named_has_unique_mnemonics_and_switches_language(qtbot, counter, api, personas,
                                                                                   app_language, qapp):
    """Staff sign-in, counter, the resident's sign-in, "Is this you?", unlock, approval: each is
    checked in both languages, and what is typed stays through a switch."""
    from selfcheck.gui.app import install_translator

    from .test_accessibility import unnamed_controls, visible_mnemonics
    from .test_language_switch import switch
    from .test_translations import english_left

    w = counter
    api.store.set_policy("足立区", second_approval=True)
    allowed = {"S-ADACHI-01", "S-ADACHI-02", "counter-demo", "Ctrl+Shift+O", "ID"}

    def check(screen, typed=None):
        menus = [QKeySequence.mnemonic(a.text()).toString() for a in w.menuBar().actions()]
        keys = visible_mnemonics(w.stack.currentWidget()) + menus
        assert [k for k in set(keys) if keys.count(k) > 1] == [], screen
        assert unnamed_controls(w) == [], screen
        switch(qtbot, w, "ja")
        assert english_left(w, allowed) == [], screen
        if typed is not None:
            assert typed[0].text() == typed[1], f"{screen}: what was typed stays"
        switch(qtbot, w, "en")

    try:
        type_text(qtbot, w.staffPage.ui.staffIdEdit, "S-ADACHI-01")
        qtbot.mouseClick(w.staffPage.ui.signInButton, LEFT)  # no password: a problem is shown
        assert "Enter your password." in w.staffPage.errors.text()
        check("staff sign-in", (w.staffPage.ui.staffIdEdit, "S-ADACHI-01"))
        assert "パスワードを入力してください。" not in w.staffPage.errors.text()
        type_text(qtbot, w.staffPage.ui.passwordEdit, "counter-demo-1")
        qtbot.keyClick(w.staffPage.ui.passwordEdit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: w.stack.currentWidget() is w.counterPage, timeout=15000)
        check("counter")
        qtbot.mouseClick(w.counterPage.ui.unlockButton, LEFT)
        type_text(qtbot, w.page("unlock").ui.pinEdit, "1234")
        qtbot.mouseClick(w.page("unlock").ui.unlockButton, LEFT)
        check("unlock", (w.page("unlock").ui.pinEdit, "1234"))
        qtbot.mouseClick(w.page("unlock").ui.cancelButton, LEFT)
        p = personas["child-parent-account"]
        qtbot.mouseClick(w.counterPage.ui.startButton, LEFT)
        put_card(qtbot, w, p.id)
        type_text(qtbot, w.signin.card.cardPinEdit, p.pin)
        check("resident sign-in", (w.signin.card.cardPinEdit, p.pin))
        assert w.signin.ui.titleLabel.text() == "Resident: sign in with your own card"
        qtbot.keyClick(w.signin.card.cardPinEdit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: w.stack.currentWidget() is w.page("identity"), timeout=15000)
        check("is this you")
        confirm_and_load(qtbot, w)
        flag_and_send(qtbot, w, "窓口")
        check("confirmation, waiting for approval")
        qtbot.mouseClick(w.confirmation.ui.approveButton, LEFT)
        type_text(qtbot, w.page("approve").ui.staffIdEdit, "S-ADACHI-01")
        type_text(qtbot, w.page("approve").ui.passwordEdit, "counter-demo-1")
        qtbot.keyClick(w.page("approve").ui.passwordEdit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "different staff member" in w.page("approve").errors.text(), timeout=15000)
        check("approval, refused for the same staff member", (w.page("approve").ui.staffIdEdit, "S-ADACHI-01"))
    finally:
        install_translator(qapp, app_language)


def test_nothing_is_clipped_on_the_counter_screens_at_200_percent(qtbot, counter, api, personas):
    from .test_large_text import clipped

    w = counter
    w.showNormal()
    w.resize(1280, 900)  # a counter screen is at least this large
    problems = {}

    def look(name):
        QApplication.processEvents()
        problems[name] = clipped(w)

    look("staff sign-in")
    staff_signs_in(qtbot, w)
    look("counter")
    qtbot.mouseClick(w.counterPage.ui.unlockButton, LEFT)
    qtbot.mouseClick(w.page("unlock").ui.unlockButton, LEFT)  # every problem shown
    look("unlock")
    qtbot.mouseClick(w.page("unlock").ui.cancelButton, LEFT)
    identity = resident_signs_in(qtbot, w, personas["child-parent-account"])
    look("is this you")
    confirm_and_load(qtbot, w)
    flag_and_send(qtbot, w, "")
    w.counterBar.show_countdown(25)
    look("waiting for approval, with the idle warning")
    qtbot.mouseClick(w.confirmation.ui.approveButton, LEFT)
    qtbot.mouseClick(w.page("approve").ui.approveButton, LEFT)
    look("approval")
    assert w.largeTextAction.isChecked() and identity is not None
    assert {k: v for k, v in problems.items() if v} == {}


def test_an_expired_staff_session_sends_the_staff_member_to_sign_in_again(qtbot, counter, api, personas):
    w = counter
    staff_signs_in(qtbot, w)
    api.store.expire_sessions()  # the end of a working day
    qtbot.mouseClick(w.counterPage.ui.startButton, LEFT)
    p = personas["clean"]
    put_card(qtbot, w, p.id)
    type_text(qtbot, w.signin.card.cardPinEdit, p.pin)
    qtbot.keyClick(w.signin.card.cardPinEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.staffPage, timeout=15000)
    assert "Your staff session has ended" in w.staffPage.ui.statusLabel.text()
    assert not w.counterBar.isVisible() and w.built("signin") is None


def test_the_why_dialog_goes_with_the_resident(qtbot, counter, api, personas):
    w = counter
    staff_signs_in(qtbot, w)
    resident_signs_in(qtbot, w, personas["child-parent-account"])
    confirm_and_load(qtbot, w)
    w.home.ui.findingsView.setCurrentIndex(w.home.findings.index(0, 0))
    qtbot.mouseClick(w.home.ui.whyButton, LEFT)
    qtbot.waitUntil(lambda: w.whyDialog is not None and w.whyDialog.isVisible())
    with qtbot.waitSignal(w.sessionEnded, timeout=15000):
        qtbot.keyClick(w.whyDialog, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [x for x in QApplication.topLevelWidgets() if x.isVisible() and x is not w] == []
    assert personas["child-parent-account"].name not in everything_left([w])
