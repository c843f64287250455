"""Fast card sign-in for tests: each persona's software card signs the service's challenge
in-process (``core.card.local``), through the same client code as the app's
(``core.card.session.sign_in_with_card``). Card keys are made once per test run, so a sign-in
costs a certificate issue and a signature, not an RSA key generation. The real PC/SC path is
tested in ``test_card_pcsc.py``."""

from __future__ import annotations

import functools

from cryptography.hazmat.primitives.asymmetric import rsa

from selfcheck.core.card.demo import issue_demo_card
from selfcheck.core.card.local import LocalReader
from selfcheck.core.card.session import sign_in_with_card
from selfcheck.core.personas import persona_summaries

ADMIN_TOKEN = "test-admin-token"


@functools.lru_cache(maxsize=None)
def card_key(persona: str) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@functools.lru_cache(maxsize=1)
def _pins() -> dict[str, str]:
    return {p.id: p.pin for p in persona_summaries()}


def persona_card(client, persona: str, *, admin_token: str = ADMIN_TOKEN, **kw):
    """The persona's software card, its certificate issued by the service ``client`` talks to."""
    from selfcheck.core.client import ApiClient

    admin = ApiClient(client.base_url)
    try:
        return issue_demo_card(admin, admin_token, persona, _pins()[persona], key=card_key(persona), **kw)
    finally:
        admin.close()


def card_sign_in(client, persona: str, pin: str | None = None, *, counter: bool = False, card=None):
    """Sign ``client`` in as ``persona`` with their card (at a counter: ``client`` holds a staff
    token and the resident's session is returned, not kept). Card errors (WrongPin, CardLocked)
    and the service's refusals (ApiError) come through as the app sees them."""
    reader = LocalReader()
    reader.insert(card or persona_card(client, persona))
    return sign_in_with_card(reader.connect(), pin or _pins()[persona], client, counter=counter)


def signed_in_client(base_url: str, persona: str):
    """A new ApiClient signed in as ``persona``."""
    from selfcheck.core.client import ApiClient

    client = ApiClient(base_url)
    card_sign_in(client, persona)
    return client


def store_session(store, persona: str) -> str:
    """A resident session token straight from the store, after the same checks a card sign-in
    passes (for tests that use the store without HTTP)."""
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import padding

    from selfcheck.mockapi.jpki import Jpki

    jpki = Jpki(store)
    key = card_key(persona)
    public = key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    cert, ca = jpki.issue(persona, public)
    cid, challenge, _ = jpki.challenge()
    rid = jpki.check(cid, [cert, ca], key.sign(challenge, padding.PKCS1v15(), hashes.SHA256()))
    return store.open_session(rid).token


def reader_with(card) -> LocalReader:
    reader = LocalReader()
    reader.insert(card)
    return reader


def backend_card(backend, persona: str, **kw):
    """The persona's card for a ``core.backend.Backend`` (an API URL in tests, or the demo)."""
    token = backend.admin_token if backend.demo else ADMIN_TOKEN
    return persona_card(backend.client(), persona, admin_token=token, **kw)


def connect_to(backend, persona: str, **kw):
    """``channel()`` for a controller's card sign-in: the persona's card in an in-process reader."""
    return reader_with(backend_card(backend, persona, **kw)).connect


def open_session(session, persona: str, pin: str | None = None):
    """A ``core.backend.Session`` signed in with the persona's card (the app's own code path)."""
    from selfcheck.core.card.session import open_session_with_card

    return open_session_with_card(session, connect_to(session.backend, persona)(), pin or _pins()[persona])
