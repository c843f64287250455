"""SQLite storage for the mock API, seeded from ``resources/demo/personas.json``."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import random
import secrets
import sqlite3
import threading
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from ..core import schema as s
from ..core.attachments import check_bytes
from ..core.personas import load_personas, persona_summaries  # noqa: F401 - the CLI and tests use them here
from ..core.resources import resource

JST = timezone(timedelta(hours=9))
MAX_PIN_ATTEMPTS = 3
MAX_STAFF_ATTEMPTS = 5
SCHEMA_VERSION = "3"  # a database from an older version is seeded anew (demo data only)
SESSION_MINUTES = 30
REPLY_DAYS = 14
_NS = uuid.UUID("6b1d2c1e-3f7a-4a55-9a37-0c9f3b1f5e21")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS residents(
  id TEXT PRIMARY KEY, number_hash TEXT UNIQUE NOT NULL, pin_salt BLOB NOT NULL, pin_hash BLOB NOT NULL,
  failed INTEGER NOT NULL DEFAULT 0, locked INTEGER NOT NULL DEFAULT 0, profile TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS links(
  id TEXT PRIMARY KEY, resident_id TEXT NOT NULL, seq INTEGER NOT NULL, account_key TEXT, body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS links_by_resident ON links(resident_id, seq);
CREATE INDEX IF NOT EXISTS links_by_account ON links(account_key);
CREATE TABLE IF NOT EXISTS access_log(
  id TEXT PRIMARY KEY, resident_id TEXT NOT NULL, at TEXT NOT NULL, body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS log_by_resident ON access_log(resident_id, at DESC, id);
CREATE TABLE IF NOT EXISTS sessions(token_hash TEXT PRIMARY KEY, resident_id TEXT, expires REAL NOT NULL,
  kind TEXT NOT NULL DEFAULT 'resident', staff_id TEXT, confirmed INTEGER NOT NULL DEFAULT 1);
CREATE TABLE IF NOT EXISTS staff(
  id TEXT PRIMARY KEY, municipality TEXT NOT NULL, municipality_en TEXT NOT NULL, salt BLOB NOT NULL, hash BLOB NOT NULL,
  failed INTEGER NOT NULL DEFAULT 0);
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


def _number_hash(number: str) -> str:
    # The store never keeps a number in clear; a keyed hash finds the resident.
    return hmac.new(b"selfcheck-mock-api", number.encode(), hashlib.sha256).hexdigest()


def _pin_hash(pin: str, salt: bytes) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, n=2**12, r=8, p=1, dklen=32)


def _password_hash(password: str, salt: bytes) -> bytes:
    # staff passwords: scrypt with a work factor meant to be slow (about 50 ms)
    return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)


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
    def __init__(self, code: str, attempts_left: int | None = None):
        self.code = code
        self.attempts_left = attempts_left


class Store:
    def __init__(self, path: str | Path, *, now=lambda: datetime.now(JST), advance_after: timedelta | None = None) -> None:
        """``advance_after``: in the demo, each request moves one status forward after this long."""
        self.path = str(path)
        self.now = now
        self.advance_after = advance_after
        self._lock = threading.RLock()
        self.db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        version = None
        try:
            version = self._meta("schema")
        except sqlite3.OperationalError:
            version = None  # no meta table: a new database, or one from before versions
        if version not in (None, SCHEMA_VERSION) or (version is None and self._has_table("residents")):
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
                    self.db.execute("INSERT INTO staff(id, municipality, municipality_en, salt, hash) VALUES(?,?,?,?,?)",
                                    (staff["id"], staff["municipality"], staff["municipality_en"], salt,
                                     _password_hash(staff["password"], salt)))
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
        salt = secrets.token_bytes(16)
        profile = s.Profile(resident_id=str(uuid.uuid5(_NS, rid)), name=r["name"], name_kana=r["name_kana"],
                            name_alphabet=r.get("name_alphabet"), birth_date=r["birth_date"], sex=r["sex"],
                            number_last4=r["number"][-4:], addresses=r["addresses"])
        self.db.execute("INSERT INTO residents VALUES(?,?,?,?,?,?,?)",
                        (profile.resident_id, _number_hash(r["number"]), salt, _pin_hash(r["pin"], salt),
                         MAX_PIN_ATTEMPTS if r.get("locked") else 0, 1 if r.get("locked") else 0,
                         profile.model_dump_json()))
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
        for i, raw in enumerate(log):
            eid = "A" + uuid.uuid5(_NS, f"{rid}/log/{i}").hex[:12]
            e = s.AccessLogEntry(id=eid, **raw)
            lrows.append((eid, profile.resident_id, e.at.astimezone(timezone.utc).isoformat(), e.model_dump_json()))
        self.db.executemany("INSERT INTO access_log VALUES(?,?,?,?)", lrows)
        self._notify(profile.resident_id, "連携情報の確認をお願いします", "Please check your linked information",
                     "マイナンバーに紐付いた口座・保険証などを確認し、誤りがあれば訂正を申し出てください。",
                     "Check the accounts and certificates linked to your number and ask for a correction if anything is wrong.",
                     at=datetime(2026, 11, 1, 9, 0, tzinfo=JST))

    # -- sessions -------------------------------------------------------------------------
    def sign_in(self, number: str, pin: str) -> s.SessionOut:
        with self._lock:
            row = self.db.execute("SELECT id, pin_salt, pin_hash, failed, locked FROM residents WHERE number_hash=?",
                                  (_number_hash(number),)).fetchone()
            if row is None:
                raise Denied("unknown_number")
            rid, salt, good, failed, locked = row
            if locked:
                raise Denied("locked", 0)
            if not hmac.compare_digest(_pin_hash(pin, salt), good):
                failed += 1
                locked = failed >= MAX_PIN_ATTEMPTS
                self.db.execute("UPDATE residents SET failed=?, locked=? WHERE id=?", (failed, int(locked), rid))
                raise Denied("locked" if locked else "wrong_pin", max(0, MAX_PIN_ATTEMPTS - failed))
            self.db.execute("UPDATE residents SET failed=0 WHERE id=?", (rid,))
            token = secrets.token_urlsafe(32)
            expires = self.now() + timedelta(minutes=SESSION_MINUTES)
            self.db.execute("INSERT INTO sessions(token_hash, resident_id, expires) VALUES(?,?,?)",
                            (hashlib.sha256(token.encode()).hexdigest(), rid, expires.timestamp()))
            return s.SessionOut(token=token, expires_at=expires)

    def resident_for(self, token: str) -> str | None:
        with self._lock:
            th = hashlib.sha256(token.encode()).hexdigest()
            row = self.db.execute("SELECT resident_id, expires FROM sessions WHERE token_hash=? AND kind='resident'",
                                  (th,)).fetchone()
            now = self.now()
            if row is None or row[1] < now.timestamp():
                return None
            # sliding expiry: each use extends the session
            self.db.execute("UPDATE sessions SET expires=? WHERE token_hash=?",
                            ((now + timedelta(minutes=SESSION_MINUTES)).timestamp(), th))
            return row[0]

    # -- the municipal counter -----------------------------------------------------------------
    def _audit(self, staff_id: str, municipality: str, action: str, detail: str = "") -> None:
        self.db.execute("INSERT INTO audit(at, staff_id, municipality, action, detail) VALUES(?,?,?,?,?)",
                        (self.now().isoformat(), staff_id, municipality, action, detail))

    def staff_sign_in(self, staff_id: str, password: str) -> s.StaffSessionOut:
        with self._lock:
            row = self.db.execute("SELECT municipality, municipality_en, salt, hash, failed FROM staff WHERE id=?",
                                  (staff_id,)).fetchone()
            if row is None:
                raise Denied("wrong_password")
            muni, muni_en, salt, good, failed = row
            if failed >= MAX_STAFF_ATTEMPTS:
                raise Denied("locked")
            if not hmac.compare_digest(_password_hash(password, salt), good):
                self.db.execute("UPDATE staff SET failed=failed+1 WHERE id=?", (staff_id,))
                raise Denied("wrong_password")
            self.db.execute("UPDATE staff SET failed=0 WHERE id=?", (staff_id,))
            token = secrets.token_urlsafe(32)
            expires = self.now() + timedelta(hours=9)
            self.db.execute("INSERT INTO sessions(token_hash, resident_id, expires, kind, staff_id) VALUES(?,?,?,?,?)",
                            (hashlib.sha256(token.encode()).hexdigest(), None, expires.timestamp(), "staff", staff_id))
            self._audit(staff_id, muni, "staff_signed_in")
            return s.StaffSessionOut(token=token, expires_at=expires, staff_id=staff_id, municipality=muni,
                                     municipality_en=muni_en, policy=self.policy(muni))

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
        with self._lock:
            self.db.execute("DELETE FROM sessions WHERE token_hash=? AND kind='staff'",
                            (hashlib.sha256(token.encode()).hexdigest(),))
            self._audit(staff[0], staff[1], "staff_signed_out")

    def staff_for(self, token: str) -> tuple[str, str, str] | None:
        """(staff id, municipality, municipality in English) for a live staff token."""
        with self._lock:
            row = self.db.execute("SELECT s.staff_id, f.municipality, f.municipality_en, s.expires FROM sessions s "
                                  "JOIN staff f ON f.id = s.staff_id WHERE s.token_hash=? AND s.kind='staff'",
                                  (hashlib.sha256(token.encode()).hexdigest(),)).fetchone()
            if row is None or row[3] < self.now().timestamp():
                return None
            return row[0], row[1], row[2]

    def counter_sign_in(self, staff: tuple[str, str, str], number: str, pin: str) -> s.SessionOut:
        """The resident enters their own PIN at the counter: a resident session stamped with the
        staff member, not confirmed until the resident says "this is me"."""
        staff_id, muni, muni_en = staff
        with self._lock:
            try:
                out = self.sign_in(number, pin)
            except Denied as d:
                self._audit(staff_id, muni, "resident_sign_in_refused", d.code)
                raise
            th = hashlib.sha256(out.token.encode()).hexdigest()
            self.db.execute("UPDATE sessions SET staff_id=?, confirmed=0 WHERE token_hash=?", (staff_id, th))
            (rid,) = self.db.execute("SELECT resident_id FROM sessions WHERE token_hash=?", (th,)).fetchone()
            self._audit(staff_id, muni, "resident_session_started", _owner_ref(rid))
            now = self.now()
            entry = s.AccessLogEntry(id="A" + uuid.uuid4().hex[:12], at=now, agency=f"{muni} 窓口",
                                     agency_en=f"Counter of {muni_en}", item="マイナンバー連携情報",
                                     item_en="My Number link information",
                                     purpose=f"窓口での閲覧（{muni}、職員 {staff_id}）",
                                     purpose_en=f"Viewed at the counter of {muni_en} by staff {staff_id}", direction="provide")
            self.db.execute("INSERT INTO access_log VALUES(?,?,?,?)",
                            (entry.id, rid, now.astimezone(timezone.utc).isoformat(), entry.model_dump_json()))
            return out

    def counter_session(self, token: str) -> tuple[str | None, bool] | None:
        """(staff id or None, confirmed) of a resident session."""
        with self._lock:
            row = self.db.execute("SELECT staff_id, confirmed FROM sessions WHERE token_hash=? AND kind='resident'",
                                  (hashlib.sha256(token.encode()).hexdigest(),)).fetchone()
            return (row[0], bool(row[1])) if row else None

    def confirm_identity(self, token: str) -> None:
        with self._lock:
            th = hashlib.sha256(token.encode()).hexdigest()
            row = self.db.execute("SELECT staff_id, resident_id FROM sessions WHERE token_hash=?", (th,)).fetchone()
            self.db.execute("UPDATE sessions SET confirmed=1 WHERE token_hash=?", (th,))
            if row and row[0]:
                (muni,) = self.db.execute("SELECT municipality FROM staff WHERE id=?", (row[0],)).fetchone()
                self._audit(row[0], muni, "identity_confirmed", _owner_ref(row[1]))

    def counter_unlock(self, staff: tuple[str, str, str], number: str, new_pin: str) -> None:
        staff_id, muni, _ = staff
        with self._lock:
            row = self.db.execute("SELECT id FROM residents WHERE number_hash=?", (_number_hash(number),)).fetchone()
            if row is None:
                raise Denied("unknown_number")
            salt = secrets.token_bytes(16)
            self.db.execute("UPDATE residents SET failed=0, locked=0, pin_salt=?, pin_hash=? WHERE id=?",
                            (salt, _pin_hash(new_pin, salt), row[0]))
            self._audit(staff_id, muni, "card_unlocked", _owner_ref(row[0]))

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
            self.db.execute("DELETE FROM sessions WHERE token_hash=?", (hashlib.sha256(token.encode()).hexdigest(),))

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
                infos = []
                for a in body.attachments:
                    try:
                        raw = base64.b64decode(a.data, validate=True)
                    except ValueError:
                        raise Denied("attachment_invalid") from None
                    kind, problem = check_bytes(raw)
                    if problem or kind != a.media_type:
                        raise Denied("attachment_invalid")
                    infos.append(s.AttachmentInfo(filename=a.filename, media_type=kind, size=len(raw)))
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
               "channel": ("insurer", "pension_office", "municipal_counter")[i % 3],
               "registered_at": datetime(2018, 1, 1, 9, tzinfo=JST) + timedelta(hours=rnd.randrange(0, 70000)),
               "registered_by": org, "valid_from": vf, "valid_until": None, "status": "active",
               "issuer": "pension_service" if kind == "pension" else "insurer" if kind == "health_insurance" else "municipality",
               "details": [{"key": "record_number", "value": f"{rnd.randrange(10**7, 10**8)}"}]}


def _generated_log(r: dict[str, Any], count: int):
    rnd = random.Random(f"{r['id']}/log")
    t0 = datetime(2019, 11, 27, tzinfo=JST)
    for i in range(count):
        a, a_en = _AGENCIES[rnd.randrange(len(_AGENCIES))]
        item, item_en, why, why_en = _ITEMS[rnd.randrange(len(_ITEMS))]
        yield {"at": t0 + timedelta(minutes=rnd.randrange(0, 7 * 365 * 24 * 60)), "agency": a, "agency_en": a_en,
               "item": item, "item_en": item_en, "purpose": why, "purpose_en": why_en,
               "direction": "query" if rnd.random() < 0.7 else "provide"}
