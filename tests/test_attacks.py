"""Attacks on the mock government API (live on loopback) and on the app's client, one test per
promise of issue 11 ("No one reaches a resident's data without that resident"). Each of them
succeeded against the code before the fix."""

from __future__ import annotations

import base64
import io
import os
import socket
import statistics
import threading
import time
import unicodedata
from datetime import datetime, timedelta

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from selfcheck.core import mynumber
from selfcheck.core.client import ApiClient, InsecureUrl
from selfcheck.core.errors import ApiError
from selfcheck.mockapi.server import EmbeddedServer
from selfcheck.mockapi.store import JST, install_key_path

from .conftest import ADMIN_TOKEN, MemoryKeyring
from .servers import Scripted

PROBLEM = "application/problem+json"
ADMIN = {"X-Admin-Token": ADMIN_TOKEN}


class Clock:
    """Wall clock and monotonic clock for the server, moved by the test."""

    def __init__(self) -> None:
        self.t = datetime(2026, 11, 27, 10, 0, tzinfo=JST)
        self.mono = 1000.0

    def now(self) -> datetime:
        return self.t

    def monotonic(self) -> float:
        return self.mono

    def advance(self, **kw) -> None:
        step = timedelta(**kw)
        self.t += step
        self.mono += step.total_seconds()


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def server(db_path, clock):
    srv = EmbeddedServer(db_path, admin_token=ADMIN_TOKEN, now=clock.now, clock=clock.monotonic).start()
    yield srv
    srv.stop()


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def resident_sign_in(srv, number: str, pin: str) -> requests.Response:
    return requests.post(f"{srv.url}/v1/sessions", json={"number": number, "pin": pin})


def staff_sign_in(srv, staff_id="S-ADACHI-01", password="counter-demo-1") -> requests.Response:
    return requests.post(f"{srv.url}/v1/staff/sessions", json={"staff_id": staff_id, "password": password})


def staff_headers(srv, staff_id="S-ADACHI-01", password="counter-demo-1") -> dict:
    r = staff_sign_in(srv, staff_id, password)
    assert r.status_code == 201, r.text
    return bearer(r.json()["token"])


def audit_actions(srv) -> list[tuple[str, str, str]]:
    return [(a["staff_id"], a["action"], a["detail"]) for a in requests.get(f"{srv.url}/admin/audit", headers=ADMIN).json()]


def lock_card(srv, number: str) -> None:
    for _ in range(3):
        resident_sign_in(srv, number, "0000")
    assert resident_sign_in(srv, number, "0000").status_code in (423, 429)


def unlock(srv, headers, number, pin="2580", again=None, checked=True) -> requests.Response:
    return requests.post(f"{srv.url}/v1/counter/unlock", headers=headers,
                         json={"number": number, "new_pin": pin, "new_pin_again": again or pin, "identity_checked": checked})


# -- Service ------------------------------------------------------------------------------------

def test_staff_cannot_take_over_a_resident_by_unlocking(server, personas, clock):
    """Unlock needs a locked card, staff of the resident's municipality, the identity check and
    the new PIN typed twice; every refusal is audited; the resident's PIN keeps working."""
    adachi = staff_headers(server)
    p = personas["clean"]  # registered in Nagoya, card not locked
    r = unlock(server, adachi, p.number)
    assert r.status_code == 409 and r.headers["content-type"] == PROBLEM and r.json()["code"] == "cannot_unlock"
    assert resident_sign_in(server, p.number, "2580").status_code == 401, "the staff member's PIN does not work"
    assert resident_sign_in(server, p.number, p.pin).status_code == 201, "the resident's own PIN still does"

    # a locked card of another municipality: refused, with the same answer as an unknown number
    locked = personas["locked"]  # registered in Hakodate
    assert unlock(server, adachi, locked.number).json()["code"] == "cannot_unlock"
    assert unlock(server, adachi, mynumber.make_valid("12345678901")).json()["code"] == "cannot_unlock"

    # in Adachi: a locked card of an Adachi resident, but without the check or with two PINs
    local = personas["shared-terminal"]
    before = bearer(resident_sign_in(server, local.number, local.pin).json()["token"])  # signed in at home
    lock_card(server, local.number)
    assert unlock(server, adachi, local.number, checked=False).status_code == 422
    assert unlock(server, adachi, local.number, "2580", "2581").json()["code"] == "pin_mismatch"
    refused = [d for sid, a, d in audit_actions(server) if a == "unlock_refused"]
    assert len(refused) == 5, refused
    assert all(local.number not in d and p.number not in d for d in refused), "the audit never holds a number"
    assert unlock(server, adachi, local.number).status_code == 204
    assert requests.get(f"{server.url}/v1/me", headers=before).status_code == 401, "a new PIN ends other sessions"
    assert "card_unlocked" in [a for _, a, _ in audit_actions(server)]

    # a staff token is no resident session, whatever it is sent to
    for path in ("/v1/me", "/v1/me/links", "/v1/me/access-log", "/v1/me/correction-requests"):
        assert requests.get(f"{server.url}{path}", headers=adachi).status_code == 401


