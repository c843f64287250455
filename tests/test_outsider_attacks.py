"""Attacks by an outsider who read only the OpenAPI document and watched the server, each one
made over HTTP against the mock API live on loopback. Every test here failed before its fix."""

from __future__ import annotations

import base64
import http.server
import io
import os
import re
import socket
import sqlite3
import subprocess
import sys
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing

import pytest
import requests

from selfcheck.core.apiurl import InsecureUrl, check_api_url
from selfcheck.core.client import ApiClient
from selfcheck.core.card import jpki
from selfcheck.core.card.local import LocalReader
from selfcheck.core.errors import ApiError
from selfcheck.mockapi.store import CHALLENGES_PER_ADDRESS

from .cards import ADMIN_TOKEN, card_sign_in, persona_card

KNOWN = "pension-other"
STAFF_ID = "S-HAKODATE-01"
STAFF_PASSWORD = "counter-demo-3"


@pytest.fixture
def server(db_path):
    """``selfcheck-mock-api serve`` in its own process on a free loopback port, as an outsider
    meets it (in the tests' own process the GIL would serialise the concurrent attacks)."""
    # with admin endpoints, so the test can issue the personas' software cards from its demo CA
    proc = subprocess.Popen([sys.executable, "-m", "selfcheck.mockapi.cli", "serve", "--host", "127.0.0.1",
                             "--port", "0", "--db", str(db_path), "--admin-token-env", "SELFCHECK_TEST_ADMIN"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "SELFCHECK_TEST_ADMIN": ADMIN_TOKEN})
    url = None
    for line in proc.stderr:
        found = re.search(r"running on (http://127\.0\.0\.1:\d+)", line)
        if found:
            url = found.group(1)
            break
    drain = threading.Thread(target=proc.stderr.read, daemon=True)
    drain.start()
    try:
        assert url, "the mock API did not start"
        yield url
    finally:
        proc.terminate()
        proc.wait(10)
        drain.join(5)
        proc.stderr.close()


def _all_at_once(url, n, call):
    """Run ``call(http, i)`` for i in range(n) in n threads, each on a connection already open,
    released together (a barrier, no sleeps), so the requests reach the server at once."""
    barrier = threading.Barrier(n)

    def go(i):
        with requests.Session() as http:
            http.get(url + "/v1/health", timeout=30)
            barrier.wait()
            return call(http, i)

    with ThreadPoolExecutor(n) as pool:
        return list(pool.map(go, range(n)))


def test_x_forwarded_for_does_not_reset_the_per_address_throttle(server):
    """A client on the server's own host sending a new X-Forwarded-For with each challenge must
    not pass for a new address: past the limit, challenges are throttled."""
    codes = []
    with requests.Session() as http:
        for i in range(CHALLENGES_PER_ADDRESS + 2):
            r = http.post(server + "/v1/card/challenges",
                          headers={"X-Forwarded-For": f"10.1.{i}.1", "X-Real-IP": f"10.2.{i}.1",
                                   "Forwarded": f"for=10.3.{i}.1"})
            codes.append(r.status_code)
    assert codes[:CHALLENGES_PER_ADDRESS] == [201] * CHALLENGES_PER_ADDRESS
    assert codes[CHALLENGES_PER_ADDRESS:] == [429, 429], codes


def test_one_signed_challenge_sent_many_times_at_once_opens_one_session(server):
    """An eavesdropper replays a good sign-in (challenge, certificates, signature) thirty times at
    the same moment: the challenge is spent by the first, so exactly one session opens."""
    client = ApiClient(server)
    card = persona_card(client, KNOWN)
    chip = jpki.JpkiCard(_reader(card).connect())
    chip.select_ap()
    certs = [chip.auth_certificate(), chip.ca_certificate()]
    chip.verify_pin("5555")
    ch = client.card_challenge()
    body = {"challenge_id": ch.challenge_id, "certificates": [base64.b64encode(c).decode() for c in certs],
            "signature": base64.b64encode(chip.sign(base64.b64decode(ch.challenge))).decode()}

    def replay(http, i):
        r = http.post(server + "/v1/card/sessions", json=body, timeout=30)
        return r.status_code, r.json().get("code")

    seen = Counter(_all_at_once(server, 30, replay))
    assert seen[(201, None)] == 1 and seen[(401, "challenge_used")] == 29, seen
    client.close()


def test_concurrent_challenges_do_not_get_past_the_per_address_throttle(server):
    """Forty challenges asked for at the same moment: at most the per-address limit are made."""
    def ask(http, i):
        return http.post(server + "/v1/card/challenges", timeout=30).status_code

    seen = Counter(_all_at_once(server, CHALLENGES_PER_ADDRESS + 10, ask))
    assert seen[201] <= CHALLENGES_PER_ADDRESS, seen
    assert seen[429] >= 10, seen


def _reader(card) -> LocalReader:
    reader = LocalReader()
    reader.insert(card)
    return reader


def test_concurrent_staff_guesses_lock_the_id(server):
    """Staff passwords guessed in parallel: five wrong ones lock the id, however they are
    timed, so the right password right after forty guesses meets the lockout."""
    def guess(http, i):
        return http.post(server + "/v1/staff/sessions", json={"staff_id": STAFF_ID, "password": f"guess-{i}"},
                         timeout=30).status_code

    seen = Counter(_all_at_once(server, 20, guess) + _all_at_once(server, 20, guess))
    assert seen[423] >= 15, seen
    r = requests.post(server + "/v1/staff/sessions", json={"staff_id": STAFF_ID, "password": STAFF_PASSWORD})
    assert r.status_code == 423, r.status_code


