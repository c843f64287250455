"""Paging against servers that answer other than asked (attack9): fewer items than asked for,
totals that change between pages, pages that stop early. The client reads everything the
service says there is, or fails with a clear paging error; never a silently shorter list."""

from __future__ import annotations

import pytest

from selfcheck.core.client import ApiClient
from selfcheck.core.errors import ApiError, ErrorKind

from .servers import Scripted
from .test_client_bounds import asked, page


def read_log(script):
    with Scripted(script) as server:
        c = ApiClient(server.url)
        c._token = "t"
        try:
            return c.access_log(), server.hits
        finally:
            c.close()


def test_a_server_that_answers_fewer_items_than_asked_is_read_to_the_end():
    def few(handler):
        offset, limit = asked(handler)
        return (200, "application/json", page(offset, 1000, min(37, 1000 - offset), limit))

    entries, hits = read_log(few)
    assert [e.id for e in entries] == [f"N{i}" for i in range(1000)]


def test_an_empty_page_before_the_total_is_a_clear_error_not_a_shorter_list():
    """The first page says 2,000 entries; the third comes back empty, still saying 2,000."""
    def stop_early(handler):
        offset, limit = asked(handler)
        return (200, "application/json", page(offset, 2000, 0 if offset >= 2 * limit else limit, limit))

    with pytest.raises(ApiError) as e:
        read_log(stop_early)
    assert e.value.kind is ErrorKind.BAD_RESPONSE and e.value.code == "paging"


def test_a_total_that_shrinks_while_reading_ends_with_what_the_service_now_has():
    """Entries went while the client read (the service now says 900): what it has is read."""
    def shrink(handler):
        offset, limit = asked(handler)
        total = 1200 if offset == 0 else 900
        return (200, "application/json", page(offset, total, max(0, min(limit, total - offset)), limit))

    entries, _hits = read_log(shrink)
    assert len(entries) == 900


def test_a_server_that_ignores_the_offset_is_a_clear_error_not_the_first_page_eight_times():
    """It says each page is at the offset asked for, but always sends the first items: the
    resident would see each of their first 250 links eight times as 2,000."""
    def same_page(handler):
        offset, limit = asked(handler)
        body = page(0, 2000, limit, limit).replace(b'"offset": 0', f'"offset": {offset}'.encode(), 1)
        return (200, "application/json", body)

    with pytest.raises(ApiError) as e:
        read_log(same_page)
    assert e.value.kind is ErrorKind.BAD_RESPONSE and e.value.code == "paging"
