"""HTTP client for the government API (version 1).

- One ``requests.Session`` per worker thread (``threading.local``), never shared.
- Connect and read timeouts on every call.
- One retry policy, urllib3's ``Retry`` (no loop of our own on top of it): GET and DELETE
  are retried with jittered back-off, POST only when it carries an ``Idempotency-Key``
  (correction requests), so a retry can never create a duplicate. Sign-in is never retried:
  a retry could spend one of the three PIN attempts.
- Every call has a deadline: no new try starts once it could not end before it. A correction
  request gives up within ``send_budget`` (20 s) and is then "waiting to send" in the outbox.
- Paged lists are bounded by the first page's total and by ``MAX_ITEMS``: a server that lies
  about its total becomes ``ApiError(BAD_RESPONSE, code="paging")``, not endless paging.
- Every answer is validated with the shared pydantic schema; anything malformed or
  unexpected becomes ``ApiError(BAD_RESPONSE)``, never a crash.
- ``https`` for every host but loopback. Redirects are followed only to the same origin
  (scheme, host and port); anything else is refused, so a number, a PIN or a correction
  never goes to a host the user did not choose.
- Numbers and PINs typed with full-width digits are normalised to ASCII before they are sent.
This module does blocking I/O: call it from a worker, never from the GUI thread.
"""

from __future__ import annotations

import base64
import logging
import threading
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urljoin

import requests
from pydantic import BaseModel, TypeAdapter, ValidationError
from requests.adapters import HTTPAdapter
from urllib3.exceptions import MaxRetryError, ReadTimeoutError, ResponseError
from urllib3.util.retry import Retry

from .apiurl import InsecureUrl, check_api_url, origin  # noqa: F401 - part of the client's interface
from . import schema as s
from .errors import ApiError, ErrorKind

if TYPE_CHECKING:
    from .card.wire import CardChallenge

M = TypeVar("M")
log = logging.getLogger(__name__)
DEFAULT_TIMEOUT = (3.05, 15.0)
SEND_TIMEOUT = (3.05, 8.0)  # a correction request: two full tries fit in SEND_BUDGET
SEND_BUDGET = 20.0  # seconds, every try included, before a send is "waiting to send"
READ_BUDGET = 45.0  # seconds, every try included, for any other call
# Items asked for per page: each page is read into models in one step, in which the reading
# thread holds Python's interpreter lock and the window cannot paint. About 200 KB a page keeps
# that step to a few milliseconds: 1,000 links (740 KB) took 18 ms, 1,000 log entries 8 ms.
LINKS_PAGE = 250
LOG_PAGE = 500
PAGE_SIZE = max(LINKS_PAGE, LOG_PAGE)  # the most any list asks for
MAX_ITEMS = 250_000  # no resident has this many links or log entries; a larger total is a lie
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