def test_a_counter_resident_session_ends_with_the_staff_session(server, personas, clock):
    p = personas["shared-terminal"]

    def counter_resident(staff):
        r = requests.post(f"{server.url}/v1/counter/resident-sessions", headers=staff,
                          json={"number": p.number, "pin": p.pin})
        assert r.status_code == 201, r.text
        return bearer(r.json()["token"])

    def alive(h) -> bool:
        return requests.get(f"{server.url}/v1/me", headers=h).status_code == 200

    # staff sign-out
    staff = staff_headers(server)
    res = counter_resident(staff)
    assert alive(res)
    assert requests.delete(f"{server.url}/v1/staff/sessions/current", headers=staff).status_code == 204
    assert not alive(res)

    # End session from the staff side
    staff = staff_headers(server)
    res = counter_resident(staff)
    assert requests.delete(f"{server.url}/v1/counter/resident-sessions", headers=staff).status_code == 204
    assert not alive(res)

    # the resident session's absolute lifetime, however busy it is
    res = counter_resident(staff)
    for _ in range(7):
        clock.advance(minutes=9)
        if not alive(res):
            break
    assert not alive(res) and clock.t - datetime(2026, 11, 27, 10, 0, tzinfo=JST) <= timedelta(minutes=63)

    # the staff session's expiry (absolute, 9 hours) takes the resident session with it
    res = counter_resident(staff)
    for _ in range(60):
        clock.advance(minutes=10)
        alive(res)  # kept busy: a counter resident does not slide the staff session
        if requests.delete(f"{server.url}/v1/counter/resident-sessions", headers=staff).status_code == 401:
            break
    assert requests.get(f"{server.url}/v1/me", headers=staff).status_code == 401
    assert not alive(res)
    assert clock.t - datetime(2026, 11, 27, 10, 0, tzinfo=JST) <= timedelta(hours=9, minutes=40)


def test_home_sessions_end_when_unattended_and_after_an_absolute_lifetime(server, personas, clock):
    p = personas["clean"]
    out = resident_sign_in(server, p.number, p.pin).json()
    h = bearer(out["token"])
    poll = {**h, "X-Selfcheck-Background": "1"}
    assert out["idle_seconds"] == 15 * 60
    # the app polls every minute, nobody at the keyboard: the session still ends
    for _ in range(14):
        clock.advance(minutes=1)
        assert requests.get(f"{server.url}/v1/me/notifications", headers=poll).status_code == 200
    clock.advance(minutes=1, seconds=1)
    assert requests.get(f"{server.url}/v1/me/notifications", headers=poll).status_code == 401

    # the resident's own activity keeps it going, but never past the absolute lifetime
    start = clock.t
    h = bearer(resident_sign_in(server, p.number, p.pin).json()["token"])
    while requests.get(f"{server.url}/v1/me", headers=h).status_code == 200:
        clock.advance(minutes=10)
        assert clock.t - start <= timedelta(hours=8, minutes=10), "the session never ends"
    assert clock.t - start >= timedelta(hours=8) - timedelta(minutes=10)
    assert datetime.fromisoformat(out["expires_at"]) - datetime(2026, 11, 27, 10, 0, tzinfo=JST) == timedelta(hours=8)

    # ended sessions are purged from the table
    resident_sign_in(server, p.number, p.pin)
    now = clock.t.timestamp()
    rows = server.store.db.execute("SELECT COUNT(*) FROM sessions WHERE expires < ? OR absolute < ?", (now, now)).fetchone()
    assert rows == (0,)


