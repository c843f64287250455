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

from selfcheck.core.card import jpki
from selfcheck.core.card.local import LocalReader

from .cards import card_key, card_sign_in, persona_card
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


def resident_token(srv, persona: str) -> str:
    """A home session opened with the persona's card (tests/cards.py)."""
    return card_sign_in(ApiClient(srv.url), persona).token


def counter_client(srv, staff_headers_: dict) -> ApiClient:
    c = ApiClient(srv.url)
    c.use_token(staff_headers_["Authorization"][7:])
    return c


def staff_sign_in(srv, staff_id="S-ADACHI-01", password="counter-demo-1") -> requests.Response:
    return requests.post(f"{srv.url}/v1/staff/sessions", json={"staff_id": staff_id, "password": password})


def staff_headers(srv, staff_id="S-ADACHI-01", password="counter-demo-1") -> dict:
    r = staff_sign_in(srv, staff_id, password)
    assert r.status_code == 201, r.text
    return bearer(r.json()["token"])


def audit_actions(srv) -> list[tuple[str, str, str]]:
    return [(a["staff_id"], a["action"], a["detail"]) for a in requests.get(f"{srv.url}/admin/audit", headers=ADMIN).json()]


def card_in_reader(srv, persona: str, *, locked: bool = False):
    """A persona's software card, in an in-process reader; (reader, card)."""
    card = persona_card(ApiClient(srv.url), persona, locked=locked)
    reader = LocalReader()
    reader.insert(card)
    return reader, card


def reset_authorization(srv, headers, card, *, checked=True, challenge=None) -> requests.Response:
    """What a counter terminal asks the service for: the right to reset this card's PIN once."""
    return requests.post(f"{srv.url}/v1/counter/card-pin-resets", headers=headers, json={
        "identity_checked": checked, "certificate": base64.b64encode(card.certificate).decode(),
        "card_challenge": base64.b64encode(challenge or os.urandom(8)).decode()})


# -- Service ------------------------------------------------------------------------------------

def test_staff_cannot_take_over_a_resident_by_a_pin_reset(server, personas, clock):
    """A PIN reset is authorised only for staff of the resident's municipality who checked a photo
    ID, only for the card that asked (its own one-time challenge), once; refusals are audited, and
    a reset ends the resident's other sessions."""
    adachi = staff_headers(server)
    # a card of another municipality's resident (Nagoya): refused, audited, nothing to reset with
    _, nagoya_card = card_in_reader(server, "clean")
    r = reset_authorization(server, adachi, nagoya_card)
    assert r.status_code == 409 and r.headers["content-type"] == PROBLEM and r.json()["code"] == "cannot_unlock"
    assert any(a == "card_pin_reset_refused" for _, a, _ in audit_actions(server))
    # without the photo-ID check: refused
    reader, card = card_in_reader(server, "shared-terminal", locked=True)  # an Adachi resident
    assert reset_authorization(server, adachi, card, checked=False).json()["code"] == "identity_not_checked"
    # a certificate from another CA (a forged card): refused
    from selfcheck.mockapi.jpki import make_ca, make_user_cert
    from cryptography.hazmat.primitives import serialization

    rogue_key, rogue_ca = make_ca("Selfcheck demo JPKI User Authentication CA")
    forged = make_user_cert(rogue_key, rogue_ca, card_key("shared-terminal").public_key(),
                            not_before=clock.t - timedelta(days=1), not_after=clock.t + timedelta(days=30))
    r = requests.post(f"{server.url}/v1/counter/card-pin-resets", headers=adachi, json={
        "identity_checked": True, "certificate": base64.b64encode(forged.public_bytes(serialization.Encoding.DER)).decode(),
        "card_challenge": base64.b64encode(os.urandom(8)).decode()})
    assert r.status_code == 401 and r.json()["code"] == "untrusted_certificate"

    before = bearer(resident_token(server, "clean"))  # a session of someone else: untouched
    home = bearer(card_sign_in(ApiClient(server.url), "shared-terminal",
                               card=persona_card(ApiClient(server.url), "shared-terminal")).token)
    # an authorisation for this card's challenge does not reset another card, nor the same card twice
    _, other = card_in_reader(server, "pension-other", locked=True)
    chip = jpki.JpkiCard(reader.connect())
    chip.select_ap()
    challenge = chip.get_challenge()
    signature = base64.b64decode(reset_authorization(server, adachi, card, challenge=challenge).json()["authorization"])
    stolen = jpki.JpkiCard(_reader_of(other).connect())
    stolen.select_ap()
    stolen.get_challenge()
    with pytest.raises(jpki.CardError):
        stolen.reset_pin(signature, "2580")
    assert other.tries_left == 0, "another card's PIN is not reset by this authorisation"
    chip.reset_pin(signature, "2580")
    assert card.tries_left == 3
    chip.get_challenge()
    with pytest.raises(jpki.CardError):
        chip.reset_pin(signature, "1357")  # replayed: the card's challenge was used
    assert requests.get(f"{server.url}/v1/me", headers=home).status_code == 401, "a PIN reset ends other sessions"
    assert requests.get(f"{server.url}/v1/me", headers=before).status_code == 200
    details = [d for _, a, d in audit_actions(server) if a.startswith("card_pin_reset")]
    assert all(not any(x.number in d for x in personas.values()) for d in details), "the audit never holds a number"
    assert any("photo_id_checked" in d for _, a, d in audit_actions(server) if a == "card_pin_reset")

    # a staff token is no resident session, whatever it is sent to
    for path in ("/v1/me", "/v1/me/number", "/v1/me/links", "/v1/me/access-log", "/v1/me/correction-requests"):
        assert requests.get(f"{server.url}{path}", headers=adachi).status_code == 401


