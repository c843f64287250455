"""The municipal counter's side of the mock API's store: staff sign-in and lockout, the
municipalities' counter policies, resident sessions opened through a staff session, "this is me",
the second approval and the append-only audit log. A part of ``store.Store`` (same database and lock)."""

from __future__ import annotations

import hmac
import secrets
import uuid
from datetime import datetime, timedelta, timezone

from ..core import schema as s
from .storeutil import (COUNTER_RESIDENT_MINUTES, JST, LOCKOUT_BASE, LOCKOUT_MAX, MAX_STAFF_ATTEMPTS, STAFF_HOURS,
                        Denied, _owner_ref, _password_hash, _token_hash)


class StaffRecords:
    """Counter staff and what they do (mixed into ``store.Store``)."""

    def _audit(self, staff_id: str, municipality: str, action: str, detail: str = "") -> None:
        self.db.execute("INSERT INTO audit(at, staff_id, municipality, action, detail) VALUES(?,?,?,?,?)",
                        (self.now().isoformat(), staff_id, municipality, action, detail))

    def staff_sign_in(self, staff_id: str, password: str, address: str | None = None) -> s.StaffSessionOut:
        """Known and unknown staff ids do the same work and count failures the same way, so
        neither the answer nor its time tells whether an id exists. Raises Denied("locked",
        retry_after=...) during a lockout, which ends by itself, and Denied("throttled",
        retry_after=...) when the client ``address`` made too many password checks (over all ids)."""
        now = self.now().timestamp()
        with self._lock:
            row = self.db.execute("SELECT municipality, municipality_en, salt, hash FROM staff WHERE id=?",
                                  (staff_id,)).fetchone()
            fail = self.db.execute("SELECT failed, lockouts, locked_until FROM staff_failures WHERE staff_id=?",
                                   (staff_id,)).fetchone() or (0, 0, 0.0)
            muni, muni_en, salt, good = row or ("", "", self._dummy_salt, b"")
            # every try counts against the address before anything is checked or written (so a
            # burst cannot pass together, and a flood cannot fill the append-only audit log)
            throttled = self.staff_sign_ins_by_address.take(address) if address is not None else 0
            if fail[2] > now:  # a locked id says so to everyone; recorded within the address's allowance
                if not throttled:
                    self._audit(staff_id, muni, "staff_sign_in_refused", "locked")
                raise Denied("locked", retry_after=int(fail[2] - now) + 1)
            if throttled:  # neither checked nor recorded
                raise Denied("throttled", retry_after=throttled)
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
        if address is not None:  # a right password is no guess: it leaves the allowance alone
            self.staff_sign_ins_by_address.give_back(address)
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