def _median_time(fn, n=7) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def test_staff_lockout_expires_grows_is_lifted_audited_and_does_not_tell_ids_apart(server, clock):
    def wrong(sid):
        return staff_sign_in(server, sid, "guess")

    # known and unknown ids: the same time (each does the slow hash) ...
    known = _median_time(lambda: wrong("S-ADACHI-01"), 3)
    unknown = _median_time(lambda: wrong("S-NOBODY-99"), 3)
    assert 0.5 < known / unknown < 2, (known, unknown)
    # ... and the same answers, lockout included
    for sid in ("S-ADACHI-01", "S-NOBODY-99"):
        for _ in range(2):
            assert wrong(sid).status_code == 401
        r = wrong(sid)
        assert r.status_code == 423 and int(r.headers["Retry-After"]) <= 61, sid
    first = int(wrong("S-ADACHI-01").headers["Retry-After"])

    # not permanent: after the lockout the right password works again
    clock.advance(seconds=first + 1)
    assert staff_sign_in(server).status_code == 201
    # each further lockout lasts longer
    for _ in range(5):
        wrong("S-ADACHI-01")
    r1 = int(wrong("S-ADACHI-01").headers["Retry-After"])
    clock.advance(seconds=r1 + 1)
    for _ in range(5):
        wrong("S-ADACHI-01")
    r2 = int(wrong("S-ADACHI-01").headers["Retry-After"])
    assert r2 > r1, (r1, r2)

    # a supervisor of the same municipality lifts it; anyone else may not
    helper = staff_headers(server, "S-HAKODATE-01", "counter-demo-3")
    assert requests.delete(f"{server.url}/v1/staff/lockouts/S-ADACHI-01", headers=helper).status_code == 403
    supervisor = staff_headers(server, "S-ADACHI-02", "counter-demo-2")
    assert requests.delete(f"{server.url}/v1/staff/lockouts/S-ADACHI-01", headers=supervisor).status_code == 204
    assert staff_sign_in(server).status_code == 201

    actions = audit_actions(server)
    refused = [x for x in actions if x[1] == "staff_sign_in_refused"]
    assert len(refused) >= 20 and ("S-NOBODY-99", "staff_sign_in_refused", "wrong_password") in refused
    assert ("S-ADACHI-02", "lockout_lifted", "S-ADACHI-01") in actions
    assert ("S-HAKODATE-01", "lockout_lift_refused", "not_supervisor") in actions


def test_resident_sign_in_does_not_reveal_registration_and_is_throttled(server, personas, clock):
    p = personas["clean"]
    nobody = mynumber.make_valid("98765432101")
    assert nobody not in {x.number for x in personas.values()}
    for attempt in range(3):
        a, b = resident_sign_in(server, p.number, "0000"), resident_sign_in(server, nobody, "0000")
        assert (a.status_code, a.json()["code"], a.json().get("attempts_left")) == \
               (b.status_code, b.json()["code"], b.json().get("attempts_left")), attempt
        assert a.json()["detail"] == b.json()["detail"]
    # per address: ten failures a minute, then 429 with Retry-After, whatever the number
    seen = []
    for i in range(12):
        r = resident_sign_in(server, mynumber.make_valid(f"1111111{i:04d}"), "1234")
        seen.append(r.status_code)
    assert seen[-1] == 429 and r.headers["content-type"] == PROBLEM and 0 < int(r.headers["Retry-After"]) <= 61
    assert seen.count(401) <= 10
    clock.advance(seconds=61)
    assert resident_sign_in(server, personas["stress"].number, personas["stress"].pin).status_code == 201

    # per number: a number hammered from many places is slowed down too
    server.store.by_address.limit = 10_000  # as if each try came from another address
    target = mynumber.make_valid("55555555551")
    codes = [resident_sign_in(server, target, f"{i:04d}").status_code for i in range(7)]
    assert 429 in codes, codes


def test_slow_hashing_does_not_stall_other_requests(server, personas, monkeypatch):
    """A sign-in held up inside its slow hash (here: until the test lets it go) must not hold up
    anyone else: the hash runs outside the store's lock."""
    from selfcheck.mockapi import store as store_module

    p, q = personas["clean"], personas["stress"]
    h = bearer(resident_sign_in(server, p.number, p.pin).json()["token"])
    inside, release = threading.Event(), threading.Event()
    real = store_module._slow_hash

    def stuck(secret, salt):
        inside.set()
        release.wait(20)
        return real(secret, salt)

    monkeypatch.setattr(store_module, "_slow_hash", stuck)
    signing_in = threading.Thread(target=lambda: resident_sign_in(server, q.number, q.pin), name="selfcheck-test-signin")
    signing_in.start()
    try:
        assert inside.wait(10), "the sign-in reached its hash"
        # the other resident, a staff sign-in's lookups, the health check: all answer meanwhile
        t = time.perf_counter()
        assert requests.get(f"{server.url}/v1/me", headers=h, timeout=5).status_code == 200
        assert requests.get(f"{server.url}/v1/me/links", headers=h, timeout=5).status_code == 200
        assert time.perf_counter() - t < 2
    finally:
        release.set()
        signing_in.join(20)