def _reader_of(card) -> LocalReader:
    reader = LocalReader()
    reader.insert(card)
    return reader


def test_a_counter_resident_session_ends_with_the_staff_session(server, personas, clock):
    p = personas["shared-terminal"]

    card = persona_card(ApiClient(server.url), p.id)

    def counter_resident(staff):
        return bearer(card_sign_in(counter_client(server, staff), p.id, counter=True, card=card).token)

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
    out = card_sign_in(ApiClient(server.url), p.id).model_dump(mode="json")
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
    h = bearer(resident_token(server, p.id))
    while requests.get(f"{server.url}/v1/me", headers=h).status_code == 200:
        clock.advance(minutes=10)
        assert clock.t - start <= timedelta(hours=8, minutes=10), "the session never ends"
    assert clock.t - start >= timedelta(hours=8) - timedelta(minutes=10)
    assert datetime.fromisoformat(out["expires_at"]) - datetime(2026, 11, 27, 10, 0, tzinfo=JST) == timedelta(hours=8)

    # ended sessions are purged from the table
    resident_token(server, p.id)
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


def test_a_challenge_flood_from_one_address_is_throttled(server, personas, clock):
    """Each challenge is a row until it expires: one address asking for them in a loop gets 429
    with Retry-After (problem+json) after the limit; a minute later it may sign in again."""
    from selfcheck.mockapi.store import CHALLENGES_PER_ADDRESS

    seen = [requests.post(f"{server.url}/v1/card/challenges") for _ in range(CHALLENGES_PER_ADDRESS + 3)]
    codes = [r.status_code for r in seen]
    assert codes.count(201) == CHALLENGES_PER_ADDRESS and codes[-1] == 429, codes
    r = seen[-1]
    assert r.headers["content-type"] == PROBLEM and r.json()["code"] == "throttled"
    assert 0 < int(r.headers["Retry-After"]) <= 61
    (rows,) = server.store.db.execute("SELECT COUNT(*) FROM jpki_challenges").fetchone()
    assert rows <= CHALLENGES_PER_ADDRESS
    with pytest.raises(ApiError) as e:
        card_sign_in(ApiClient(server.url), "clean")
    assert e.value.status == 429
    clock.advance(seconds=61)
    assert card_sign_in(ApiClient(server.url), "clean").token


