"""A software JPKI card: answers the commands of ``jpki`` as a My Number Card does.

It has its own RSA key (which never leaves it), its certificate and the CA's, its own PIN
counter (3 tries, then 69 83 until reset) and a PIN reset allowed only by the issuer's
signature over a challenge the card made. Its state lives in this object, like a chip's.
"""

from __future__ import annotations

import hmac
import secrets
import threading

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa, utils

from .jpki import (AID, CARD_CHALLENGE_BYTES, CARD_CHALLENGE_MAX_BYTES, EF_AUTH_CA_CERT, EF_AUTH_CERT, EF_AUTH_KEY,
                   EF_AUTH_PIN, PIN_TRIES, SHA256_DIGEST_INFO)

# JPKI cards' ATR, as in OpenSC's card-jpki.c
ATR = bytes.fromhex("3BE000FF8131FE4514")
RESET_PURPOSE = b"selfcheck-jpki-pin-reset\x00"

_OK = b"\x90\x00"
_NOT_FOUND = b"\x6A\x82"
_NO_EF = b"\x69\x86"  # command not allowed (no current EF)
_SECURITY = b"\x69\x82"
_LOCKED = b"\x69\x83"
_WRONG_LENGTH = b"\x67\x00"
_BAD_P1P2 = b"\x6A\x86"
_NO_INS = b"\x6D\x00"
_NO_CLA = b"\x6E\x00"
_COND = b"\x69\x85"  # conditions of use not satisfied


def reset_message(card_challenge: bytes, certificate_der: bytes) -> bytes:
    """What the issuer signs to allow one PIN reset on one card: purpose, card, fresh challenge."""
    import hashlib

    return RESET_PURPOSE + hashlib.sha256(certificate_der).digest() + card_challenge


class SoftJpkiCard:
    def __init__(self, key: rsa.RSAPrivateKey, certificate_der: bytes, ca_certificate_der: bytes, pin: str, *,
                 tries_left: int = PIN_TRIES, reset_authority: ec.EllipticCurvePublicKey | None = None) -> None:
        self._key = key
        self._files = {EF_AUTH_CERT: certificate_der, EF_AUTH_CA_CERT: ca_certificate_der}
        self._pin = pin.encode("ascii")
        self._tries = tries_left
        self._reset_authority = reset_authority
        self._lock = threading.Lock()
        self.atr = ATR
        self.power_on()

    # -- what a reader does to a card --------------------------------------------------------
    def power_on(self) -> None:
        with self._lock:
            self._ap = False
            self._ef: int | None = None
            self._verified = False
            self._challenge: bytes | None = None

    power_off = reset = power_on

    @property
    def tries_left(self) -> int:
        return self._tries

    @property
    def certificate(self) -> bytes:
        return self._files[EF_AUTH_CERT]

    def process(self, apdu: bytes) -> bytes:
        with self._lock:
            try:
                return self._process(apdu)
            except (IndexError, ValueError):
                return _WRONG_LENGTH

    # -- the commands ------------------------------------------------------------------------
    def _process(self, apdu: bytes) -> bytes:
        if len(apdu) < 4:
            return _WRONG_LENGTH
        cla, ins, p1, p2 = apdu[:4]
        body = apdu[4:]
        data, le = b"", None
        if len(body) == 1:
            le = body[0] or 256
        elif len(body) > 1:
            lc = body[0]
            data = body[1:1 + lc]
            if len(data) != lc:
                return _WRONG_LENGTH
            rest = body[1 + lc:]
            if len(rest) > 1:
                return _WRONG_LENGTH
            le = (rest[0] or 256) if rest else None
        if ins == 0x2A and cla == 0x80:
            return self._sign(p1, p2, data)
        if cla != 0x00:
            return _NO_CLA
        handler = {0xA4: self._select, 0xB0: self._read, 0x20: self._verify, 0x84: self._get_challenge,
                   0x2C: self._reset_retry_counter}.get(ins)
        if handler is None:
            return _NO_INS
        return handler(p1, p2, data, le)

    def _select(self, p1: int, p2: int, data: bytes, le) -> bytes:
        if p1 == 0x04:
            if data != AID:
                return _NOT_FOUND
            self._ap, self._ef = True, None
            return _OK
        if p1 == 0x02 and len(data) == 2 and self._ap:
            fid = data[0] << 8 | data[1]
            if fid not in (EF_AUTH_CERT, EF_AUTH_CA_CERT, EF_AUTH_KEY, EF_AUTH_PIN):
                return _NOT_FOUND
            self._ef = fid
            return _OK
        return _NOT_FOUND if p1 == 0x02 else _BAD_P1P2

    def _read(self, p1: int, p2: int, data: bytes, le) -> bytes:
        content = self._files.get(self._ef)
        if content is None:
            return _NO_EF
        offset = p1 << 8 | p2
        if offset > len(content):
            return b"\x6B\x00"
        return content[offset:offset + (le or 256)] + _OK

    def _verify(self, p1: int, p2: int, data: bytes, le) -> bytes:
        if self._ef != EF_AUTH_PIN or (p1, p2) != (0x00, 0x80):
            return _NO_EF
        if self._tries == 0:
            return _LOCKED
        if not data:
            return _OK if self._verified else bytes([0x63, 0xC0 | self._tries])
        if hmac.compare_digest(data, self._pin):
            self._tries, self._verified = PIN_TRIES, True
            return _OK
        self._tries -= 1
        self._verified = False
        return _LOCKED if self._tries == 0 else bytes([0x63, 0xC0 | self._tries])

    def _sign(self, p1: int, p2: int, data: bytes) -> bytes:
        if self._ef != EF_AUTH_KEY or (p1, p2) != (0x00, 0x80):
            return _NO_EF
        if not self._verified:
            return _SECURITY
        if not data.startswith(SHA256_DIGEST_INFO) or len(data) != len(SHA256_DIGEST_INFO) + 32:
            return b"\x6A\x80"
        digest = data[len(SHA256_DIGEST_INFO):]
        signature = self._key.sign(digest, padding.PKCS1v15(), utils.Prehashed(hashes.SHA256()))
        return signature + _OK

    def _get_challenge(self, p1: int, p2: int, data: bytes, le) -> bytes:
        n = le or CARD_CHALLENGE_BYTES
        if not CARD_CHALLENGE_BYTES <= n <= CARD_CHALLENGE_MAX_BYTES:  # never a guessable one
            self._challenge = None
            return _WRONG_LENGTH
        self._challenge = secrets.token_bytes(n)
        return self._challenge + _OK

    def _reset_retry_counter(self, p1: int, p2: int, data: bytes, le) -> bytes:
        """Data: 2-byte length, the issuer's ECDSA signature over reset_message(), then the new PIN."""
        if self._ef != EF_AUTH_PIN or (p1, p2) != (0x00, 0x80):
            return _NO_EF
        challenge, self._challenge = self._challenge, None  # one reset per challenge
        if self._reset_authority is None or challenge is None:
            return _COND
        n = int.from_bytes(data[:2], "big")
        signature, new_pin = data[2:2 + n], data[2 + n:]
        if len(new_pin) != 4 or not new_pin.isdigit():
            return b"\x6A\x80"
        try:
            self._reset_authority.verify(signature, reset_message(challenge, self.certificate), ec.ECDSA(hashes.SHA256()))
        except InvalidSignature:
            return _SECURITY
        self._pin, self._tries, self._verified = new_pin, PIN_TRIES, False
        return _OK
