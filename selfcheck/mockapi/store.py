"""SQLite storage for the mock API, seeded from ``resources/demo/personas.json``: residents, their
links, access log and sessions here; the counter's part in ``staff.py``, correction requests in
``corrections.py``, shared limits and helpers in ``storeutil.py``, synthetic data in ``seeddata.py``."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import shutil
import sqlite3
import threading
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..core import schema as s
from ..core.personas import load_personas, persona_summaries  # noqa: F401 - the CLI and tests use them here
from ..core.resources import resource
from .corrections import CorrectionRecords
from .seeddata import _generated_links, _generated_log, _with_counterpart
from .staff import StaffRecords
from .storeutil import (  # noqa: F401 - the limits and helpers are the store's: the app, tests and README use them here
    ABSOLUTE_HOURS, CHALLENGES_PER_ADDRESS, COUNTER_RESIDENT_MINUTES, IDLE_MINUTES, JST, LOCKOUT_BASE, LOCKOUT_MAX,
    MAX_STAFF_ATTEMPTS, REPLY_DAYS, STAFF_HOURS, STAFF_SIGN_INS_PER_ADDRESS, THROTTLE_WINDOW_SECONDS, Denied, Throttle, _owner_ref,
    _password_hash, _registered_municipality, _slow_hash, _token_hash)

SCHEMA_VERSION = "6"  # a database from an older version is seeded anew (demo data only)
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


class Store(StaffRecords, CorrectionRecords):
    """The mock API's data: residents, their links and access log, sessions (here); the counter's
    staff and audit log (``staff.py``); correction requests and notifications (``corrections.py``)."""

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
        self.staff_sign_ins_by_address = Throttle(STAFF_SIGN_INS_PER_ADDRESS, THROTTLE_WINDOW_SECONDS, clock)
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

    def open_session(self, rid: str) -> s.SessionOut:
        """A home session for a resident whose card proved who they are (mockapi/jpki.py)."""
        with self._lock:
            self._purge()
            return self._new_session(rid, self.now() + timedelta(hours=ABSOLUTE_HOURS))

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


