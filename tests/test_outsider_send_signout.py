"""Outside review (attack11): a Send pressed just before the resident signs out, whose job runs
only after the NEXT resident has signed in on the same computer (the worker waited for the
outbox, e.g. for the keyring's unlock prompt). Driven through the Qt-free controllers; the
send's own result is not rendered (the window drops it: a sign-out starts a new generation)."""

from __future__ import annotations

import pytest

from selfcheck.core.backend import Backend
from selfcheck.core.enums import OutboxState, Reason
from selfcheck.core.jobs import Work, run_now
from selfcheck.core.resident import ResidentController

from .cards import connect_to
from .test_controllers import signed_in_and_reviewed


@pytest.fixture
def backend(api):
    b = Backend(api_url=api.url)
    yield b
    b.close()


def _send_job(ctl: ResidentController):
    return next(e.job for e in ctl.send() if isinstance(e, Work))


def test_a_send_that_runs_after_the_next_resident_signed_in_waits_for_its_own_resident(backend, api, personas):
    a, b = personas["clean"], personas["shared-terminal"]
    ctl, link = signed_in_and_reviewed(backend, a, "not mine")
    a_id = ctl.session.profile.resident_id
    send = _send_job(ctl)  # Send pressed; the worker has not reached the service yet
    run_now(ctl.sign_out())
    run_now(ctl.sign_in_with_card(connect_to(backend, b.id), b.pin))  # the next person at this computer
    b_id = ctl.session.profile.resident_id
    b_before = len(api.store.requests(b_id))

    try:  # the worker goes on now; what it reports is dropped by the window
        send.work()
    except Exception:  # noqa: BLE001 - refused or not, what matters is where the request is
        pass

    assert len(api.store.requests(b_id)) == b_before  # nothing of A's reached B's account
    box = backend.outbox()
    assert [i.state for i in box.items(a_id)] == [OutboxState.WAITING], "A's request must wait for A, not be refused"
    assert box.items(b_id) == []

    run_now(ctl.sign_out())
    run_now(ctl.sign_in_with_card(connect_to(backend, a.id), a.pin))  # A comes back: it goes out once
    sent = api.store.requests(a_id)
    assert len(sent) == 1 and [i.link_id for i in sent[0].items] == [link.id]


def test_at_a_counter_a_send_that_runs_after_the_next_resident_confirmed_is_not_theirs(backend, api, personas):
    from selfcheck.core.counter import CounterFlow, EndReason
    from selfcheck.core.enums import RequestStatus

    a, b = personas["child-parent-account"], personas["clean"]
    flow = CounterFlow(backend)
    run_now(flow.staff_sign_in("S-ADACHI-01", "counter-demo-1"))

    def resident(p) -> ResidentController:
        run_now(flow.start_resident())
        run_now(flow.resident_card_sign_in(connect_to(backend, p.id), p.pin))
        run_now(flow.confirm_identity())
        return flow.resident

    one = resident(a)
    a_id, link = one.session.profile.resident_id, one.session.links[0]
    run_now(one.start_flag(link))
    run_now(one.save_flag(Reason.NOT_MINE, ""))
    run_now(one.review())
    send = _send_job(one)  # Send pressed; the worker waits (the outbox is still opening)
    run_now(flow.end_session(EndReason.ENDED))
    two = resident(b)  # the next resident at the counter, confirmed
    b_id = two.session.profile.resident_id
    b_before = len(api.store.requests(b_id))

    try:
        send.work()
    except Exception:  # noqa: BLE001 - dropped by the window (DropResults); where it went matters
        pass

    assert len(api.store.requests(b_id)) == b_before
    assert [i.state for i in backend.outbox().items(a_id)] == [OutboxState.WAITING]
    run_now(flow.end_session(EndReason.ENDED))
    resident(a)  # A at the counter again: it goes out once, held for a second staff member
    (req,) = api.store.requests(a_id)
    assert [i.link_id for i in req.items] == [link.id] and req.status is RequestStatus.AWAITING_APPROVAL


def test_a_refused_session_that_comes_back_after_the_next_sign_in_does_not_discard_the_request(backend, api, personas):
    """The POST is under way with A's token when A signs out (the token is revoked) and B signs
    in; the service's 'no session' comes back after that. A's answers went with the sign-out,
    so the queued copy is A's only one: it must wait for A, not be discarded because somebody
    (B) is signed in."""
    a, b = personas["clean"], personas["shared-terminal"]
    ctl, link = signed_in_and_reviewed(backend, a, "not mine")
    a_id = ctl.session.profile.resident_id
    send = _send_job(ctl)
    client = backend.client()
    post = client.submit_correction

    def meanwhile(body, key):
        token = client.take_token()  # the worker's request carries A's token from here on
        client.use_token(token)
        run_now(ctl.sign_out())  # revoked on the server
        run_now(ctl.sign_in_with_card(connect_to(backend, b.id), b.pin))
        mine = client.take_token()
        client.use_token(token)
        try:
            return post(body, key)  # the service: no such session
        finally:
            client.use_token(mine)

    client.submit_correction = meanwhile
    try:
        send.work()
    except Exception:  # noqa: BLE001 - dropped by the window
        pass
    finally:
        del client.submit_correction

    assert [i.state for i in backend.outbox().items(a_id)] == [OutboxState.WAITING]
    run_now(ctl.sign_out())
    run_now(ctl.sign_in_with_card(connect_to(backend, a.id), a.pin))
    (req,) = api.store.requests(a_id)
    assert [i.link_id for i in req.items] == [link.id]


@pytest.mark.gui
def test_send_pressed_then_the_window_closed_while_every_worker_was_busy(qtbot, make_window, api, sign_in):
    """Send pressed, then the window closed before a worker was free to take the send (the
    workers busy with slow loads): the request must not be lost but go out at the next sign-in."""
    import threading

    from PySide6.QtCore import Qt

    from .gui_helpers import type_text

    w = make_window(Backend(api_url=api.url))
    sign_in(w, "clean")
    resident = w.session.profile.resident_id
    qtbot.mouseClick(w.home.ui.flagButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.flag.ui.notMineRadio, Qt.MouseButton.LeftButton)
    type_text(qtbot, w.flag.ui.noteEdit, "not mine")
    qtbot.mouseClick(w.flag.ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.home.ui.reviewButton, Qt.MouseButton.LeftButton)
    assert w.stack.currentWidget() is w.check
    before = len(api.store.requests(resident))
    gate = threading.Event()
    try:
        for _ in range(8):  # every worker of the window's pool busy (it has four)
            w.runner.call(lambda: gate.wait(20), lambda _r: None, what="busy")
        qtbot.mouseClick(w.check.ui.sendButton, Qt.MouseButton.LeftButton)
        w.close()
    finally:
        gate.set()
    w.runner.wait_finished(20)
    w.runner.wait_done()

    again = make_window(Backend(api_url=api.url))  # the app started again; the same resident
    sign_in(again, "clean")
    qtbot.waitUntil(lambda: len(api.store.requests(resident)) > before, timeout=15000)
    assert len(api.store.requests(resident)) == before + 1
