"""The resident's correction flow as a plain state machine (no Qt).

sign in → overview → flag an item → check your answers → send → confirmation.
The GUI shows whatever ``step`` says and calls these methods; tests drive it without widgets.
What the resident typed (the draft) survives a failed send and an expired session: it is
dropped only on success, on an explicit discard, or when a *different* resident signs in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

from .enums import NOTE_MAX, Reason

if TYPE_CHECKING:  # the schema (pydantic) is needed only to build the request, not to start
    from . import schema as s
    from .attachments import AttachmentFile
    from .outbox import Item as OutboxItem


class Step(str, Enum):
    SIGN_IN = "sign_in"
    OVERVIEW = "overview"
    DETAIL = "detail"  # one item, from the overview
    FLAG = "flag"
    CHECK = "check"
    SENDING = "sending"
    CONFIRMED = "confirmed"


class FlagProblem(str, Enum):
    NO_REASON = "no_reason"
    NOTE_REQUIRED = "note_required"
    NOTE_TOO_LONG = "note_too_long"


@dataclass
class DraftItem:
    link: s.Link
    reason: Reason
    note: str = ""


@dataclass
class CorrectionFlow:
    step: Step = Step.SIGN_IN
    resident_id: str | None = None
    draft: dict[str, DraftItem] = field(default_factory=dict)
    editing: s.Link | None = None
    viewing: s.Link | None = None  # the item on the detail page
    return_to_check: bool = False
    confirmed: s.CorrectionRequest | None = None
    queued: OutboxItem | None = None  # waiting in the outbox, after a send while offline
    attachments: list[AttachmentFile] = field(default_factory=list)
    _idempotency_key: str | None = None
    _key_for: tuple | None = None

    # -- session -----------------------------------------------------------------------
    def signed_in(self, resident_id: str) -> None:
        if self.resident_id is not None and resident_id != self.resident_id:
            self.discard()
        self.resident_id = resident_id
        # Back after an expired session with answers not yet sent: continue where they were.
        self.step = Step.CHECK if self.draft else Step.OVERVIEW

    def session_expired(self) -> None:
        """Back to sign-in; the draft stays for the same resident."""
        self.editing = None
        self.step = Step.SIGN_IN

    def signed_out(self) -> None:
        self.discard()
        self.resident_id = None
        self.step = Step.SIGN_IN

    def discard(self) -> None:
        self.draft.clear()
        self.attachments = []
        self.queued = None
        self.editing = None
        self.viewing = None
        self.return_to_check = False
        self.confirmed = None
        self._idempotency_key = None
        self._key_for = None

    # -- one item --------------------------------------------------------------------
    def open_detail(self, link: s.Link) -> None:
        self.viewing = link
        self.step = Step.DETAIL

    # -- flagging ----------------------------------------------------------------------
    def start_flag(self, link: s.Link, *, from_check: bool = False) -> None:
        self.editing = link
        self.return_to_check = from_check
        self.step = Step.FLAG

    def current_flag(self) -> DraftItem | None:
        return self.draft.get(self.editing.id) if self.editing else None

    @staticmethod
    def check_flag(reason: Reason | None, note: str) -> list[FlagProblem]:
        problems = []
        if reason is None:
            problems.append(FlagProblem.NO_REASON)
        if reason is Reason.OTHER and not note.strip():
            problems.append(FlagProblem.NOTE_REQUIRED)
        if len(note) > NOTE_MAX:
            problems.append(FlagProblem.NOTE_TOO_LONG)
        return problems

    def save_flag(self, reason: Reason | None, note: str) -> list[FlagProblem]:
        assert self.editing is not None
        problems = self.check_flag(reason, note)
        if problems:
            return problems
        self.draft[self.editing.id] = DraftItem(self.editing, reason, note.strip())
        self._leave_flag()
        return []

    def cancel_flag(self) -> None:
        self._leave_flag()

    def unflag(self, link_id: str) -> None:
        self.draft.pop(link_id, None)
        if self.step is Step.CHECK and not self.draft:
            self.step = Step.OVERVIEW

    def _leave_flag(self) -> None:
        self.step = Step.CHECK if (self.return_to_check and self.draft) else Step.OVERVIEW
        self.editing = None
        self.return_to_check = False

    def is_flagged(self, link_id: str) -> bool:
        return link_id in self.draft

    # -- check answers and send -------------------------------------------------------
    def review(self) -> bool:
        if not self.draft:
            return False
        self.step = Step.CHECK
        return True

    def back_to_overview(self) -> None:
        self.viewing = None
        self.step = Step.OVERVIEW

    def request_body(self) -> s.CorrectionCreate:
        from . import schema as s

        return s.CorrectionCreate(items=[s.CorrectionItem(link_id=i.link.id, reason=i.reason, note=i.note)
                                         for i in self.draft.values()],
                                  attachments=[s.Attachment(filename=a.filename, media_type=a.media_type, data=a.data)
                                               for a in self.attachments])

    def idempotency_key(self) -> str:
        """The same key for every try of the same answers; a new one once they change."""
        fingerprint = (tuple((k, v.reason, v.note) for k, v in self.draft.items()),
                       tuple((a.filename, a.media_type, len(a.data)) for a in self.attachments))
        if self._idempotency_key is None or fingerprint != self._key_for:
            import uuid  # here, not at the top: 3-13 ms before the first window

            self._idempotency_key = str(uuid.uuid4())
            self._key_for = fingerprint
        return self._idempotency_key

    def sending(self) -> None:
        if self.step is not Step.CHECK or not self.draft:
            raise RuntimeError("nothing to send: check your answers first")
        self.step = Step.SENDING

    def sent(self, request: s.CorrectionRequest) -> None:
        self.discard()
        self.confirmed = request
        self.step = Step.CONFIRMED

    def waiting(self, item: OutboxItem) -> None:
        """Saved in the outbox, to be sent when the service answers: the answers are safe there."""
        self.discard()
        self.queued = item
        self.step = Step.CONFIRMED

    def queued_sent(self, request: s.CorrectionRequest) -> bool:
        """The request shown as waiting has now been confirmed by the service."""
        if self.queued is None or getattr(self.queued, "reference", None) not in (None, request.reference):
            return False
        self.queued = None
        self.confirmed = request
        self.step = Step.CONFIRMED
        return True

    def attach(self, attachment: AttachmentFile) -> bool:
        from .attachments import MAX_FILES

        if len(self.attachments) >= MAX_FILES:
            return False
        self.attachments.append(attachment)
        return True

    def clear_attachments(self) -> None:
        self.attachments = []

    def approved(self, request: s.CorrectionRequest) -> None:
        """A second staff member released the confirmed request (counter mode)."""
        self.confirmed = request

    def send_failed(self) -> None:
        self.step = Step.CHECK
