"""The card at the counter, service side, with the in-process software card (the demo's path
when there is no reader): a counter card session is the staff member's and unconfirmed; a
locked card's PIN is reset on the card with the service's authorisation, given only to staff who
checked a photo ID, and audited; the service never receives the new PIN."""

from __future__ import annotations

import base64

import pytest
import requests

from selfcheck.core.card import jpki
from selfcheck.core.card.local import LocalReader
from selfcheck.core.card.session import reset_pin_at_counter, sign_in_with_card
from selfcheck.core.client import ApiClient
from selfcheck.core.errors import ApiError

from .conftest import ADMIN_TOKEN
from .test_card_pcsc import Recorder, public_files


def audit(api):
    return requests.get(f"{api.url}/admin/audit", headers={"X-Admin-Token": ADMIN_TOKEN}).json()


@pytest.fixture
def recorder(api):
    return Recorder(api.app)  # before any request: middleware cannot be added to a running app


@pytest.fixture
def staff(api):
    client = ApiClient(api.url)
    client.staff_sign_in("S-ADACHI-01", "counter-demo-1")
    yield client
    client.close()


def test_a_card_sign_in_at_the_counter_waits_for_this_is_me_and_is_audited(api, staff, demo_card, personas):
    reader = LocalReader()
    reader.insert(demo_card("clean", personas["clean"].pin))
    out = sign_in_with_card(reader.connect(), personas["clean"].pin, staff, counter=True)
    resident = ApiClient(api.url)
    resident.use_token(out.token)
    assert resident.profile().name == personas["clean"].name
    assert api.store.counter_session(out.token) == ("S-ADACHI-01", False)
    assert [e["action"] for e in audit(api)][-1] == "resident_session_started"
    resident.close()


def test_a_counter_challenge_is_not_good_for_a_home_sign_in_and_staff_need_their_token(api, staff, demo_card):
    reader = LocalReader()
    reader.insert(demo_card("clean", "7777"))
    card = jpki.JpkiCard(reader.connect())
    card.select_ap()
    certs = [card.auth_certificate(), card.ca_certificate()]
    card.verify_pin("7777")
    ch = staff.card_challenge(counter=True)
    home = ApiClient(api.url)
    with pytest.raises(ApiError) as e:
        home.card_sign_in(ch.challenge_id, certs, card.sign(base64.b64decode(ch.challenge)))
    assert e.value.code == "unknown_challenge"
    assert requests.post(f"{api.url}/v1/counter/card-challenges").status_code == 401
    home.close()


def test_a_locked_card_gets_a_new_pin_at_the_counter_and_the_service_never_sees_it(api, recorder, staff, demo_card,
                                                                                   personas):
    """Only at a counter of the municipality where the resident is registered (as for unlocking)."""
    hakodate = ApiClient(api.url)
    hakodate.staff_sign_in("S-HAKODATE-01", "counter-demo-3")
    reader = LocalReader()
    card = demo_card("locked", personas["locked"].pin, locked=True)
    reader.insert(card)
    with pytest.raises(jpki.CardLocked):
        sign_in_with_card(reader.connect(), personas["locked"].pin, ApiClient(api.url))
    with pytest.raises(ApiError) as e:
        reset_pin_at_counter(reader.connect(), "4826", hakodate, identity_checked=False)
    assert e.value.code == "identity_not_checked" and card.tries_left == 0
    with pytest.raises(ApiError) as e:  # an Adachi counter: not this resident's municipality
        reset_pin_at_counter(reader.connect(), "4826", staff, identity_checked=True)
    assert e.value.code == "cannot_unlock" and card.tries_left == 0
    assert [e["action"] for e in audit(api)][-1] == "card_pin_reset_refused"
    reset_pin_at_counter(reader.connect(), "4826", hakodate, identity_checked=True)
    assert card.tries_left == 3
    assert [e["action"] for e in audit(api)][-1] == "card_pin_reset"
    home = ApiClient(api.url)
    sign_in_with_card(reader.connect(), "4826", home)
    assert home.profile().name == personas["locked"].name
    assert recorder.carried("4826", public_files(card)) == []
    home.close()
    hakodate.close()


