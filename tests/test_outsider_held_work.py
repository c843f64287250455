"""An outsider's attack on the overview's follow-up work waiting for its paint (run_after).

Each test does what a user does while the 2,000-link overview is being painted (the turns in
which the follow-up work is held) and checks that what the user waits for still comes, for the
right resident, and that the window does not stay busy."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer

from selfcheck.core.backend import Backend

pytestmark = pytest.mark.gui  # needs Qt

from PySide6.QtCore import Qt  # noqa: E402

LEFT = Qt.MouseButton.LeftButton


def _at_next_turn_after_overview(w, action):
    """Once, at the event loop's turn after the overview has reached the page (its lists not
    painted yet): what a key pressed meanwhile does."""
    model = w.home.links
    done = []

    def fire():
        if done:
            return
        done.append(1)
        QTimer.singleShot(0, w, action)

    model.modelReset.connect(fire)
    return done


def _card_sign_in(qtbot, w, persona):
    """As the sign_in fixture, without waiting for the overview to be shown."""
    from PySide6.QtCore import Qt

    from .cards import persona_card
    from .conftest import ADMIN_TOKEN
    from .gui_helpers import type_text

    qtbot.waitUntil(lambda: w.cardSignIn.access is not None, timeout=10000)
    panel = w.signin.card
    w.cardSignIn.access.insert_card(persona_card(w.backend.client(), persona.id, admin_token=ADMIN_TOKEN))
    qtbot.waitUntil(lambda: panel.card_present, timeout=5000)
    panel.cardPinEdit.clear()
    type_text(qtbot, panel.cardPinEdit, persona.pin)
    qtbot.keyClick(panel.cardPinEdit, Qt.Key.Key_Return)


def _settled(qtbot, w, timeout=30000):
    """The resident's overview is complete: findings, access log, not busy."""
    qtbot.waitUntil(lambda: w.findings is not None and w.home.log.total() > 0 and not w.runner.busy,
                    timeout=timeout)


def test_signing_out_while_the_large_overview_paints_then_in_as_another(qtbot, window, sign_in, personas):
    w = window
    fired = _at_next_turn_after_overview(w, w.signOutAction.trigger)
    _card_sign_in(qtbot, w, personas["stress"])
    qtbot.waitUntil(lambda: bool(fired) and w.stack.currentWidget() is w.signin, timeout=15000)
    qtbot.waitUntil(lambda: not w.runner.busy, timeout=15000)
    sign_in(w, "clean")
    _settled(qtbot, w)
    assert w.home.ui.nameLabel.text() == personas["clean"].name


def test_a_counter_session_ended_while_the_large_overview_paints_then_the_next_resident(qtbot, make_window, api, personas):
    from .test_counter_gui import resident_signs_in, staff_signs_in

    w = make_window(Backend(api_url=api.url), counter=True)
    staff_signs_in(qtbot, w)
    resident_signs_in(qtbot, w, personas["stress"])
    fired = _at_next_turn_after_overview(w, w.signOutAction.trigger)
    qtbot.mouseClick(w.page("identity").ui.yesButton, LEFT)
    qtbot.waitUntil(lambda: bool(fired) and w.stack.currentWidget() is w.counterPage, timeout=15000)
    qtbot.waitUntil(lambda: not w.runner.busy, timeout=15000)
    w.cardSignIn.access.remove_card()  # the first resident takes their card (a swap would end the next session)
    qtbot.waitUntil(lambda: not w.cardSignIn.card_in_reader(), timeout=5000)
    resident_signs_in(qtbot, w, personas["clean"])
    with qtbot.waitSignal(w.overviewShown, timeout=15000):
        qtbot.mouseClick(w.page("identity").ui.yesButton, LEFT)
    _settled(qtbot, w)
    assert w.home.ui.nameLabel.text() == personas["clean"].name
    assert w.home.links.rowCount() < 50


@pytest.mark.parametrize("action", ["language", "large_text", "reload", "details"])
def test_what_the_user_does_while_the_large_overview_paints_does_not_hold_its_work_forever(
        qtbot, window, sign_in, personas, action):
    w = window
    do = {"language": lambda: w.languageActions["ja"].trigger(),
          "large_text": lambda: w.largeTextAction.trigger(),
          "reload": lambda: w.home.ui.refreshButton.click(),
          "details": lambda: w.home.ui.detailsButton.click()}[action]
    fired = _at_next_turn_after_overview(w, do)
    _card_sign_in(qtbot, w, personas["stress"])
    qtbot.waitUntil(lambda: bool(fired), timeout=15000)
    _settled(qtbot, w)
    if action == "language":
        w.languageActions["en"].trigger()