def test_bad_requests_get_documented_client_errors_never_500(server, personas):
    p = personas["clean"]
    h = bearer(resident_sign_in(server, p.number, p.pin).json()["token"])
    doc = requests.get(f"{server.url}/openapi.json").json()

    def documented(path, method, status):
        return str(status) in doc["paths"][path][method]["responses"]

    for offset in (2**63, 10**6 + 1, -1):
        r = requests.get(f"{server.url}/v1/me/links", params={"offset": offset}, headers=h)
        assert r.status_code == 422 and r.headers["content-type"] == PROBLEM, offset
    assert requests.get(f"{server.url}/v1/me/access-log", params={"limit": 1001}, headers=h).status_code == 422
    assert requests.get(f"{server.url}/v1/me", headers=h).status_code == 200, "the connection and server are fine"

    # admin token with a non-ASCII byte: refused, not a crash
    r = requests.post(f"{server.url}/admin/reset", headers={"X-Admin-Token": "tökén"})
    assert r.status_code == 403

    # a body over the documented size: 413 before it is read
    big = requests.post(f"{server.url}/v1/sessions", data=b"{" + b" " * 20_000 + b"}",
                        headers={"Content-Type": "application/json"})
    assert big.status_code == 413 and big.headers["content-type"] == PROBLEM
    assert documented("/v1/sessions", "post", 413)

    def chunks():
        for _ in range(30):
            yield b"x" * (1024 * 1024)
    streamed = requests.post(f"{server.url}/v1/me/correction-requests", data=chunks(),
                             headers={**h, "Idempotency-Key": "k", "Content-Type": "application/json"})
    assert streamed.status_code == 413

    # 405 says what is allowed
    r = requests.delete(f"{server.url}/v1/me", headers=h)
    assert r.status_code == 405 and r.headers.get("Allow") == "GET"

    # a body that is not JSON: a documented status
    r = requests.post(f"{server.url}/v1/sessions", data=b"number=1", headers={"Content-Type": "text/plain"})
    assert r.status_code in (400, 422) and documented("/v1/sessions", "post", r.status_code)
    for path, ops in doc["paths"].items():
        for method, op in ops.items():
            assert {"400", "413", "422", "500"} <= set(op["responses"]), (path, method)


def test_a_copied_database_gives_away_no_number_and_no_pin(server, personas, db_path):
    import hashlib
    import hmac
    import stat

    for f in (db_path, install_key_path(db_path), db_path.with_name(db_path.name + "-wal")):
        assert stat.S_IMODE(os.stat(f).st_mode) == 0o600, f
    rows = server.store.db.execute("SELECT number_hash, pin_salt, pin_hash, profile FROM residents").fetchall()
    data = db_path.read_bytes()
    p = personas["clean"]
    # the number is keyed by a random per-install key kept outside the database
    key = install_key_path(db_path).read_bytes()
    assert len(key) == 32 and key not in data
    hashes = {r[0] for r in rows}
    assert hmac.new(b"selfcheck-mock-api", p.number.encode(), hashlib.sha256).hexdigest() not in hashes
    assert p.number.encode() not in data
    # the PIN: a slow, salted KDF under the same key (no salt twice); guessing it needs the key
    salts = [r[1] for r in rows]
    assert len(set(salts)) == len(salts)
    row = next(r for r in rows if f'"number_last4":"{p.number[-4:]}"' in r[3])
    for n in (2**12, 2**14):
        assert hashlib.scrypt(p.pin.encode(), salt=row[1], n=n, r=8, p=1, dklen=32) != row[2]
    t = time.perf_counter()
    assert server.store._pin_hash(p.pin, row[1]) == row[2]
    assert time.perf_counter() - t > 0.01, "the KDF is slow"
    # another install: other hashes for the same number
    other = db_path.with_name("other.sqlite3")
    from selfcheck.mockapi.store import Store

    st2 = Store(other)
    try:
        assert st2._number_hash(p.number) not in hashes
    finally:
        st2.close()


