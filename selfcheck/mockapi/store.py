"""SQLite storage for the mock API, seeded from ``resources/demo/personas.json``."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import random
import secrets
import shutil
import sqlite3
import threading
import time
import uuid
from collections import deque
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..core import schema as s
from ..core.attachments import check_bytes
from ..core.personas import load_personas, persona_summaries  # noqa: F401 - the CLI and tests use them here
from ..core.resources import resource

JST = timezone(timedelta(hours=9))
MAX_STAFF_ATTEMPTS = 5
SCHEMA_VERSION = "6"  # a database from an older version is seeded anew (demo data only)
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
REPLY_DAYS = 14
_NS = uuid.UUID("6b1d2c1e-3f7a-4a55-9a37-0c9f3b1f5e21")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS residents(
  id TEXT PRIMARY KEY, number_hash TEXT UNIQUE NOT NULL, number_sealed BLOB NOT NULL, profile TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS links(
  id TEXT PRIMARY KEY, resident_id TEXT NOT NULL, seq INTEGER NOT NULL, account_key TEXT, body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS links_by_resident ON links(resident_id, seq);
CREATE INDEX IF NOT EXISTS links_by_account ON links(account_key);
CREATE TABLE IF NOT EXISTS access_log(
  id TEXT PRIMARY KEY, resident_id TEXT NOT NULL, at TEXT NOT NULL, body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS log_by_resident ON access_log(resident_id, at DESC, id);
CREATE TABLE IF NOT EXISTS sessions(token_hash TEXT PRIMARY KEY, resident_id TEXT, expires REAL NOT NULL,
  absolute REAL NOT NULL, kind TEXT NOT NULL DEFAULT 'resident', staff_id TEXT, parent TEXT,
  confirmed INTEGER NOT NULL DEFAULT 1);
CREATE INDEX IF NOT EXISTS sessions_by_parent ON sessions(parent);
CREATE TABLE IF NOT EXISTS staff(
  id TEXT PRIMARY KEY, municipality TEXT NOT NULL, municipality_en TEXT NOT NULL, salt BLOB NOT NULL, hash BLOB NOT NULL,
  supervisor INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS staff_failures(
  staff_id TEXT PRIMARY KEY, failed INTEGER NOT NULL DEFAULT 0, lockouts INTEGER NOT NULL DEFAULT 0,
  locked_until REAL NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS municipalities(
  name TEXT PRIMARY KEY, idle_seconds INTEGER NOT NULL, warn_seconds INTEGER NOT NULL, second_approval INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS audit(
  seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, staff_id TEXT NOT NULL, municipality TEXT NOT NULL,
  action TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '');
CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TABLE IF NOT EXISTS requests(
  id TEXT PRIMARY KEY, resident_id TEXT NOT NULL, idem_key TEXT NOT NULL, body_hash TEXT NOT NULL,
  created TEXT NOT NULL, body TEXT NOT NULL, UNIQUE(resident_id, idem_key));
CREATE TABLE IF NOT EXISTS notifications(
  id TEXT PRIMARY KEY, resident_id TEXT NOT NULL, at TEXT NOT NULL, body TEXT NOT NULL);
"""


def _slow_hash(secret: bytes, salt: bytes) -> bytes:
    # scrypt with a work factor meant to be slow (tens of milliseconds); runs outside the store's
    # lock, and hashlib releases the GIL while it works, so other requests go on meanwhile
    return hashlib.scrypt(secret, salt=salt, n=2**14, r=8, p=1, dklen=32)


def _password_hash(password: str, salt: bytes) -> bytes:
    return _slow_hash(password.encode(), salt)


def install_key_path(db_path: str | Path) -> Path:
    """Where the per-install key of a database lives: beside it, never inside it."""
    return Path(str(db_path) + ".key")


def copy_database(src: str | Path, dst: str | Path) -> None:
    """Copy a seeded database with its install key (without the key its numbers are unreadable,
    by design)."""
    shutil.copyfile(src, dst)
    os.chmod(dst, 0o600)
    shutil.copyfile(install_key_path(src), install_key_path(dst))
    os.chmod(install_key_path(dst), 0o600)


def _private_file(path: Path) -> None:
    """Create ``path`` readable and writable by its owner only, or make it so."""
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


