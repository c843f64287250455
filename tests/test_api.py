"""The mock government API over real HTTP on loopback."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid

import pytest
import requests

from selfcheck.core.resources import resource
from selfcheck.mockapi.cli import openapi_text

from .conftest import ADMIN_TOKEN

PROBLEM = "application/problem+json"


def sign_in(api, persona):
    """A card sign-in (tests/cards.py); the headers of the resident's session."""
    from selfcheck.core.client import ApiClient

    from .cards import card_sign_in

    out = card_sign_in(ApiClient(api.url), persona.id)
    return {"Authorization": f"Bearer {out.token}"}


def test_committed_openapi_document_matches_the_server(api):
    served = requests.get(f"{api.url}/openapi.json").json()
    committed = json.loads(resource("openapi.json").read_text(encoding="utf-8"))
    assert served == committed, "run: selfcheck-mock-api openapi -o resources/openapi.json"
    assert openapi_text() == resource("openapi.json").read_text(encoding="utf-8")


def test_sign_in_and_read_own_profile(api, personas):
    p = personas["clean"]
    h = sign_in(api, p)
    me = requests.get(f"{api.url}/v1/me", headers=h).json()
    assert me["name"] == "伊藤 さくら" and me["number_last4"] == p.number[-4:]
    assert p.number not in json.dumps(me), "the full number is never served back"


def test_profile_carries_former_surnames_and_aliases_with_readings(api, personas):
    me = requests.get(f"{api.url}/v1/me", headers=sign_in(api, personas["former-surname"])).json()
    assert me["former_surnames"] == [{"surname": "中村", "surname_kana": "ナカムラ"}] and me["aliases"] == []
    me = requests.get(f"{api.url}/v1/me", headers=sign_in(api, personas["alias-resident"])).json()
    assert me["aliases"] == [{"name": "金本 民俊", "name_kana": "カネモト タミトシ"}] and me["former_surnames"] == []
    schema = requests.get(f"{api.url}/openapi.json").json()["components"]["schemas"]
    assert {"former_surnames", "aliases"} <= set(schema["Profile"]["properties"])


def test_there_is_no_sign_in_with_a_number_and_pin_and_no_pin_is_stored(api, personas, db_path):
    """The typed number + PIN sign-in is gone: the card checks its PIN, the service sees a signature."""
    import sqlite3

    p = personas["clean"]
    body = {"number": p.number, "pin": p.pin}
    for path in ("/v1/sessions", "/v1/counter/resident-sessions", "/v1/counter/unlock"):
        assert requests.post(f"{api.url}{path}", json=body).status_code in (404, 405), path
    paths = requests.get(f"{api.url}/openapi.json").json()["paths"]
    assert "/v1/counter/unlock" not in paths and "post" not in paths.get("/v1/sessions", {})
    assert "post" not in paths.get("/v1/counter/resident-sessions", {})
    db = sqlite3.connect(db_path)
    columns = {row[1] for table in ("residents", "staff", "sessions") for row in db.execute(f"PRAGMA table_info({table})")}
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    db.close()
    assert not [c for c in columns if "pin" in c] and "unknown_numbers" not in tables
    assert not hasattr(api.store, "sign_in") and not hasattr(api.store, "counter_unlock")


def test_show_number_the_service_tells_a_signed_in_resident_their_own_number_only(api, personas, db_path):
    p, other = personas["clean"], personas["pension-other"]
    h = sign_in(api, p)
    r = requests.get(f"{api.url}/v1/me/number", headers=h)
    assert r.status_code == 200 and r.json() == {"number": p.number}
    assert "no-store" in r.headers["cache-control"]
    assert requests.get(f"{api.url}/v1/me/number", headers=sign_in(api, other)).json() == {"number": other.number}
    r = requests.get(f"{api.url}/v1/me/number")
    assert r.status_code == 401 and p.number not in r.text
    raw = db_path.read_bytes() + (db_path.with_name(db_path.name + "-wal").read_bytes()
                                  if db_path.with_name(db_path.name + "-wal").exists() else b"")
    assert p.number.encode() not in raw and p.number.encode("utf-16-le") not in raw, "numbers are sealed on disk"


def test_errors_are_problem_json_and_never_echo_the_number(api, personas):
    p = personas["clean"]
    for r in (requests.post(f"{api.url}/v1/card/sessions", json={"challenge_id": p.number, "signature": "12"}),
              requests.post(f"{api.url}/v1/card/sessions", data=b"{not json", headers={"content-type": "application/json"}),
              requests.get(f"{api.url}/v1/me"),
              requests.get(f"{api.url}/v1/me", headers={"Authorization": "Bearer nope"}),
              requests.get(f"{api.url}/no/such/path")):
        assert r.status_code in (401, 404, 422), r.text
        assert r.headers["content-type"] == PROBLEM
        body = r.json()
        assert {"type", "title", "status", "code"} <= body.keys() and body["status"] == r.status_code
        assert p.number not in r.text


