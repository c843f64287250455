"""The counter terminal without the GUI (core.counter): two tokens, never mixed up."""

from __future__ import annotations

import pytest

from selfcheck.core import schema as s
from selfcheck.core.backend import Backend, Session
from selfcheck.core.counter import CounterDesk
from selfcheck.core.errors import ApiError, ErrorKind

from .cards import connect_to


@pytest.fixture
def desk(api):
    backend = Backend(api_url=api.url)
    desk = CounterDesk(backend)
    yield desk
    backend.close()


def test_a_counter_session_sends_nothing_until_the_resident_confirms(desk, api, personas):
    with pytest.raises(ApiError) as wrong:
        desk.sign_in("S-ADACHI-01", "not-it")
    assert wrong.value.kind is ErrorKind.WRONG_PASSWORD
    desk.sign_in("S-ADACHI-01", "counter-demo-1")
    assert desk.policy.second_approval and desk.policy.idle_seconds == 180
    session = Session(desk.backend)
    p = personas["child-parent-account"]
    profile = desk.start_resident_with_card(session, connect_to(desk.backend, p.id)(), p.pin)
    assert profile.name == p.name and not session.confirmed and session.counter_staff == "S-ADACHI-01"
    links = session.overview().links
    body = s.CorrectionCreate(items=[s.CorrectionItem(link_id=links[0].id, reason=s.Reason.NOT_MINE)])
    with pytest.raises(ApiError) as refused:
        session.send_through_outbox(body)
    assert refused.value.kind is ErrorKind.FORBIDDEN and refused.value.code == "not_confirmed"
    assert session.requests() == []
    assert session.outbox_items() == [], "a refused request is not left behind on the counter machine"

    desk.confirm(session)
    item, req = session.send_through_outbox(body)
    assert req.status is s.RequestStatus.AWAITING_APPROVAL and req.counter_staff_id == "S-ADACHI-01"
    with pytest.raises(ApiError) as same:
        desk.approve(req.id, "S-ADACHI-01", "counter-demo-1")
    assert same.value.kind is ErrorKind.FORBIDDEN
    approved = desk.approve(req.id, "S-ADACHI-02", "counter-demo-2")
    assert approved.status is s.RequestStatus.RECEIVED and approved.approved_by == "S-ADACHI-02"

    session.forget_received()
    token = desk.end_resident(session)
    assert session.profile is None and session.number is None and not desk.backend.client().signed_in
    desk.revoke(token)
    assert api.store.resident_for(token) is None, "the resident's session is over on the server too"
    desk.sign_out()
    assert not desk.signed_in