def _load_install_key(path: Path) -> tuple[bytes, bool]:
    """The install key (32 random bytes), made on first use; (key, newly made)."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        os.chmod(path, 0o600)
        key = path.read_bytes()
        if len(key) != 32:
            raise RuntimeError(f"the install key {path.name} is damaged") from None
        return key, False
    key = secrets.token_bytes(32)
    with os.fdopen(fd, "wb") as f:
        f.write(key)
        f.flush()
        os.fsync(f.fileno())
    return key, True


def load_staff() -> list[dict[str, Any]]:
    with resource("demo", "personas.json").open(encoding="utf-8") as f:
        return json.load(f).get("staff", [])


def load_municipalities() -> dict[str, dict[str, Any]]:
    with resource("demo", "personas.json").open(encoding="utf-8") as f:
        return json.load(f).get("municipalities", {})


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
    """Attempts per key in a sliding window (in memory: a restart forgets them; the card's own
    PIN lock is on the card and the staff lockout on disk)."""

    def __init__(self, limit: int, window: float, clock=time.monotonic) -> None:
        self.limit, self.window, self.clock = limit, window, clock
        self._seen: dict[str, deque[float]] = {}
        self._lock = threading.RLock()

    def retry_after(self, key: str) -> int:
        """Seconds to wait before the next try, or 0 if one may try now."""
        with self._lock:
            q = self._trim(key)
            if q is None or len(q) < self.limit:
                return 0
            return max(1, int(q[0] + self.window - self.clock()) + 1)

    def take(self, key: str) -> int:
        """Count a try now, before its (slow) check, unless the key is over the limit: then the
        seconds to wait. Checking and counting at once means concurrent tries cannot all pass
        the check before any of them is counted."""
        with self._lock:
            q = self._trim(key)
            if q is not None and len(q) >= self.limit:
                return max(1, int(q[0] + self.window - self.clock()) + 1)
            self.failed(key)
            return 0

    def forgive(self, key: str) -> None:
        """Take back the newest try counted for ``key`` (it succeeded)."""
        with self._lock:
            q = self._seen.get(key)
            if q:
                q.pop()

    def failed(self, key: str) -> None:
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


class Store:
    def __init__(self, path: str | Path, *, now=lambda: datetime.now(JST), advance_after: timedelta | None = None,
                 clock=time.monotonic, idle_seconds: int = IDLE_MINUTES * 60) -> None:
        """``advance_after``: in the demo, each request moves one status forward after this long.

        The database holds no number in clear and no PIN at all (the card checks its PIN): a
        number is found by its HMAC and kept sealed (AES-GCM) for "show number", both under a
        random per-install key kept in a separate file (``<db>.key``, mode 0600, like the
        database). A database whose key is gone is useless and is seeded anew (demo data only)."""
        self.path = str(path)
        self.now = now
        self.advance_after = advance_after
        self.idle_seconds = idle_seconds  # a home session ends after this long without activity
        self._lock = threading.RLock()
        self.challenges_by_address = Throttle(CHALLENGES_PER_ADDRESS, THROTTLE_WINDOW_SECONDS, clock)
        memory = self.path == ":memory:" or self.path.startswith("file::memory:")
        if memory:
            self._key, fresh_key = secrets.token_bytes(32), True
        else:
            _private_file(Path(self.path))  # before SQLite creates it: never world-readable
            self._key, fresh_key = _load_install_key(install_key_path(self.path))
        self.db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")  # -wal and -shm take the database file's mode
        self.db.execute("PRAGMA synchronous=FULL")
        self._dummy_salt = hmac.new(self._key, b"dummy-salt", hashlib.sha256).digest()[:16]
        version = None
        try:
            version = self._meta("schema")
        except sqlite3.OperationalError:
            version = None  # no meta table: a new database, or one from before versions
        if (version not in (None, SCHEMA_VERSION) or (version is None and self._has_table("residents"))
                or (fresh_key and version is not None)):
            self._drop_all()
        self.db.executescript(_SCHEMA)
        if self._meta("seeded") is None:
            self.seed()

    def _has_table(self, name: str) -> bool:
        return self.db.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,)).fetchone() is not None

    def _drop_all(self) -> None:
        for (name,) in self.db.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'").fetchall():
            self.db.execute(f"DROP TABLE IF EXISTS {name}")

    def close(self) -> None:
        with self._lock:
            self.db.close()

    def _meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    # -- secrets ----------------------------------------------------------------------------
    def resident_id_for(self, number: str) -> str | None:
        """The resident registered with this number (for tools and tests that seed data)."""
        with self._lock:
            row = self.db.execute("SELECT id FROM residents WHERE number_hash=?", (self._number_hash(number),)).fetchone()
        return row[0] if row else None

    def _number_hash(self, number: str) -> str:
        """How the store finds a resident: an HMAC of the number under the install key."""
        return hmac.new(self._key, b"number:" + number.encode(), hashlib.sha256).hexdigest()

    def _sealer(self) -> AESGCM:
        return AESGCM(hmac.new(self._key, b"number-seal", hashlib.sha256).digest())

    def _seal_number(self, number: str, rid: str) -> bytes:
        """The number encrypted under the install key, bound to its resident (as associated data)."""
        nonce = secrets.token_bytes(12)
        return nonce + self._sealer().encrypt(nonce, number.encode(), rid.encode())

    def number_of(self, rid: str) -> str | None:
        """The resident's full number, for their own "show number" (never logged or audited)."""
        with self._lock:
            row = self.db.execute("SELECT number_sealed FROM residents WHERE id=?", (rid,)).fetchone()
        if row is None:
            return None
        sealed = bytes(row[0])
        return self._sealer().decrypt(sealed[:12], sealed[12:], rid.encode()).decode()

    # -- seeding --------------------------------------------------------------------------
    def reset(self) -> None:
        """Back to the seed data. The audit log is append-only, so the reset starts a new one."""
        with self._lock:
            self._drop_all()
            self.db.executescript(_SCHEMA)
            self.seed()

    def seed(self) -> None:
        with self._lock:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                for r in load_personas():
                    self._seed_resident(r)
                for staff in load_staff():
                    salt = secrets.token_bytes(16)
                    self.db.execute("INSERT INTO staff(id, municipality, municipality_en, salt, hash, supervisor) "
                                    "VALUES(?,?,?,?,?,?)",
                                    (staff["id"], staff["municipality"], staff["municipality_en"], salt,
                                     _password_hash(staff["password"], salt), int(staff.get("supervisor", False))))
                for name, policy in load_municipalities().items():
                    self.set_policy(name, **policy)
                self.db.execute("INSERT OR REPLACE INTO meta VALUES('seeded', ?)", (self.now().isoformat(),))
                self.db.execute("INSERT OR REPLACE INTO meta VALUES('schema', ?)", (SCHEMA_VERSION,))
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise

    def _seed_resident(self, r: dict[str, Any]) -> None:
        rid = r["id"]
        profile = s.Profile(resident_id=str(uuid.uuid5(_NS, rid)), name=r["name"], name_kana=r["name_kana"],
                            name_alphabet=r.get("name_alphabet"), former_surnames=r.get("former_surnames", []),
                            aliases=r.get("aliases", []), birth_date=r["birth_date"], sex=r["sex"],
                            number_last4=r["number"][-4:], addresses=r["addresses"])
        self.db.execute("INSERT INTO residents VALUES(?,?,?,?)",
                        (profile.resident_id, self._number_hash(r["number"]),
                         self._seal_number(r["number"], profile.resident_id), profile.model_dump_json()))
        links = list(r["links"]) + list(_generated_links(r, r["generate"]["links"]))
        rows = []
        for seq, raw in enumerate(links):
            raw = dict(raw)
            account = raw.pop("account", None)
            key = "|".join((account["bank"], account["branch"], account["number"])) if account else None
            lid = "L" + uuid.uuid5(_NS, f"{rid}/link/{seq}").hex[:12]
            link = s.Link(id=lid, **raw)
            rows.append((lid, profile.resident_id, seq, key, link.model_dump_json()))
        self.db.executemany("INSERT INTO links VALUES(?,?,?,?,?)", rows)
        log = list(r["access_log"]) + list(_generated_log(r, r["generate"]["access_log"]))
        lrows = []
        home = next((a for a in profile.addresses if a.until is None), profile.addresses[-1] if profile.addresses else None)
        for i, raw in enumerate(log):
            eid = "A" + uuid.uuid5(_NS, f"{rid}/log/{i}").hex[:12]
            e = s.AccessLogEntry(id=eid, **_with_counterpart(raw, home))
            lrows.append((eid, profile.resident_id, e.at.astimezone(timezone.utc).isoformat(), e.model_dump_json()))
        self.db.executemany("INSERT INTO access_log VALUES(?,?,?,?)", lrows)
        self._notify(profile.resident_id, "連携情報の確認をお願いします", "Please check your linked information",
                     "マイナンバーに紐付いた口座・保険証などを確認し、誤りがあれば訂正を申し出てください。",
                     "Check the accounts and certificates linked to your number and ask for a correction if anything is wrong.",
                     at=datetime(2026, 11, 1, 9, 0, tzinfo=JST))

    # -- sessions -------------------------------------------------------------------------
    def _purge(self) -> None:
        """Drop ended sessions (called on every sign-in, so the table never grows without end)."""
        now = self.now().timestamp()
        self.db.execute("DELETE FROM sessions WHERE expires < ? OR absolute < ?", (now, now))
        self.db.execute("DELETE FROM sessions WHERE parent IS NOT NULL AND parent NOT IN "
                        "(SELECT token_hash FROM sessions WHERE kind='staff')")

    def _new_session(self, rid: str, absolute: datetime, *, staff_id: str | None = None,
                     parent: str | None = None) -> s.SessionOut:
        token = secrets.token_urlsafe(32)
        now = self.now()
        idle = min(now + timedelta(seconds=self.idle_seconds), absolute)
        self.db.execute("INSERT INTO sessions(token_hash, resident_id, expires, absolute, staff_id, parent, confirmed) "
                        "VALUES(?,?,?,?,?,?,?)",
                        (_token_hash(token), rid, idle.timestamp(), absolute.timestamp(), staff_id, parent,
                         0 if staff_id else 1))
        return s.SessionOut(token=token, expires_at=absolute, idle_seconds=self.idle_seconds)

    def resident_for(self, token: str, *, activity: bool = True) -> str | None:
        """The resident of a live session. ``activity``: the resident did something (False for
        the app's background polling, which must not keep an unattended session alive)."""
        with self._lock:
            th = _token_hash(token)
            row = self.db.execute("SELECT resident_id, expires, absolute, parent FROM sessions "
                                  "WHERE token_hash=? AND kind='resident'", (th,)).fetchone()
            now = self.now()
            if row is None or row[1] < now.timestamp() or row[2] < now.timestamp():
                if row is not None:
                    self.db.execute("DELETE FROM sessions WHERE token_hash=?", (th,))
                return None
            if row[3] is not None:  # a counter session lives only as long as its staff session
                parent = self.db.execute("SELECT absolute FROM sessions WHERE token_hash=? AND kind='staff'",
                                         (row[3],)).fetchone()
                if parent is None or parent[0] < now.timestamp():
                    self.db.execute("DELETE FROM sessions WHERE token_hash=?", (th,))
                    return None
            if activity:
                self.db.execute("UPDATE sessions SET expires=? WHERE token_hash=?",
                                (min(now.timestamp() + self.idle_seconds, row[2]), th))
            return row[0]

    # -- the municipal counter -----------------------------------------------------------------
    def _audit(self, staff_id: str, municipality: str, action: str, detail: str = "") -> None:
        self.db.execute("INSERT INTO audit(at, staff_id, municipality, action, detail) VALUES(?,?,?,?,?)",
                        (self.now().isoformat(), staff_id, municipality, action, detail))

    def staff_sign_in(self, staff_id: str, password: str) -> s.StaffSessionOut:
        """Known and unknown staff ids do the same work and count failures the same way, so
        neither the answer nor its time tells whether an id exists. Raises Denied("locked",
        retry_after=...) during a lockout, which ends by itself."""
        now = self.now().timestamp()
        with self._lock:
            row = self.db.execute("SELECT municipality, municipality_en, salt, hash FROM staff WHERE id=?",
                                  (staff_id,)).fetchone()
            fail = self.db.execute("SELECT failed, lockouts, locked_until FROM staff_failures WHERE staff_id=?",
                                   (staff_id,)).fetchone() or (0, 0, 0.0)
            muni, muni_en, salt, good = row or ("", "", self._dummy_salt, b"")
            if fail[2] > now:
                self._audit(staff_id, muni, "staff_sign_in_refused", "locked")
                raise Denied("locked", retry_after=int(fail[2] - now) + 1)
            # count this try as failed before the slow check (taken back if the password is
            # right): concurrent guesses cannot all be checked before the first failure is written
            failed, lockouts = fail[0] + 1, fail[1]
            until = 0.0
            if failed >= MAX_STAFF_ATTEMPTS:
                span = min(LOCKOUT_BASE * (2 ** lockouts), LOCKOUT_MAX)
                until, failed, lockouts = now + span.total_seconds(), 0, lockouts + 1
            self.db.execute("INSERT OR REPLACE INTO staff_failures VALUES(?,?,?,?)",
                            (staff_id, failed, lockouts, until))
        candidate = _password_hash(password, salt)
        if row is None or not hmac.compare_digest(candidate, good):
            with self._lock:
                self._audit(staff_id, muni, "staff_sign_in_refused", "locked_out" if until else "wrong_password")
            raise Denied("wrong_password")
        with self._lock:
            self.db.execute("DELETE FROM staff_failures WHERE staff_id=?", (staff_id,))
            self._purge()
            token = secrets.token_urlsafe(32)
            expires = self.now() + timedelta(hours=STAFF_HOURS)
            self.db.execute("INSERT INTO sessions(token_hash, resident_id, expires, absolute, kind, staff_id) "
                            "VALUES(?,?,?,?,?,?)",
                            (_token_hash(token), None, expires.timestamp(), expires.timestamp(), "staff", staff_id))
            self._audit(staff_id, muni, "staff_signed_in")
            return s.StaffSessionOut(token=token, expires_at=expires, staff_id=staff_id, municipality=muni,
                                     municipality_en=muni_en, policy=self.policy(muni))

    def lift_lockout(self, supervisor: tuple[str, str, str], staff_id: str) -> None:
        """A supervisor of the same municipality ends another staff member's lockout."""
        sup_id, muni, _ = supervisor
        with self._lock:
            (is_sup,) = self.db.execute("SELECT supervisor FROM staff WHERE id=?", (sup_id,)).fetchone() or (0,)
            target = self.db.execute("SELECT municipality FROM staff WHERE id=?", (staff_id,)).fetchone()
            if not is_sup:
                self._audit(sup_id, muni, "lockout_lift_refused", "not_supervisor")
                raise Denied("not_supervisor")
            if target is None or target[0] != muni:
                self._audit(sup_id, muni, "lockout_lift_refused", "other_municipality")
                raise Denied("unknown_staff")
            self.db.execute("DELETE FROM staff_failures WHERE staff_id=?", (staff_id,))
            self._audit(sup_id, muni, "lockout_lifted", staff_id)

    def set_policy(self, municipality: str, *, idle_seconds: int = 180, warn_seconds: int = 30,
                   second_approval: bool = False) -> None:
        """What a municipality decides for its counters (the idle timer, a second approver)."""
        policy = s.CounterPolicy(idle_seconds=idle_seconds, warn_seconds=warn_seconds, second_approval=second_approval)
        with self._lock:
            self.db.execute("INSERT OR REPLACE INTO municipalities VALUES(?,?,?,?)",
                            (municipality, policy.idle_seconds, policy.warn_seconds, int(policy.second_approval)))

    def policy(self, municipality: str) -> s.CounterPolicy:
        with self._lock:
            row = self.db.execute("SELECT idle_seconds, warn_seconds, second_approval FROM municipalities WHERE name=?",
                                  (municipality,)).fetchone()
        if row is None:
            return s.CounterPolicy()
        return s.CounterPolicy(idle_seconds=row[0], warn_seconds=row[1], second_approval=bool(row[2]))

    def staff_sign_out(self, staff: tuple[str, str, str], token: str) -> None:
        """Ends the staff session and every resident session opened under it."""
        th = _token_hash(token)
        with self._lock:
            self.db.execute("DELETE FROM sessions WHERE parent=?", (th,))
            self.db.execute("DELETE FROM sessions WHERE token_hash=? AND kind='staff'", (th,))
            self._audit(staff[0], staff[1], "staff_signed_out")

    def end_counter_residents(self, staff: tuple[str, str, str], token: str) -> int:
        """End session at the counter, from the staff side: every resident session of this
        staff session ends, whether or not the resident's own token still reaches the server."""
        with self._lock:
            n = self.db.execute("DELETE FROM sessions WHERE parent=?", (_token_hash(token),)).rowcount
            if n:
                self._audit(staff[0], staff[1], "resident_session_ended")
            return n

    def staff_for(self, token: str) -> tuple[str, str, str] | None:
        """(staff id, municipality, municipality in English) for a live staff token."""
        with self._lock:
            row = self.db.execute("SELECT s.staff_id, f.municipality, f.municipality_en, s.expires FROM sessions s "
                                  "JOIN staff f ON f.id = s.staff_id WHERE s.token_hash=? AND s.kind='staff'",
                                  (_token_hash(token),)).fetchone()
            if row is None or row[3] < self.now().timestamp():
                return None
            return row[0], row[1], row[2]

    def open_session(self, rid: str) -> s.SessionOut:
        """A home session for a resident whose card proved who they are (mockapi/jpki.py)."""
        with self._lock:
            self._purge()
            return self._new_session(rid, self.now() + timedelta(hours=ABSOLUTE_HOURS))

    def open_counter_session(self, staff: tuple[str, str, str], rid: str, staff_token: str) -> s.SessionOut:
        """A counter session for a resident whose card proved who they are (mockapi/jpki.py):
        it belongs to the staff session (it ends with it), unconfirmed until "this is me", audited."""
        staff_id, muni, muni_en = staff
        parent = _token_hash(staff_token)
        with self._lock:
            self._purge()
            row = self.db.execute("SELECT absolute FROM sessions WHERE token_hash=? AND kind='staff'", (parent,)).fetchone()
            if row is None:
                raise Denied("no_staff_session")
            absolute = min(self.now() + timedelta(minutes=COUNTER_RESIDENT_MINUTES), datetime.fromtimestamp(row[0], JST))
            out = self._new_session(rid, absolute, staff_id=staff_id, parent=parent)
            self._audit(staff_id, muni, "resident_session_started", _owner_ref(rid))
            now = self.now()
            entry = s.AccessLogEntry(id="A" + uuid.uuid4().hex[:12], at=now, agency=f"{muni} 窓口", at_counter=True,
                                     counterpart="デジタル庁", counterpart_en="Digital Agency",
                                     agency_en=f"Counter of {muni_en}", item="マイナンバー連携情報",
                                     item_en="My Number link information",
                                     purpose=f"窓口での閲覧（{muni}、職員 {staff_id}）",
                                     purpose_en=f"Viewed at the counter of {muni_en} by staff {staff_id}", direction="query")
            self.db.execute("INSERT INTO access_log VALUES(?,?,?,?)",
                            (entry.id, rid, now.astimezone(timezone.utc).isoformat(), entry.model_dump_json()))
            return out

    def counter_session(self, token: str) -> tuple[str | None, bool] | None:
        """(staff id or None, confirmed) of a resident session."""
        with self._lock:
            row = self.db.execute("SELECT staff_id, confirmed FROM sessions WHERE token_hash=? AND kind='resident'",
                                  (_token_hash(token),)).fetchone()
            return (row[0], bool(row[1])) if row else None

    def confirm_identity(self, token: str) -> None:
        with self._lock:
            th = _token_hash(token)
            row = self.db.execute("SELECT staff_id, resident_id FROM sessions WHERE token_hash=?", (th,)).fetchone()
            self.db.execute("UPDATE sessions SET confirmed=1 WHERE token_hash=?", (th,))
            if row and row[0]:
                (muni,) = self.db.execute("SELECT municipality FROM staff WHERE id=?", (row[0],)).fetchone()
                self._audit(row[0], muni, "identity_confirmed", _owner_ref(row[1]))

    def approve(self, staff: tuple[str, str, str], request_id: str) -> s.CorrectionRequest:
        """A second staff member of the same municipality releases a request made at the counter."""
        staff_id, muni, _ = staff
        with self._lock:
            row = self.db.execute("SELECT resident_id, body FROM requests WHERE id=?", (request_id,)).fetchone()
            req = s.CorrectionRequest.model_validate_json(row[1]) if row else None
            if req is None or req.status is not s.RequestStatus.AWAITING_APPROVAL:
                raise Denied("nothing_to_approve")
            maker = self.db.execute("SELECT municipality FROM staff WHERE id=?", (req.counter_staff_id,)).fetchone()
            if maker is None or maker[0] != muni:
                raise Denied("nothing_to_approve")  # another municipality's requests stay out of sight
            if req.counter_staff_id == staff_id:
                self._audit(staff_id, muni, "approval_refused_same_staff", req.reference)
                raise Denied("same_staff")
            now = self.now()
            change = s.StatusChange(status=s.RequestStatus.RECEIVED, at=now, note=f"職員 {staff_id} が承認しました",
                                    note_en=f"Approved by staff {staff_id}")
            req = req.model_copy(update={"status": s.RequestStatus.RECEIVED, "approved_by": staff_id,
                                         "history": [*req.history, change]})
            self.db.execute("UPDATE requests SET body=? WHERE id=?", (req.model_dump_json(), request_id))
            self._audit(staff_id, muni, "correction_approved", req.reference)
            return req

    def audit_log(self) -> list[s.AuditEntry]:
        with self._lock:
            rows = self.db.execute("SELECT seq, at, staff_id, municipality, action, detail FROM audit ORDER BY seq").fetchall()
        return [s.AuditEntry(seq=a, at=b, staff_id=c, municipality=d, action=e, detail=f) for a, b, c, d, e, f in rows]

    def sign_out(self, token: str) -> None:
        with self._lock:
            self.db.execute("DELETE FROM sessions WHERE token_hash=? AND kind='resident'", (_token_hash(token),))

    def expire_sessions(self) -> None:
        with self._lock:
            self.db.execute("DELETE FROM sessions")

    # -- resident data --------------------------------------------------------------------
    def profile(self, rid: str) -> s.Profile:
        with self._lock:
            (body,) = self.db.execute("SELECT profile FROM residents WHERE id=?", (rid,)).fetchone()
        return s.Profile.model_validate_json(body)

    def _link_from_row(self, body: str, account_key: str | None, rid: str) -> s.Link:
        link = s.Link.model_validate_json(body)
        if account_key:
            (n,) = self.db.execute("SELECT COUNT(DISTINCT resident_id) FROM links WHERE account_key=? AND resident_id<>?",
                                   (account_key, rid)).fetchone()
            if n:
                link = link.model_copy(update={"shared_with_others": n})
        return link

    def links(self, rid: str, offset: int, limit: int) -> s.Page[s.Link]:
        with self._lock:
            (total,) = self.db.execute("SELECT COUNT(*) FROM links WHERE resident_id=?", (rid,)).fetchone()
            rows = self.db.execute("SELECT body, account_key FROM links WHERE resident_id=? ORDER BY seq LIMIT ? OFFSET ?",
                                   (rid, limit, offset)).fetchall()
            items = [self._link_from_row(b, k, rid) for b, k in rows]
        return s.Page[s.Link](items=items, total=total, offset=offset, limit=limit)

    def link(self, rid: str, link_id: str) -> s.Link | None:
        with self._lock:
            row = self.db.execute("SELECT body, account_key FROM links WHERE id=? AND resident_id=?",
                                  (link_id, rid)).fetchone()
            return self._link_from_row(row[0], row[1], rid) if row else None

    def access_log(self, rid: str, offset: int, limit: int) -> s.Page[s.AccessLogEntry]:
        with self._lock:
            (total,) = self.db.execute("SELECT COUNT(*) FROM access_log WHERE resident_id=?", (rid,)).fetchone()
            rows = self.db.execute("SELECT body FROM access_log WHERE resident_id=? ORDER BY at DESC, id LIMIT ? OFFSET ?",
                                   (rid, limit, offset)).fetchall()
        return s.Page[s.AccessLogEntry](items=[s.AccessLogEntry.model_validate_json(b) for (b,) in rows],
                                         total=total, offset=offset, limit=limit)

    # -- correction requests -------------------------------------------------------------
    def create_request(self, rid: str, key: str, body: s.CorrectionCreate,
                       counter_staff: str | None = None) -> tuple[s.CorrectionRequest, bool]:
        """Return (request, created). Raises Denied for a reused key with another body."""
        canonical = json.dumps(body.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
        body_hash = hashlib.sha256(canonical.encode()).hexdigest()
        # decoding pictures and parsing PDFs takes seconds: done before the store's lock is
        # taken, else one resident's attachments stall every other request
        infos = _check_attachments(body.attachments)
        with self._lock:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                row = self.db.execute("SELECT body_hash, body FROM requests WHERE resident_id=? AND idem_key=?",
                                      (rid, key)).fetchone()
                if row is not None:
                    self.db.execute("COMMIT")
                    if row[0] != body_hash:
                        raise Denied("idempotency_conflict")
                    return s.CorrectionRequest.model_validate_json(row[1]), False
                seen = set()
                for item in body.items:
                    if item.link_id in seen:
                        raise Denied("duplicate_item")
                    seen.add(item.link_id)
                    if self.db.execute("SELECT 1 FROM links WHERE id=? AND resident_id=?",
                                       (item.link_id, rid)).fetchone() is None:
                        raise Denied("link_not_found")
                now = self.now()
                muni = None
                if counter_staff:
                    (muni,) = self.db.execute("SELECT municipality FROM staff WHERE id=?", (counter_staff,)).fetchone()
                held = bool(muni) and self.policy(muni).second_approval
                n = int(self._meta("next_reference") or "1")
                self.db.execute("INSERT OR REPLACE INTO meta VALUES('next_reference', ?)", (str(n + 1),))
                ref = f"SC-{now.year:04d}-{(n // 10000) % 10000:04d}-{n % 10000:04d}"
                if isinstance(infos, Denied):
                    raise infos
                first = (s.StatusChange(status=s.RequestStatus.AWAITING_APPROVAL, at=now,
                                        note="窓口で受け付けました。別の職員の承認を待っています",
                                        note_en="Taken at the counter; waiting for a second staff member to approve")
                         if held else s.StatusChange(status=s.RequestStatus.RECEIVED, at=now, note="受け付けました",
                                                     note_en="Received"))
                req = s.CorrectionRequest(
                    id="R" + uuid.uuid4().hex[:12], reference=ref, created_at=now, status=first.status,
                    items=body.items, attachments=infos, expected_reply_by=(now + timedelta(days=REPLY_DAYS)).date(),
                    counter_staff_id=counter_staff, history=[first])
                self.db.execute("INSERT INTO requests VALUES(?,?,?,?,?,?)",
                                (req.id, rid, key, body_hash, now.isoformat(), req.model_dump_json()))
                if counter_staff:
                    self._audit(counter_staff, muni, "correction_submitted", ref)
                self._notify(rid, f"訂正の申出を受け付けました（{ref}）", f"Correction request received ({ref})",
                             f"{len(body.items)} 件の訂正の申出を受け付けました。{REPLY_DAYS} 日以内に結果をお知らせします。",
                             f"We received your request about {len(body.items)} item(s). We will reply within {REPLY_DAYS} days.",
                             at=now)
                self.db.execute("COMMIT")
            except BaseException:
                if self.db.in_transaction:
                    self.db.execute("ROLLBACK")
                raise
            return req, True

    def _advance_by_time(self, rid: str) -> None:
        if self.advance_after is None:
            return
        rows = self.db.execute("SELECT body FROM requests WHERE resident_id=?", (rid,)).fetchall()
        for (body,) in rows:
            req = s.CorrectionRequest.model_validate_json(body)
            while req.status in self._NEXT and self.now() - req.history[-1].at >= self.advance_after:
                moved = self.advance(req.reference, at=req.history[-1].at + self.advance_after)
                if moved is None or moved.status == req.status:
                    break
                req = moved

    def requests(self, rid: str) -> list[s.CorrectionRequest]:
        with self._lock:
            self._advance_by_time(rid)
            rows = self.db.execute("SELECT body FROM requests WHERE resident_id=? ORDER BY created DESC", (rid,)).fetchall()
        return [s.CorrectionRequest.model_validate_json(b) for (b,) in rows]

    def request(self, rid: str, request_id: str) -> s.CorrectionRequest | None:
        with self._lock:
            self._advance_by_time(rid)
            row = self.db.execute("SELECT body FROM requests WHERE id=? AND resident_id=?", (request_id, rid)).fetchone()
        return s.CorrectionRequest.model_validate_json(row[0]) if row else None

    _NEXT = {s.RequestStatus.RECEIVED: s.RequestStatus.UNDER_REVIEW, s.RequestStatus.UNDER_REVIEW: s.RequestStatus.CORRECTED}

    def advance(self, reference: str, reject_reason: str | None = None, at: datetime | None = None) -> s.CorrectionRequest | None:
        with self._lock:
            row = self.db.execute("SELECT id, resident_id, body FROM requests WHERE json_extract(body, '$.reference')=?",
                                  (reference,)).fetchone()
            if row is None:
                return None
            req = s.CorrectionRequest.model_validate_json(row[2])
            nxt = s.RequestStatus.REJECTED if reject_reason else self._NEXT.get(req.status)
            if nxt is None:
                return req
            now = at or self.now()
            change = s.StatusChange(status=nxt, at=now, note=reject_reason or "", note_en=reject_reason or "")
            req = req.model_copy(update={"status": nxt, "history": [*req.history, change]})
            self.db.execute("UPDATE requests SET body=? WHERE id=?", (req.model_dump_json(), row[0]))
            ja = {"under_review": "確認中", "corrected": "訂正済み", "rejected": "訂正せず"}[nxt.value]
            en = {"under_review": "under review", "corrected": "corrected", "rejected": "not corrected"}[nxt.value]
            self._notify(row[1], f"訂正の申出の状況が変わりました（{reference}）", f"Your correction request changed ({reference})",
                         f"状況：{ja}", f"Status: {en}", at=now)
            return req

    def notifications(self, rid: str) -> list[s.Notification]:
        with self._lock:
            rows = self.db.execute("SELECT body FROM notifications WHERE resident_id=? ORDER BY at DESC", (rid,)).fetchall()
        return [s.Notification.model_validate_json(b) for (b,) in rows]

    def _notify(self, rid: str, title: str, title_en: str, body: str, body_en: str, *, at: datetime) -> None:
        n = s.Notification(id="N" + uuid.uuid4().hex[:12], at=at, title=title, title_en=title_en, body=body, body_en=body_en)
        self.db.execute("INSERT INTO notifications VALUES(?,?,?,?)", (n.id, rid, at.isoformat(), n.model_dump_json()))


def _check_attachments(attachments: list[s.Attachment]) -> list[s.AttachmentInfo] | Denied:
    """What the store keeps of each attachment, or the refusal (raised only after the
    idempotency check, so a repeated request is answered as before)."""
    infos = []
    for a in attachments:
        try:
            raw = base64.b64decode(a.data, validate=True)
        except ValueError:
            return Denied("attachment_invalid")
        kind, problem = check_bytes(raw)
        if problem or kind != a.media_type:
            return Denied("attachment_invalid")
        infos.append(s.AttachmentInfo(filename=a.filename, media_type=kind, size=len(raw)))
    return infos


# -- synthetic data for the large persona ---------------------------------------------------
_AGENCIES = [("日本年金機構", "Japan Pension Service"), ("全国健康保険協会", "Japan Health Insurance Association"),
             ("福岡市", "Fukuoka City"), ("国税庁", "National Tax Agency"), ("デジタル庁", "Digital Agency"),
             ("ハローワーク福岡中央", "Hello Work Fukuoka Chuo"), ("福岡県", "Fukuoka Prefecture")]
_ITEMS = [("地方税関係情報", "Local tax information", "年金給付の審査", "Pension benefit review"),
          ("住民票関係情報", "Resident register information", "資格確認", "Eligibility check"),
          ("医療保険給付関係情報", "Health insurance benefit information", "高額療養費の支給", "High-cost medical refund"),
          ("雇用保険関係情報", "Employment insurance information", "失業給付の審査", "Unemployment benefit review"),
          ("公金受取口座情報", "Benefit account information", "給付金の支給", "Payment of a benefit")]


def _generated_links(r: dict[str, Any], count: int):
    rnd = random.Random(f"{r['id']}/links")
    start = date(1990, 4, 1)
    for i in range(count):
        kind = ("health_insurance", "pension", "disability_certificate")[i % 3]
        vf = start + timedelta(days=rnd.randrange(0, 12000))
        org, org_en = ("日本年金機構", "Japan Pension Service") if kind == "pension" else \
            ("福岡市", "Fukuoka City") if kind == "disability_certificate" else ("全国健康保険協会 福岡支部", "Japan Health Insurance Association, Fukuoka")
        yield {"kind": kind, "title": f"{'健康保険' if kind == 'health_insurance' else '年金' if kind == 'pension' else '手帳'} 記録 {i + 1:04d}",
               "title_en": f"{kind.replace('_', ' ').capitalize()} record {i + 1:04d}",
               "holder_name": r["name"], "holder_kana": r["name_kana"], "holder_birth_date": r["birth_date"],
               "holder_sex": r["sex"], "organisation": org, "organisation_en": org_en, "organisation_municipality": "福岡市",
               "organisation_municipality_en": "Fukuoka City",
               "channel": ("insurer", "pension_office", "municipal_counter")[i % 3],
               "registered_at": datetime(2018, 1, 1, 9, tzinfo=JST) + timedelta(hours=rnd.randrange(0, 70000)),
               "registered_by": org, "registered_by_en": org_en, "valid_from": vf, "valid_until": None, "status": "active",
               "issuer": "pension_service" if kind == "pension" else "insurer" if kind == "health_insurance" else "municipality",
               "details": [{"key": "record_number", "value": f"{rnd.randrange(10**7, 10**8)}"}]}


# who holds each kind of information: the other side of an exchange in the access log
_HOLDERS = {"住民票関係情報": ("地方公共団体情報システム機構", "J-LIS (Japan Agency for Local Authority Information Systems)"),
            "公金受取口座情報": ("デジタル庁", "Digital Agency"),
            "医療保険給付関係情報": ("全国健康保険協会", "Japan Health Insurance Association"),
            "雇用保険関係情報": ("厚生労働省", "Ministry of Health, Labour and Welfare")}


def _with_counterpart(raw: dict[str, Any], home) -> dict[str, Any]:
    """The entry with the other agency of the exchange, unless the data says it already: who
    provided what was asked for (local tax and disability records: the resident's municipality),
    or who received what was provided (the municipality that pays the benefit)."""
    if raw.get("counterpart"):
        return raw
    mine = (home.municipality, home.municipality_en) if home is not None else ("市区町村", "The municipality")
    if raw["direction"] == "query":
        other = _HOLDERS.get(raw["item"], mine)
    else:
        other = mine if raw["agency"] != mine[0] else ("日本年金機構", "Japan Pension Service")
    return {**raw, "counterpart": other[0], "counterpart_en": other[1]}


def _generated_log(r: dict[str, Any], count: int):
    rnd = random.Random(f"{r['id']}/log")
    t0 = datetime(2019, 11, 27, tzinfo=JST)
    for i in range(count):
        a, a_en = _AGENCIES[rnd.randrange(len(_AGENCIES))]
        item, item_en, why, why_en = _ITEMS[rnd.randrange(len(_ITEMS))]
        yield {"at": t0 + timedelta(minutes=rnd.randrange(0, 7 * 365 * 24 * 60)), "agency": a, "agency_en": a_en,
               "item": item, "item_en": item_en, "purpose": why, "purpose_en": why_en,
               "direction": "query" if rnd.random() < 0.7 else "provide"}
