"""Routes of the card sign-in (see ``jpki.py``): challenge, sign-in with certificate and
signature, the CRL, and at the counter the same plus a PIN reset authorised for staff."""

import binascii
from typing import Annotated, Any, Callable

from fastapi import Body, Depends, FastAPI, Header, Request, Response

from ..core import schema as s
from ..core.card import wire as w
from .jpki import Jpki, b64, unb64
from .store import Store
from .storeutil import Denied, _owner_ref, _registered_municipality, _token_hash

_REFUSED = {
    "unknown_challenge": "This sign-in challenge is unknown; start again.",
    "challenge_used": "This sign-in challenge was already used; start again.",
    "challenge_expired": "The sign-in took too long; start again.",
    "bad_certificate": "The card's certificate cannot be read.",
    "untrusted_certificate": "The card's certificate was not issued by the JPKI authority.",
    "certificate_expired": "The card's certificate has expired or is not yet valid; renew it at your municipality.",
    "certificate_revoked": "The card's certificate has been revoked.",
    "bad_signature": "The card's signature does not match this sign-in.",
}


def install_card_routes(app: FastAPI, store: Store, problem_error: Callable[..., Exception], staff_dep: Any,
                        admin_dep: Any | None, throttled: dict | None = None,
                        client_address: Callable[[Request], str] = lambda r: r.client.host if r.client else "") -> Jpki:
    jpki = Jpki(store)
    app.state.jpki = jpki
    Staff = Annotated[tuple, Depends(staff_dep)]
    refused = {401: {"model": s.Problem, "content": {"application/problem+json": {}},
                     "description": "Refused: challenge, certificate or signature"}}

    def decode(body: w.CardSessionCreate) -> tuple[list[bytes], bytes]:
        try:
            return [unb64(c) for c in body.certificates], unb64(body.signature)
        except (binascii.Error, ValueError):
            raise problem_error(422, "invalid_input", "Invalid fields: certificates, signature") from None

    def check(body: w.CardSessionCreate, staff_id: str | None) -> tuple[str, str]:
        """(resident id, certificate serial)."""
        certs, signature = decode(body)
        try:
            return jpki.check_card(body.challenge_id, certs, signature, staff_id)
        except Denied as d:
            raise problem_error(401, d.code, _REFUSED.get(d.code, "The card sign-in was refused.")) from None

    def opened(out: s.SessionOut, serial: str) -> s.SessionOut:
        jpki.opened(_token_hash(out.token), serial)  # revoking the certificate ends this session
        return out

    def challenge(staff_id: str | None, request: Request) -> w.CardChallenge:
        wait = store.challenges_by_address.take(client_address(request))
        if wait:  # each challenge is kept until it expires: a flood would fill the database
            raise problem_error(429, "throttled", "Too many sign-in challenges from this address; wait and try again.",
                                headers={"Retry-After": str(wait)})
        cid, data, expires = jpki.challenge(staff_id)
        return w.CardChallenge(challenge_id=cid, challenge=b64(data), expires_at=expires)

    @app.post("/v1/card/challenges", status_code=201, tags=["card"], responses=throttled or {})
    def card_challenge(request: Request) -> w.CardChallenge:
        """A one-time random challenge for the card to sign, valid for two minutes. Throttled
        per client address (429 with Retry-After)."""
        return challenge(None, request)

    @app.post("/v1/card/sessions", status_code=201, tags=["card"], responses=refused)
    def card_sign_in(body: w.CardSessionCreate) -> s.SessionOut:
        """Sign in with the card: its authentication certificate (and CA) and its signature over
        the challenge. No PIN: the card checked it."""
        rid, serial = check(body, None)
        return opened(store.open_session(rid), serial)

    @app.get("/v1/jpki/crl", tags=["card"], response_class=Response,
             responses={200: {"content": {"application/pkix-crl": {}}, "description": "DER CRL of the demo JPKI CA"}})
    def crl() -> Response:
        return Response(jpki.crl(), media_type="application/pkix-crl")

    @app.post("/v1/counter/card-challenges", status_code=201, tags=["counter"],
              responses={401: {"model": s.Problem, "content": {"application/problem+json": {}},
                               "description": "No staff session"}, **(throttled or {})})
    def counter_card_challenge(who: Staff, request: Request) -> w.CardChallenge:
        return challenge(who[0], request)

    @app.post("/v1/counter/card-sessions", status_code=201, tags=["counter"], responses=refused)
    def counter_card_sign_in(who: Staff, body: w.CardSessionCreate,
                             authorization: Annotated[str | None, Header()] = None) -> s.SessionOut:
        """The resident's card in the counter's reader, the PIN typed by the resident into the card."""
        try:
            rid, serial = check(body, who[0])
        except Exception as e:
            with store._lock:
                store._audit(who[0], who[1], "resident_sign_in_refused", getattr(e, "code", "refused"))
            raise
        return opened(store.open_counter_session(who, rid, (authorization or "")[7:]), serial)

    @app.post("/v1/counter/card-pin-resets", tags=["counter"],
              responses={**refused,
                         409: {"model": s.Problem, "content": {"application/problem+json": {}},
                               "description": "Resident of another municipality"},
                         422: {"model": s.Problem, "content": {"application/problem+json": {}},
                               "description": "Identity not checked"}})
    def pin_reset(who: Staff, body: w.PinResetCreate) -> w.PinResetAuthorization:
        """Staff of the resident's municipality checked a photo ID; the service authorises one PIN
        reset on this card (bound to its certificate and the card's own one-time challenge),
        records it in the audit log, ends the resident's other sessions, and never sees the new PIN."""
        def refused(status: int, code: str, detail: str) -> Exception:
            """Every refusal is in the audit log, whoever the staff member is (a refusal for another
            municipality's resident is recorded, with whom, by ``registered_here``)."""
            if code != "cannot_unlock":
                with store._lock:
                    store._audit(who[0], who[1], "card_pin_reset_refused", code)
            return problem_error(status, code, detail)

        if not body.identity_checked:
            raise refused(422, "identity_not_checked", "Check the resident's identity card before the PIN reset.")

        def registered_here(rid: str) -> bool:  # as for unlocking: the staff member's own residents only
            with store._lock:
                row = store.db.execute("SELECT profile FROM residents WHERE id=?", (rid,)).fetchone()
            ok = row is not None and _registered_municipality(row[0]) == who[1]
            if not ok:
                with store._lock:
                    store._audit(who[0], who[1], "card_pin_reset_refused", f"other_municipality {_owner_ref(rid)}")
            return ok

        try:
            card_challenge = unb64(body.card_challenge)
            if not w.CARD_CHALLENGE_BYTES <= len(card_challenge) <= w.CARD_CHALLENGE_MAX_BYTES:
                raise ValueError("a card challenge short enough to guess")  # signed now, drawn from the card later
            rid, signature = jpki.reset_authorization(unb64(body.certificate), card_challenge, registered_here)
        except (binascii.Error, ValueError):
            raise refused(422, "invalid_input", "Invalid fields: certificate, card_challenge") from None
        except Denied as d:
            if d.code == "cannot_unlock":
                raise refused(409, d.code, "This card cannot be reset here: the resident is not registered "
                                           "in this municipality.") from None
            raise refused(401, d.code, _REFUSED.get(d.code, "Refused.")) from None
        with store._lock:  # whoever held the card may have signed in: a PIN reset ends their sessions
            store.db.execute("DELETE FROM sessions WHERE resident_id=? AND kind='resident'", (rid,))
            store._audit(who[0], who[1], "card_pin_reset", f"{_owner_ref(rid)} photo_id_checked")
        return w.PinResetAuthorization(authorization=b64(signature))

    if admin_dep is not None:
        @app.post("/admin/jpki/cards", include_in_schema=False, dependencies=[admin_dep])
        def issue(body: w.DemoCardCreate) -> dict[str, str | bool]:
            try:
                cert, ca = jpki.issue(body.persona, body.public_key.encode(), not_before=body.not_before,
                                      not_after=body.not_after)
            except Denied:
                raise problem_error(404, "unknown_persona", "No such persona.") from None
            return {"certificate": b64(cert), "ca_certificate": b64(ca),
                    "reset_authority": jpki.reset_authority_public_pem().decode(),
                    "locked": jpki.persona_locked(body.persona)}

        @app.post("/admin/jpki/revoke", status_code=204, include_in_schema=False, dependencies=[admin_dep])
        def revoke(certificate: Annotated[str, Body(embed=True)]) -> Response:
            jpki.revoke(unb64(certificate))
            return Response(status_code=204)

    return jpki
