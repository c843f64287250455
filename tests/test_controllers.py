"""The resident's and the counter's controllers, driven without Qt (``run_now`` runs each job at
once, as the GUI's operations helper would in the background)."""

from __future__ import annotations

import pytest
import requests

from selfcheck.core import counter as cv, resident as ev
from selfcheck.core.backend import Backend
from selfcheck.core.counter import CounterFlow, CounterStep, EndReason
from selfcheck.core.enums import OutboxState, Reason, RequestStatus
from selfcheck.core.flow import Step
from selfcheck.core.jobs import Failed, Job, Work, run_now
from selfcheck.core.resident import ResidentController

from .cards import backend_card, connect_to, reader_with


def sessions(api, kind: str) -> int:
    return api.store.db.execute("SELECT COUNT(*) FROM sessions WHERE kind=?", (kind,)).fetchone()[0]


def types(events) -> list[type]:
    return [type(e) for e in events]


def first(events, kind):
    return next(e for e in events if isinstance(e, kind))


@pytest.fixture
def backend(api):
    b = Backend(api_url=api.url)
    yield b
    b.close()


def test_the_resident_controller_signs_in_finds_marks_sends_and_signs_out(backend, api, personas):
    p = personas["child-parent-account"]
    ctl = ResidentController(backend)
    events = run_now(ctl.sign_in_with_card(connect_to(backend, p.id), p.pin))
    signed = first(events, ev.SignedIn)
    assert signed.masked_number.endswith(p.number[-4:]) and p.number not in signed.masked_number
    assert ctl.flow.step is Step.OVERVIEW and first(events, ev.StepChanged).step is Step.OVERVIEW
    overview = first(events, ev.OverviewLoaded)
    assert overview.links and first(events, ev.AccessLogLoaded).log is ctl.access_log
    findings = [e for e in events if isinstance(e, ev.FindingsChanged)]
    assert findings[0].first and not findings[-1].first, "found again once the access log is in"
    assert ctl.findings and isinstance(first(events, ev.MailboxChanged), ev.MailboxChanged)
    assert not [e for e in events if isinstance(e, Failed)]

    link = overview.links[0]
    assert run_now(ctl.open_detail(link)) == [ev.DetailOpened(link), ev.StepChanged(Step.DETAIL)]
    assert run_now(ctl.close_detail()) == [ev.StepChanged(Step.OVERVIEW), ev.SelectLink(link.id)]
    finding = next(f for f in ctl.findings if f.link_ids)
    events = run_now(ctl.report_finding(finding))
    assert ctl.flow.step is Step.FLAG and first(events, ev.FlagStarted).suggestion[1] is finding
    assert types(run_now(ctl.save_flag(None, ""))) == [ev.FlagRefused]
    run_now(ctl.save_flag(Reason.NOT_MINE, "not mine"))
    assert run_now(ctl.review())[-1] == ev.StepChanged(Step.CHECK)
    events = run_now(ctl.send())
    confirmed = first(events, ev.Confirmed)
    assert ctl.flow.step is Step.CONFIRMED and ctl.flow.confirmed == confirmed.request
    assert confirmed.request.status is RequestStatus.RECEIVED
    assert all(i.state is OutboxState.RECEIVED for i in first(events, ev.OutboxChanged).items)

    assert sessions(api, "resident") == 1
    events = ctl.sign_out()
    assert ctl.session.profile is None and ctl.findings is None and not ctl.flow.draft, "forgotten here at once"
    revoke = first(events, Work).job
    assert revoke.must_finish, "a revocation is never cancelled"
    run_now(events)
    assert sessions(api, "resident") == 0, "and ended on the server"


def test_failures_without_a_handler_are_never_dropped():
    boom = RuntimeError("boom")

    def work():
        raise boom

    events = run_now([Work(Job("thing", work, lambda _r: []))])
    assert events == [Failed("thing", boom)]


def signed_in_and_reviewed(backend, p, note: str = "") -> tuple[ResidentController, object]:
    """``p`` signed in, their first item marked "not mine", the check page open."""
    ctl = ResidentController(backend)
    run_now(ctl.sign_in_with_card(connect_to(backend, p.id), p.pin))
    link = ctl.session.links[0]
    run_now(ctl.start_flag(link))
    run_now(ctl.save_flag(Reason.NOT_MINE, note))
    run_now(ctl.review())
    return ctl, link


def test_an_expired_session_goes_back_to_sign_in_with_the_draft_kept(backend, api, personas):
    ctl, link = signed_in_and_reviewed(backend, personas["clean"])
    api.store.db.execute("UPDATE sessions SET expires=0")
    sending = ctl.send()  # under way when another call finds the session has ended
    events = run_now(ctl.load_overview(reload=True))
    assert ev.SessionExpired in types(events) and ctl.flow.step is Step.SIGN_IN and link.id in ctl.flow.draft
    assert ev.Sending(False) in events, "the send that was under way no longer holds the check page"
    assert ev.Sending(True) in sending


