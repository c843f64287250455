"""Counter mode, server side: staff accounts, counter sessions that need the resident's own PIN
and an "Is this you?" confirmation, unlocking a card, second-staff approval, and an append-only
audit log of staff actions."""

from __future__ import annotations

import sqlite3

import pytest
import requests

from .conftest import ADMIN_TOKEN

PROBLEM = "application/problem+json"


def staff_token(api, staff_id="S-ADACHI-01", password="counter-demo-1"):
    r = requests.post(f"{api.url}/v1/staff/sessions", json={"staff_id": staff_id, "password": password})
    assert r.status_code == 201, r.text
    return {"Authorization": f"Bearer {r.json()['token']}"}


def counter_token(api, staff, persona) -> str:
    """The resident's card in the counter's reader: a session opened through the staff session."""
    from selfcheck.core.client import ApiClient

    from .cards import card_sign_in

    c = ApiClient(api.url)
    c.use_token(staff["Authorization"][7:])
    return card_sign_in(c, persona, counter=True).token


def audit(api):
    return requests.get(f"{api.url}/admin/audit", headers={"X-Admin-Token": ADMIN_TOKEN}).json()


def test_staff_sign_in_with_a_password_and_nothing_else(api):
    r = requests.post(f"{api.url}/v1/staff/sessions", json={"staff_id": "S-ADACHI-01", "password": "wrong"})
    assert r.status_code == 401 and r.headers["content-type"] == PROBLEM and r.json()["code"] == "wrong_password"
    out = requests.post(f"{api.url}/v1/staff/sessions", json={"staff_id": "S-ADACHI-01", "password": "counter-demo-1"}).json()
    assert out["municipality"] == "足立区" and out["staff_id"] == "S-ADACHI-01"
    row = api.store.db.execute("SELECT hash FROM staff WHERE id='S-ADACHI-01'").fetchone()
    assert b"counter-demo-1" not in row[0], "only a salted scrypt hash is kept"


def test_a_staff_token_reaches_no_resident_without_the_residents_card(api, personas):
    s = staff_token(api)
    assert requests.get(f"{api.url}/v1/me", headers=s).status_code == 401
    assert requests.get(f"{api.url}/v1/me/links", headers=s).status_code == 401
    assert requests.get(f"{api.url}/v1/me/number", headers=s).status_code == 401
    assert requests.get(f"{api.url}/v1/residents", headers=s).status_code == 404, "no way to browse or search residents"
    p = personas["clean"]
    typed = requests.post(f"{api.url}/v1/counter/resident-sessions", json={"number": p.number, "pin": p.pin}, headers=s)
    assert typed.status_code == 405, "a number and PIN typed at the counter open nothing"


def test_a_resident_token_cannot_act_as_staff(api, personas):
    from selfcheck.core.client import ApiClient

    from .cards import card_sign_in

    tok = card_sign_in(ApiClient(api.url), "clean").token
    r = {"Authorization": f"Bearer {tok}"}
    assert requests.post(f"{api.url}/v1/counter/card-challenges", headers=r).status_code == 401
    assert requests.post(f"{api.url}/v1/counter/card-pin-resets", headers=r, json={
        "identity_checked": True, "certificate": "A" * 200, "card_challenge": "AAAAAAAAAAA="}).status_code == 401
    assert requests.delete(f"{api.url}/v1/counter/resident-sessions", headers=r).status_code == 401


def test_nothing_is_submitted_at_the_counter_before_this_is_me(api, personas):
    s = staff_token(api)
    p = personas["child-parent-account"]
    tok = counter_token(api, s, p.id)
    r = {"Authorization": f"Bearer {tok}"}
    link = requests.get(f"{api.url}/v1/me/links", headers=r).json()["items"][0]["id"]
    body = {"items": [{"link_id": link, "reason": "not_mine"}]}
    refused = requests.post(f"{api.url}/v1/me/correction-requests", json=body, headers={**r, "Idempotency-Key": "c1"})
    assert refused.status_code == 403 and refused.json()["code"] == "not_confirmed"
    assert requests.post(f"{api.url}/v1/counter/confirm", headers=r).status_code == 204
    done = requests.post(f"{api.url}/v1/me/correction-requests", json=body, headers={**r, "Idempotency-Key": "c1"})
    assert done.status_code == 201 and done.json()["counter_staff_id"] == "S-ADACHI-01"
    assert done.json()["status"] == "awaiting_approval", "足立区 wants a second staff member to approve"
    log = requests.get(f"{api.url}/v1/me/access-log", headers=r).json()["items"]
    assert any(e["purpose_en"] == "Viewed at the counter of Adachi, Tokyo by staff S-ADACHI-01" for e in log)
    actions = [a["action"] for a in audit(api)]
    assert actions == ["staff_signed_in", "resident_session_started", "identity_confirmed", "correction_submitted"]
    assert all(p.number not in a["detail"] for a in audit(api))


