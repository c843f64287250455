"""The fault matrix through the window, for a representative subset (the whole matrix runs
through the core in ``test_fault_matrix.py``): what the resident sees under each fault, and
after each recovery (the outbox timer, "Send again now", closing and opening the app)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from selfcheck.core.backend import Backend

from .faultproxy import FaultProxy
from .gui_helpers import model_texts, visible_texts
from .test_corrections_gui import flag_first_and_review
from .test_fault_matrix import impatient, patient

CASES = [
    ("drop", "post_after", "automatic retry"),
    ("garbage", "post_after", "send again"),
    ("slow", "post_after", "restart"),
    ("503", "post_before", "send again"),
    ("truncated", "follow_up", "automatic retry"),
    ("wrong_type", "follow_up", "restart"),
    ("500", "list", "automatic retry"),
    ("html", "poll", "restart"),
]


def never_not_sent(w) -> None:
    shown = " ".join(visible_texts(w))
    assert "Not sent" not in shown and "did not accept" not in shown, shown


@pytest.mark.parametrize(("kind", "place", "recovery"), CASES)
def test_fault_through_the_window(qtbot, make_window, api, sign_in, kind, place, recovery):
    with FaultProxy(api.url, slow_seconds=0.8) as proxy:
        w = make_window(Backend(api_url=proxy.url))
        sign_in(w, "foreign-resident")
        rid = w.flow.resident_id
        flag_first_and_review(qtbot, w, f"{kind} {place}")
        impatient(w.session, place)
        proxy.inject(kind, place)
        with qtbot.waitSignal(w.confirmationShown, timeout=15000):
            qtbot.mouseClick(w.check.ui.sendButton, Qt.MouseButton.LeftButton)
        ui = w.confirmation.ui
        if place in ("post_before", "post_after"):
            assert ui.titleLabel.text() == "Saved: waiting to send"
            assert w.confirmation.sendNowButton.isVisible()
        else:  # the POST's answer is known: the reference is on screen at once
            (req,) = api.store.requests(rid)
            assert ui.referenceLabel.isVisible() and ui.referenceLabel.text() == req.reference
        never_not_sent(w)
        if place in ("list", "poll"):
            qtbot.waitUntil(lambda: not w.runner.busy, timeout=15000)
            never_not_sent(w)
        if recovery == "automatic retry" and place.startswith("post"):
            with qtbot.waitSignal(w.outboxSent, timeout=15000):
                w.outboxTimer.timeout.emit()  # a round while the fault lasts: the next one backs off
            assert 15_000 < w.outboxTimer.interval() <= 30_000, "jittered back-off after a failed round"
            never_not_sent(w)
        proxy.heal()
        patient(w.session)

        if recovery == "automatic retry":
            if place in ("list", "poll"):
                with qtbot.waitSignal(w.mailboxChanged, timeout=15000):
                    w.pollTimer.timeout.emit()  # what the poll timer does
            else:
                with qtbot.waitSignal(w.outboxSent, timeout=15000):
                    w.outboxTimer.timeout.emit()  # what the outbox timer does
                assert w.outboxTimer.interval() == 15_000, "back to every 15 s once it went through"
        elif recovery == "send again":
            with qtbot.waitSignal(w.outboxSent, timeout=15000):
                qtbot.mouseClick(w.confirmation.sendNowButton, Qt.MouseButton.LeftButton)
        else:
            w.close()
            assert w.runner.wait_finished(10)
            w = make_window(Backend(api_url=proxy.url))
            sign_in(w, "foreign-resident")

        (req,) = api.store.requests(rid)
        qtbot.waitUntil(lambda: req.reference in model_texts(w.home.requests)
                        and "Waiting to send" not in model_texts(w.home.requests), timeout=15000)
        assert "Received" in model_texts(w.home.requests)
        if recovery != "restart":
            qtbot.waitUntil(lambda: ui.referenceLabel.text() == req.reference and ui.referenceLabel.isVisible(),
                            timeout=15000)
            assert not w.confirmation.sendNowButton.isVisible()
        never_not_sent(w)
        assert len(api.store.requests(rid)) == 1