def test_a_request_sent_as_the_resident_signs_out_waits_for_their_next_sign_in(backend, api, personas):
    """Send pressed, and the resident signs out before the worker has run the send: the sign-out
    forgets the session's resident and takes its token, and the request (whose answers went with
    the draft) must not vanish. It waits in the outbox and goes out at their next sign-in."""
    p = personas["clean"]
    ctl, link = signed_in_and_reviewed(backend, p, "not mine")
    resident = ctl.session.profile.resident_id
    sending = ctl.send()
    run_now(ctl.sign_out())
    run_now(sending)
    assert api.store.requests(resident) == [], "it never reached the service without a session"
    assert [i.state for i in backend.outbox().items(resident)] == [OutboxState.WAITING]
    run_now(ctl.sign_in_with_card(connect_to(backend, p.id), p.pin))
    (req,) = api.store.requests(resident)
    assert [i.link_id for i in req.items] == [link.id]


def test_closing_right_after_a_confirmation_does_not_count_the_request_as_unsent(backend, api, personas, monkeypatch):
    """With an outbox in memory, closing asks about requests it would lose. The outbox was read
    again (another worker) while the send was under way, and said "sending"; the send then came
    back confirmed, and its own re-read is still to come: nothing is unsent."""
    ctl, _link = signed_in_and_reviewed(backend, personas["clean"])
    ctl.outbox_persistent = False  # no secure keyring: the outbox lives in memory
    client = backend.client()
    real = client.submit_correction

    def submit(body, key):
        meanwhile = next(e.job for e in ctl.refresh_outbox() if isinstance(e, Work))
        meanwhile.outcome(None, meanwhile.work())  # shown before the send's own answer
        ctl.outbox_persistent = False  # (the re-read says what the keyring is: here, none)
        assert ctl.unsent_lost_on_close() == 1, "under way: closing now would lose it"
        return real(body, key)

    monkeypatch.setattr(client, "submit_correction", submit)
    events = run_now(ctl.send(), skip=lambda job: job.what == "outbox")  # its re-read not back yet
    assert isinstance(first(events, ev.Confirmed), ev.Confirmed)
    assert ctl.unsent_lost_on_close() == 0


def test_the_counter_journey_and_the_order_of_end_session_without_qt(backend, api, personas):
    flow = CounterFlow(backend)
    assert flow.step is CounterStep.STAFF_SIGN_IN
    assert types(run_now(flow.staff_sign_in("S-ADACHI-01", "wrong"))) == [cv.StaffSignInFailed]
    events = run_now(flow.staff_sign_in("S-ADACHI-01", "counter-demo-1"))
    assert types(events) == [cv.StaffSignedIn, cv.CounterStepChanged] and flow.step is CounterStep.COUNTER

    # the first resident
    events = run_now(flow.start_resident())
    one = flow.resident
    assert first(events, cv.ResidentStarted).resident is one and flow.step is CounterStep.RESIDENT_SIGN_IN
    p = personas["child-parent-account"]
    events = run_now(flow.resident_card_sign_in(connect_to(backend, p.id), p.pin))
    check = first(events, cv.IdentityCheck)
    assert check.profile.name == p.name and p.number not in check.masked_number
    assert flow.step is CounterStep.IDENTITY and one.flow.step is Step.SIGN_IN, "nothing shown before 'this is me'"
    events = run_now(flow.confirm_identity())
    assert flow.step is CounterStep.RESIDENT and one.flow.step is Step.OVERVIEW
    assert ev.OverviewLoaded in types(events) and ev.FindingsChanged in types(events)
    run_now(one.start_flag(one.session.links[0]))
    run_now(one.save_flag(Reason.NOT_MINE, ""))
    run_now(one.review())
    req = first(run_now(one.send()), ev.Confirmed).request
    assert req.status is RequestStatus.AWAITING_APPROVAL and req.counter_staff_id == "S-ADACHI-01"
    events = run_now(flow.open_approval())
    assert flow.step is CounterStep.APPROVAL and first(events, cv.ApprovalOpened).request == req
    assert types(run_now(flow.approve("S-ADACHI-01", "counter-demo-1"))) == [cv.ApproveFailed], "not their own"
    events = run_now(flow.approve("S-ADACHI-02", "counter-demo-2"))
    approved = first(events, ev.Confirmed)
    assert approved.approved and approved.request.status is RequestStatus.RECEIVED and flow.step is CounterStep.RESIDENT
    rid = one.session.profile.resident_id
    assert sessions(api, "resident") == 1

    # End session: forgotten here first, then (in the job that must finish) on the server
    events = flow.end_session(EndReason.ENDED)
    assert types(events) == [cv.StopIdle, cv.DropResults, cv.WipeScreens, Work, cv.CounterStepChanged, cv.SessionEnded]
    assert first(events, Work).job.must_finish
    assert flow.resident is None and one.session.profile is None and one.session.number is None
    assert one.flow.confirmed is None and not one.flow.draft and one.findings is None
    assert not backend.client().signed_in and sessions(api, "resident") == 1, "the server is told by the job"
    assert [i.state for i in backend.outbox().items(rid)] == [OutboxState.RECEIVED]
    run_now(events)
    assert sessions(api, "resident") == 0 and backend.outbox().items(rid) == []
    assert flow.step is CounterStep.COUNTER and flow.ended is EndReason.ENDED

    # the next resident gets a fresh controller; "this is not me" ends it
    run_now(flow.start_resident())
    two = flow.resident
    assert two is not one and two.flow.confirmed is None and two.findings is None
    q = personas["clean"]
    run_now(flow.resident_card_sign_in(connect_to(backend, q.id), q.pin))
    events = run_now(flow.end_session(EndReason.NOT_ME))
    assert first(events, cv.SessionEnded).reason is EndReason.NOT_ME and sessions(api, "resident") == 0

    # the unlock branch: the card of a resident of this municipality, locked by three wrong PINs,
    # gets a new PIN on the card itself
    locked = personas["shared-terminal"]
    card = backend_card(backend, locked.id)
    reader = reader_with(card)
    for _ in range(3):
        assert types(run_now(flow.start_resident()))
        run_now(flow.resident_card_sign_in(reader.connect, "0000"))
        run_now(flow.end_session(EndReason.CANCELLED))
    assert card.tries_left == 0
    run_now(flow.open_unlock())
    assert flow.step is CounterStep.UNLOCK
    events = run_now(flow.reset_card_pin(reader.connect, "2580", True))
    assert types(events) == [cv.Unlocked, cv.CounterStepChanged] and flow.step is CounterStep.COUNTER
    assert card.tries_left == 3 and not hasattr(flow, "unlock"), "no unlock without the card"

    # staff sign-out ends the staff session on the server too
    events = run_now(flow.staff_sign_out())
    assert first(events, cv.StaffSignedOut) and flow.step is CounterStep.STAFF_SIGN_IN and sessions(api, "staff") == 0