def test_a_signature_from_another_card_or_over_another_challenge_signs_no_one_in(server, personas):
    """Another card's signature under this card's certificate, a signature over a challenge the
    attacker chose, and a resident's certificate with the attacker's key: all refused."""
    client = ApiClient(server.url)
    victim = persona_card(client, "clean")
    attacker = persona_card(client, "pension-other")
    certs = [victim.certificate, victim._files[jpki.EF_AUTH_CA_CERT]]

    def attempt(sign, certificates) -> str:
        ch = client.card_challenge()
        with pytest.raises(ApiError) as e:
            client.card_sign_in(ch.challenge_id, certificates, sign(base64.b64decode(ch.challenge)))
        return e.value.code

    chip = jpki.JpkiCard(_reader_of(attacker).connect())
    chip.select_ap()
    chip.verify_pin(personas["pension-other"].pin)
    assert attempt(chip.sign, certs) == "bad_signature", "the attacker's card signs, the victim's certificate is sent"
    assert attempt(lambda _c: chip.sign(b"attacker-chosen"), [attacker.certificate]) == "bad_signature"
    from selfcheck.mockapi.jpki import make_user_cert
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import padding, rsa

    rogue = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    issuer = server.app.state.jpki.issuer()
    # a certificate naming the service's CA as issuer but signed by the attacker's own key
    fake = make_user_cert(rogue, issuer.ca_cert, rogue.public_key(), not_before=datetime(2026, 1, 1, tzinfo=JST),
                          not_after=datetime(2027, 1, 1, tzinfo=JST))
    sign = lambda c: rogue.sign(c, padding.PKCS1v15(), hashes.SHA256())  # noqa: E731
    assert attempt(sign, [fake.public_bytes(serialization.Encoding.DER)]) == "untrusted_certificate"
    assert requests.get(f"{server.url}/v1/me", headers=bearer(client._token or "x")).status_code == 401


def test_bad_requests_get_documented_client_errors_never_500(server, personas):
    h = bearer(resident_token(server, "clean"))
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
    big = requests.post(f"{server.url}/v1/card/sessions", data=b"{" + b" " * 20_000 + b"}",
                        headers={"Content-Type": "application/json"})
    assert big.status_code == 413 and big.headers["content-type"] == PROBLEM
    assert documented("/v1/card/sessions", "post", 413)

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
    r = requests.post(f"{server.url}/v1/card/sessions", data=b"number=1", headers={"Content-Type": "text/plain"})
    assert r.status_code in (400, 422) and documented("/v1/card/sessions", "post", r.status_code)
    for path, ops in doc["paths"].items():
        for method, op in ops.items():
            assert {"400", "413", "422", "500"} <= set(op["responses"]), (path, method)


