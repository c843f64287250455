"""One resident, signed in: the session, the correction flow, what the rules found, the access
log, the mailbox with its status changes, and the requests still in the outbox. No Qt.

Every command is a plain method that returns events (``core.jobs``); the GUI renders them and
runs the ``Work`` among them in the background. Nothing here blocks: the blocking parts are
the jobs' ``work``, which close over the session only, never over a screen.
A counter makes one ``ResidentController`` for each resident and drops it when they leave.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any, Callable

from . import mynumber
from .backend import Backend, Session
from .enums import OutboxState, Reason
from .flow import CorrectionFlow, FlagProblem, Step
from .jobs import ErrorEvent, Event, Failed, Job, Work, no_events

if TYPE_CHECKING:
    from . import schema as s
    from .accesslog import AccessLog
    from .attachments import AttachmentProblem
    from .backend import Mailbox, Overview
    from .errors import ErrorKind
    from .outbox import Item as OutboxItem
    from .rules import Finding


# -- the rows of "My requests" ----------------------------------------------------------------
class RequestSource(str, Enum):
    SERVICE = "service"  # the service has it: a reference number and a status history
    OUTBOX = "outbox"  # still on this computer: waiting, sending, or refused for what it says


@dataclass(frozen=True)
class RequestRow:
    source: RequestSource
    request: s.CorrectionRequest | None = None  # SERVICE
    item: OutboxItem | None = None  # OUTBOX

    @property
    def has_receipt(self) -> bool:
        return self.source is RequestSource.SERVICE


# -- events ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class StepChanged(Event):
    step: Step


@dataclass(frozen=True)
class SigningIn(Event):
    pass


@dataclass(frozen=True)
class SignedIn(Event):
    profile: s.Profile
    masked_number: str


class SignInFailed(ErrorEvent):
    pass


@dataclass(frozen=True)
class NumberRevealed(Event):
    """The full number is in memory now: ``number_text(True)`` shows it."""


class NumberRevealFailed(ErrorEvent):
    pass


@dataclass(frozen=True)
class SignedOut(Event):
    pass


@dataclass(frozen=True)
class SessionExpired(Event):
    """Back to sign-in; what the resident typed stays for the same resident."""


@dataclass(frozen=True)
class OverviewLoading(Event):
    pass


@dataclass(frozen=True)
class OverviewLoaded(Event):
    profile: s.Profile
    links: list[s.Link]
    flagged: int


class OverviewFailed(ErrorEvent):
    pass


@dataclass(frozen=True)
class AccessLogProgress(Event):
    done: int
    total: int


@dataclass(frozen=True)
class AccessLogLoaded(Event):
    log: AccessLog


class AccessLogFailed(ErrorEvent):
    pass


@dataclass(frozen=True)
class FindingsChanged(Event):
    findings: list[Finding]
    first: bool  # the first result for this resident (announced)


@dataclass(frozen=True)
class MailboxChanged(Event):
    requests: list[s.CorrectionRequest]
    notifications: list[s.Notification]
    changed: list[s.CorrectionRequest]  # whose status moved since the last look


@dataclass(frozen=True)
class OutboxChanged(Event):
    items: list[OutboxItem]


@dataclass(frozen=True)
class WaitingSent(Event):
    received: list[OutboxItem]  # sent from the outbox just now, with their reference
    still_waiting: bool = False  # the round left requests waiting: the next one backs off


@dataclass(frozen=True)
class DetailOpened(Event):
    link: s.Link


@dataclass(frozen=True)
class FlagStarted(Event):
    link: s.Link
    suggestion: tuple[Reason | None, Finding] | None = None


@dataclass(frozen=True)
class FlagRefused(Event):
    problems: list[FlagProblem]


@dataclass(frozen=True)
class DraftChanged(Event):
    link_ids: tuple[str, ...]  # whose mark changed


@dataclass(frozen=True)
class SelectLink(Event):
    """Show this item selected in the overview (back from marking it)."""

    link_id: str


@dataclass(frozen=True)
class ReviewOpened(Event):
    pass


@dataclass(frozen=True)
class KeystoreChecked(Event):
    persistent: bool


@dataclass(frozen=True)
class Sending(Event):
    busy: bool


@dataclass(frozen=True)
class Confirmed(Event):
    """Sent and received (or, at a counter, approved): the confirmation shows it."""

    request: s.CorrectionRequest
    approved: bool = False


@dataclass(frozen=True)
class Queued(Event):
    """Saved in the outbox: it goes out by itself when the service answers."""

    item: OutboxItem


@dataclass(frozen=True)
class QueuedPersistence(Event):
    persistent: bool


@dataclass(frozen=True)
class SendRefused(Event):
    kind: ErrorKind


class SendFailed(ErrorEvent):
    pass


@dataclass(frozen=True)
class AttachmentsChanged(Event):
    names: list[str]


@dataclass(frozen=True)
class AttachmentRefused(Event):
    problem: AttachmentProblem


def _needs_sign_in(e: BaseException) -> bool:
    from .errors import ApiError

    return isinstance(e, ApiError) and e.needs_sign_in


class ResidentController:
    """What one resident sees and does. ``on_expired`` decides what an expired session means
    (at a counter: the session ends for good); by default the resident signs in again."""

    def __init__(self, backend: Backend, session: Session | None = None, *,
                 on_expired: Callable[[], list[Event]] | None = None) -> None:
        self.backend = backend
        self.session = session or Session(backend)
        self.flow = CorrectionFlow()
        self.findings: list[Finding] | None = None
        self.access_log: AccessLog | None = None
        self.mailbox: Mailbox | None = None
        self.waiting: list[OutboxItem] = []
        self.outbox_persistent: bool | None = None  # known once the outbox has been read
        self._queued_reference: str | None = None  # the waiting request on screen, once the service has it
        self._statuses: dict[str, object] | None = None
        self._on_expired = on_expired

    # -- what the screens read ---------------------------------------------------------------
    @property
    def signed_in(self) -> bool:
        return self.session.profile is not None

    def links_by_id(self) -> dict[str, s.Link]:
        return {x.id: x for x in self.session.links}

    def number_text(self, revealed: bool) -> str:
        n = self.session.number
        return mynumber.group(n) if revealed and n else self.session.masked_number()

    def reveal_number(self) -> list[Event]:
        """"Show number": the full number from the service, in a worker (kept for the session)."""
        session = self.session
        if session.number is not None:
            return [NumberRevealed()]
        return [Work(Job("show number", session.reveal_number, lambda _n: [NumberRevealed()],
                         lambda e: self.expired() if _needs_sign_in(e) else [NumberRevealFailed(e)]))]

    def request_rows(self) -> list[RequestRow]:
        """My requests: those still on this computer first, then what the service has."""
        local = [RequestRow(RequestSource.OUTBOX, item=i) for i in self.waiting if i.state is not OutboxState.RECEIVED]
        served = [RequestRow(RequestSource.SERVICE, request=r) for r in (self.mailbox.requests if self.mailbox else [])]
        return [*local, *served]

    def findings_for(self, link_id: str) -> list[Finding]:
        return [f for f in self.findings or [] if link_id in f.link_ids]

    # -- signing in and out ----------------------------------------------------------------
    def sign_in_with_card(self, channel: Callable[[], Any], pin: str) -> list[Event]:
        """The card in the reader (``channel()`` connects to it), the PIN typed by the resident and
        given to the card only; the service gets the certificates and the card's signature."""
        session = self.session

        def work() -> s.Profile:
            from .card.session import open_session_with_card

            ch = channel()
            try:
                return open_session_with_card(session, ch, pin)
            finally:
                getattr(ch, "close", lambda: None)()
        return [SigningIn(), Work(Job("card sign in", work, self.entered, lambda e: [SignInFailed(e)]))]

    def entered(self, profile: s.Profile) -> list[Event]:
        """The resident is in (at a counter: after "this is me")."""
        self.flow.signed_in(profile.resident_id)
        return [SignedIn(profile, self.session.masked_number()), StepChanged(self.flow.step),
                DraftChanged(tuple(self.flow.draft)), *self.load_overview()]

    def take_token(self) -> str | None:
        """Forget the resident on this computer at once; returns their token, to revoke."""
        token = self.session.take_token()
        self.flow.signed_out()
        self.findings = None
        self.access_log = None
        self.mailbox = None
        self.waiting = []
        self._statuses = None
        return token

    def revoke(self, token: str | None, quick: bool = False) -> Job:
        """Ends the session on the server; must finish even while the app closes (``quick``:
        closing, one short try of about 3 s at most)."""
        session = self.session
        return Job("sign out", lambda: session.revoke(token, quick=quick), no_events, must_finish=True)

    def sign_out(self, quick: bool = False) -> list[Event]:
        token = self.take_token()
        return [SignedOut(), StepChanged(self.flow.step), *([Work(self.revoke(token, quick))] if token else [])]

    def unsent_lost_on_close(self) -> int:
        """How many requests wait in an outbox that lives only in memory (closing loses them)."""
        if self.outbox_persistent is not False:
            return 0
        return sum(1 for i in self.waiting if i.state in (OutboxState.WAITING, OutboxState.SENDING))

    def expired(self) -> list[Event]:
        if self._on_expired is not None:
            return self._on_expired()
        # a send still under way is dropped with every other late result: the check page must
        # not stay busy when the resident comes back to it
        busy = [Sending(False)] if self.flow.step is Step.SENDING else []
        self.session.drop_token()
        self.flow.session_expired()
        return [*busy, SessionExpired(), StepChanged(self.flow.step)]

    def _unless_expired(self, e: BaseException, events: list[Event]) -> list[Event]:
        return self.expired() if _needs_sign_in(e) else events

    # -- loading -------------------------------------------------------------------------------
    def load_overview(self, reload: bool = False) -> list[Event]:
        session = self.session
        return [OverviewLoading(), Work(Job("overview", lambda: session.overview(reload=reload), self._overview_loaded,
                                            lambda e: self._unless_expired(e, [OverviewFailed(e)])))]

    def _overview_loaded(self, ov: Overview) -> list[Event]:
        self.access_log = None
        # the access log is read once the first findings are in: read alongside them, its pages
        # (20,000 entries for some residents) took the two cores from the window showing them
        return [OverviewLoaded(ov.profile, ov.links, len(self.flow.draft)), *self.check_links(then=self.load_access_log),
                *self.refresh_mailbox(), *self.send_waiting()]

    def load_access_log(self) -> list[Event]:
        session = self.session
        return [AccessLogProgress(0, 0),
                Work(Job("access log", lambda report: session.access_log(report), self._log_loaded,
                         lambda e: self._unless_expired(e, [AccessLogFailed(e)]),
                         progress=lambda done, total: [AccessLogProgress(done, total)]))]

    def _log_loaded(self, log: AccessLog) -> list[Event]:
        self.access_log = log
        return [AccessLogLoaded(log), *self.check_links()]  # again, now the access-log rule can run too

    def check_links(self, then: Callable[[], list[Event]] = list) -> list[Event]:
        """The rules over the resident's data; ``then()``'s events follow their outcome, whatever it is."""
        profile, links, log = self.session.profile, list(self.session.links), self.access_log
        if profile is None:
            return []
        rows = log.rows() if log is not None else ()

        def find():
            from . import rules, schema as s

            return rules.find(s.ResidentData(profile=profile, links=links), access_log=rows)

        return [Work(Job("rules", find, lambda found: [*self._findings_ready(found), *then()],
                         lambda e: [Failed("rules", e), *then()]))]

    def _findings_ready(self, findings: list[Finding]) -> list[Event]:
        first = self.findings is None
        self.findings = findings
        return [FindingsChanged(findings, first)]

    # -- mailbox and outbox ------------------------------------------------------------------
    def refresh_mailbox(self, *, background: bool = False) -> list[Event]:
        """``background``: a poll the resident did not cause, which must not keep the session
        alive at the service."""
        if self.session.profile is None:
            return []
        session = self.session
        return [Work(Job("mailbox", lambda: session.mailbox(background=background), self._mailbox_loaded,
                         lambda e: self._unless_expired(e, [Failed("mailbox", e)])))]

    def poll(self, *, background: bool = True) -> list[Event]:
        """Every minute while signed in: the status of each request. Background work unless the
        caller knows the resident used the app since the last poll."""
        return self.refresh_mailbox(background=background)

    def _mailbox_loaded(self, box: Mailbox) -> list[Event]:
        changed = []
        if self._statuses is not None:
            changed = [r for r in box.requests if r.id in self._statuses and self._statuses[r.id] != r.status]
        self._statuses = {r.id: r.status for r in box.requests}
        self.mailbox = box
        out: list[Event] = [MailboxChanged(box.requests, box.notifications, changed)]
        ref, self._queued_reference = self._queued_reference, None
        req = next((r for r in box.requests if ref is not None and r.reference == ref), None)
        if req is not None and self.flow.queued_sent(req):  # the waiting confirmation becomes the real one
            out += [Confirmed(req), StepChanged(self.flow.step)]
        return out

    def send_waiting(self) -> list[Event]:
        """Send what waits in the outbox (after sign-in, and every 15 s while signed in)."""
        if self.session.profile is None:
            return []
        return [Work(Job("send waiting", self.session.send_waiting, self._waiting_sent, self._waiting_failed)),
                *self.refresh_outbox()]

    def refresh_outbox(self) -> list[Event]:
        if self.session.profile is None:
            return []
        session = self.session
        return [Work(Job("outbox", lambda: (session.outbox_items(), session.outbox_persistent()),
                         self._outbox_and_keystore_loaded))]

    def _outbox_and_keystore_loaded(self, result: tuple[list[OutboxItem], bool]) -> list[Event]:
        items, self.outbox_persistent = result
        return self._outbox_loaded(items)

    def _outbox_loaded(self, items: list[OutboxItem]) -> list[Event]:
        self.waiting = items
        return [OutboxChanged(items)]

    def _waiting_sent(self, items: list[OutboxItem]) -> list[Event]:
        received = [i for i in items if i.state is OutboxState.RECEIVED]
        queued = self.flow.queued
        if queued is not None and any(i.key == queued.key for i in received):
            self._queued_reference = next(i.reference for i in received if i.key == queued.key)
        still = any(i.state in (OutboxState.WAITING, OutboxState.SENDING) for i in items)
        return [WaitingSent(received, still), *(self.refresh_mailbox() if received else []), *self.refresh_outbox()]

    def _waiting_failed(self, e: BaseException) -> list[Event]:
        if _needs_sign_in(e):  # they stay queued and go out after the next sign-in (said on screen)
            return [OutboxChanged(self.waiting)]
        return [Failed("send waiting", e)]

    # -- one item ---------------------------------------------------------------------------------
    def open_detail(self, link: s.Link) -> list[Event]:
        self.flow.open_detail(link)
        return [DetailOpened(link), StepChanged(self.flow.step)]

    def close_detail(self) -> list[Event]:
        link = self.flow.viewing
        self.flow.back_to_overview()
        return [StepChanged(self.flow.step), *([SelectLink(link.id)] if link is not None else [])]

    # -- marking items and sending --------------------------------------------------------------
    def start_flag(self, link: s.Link, *, from_check: bool = False,
                   suggestion: tuple[Reason | None, Finding] | None = None) -> list[Event]:
        self.flow.start_flag(link, from_check=from_check)
        return [FlagStarted(link, suggestion), StepChanged(self.flow.step)]

    def report_finding(self, finding: Finding, chosen: str | None = None) -> list[Event]:
        """Start a correction request with what the finding suggests: on ``chosen`` (the item the
        report action names) when it is one of the finding's, else on its most serious item."""
        from . import rules

        links = self.links_by_id()
        targets = [links[i] for i in finding.link_ids if i in links]
        if not targets:
            return []
        worst = rules.by_link(self.findings or [])
        order = {rules.Severity.PROBLEM: 0, rules.Severity.CHECK: 1, rules.Severity.INFO: 2}
        link = next((x for x in targets if x.id == chosen), None) or min(targets, key=lambda x: order.get(worst.get(x.id), 3))
        return [SelectLink(link.id), *self.start_flag(link, suggestion=(finding.suggested_reason, finding))]

    def save_flag(self, reason: Reason | None, note: str) -> list[Event]:
        link = self.flow.editing
        problems = self.flow.save_flag(reason, note)
        if problems:
            return [FlagRefused(problems)]
        return self._draft_changed(link.id)

    def cancel_flag(self) -> list[Event]:
        link = self.flow.editing
        self.flow.cancel_flag()
        back = link is not None and self.flow.step is Step.OVERVIEW
        return [StepChanged(self.flow.step), *([SelectLink(link.id)] if back else [])]

    def remove_flag(self) -> list[Event]:
        link = self.flow.editing
        self.flow.unflag(link.id)
        self.flow.cancel_flag()
        return self._draft_changed(link.id)

    def unflag(self, link_id: str) -> list[Event]:
        self.flow.unflag(link_id)
        return self._draft_changed(link_id)

    def _draft_changed(self, link_id: str) -> list[Event]:
        back = self.flow.step is Step.OVERVIEW
        return [DraftChanged((link_id,)), StepChanged(self.flow.step), *([SelectLink(link_id)] if back else [])]

    def review(self) -> list[Event]:
        if not self.flow.review():
            return []
        return [ReviewOpened(), AttachmentsChanged(self.attachment_names()),
                Work(Job("keystore", self.session.outbox_persistent, lambda ok: [KeystoreChecked(ok)])),
                StepChanged(self.flow.step)]

    def back_to_overview(self) -> list[Event]:
        self.flow.back_to_overview()
        return [StepChanged(self.flow.step)]

    def send(self) -> list[Event]:
        body, key = self.flow.request_body(), self.flow.idempotency_key()
        self.flow.sending()
        session = self.session  # the same answers keep one key: Send again reuses the queued request
        resident = session.profile.resident_id  # now: a sign-out before the job runs forgets it
        return [Sending(True), Work(Job("send", lambda: session.send_through_outbox(body, key, resident), self._sent_through_outbox,
                                        self._send_failed, kept_on_close=True))]

    def _sent_through_outbox(self, result: tuple[OutboxItem, s.CorrectionRequest | None]) -> list[Event]:
        from .errors import ErrorKind

        item, req = result
        # the outbox as this send left it, before its re-read comes back: closing right after a
        # confirmation must not ask about a request the service already has (a re-read made while
        # it was under way still said "sending")
        self.waiting = [i for i in self.waiting if i.id != item.id] + [item]
        if req is not None:
            flagged = tuple(self.flow.draft)
            self.flow.sent(req)
            return [Sending(False), DraftChanged(flagged), Confirmed(req), *self.refresh_mailbox(),
                    *self.refresh_outbox()]
        if item.state is OutboxState.WAITING:  # safe in the outbox; it goes out by itself
            flagged = tuple(self.flow.draft)
            self.flow.waiting(item)
            return [Sending(False), DraftChanged(flagged), Queued(item),
                    Work(Job("keystore", self.session.outbox_persistent, lambda ok: [QueuedPersistence(ok)])),
                    *self.refresh_outbox()]
        # refused for what it says: the answers stay; the refused copy is not kept
        self.flow.send_failed()
        outbox = self.backend.outbox
        return [Sending(False), SendRefused(ErrorKind.INVALID if item.problem != "not_found" else ErrorKind.NOT_FOUND),
                Work(Job("forget refused", lambda: outbox().forget(item.id), no_events))]

    def _send_failed(self, e: BaseException) -> list[Event]:
        self.flow.send_failed()
        return [Sending(False), *self._unless_expired(e, [SendFailed(e)])]

    def approved(self, req: s.CorrectionRequest) -> list[Event]:
        """At a counter: a second staff member released the request."""
        self.flow.approved(req)
        return [Confirmed(req, approved=True), *self.refresh_mailbox()]

    # -- supporting documents --------------------------------------------------------------
    def attachment_names(self) -> list[str]:
        return [a.filename for a in self.flow.attachments]

    def can_attach(self) -> list[Event]:
        """Empty if another document may be added, else why not."""
        from .attachments import MAX_FILES, AttachmentProblem

        return [AttachmentRefused(AttachmentProblem.TOO_MANY)] if len(self.flow.attachments) >= MAX_FILES else []

    def attach(self, path: str) -> list[Event]:
        from . import attachments

        return [Work(Job("attachment", lambda: attachments.read(path), self._attachment_read, self._attachment_failed))]

    def _attachment_read(self, result) -> list[Event]:
        attachment, problem = result
        if problem is not None:
            return [AttachmentRefused(problem)]
        if not self.flow.attach(attachment):
            return self.can_attach()
        return [AttachmentsChanged(self.attachment_names())]

    def _attachment_failed(self, e: BaseException) -> list[Event]:
        from .attachments import AttachmentProblem

        return [Failed("attachment", e), AttachmentRefused(AttachmentProblem.UNREADABLE)]

    def clear_attachments(self) -> list[Event]:
        self.flow.clear_attachments()
        return [AttachmentsChanged([])]