def test_reload_pressed_as_soon_as_it_can_be_many_times(qtbot, window, personas):
    w = window
    count = []

    def again():
        if len(count) < 8 and w.home.ui.refreshButton.isEnabled():
            count.append(1)
            w.home.ui.refreshButton.click()

    w.home.links.modelReset.connect(lambda: QTimer.singleShot(0, w, again))
    _card_sign_in(qtbot, w, personas["stress"])
    qtbot.waitUntil(lambda: len(count) >= 8, timeout=60000)
    _settled(qtbot, w, 60000)


def test_closing_the_window_while_the_large_overview_paints(qtbot, window, personas):
    w = window
    fired = _at_next_turn_after_overview(w, w.close)
    _card_sign_in(qtbot, w, personas["stress"])
    qtbot.waitUntil(lambda: bool(fired) and w.runner.closed, timeout=15000)
    assert w.runner.wait_finished(10)


def _expire_all(api):
    import requests

    from .conftest import ADMIN_TOKEN

    requests.post(f"{api.url}/admin/sessions/expire", headers={"X-Admin-Token": ADMIN_TOKEN}, timeout=5).raise_for_status()


def test_the_session_expiring_while_the_large_overview_paints(qtbot, window, api, sign_in, personas):
    w = window
    fired = _at_next_turn_after_overview(w, lambda: _expire_all(api))
    _card_sign_in(qtbot, w, personas["stress"])
    qtbot.waitUntil(lambda: bool(fired) and w.stack.currentWidget() is w.signin, timeout=15000)
    qtbot.waitUntil(lambda: not w.runner.busy, timeout=15000)
    sign_in(w, "stress")
    _settled(qtbot, w)



def _mark_first_and_review(qtbot, w, note="not mine"):
    from .gui_helpers import type_text

    qtbot.mouseClick(w.home.ui.flagButton, LEFT)
    qtbot.mouseClick(w.flag.ui.notMineRadio, LEFT)
    type_text(qtbot, w.flag.ui.noteEdit, note)
    qtbot.mouseClick(w.flag.ui.saveButton, LEFT)
    qtbot.mouseClick(w.home.ui.reviewButton, LEFT)
    assert w.stack.currentWidget() is w.check


def test_signing_out_while_a_request_is_sending_leaves_send_usable_for_the_next_resident(qtbot, window, sign_in):
    """A resident presses Send and signs out before the answer (a slow service; at home the idle
    time-out does the same). The next resident at this computer marks an item and reviews it:
    their Send button must work, and the page must not say "Sending…" for someone else's request."""
    w = window
    sign_in(w, "clean")
    _settled(qtbot, w)
    _mark_first_and_review(qtbot, w)
    qtbot.mouseClick(w.check.ui.sendButton, LEFT)
    w.signOutAction.trigger()  # before the service's answer has come back
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.signin and not w.runner.busy, timeout=15000)
    sign_in(w, "shared-terminal")
    _settled(qtbot, w)
    _mark_first_and_review(qtbot, w, "not mine either")
    assert w.check.ui.sendButton.isEnabled(), "Send stays disabled by the previous resident's send"
    assert w.check.ui.sendingLabel.text() == ""


def test_a_request_sent_then_signed_out_while_a_list_waits_for_its_paint_is_not_lost(qtbot, window, sign_in):
    """Send pressed while the overview's lists wait for their paint (here: the language switched
    a moment before), then the resident signs out at once: the request must not vanish with the
    draft the sign-out discards. Held for the paint, the send never starts; started at once (as
    before the hold) it lost the race anyway, as it reads the resident from the session when it
    runs (``Session.send_through_outbox``), after the sign-out has forgotten them."""
    w = window
    sign_in(w, "clean")
    _settled(qtbot, w)
    before = w.home.requests.rowCount()
    _mark_first_and_review(qtbot, w)
    w.languageActions["ja"].trigger()  # the overview's lists are shown again in Japanese, at the next turn
    qtbot.mouseClick(w.check.ui.sendButton, LEFT)
    w.signOutAction.trigger()
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.signin and not w.runner.busy, timeout=15000)
    w.languageActions["en"].trigger()
    sign_in(w, "clean")
    qtbot.waitUntil(lambda: w.home.requests.rowCount() > before and not w.runner.busy, timeout=10000)
