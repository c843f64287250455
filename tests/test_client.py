"""The API client: timeouts, retries, validation, idempotent POST."""

from __future__ import annotations

import json

import pytest

from selfcheck.core import schema as s
from selfcheck.core.client import ApiClient
from selfcheck.core.errors import ApiError, ErrorKind

from .servers import Scripted, closed_port_url


def test_retries_idempotent_get_on_503_then_succeeds(personas):
    answers = iter([(503, "application/problem+json", b"{}"), (503, "application/problem+json", b"{}"),
                    (200, "application/json", b'{"status": "ok"}')])
    with Scripted(lambda h: next(answers)) as server:
        c = ApiClient(server.url, backoff=0.01)
        assert c.health() is True
        assert [m for m, _, _ in server.hits] == ["GET"] * 3


def test_card_sign_in_is_never_retried(personas):
    """The first try spends the challenge: a retry would only be refused as challenge_used."""
    with Scripted((503, "application/problem+json", b"{}")) as server:
        c = ApiClient(server.url, backoff=0.01)
        with pytest.raises(ApiError) as e:
            c.card_sign_in("challenge-1", [b"certificate" * 20], b"signature")
        assert e.value.kind is ErrorKind.SERVER
        assert len(server.hits) == 1


def test_post_is_retried_only_with_its_idempotency_key():
    ok = json.dumps({"id": "R1", "reference": "SC-2026-0000-0001", "created_at": "2026-11-27T10:00:00+09:00",
                     "status": "received", "items": [{"link_id": "L1", "reason": "not_mine", "note": ""}],
                     "history": [], "expected_reply_by": "2026-12-11"}).encode()
    answers = iter([(502, "text/plain", b"bad gateway"), (201, "application/json", ok)])
    with Scripted(lambda h: next(answers)) as server:
        c = ApiClient(server.url, backoff=0.01)
        c._token = "t"
        body = s.CorrectionCreate(items=[s.CorrectionItem(link_id="L1", reason=s.Reason.NOT_MINE)])
        req = c.submit_correction(body, "key-123")
        assert req.reference == "SC-2026-0000-0001"
        keys = [h.get("Idempotency-Key") for _, _, h in server.hits]
        assert keys == ["key-123", "key-123"]


@pytest.mark.parametrize("answer", [
    (200, "application/json", b"not json at all"),
    (200, "application/json", b'{"resident_id": "x"}'),
    (200, "text/html", b"<html></html>"),
    (200, "application/json", b'{"resident_id": "x", "name": "a", "name_kana": "a", "birth_date": "1990-01-01", '
                              b'"sex": "female", "number_last4": "1234", "addresses": [], "surprise": 1}'),
])
def test_malformed_answers_become_bad_response(answer):
    with Scripted(answer) as server:
        c = ApiClient(server.url)
        c._token = "t"
        with pytest.raises(ApiError) as e:
            c.profile()
        assert e.value.kind is ErrorKind.BAD_RESPONSE


def test_problem_details_map_to_kinds():
    cases = [((401, b'{"title": "x", "status": 401, "code": "bad_signature"}'), ErrorKind.CARD_REFUSED, None),
             ((401, b'{"title": "x", "status": 401, "code": "certificate_revoked"}'), ErrorKind.CARD_REFUSED, None),
             ((429, b'{"title": "x", "status": 429, "code": "throttled"}'), ErrorKind.RATE_LIMITED, None),
             ((423, b'{"title": "x", "status": 423, "code": "locked"}'), ErrorKind.LOCKED, None),
             ((401, b'{"title": "x", "status": 401, "code": "session_expired"}'), ErrorKind.SESSION_EXPIRED, None),
             ((404, b"garbage"), ErrorKind.NOT_FOUND, None),
             ((422, b'{"title": "x", "status": 422, "code": "idempotency_conflict"}'), ErrorKind.CONFLICT, None)]
    for (status, body), kind, left in cases:
        with Scripted((status, "application/problem+json", body)) as server:
            c = ApiClient(server.url, retries=0)
            with pytest.raises(ApiError) as e:
                c.card_sign_in("challenge-1", [b"certificate" * 20], b"signature")
            assert e.value.kind is kind and e.value.attempts_left == left


def test_offline_and_timeout():
    c = ApiClient(closed_port_url(), retries=0)
    with pytest.raises(ApiError) as e:
        c.health()
    assert e.value.kind is ErrorKind.OFFLINE

    def slow(handler):
        handler.server.release.wait(5)
        return (200, "application/json", b"{}")

    with Scripted(slow) as server:
        c = ApiClient(server.url, timeout=(1, 0.2), retries=0)
        with pytest.raises(ApiError) as e:
            c.health()
        assert e.value.kind is ErrorKind.TIMEOUT


def test_error_texts_never_carry_the_number(personas):
    p = personas["clean"]
    with Scripted((401, "application/problem+json", f'{{"detail": "{p.number}"}}'.encode())) as server:
        c = ApiClient(server.url, retries=0)
        c._token = "t"
        with pytest.raises(ApiError) as e:
            c.my_number()
        assert p.number not in str(e.value) and p.number not in repr(e.value.args)


def test_each_thread_gets_its_own_session(api):
    import threading

    c = ApiClient(api.url)
    seen = []
    t = threading.Thread(target=lambda: seen.append(c._session()), name="selfcheck-t")
    t.start()
    t.join()
    assert seen[0] is not c._session()
