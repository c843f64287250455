"""Software cards for the demo personas: a fresh key made here (it never leaves the card
object), a certificate from the mock service's demo JPKI CA (admin endpoint), the persona's PIN."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from .jpki import PIN_TRIES
from .soft import SoftJpkiCard

if TYPE_CHECKING:
    from ..client import ApiClient


def new_card_key() -> rsa.RSAPrivateKey:
    """A card's key pair, as the card makes it (RSA 2048, as JPKI's signing key)."""
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def issue_demo_card(client: "ApiClient", admin_token: str, persona: str, pin: str, *, locked: bool | None = None,
                    not_before=None, not_after=None, key: rsa.RSAPrivateKey | None = None) -> SoftJpkiCard:
    """``locked``: None takes the persona's state from the service (the locked persona's card is
    locked). ``key``: the card's key (tests reuse keys; a new one is made otherwise)."""
    import base64

    key = key or new_card_key()
    public_pem = key.public_key().public_bytes(serialization.Encoding.PEM,
                                               serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    body = {"persona": persona, "public_key": public_pem}
    if not_before is not None:
        body["not_before"] = not_before.isoformat()
    if not_after is not None:
        body["not_after"] = not_after.isoformat()
    resp = client._request("POST", "/admin/jpki/cards", auth=False, json=body, headers={"X-Admin-Token": admin_token})
    issued = resp.json()
    return SoftJpkiCard(key, base64.b64decode(issued["certificate"]), base64.b64decode(issued["ca_certificate"]), pin,
                        tries_left=0 if (issued["locked"] if locked is None else locked) else PIN_TRIES,
                        reset_authority=serialization.load_pem_public_key(issued["reset_authority"].encode()))