def test_the_card_refuses_a_pin_reset_the_service_did_not_authorise(demo_card):
    reader = LocalReader()
    card = demo_card("locked", "9999", locked=True)
    reader.insert(card)
    app = jpki.JpkiCard(reader.connect())
    app.select_ap()
    with pytest.raises(jpki.CardError):  # no challenge asked for first
        app.reset_pin(b"\x30" * 70, "1234")
    app.get_challenge()
    with pytest.raises(jpki.CardError) as e:  # a signature not from the authority
        app.reset_pin(b"\x30\x44" + b"\x01" * 68, "1234")
    assert e.value.sw == 0x6982 and card.tries_left == 0


def test_a_resident_token_cannot_authorise_a_pin_reset(api, demo_card, personas):
    reader = LocalReader()
    card = demo_card("clean", personas["clean"].pin)
    reader.insert(card)
    home = ApiClient(api.url)
    sign_in_with_card(reader.connect(), personas["clean"].pin, home)
    home.use_token(home.take_token())
    with pytest.raises(ApiError) as e:
        home.card_pin_reset_authorization(card.certificate, b"12345678", True)
    assert e.value.status == 401
    home.close()


def test_a_card_taken_out_of_the_in_process_reader_answers_nothing_more(demo_card):
    reader = LocalReader()
    events = []
    reader.subscribe(lambda name, present: events.append(present))
    reader.insert(demo_card("clean", "7777"))
    channel = reader.connect()
    reader.remove()
    with pytest.raises(jpki.CardRemoved):
        jpki.JpkiCard(channel).select_ap()
    with pytest.raises(jpki.CardRemoved):
        reader.connect()
    assert events == [True, False]


@pytest.mark.parametrize("apdu", [b"", b"\x00", b"\x00\xa4\x04", b"\x00\xa4\x04\x0c\x0a\xd3", b"\x00\xb0\x00\x00",
                                  b"\x00\x20\x00\x80\x04\x31\x32", b"\x80\x2a\x00\x80\x05\x00\x00\x00\x00\x00\x00\x00",
                                  b"\xff\xff\xff\xff", b"\x00\x2c\x00\x80\x02\xff\xff"])
def test_the_software_card_answers_malformed_commands_with_a_status_word(demo_card, apdu):
    card = demo_card("clean", "7777")
    answer = card.process(apdu)
    assert len(answer) >= 2 and answer[-2:] != b"\x90\x00"
    assert card.tries_left == 3, "a malformed VERIFY spends no try"


def test_a_card_session_is_taken_and_revoked_on_sign_out_like_any_other(api, demo_card, personas):
    """A card sign-in never learns the number; sign-out must still take and revoke its token."""
    from selfcheck.core.backend import Backend, Session
    from selfcheck.core.card.session import open_session_with_card

    reader = LocalReader()
    reader.insert(demo_card("clean", personas["clean"].pin))
    backend = Backend(api_url=api.url)
    session = Session(backend)
    profile = open_session_with_card(session, reader.connect(), personas["clean"].pin)
    assert session.masked_number().endswith(profile.number_last4) and session.number is None
    token = session.take_token()
    assert token and api.store.resident_for(token) is not None
    session.revoke(token)
    assert api.store.resident_for(token) is None
    backend.close()


def test_the_recorder_would_see_a_pin_if_one_were_sent(api, recorder, personas):
    """The "never saw a PIN" checks can fail: a PIN inside any request body is caught by them."""
    p = personas["clean"]
    requests.post(f"{api.url}/v1/card/sessions", json={"challenge_id": f"pin-{p.pin}-x", "certificates": [],
                                                         "signature": "AAAA"})
    assert recorder.carried(p.pin) != []
