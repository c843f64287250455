"""An outsider's attacks on the My Number Card sign-in and the counter's PIN reset, made over HTTP
against the mock API live on loopback and through the card layer. Every test here failed before
its fix (see the commit that added it)."""

from __future__ import annotations

import base64
import contextlib

import pytest
import requests

from selfcheck.core.card import jpki
from selfcheck.core.card.local import LocalReader
from selfcheck.core.card.soft import ATR
from selfcheck.core.client import ApiClient
from selfcheck.mockapi import store

from .cards import ADMIN_TOKEN, persona_card

ADMIN = {"X-Admin-Token": ADMIN_TOKEN}
# a resident registered in 足立区, and that municipality's staff member
ADACHI_RESIDENT = "shared-terminal"
ADACHI_STAFF = {"staff_id": "S-ADACHI-01", "password": "counter-demo-1"}


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _staff(api) -> dict[str, str]:
    r = requests.post(f"{api.url}/v1/staff/sessions", json=ADACHI_STAFF)
    assert r.status_code == 201, r.text
    return {"Authorization": "Bearer " + r.json()["token"]}


def _inserted(card) -> jpki.JpkiCard:
    reader = LocalReader()
    reader.insert(card)
    chip = jpki.JpkiCard(reader.connect())
    chip.select_ap()
    return chip


def _audit(api) -> list[tuple[str, str]]:
    return [(a["action"], a["detail"]) for a in requests.get(f"{api.url}/admin/audit", headers=ADMIN).json()]


def test_staff_sign_in_is_throttled_per_client_address(api):
    """Guessing passwords across many staff ids (each id stays under its own lockout) from one
    address, with a new X-Forwarded-For each time: past the per-address limit the service answers
    429 with Retry-After and stops checking, so a flood neither sprays passwords nor fills the
    database with failure rows. Right passwords do not use the allowance up."""
    limit = store.STAFF_SIGN_INS_PER_ADDRESS
    with requests.Session() as http:
        for _ in range(limit + 5):  # a busy counter: every sign-in right
            assert http.post(f"{api.url}/v1/staff/sessions", json=ADACHI_STAFF).status_code == 201
        answers = [http.post(f"{api.url}/v1/staff/sessions", json={"staff_id": f"S-GUESS-{i:03}", "password": "guess"},
                             headers={"X-Forwarded-For": f"10.9.{i}.1", "Forwarded": f"for=10.8.{i}.1"})
                   for i in range(limit + 10)]
    codes = [r.status_code for r in answers]
    assert codes[:limit] == [401] * limit, codes
    assert codes[limit:] == [429] * 10, codes
    last = answers[-1]
    assert last.headers["content-type"] == "application/problem+json" and last.json()["code"] == "throttled"
    assert 1 <= int(last.headers["Retry-After"]) <= 61
    (rows,) = api.store.db.execute("SELECT COUNT(*) FROM staff_failures WHERE staff_id LIKE 'S-GUESS-%'").fetchone()
    assert rows == limit


def test_a_pin_reset_cannot_be_authorised_before_the_card_is_there(api):
    """Staff ask for a PIN-reset authorisation over a 1-byte "card challenge" they made up, with
    only the card's certificate (which every sign-in shows). Whoever later holds the card asks
    it for 1-byte challenges until one matches and resets the PIN, with no counter and no photo
    ID. The service must sign only challenges too long to guess, and the card must not make short ones."""
    card = persona_card(ApiClient(api.url), ADACHI_RESIDENT, locked=True)
    r = requests.post(f"{api.url}/v1/counter/card-pin-resets", headers=_staff(api),
                      json={"identity_checked": True, "certificate": _b64(card.certificate), "card_challenge": _b64(b"\0")})
    assert r.status_code == 422 and r.headers["content-type"] == "application/problem+json", r.status_code
    assert [a for a, _ in _audit(api)].count("card_pin_reset") == 0


