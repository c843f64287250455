"""schemathesis against the live mock API on loopback, three times: without a token, with a
resident's token and with a staff token. Every answer must be documented: no server error, no
status the OpenAPI document does not list, no body or header outside its schema.

Fixed seed (``derandomize``) and a bound on examples per operation keep the run short and the
same on every machine."""

from __future__ import annotations

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import checks

from selfcheck.mockapi.server import EmbeddedServer

from .conftest import ADMIN_TOKEN

EXAMPLES = 12  # per operation and per kind of caller
CHECKS = [checks.not_a_server_error, checks.status_code_conformance, checks.content_type_conformance,
          checks.response_schema_conformance, checks.response_headers_conformance]


@pytest.fixture(scope="module")
def live(tmp_path_factory, seeded_db):
    from selfcheck.mockapi.store import copy_database

    path = tmp_path_factory.mktemp("schemathesis") / "mock.sqlite3"
    copy_database(seeded_db, path)
    server = EmbeddedServer(path, admin_token=ADMIN_TOKEN).start()
    yield server
    server.stop()


def _token(live, who: str, personas) -> str | None:
    if who == "nobody":
        return None
    if who == "staff":
        r = requests.post(f"{live.url}/v1/staff/sessions", json={"staff_id": "S-ADACHI-01", "password": "counter-demo-1"})
    else:  # a resident: signed in with their card, as the app does
        from selfcheck.core.client import ApiClient

        from .cards import card_sign_in

        return card_sign_in(ApiClient(live.url), "clean").token
    assert r.status_code == 201, r.text
    return r.json()["token"]


FIXED = settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                 phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))


def _fuzz(live, personas, who: str) -> set[int]:
    """Every operation of the served document, EXAMPLES generated cases each (fixed seed), with
    a fresh token for each operation (a fuzzed sign-out ends the one before).
    (schemathesis' own pytest plugin does not run under this pytest, so hypothesis drives it.)"""
    # a clean service for each kind of caller; the fuzzer signs in from one address, so address
    # throttling (tested on its own in test_attacks) is lifted here
    requests.post(f"{live.url}/admin/reset", headers={"X-Admin-Token": ADMIN_TOKEN}).raise_for_status()
    live.store.challenges_by_address.limit = 10**9
    live.store.staff_sign_ins_by_address.limit = 10**9  # (staff sign-in's: test_outsider_card)
    api = schemathesis.openapi.from_url(f"{live.url}/openapi.json")
    operations = [result.ok() for result in api.get_all_operations()]
    assert len(operations) >= 15
    answered: set[int] = set()

    for op in operations:
        token = _token(live, who, personas)

        @FIXED
        @given(case=op.as_strategy())
        def run(case) -> None:
            headers = {k: v for k, v in (case.headers or {}).items() if k.lower() != "authorization"}
            if token:
                headers["Authorization"] = f"Bearer {token}"
            case.headers = headers
            response = case.call(base_url=live.url)
            answered.add(response.status_code)
            case.validate_response(response, checks=CHECKS)

        run()
    return answered


def test_without_a_token(live, personas):
    assert 401 in _fuzz(live, personas, "nobody")


def test_with_a_resident_token(live, personas):
    assert 200 in _fuzz(live, personas, "resident")


def test_with_a_staff_token(live, personas):
    assert {200, 201, 204} & _fuzz(live, personas, "staff")
