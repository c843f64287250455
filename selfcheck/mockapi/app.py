"""The mock government API (version 1) as a FastAPI app.

Every error is ``application/problem+json`` (RFC 9457) with a machine-readable ``code``.
A token reaches only its own resident's data; another resident's ids answer 404.
Admin endpoints (reset, expire sessions, move a request forward) exist only when the app is
created with an admin token, and are left out of the OpenAPI document.

Limits: a request body is at most ``MAX_BODY_BYTES`` (correction requests, which carry up to
three attachments) or ``MAX_SMALL_BODY_BYTES`` (everything else), else 413; paging offsets run
from 0 to ``MAX_OFFSET``; card sign-in challenges are throttled per client address (429 with
``Retry-After``). The service never receives a PIN: the card checks it (``card_api.py``).
Every status an operation can answer is in the OpenAPI document.
"""


import hmac
import ipaddress
from typing import Annotated

import anyio
from fastapi import Depends, FastAPI, Header, Path, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..core import schema as s
from .store import Denied, Store

PROBLEM = "application/problem+json"
_TITLES = {400: "Bad request", 401: "Not signed in", 403: "Forbidden", 404: "Not found", 405: "Method not allowed",
           409: "Conflict", 413: "Content too large", 422: "Unprocessable content", 423: "Locked",
           429: "Too many requests", 500: "Internal server error"}
MAX_BODY_BYTES = 3 * 7_000_000 + 64 * 1024   # three base64 attachments and the rest of a request
MAX_SMALL_BODY_BYTES = 16 * 1024
MAX_OFFSET = 1_000_000
BACKGROUND_HEADER = "X-Selfcheck-Background"


class ProblemError(Exception):
    def __init__(self, status: int, code: str, detail: str, attempts_left: int | None = None,
                 headers: dict[str, str] | None = None) -> None:
        self.status, self.code, self.detail, self.attempts_left = status, code, detail, attempts_left
        self.headers = headers


def problem(status: int, code: str, detail: str, attempts_left: int | None = None,
            headers: dict[str, str] | None = None) -> JSONResponse:
    body = s.Problem(type=f"https://selfcheck.example/problems/{code}", title=_TITLES.get(status, "Error"),
                     status=status, detail=detail, code=code, attempts_left=attempts_left)
    return JSONResponse(body.model_dump(exclude_none=True), status_code=status, media_type=PROBLEM, headers=headers)


_PROBLEM_SCHEMA = {"$ref": "#/components/schemas/Problem"}


def _documented(*codes: int) -> dict:
    """Problem answers for the OpenAPI document, by reference to the one Problem schema (added by
    ``_Api.openapi``). As ``{"model": Problem}`` FastAPI built a pydantic field for each
    status of each operation at start, over a hundred: most of the demo server's set-up."""
    return {code: {"content": {"application/json": {"schema": _PROBLEM_SCHEMA}, PROBLEM: {}},
                   "description": _TITLES[code]} for code in codes}


class _Api(FastAPI):
    def openapi(self) -> dict:
        """The document (made on first request for it) names the Problem schema its answers
        refer to (``_documented``), as it did when each answer named the model."""
        if self.openapi_schema is None:
            schemas = super().openapi().setdefault("components", {}).setdefault("schemas", {})
            schemas.setdefault("Problem", s.Problem.model_json_schema(ref_template="#/components/schemas/{model}"))
        return self.openapi_schema


# what any operation can answer: a malformed request, a body too large, invalid fields, a crash
_PROBLEM_RESPONSES = _documented(400, 413, 422, 500)
_RETRY_AFTER = {"Retry-After": {"description": "Seconds to wait before trying again", "schema": {"type": "integer"}}}
_THROTTLED = {429: {**_documented(429)[429], "headers": _RETRY_AFTER}}
_LOCKED_STAFF = {423: {**_documented(423)[423], "headers": _RETRY_AFTER}}


def client_address(request: Request) -> str:
    """Who the per-address throttles count: the connecting address (X-Forwarded-For and
    Forwarded are not trusted); for IPv6 its /64, which one host has to itself and can pick any
    address from, and for an IPv4-mapped address the IPv4 one."""
    host = request.client.host if request.client else ""
    try:
        ip = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return host
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.IPv6Network((ip, 64), strict=False))
    return str(ip)


