"""A certificate that cannot be read is the client's fault and is refused as such (401
bad_certificate, problem+json), wherever in it the damage is: in its version, or in a name that
cryptography reads only when it is first asked for. It was a 500 ("the server failed; try again
later"), which the app shows as the service's fault and retries."""

from __future__ import annotations

import base64
from datetime import datetime, timedelta, timezone

import pytest
import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from selfcheck.mockapi.jpki import Jpki, _name
from selfcheck.mockapi.store import Denied, Store

COUNTRY = bytes.fromhex("0603550406" "13024a50")  # countryName, PrintableString "JP": the issuer's comes first


def _cert() -> bytes:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    now = datetime.now(timezone.utc)
    return (x509.CertificateBuilder().subject_name(_name("card")).issuer_name(_name("Selfcheck demo JPKI"))
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=10))
            .sign(key, hashes.SHA256()).public_bytes(serialization.Encoding.DER))


def _damaged(kind: str) -> bytes:
    der = _cert()
    if kind == "version":  # v3 (2) made into an unknown version
        return der.replace(bytes.fromhex("a003020102"), bytes.fromhex("a003020152"), 1)
    tag = {"issuer-tag": "73", "issuer-bitstring": "03"}[kind]
    return der.replace(COUNTRY, COUNTRY[:5] + bytes.fromhex(tag) + COUNTRY[6:], 1)


KINDS = ["version", "issuer-tag", "issuer-bitstring"]


@pytest.mark.parametrize("kind", KINDS)
def test_an_unreadable_certificate_is_refused_not_a_server_failure(api, kind):
    challenge = requests.post(f"{api.url}/v1/card/challenges", timeout=10).json()
    body = {"challenge_id": challenge["challenge_id"], "certificates": [base64.b64encode(_damaged(kind)).decode()],
            "signature": base64.b64encode(b"\x01" * 256).decode()}
    r = requests.post(f"{api.url}/v1/card/sessions", json=body, timeout=10)
    assert r.status_code == 401, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["code"] == "bad_certificate"


@pytest.mark.parametrize("kind", KINDS)
def test_an_unreadable_certificate_gets_no_pin_reset(tmp_path, kind):
    store = Store(":memory:")
    try:
        with pytest.raises(Denied):
            Jpki(store).reset_authorization(_damaged(kind), b"\x00" * 16)
    finally:
        store.close()
