"""Correction requests in the mock API's store: created once per idempotency key, their status
moved forward (in the demo, by time), and the notifications that tell the resident. A part of
``store.Store`` (same database and lock)."""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from datetime import datetime, timedelta

from ..core import schema as s
from ..core.attachments import check_bytes
from .storeutil import REPLY_DAYS, Denied


class CorrectionRecords:
    """Correction requests and notifications (mixed into ``store.Store``)."""

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
