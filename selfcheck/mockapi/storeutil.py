"""What every part of the mock API's store uses: its time zone and limits, the refusal it raises,
how it hashes tokens and passwords and names a resident in the audit log, and the throttle."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from collections import deque
from datetime import timedelta, timezone

JST = timezone(timedelta(hours=9))
MAX_STAFF_ATTEMPTS = 5
# A home session ends after this long without the resident doing anything (the app's background
# polling does not count), and in any case this long after sign-in.
IDLE_MINUTES = 15
ABSOLUTE_HOURS = 8
# A resident session opened at a counter lives at most this long, and never past its staff session.
COUNTER_RESIDENT_MINUTES = 60
STAFF_HOURS = 9
# Staff lockout: after MAX_STAFF_ATTEMPTS wrong passwords, locked for LOCKOUT_BASE, doubling with
# each further lockout up to LOCKOUT_MAX; a right password or a supervisor ends it.
LOCKOUT_BASE = timedelta(minutes=1)
LOCKOUT_MAX = timedelta(hours=1)
# Card sign-in challenges a client address may ask for in a sliding window (each is a row in the
# database until it expires): 429 with Retry-After beyond that. The PIN's own limit is on the card.
THROTTLE_WINDOW_SECONDS = 60
CHALLENGES_PER_ADDRESS = 30
# Staff password checks a client address may make in the same window, over all staff ids (each
# id's own lockout stops guessing one id, not spraying many): 429 with Retry-After beyond that,
# without checking or recording. A right password gives its place back.
STAFF_SIGN_INS_PER_ADDRESS = 30
REPLY_DAYS = 14


def _slow_hash(secret: bytes, salt: bytes) -> bytes:
    # scrypt with a work factor meant to be slow (tens of milliseconds); runs outside the store's
    # lock, and hashlib releases the GIL while it works, so other requests go on meanwhile
    return hashlib.scrypt(secret, salt=salt, n=2**14, r=8, p=1, dklen=32)


def _password_hash(password: str, salt: bytes) -> bytes:
    return _slow_hash(password.encode(), salt)


def _owner_ref(resident_id: str | None) -> str:
    """How the audit log names a resident: a keyed hash, never the number."""
    return hmac.new(b"selfcheck-audit", (resident_id or "").encode(), hashlib.sha256).hexdigest()[:16]


class Denied(Exception):
    def __init__(self, code: str, attempts_left: int | None = None, *, retry_after: int | None = None):
        self.code = code
        self.attempts_left = attempts_left
        self.retry_after = retry_after


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def _registered_municipality(profile_json: str) -> str | None:
    """Where the resident is registered now: their current address."""
    profile = json.loads(profile_json)
    current = [a for a in profile.get("addresses", []) if not a.get("until")]
    return current[-1]["municipality"] if current else None


class Throttle:
    """Requests per key (a client address) in a sliding window, in memory: a restart forgets them
    (the card's own PIN lock is on the card, the staff lockout on disk)."""

    def __init__(self, limit: int, window: float, clock=time.monotonic) -> None:
        self.limit, self.window, self.clock = limit, window, clock
        self._seen: dict[str, deque[float]] = {}
        self._lock = threading.RLock()

    def take(self, key: str) -> int:
        """Count a request now, unless the key is over the limit: then the seconds to wait.
        Checking and counting at once means concurrent requests cannot all pass the check
        before any of them is counted."""
        with self._lock:
            q = self._trim(key)
            if q is not None and len(q) >= self.limit:
                return max(1, int(q[0] + self.window - self.clock()) + 1)
            self._count(key)
            return 0

    def give_back(self, key: str) -> None:
        """Uncount the latest request of ``key`` (it turned out to be one the limit is not for)."""
        with self._lock:
            q = self._seen.get(key)
            if q:
                q.pop()

    def _count(self, key: str) -> None:
        with self._lock:
            q = self._seen.setdefault(key, deque())
            q.append(self.clock())
            if len(self._seen) > 100_000:  # bounded memory under a flood of addresses
                for k in [k for k, v in self._seen.items() if not v or v[-1] < self.clock() - self.window]:
                    del self._seen[k]

    def _trim(self, key: str) -> deque[float] | None:
        q = self._seen.get(key)
        if q is None:
            return None
        cutoff = self.clock() - self.window
        while q and q[0] <= cutoff:
            q.popleft()
        return q
