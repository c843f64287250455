"""Never lost, never duplicated, under every fault (issue 13), through the core.

A fault-injecting reverse proxy (``tests/faultproxy.py``) sits between the app's core (the
same ``Session``, outbox and client the window drives) and the mock API. For each fault kind
× place × recovery (the automatic retry of the outbox, Send again with the same answers, an app
restart), the send must

- never be *refused* ("not sent") nor raise while the service may have the request,
- show the confirmation as soon as the POST's answer is known (follow-up, list and poll faults),
- end with exactly one request at the service, confirmed in the outbox with the service's
  reference, and listed with the status "received".

The window runs a representative subset of the same matrix in ``test_fault_matrix_gui.py``.
"""

from __future__ import annotations

import shutil
import uuid
import zlib

import pytest

from selfcheck.core import schema as s
from selfcheck.core.backend import Backend, Session
from selfcheck.core.errors import ApiError
from selfcheck.core.outbox import FAILED, RECEIVED, WAITING

from .conftest import ADMIN_TOKEN
from .faultproxy import KINDS, PLACES, FaultProxy

RECOVERIES = ("automatic retry", "send again", "restart")
RESIDENTS = ("child-parent-account", "shared-terminal", "same-name-insurance", "disability-relative",
             "pension-other", "foreign-resident", "clean")
RESULTS: dict[tuple[str, str, str], str] = {}


@pytest.fixture(scope="module")
def service(seeded_db, tmp_path_factory):
    from selfcheck.mockapi.server import EmbeddedServer

    db = tmp_path_factory.mktemp("faults") / "mock.sqlite3"
    shutil.copy(seeded_db, db)
    server = EmbeddedServer(db, admin_token=ADMIN_TOKEN).start()
    server.store.challenges_by_address.limit = 10**9  # 120 cases sign in from one address within a minute
    yield server
    server.stop()


@pytest.fixture(scope="module")
def proxy(service):
    with FaultProxy(service.url, slow_seconds=0.8) as p:
        yield p


def impatient(session: Session, place: str) -> None:
    """Timeouts short enough for the slow fault to bite within a test (the policy is the same),
    only where the fault is: a busy machine must not turn the other calls into faults too."""
    c = session.backend.client()
    if place.startswith("post"):
        c.send_timeout, c.send_budget = (0.5, 0.4), 1.2
    else:
        c.timeout, c.read_budget = (0.5, 0.4), 1.2
    c.backoff = 0.01


def patient(session: Session) -> None:
    c = session.backend.client()
    c.timeout, c.send_timeout, c.send_budget, c.read_budget = (3.05, 15.0), (3.05, 8.0), 20.0, 45.0


def open_session(url: str, persona) -> Session:
    from .cards import open_session as card_session

    session = Session(Backend(api_url=url))
    card_session(session, persona.id)
    return session


def first_link(session: Session) -> str:
    return session.backend.client()._get("/v1/me/links", s.Page[s.Link], offset=0, limit=1).items[0].id


def run_case(kind, place, recovery, service, proxy, persona):
    session = open_session(proxy.url, persona)
    rid = session.profile.resident_id
    store = service.store
    before = {r.id for r in store.requests(rid)}
    key = str(uuid.uuid4())  # what the flow keeps for these answers
    body = s.CorrectionCreate(items=[s.CorrectionItem(link_id=first_link(session), reason=s.Reason.NOT_MINE,
                                                      note=f"{kind}/{place}/{recovery}")])
    impatient(session, place)
    seen = len(proxy.log)
    proxy.inject(kind, place)
    try:
        try:
            item, answer = session.send_through_outbox(body, key)
        except ApiError as e:  # on screen this is "Not sent"
            pytest.fail(f"the send raised {e}: the resident would read 'not sent'")
        have = [r for r in store.requests(rid) if r.id not in before]
        assert item.state != FAILED, "refused although the outcome was unknown"
        assert item.state in (WAITING, RECEIVED)
        if have:
            assert item.state in (WAITING, RECEIVED), "the service has it: never 'not sent'"
        if place == "post_before":
            assert not have and item.state == WAITING
        if place in ("follow_up", "list", "poll"):
            assert item.state == RECEIVED and answer is not None and answer.reference == item.reference, \
                "the confirmation shows as soon as the POST's answer is known"
        if place in ("list", "poll"):
            with pytest.raises(ApiError):
                session.mailbox()  # the list or poll read fails now; it catches up below
        assert any(f for _, _, f in proxy.log[seen:]), "the fault was injected"
    finally:
        proxy.heal()
    patient(session)
    if recovery == "automatic retry":
        session.send_waiting()  # what the outbox timer does
    elif recovery == "send again":
        item, answer = session.send_through_outbox(body, key)  # the same answers keep their key
        assert item.state == RECEIVED
    else:
        session.backend.close()
        session = open_session(proxy.url, persona)
        session.send_waiting()  # after sign-in, what waits goes out by itself
    new = [r for r in store.requests(rid) if r.id not in before]
    assert len(new) == 1, f"{len(new)} requests at the service"
    (mine,) = [i for i in session.outbox_items() if i.key == key]
    assert mine.state == RECEIVED and mine.reference == new[0].reference
    listed = {r.reference: r.status.value for r in session.mailbox().requests}
    assert listed.get(new[0].reference) == "received"
    session.backend.close()


@pytest.mark.parametrize("recovery", RECOVERIES)
@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("kind", KINDS)
def test_fault(kind, place, recovery, service, proxy, personas):
    persona = personas[RESIDENTS[zlib.crc32(f"{kind}{place}{recovery}".encode()) % len(RESIDENTS)]]
    RESULTS[(kind, place, recovery)] = "failed"
    run_case(kind, place, recovery, service, proxy, persona)
    RESULTS[(kind, place, recovery)] = "passed"