def test_links_are_paged_and_grouped_kinds_are_present(api, personas):
    h = sign_in(api, personas["stress"])
    first = requests.get(f"{api.url}/v1/me/links", params={"limit": 1000}, headers=h).json()
    assert first["total"] == 2000 and len(first["items"]) == 1000
    second = requests.get(f"{api.url}/v1/me/links", params={"offset": 1000, "limit": 1000}, headers=h).json()
    ids = {x["id"] for x in first["items"]} | {x["id"] for x in second["items"]}
    assert len(ids) == 2000
    assert requests.get(f"{api.url}/v1/me/links", params={"limit": 5000}, headers=h).status_code == 422
    log = requests.get(f"{api.url}/v1/me/access-log", params={"limit": 10}, headers=h).json()
    assert log["total"] == 20000
    ats = [e["at"] for e in log["items"]]
    assert ats == sorted(ats, reverse=True)


def test_shared_account_is_reported(api, personas):
    h = sign_in(api, personas["shared-terminal"])
    links = requests.get(f"{api.url}/v1/me/links", headers=h).json()["items"]
    bank = next(x for x in links if x["kind"] == "bank_account")
    assert bank["shared_with_others"] == 1 and bank["channel"] == "municipal_counter"


def test_a_token_reaches_only_its_own_resident(api, personas):
    a = sign_in(api, personas["clean"])
    b = sign_in(api, personas["pension-other"])
    a_link = requests.get(f"{api.url}/v1/me/links", headers=a).json()["items"][0]["id"]
    assert requests.get(f"{api.url}/v1/me/links/{a_link}", headers=a).status_code == 200
    r = requests.get(f"{api.url}/v1/me/links/{a_link}", headers=b)
    assert r.status_code == 404 and r.headers["content-type"] == PROBLEM
    body = {"items": [{"link_id": a_link, "reason": "not_mine"}]}
    r = requests.post(f"{api.url}/v1/me/correction-requests", json=body, headers={**b, "Idempotency-Key": "k1"})
    assert r.status_code == 404
    created = requests.post(f"{api.url}/v1/me/correction-requests", json=body, headers={**a, "Idempotency-Key": "k1"})
    assert created.status_code == 201
    rid = created.json()["id"]
    assert requests.get(f"{api.url}/v1/me/correction-requests/{rid}", headers=b).status_code == 404
    assert requests.get(f"{api.url}/v1/me/correction-requests", headers=b).json() == []


def test_correction_requests_are_idempotent(api, personas):
    h = sign_in(api, personas["child-parent-account"])
    link = requests.get(f"{api.url}/v1/me/links", headers=h).json()["items"][0]["id"]
    key = str(uuid.uuid4())
    body = {"items": [{"link_id": link, "reason": "not_mine", "note": "親の口座です"}]}
    url = f"{api.url}/v1/me/correction-requests"
    missing = requests.post(url, json=body, headers=h)
    assert missing.status_code == 400 and missing.json()["code"] == "idempotency_key_required"
    first = requests.post(url, json=body, headers={**h, "Idempotency-Key": key})
    again = requests.post(url, json=body, headers={**h, "Idempotency-Key": key})
    assert first.status_code == 201 and again.status_code == 200
    assert first.json() == again.json()
    assert first.json()["reference"].startswith("SC-")
    other = {"items": [{"link_id": link, "reason": "other", "note": "別の内容"}]}
    conflict = requests.post(url, json=other, headers={**h, "Idempotency-Key": key})
    assert conflict.status_code == 422 and conflict.json()["code"] == "idempotency_conflict"
    listed = requests.get(url, headers=h).json()
    assert [x["reference"] for x in listed] == [first.json()["reference"]]
    detail = requests.get(f"{url}/{first.json()['id']}", headers=h).json()
    assert [c["status"] for c in detail["history"]] == ["received"]
    notes = requests.get(f"{api.url}/v1/me/notifications", headers=h).json()
    assert any(first.json()["reference"] in n["title"] for n in notes)


