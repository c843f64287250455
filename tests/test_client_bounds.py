"""The client's bounds (issue 13): one retry policy, a bounded time per send, paging bounded
by the first page's total. Against misbehaving servers on loopback."""

from __future__ import annotations

import json
import time

import pytest
import urllib3.util.connection

from selfcheck.core import schema as s
from selfcheck.core.client import MAX_ITEMS, SEND_BUDGET, ApiClient
from selfcheck.core.errors import ApiError, ErrorKind

from .servers import Scripted, closed_port_url

BODY = s.CorrectionCreate(items=[s.CorrectionItem(link_id="L1", reason=s.Reason.NOT_MINE)])


def count_connections(monkeypatch) -> list:
    made = []
    real = urllib3.util.connection.create_connection

    def counting(*a, **kw):
        made.append(a[0])
        return real(*a, **kw)

    monkeypatch.setattr(urllib3.util.connection, "create_connection", counting)
    return made


def test_one_send_against_a_refused_connection_tries_retries_plus_one_times(monkeypatch):
    """Before: urllib3's connect retries multiplied with a loop of our own (16 tries over 9 s)."""
    made = count_connections(monkeypatch)
    c = ApiClient(closed_port_url(), backoff=0.01)
    c._token = "t"
    with pytest.raises(ApiError) as e:
        c.submit_correction(BODY, "key-1")
    assert e.value.kind is ErrorKind.OFFLINE
    assert len(made) == c.retries + 1


def test_a_send_that_gets_no_answer_gives_up_within_its_budget():
    """A POST that outlasts the read timeout stops trying once the next try could not end
    within the send budget (before: 4 × the read timeout, 62 s on screen)."""
    def never(handler):
        handler.server.release.wait(10)
        return (None, "", b"")

    with Scripted(never) as server:
        c = ApiClient(server.url, backoff=0.01, send_timeout=(0.5, 0.4), send_budget=1.0)
        c._token = "t"
        started = time.monotonic()
        with pytest.raises(ApiError) as e:
            c.submit_correction(BODY, "key-2")
        took = time.monotonic() - started
        server.release.set()
    assert e.value.kind is ErrorKind.TIMEOUT and e.value.retryable
    assert took <= 1.0 + 0.3, f"took {took:.2f} s"
    assert 1 <= len(server.hits) <= 2
    assert {h.get("Idempotency-Key") for _, _, h in server.hits} == {"key-2"}


def test_the_default_send_ends_within_about_twenty_seconds():
    c = ApiClient("http://127.0.0.1:9")
    assert c.send_budget == SEND_BUDGET <= 20
    assert sum(c.send_timeout) < c.send_budget, "at least one whole try fits"


def test_retry_backoff_is_jittered():
    c = ApiClient("http://127.0.0.1:9", backoff=0.5)
    r = c._retry_for("POST", True, 3, time.monotonic() + 60, 1.0)
    r = r.increment("POST", "/x", error=urllib3.exceptions.ProtocolError("dropped"))
    r = r.increment("POST", "/x", error=urllib3.exceptions.ProtocolError("dropped"))
    waits = {round(r.get_backoff_time(), 6) for _ in range(20)}
    assert len(waits) > 1, "back-off has jitter"


def asked(handler) -> tuple[int, int]:
    """The offset and limit the client asked for."""
    query = dict(x.split("=") for x in handler.path.split("?", 1)[1].split("&"))
    return int(query["offset"]), int(query["limit"])


def page(offset, total, n, limit=1000):
    return json.dumps({"offset": offset, "limit": limit, "total": total,
                       "items": [{"id": f"N{offset + i}", "at": "2026-01-01T00:00:00+09:00",
                                  "agency": "x", "agency_en": "x", "item": "x", "item_en": "x",
                                  "purpose": "x", "purpose_en": "x", "direction": "query"}
                                 for i in range(n)]}).encode()


def test_a_lying_total_is_a_clear_error_at_once():
    """Before: a total of 10^9 made the client page forever (1.8 GB in 20 s)."""
    def lie(handler):
        offset, limit = asked(handler)
        return (200, "application/json", page(offset, 10**9, limit, limit))

    with Scripted(lie) as server:
        c = ApiClient(server.url)
        c._token = "t"
        with pytest.raises(ApiError) as e:
            c.access_log()
    assert e.value.kind is ErrorKind.BAD_RESPONSE and e.value.code == "paging"
    assert len(server.hits) == 1
    assert MAX_ITEMS < 10**9


def test_pages_beyond_the_first_pages_total_are_a_clear_error():
    """The first page says 1,200; the next pages raise the total and keep coming, full."""
    limits = []

    def grow(handler):
        offset, limit = asked(handler)
        limits.append(limit)
        return (200, "application/json", page(offset, 1200 if offset == 0 else 10**6, limit, limit))

    with Scripted(grow) as server:
        c = ApiClient(server.url)
        c._token = "t"
        with pytest.raises(ApiError) as e:
            c.access_log()
    # refused at the page that goes past the first page's total
    assert e.value.code == "paging" and len(server.hits) == -(-1200 // limits[0]) >= 2


def test_honest_paging_still_reads_everything():
    def honest(handler):
        offset, limit = asked(handler)
        return (200, "application/json", page(offset, 2500, min(limit, 2500 - offset), limit))

    with Scripted(honest) as server:
        c = ApiClient(server.url)
        c._token = "t"
        assert len(c.access_log()) == 2500


def test_sign_in_is_tried_again_only_when_the_connection_failed(monkeypatch):
    """A refused connection never reached the service (the challenge is not spent): tried
    again; an answer of any kind is never followed by a second sign-in."""
    made = count_connections(monkeypatch)
    c = ApiClient(closed_port_url(), backoff=0.01, retries=2)
    with pytest.raises(ApiError) as e:
        c.card_sign_in("challenge-1", [b"certificate" * 20], b"signature")
    assert e.value.kind is ErrorKind.OFFLINE and len(made) == 3

    def drop(handler):
        return (None, "", b"")

    with Scripted(drop) as server:
        c = ApiClient(server.url, backoff=0.01)
        with pytest.raises(ApiError):
            c.card_sign_in("challenge-1", [b"certificate" * 20], b"signature")
        assert len(server.hits) == 1, "the signature may have reached the service: never sent twice"


def test_a_page_larger_than_asked_for_is_a_clear_error():
    """A server that ignores ``limit`` and sends more items than asked for is refused: the
    client's page size is what bounds how long one page holds the window (see ``LOG_PAGE``)."""
    def ignore_limit(handler):
        offset, limit = asked(handler)
        return (200, "application/json", page(offset, 5000, limit + 1, limit))

    with Scripted(ignore_limit) as server:
        c = ApiClient(server.url)
        c._token = "t"
        with pytest.raises(ApiError) as e:
            c.access_log()
    assert e.value.code == "paging" and len(server.hits) == 1