def test_closing_at_a_counter_ends_both_sessions(backend, api, personas):
    flow = CounterFlow(backend)
    run_now(flow.staff_sign_in("S-ADACHI-01", "counter-demo-1"))
    run_now(flow.start_resident())
    p = personas["clean"]
    run_now(flow.resident_card_sign_in(connect_to(backend, p.id), p.pin))
    events = flow.close()
    assert all(e.job.must_finish for e in events if isinstance(e, Work))
    run_now(events)
    assert sessions(api, "resident") == 0 and sessions(api, "staff") == 0



def run_one(events, what: str) -> list:
    """Run the job named ``what`` among ``events`` (only it) and return what its outcome asks for."""
    job = next(e.job for e in events if isinstance(e, Work) and e.job.what == what)
    try:
        result = job.work(lambda done, total: None) if job.progress is not None else job.work()
    except Exception as e:  # noqa: BLE001 - handed to the job's failure policy, as the GUI does
        return job.outcome(e)
    return job.outcome(None, result)


def work_names(events) -> list[str]:
    return [e.job.what for e in events if isinstance(e, Work)]


@pytest.mark.parametrize("reload", [False, True])
def test_the_access_log_is_read_once_the_first_findings_are_in(backend, api, personas, reload):
    """The log (20,000 entries for some residents) is not read alongside the rules: the front
    end starts all the work an answer asks for at once, and the log's pages took the two cores
    from the window showing the overview and then the findings. On a reload too."""
    p = personas["child-parent-account"]
    ctl = ResidentController(backend)
    run_now(ctl.sign_in_with_card(connect_to(backend, p.id), p.pin))
    with_overview = run_one(ctl.load_overview(reload=reload), "overview")
    assert "rules" in work_names(with_overview) and "access log" not in work_names(with_overview)
    with_findings = run_one(with_overview, "rules")
    assert types(with_findings)[0] is ev.FindingsChanged and "access log" in work_names(with_findings)
    after_log = run_one(with_findings, "access log")
    assert types(after_log)[0] is ev.AccessLogLoaded and "rules" in work_names(after_log), "found again once the log is in"
    assert "access log" not in work_names(run_one(after_log, "rules")), "the log is read once"


def test_the_access_log_is_read_even_when_the_rules_fail(backend, api, personas, monkeypatch):
    from selfcheck.core import rules

    p = personas["clean"]
    ctl = ResidentController(backend)
    run_now(ctl.sign_in_with_card(connect_to(backend, p.id), p.pin))

    def broken(*_a, **_k):
        raise RuntimeError("a rule failed")

    monkeypatch.setattr(rules, "find", broken)
    events = run_now(ctl.load_overview(reload=True))
    assert any(isinstance(e, Failed) and e.what == "rules" for e in events), "said, not dropped"
    assert first(events, ev.AccessLogLoaded).log is ctl.access_log