def test_the_card_cannot_be_made_to_answer_a_short_reset_challenge(api):
    """The same attack seen from the card: even with an authorisation over a 1-byte challenge
    (from a service that signed one), the card never issues a challenge that short."""
    card = persona_card(ApiClient(api.url), ADACHI_RESIDENT, locked=True)
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec

    from selfcheck.core.card.soft import reset_message

    authority = api.app.state.jpki.issuer().reset_key
    forged = authority.sign(reset_message(b"\0", card.certificate), ec.ECDSA(hashes.SHA256()))
    chip = _inserted(card)
    for _ in range(4096):  # a 1-byte challenge repeats within a few hundred tries
        try:
            if chip.get_challenge(1) == b"\0":
                chip.reset_pin(forged, "9999")
                break
        except jpki.CardError:
            break
    with pytest.raises(jpki.CardLocked):
        chip.verify_pin("9999")


def test_every_refused_pin_reset_is_audited(api):
    """A PIN reset refused because nobody checked a photo ID, or for a certificate not issued by
    the JPKI CA, leaves a trace in the audit log, as the README says of every refusal."""
    staff = _staff(api)
    card = persona_card(ApiClient(api.url), ADACHI_RESIDENT)
    url = f"{api.url}/v1/counter/card-pin-resets"
    good = {"identity_checked": True, "certificate": _b64(card.certificate), "card_challenge": _b64(b"\1" * 8)}
    assert requests.post(url, headers=staff, json={**good, "identity_checked": False}).status_code == 422
    ca = _inserted(card).ca_certificate()  # a real certificate, but not a card's
    assert requests.post(url, headers=staff, json={**good, "certificate": _b64(ca[:-1] + b"\0")}).status_code == 401
    refused = [d for a, d in _audit(api) if a == "card_pin_reset_refused"]
    assert any("identity_not_checked" in d for d in refused), refused
    assert any("untrusted_certificate" in d for d in refused), refused


def test_closing_the_in_process_reader_connection_forgets_the_pin(api):
    """The in-process reader (demo, counter without pcscd) must behave as PC/SC does when the app
    closes its connection (SCardDisconnect with SCARD_RESET_CARD): the card forgets the verified
    PIN. Otherwise the next connection, made by anyone, has the card sign without the PIN."""
    card = persona_card(ApiClient(api.url), ADACHI_RESIDENT)
    reader = LocalReader()
    reader.insert(card)
    first = reader.connect()
    chip = jpki.JpkiCard(first)
    chip.select_ap()
    chip.verify_pin(_pin(ADACHI_RESIDENT))
    chip.sign(b"the resident's own sign-in")
    first.close()
    later = jpki.JpkiCard(reader.connect())
    later.select_ap()
    with pytest.raises(jpki.PinRequired):
        later.sign(b"someone else's challenge")


def _pin(persona: str) -> str:
    from selfcheck.core.personas import persona_summaries

    return {p.id: p.pin for p in persona_summaries()}[persona]


class _EndlessCard:
    """A hostile or broken card that answers every command with ``sw`` (61 xx: "more data
    waits, ask with GET RESPONSE", with 200 bytes each time; 6C xx: "wrong Le, send it again")."""

    atr = ATR

    def __init__(self, sw: bytes) -> None:
        self.sw = sw
        self.commands = 0

    def power_on(self) -> None:
        pass

    power_off = reset = power_on

    def process(self, apdu: bytes) -> bytes:
        self.commands += 1
        return b"\x01" * 200 + self.sw if self.sw[0] == 0x61 else self.sw


@pytest.mark.parametrize("sw", [b"\x61\x00", b"\x6C\x08"], ids=["get-response-forever", "wrong-le-forever"])
def test_a_card_that_never_stops_asking_does_not_hang_or_crash_the_reader(pcscd, sw):
    """Through real pcscd and the virtual reader: a card (at a counter, anyone's) that answers
    61 xx or 6C xx forever. The app's reader code followed either without end (recursion until
    RecursionError, and ever more data in memory); it must give up with a CardError at once."""
    card = _EndlessCard(sw)
    with _in_virtual_reader(card) as channel:
        with pytest.raises(jpki.CardError):
            chip = jpki.JpkiCard(channel)
            chip.select_ap()
            chip.auth_certificate()
    assert card.commands <= 20, card.commands


@contextlib.contextmanager
def _in_virtual_reader(card):
    """``card`` in pcscd's virtual reader, connected as the app connects (``PcscChannel``)."""
    from .test_card_pcsc import Watch, inserted

    watch = Watch()
    try:
        watch.wait_for(False)  # the first report: the reader is empty
        with inserted(card, watch) as channel:
            yield channel
    finally:
        watch.stop()