class BodyLimit:
    """Refuse a body over the limit with 413 before reading it (by Content-Length), or as soon
    as a body without one grows past it. Plain ASGI, in front of everything else."""

    def __init__(self, app, signed_in=lambda token: True) -> None:
        """``signed_in(token)``: whether a bearer token is a live resident session; only then
        may a correction request's body be large (an anonymous client gets the small limit)."""
        self.app = app
        self.signed_in = signed_in

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope.get("path", "")
        headers = dict(scope.get("headers") or [])
        auth = headers.get(b"authorization", b"").decode("latin-1")
        large = (path == "/v1/me/correction-requests" and auth.startswith("Bearer ")
                 and await anyio.to_thread.run_sync(self.signed_in, auth[7:]))  # the store's lock: off the loop
        limit = MAX_BODY_BYTES if large else MAX_SMALL_BODY_BYTES
        length = headers.get(b"content-length")
        too_large = problem(413, "body_too_large", f"The request body is larger than {limit} bytes.")
        if length is not None:
            try:
                declared = int(length)
            except ValueError:
                return await problem(400, "bad_length", "Content-Length is not a number.")(scope, receive, send)
            if declared > limit:
                return await too_large(scope, receive, send)
        # read the body here, stopping at the limit (a chunked body has no Content-Length), then
        # hand it on: the app itself never sees more than the limit
        body, more = bytearray(), True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > limit:
                return await too_large(scope, receive, send)
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": bytes(body), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)