def _png(width: int, height: int) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("1", (width, height)).save(buf, "PNG", optimize=True)
    return buf.getvalue()


def _pdf() -> bytes:
    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(width=595, height=842)
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def test_attachments_must_parse_and_decode_within_a_pixel_limit(server, personas, tmp_path):
    import zlib

    from selfcheck.core import attachments as att

    p = personas["clean"]
    h = {**bearer(resident_sign_in(server, p.number, p.pin).json()["token"])}
    link = requests.get(f"{server.url}/v1/me/links", headers=h).json()["items"][0]["id"]
    fake_pdf = b"%PDF-1.7\n" + zlib.compress(b"\0" * 20_000_000)  # PDF magic, then a bomb
    bomb_png = _png(20_000, 20_000)  # a few kB that decode to 400 megapixels
    truncated_jpeg = b"\xff\xd8\xff\xe0" + b"\0" * 100
    good = {"application/pdf": _pdf(), "image/png": _png(50, 50)}

    def send(kind, data, key):
        body = {"items": [{"link_id": link, "reason": "not_mine"}],
                "attachments": [{"filename": "x", "media_type": kind, "data": base64.b64encode(data).decode()}]}
        return requests.post(f"{server.url}/v1/me/correction-requests", json=body, headers={**h, "Idempotency-Key": key})

    for i, (kind, data) in enumerate([("application/pdf", fake_pdf), ("image/png", bomb_png),
                                      ("image/jpeg", truncated_jpeg)]):
        r = send(kind, data, f"bad-{i}")
        assert r.status_code == 422 and r.json()["code"] == "attachment_invalid", kind
        # and the app refuses the same file before sending it
        f = tmp_path / f"bad{i}"
        f.write_bytes(data)
        assert att.read(f)[1] in (att.AttachmentProblem.DAMAGED, att.AttachmentProblem.TOO_MANY_PIXELS), kind
    for i, (kind, data) in enumerate(good.items()):
        assert send(kind, data, f"good-{i}").status_code == 201, kind
        f = tmp_path / f"good{i}"
        f.write_bytes(data)
        assert att.read(f)[1] is None

    # not regular files: refused at once, nothing read, nothing hangs
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for path in ("/dev/zero", fifo, tmp_path):
        t = time.perf_counter()
        assert att.read(path)[1] is att.AttachmentProblem.NOT_A_FILE, path
        assert time.perf_counter() - t < 1
    big = tmp_path / "big.pdf"
    with open(big, "wb") as f:
        f.truncate(att.MAX_BYTES + 1)
    assert att.read(big)[1] is att.AttachmentProblem.TOO_LARGE


# -- App and client -----------------------------------------------------------------------------

def test_the_client_follows_no_redirect_elsewhere_and_needs_https_off_loopback(personas, api):
    """A 307/308 to another origin would re-send the number and PIN there: refused."""
    p = personas["clean"]
    with Scripted((200, "application/json", b"{}")) as elsewhere:
        def to_elsewhere(handler):
            handler.send_response(307)
            handler.send_header("Location", elsewhere.url + "/v1/sessions")
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return None, None, None

        with Scripted(to_elsewhere) as redirecting:
            c = ApiClient(redirecting.url, retries=0)
            with pytest.raises(ApiError):
                c.sign_in(p.number, p.pin)
            assert elsewhere.hits == [], "the number and the PIN went to another host"

    # the same origin may redirect (a 308 to the real path): followed, body and all
    answer = b'{"token": "t", "expires_at": "2026-11-27T10:00:00+09:00", "idle_seconds": 900}'

    def same_origin(handler):
        if handler.path == "/old/v1/sessions":
            handler.send_response(308)
            handler.send_header("Location", "/v1/sessions")
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return None, None, None
        return 201, "application/json", answer

    with Scripted(same_origin) as moved:
        assert ApiClient(moved.url + "/old", retries=0).sign_in(p.number, p.pin).token == "t"
        assert [(m, path) for m, path, _ in moved.hits] == [("POST", "/old/v1/sessions"), ("POST", "/v1/sessions")]

    with pytest.raises(InsecureUrl):
        ApiClient("http://example.org")
    with pytest.raises(InsecureUrl):
        ApiClient("http://192.0.2.1:8080")
    for ok in ("https://api.example.org", "http://127.0.0.1:1", "http://[::1]:1", "http://localhost:1"):
        ApiClient(ok)
    c = ApiClient(api.url + "/")
    assert c.sign_in(p.number, p.pin).token
    from selfcheck.__main__ import parse_args

    with pytest.raises(SystemExit):
        parse_args(["--api", "http://api.example.org"])
    assert parse_args(["--api", "https://api.example.org"]).api


