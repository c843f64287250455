"""The My Number Card through the real PC/SC stack: pcscd, vsmartcard's virtual reader, and
the software JPKI card behind it (the app's pyscard code is what runs with a real reader)."""

from __future__ import annotations

import base64
import contextlib
import queue
from datetime import timedelta

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from selfcheck.core.card import jpki, pcsc
from selfcheck.core.card.session import sign_in_with_card
from selfcheck.core.card.soft import SoftJpkiCard
from selfcheck.core.card.vpcd import VpcdBridge
from selfcheck.core.client import ApiClient
from selfcheck.core.errors import ApiError

from .conftest import ADMIN_TOKEN
from .pcscd import VIRTUAL_READER

pytestmark = pytest.mark.usefixtures("pcscd")


class Watch:
    """Card events of the virtual reader, as the app's watcher reports them."""

    def __init__(self) -> None:
        self.events: queue.Queue[tuple[str, bool]] = queue.Queue()
        self.watcher = pcsc.CardWatcher(lambda r, present: self.events.put((r, present)), poll_ms=200).start()

    def wait_for(self, present: bool, timeout: float = 10.0) -> None:
        while True:
            reader, state = self.events.get(timeout=timeout)
            if reader == VIRTUAL_READER and state == present:
                return

    def stop(self) -> None:
        self.watcher.stop()


@pytest.fixture
def api_client(api):
    client = ApiClient(api.url)
    yield client
    client.close()


@pytest.fixture
def watch():
    w = Watch()
    w.wait_for(False)  # the first report: the reader is empty
    yield w
    w.stop()


@contextlib.contextmanager
def inserted(card, watch: Watch):
    bridge = VpcdBridge(card).insert()
    try:
        watch.wait_for(True)
        channel = pcsc.PcscChannel(VIRTUAL_READER)
        try:
            yield channel
        finally:
            channel.close()
    finally:
        bridge.remove()
        watch.wait_for(False)


class Recorder:
    """Everything the service received: method, path, headers and body of each request."""

    def __init__(self, app) -> None:
        self.seen: list[tuple[list[bytes], bytearray]] = []
        outer = self

        class Middleware:
            def __init__(self, inner) -> None:
                self.inner = inner

            async def __call__(self, scope, receive, send):
                if scope["type"] != "http":
                    return await self.inner(scope, receive, send)
                head = [scope["method"].encode(), scope["path"].encode(), scope.get("query_string", b"")]
                head += [k + b": " + v for k, v in scope["headers"]]
                body = bytearray()

                async def recv():
                    msg = await receive()
                    if msg.get("type") == "http.request":
                        body.extend(msg.get("body", b""))
                    return msg

                outer.seen.append((head, body))
                return await self.inner(scope, recv, send)

        app.add_middleware(Middleware)

    def service_requests(self) -> list[list[bytes]]:
        """What the service's resident-facing API saw (the demo CA's admin door left out)."""
        return [r for r in self.seen if not r[0][1].startswith(b"/admin/")]

    def carried(self, pin: str, public: tuple[bytes, ...] = ()) -> list[str]:
        """Where a PIN could be in what the service received: a field named like one anywhere,
        the digits in a path, query or header (a path may say "pin-resets"), or in any JSON value (base64 fields decoded).
        ``public``: what the card holds for anyone to read (its certificates, made by the CA when it
        was issued, see ``public_files``); their times are digits too (a card issued at 22:22 says
        "2222"), and no PIN can reach the service through them."""
        import json

        found = []
        for (_method, path, query, *headers), body in self.service_requests():
            plain = [path, query] + [h for h in headers if not h.lower().startswith(b"authorization:")]
            found += [f"{path!r}: {x[:40]!r}" for x in plain if pin.encode() in x]
            values = []

            def walk(node, key=""):
                if isinstance(node, dict):
                    for k, v in node.items():
                        if "pin" in k.lower():
                            found.append(f"{path!r}: field {k}")
                        walk(v, k)
                elif isinstance(node, list):
                    for v in node:
                        walk(v, key)
                else:
                    values.append(str(node))

            if body:
                walk(json.loads(bytes(body)))
            for v in values:
                try:
                    raw = base64.b64decode(v, validate=True)
                except ValueError:
                    raw = v.encode()
                if raw in public:
                    continue
                if pin in v or pin.encode() in raw:
                    found.append(f"{path!r}: a value holds the PIN")
        return found



def public_files(card) -> tuple[bytes, ...]:
    """The certificates a card gives anyone who asks (no PIN), read as the app reads them."""
    def transmit(apdu: bytes) -> tuple[bytes, int]:
        answer = card.process(apdu)
        return answer[:-2], int.from_bytes(answer[-2:], "big")

    chip = jpki.JpkiCard(transmit)
    chip.select_ap()
    return chip.auth_certificate(), chip.ca_certificate()