class _Recorder(http.server.BaseHTTPRequestHandler):
    """Answers every request with what the class says, and keeps what it was sent."""
    seen: list[bytes] = []
    location: str | None = None

    def _answer(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        type(self).seen.append(self.requestline.encode() + b"\n" + bytes(self.headers) + body)
        if self.location:
            self.send_response(307)
            self.send_header("Location", self.location)
        else:
            self.send_response(404)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_POST = do_DELETE = _answer

    def log_message(self, *args):
        pass


def _listen(host, handler):
    srv = http.server.ThreadingHTTPServer((host, 0), handler)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    return srv, thread


def test_a_backslash_in_the_api_address_does_not_hide_another_host():
    """``http://example.com\\@127.0.0.1/`` looks like loopback to urlsplit, but requests (like a
    browser) sends it to example.com: the number and PIN would go there in clear."""
    for url in ("http://example.com\\@127.0.0.1/", "http://example.com\\@localhost:8080",
                "https://example.com\\@api.example.jp/"):
        with pytest.raises(InsecureUrl):
            check_api_url(url)


def test_a_redirect_with_a_backslash_does_not_carry_the_pin_to_another_host():
    """The API answers a sign-in with 307 to ``http://127.0.0.2:P\\@127.0.0.1:<its port>/…``:
    the same origin to urlsplit, another host to requests. The client must refuse it, and the
    other host must never see the number or the PIN."""
    catcher = type("Catcher", (_Recorder,), {"seen": [], "location": None})
    api = type("Api", (_Recorder,), {"seen": [], "location": None})
    other, other_thread = _listen("127.0.0.2", catcher)
    srv, srv_thread = _listen("127.0.0.1", api)
    try:
        port = srv.server_address[1]
        api.location = f"http://127.0.0.2:{other.server_address[1]}\\@127.0.0.1:{port}/v1/card/challenges"
        client = ApiClient(f"http://127.0.0.1:{port}", retries=0)
        try:
            with pytest.raises(ApiError) as caught:
                client.card_challenge()
        finally:
            client.close()
        assert caught.value.code == "redirect_elsewhere"
        assert api.seen, "the API was not asked"
        assert not catcher.seen, "the number and PIN went to another host"
    finally:
        for s, t in ((other, other_thread), (srv, srv_thread)):
            s.shutdown()
            s.server_close()
            t.join(5)


def test_checking_big_attachments_does_not_stall_everyone_else(server, tmp_path):
    """One resident sends two 40-megapixel PNGs (130 KB each, seconds to decode): other
    residents' requests go on meanwhile. Before the fix the pictures were decoded while the
    store's single lock was held, so the whole API stood still for every such request."""
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (6300, 6300), (1, 2, 3)).save(buf, "PNG")
    data = base64.b64encode(buf.getvalue()).decode("ascii")
    with requests.Session() as http:
        token = card_sign_in(ApiClient(server), KNOWN).token
        auth = {"Authorization": f"Bearer {token}"}
        link_id = http.get(server + "/v1/me/links?limit=1", headers=auth).json()["items"][0]["id"]
        other = card_sign_in(ApiClient(server), "clean").token
    body = {"items": [{"link_id": link_id, "reason": "not_mine"}],
            "attachments": [{"filename": f"big{i}.png", "media_type": "image/png", "data": data} for i in range(2)]}
    done = threading.Event()
    answer = []

    def send():
        try:
            answer.append(requests.post(server + "/v1/me/correction-requests", json=body, timeout=60,
                                        headers={**auth, "Idempotency-Key": "k1"}).status_code)
        finally:
            done.set()

    sender = threading.Thread(target=send)
    sender.start()
    answered_meanwhile = 0
    with requests.Session() as http:
        while not done.is_set():
            r = http.get(server + "/v1/me", headers={"Authorization": f"Bearer {other}"}, timeout=60)
            assert r.status_code == 200
            answered_meanwhile += not done.is_set()
    sender.join(60)
    assert answer == [201]
    assert answered_meanwhile >= 10, answered_meanwhile


def test_the_signed_in_session_does_not_show_the_number_in_its_text():
    """The session keeps the full number in memory for "Show number"; its text (what a log
    line, an exception message or a debugger shows with %r or str) must not hold it."""
    from selfcheck.core.backend import Session

    session = Session(backend=None, number=KNOWN)
    assert KNOWN not in repr(session) and KNOWN not in str(session)


def test_an_anonymous_client_cannot_make_the_server_hold_a_big_body(api):
    """Without a live resident session, a correction request's body is held to the small limit:
    a client that announces 20 MB gets 413 at once, before sending any of it (else fifty such
    connections make the server buffer a gigabyte for nobody)."""
    for auth in (b"", b"Authorization: Bearer not-a-session\r\n"):
        with socket.create_connection(("127.0.0.1", api.port), timeout=5) as sock:
            sock.sendall(b"POST /v1/me/correction-requests HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                         + auth + b"Idempotency-Key: k\r\nContent-Length: 20000000\r\n\r\n")
            head = sock.recv(200)
        assert head.startswith(b"HTTP/1.1 413"), head
