"""The mock government API (version 1) as a FastAPI app.

Every error is ``application/problem+json`` (RFC 9457) with a machine-readable ``code``.
A token reaches only its own resident's data; another resident's ids answer 404.
Admin endpoints (reset, expire sessions, move a request forward) exist only when the app is
created with an admin token, and are left out of the OpenAPI document.
"""


import hmac
from typing import Annotated

from fastapi import Depends, FastAPI, Header, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..core import schema as s
from .store import Denied, Store

PROBLEM = "application/problem+json"
_TITLES = {400: "Bad request", 401: "Not signed in", 403: "Forbidden", 404: "Not found", 405: "Method not allowed",
           409: "Conflict", 422: "Unprocessable content", 423: "Locked", 500: "Internal server error"}


class ProblemError(Exception):
    def __init__(self, status: int, code: str, detail: str, attempts_left: int | None = None) -> None:
        self.status, self.code, self.detail, self.attempts_left = status, code, detail, attempts_left


def problem(status: int, code: str, detail: str, attempts_left: int | None = None) -> JSONResponse:
    body = s.Problem(type=f"https://selfcheck.example/problems/{code}", title=_TITLES.get(status, "Error"),
                     status=status, detail=detail, code=code, attempts_left=attempts_left)
    return JSONResponse(body.model_dump(exclude_none=True), status_code=status, media_type=PROBLEM)


_PROBLEM_RESPONSES = {code: {"model": s.Problem, "content": {PROBLEM: {}}, "description": _TITLES[code]}
                      for code in (401, 404, 422)}