def test_the_virtual_reader_is_listed_and_a_card_going_in_and_out_is_noticed(watch):
    assert VIRTUAL_READER in pcsc.readers()
    card = SoftJpkiCard(rsa.generate_private_key(public_exponent=65537, key_size=2048), b"\x30\x82\x00\x00",
                        b"\x30\x82\x00\x00", "1234")
    with inserted(card, watch):
        pass  # inserted() waited for the insertion and, on leaving, for the removal


def test_the_card_commands_through_pcscd(watch, demo_card):
    card = demo_card("clean", "7777")
    with inserted(card, watch) as channel:
        app = jpki.JpkiCard(channel)
        app.select_ap()
        cert = app.auth_certificate()
        assert cert == card.certificate and len(cert) > 256  # read in several READ BINARY
        ca = x509.load_der_x509_certificate(app.ca_certificate())
        x509.load_der_x509_certificate(cert).verify_directly_issued_by(ca)
        assert app.pin_tries_left() == 3
        with pytest.raises(jpki.PinRequired):
            app.sign(b"before the PIN")
        with pytest.raises(jpki.WrongPin) as wrong:
            app.verify_pin("0000")
        assert wrong.value.tries_left == 2 and app.pin_tries_left() == 2
        app.verify_pin("7777")
        assert app.pin_tries_left() == 3
        signature = app.sign(b"a challenge")
        x509.load_der_x509_certificate(cert).public_key().verify(signature, b"a challenge", padding.PKCS1v15(),
                                                                 hashes.SHA256())


def test_sign_in_with_the_card_through_pcscd(api, api_client, watch, demo_card, personas):
    recorder = Recorder(api.app)
    card = demo_card("shared-terminal", personas["shared-terminal"].pin)
    with inserted(card, watch) as channel:
        sign_in_with_card(channel, personas["shared-terminal"].pin, api_client)
    profile = api_client.profile()
    assert profile.name == personas["shared-terminal"].name
    assert recorder.service_requests(), "the recorder saw the sign-in"
    assert recorder.carried(personas["shared-terminal"].pin, public_files(card)) == []


def test_a_pin_in_the_digits_of_the_cards_issue_time_is_not_a_pin_sent(api, api_client, watch, demo_card, personas):
    """A card issued at 22:22 carries "2222" in its certificate's times, and the shared-terminal
    resident's PIN is 2222: the check that no PIN reaches the service must not take the
    certificate (public, made by the CA at issue) for the PIN (CI failed so once)."""
    from datetime import datetime, timezone

    recorder = Recorder(api.app)
    p = personas["shared-terminal"]
    issued = datetime.now(timezone.utc).replace(hour=22, minute=22, second=22, microsecond=0) - timedelta(days=2)
    card = demo_card(p.id, p.pin, not_before=issued, not_after=issued + timedelta(days=400))
    with inserted(card, watch) as channel:
        sign_in_with_card(channel, p.pin, api_client)
    assert api_client.profile().name == p.name
    assert recorder.carried(p.pin) != [], "the certificate's times hold the PIN's digits: the case is real"
    assert recorder.carried(p.pin, public_files(card)) == []


def test_three_wrong_pins_lock_the_card_and_the_service_never_saw_a_pin(api, api_client, watch, demo_card, personas):
    recorder = Recorder(api.app)
    card = demo_card("clean", personas["clean"].pin)
    with inserted(card, watch) as channel:
        for left in (2, 1):
            with pytest.raises(jpki.WrongPin) as e:
                sign_in_with_card(channel, "0000", api_client)
            assert e.value.tries_left == left
        with pytest.raises(jpki.CardLocked) as e:
            sign_in_with_card(channel, "0000", api_client)
        assert e.value.sw == 0x6983
        with pytest.raises(jpki.CardLocked):  # locked: even the right PIN is refused by the card
            sign_in_with_card(channel, personas["clean"].pin, api_client)
        assert jpki.JpkiCard(channel).pin_tries_left() == 0
    assert recorder.service_requests() == []  # the card said no before anything went to the service