def test_admin_moves_a_request_forward_with_history(api, personas):
    h = sign_in(api, personas["clean"])
    link = requests.get(f"{api.url}/v1/me/links", headers=h).json()["items"][0]["id"]
    req = requests.post(f"{api.url}/v1/me/correction-requests", json={"items": [{"link_id": link, "reason": "wrong_details"}]},
                        headers={**h, "Idempotency-Key": "x"}).json()
    url = f"{api.url}/admin/correction-requests/{req['reference']}/advance"
    assert requests.post(url).status_code == 403
    for _ in range(2):
        assert requests.post(url, headers={"X-Admin-Token": ADMIN_TOKEN}).status_code == 200
    detail = requests.get(f"{api.url}/v1/me/correction-requests/{req['id']}", headers=h).json()
    assert [c["status"] for c in detail["history"]] == ["received", "under_review", "corrected"]


def test_expired_session_answers_401_session_expired(api, personas):
    h = sign_in(api, personas["clean"])
    assert requests.post(f"{api.url}/admin/sessions/expire", headers={"X-Admin-Token": ADMIN_TOKEN}).status_code == 204
    r = requests.get(f"{api.url}/v1/me", headers=h)
    assert r.status_code == 401 and r.json()["code"] == "session_expired"


def test_cli_serves_and_lists_personas(tmp_path, personas):
    out = subprocess.run([sys.executable, "-m", "selfcheck.mockapi.cli", "personas", "--format", "json"],
                         capture_output=True, text=True, check=True)
    listed = json.loads(out.stdout)
    assert len(listed) >= 8 and {"number", "pin", "name", "problem"} <= listed[0].keys()
    assert {p["id"] for p in listed} == set(personas)


@pytest.mark.parametrize("persona_id", ["child-parent-account", "shared-terminal", "same-name-insurance",
                                        "disability-relative", "pension-other", "foreign-resident", "clean",
                                        "stress", "locked"])
def test_required_personas_exist_with_valid_numbers(personas, persona_id):
    from selfcheck.core.mynumber import is_valid

    assert is_valid(personas[persona_id].number)


@pytest.mark.gui
@pytest.mark.e2e
def test_the_app_works_against_the_mock_api_as_a_separate_program(tmp_path, qtbot, make_window, sign_in):
    """`selfcheck-mock-api serve` in its own process; the app signs in and loads through it."""
    import os
    import shutil

    from selfcheck.core.backend import Backend

    from .servers import closed_port_url

    url = closed_port_url()
    port = url.rsplit(":", 1)[1]
    exe = shutil.which("selfcheck-mock-api", path=os.path.dirname(sys.executable))
    # the admin token lets the test issue the persona's software card from the server's demo CA
    proc = subprocess.Popen([exe, "serve", "--host", "127.0.0.1", "--port", port, "--db", str(tmp_path / "m.db"),
                             "--admin-token-env", "SELFCHECK_TEST_ADMIN"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, "SELFCHECK_TEST_ADMIN": ADMIN_TOKEN})
    try:
        def up() -> bool:
            try:
                return requests.get(f"{url}/v1/health", timeout=0.5).status_code == 200
            except requests.ConnectionError:
                assert proc.poll() is None, proc.stderr.read().decode()
                return False

        qtbot.waitUntil(up, timeout=30000)
        w = make_window(Backend(api_url=url))
        sign_in(w, "disability-relative")
        assert "鈴木 一郎" in [w.home.links.data(w.home.links.index(0, 2, w.home.links.index(2, 0)))]
        w.close()
    finally:
        proc.terminate()
        proc.wait(10)
        proc.stderr.close()


def test_the_documented_problem_statuses_cost_the_server_nothing_at_start():
    """Every operation documents its problem statuses (400, 401, 413, 422, 500, …) by reference to
    the one Problem schema. Given as ``{"model": Problem}``, FastAPI built a pydantic field for
    each of them at start (over a hundred): most of the demo server's set-up, which the resident's
    first overview waits for. The document itself is unchanged (the committed document's test)."""
    from fastapi.routing import APIRoute

    from selfcheck.core import schema as s
    from selfcheck.mockapi.app import create_app
    from selfcheck.mockapi.store import Store

    store = Store(":memory:")
    try:
        app = create_app(store, admin_token=ADMIN_TOKEN)
        built = [(r.path, code) for r in app.routes if isinstance(r, APIRoute) and r.endpoint.__module__ == "selfcheck.mockapi.app"
                 for code, f in r.response_fields.items() if f.field_info.annotation is s.Problem]
        assert not built, built
        doc = app.openapi()
        assert doc["components"]["schemas"]["Problem"]["required"] == ["title", "status"]
        assert doc["paths"]["/v1/me"]["get"]["responses"]["401"]["content"]["application/json"]["schema"] == {
            "$ref": "#/components/schemas/Problem"}
    finally:
        store.close()
