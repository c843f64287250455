"""The three send outcomes in the core (issue 13): one key per set of answers, so Send again
reuses the queued request; refused only for a definitive 4xx."""

from __future__ import annotations

from selfcheck.core import schema as s
from selfcheck.core.attachments import AttachmentFile
from selfcheck.core.errors import ApiError, ErrorKind
from selfcheck.core.flow import CorrectionFlow, Step
from selfcheck.core.outbox import Outbox

BODY = s.CorrectionCreate(items=[s.CorrectionItem(link_id="L1", reason=s.Reason.NOT_MINE)])


def test_queueing_the_same_answers_again_reuses_the_queued_request(tmp_path):
    box = Outbox(tmp_path / "o.sqlite3")
    first = box.enqueue("R1", BODY, key="key-1")
    again = box.enqueue("R1", BODY, key="key-1")
    assert again.id == first.id and again.key == "key-1"
    assert len(box.items("R1")) == 1
    assert box.enqueue("R1", BODY).key != "key-1", "no key given: a new request"
    box.close()


def test_the_key_changes_with_an_attachment():
    f = CorrectionFlow()
    link = s.Link.model_construct(id="L1")
    f.signed_in("R1")
    f.start_flag(link)
    f.save_flag(s.Reason.NOT_MINE, "")
    key = f.idempotency_key()
    assert f.idempotency_key() == key
    f.attach(AttachmentFile("a.pdf", "application/pdf", "JVBERi0="))
    assert f.idempotency_key() != key, "other answers, other key: the service would refuse the old one"


def test_only_a_definitive_4xx_is_refused():
    refused = [ApiError(ErrorKind.INVALID, status=422), ApiError(ErrorKind.CONFLICT, status=422, code="idempotency_conflict"),
               ApiError(ErrorKind.NOT_FOUND, status=404)]
    unknown = [ApiError(ErrorKind.OFFLINE), ApiError(ErrorKind.TIMEOUT), ApiError(ErrorKind.SERVER, status=500),
               ApiError(ErrorKind.SERVER, status=503), ApiError(ErrorKind.RATE_LIMITED, status=429),
               ApiError(ErrorKind.BAD_RESPONSE, status=201, code="invalid_body"),
               ApiError(ErrorKind.BAD_RESPONSE, status=200, code="not_json"), ApiError(ErrorKind.BAD_RESPONSE)]
    assert all(e.refused for e in refused)
    assert not any(e.refused for e in unknown)


def test_a_waiting_request_confirmed_later_shows_its_reference():
    f = CorrectionFlow()
    f.waiting(object())
    req = s.CorrectionRequest.model_construct(reference="SC-2026-0000-0001")
    assert f.queued_sent(req) and f.confirmed is req and f.queued is None and f.step is Step.CONFIRMED
    assert not f.queued_sent(req), "nothing waits any more"
