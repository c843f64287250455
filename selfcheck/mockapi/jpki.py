"""The mock service's side of the card sign-in: a demo JPKI CA, one-time challenges, the checks.

What the real service does with the user-authentication certificate (利用者証明用電子証明書):
- it issues a fresh random challenge, usable once and for a short time;
- it checks the certificate chains to the JPKI root, is within its validity period and is not
  revoked (the CA publishes a CRL, ``/v1/jpki/crl``);
- it checks the card's signature over its own challenge with the certificate's key;
- it maps the certificate (its serial number, as J-LIS does) to the resident.
It never receives a PIN and stores none: the card checks the PIN.

The demo CA (an RSA root that signs the cards' certificates) and the PIN-reset authority (an EC
key whose public half is in every card) are made on first use and kept in the mock's database.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509.oid import NameOID

from ..core.card.soft import reset_message
from .store import Denied, Store, load_personas

CHALLENGE_SECONDS = 120
CHALLENGE_BYTES = 32
CARD_YEARS = 5
# what reading a client's certificate raises when it is damaged: at load (an unknown version is
# not a ValueError) or when one of its names is first read (a bad string, a wrong string type)
UNREADABLE = (ValueError, TypeError, x509.InvalidVersion)

_TABLES = (
    "CREATE TABLE IF NOT EXISTS jpki_issuer(id INTEGER PRIMARY KEY CHECK (id = 1), ca_key BLOB NOT NULL, "
    "ca_cert BLOB NOT NULL, reset_key BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS jpki_certs(serial TEXT PRIMARY KEY, resident_id TEXT NOT NULL, "
    "not_after REAL NOT NULL, revoked_at REAL)",
    "CREATE TABLE IF NOT EXISTS jpki_challenges(id TEXT PRIMARY KEY, challenge BLOB NOT NULL, expires REAL NOT NULL, "
    "used INTEGER NOT NULL DEFAULT 0, staff_id TEXT)",
    # which certificate opened which session: revoking it ends them (a lost card's finder keeps nothing)
    "CREATE TABLE IF NOT EXISTS jpki_sessions(token_hash TEXT PRIMARY KEY, serial TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS jpki_sessions_by_serial ON jpki_sessions(serial)",
)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text, validate=True)


@dataclass
class Issuer:
    ca_key: rsa.RSAPrivateKey
    ca_cert: x509.Certificate
    reset_key: ec.EllipticCurvePrivateKey


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "JP"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Selfcheck demo JPKI"),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def make_ca(cn: str = "Selfcheck demo JPKI User Authentication CA", *, now: datetime | None = None) -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    now = now or datetime.now(timezone.utc)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert = (x509.CertificateBuilder().subject_name(_name(cn)).issuer_name(_name(cn)).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                         crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    return key, cert


def make_user_cert(ca_key, ca_cert: x509.Certificate, public_key, *, not_before: datetime, not_after: datetime) -> x509.Certificate:
    """A user-authentication certificate: like the real one, it names no person (the service
    maps its serial number to the resident)."""
    serial = x509.random_serial_number()
    return (x509.CertificateBuilder().subject_name(_name(f"JPKI user {serial:x}"[:64]))
            .issuer_name(ca_cert.subject).public_key(public_key).serial_number(serial)
            .not_valid_before(not_before).not_valid_after(not_after)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=False, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                         crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .sign(ca_key, hashes.SHA256()))


class Jpki:
    """The card sign-in on top of the mock's store (same database, same lock)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        # loading the CA's RSA key takes tens of milliseconds (its checks), and a CRL is a
        # signature: both are kept while the database holds the same CA and revocations
        self._issuer: tuple[bytes, Issuer] | None = None
        self._crl: tuple[tuple, bytes] | None = None

    def _ensure(self) -> None:
        for sql in _TABLES:  # Store.reset() drops every table; cheap to ask again
            self.store.db.execute(sql)

    def issuer(self) -> Issuer:
        with self.store._lock:
            self._ensure()
            row = self.store.db.execute("SELECT ca_key, ca_cert, reset_key FROM jpki_issuer").fetchone()
            if row is None:
                ca_key, ca_cert = make_ca(now=self.store.now())
                reset_key = ec.generate_private_key(ec.SECP256R1())
                pem = serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
                row = (ca_key.private_bytes(*pem), ca_cert.public_bytes(serialization.Encoding.DER),
                       reset_key.private_bytes(*pem))
                # another server on the same database may have made its CA meanwhile: theirs stays
                self.store.db.execute("INSERT OR IGNORE INTO jpki_issuer VALUES(1,?,?,?)", row)
                row = self.store.db.execute("SELECT ca_key, ca_cert, reset_key FROM jpki_issuer").fetchone()
            cached = self._issuer
            if cached is not None and cached[0] == row[1]:
                return cached[1]
            # the CA key was made by this service into its own database (above), not received from
            # anyone: OpenSSL's RSA consistency check (40-50 ms, on the first sign-in's path) proves nothing here
            issuer = Issuer(serialization.load_pem_private_key(row[0], None, unsafe_skip_rsa_key_validation=True),
                            x509.load_der_x509_certificate(row[1]),
                            serialization.load_pem_private_key(row[2], None))
            self._issuer = (bytes(row[1]), issuer)
            return issuer

    def reset_authority_public_pem(self) -> bytes:
        return self.issuer().reset_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)

    # -- issuing (demo and tests only) ---------------------------------------------------------
    def issue(self, persona: str, public_key_pem: bytes, *, not_before: datetime | None = None,
              not_after: datetime | None = None) -> tuple[bytes, bytes]:
        """(certificate, CA certificate) for a persona's card, registered to that resident."""
        with self.store._lock:
            rid = self._resident_of_persona(persona)
        return self.issue_for_resident(rid, public_key_pem, not_before=not_before, not_after=not_after)

    def issue_for_resident(self, rid: str, public_key_pem: bytes, *, not_before: datetime | None = None,
                           not_after: datetime | None = None) -> tuple[bytes, bytes]:
        """(certificate, CA certificate) for a card of the resident ``rid`` (demo, tests, benchmarks)."""
        issuer = self.issuer()
        public_key = serialization.load_pem_public_key(public_key_pem)
        if not isinstance(public_key, rsa.RSAPublicKey):
            raise Denied("bad_key")
        with self.store._lock:
            now = self.store.now()
            nb = not_before or now - timedelta(minutes=5)
            na = not_after or now + timedelta(days=365 * CARD_YEARS)
            cert = make_user_cert(issuer.ca_key, issuer.ca_cert, public_key, not_before=nb, not_after=na)
            self.store.db.execute("INSERT INTO jpki_certs(serial, resident_id, not_after) VALUES(?,?,?)",
                                  (format(cert.serial_number, "x"), rid, na.timestamp()))
        return cert.public_bytes(serialization.Encoding.DER), issuer.ca_cert.public_bytes(serialization.Encoding.DER)

    def _resident_of_persona(self, persona: str) -> str:
        for r in load_personas():
            if r["id"] == persona:
                rid = self.store.resident_id_for(r["number"])
                if rid:
                    return rid
        raise Denied("unknown_persona")

    def persona_locked(self, persona: str) -> bool:
        """Whether the persona's card starts locked (demo data: the lock itself is on the card;
        the service knows nothing of a card's PIN)."""
        for r in load_personas():
            if r["id"] == persona:
                return bool(r.get("locked"))
        raise Denied("unknown_persona")

    def revoke(self, certificate_der: bytes) -> None:
        """Revoke a card's certificate: it signs nobody in any more, and every session it opened ends."""
        serial = format(x509.load_der_x509_certificate(certificate_der).serial_number, "x")
        with self.store._lock:
            self._ensure()
            self.store.db.execute("UPDATE jpki_certs SET revoked_at=? WHERE serial=?", (self.store.now().timestamp(), serial))
            self.store.db.execute("DELETE FROM sessions WHERE token_hash IN "
                                  "(SELECT token_hash FROM jpki_sessions WHERE serial=?)", (serial,))
            self.store.db.execute("DELETE FROM jpki_sessions WHERE serial=?", (serial,))

    def opened(self, token_hash: str, serial: str) -> None:
        """Remember that the certificate ``serial`` opened this session (for ``revoke``)."""
        with self.store._lock:
            self._ensure()
            self.store.db.execute("DELETE FROM jpki_sessions WHERE token_hash NOT IN (SELECT token_hash FROM sessions)")
            self.store.db.execute("INSERT OR REPLACE INTO jpki_sessions VALUES(?,?)", (token_hash, serial))

    def crl(self) -> bytes:
        """The CA's certificate revocation list (DER), valid for a day."""
        issuer = self.issuer()
        now = self.store.now()
        with self.store._lock:
            rows = self.store.db.execute("SELECT serial, revoked_at FROM jpki_certs WHERE revoked_at IS NOT NULL "
                                         "ORDER BY serial").fetchall()
        key = (issuer.ca_cert.serial_number, tuple(rows), now.date())  # a new one each day (nextUpdate)
        if self._crl is not None and self._crl[0] == key:
            return self._crl[1]
        builder = (x509.CertificateRevocationListBuilder().issuer_name(issuer.ca_cert.subject)
                   .last_update(now).next_update(now + timedelta(days=1)))
        for serial, at in rows:
            builder = builder.add_revoked_certificate(
                x509.RevokedCertificateBuilder().serial_number(int(serial, 16))
                .revocation_date(datetime.fromtimestamp(at, timezone.utc)).build())
        der = builder.sign(issuer.ca_key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)
        self._crl = (key, der)
        return der

    # -- signing in ----------------------------------------------------------------------------
    def challenge(self, staff_id: str | None = None) -> tuple[str, bytes, datetime]:
        cid, data = secrets.token_urlsafe(18), secrets.token_bytes(CHALLENGE_BYTES)
        expires = self.store.now() + timedelta(seconds=CHALLENGE_SECONDS)
        with self.store._lock:
            self._ensure()
            self.store.db.execute("DELETE FROM jpki_challenges WHERE expires < ?", (self.store.now().timestamp() - 3600,))
            self.store.db.execute("INSERT INTO jpki_challenges(id, challenge, expires, staff_id) VALUES(?,?,?,?)",
                                  (hashlib.sha256(cid.encode()).hexdigest(), data, expires.timestamp(), staff_id))
        return cid, data, expires

    def check(self, challenge_id: str, certificates: list[bytes], signature: bytes, staff_id: str | None = None) -> str:
        """The resident id for a good sign-in; else Denied with what was wrong. The challenge is
        spent by the first try, good or bad."""
        return self.check_card(challenge_id, certificates, signature, staff_id)[0]

    def check_card(self, challenge_id: str, certificates: list[bytes], signature: bytes,
                   staff_id: str | None = None) -> tuple[str, str]:
        """(resident id, certificate serial) for a good sign-in; see ``check``."""
        now = self.store.now()
        with self.store._lock:
            self._ensure()
            key = hashlib.sha256(challenge_id.encode()).hexdigest()
            row = self.store.db.execute("SELECT challenge, expires, used, staff_id FROM jpki_challenges WHERE id=?",
                                        (key,)).fetchone()
            if row is None:
                raise Denied("unknown_challenge")
            challenge, expires, used, for_staff = row
            self.store.db.execute("UPDATE jpki_challenges SET used=1 WHERE id=?", (key,))
        if used:
            raise Denied("challenge_used")
        if expires < now.timestamp():
            raise Denied("challenge_expired")
        if for_staff != staff_id:
            raise Denied("unknown_challenge")
        try:
            chain = [x509.load_der_x509_certificate(c) for c in certificates]
            leaf = chain[0]
            leaf_issuer = leaf.issuer  # cryptography reads a name when it is first asked for
        except UNREADABLE:
            raise Denied("bad_certificate") from None
        issuer = self.issuer()
        root = issuer.ca_cert
        if leaf_issuer != root.subject:
            raise Denied("untrusted_certificate")
        try:  # the chain ends at our root: the leaf is signed by the root's key (any CA cert sent is ignored)
            leaf.verify_directly_issued_by(root)
        except (ValueError, TypeError, InvalidSignature):
            raise Denied("untrusted_certificate") from None
        if not leaf.not_valid_before_utc <= now <= leaf.not_valid_after_utc:
            raise Denied("certificate_expired")
        serial = format(leaf.serial_number, "x")
        with self.store._lock:
            found = self.store.db.execute("SELECT resident_id, revoked_at FROM jpki_certs WHERE serial=?",
                                          (serial,)).fetchone()
        crl = x509.load_der_x509_crl(self.crl())
        if found is None or found[1] is not None or crl.get_revoked_certificate_by_serial_number(leaf.serial_number):
            raise Denied("certificate_revoked")
        public_key = leaf.public_key()
        try:
            public_key.verify(signature, challenge, padding.PKCS1v15(), hashes.SHA256())
        except (InvalidSignature, TypeError, AttributeError):
            raise Denied("bad_signature") from None
        return found[0], serial

    def reset_authorization(self, certificate_der: bytes, card_challenge: bytes,
                            allowed=lambda rid: True) -> tuple[str, bytes]:
        """(resident id, the authority's signature allowing one PIN reset on this card), if
        ``allowed(resident id)``; else Denied("cannot_unlock")."""
        try:
            leaf = x509.load_der_x509_certificate(certificate_der)
            leaf.verify_directly_issued_by(self.issuer().ca_cert)
        except (*UNREADABLE, InvalidSignature):
            raise Denied("untrusted_certificate") from None
        with self.store._lock:
            self._ensure()
            found = self.store.db.execute("SELECT resident_id, revoked_at FROM jpki_certs WHERE serial=?",
                                          (format(leaf.serial_number, "x"),)).fetchone()
        if found is None or found[1] is not None:
            raise Denied("certificate_revoked")
        if not allowed(found[0]):
            raise Denied("cannot_unlock")
        signature = self.issuer().reset_key.sign(reset_message(card_challenge, certificate_der), ec.ECDSA(hashes.SHA256()))
        return found[0], signature