def create_app(store: Store, *, admin_token: str | None = None) -> FastAPI:
    app = FastAPI(title="Selfcheck mock government API", version=f"1.0 ({__version__})",
                  description="My Number links, access log and correction requests (mock).",
                  responses=_PROBLEM_RESPONSES)
    app.state.store = store

    @app.exception_handler(ProblemError)
    async def _problem(_: Request, e: ProblemError) -> JSONResponse:
        return problem(e.status, e.code, e.detail, e.attempts_left)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, e: StarletteHTTPException) -> JSONResponse:
        return problem(e.status_code, "http_" + str(e.status_code), str(e.detail))

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, e: RequestValidationError) -> JSONResponse:
        # Name the fields, never echo the values: they may be a number or a PIN.
        fields = sorted({".".join(str(p) for p in err.get("loc", ())[1:]) or "body" for err in e.errors()})
        return problem(422, "invalid_input", "Invalid fields: " + ", ".join(fields))

    @app.exception_handler(Exception)
    async def _crash(_: Request, e: Exception) -> JSONResponse:
        return problem(500, "internal", "The server failed; try again later.")

    def resident(authorization: Annotated[str | None, Header()] = None) -> str:
        if not authorization or not authorization.startswith("Bearer "):
            raise ProblemError(401, "no_session", "Sign in first.")
        rid = store.resident_for(authorization[7:])
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

    def sign_in_problem(d: Denied) -> ProblemError:
        if d.code == "locked":
            return ProblemError(423, "locked", "The card is locked after 3 wrong PINs. A municipal counter can unlock it.", 0)
        if d.code == "wrong_pin":
            return ProblemError(401, "wrong_pin", f"Wrong PIN. {d.attempts_left} attempt(s) left.", d.attempts_left)
        return ProblemError(401, "unknown_number", "No card is registered with this number.")
    Offset = Annotated[int, Query(ge=0)]
    Limit = Annotated[int, Query(ge=1, le=1000)]

    @app.get("/v1/health", tags=["meta"])
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.post("/v1/sessions", status_code=201, tags=["sessions"],
              responses={423: {"model": s.Problem, "content": {PROBLEM: {}}, "description": "Card locked"}})
    def sign_in(body: s.SessionCreate) -> s.SessionOut:
        try:
            return store.sign_in(body.number, body.pin)
        except Denied as d:
            raise sign_in_problem(d) from None

    @app.delete("/v1/sessions/current", status_code=204, tags=["sessions"])
    def sign_out(_: Resident, authorization: Annotated[str | None, Header()] = None) -> Response:
        store.sign_out((authorization or "")[7:])
        return Response(status_code=204)

    @app.get("/v1/me", tags=["resident"])
    def me(rid: Resident) -> s.Profile:
        return store.profile(rid)

    @app.get("/v1/me/links", tags=["resident"])
    def links(rid: Resident, offset: Offset = 0, limit: Limit = 200) -> s.Page[s.Link]:
        return store.links(rid, offset, limit)

    @app.get("/v1/me/links/{link_id}", tags=["resident"])
    def link(rid: Resident, link_id: str) -> s.Link:
        found = store.link(rid, link_id)
        if found is None:
            raise ProblemError(404, "link_not_found", "No such link for this resident.")
        return found

    @app.get("/v1/me/access-log", tags=["resident"])
    def access_log(rid: Resident, offset: Offset = 0, limit: Limit = 200) -> s.Page[s.AccessLogEntry]:
        return store.access_log(rid, offset, limit)

    @app.post("/v1/me/correction-requests", status_code=201, tags=["corrections"],
              responses={200: {"model": s.CorrectionRequest, "description": "Repeat of an earlier request with the same key"}})
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

    @app.get("/v1/me/correction-requests", tags=["corrections"])
    def list_requests(rid: Resident) -> list[s.CorrectionRequest]:
        return store.requests(rid)

    @app.get("/v1/me/correction-requests/{request_id}", tags=["corrections"])
    def get_request(rid: Resident, request_id: str) -> s.CorrectionRequest:
        found = store.request(rid, request_id)
        if found is None:
            raise ProblemError(404, "request_not_found", "No such correction request for this resident.")
        return found

    @app.post("/v1/staff/sessions", status_code=201, tags=["counter"],
              responses={423: {"model": s.Problem, "content": {PROBLEM: {}}, "description": "Staff account locked"}})
    def staff_sign_in(body: s.StaffSessionCreate) -> s.StaffSessionOut:
        try:
            return store.staff_sign_in(body.staff_id, body.password)
        except Denied as d:
            if d.code == "locked":
                raise ProblemError(423, "staff_locked", "Too many wrong passwords; ask an administrator.") from None
            raise ProblemError(401, "wrong_password", "Wrong staff id or password.") from None

    @app.delete("/v1/staff/sessions/current", status_code=204, tags=["counter"])
    def staff_sign_out(who: Staff, authorization: Annotated[str | None, Header()] = None) -> Response:
        store.staff_sign_out(who, (authorization or "")[7:])
        return Response(status_code=204)

    @app.post("/v1/counter/resident-sessions", status_code=201, tags=["counter"],
              responses={423: {"model": s.Problem, "content": {PROBLEM: {}}, "description": "Card locked"}})
    def counter_sign_in(who: Staff, body: s.SessionCreate) -> s.SessionOut:
        """The resident types their own PIN at the counter; staff never reach a resident otherwise."""
        try:
            return store.counter_sign_in(who, body.number, body.pin)
        except Denied as d:
            raise sign_in_problem(d) from None

    @app.post("/v1/counter/confirm", status_code=204, tags=["counter"])
    def confirm(_: Resident, authorization: Annotated[str | None, Header()] = None) -> Response:
        """The resident confirms "this is me" (name and birth date shown to them)."""
        store.confirm_identity((authorization or "")[7:])
        return Response(status_code=204)

    @app.post("/v1/counter/unlock", status_code=204, tags=["counter"])
    def unlock(who: Staff, body: s.CounterUnlock) -> Response:
        if not body.identity_checked:
            raise ProblemError(422, "identity_not_checked", "Check the resident's identity card before unlocking.")
        try:
            store.counter_unlock(who, body.number, body.new_pin)
        except Denied:
            raise ProblemError(404, "unknown_number", "No card is registered with this number.") from None
        return Response(status_code=204)

    @app.post("/v1/counter/approvals", tags=["counter"],
              responses={403: {"model": s.Problem, "content": {PROBLEM: {}}, "description": "Same staff member"}})
    def approve(who: Staff, body: s.Approval) -> s.CorrectionRequest:
        """A second staff member of the municipality approves a request made at its counter,
        which only then goes on to the office that corrects it."""
        try:
            return store.approve(who, body.request_id)
        except Denied as d:
            if d.code == "same_staff":
                raise ProblemError(403, "same_staff", "A different staff member must approve this request.") from None
            raise ProblemError(404, "nothing_to_approve", "No request of this counter is waiting for approval.") from None

    @app.get("/v1/me/notifications", tags=["resident"])
    def notifications(rid: Resident) -> list[s.Notification]:
        return store.notifications(rid)

    def admin(x_admin_token: Annotated[str | None, Header()] = None) -> None:
        if not admin_token or not x_admin_token or not hmac.compare_digest(x_admin_token, admin_token):
            raise ProblemError(403, "forbidden", "Admin token required.")

    from .card_api import install_card_routes  # here: it uses ProblemError from this module

    install_card_routes(app, store, ProblemError, staff, Depends(admin) if admin_token else None)

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