def test_full_width_digits_are_normalised_by_the_client_and_refused_by_the_service(server, personas):
    p = personas["clean"]
    wide = p.number.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    wide_pin = p.pin.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    r = resident_sign_in(server, wide, wide_pin)
    assert r.status_code == 422, "the service takes ASCII digits only"
    r = resident_sign_in(server, p.number, "٠١٢٣")  # Arabic-Indic digits
    assert r.status_code == 422
    wrong = resident_sign_in(server, p.number, "0000").json()
    assert wrong["attempts_left"] == 2, "the refused tries did not use up an attempt"
    c = ApiClient(server.url)
    spaced = wide[:4] + "　" + wide[4:8] + "－" + wide[8:]
    assert c.sign_in(spaced, wide_pin).token


_SEPARATORS = ["", " ", "-", "－", "　", "ー", "–", "—", "‐", "  ", "\t", "ｰ"]


@st.composite
def typed_numbers(draw):
    """Strings the number validator accepts: any digit form NFKC maps to ASCII, any separators."""
    digits = mynumber.make_valid("".join(draw(st.lists(st.sampled_from("0123456789"), min_size=11, max_size=11))))
    out = []
    for i, d in enumerate(digits):
        form = draw(st.sampled_from(["ascii", "wide", "math"]))
        out.append(d if form == "ascii" else chr(0xFF10 + int(d)) if form == "wide" else chr(0x1D7CE + int(d)))
        if i < 11:
            out.append(draw(st.sampled_from(_SEPARATORS)))
    return "".join(out)


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(typed_numbers(), st.text(alphabet=st.characters(categories=["L", "P"]), max_size=10),
       st.text(alphabet=st.characters(categories=["L"]), max_size=10))
def test_every_number_the_validator_accepts_is_redacted_in_a_log_line(number, before, after):
    assert mynumber.is_valid(number)
    line = f"{before} {number} {after}"
    out = mynumber.redact(line)
    left = unicodedata.normalize("NFKC", out.replace("[number]", ""))
    assert not any(ch.isdigit() for ch in left), (line, out)
    assert "[number]" in out


def test_the_outbox_key_goes_only_into_an_allow_listed_keyring(monkeypatch, tmp_path):
    import keyring

    from selfcheck.core import outbox
    from selfcheck.core.outbox import Outbox, secure_keyring

    if hasattr(outbox, "ALLOWED_BACKENDS"):  # the app's own list only, without the tests' memory keyring
        monkeypatch.setattr(outbox, "ALLOWED_BACKENDS", outbox.ALLOWED_BACKENDS[:5])

    # a plain-text keyring named like a secure one, even posing as the Secret Service class
    for module, name in (("my.secure.SecretService", "Keyring"), ("keyring.backends.SecretService", "Keyring"),
                         ("keyring_gnome", "GnomeKeyring"), ("keyring.backends.macOS", "Keyring")):
        plain = type(name, (MemoryKeyring,), {"__module__": module, "priority": 10})()
        keyring.set_keyring(plain)
        assert secure_keyring() is None, (module, name)
        box = Outbox(tmp_path / "outbox.sqlite3")
        assert not box.persistent and plain.items == {}, "the key went to a keyring not on the list"
        box.close()
    assert not (tmp_path / "outbox.sqlite3").exists()


def test_a_keyring_that_fails_leaves_the_outbox_in_memory(monkeypatch, tmp_path):
    """An allow-listed keyring that cannot give the key now (locked, prompt dismissed) keeps the
    outbox in memory instead of failing the send."""
    import keyring

    from selfcheck.core.outbox import Outbox

    class Locked(MemoryKeyring):
        def get_password(self, service, username):
            raise keyring.errors.KeyringLocked("locked")

    box = Outbox(tmp_path / "outbox.sqlite3", keyring_backend=Locked())
    try:
        assert not box.persistent
    finally:
        box.close()
    assert not (tmp_path / "outbox.sqlite3").exists()
