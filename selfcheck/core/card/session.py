"""Signing in with the card, start to end, with no Qt: read the certificates, let the card
check the PIN, have it sign the service's challenge, send certificate + signature."""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING

from .jpki import JpkiCard

if TYPE_CHECKING:
    from .. import schema as s
    from ..client import ApiClient
    from .jpki import Channel


def sign_in_with_card(channel: "Channel", pin: str, client: "ApiClient", *, counter: bool = False) -> "s.SessionOut":
    """Raises WrongPin / CardLocked / CardRemoved / CardError from the card, ApiError from the
    service. The PIN goes to the card; the service gets the certificates and a signature."""
    card = JpkiCard(channel)
    card.select_ap()
    certificate, ca_certificate = card.auth_certificate(), card.ca_certificate()
    card.verify_pin(pin)
    challenge = client.card_challenge(counter=counter)
    signature = card.sign(base64.b64decode(challenge.challenge))
    return client.card_sign_in(challenge.challenge_id, [certificate, ca_certificate], signature, counter=counter)


def reset_pin_at_counter(channel: "Channel", new_pin: str, client: "ApiClient", identity_checked: bool) -> None:
    """The counter's PIN reset: the service (staff token) authorises it for this card's fresh
    challenge; the new PIN goes straight to the card."""
    card = JpkiCard(channel)
    card.select_ap()
    certificate = card.auth_certificate()
    card_challenge = card.get_challenge()
    authorization = client.card_pin_reset_authorization(certificate, card_challenge, identity_checked)
    card.reset_pin(authorization, new_pin)


def open_session_with_card(session, channel: "Channel", pin: str) -> "s.Profile":
    """At home: the resident's session (core.backend.Session) opened by the card."""
    client = session.backend.client()
    out = sign_in_with_card(channel, pin, client)
    session.idle_seconds, session.ends_at = out.idle_seconds, out.expires_at  # the service's limits
    session.profile = client.profile()
    session.number = None  # a card sign-in never learns the number; the profile has its last 4 digits
    return session.profile