def test_a_locked_card_gets_its_pin_reset_at_a_counter_through_pcscd(api, api_client, watch, demo_card, personas):
    """The counter's terminal, through pcscd: the card's challenge, the service's authorisation for
    the staff member (of the resident's municipality, photo ID checked, audited), RESET RETRY
    COUNTER with the new PIN; the service never sees the new PIN, and the resident signs in with it."""
    from selfcheck.core.card.session import reset_pin_at_counter

    p = personas["locked"]  # registered in Hakodate
    recorder = Recorder(api.app)  # before any request: middleware cannot be added to a running app
    staff = ApiClient(api.url)
    staff.staff_sign_in("S-HAKODATE-01", "counter-demo-3")
    card = demo_card(p.id, p.pin, locked=True)
    with inserted(card, watch) as channel:
        chip = jpki.JpkiCard(channel)
        chip.select_ap()
        assert chip.pin_tries_left() == 0
        with pytest.raises(ApiError) as refused:
            reset_pin_at_counter(channel, "4826", staff, identity_checked=False)
        assert refused.value.code == "identity_not_checked" and card.tries_left == 0
        reset_pin_at_counter(channel, "4826", staff, identity_checked=True)
        assert chip.pin_tries_left() == 3
        sign_in_with_card(channel, "4826", api_client)
    assert api_client.profile().name == p.name
    assert recorder.carried("4826", public_files(card)) == [], "the new PIN went to the card only"
    last = [a for a in api.store.audit_log() if a.action == "card_pin_reset"]
    assert len(last) == 1 and last[0].staff_id == "S-HAKODATE-01" and "photo_id_checked" in last[0].detail
    staff.close()


def test_taking_the_card_out_mid_session_is_noticed(api, api_client, watch, demo_card, personas):
    """The app ends the session when the card goes (tests/test_card_gui.py checks the screens)."""
    from selfcheck.core.card.guard import CardGuard

    card = demo_card("clean", personas["clean"].pin)
    bridge = VpcdBridge(card).insert()
    watch.wait_for(True)
    channel = pcsc.PcscChannel(VIRTUAL_READER)
    sign_in_with_card(channel, personas["clean"].pin, api_client)
    channel.close()
    ended = queue.Queue()
    guard = CardGuard(VIRTUAL_READER, lambda: ended.put(api_client.sign_out())).start()
    try:
        api_client.profile()
        bridge.remove()
        ended.get(timeout=10)
        with pytest.raises(ApiError):
            api_client.profile()
        assert api_client.take_token() is None
    finally:
        guard.stop()
        bridge.remove()
        watch.wait_for(False)


# -- what the service refuses --------------------------------------------------------------------
def _signed(channel, pin: str, api_client: ApiClient, challenge: bytes | None = None):
    app = jpki.JpkiCard(channel)
    app.select_ap()
    certs = [app.auth_certificate(), app.ca_certificate()]
    app.verify_pin(pin)
    ch = api_client.card_challenge()
    signature = app.sign(challenge if challenge is not None else base64.b64decode(ch.challenge))
    return ch, certs, signature


def _refused(api_client: ApiClient, ch, certs, signature) -> str:
    with pytest.raises(ApiError) as e:
        api_client.card_sign_in(ch.challenge_id, certs, signature)
    assert e.value.status == 401
    return e.value.code


def test_a_certificate_from_another_ca_is_refused(api, api_client, watch):
    from selfcheck.mockapi.jpki import make_ca, make_user_cert

    ca_key, ca_cert = make_ca("Selfcheck demo JPKI User Authentication CA")  # same name, other key
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    now = api.store.now()
    cert = make_user_cert(ca_key, ca_cert, key.public_key(), not_before=now - timedelta(days=1),
                          not_after=now + timedelta(days=30))
    from cryptography.hazmat.primitives.serialization import Encoding

    card = SoftJpkiCard(key, cert.public_bytes(Encoding.DER), ca_cert.public_bytes(Encoding.DER), "1234")
    with inserted(card, watch) as channel:
        assert _refused(api_client, *_signed(channel, "1234", api_client)) == "untrusted_certificate"


@pytest.mark.parametrize("when", ["expired", "not_yet_valid"])
def test_a_certificate_outside_its_validity_period_is_refused(api, api_client, watch, demo_card, when):
    now = api.store.now()
    span = ((now - timedelta(days=400), now - timedelta(days=1)) if when == "expired"
            else (now + timedelta(days=1), now + timedelta(days=400)))
    card = demo_card("clean", "7777", not_before=span[0], not_after=span[1])
    with inserted(card, watch) as channel:
        assert _refused(api_client, *_signed(channel, "7777", api_client)) == "certificate_expired"


def test_a_revoked_certificate_is_refused_and_listed_in_the_crl(api, api_client, watch, demo_card):
    card = demo_card("clean", "7777")
    api_client._request("POST", "/admin/jpki/revoke", auth=False, headers={"X-Admin-Token": ADMIN_TOKEN},
                        json={"certificate": base64.b64encode(card.certificate).decode()})
    crl = x509.load_der_x509_crl(api_client._request("GET", "/v1/jpki/crl", auth=False).content)
    serial = x509.load_der_x509_certificate(card.certificate).serial_number
    assert crl.get_revoked_certificate_by_serial_number(serial) is not None
    with inserted(card, watch) as channel:
        assert _refused(api_client, *_signed(channel, "7777", api_client)) == "certificate_revoked"


