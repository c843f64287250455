"""The JPKI application's commands, as OpenSC's ``card-jpki.c`` sends them.

The user-authentication certificate (利用者証明用電子証明書) lives in EF 000A, its CA's in
EF 000B; its PIN (4 digits, 3 tries) is EF 0018 and its private key EF 0017. The card signs a
DigestInfo with PKCS #1 v1.5 padding it applies itself.
"""

from __future__ import annotations

import hashlib
from typing import Callable, Protocol

AID = bytes.fromhex("D392F000260100000001")
EF_AUTH_CERT = 0x000A
EF_AUTH_CA_CERT = 0x000B
EF_AUTH_KEY = 0x0017
EF_AUTH_PIN = 0x0018
PIN_TRIES = 3
# A challenge the card makes for a PIN reset: the service authorises a reset for one challenge,
# so a short one could be authorised in advance and then drawn from the card by retrying
# (1 byte: a match within a few hundred tries). The card makes 8 to 32 bytes, the service signs no fewer than 8.
CARD_CHALLENGE_BYTES = 8
CARD_CHALLENGE_MAX_BYTES = 32
# DER of DigestInfo{sha256, NULL} up to the 32-byte digest (RFC 8017, 9.2 note 1)
SHA256_DIGEST_INFO = bytes.fromhex("3031300d060960864801650304020105000420")

SW_OK = 0x9000
SW_LOCKED = 0x6983
SW_SECURITY = 0x6982
SW_NOT_FOUND = 0x6A82


class CardError(Exception):
    """The card answered with an unexpected status word (or could not be reached)."""

    def __init__(self, message: str, sw: int | None = None) -> None:
        super().__init__(message)
        self.sw = sw


class CardRemoved(CardError):
    pass


class NotJpki(CardError):
    """The card has no JPKI application (not a My Number Card)."""


class WrongPin(CardError):
    def __init__(self, tries_left: int) -> None:
        super().__init__(f"wrong PIN, {tries_left} tries left", 0x63C0 | tries_left)
        self.tries_left = tries_left


class CardLocked(CardError):
    def __init__(self) -> None:
        super().__init__("the authentication PIN is locked", SW_LOCKED)


class PinRequired(CardError):
    pass


class Channel(Protocol):
    """One connection to a card: send an APDU, get the response data and the status word."""

    def transmit(self, apdu: bytes) -> tuple[bytes, int]: ...


def digest_info(message: bytes) -> bytes:
    return SHA256_DIGEST_INFO + hashlib.sha256(message).digest()


def _pin_bytes(pin: str) -> bytes:
    if len(pin) != 4 or not (pin.isascii() and pin.isdigit()):
        raise ValueError("the PIN is 4 digits")
    return pin.encode("ascii")


class JpkiCard:
    """The JPKI application on one card connection."""

    def __init__(self, channel: Channel | Callable[[bytes], tuple[bytes, int]]) -> None:
        self._transmit = channel.transmit if hasattr(channel, "transmit") else channel

    def _send(self, apdu: bytes, what: str) -> bytes:
        data, sw = self._transmit(apdu)
        if sw != SW_OK:
            raise CardError(f"{what}: status {sw:04X}", sw)
        return data

    def select_ap(self) -> None:
        data, sw = self._transmit(bytes([0x00, 0xA4, 0x04, 0x0C, len(AID)]) + AID)
        if sw != SW_OK:
            raise NotJpki(f"no JPKI application: status {sw:04X}", sw)

    def _select_ef(self, fid: int) -> None:
        self._send(bytes([0x00, 0xA4, 0x02, 0x0C, 0x02, fid >> 8, fid & 0xFF]), f"select EF {fid:04X}")

    def _read_binary(self, offset: int, length: int) -> bytes:
        return self._send(bytes([0x00, 0xB0, offset >> 8, offset & 0xFF, length & 0xFF]), "read binary")

    def read_certificate(self, fid: int) -> bytes:
        """A DER certificate: its first 4 bytes (SEQUENCE, long length) give its size."""
        self._select_ef(fid)
        head = self._read_binary(0, 4)
        if len(head) != 4 or head[0] != 0x30 or head[1] != 0x82:
            raise CardError(f"EF {fid:04X} holds no certificate")
        size = 4 + (head[2] << 8 | head[3])
        out = bytearray(head)
        while len(out) < size:
            chunk = self._read_binary(len(out), min(256, size - len(out)))
            if not chunk:
                raise CardError(f"EF {fid:04X} ends early")
            out += chunk
        return bytes(out[:size])

    def auth_certificate(self) -> bytes:
        return self.read_certificate(EF_AUTH_CERT)

    def ca_certificate(self) -> bytes:
        return self.read_certificate(EF_AUTH_CA_CERT)

    def pin_tries_left(self) -> int:
        """VERIFY with no data: 63 Cx says x tries are left, 69 83 that the PIN is locked."""
        self._select_ef(EF_AUTH_PIN)
        _, sw = self._transmit(bytes([0x00, 0x20, 0x00, 0x80]))
        if sw == SW_LOCKED:
            return 0
        if sw & 0xFFF0 == 0x63C0:
            return sw & 0x0F
        if sw == SW_OK:  # already verified in this card session
            return PIN_TRIES
        raise CardError(f"PIN status: {sw:04X}", sw)

    def verify_pin(self, pin: str) -> None:
        """Raises WrongPin(tries left) or CardLocked. The PIN goes to the card and nowhere else."""
        data = _pin_bytes(pin)
        self._select_ef(EF_AUTH_PIN)
        _, sw = self._transmit(bytes([0x00, 0x20, 0x00, 0x80, len(data)]) + data)
        if sw == SW_OK:
            return
        if sw == SW_LOCKED or sw == 0x63C0:
            raise CardLocked()
        if sw & 0xFFF0 == 0x63C0:
            raise WrongPin(sw & 0x0F)
        raise CardError(f"verify PIN: status {sw:04X}", sw)

    def sign(self, message: bytes) -> bytes:
        """COMPUTE DIGITAL SIGNATURE with the authentication key over DigestInfo(SHA-256(message))."""
        self._select_ef(EF_AUTH_KEY)
        di = digest_info(message)
        data, sw = self._transmit(bytes([0x80, 0x2A, 0x00, 0x80, len(di)]) + di + b"\x00")
        if sw == SW_SECURITY:
            raise PinRequired("the card signs only after the PIN was verified", sw)
        if sw != SW_OK:
            raise CardError(f"sign: status {sw:04X}", sw)
        return data

    def get_challenge(self, length: int = 8) -> bytes:
        return self._send(bytes([0x00, 0x84, 0x00, 0x00, length]), "get challenge")

    def reset_pin(self, authorization: bytes, new_pin: str) -> None:
        """RESET RETRY COUNTER: a new PIN, allowed by the issuer's signature over the card's
        own challenge (what a municipal counter's terminal obtains for the staff member)."""
        data = len(authorization).to_bytes(2, "big") + authorization + _pin_bytes(new_pin)
        self._select_ef(EF_AUTH_PIN)
        if len(data) > 255:
            raise ValueError("authorization too long for a short APDU")
        _, sw = self._transmit(bytes([0x00, 0x2C, 0x00, 0x80, len(data)]) + data)
        if sw == SW_SECURITY:
            raise CardError("the card refused the reset authorization", sw)
        if sw != SW_OK:
            raise CardError(f"reset PIN: status {sw:04X}", sw)