def test_the_audit_log_is_append_only(api):
    staff_token(api)
    con = sqlite3.connect(api.store.path)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            con.execute("UPDATE audit SET action='nothing'")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            con.execute("DELETE FROM audit")
    finally:
        con.close()
    assert [a["action"] for a in audit(api)] == ["staff_signed_in"]


def make_counter_request(api, personas, staff):
    p = personas["child-parent-account"]
    tok = counter_token(api, staff, p.id)
    r = {"Authorization": f"Bearer {tok}"}
    requests.post(f"{api.url}/v1/counter/confirm", headers=r)
    link = requests.get(f"{api.url}/v1/me/links", headers=r).json()["items"][0]["id"]
    made = requests.post(f"{api.url}/v1/me/correction-requests", headers={**r, "Idempotency-Key": "k"},
                         json={"items": [{"link_id": link, "reason": "not_mine"}]}).json()
    return made, r


def test_a_second_staff_member_must_approve_a_counter_request(api, personas):
    first = staff_token(api)
    made, resident = make_counter_request(api, personas, first)
    assert made["status"] == "awaiting_approval"
    same = requests.post(f"{api.url}/v1/counter/approvals", json={"request_id": made["id"]}, headers=first)
    assert same.status_code == 403 and same.headers["content-type"] == PROBLEM and same.json()["code"] == "same_staff"
    assert requests.post(f"{api.url}/v1/counter/approvals", json={"request_id": made["id"]},
                         headers=resident).status_code == 401, "a resident cannot approve their own request"
    second = staff_token(api, "S-ADACHI-02", "counter-demo-2")
    ok = requests.post(f"{api.url}/v1/counter/approvals", json={"request_id": made["id"]}, headers=second)
    assert ok.status_code == 200 and ok.json()["status"] == "received" and ok.json()["approved_by"] == "S-ADACHI-02"
    again = requests.post(f"{api.url}/v1/counter/approvals", json={"request_id": made["id"]}, headers=second)
    assert again.status_code == 404 and again.json()["code"] == "nothing_to_approve"
    seen = requests.get(f"{api.url}/v1/me/correction-requests/{made['id']}", headers=resident).json()
    assert [h["status"] for h in seen["history"]] == ["awaiting_approval", "received"]
    actions = [(a["staff_id"], a["action"]) for a in audit(api)]
    assert ("S-ADACHI-01", "approval_refused_same_staff") in actions
    assert ("S-ADACHI-02", "correction_approved") in actions


def test_without_the_policy_a_counter_request_goes_straight_on(api, personas):
    api.store.set_policy("足立区", second_approval=False)
    made, _ = make_counter_request(api, personas, staff_token(api))
    assert made["status"] == "received" and made["approved_by"] is None


def test_the_policy_comes_with_the_staff_session_and_sign_out_is_audited(api):
    api.store.set_policy("足立区", idle_seconds=120, warn_seconds=20, second_approval=True)
    out = requests.post(f"{api.url}/v1/staff/sessions", json={"staff_id": "S-ADACHI-01", "password": "counter-demo-1"}).json()
    assert out["policy"] == {"idle_seconds": 120, "warn_seconds": 20, "second_approval": True}
    h = {"Authorization": f"Bearer {out['token']}"}
    assert requests.delete(f"{api.url}/v1/staff/sessions/current", headers=h).status_code == 204
    assert requests.post(f"{api.url}/v1/counter/card-challenges", headers=h).status_code == 401
    assert [a["action"] for a in audit(api)] == ["staff_signed_in", "staff_signed_out"]