class DeadlineRetry(Retry):
    """urllib3's ``Retry`` that also stops when the next try could not end before ``deadline``
    (``time.monotonic()``): the back-off plus ``attempt_time`` must still fit."""

    def __init__(self, *args: Any, deadline: float | None = None, attempt_time: float = 0.0, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.deadline = deadline
        self.attempt_time = attempt_time

    def new(self, **kw: Any) -> "DeadlineRetry":
        kw.setdefault("deadline", self.deadline)
        kw.setdefault("attempt_time", self.attempt_time)
        return super().new(**kw)  # type: ignore[return-value]

    def increment(self, method=None, url=None, response=None, error=None, _pool=None, _stacktrace=None):
        new = super().increment(method, url, response, error, _pool, _stacktrace)
        if self.deadline is not None and \
                time.monotonic() + new.get_backoff_time() + self.attempt_time > self.deadline:
            reason = error or ResponseError("no time left for another try")
            raise MaxRetryError(_pool, url, reason) from reason  # type: ignore[arg-type]
        return new
# why the service refuses a card sign-in (mockapi/card_api.py)
CARD_REFUSALS = frozenset({"unknown_challenge", "challenge_used", "challenge_expired", "bad_certificate",
                           "untrusted_certificate", "certificate_expired", "certificate_revoked", "bad_signature"})
MAX_REDIRECTS = 3
BACKGROUND_HEADER = "X-Selfcheck-Background"


def _kind_for(status: int, code: str | None) -> ErrorKind:
    if status == 401:
        if code == "wrong_password":
            return ErrorKind.WRONG_PASSWORD
        if code in CARD_REFUSALS:
            return ErrorKind.CARD_REFUSED
        return ErrorKind.SESSION_EXPIRED
    if status == 423:
        return ErrorKind.STAFF_LOCKED if code == "staff_locked" else ErrorKind.LOCKED
    if status == 403:
        return ErrorKind.FORBIDDEN
    if status == 404:
        return ErrorKind.NOT_FOUND
    if status == 422 and code == "idempotency_conflict":
        return ErrorKind.CONFLICT
    if status in (400, 409, 413, 422):
        return ErrorKind.INVALID
    if status == 429:
        return ErrorKind.RATE_LIMITED
    if status >= 500:
        return ErrorKind.SERVER
    return ErrorKind.BAD_RESPONSE


class ApiClient:
    def __init__(self, base_url: str, *, timeout: tuple[float, float] = DEFAULT_TIMEOUT,
                 retries: int = 3, backoff: float = 0.3, send_timeout: tuple[float, float] = SEND_TIMEOUT,
                 send_budget: float = SEND_BUDGET, read_budget: float = READ_BUDGET) -> None:
        self.base_url = check_api_url(base_url)
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.send_timeout = send_timeout
        self.send_budget = send_budget
        self.read_budget = read_budget
        self._token: str | None = None
        self._local = threading.local()

    # -- plumbing -------------------------------------------------------------------------
    def _session(self) -> requests.Session:
        sess = getattr(self._local, "session", None)
        if sess is None:
            sess = requests.Session()
            sess.trust_env = False  # no proxies from the environment: loopback stays loopback
            # the adapters are this thread's own: each call sets its retry policy (_retry_for)
            sess.mount("http://", HTTPAdapter(max_retries=Retry(0, raise_on_status=False)))
            sess.mount("https://", HTTPAdapter(max_retries=Retry(0, raise_on_status=False)))
            sess.headers["Accept"] = "application/json"
            sess.headers["User-Agent"] = "selfcheck/0.1"
            self._local.session = sess
        return sess

    def close(self) -> None:
        sess = getattr(self._local, "session", None)
        if sess is not None:
            sess.close()
            self._local.session = None

    @property
    def signed_in(self) -> bool:
        return self._token is not None

    def forget_token(self) -> None:
        self._token = None

    def use_token(self, token: str) -> None:
        """Act with a token another call obtained (a resident session opened at the counter)."""
        self._token = token

    def take_token(self) -> str | None:
        """Forget the token here and now, and return it so it can still be revoked."""
        token, self._token = self._token, None
        return token

    def revoke(self, token: str, path: str = "/v1/sessions/current", *, quick: bool = False) -> bool:
        """End a session on the server whose token this client no longer holds. Whatever the
        server says, the token is gone here; an unreachable server lets it expire.
        ``quick`` (closing the app): one try of at most about 3 s. True if the server said so."""
        opts: dict[str, Any] = {"timeout": (1.0, 2.0), "retries": 0} if quick else {}
        try:
            self._request("DELETE", path, auth=False, headers={"Authorization": f"Bearer {token}"}, **opts)
        except ApiError as e:
            log.info("the server did not end a session (%s); it expires there by itself", e.kind.value)
            return False
        return True

    def _retry_for(self, method: str, idempotent: bool, retries: int, deadline: float, attempt_time: float) -> Retry:
        """The one retry policy: GET, DELETE and a POST with an idempotency key are tried again
        on a failed connection, a lost answer and 429/5xx, with jittered back-off, until the
        tries or the time run out; anything else only when the connection failed (the request
        never left: it cannot have spent a PIN attempt)."""
        again = retries if (idempotent or method in ("GET", "DELETE")) else 0
        return DeadlineRetry(total=retries, connect=retries, read=again, status=again, other=0,
                             redirect=None, backoff_factor=self.backoff, backoff_jitter=self.backoff,
                             backoff_max=5.0, status_forcelist=RETRY_STATUSES,
                             allowed_methods=None, respect_retry_after_header=True, raise_on_status=False,
                             deadline=deadline, attempt_time=attempt_time)

    def _request(self, method: str, path: str, *, auth: bool = True, timeout: tuple[float, float] | None = None,
                 budget: float | None = None, retries: int | None = None, **kw: Any) -> requests.Response:
        headers = kw.pop("headers", {})
        if auth:
            if self._token is None:
                raise ApiError(ErrorKind.SESSION_EXPIRED)
            headers["Authorization"] = f"Bearer {self._token}"
        timeout = timeout or self.timeout
        deadline = time.monotonic() + (budget if budget is not None else self.read_budget)
        url = self.base_url + path
        try:
            sess = self._session()
            for scheme in ("http://", "https://"):
                sess.get_adapter(scheme).max_retries = self._retry_for(
                    method, "Idempotency-Key" in headers, self.retries if retries is None else retries,
                    deadline, sum(timeout))
            resp = self._send(method, url, headers, kw, timeout)
        except requests.exceptions.ConnectTimeout:
            raise ApiError(ErrorKind.OFFLINE) from None
        except requests.exceptions.Timeout:
            raise ApiError(ErrorKind.TIMEOUT) from None
        except requests.exceptions.RetryError:
            raise ApiError(ErrorKind.SERVER) from None
        except requests.exceptions.ConnectionError as e:
            # after the last retry urllib3 reports a read timeout as a connection error
            reason = getattr(e.args[0], "reason", None) if e.args else None
            kind = ErrorKind.TIMEOUT if isinstance(reason, ReadTimeoutError) else ErrorKind.OFFLINE
            raise ApiError(kind) from None
        except requests.exceptions.RequestException:
            raise ApiError(ErrorKind.BAD_RESPONSE) from None
        if resp.status_code >= 400:
            raise self._problem(resp)
        return resp

    def _send(self, method: str, url: str, headers: dict, kw: dict, timeout: tuple[float, float]) -> requests.Response:
        """One request, following a redirect only within the API's own origin."""
        for _ in range(MAX_REDIRECTS + 1):
            resp = self._session().request(method, url, headers=headers, timeout=timeout,
                                           allow_redirects=False, **kw)
            if not resp.is_redirect:
                return resp
            target = urljoin(url, resp.headers.get("Location", ""))
            resp.close()
            try:
                same = origin(target) == origin(self.base_url)
            except InsecureUrl:
                same = False  # an address parsers read differently may lead anywhere
            if not same:
                raise ApiError(ErrorKind.BAD_RESPONSE, status=resp.status_code, code="redirect_elsewhere")
            if resp.status_code not in (307, 308) and method != "GET":
                # 301/302/303 would turn a write into a GET: refuse rather than guess
                raise ApiError(ErrorKind.BAD_RESPONSE, status=resp.status_code, code="redirect")
            url = target
        raise ApiError(ErrorKind.BAD_RESPONSE, code="too_many_redirects")

    @staticmethod
    def _problem(resp: requests.Response) -> ApiError:
        code = attempts = None
        try:
            p = s.Problem.model_validate_json(resp.content)
            code, attempts = p.code, p.attempts_left
        except (ValidationError, ValueError):
            code = attempts = None  # not a problem document: the status alone says what happened
        return ApiError(_kind_for(resp.status_code, code), status=resp.status_code, code=code,
                        attempts_left=attempts)

    @staticmethod
    def _parse(resp: requests.Response, model: type[M] | Any) -> M:
        ctype = resp.headers.get("Content-Type", "")
        if "json" not in ctype:
            raise ApiError(ErrorKind.BAD_RESPONSE, status=resp.status_code, code="not_json")
        try:
            if isinstance(model, type) and issubclass(model, BaseModel):
                return model.model_validate_json(resp.content)
            return TypeAdapter(model).validate_json(resp.content)
        except (ValidationError, ValueError):
            raise ApiError(ErrorKind.BAD_RESPONSE, status=resp.status_code, code="invalid_body") from None

    def _get(self, path: str, model: Any, *, background: bool = False, **params: Any) -> Any:
        headers = {BACKGROUND_HEADER: "1"} if background else {}
        return self._parse(self._request("GET", path, params=params or None, headers=headers), model)

    def _pages(self, path: str, item: type[M], progress: Callable[[int, int], None] | None = None,
               size: int = PAGE_SIZE) -> Iterator[list[M]]:
        """Every page of a paged list, one at a time (so a caller can keep it compactly).
        The first page's total bounds the whole walk: a total above ``MAX_ITEMS``, a page
        out of place, larger than asked for or beyond that total, repeating items, or empty
        while the service still says there is more, is a lying server."""
        offset, total = 0, None
        seen: set[str] = set()  # every item's id: a page that repeats items is out of place
        while True:
            page = self._get(path, s.Page[item], offset=offset, limit=size)
            if total is None:
                total = page.total
                if not 0 <= total <= MAX_ITEMS:
                    raise ApiError(ErrorKind.BAD_RESPONSE, code="paging")
            if page.offset != offset or len(page.items) > size or offset + len(page.items) > total:
                raise ApiError(ErrorKind.BAD_RESPONSE, code="paging")
            ids = {x.id for x in page.items}
            if len(ids) < len(page.items) or not seen.isdisjoint(ids):  # the offset ignored: the same items again
                raise ApiError(ErrorKind.BAD_RESPONSE, code="paging")
            seen |= ids
            offset += len(page.items)
            if progress:
                progress(offset, total)
            if not page.items and offset < min(total, page.total):
                # an empty page while the service still says there is more: a shorter list
                # would be shown as the whole one (entries gone meanwhile lower the total)
                raise ApiError(ErrorKind.BAD_RESPONSE, code="paging")
            yield page.items
            if not page.items or offset >= total:
                return

    def _all_pages(self, path: str, item: type[M], progress: Callable[[int, int], None] | None = None,
                   size: int = PAGE_SIZE) -> list[M]:
        return [x for page in self._pages(path, item, progress, size) for x in page]

    # -- API ------------------------------------------------------------------------------
    def health(self) -> bool:
        self._request("GET", "/v1/health", auth=False)
        return True

    def sign_out(self) -> None:
        token = self.take_token()
        if token is not None:
            self.revoke(token)

    # -- the municipal counter (a client holding a staff token) --------------------------------
    def staff_sign_in(self, staff_id: str, password: str) -> s.StaffSessionOut:
        body = s.StaffSessionCreate(staff_id=staff_id, password=password).model_dump()
        out = self._parse(self._request("POST", "/v1/staff/sessions", auth=False, json=body), s.StaffSessionOut)
        self._token = out.token
        return out

    def staff_sign_out(self) -> None:
        token = self.take_token()
        if token is not None:
            self.revoke(token, "/v1/staff/sessions/current")

    def confirm_identity(self) -> None:
        """With the resident's counter session: the resident said "this is me"."""
        self._request("POST", "/v1/counter/confirm")

    def end_counter_residents(self) -> None:
        """With the staff token: end every resident session opened under it (End session)."""
        self._request("DELETE", "/v1/counter/resident-sessions")

    def approve(self, request_id: str) -> s.CorrectionRequest:
        body = s.Approval(request_id=request_id).model_dump()
        return self._parse(self._request("POST", "/v1/counter/approvals", json=body), s.CorrectionRequest)

    def profile(self) -> s.Profile:
        return self._get("/v1/me", s.Profile)

    def my_number(self) -> str:
        """The resident's own full number (for "show number"; keep it in memory only)."""
        return self._get("/v1/me/number", s.MyNumberOut).number

    def links(self, progress: Callable[[int, int], None] | None = None) -> list[s.Link]:
        return self._all_pages("/v1/me/links", s.Link, progress, LINKS_PAGE)

    def link(self, link_id: str) -> s.Link:
        return self._get(f"/v1/me/links/{requests.utils.quote(link_id, safe='')}", s.Link)

    def access_log(self, progress: Callable[[int, int], None] | None = None) -> list[s.AccessLogEntry]:
        return self._all_pages("/v1/me/access-log", s.AccessLogEntry, progress, LOG_PAGE)

    def access_log_pages(self, progress: Callable[[int, int], None] | None = None) -> Iterator[list[s.AccessLogEntry]]:
        return self._pages("/v1/me/access-log", s.AccessLogEntry, progress, LOG_PAGE)

    def correction_requests(self, *, background: bool = False) -> list[s.CorrectionRequest]:
        """``background``: a poll the resident did not ask for; it does not keep the session alive."""
        return self._get("/v1/me/correction-requests", list[s.CorrectionRequest], background=background)

    def correction_request(self, request_id: str) -> s.CorrectionRequest:
        return self._get(f"/v1/me/correction-requests/{requests.utils.quote(request_id, safe='')}",
                         s.CorrectionRequest)

    def notifications(self, *, background: bool = False) -> list[s.Notification]:
        return self._get("/v1/me/notifications", list[s.Notification], background=background)

    def submit_correction(self, body: s.CorrectionCreate, idempotency_key: str) -> s.CorrectionRequest:
        """POST with an idempotency key: urllib3 tries again (same key, so the server creates it
        at most once) until ``send_budget`` runs out. Any ``ApiError`` but a definitive 4xx
        means the outcome is unknown: the caller keeps the request waiting, with this key."""
        resp = self._request("POST", "/v1/me/correction-requests", json=body.model_dump(mode="json"),
                             headers={"Idempotency-Key": idempotency_key}, timeout=self.send_timeout,
                             budget=self.send_budget)
        return self._parse(resp, s.CorrectionRequest)

    # -- the My Number Card (core/card): the service sees a signature, never a PIN ----------------
    def card_challenge(self, *, counter: bool = False) -> "CardChallenge":
        from .card.wire import CardChallenge

        path = "/v1/counter/card-challenges" if counter else "/v1/card/challenges"
        return self._parse(self._request("POST", path, auth=counter), CardChallenge)

    def card_sign_in(self, challenge_id: str, certificates: list[bytes], signature: bytes,
                     *, counter: bool = False) -> s.SessionOut:
        """At home the session becomes this client's; at a counter (staff token) it is returned."""
        from .card.wire import CardSessionCreate

        body = CardSessionCreate(challenge_id=challenge_id, signature=base64.b64encode(signature).decode(),
                                 certificates=[base64.b64encode(c).decode() for c in certificates])
        path = "/v1/counter/card-sessions" if counter else "/v1/card/sessions"
        out = self._parse(self._request("POST", path, auth=counter, json=body.model_dump()), s.SessionOut)
        if not counter:
            self._token = out.token
        return out

    def card_pin_reset_authorization(self, certificate: bytes, card_challenge: bytes, identity_checked: bool) -> bytes:
        from .card.wire import PinResetAuthorization, PinResetCreate

        body = PinResetCreate(identity_checked=identity_checked, certificate=base64.b64encode(certificate).decode(),
                              card_challenge=base64.b64encode(card_challenge).decode())
        out = self._parse(self._request("POST", "/v1/counter/card-pin-resets", json=body.model_dump()),
                          PinResetAuthorization)
        return base64.b64decode(out.authorization)
