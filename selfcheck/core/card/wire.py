"""What the app and the service exchange for a card sign-in (no PIN anywhere in it)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from .jpki import CARD_CHALLENGE_BYTES, CARD_CHALLENGE_MAX_BYTES  # noqa: F401 - the service checks them here

_B64_CERT = Field(min_length=100, max_length=12000, pattern=r"^[A-Za-z0-9+/]+={0,2}$")


class CardChallenge(BaseModel):
    challenge_id: str
    challenge: str = Field(description="base64 of the bytes the card signs")
    expires_at: datetime


class CardSessionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    challenge_id: str = Field(min_length=8, max_length=64)
    certificates: list[str] = Field(min_length=1, max_length=4,
                                    description="base64 DER, the card's authentication certificate first, then its CA")
    signature: str = Field(min_length=4, max_length=2000, pattern=r"^[A-Za-z0-9+/]+={0,2}$",
                           description="base64 of the card's PKCS #1 v1.5 signature over SHA-256 of the challenge")


class PinResetCreate(BaseModel):
    """At a counter: the card's certificate and a challenge the card made; the service answers
    with its authorization to reset that card's PIN once. The new PIN goes to the card only."""
    model_config = ConfigDict(extra="forbid")
    identity_checked: bool
    certificate: str = Field(min_length=100, max_length=12000, pattern=r"^[A-Za-z0-9+/]+={0,2}$")
    card_challenge: str = Field(min_length=12, max_length=44, pattern=r"^[A-Za-z0-9+/]+={0,2}$",
                                description="base64 of the card's GET CHALLENGE answer, 8 to 32 bytes")


class PinResetAuthorization(BaseModel):
    authorization: str


class DemoCardCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    """Demo/test only (admin): issue a certificate for a persona's software card."""
    persona: str
    public_key: str = Field(description="PEM of the card's RSA public key")
    not_before: datetime | None = None
    not_after: datetime | None = None