def test_a_copied_database_gives_away_no_number_and_no_pin(server, personas, db_path):
    import hashlib
    import hmac
    import stat

    for f in (db_path, install_key_path(db_path), db_path.with_name(db_path.name + "-wal")):
        assert stat.S_IMODE(os.stat(f).st_mode) == 0o600, f
    rows = server.store.db.execute("SELECT id, number_hash, number_sealed, profile FROM residents").fetchall()
    data = db_path.read_bytes()
    p = personas["clean"]
    # the number is keyed by a random per-install key kept outside the database
    key = install_key_path(db_path).read_bytes()
    assert len(key) == 32 and key not in data
    hashes = {r[1] for r in rows}
    assert hmac.new(b"selfcheck-mock-api", p.number.encode(), hashlib.sha256).hexdigest() not in hashes
    assert p.number.encode() not in data
    # sealed with AES-GCM under the install key, bound to its resident: a sealed number moved to
    # another resident's row does not open
    from cryptography.exceptions import InvalidTag

    row = next(r for r in rows if f'"number_last4":"{p.number[-4:]}"' in r[3])
    assert server.store.number_of(row[0]) == p.number
    other = next(r for r in rows if r[0] != row[0])
    with pytest.raises(InvalidTag):
        sealed = bytes(row[2])
        server.store._sealer().decrypt(sealed[:12], sealed[12:], other[0].encode())
    # no PIN of any kind: the card checks its PIN, the service never sees one
    columns = [c[1] for c in server.store.db.execute("PRAGMA table_info(residents)")]
    assert columns == ["id", "number_hash", "number_sealed", "profile"]
    # another install: other hashes for the same number
    other_db = db_path.with_name("other.sqlite3")
    from selfcheck.mockapi.store import Store

    st2 = Store(other_db)
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

    h = {**bearer(resident_token(server, "clean"))}
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
    """A 307/308 to another origin would re-send a card's certificate and signature there: refused."""
    with Scripted((200, "application/json", b"{}")) as elsewhere:
        def to_elsewhere(handler):
            handler.send_response(307)
            handler.send_header("Location", elsewhere.url + "/v1/card/challenges")
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return None, None, None

        with Scripted(to_elsewhere) as redirecting:
            c = ApiClient(redirecting.url, retries=0)
            with pytest.raises(ApiError):
                c.card_sign_in("challenge-id", [b"certificate" * 20], b"signature")
            with pytest.raises(ApiError):
                c.card_challenge()
            assert elsewhere.hits == [], "the sign-in went to another host"

    # the same origin may redirect (a 308 to the real path): followed, body and all
    answer = b'{"challenge_id": "c1", "challenge": "AAAA", "expires_at": "2026-11-27T10:00:00+09:00"}'

    def same_origin(handler):
        if handler.path == "/old/v1/card/challenges":
            handler.send_response(308)
            handler.send_header("Location", "/v1/card/challenges")
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return None, None, None
        return 201, "application/json", answer

    with Scripted(same_origin) as moved:
        assert ApiClient(moved.url + "/old", retries=0).card_challenge().challenge_id == "c1"
        assert [(m, path) for m, path, _ in moved.hits] == [("POST", "/old/v1/card/challenges"),
                                                            ("POST", "/v1/card/challenges")]

    with pytest.raises(InsecureUrl):
        ApiClient("http://example.org")
    with pytest.raises(InsecureUrl):
        ApiClient("http://192.0.2.1:8080")
    for ok in ("https://api.example.org", "http://127.0.0.1:1", "http://[::1]:1", "http://localhost:1"):
        ApiClient(ok)
    c = ApiClient(api.url + "/")
    assert card_sign_in(c, "clean").token
    from selfcheck.__main__ import parse_args

    with pytest.raises(SystemExit):
        parse_args(["--api", "http://api.example.org"])
    assert parse_args(["--api", "https://api.example.org"]).api


def test_full_width_pin_digits_reach_the_card_as_ascii_and_other_digits_never_reach_it(server, personas):
    from selfcheck.core import pin as pins

    p = personas["clean"]
    wide_pin = p.pin.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    assert pins.validate(wide_pin)[0] == p.pin
    card = persona_card(ApiClient(server.url), "clean")
    chip = jpki.JpkiCard(_reader_of(card).connect())
    chip.select_ap()
    for odd in ("٠١٢٣", "12", "12345", "１２３ａ"):  # Arabic-Indic digits, short, long, a letter
        assert pins.validate(odd)[0] is None
        with pytest.raises(ValueError):
            chip.verify_pin(odd)
    assert card.tries_left == 3, "the refused PINs did not use up an attempt on the card"
    assert card_sign_in(ApiClient(server.url), "clean", pins.validate(wide_pin)[0], card=card).token


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