def test_a_signature_over_another_challenge_is_refused(api, api_client, watch, demo_card):
    card = demo_card("clean", "7777")
    other = base64.b64decode(api_client.card_challenge().challenge)
    with inserted(card, watch) as channel:
        assert _refused(api_client, *_signed(channel, "7777", api_client, challenge=other)) == "bad_signature"


def test_a_replayed_signature_and_a_challenge_used_twice_are_refused(api, api_client, watch, demo_card):
    card = demo_card("clean", "7777")
    with inserted(card, watch) as channel:
        ch, certs, signature = _signed(channel, "7777", api_client)
        api_client.card_sign_in(ch.challenge_id, certs, signature)  # the first time: signed in
        assert _refused(api_client, ch, certs, signature) == "challenge_used"  # the same message again
        app = jpki.JpkiCard(channel)
        app.verify_pin("7777")
        again = app.sign(base64.b64decode(ch.challenge))  # the card signs the old challenge anew
        assert _refused(api_client, ch, certs, again) == "challenge_used"
        bad_first = api_client.card_challenge()  # a challenge spent by a failed try is spent too
        assert _refused(api_client, bad_first, certs, b"\x00" * 256) == "bad_signature"
        good = app.sign(base64.b64decode(bad_first.challenge))
        assert _refused(api_client, bad_first, certs, good) == "challenge_used"


def test_an_expired_challenge_is_refused(api, api_client, watch, demo_card):
    card = demo_card("clean", "7777")
    with inserted(card, watch) as channel:
        ch, certs, signature = _signed(channel, "7777", api_client)
        real_now = api.store.now
        api.store.now = lambda: real_now() + timedelta(minutes=3)
        try:
            assert _refused(api_client, ch, certs, signature) == "challenge_expired"
        finally:
            api.store.now = real_now


def test_the_window_signs_in_through_pcscd(qtbot, make_window, api, demo_card, personas, monkeypatch, watch):
    """The GUI's card panel with the virtual reader: PC/SC is what the demo picks when pcscd has it."""
    from PySide6.QtCore import Qt

    from selfcheck.core.backend import Backend
    from selfcheck.gui.card import CardAccess

    from .gui_helpers import type_text

    assert CardAccess.choose(demo=True) == "pcsc"
    monkeypatch.delenv("SELFCHECK_CARD_READER", raising=False)
    w = make_window(Backend(api_url=api.url))
    qtbot.waitUntil(lambda: w.cardSignIn.access is not None, timeout=5000)
    assert w.cardSignIn.access.mode == "pcsc"
    p = personas["foreign-resident"]
    panel = w.signin.card
    w.cardSignIn.access.insert_card(demo_card(p.id, p.pin))
    qtbot.waitUntil(panel.cardSignInButton.isEnabled, timeout=10000)
    type_text(qtbot, panel.cardPinEdit, p.pin)
    with qtbot.waitSignal(w.overviewShown, timeout=15000):
        qtbot.keyClick(panel.cardPinEdit, Qt.Key.Key_Return)
    w.cardSignIn.access.remove_card()
    qtbot.waitUntil(lambda: not panel.cardSignInButton.isEnabled(), timeout=10000)
    watch.wait_for(True)
    watch.wait_for(False)


def test_the_tests_virtual_reader_is_reachable_from_no_network(pcscd):
    """The driver listens on 0.0.0.0:35963 as packaged, but the tests' pcscd runs in a network
    namespace of its own with nothing but its loopback; the card comes in over a Unix socket
    only its owner can open (tests/pcscd.py, README "With a real card reader")."""
    import os
    import stat
    import subprocess

    if not os.environ.get("SELFCHECK_TEST_PCSCD_DIR"):
        pytest.skip("not root: the tests use the machine's pcscd, whose driver listens on all interfaces")
    pid = pcscd.proc.pid
    assert os.readlink(f"/proc/{pid}/ns/net") != os.readlink("/proc/self/ns/net"), "pcscd shares our network"
    links = subprocess.run(["nsenter", "-t", str(pid), "-n", "ip", "-o", "link", "show"], capture_output=True,
                           text=True, check=True).stdout.splitlines()
    assert [line.split(":")[1].strip() for line in links] == ["lo"], links
    listening = subprocess.run(["nsenter", "-t", str(pid), "-n", "cat", "/proc/net/tcp"], capture_output=True,
                               text=True, check=True).stdout
    assert ":8C7B 00000000:0000 0A" in listening, "the driver listens inside the namespace"
    sock = os.environ["SELFCHECK_VPCD_SOCKET"]
    assert stat.S_IMODE(os.stat(sock).st_mode) == 0o600 and stat.S_ISSOCK(os.stat(sock).st_mode)