def test_revoking_a_certificate_ends_the_sessions_it_opened(api):
    """A card is reported lost and its certificate revoked: whoever signed in with it before
    (the finder, at home or at a counter) must lose the session there and then, not keep the
    resident's data and number for up to 8 hours."""
    from .cards import card_sign_in

    card = persona_card(ApiClient(api.url), ADACHI_RESIDENT)
    home = {"Authorization": "Bearer " + card_sign_in(ApiClient(api.url), ADACHI_RESIDENT, card=card).token}
    staff_client = ApiClient(api.url)
    staff_client.use_token(_staff(api)["Authorization"][7:])
    counter = {"Authorization": "Bearer " + card_sign_in(staff_client, ADACHI_RESIDENT, card=card, counter=True).token}
    other = {"Authorization": "Bearer " + card_sign_in(ApiClient(api.url), "clean").token}
    for h in (home, counter):
        assert requests.get(f"{api.url}/v1/me/number", headers=h).status_code == 200
    r = requests.post(f"{api.url}/admin/jpki/revoke", headers=ADMIN, json={"certificate": _b64(card.certificate)})
    assert r.status_code == 204
    for h in (home, counter):
        r = requests.get(f"{api.url}/v1/me/number", headers=h)
        assert r.status_code == 401 and r.headers["content-type"] == "application/problem+json", r.status_code
    assert requests.get(f"{api.url}/v1/me", headers=other).status_code == 200  # another card's session stays


def _asgi_post(app, path: str, client: tuple[str, int]) -> int:
    """POST ``path`` straight into the ASGI app as if from ``client`` (the tests cannot give this
    machine's loopback other IPv6 addresses); the status code."""
    import asyncio

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
             "path": path, "raw_path": path.encode(), "query_string": b"", "root_path": "",
             "headers": [(b"host", b"selfcheck.example"), (b"content-length", b"0")],
             "client": client, "server": ("2001:db8::ffff", 443)}
    sent: list[dict] = []

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        sent.append(message)

    asyncio.run(app(scope, receive, send))
    return next(m["status"] for m in sent if m["type"] == "http.response.start")


def test_one_ipv6_host_cannot_pass_for_many_clients(api):
    """An IPv6 host has a whole /64 to itself (privacy addresses change freely): counted per
    address, each sign-in challenge from a new address of the same /64 would escape the
    per-address throttle. A /64 is one client; an IPv4-mapped address is its IPv4 address."""
    limit = store.CHALLENGES_PER_ADDRESS
    codes = [_asgi_post(api.app, "/v1/card/challenges", (f"2001:db8:1:2::{i:x}", 40000 + i)) for i in range(limit + 3)]
    assert codes[:limit] == [201] * limit and codes[limit:] == [429] * 3, codes
    assert _asgi_post(api.app, "/v1/card/challenges", ("2001:db8:1:3::1", 40000)) == 201  # another /64
    mapped = [_asgi_post(api.app, "/v1/card/challenges", ("::ffff:192.0.2.7" if i % 2 else "192.0.2.7", 40000))
              for i in range(limit + 1)]
    assert mapped[-1] == 429, mapped


def test_hammering_a_locked_staff_id_does_not_fill_the_audit_log(api):
    """Once an id is locked, each further try was answered 423 without any slow hash and wrote
    a row into the append-only audit log: an outsider could grow the log (which nobody may
    delete from) as fast as the server answers. The per-address throttle covers these tries too:
    the id still answers 423, but past the limit nothing more is written."""
    limit = store.STAFF_SIGN_INS_PER_ADDRESS
    target = "S-HAKODATE-01"
    with requests.Session() as http:
        codes = [http.post(f"{api.url}/v1/staff/sessions", json={"staff_id": target, "password": f"guess-{i}"}).status_code
                 for i in range(limit + 40)]
    assert codes[:5] == [401] * 5 and codes[5:] == [423] * (limit + 35), codes  # locked after five, and it says so
    rows = [a for a in requests.get(f"{api.url}/admin/audit", headers=ADMIN).json()
            if a["staff_id"] == target and a["action"] == "staff_sign_in_refused"]
    assert len(rows) <= limit, len(rows)
