"""What can go wrong talking to the API, as kinds the GUI turns into plain messages.

Exception texts carry only the kind, HTTP status and the server's problem code: never a
request body, a token or a number, so they are safe to log.
"""

from __future__ import annotations

from enum import Enum


class ErrorKind(str, Enum):
    OFFLINE = "offline"  # could not connect at all
    TIMEOUT = "timeout"  # connected, no answer in time
    BAD_RESPONSE = "bad_response"  # an answer we could not understand
    LOCKED = "locked"
    SESSION_EXPIRED = "session_expired"
    NOT_FOUND = "not_found"
    INVALID = "invalid"  # the server refused the input
    CONFLICT = "conflict"  # idempotency key reused with another body
    SERVER = "server"  # 5xx
    RATE_LIMITED = "rate_limited"
    WRONG_PASSWORD = "wrong_password"  # counter staff
    STAFF_LOCKED = "staff_locked"
    FORBIDDEN = "forbidden"  # e.g. not confirmed at the counter, or the same staff member approving
    CARD_REFUSED = "card_refused"  # the service refused the card's certificate or signature (code says why)


class ApiError(Exception):
    def __init__(self, kind: ErrorKind, *, status: int | None = None, code: str | None = None,
                 attempts_left: int | None = None) -> None:
        self.kind = kind
        self.status = status
        self.code = code
        self.attempts_left = attempts_left
        super().__init__(f"{kind.value} (status={status}, code={code})")

    @property
    def needs_sign_in(self) -> bool:
        return self.kind is ErrorKind.SESSION_EXPIRED

    @property
    def refused_who(self) -> bool:
        """Refused for who is asking (no session, or not confirmed at the counter), not for what
        was sent: the answers go back to the user, nothing is kept."""
        return self.kind in (ErrorKind.SESSION_EXPIRED, ErrorKind.FORBIDDEN)

    @property
    def refused(self) -> bool:
        """A definitive no from the service for what was sent (a 4xx with a reason, not about
        the session): the request was not taken and sending it again cannot change that.
        Every other failure of a send leaves its outcome unknown: it stays waiting."""
        return self.status is not None and 400 <= self.status < 500 and self.kind in (
            ErrorKind.INVALID, ErrorKind.CONFLICT, ErrorKind.NOT_FOUND)

    @property
    def retryable(self) -> bool:
        return self.kind in (ErrorKind.OFFLINE, ErrorKind.TIMEOUT, ErrorKind.SERVER, ErrorKind.RATE_LIMITED)