def create_app(store: Store, *, admin_token: str | None = None) -> FastAPI:
    app = _Api(title="Selfcheck mock government API", version=f"1.0 ({__version__})",
                  description="My Number links, access log and correction requests (mock).",
                  responses=_PROBLEM_RESPONSES)
    app.state.store = store
    # a big body only for a live resident session: never buffer 21 MB for an anonymous client
    app.add_middleware(BodyLimit, signed_in=lambda token: store.resident_for(token, activity=False) is not None)

    @app.exception_handler(ProblemError)
    async def _problem(_: Request, e: ProblemError) -> JSONResponse:
        return problem(e.status, e.code, e.detail, e.attempts_left, e.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, e: StarletteHTTPException) -> JSONResponse:
        # keeps the exception's headers: a 405 says which methods are allowed (Allow)
        return problem(e.status_code, "http_" + str(e.status_code), str(e.detail), headers=getattr(e, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, e: RequestValidationError) -> JSONResponse:
        # Name the fields, never echo the values: they may be personal data.
        fields = sorted({".".join(str(p) for p in err.get("loc", ())[1:]) or "body" for err in e.errors()})
        return problem(422, "invalid_input", "Invalid fields: " + ", ".join(fields))

    @app.exception_handler(Exception)
    async def _crash(_: Request, e: Exception) -> JSONResponse:
        return problem(500, "internal", "The server failed; try again later.")

    def resident(authorization: Annotated[str | None, Header()] = None,
                 x_selfcheck_background: Annotated[str | None, Header(
                     description="1: a background poll, not the resident's activity (does not extend the session)",
                     max_length=8)] = None) -> str:
        if not authorization or not authorization.startswith("Bearer "):
            raise ProblemError(401, "no_session", "Sign in first.")
        rid = store.resident_for(authorization[7:], activity=x_selfcheck_background != "1")
        if rid is None:
            raise ProblemError(401, "session_expired", "The session has ended; sign in again.")
        return rid

    Resident = Annotated[str, Depends(resident)]

    def staff(authorization: Annotated[str | None, Header()] = None) -> tuple[str, str, str]:
        found = store.staff_for(authorization[7:]) if authorization and authorization.startswith("Bearer ") else None
        if found is None:
            raise ProblemError(401, "no_staff_session", "Sign in as counter staff first.")
        return found

    Staff = Annotated[tuple, Depends(staff)]
    _STAFF = _documented(401)

    Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description=f"0 to {MAX_OFFSET}")]
    Limit = Annotated[int, Query(ge=1, le=1000, description="1 to 1000")]
    _RESIDENT = _documented(401)

    @app.get("/v1/health", tags=["meta"])
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.delete("/v1/sessions/current", status_code=204, tags=["sessions"], responses=_RESIDENT)
    def sign_out(_: Resident, authorization: Annotated[str | None, Header()] = None) -> Response:
        store.sign_out((authorization or "")[7:])
        return Response(status_code=204)

    @app.get("/v1/me", tags=["resident"], responses=_RESIDENT)
    def me(rid: Resident) -> s.Profile:
        return store.profile(rid)

    @app.get("/v1/me/number", tags=["resident"], responses=_RESIDENT)
    def my_number(rid: Resident, response: Response) -> s.MyNumberOut:
        """The resident's own full number, for "show number" after a card sign-in (the card's
        certificate names no number). Not cached, never logged."""
        response.headers["Cache-Control"] = "no-store"
        number = store.number_of(rid)
        if number is None:
            raise ProblemError(401, "session_expired", "The session has ended; sign in again.")
        return s.MyNumberOut(number=number)

    @app.get("/v1/me/links", tags=["resident"], responses=_RESIDENT)
    def links(rid: Resident, offset: Offset = 0, limit: Limit = 200) -> s.Page[s.Link]:
        return store.links(rid, offset, limit)

    @app.get("/v1/me/links/{link_id}", tags=["resident"], responses=_documented(401, 404))
    def link(rid: Resident, link_id: Annotated[str, Path(max_length=64)]) -> s.Link:
        found = store.link(rid, link_id)
        if found is None:
            raise ProblemError(404, "link_not_found", "No such link for this resident.")
        return found

    @app.get("/v1/me/access-log", tags=["resident"], responses=_RESIDENT)
    def access_log(rid: Resident, offset: Offset = 0, limit: Limit = 200) -> s.Page[s.AccessLogEntry]:
        return store.access_log(rid, offset, limit)

    @app.post("/v1/me/correction-requests", status_code=201, tags=["corrections"],
              responses={200: {"model": s.CorrectionRequest, "description": "Repeat of an earlier request with the same key"},
                         **_documented(401, 403, 404)})
    def create_request(rid: Resident, body: s.CorrectionCreate, response: Response,
                       idempotency_key: Annotated[str | None, Header(max_length=200)] = None,
                       authorization: Annotated[str | None, Header()] = None) -> s.CorrectionRequest:
        if not idempotency_key:
            raise ProblemError(400, "idempotency_key_required", "Send an Idempotency-Key header.")
        counter_staff, confirmed = store.counter_session((authorization or "")[7:]) or (None, True)
        if counter_staff and not confirmed:
            raise ProblemError(403, "not_confirmed", "At a counter, the resident must first confirm it is them.")
        try:
            req, created = store.create_request(rid, idempotency_key, body, counter_staff)
        except Denied as d:
            if d.code == "link_not_found":
                raise ProblemError(404, d.code, "An item in the request is not linked to this resident.") from None
            if d.code == "idempotency_conflict":
                raise ProblemError(422, d.code, "This Idempotency-Key was used for a different request.") from None
            if d.code == "attachment_invalid":
                raise ProblemError(422, d.code, "An attachment is not a readable PNG, JPEG or PDF of at most 5 MB.") from None
            raise ProblemError(422, d.code, "The same item appears twice.") from None
        if not created:
            response.status_code = 200
        return req

    @app.get("/v1/me/correction-requests", tags=["corrections"], responses=_RESIDENT)
    def list_requests(rid: Resident) -> list[s.CorrectionRequest]:
        return store.requests(rid)

    @app.get("/v1/me/correction-requests/{request_id}", tags=["corrections"], responses=_documented(401, 404))
    def get_request(rid: Resident, request_id: Annotated[str, Path(max_length=64)]) -> s.CorrectionRequest:
        found = store.request(rid, request_id)
        if found is None:
            raise ProblemError(404, "request_not_found", "No such correction request for this resident.")
        return found

    @app.post("/v1/staff/sessions", status_code=201, tags=["counter"],
              responses={**_documented(401), **_LOCKED_STAFF, **_THROTTLED})
    def staff_sign_in(body: s.StaffSessionCreate, request: Request) -> s.StaffSessionOut:
        """Five wrong passwords lock the id for a minute, each further lockout twice as long (at
        most an hour); a supervisor can lift it. Unknown ids behave exactly like known ones.
        Password checks are also throttled per client address, over all ids (429 with Retry-After)."""
        try:
            return store.staff_sign_in(body.staff_id, body.password, client_address(request))
        except Denied as d:
            if d.code == "locked":
                raise ProblemError(423, "staff_locked", "Too many wrong passwords; try again later or ask a supervisor.",
                                   headers={"Retry-After": str(d.retry_after)}) from None
            if d.code == "throttled":
                raise ProblemError(429, "throttled", "Too many staff sign-ins from this address; wait and try again.",
                                   headers={"Retry-After": str(d.retry_after)}) from None
            raise ProblemError(401, "wrong_password", "Wrong staff id or password.") from None

    @app.delete("/v1/staff/sessions/current", status_code=204, tags=["counter"], responses=_STAFF)
    def staff_sign_out(who: Staff, authorization: Annotated[str | None, Header()] = None) -> Response:
        """Also ends every resident session opened under this staff session."""
        store.staff_sign_out(who, (authorization or "")[7:])
        return Response(status_code=204)

    @app.delete("/v1/staff/lockouts/{staff_id}", status_code=204, tags=["counter"],
                responses=_documented(401, 403, 404))
    def lift_lockout(who: Staff, staff_id: Annotated[str, Path(min_length=1, max_length=40)]) -> Response:
        """A supervisor ends the lockout of a staff member of their municipality."""
        try:
            store.lift_lockout(who, staff_id)
        except Denied as d:
            if d.code == "not_supervisor":
                raise ProblemError(403, d.code, "Only a supervisor can lift a lockout.") from None
            raise ProblemError(404, d.code, "No such staff member at this municipality.") from None
        return Response(status_code=204)

    @app.delete("/v1/counter/resident-sessions", status_code=204, tags=["counter"], responses=_STAFF)
    def counter_end(who: Staff, authorization: Annotated[str | None, Header()] = None) -> Response:
        """End session: every resident session opened under this staff session ends."""
        store.end_counter_residents(who, (authorization or "")[7:])
        return Response(status_code=204)

    @app.post("/v1/counter/confirm", status_code=204, tags=["counter"], responses=_RESIDENT)
    def confirm(_: Resident, authorization: Annotated[str | None, Header()] = None) -> Response:
        """The resident confirms "this is me" (name and birth date shown to them)."""
        store.confirm_identity((authorization or "")[7:])
        return Response(status_code=204)

    @app.post("/v1/counter/approvals", tags=["counter"], responses=_documented(401, 403, 404))
    def approve(who: Staff, body: s.Approval) -> s.CorrectionRequest:
        """A second staff member of the municipality approves a request made at its counter,
        which only then goes on to the office that corrects it."""
        try:
            return store.approve(who, body.request_id)
        except Denied as d:
            if d.code == "same_staff":
                raise ProblemError(403, "same_staff", "A different staff member must approve this request.") from None
            raise ProblemError(404, "nothing_to_approve", "No request of this counter is waiting for approval.") from None

    @app.get("/v1/me/notifications", tags=["resident"], responses=_RESIDENT)
    def notifications(rid: Resident) -> list[s.Notification]:
        return store.notifications(rid)

    admin_dep = None
    if admin_token:
        expected = admin_token.encode()

        def admin(x_admin_token: Annotated[str | None, Header()] = None) -> None:
            # compared as bytes: a header with non-ASCII characters is just a wrong token
            given = (x_admin_token or "").encode("utf-8", "surrogateescape")
            if not given or not hmac.compare_digest(given, expected):
                raise ProblemError(403, "forbidden", "Admin token required.")

        admin_dep = Depends(admin)

    from .card_api import install_card_routes  # here: it uses ProblemError from this module

    install_card_routes(app, store, ProblemError, staff, admin_dep, throttled=_THROTTLED, client_address=client_address)

    if admin_token:
        Admin = Depends(admin)

        @app.post("/admin/reset", status_code=204, include_in_schema=False, dependencies=[Admin])
        def reset() -> Response:
            store.reset()
            return Response(status_code=204)

        @app.get("/admin/audit", include_in_schema=False, dependencies=[Admin])
        def audit() -> list[s.AuditEntry]:
            return store.audit_log()

        @app.post("/admin/sessions/expire", status_code=204, include_in_schema=False, dependencies=[Admin])
        def expire() -> Response:
            store.expire_sessions()
            return Response(status_code=204)

        @app.post("/admin/correction-requests/{reference}/advance", include_in_schema=False, dependencies=[Admin])
        def advance(reference: str, reject: str | None = None) -> s.CorrectionRequest:
            req = store.advance(reference, reject)
            if req is None:
                raise ProblemError(404, "request_not_found", "No such reference.")
            return req

    return app
