"""A help-desk counter terminal: the staff member signed in at it, and the residents they assist
one after another. No Qt; every method that talks to the API blocks, so call it from a worker.

The staff member's token and each resident's token live in separate clients: the staff token
only opens a resident session with that resident's own PIN (the API offers no way to browse or
search residents), and the resident's session can change nothing until the resident has said
"this is me" (the server refuses it before that).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .backend import Backend, Session
from .counter_steps import CounterStep, EndReason
from .errors import ApiError
from .jobs import ErrorEvent, Event, Job, Work, no_events
from .resident import ResidentController

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from . import schema as s
    from .client import ApiClient


class CounterDesk:
    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self._staff_client: ApiClient | None = None
        self.staff: s.StaffSessionOut | None = None

    @property
    def signed_in(self) -> bool:
        return self.staff is not None

    @property
    def policy(self) -> s.CounterPolicy | None:
        return self.staff.policy if self.staff else None

    def _new_client(self) -> ApiClient:
        from .client import ApiClient

        return ApiClient(self.backend.client().base_url)

    def sign_in(self, staff_id: str, password: str) -> s.StaffSessionOut:
        client = self._new_client()
        out = client.staff_sign_in(staff_id, password)
        self._staff_client, self.staff = client, out
        return out

    def sign_out(self) -> None:
        client, self._staff_client, self.staff = self._staff_client, None, None
        if client is not None:
            client.staff_sign_out()
            client.close()

    def _resident_session(self, session: Session, token: str) -> s.Profile:
        """The resident's session, opened through the staff member's, is the app's client's now."""
        resident = self.backend.client()
        resident.use_token(token)
        session.profile = resident.profile()
        session.number = None  # a card never tells the number; "show number" asks the service
        session.counter_staff = self.staff.staff_id
        session.confirmed = False
        return session.profile

    def start_resident_with_card(self, session: Session, channel, pin: str) -> s.Profile:
        """The resident's card in the counter's reader and their own PIN typed into it: their
        session, opened through the staff member's, not yet confirmed."""
        from .card.session import sign_in_with_card

        if self._staff_client is None:
            raise RuntimeError("no staff member is signed in at this counter")
        out = sign_in_with_card(channel, pin, self._staff_client, counter=True)
        return self._resident_session(session, out.token)

    def reset_card_pin(self, channel, new_pin: str, identity_checked: bool) -> None:
        """The counter's PIN reset, on the card, with the service's authorisation for this staff member."""
        from .card.session import reset_pin_at_counter

        if self._staff_client is None:
            raise RuntimeError("no staff member is signed in at this counter")
        reset_pin_at_counter(channel, new_pin, self._staff_client, identity_checked)

    def confirm(self, session: Session) -> None:
        self.backend.client().confirm_identity()
        session.confirmed = True

    def end_resident(self, session: Session) -> str | None:
        """Forget the resident here at once; returns their token so a worker can revoke it."""
        token = self.backend.client().take_token()
        session.forget()
        return token

    def revoke(self, token: str | None) -> None:
        """End the resident's session on the server twice over: with their own token, and from
        the staff session, which ends every resident session opened under it (so a token the
        client lost track of ends too)."""
        if token:
            self.backend.client().revoke(token)
        staff = self._staff_client
        if staff is not None:
            try:
                staff.end_counter_residents()
            except ApiError as e:  # unreachable or already ended: it still dies with the staff session
                log.info("ending the counter's resident sessions from the staff side failed: %s", e.kind.value)

    def approve(self, request_id: str, approver_id: str, password: str) -> s.CorrectionRequest:
        """A second staff member signs in for this one approval; their session ends right after."""
        second = self._new_client()
        try:
            second.staff_sign_in(approver_id, password)
            return second.approve(request_id)
        finally:
            second.staff_sign_out()
            second.close()


# -- the counter's journey ---------------------------------------------------------------------
@dataclass(frozen=True)
class CounterStepChanged(Event):
    step: CounterStep


@dataclass(frozen=True)
class StaffSignedIn(Event):
    staff: s.StaffSessionOut


class StaffSignInFailed(ErrorEvent):
    pass


@dataclass(frozen=True)
class StaffSignedOut(Event):
    expired: bool  # the staff session ended on the server, not by the staff member


@dataclass(frozen=True)
class ResidentStarted(Event):
    """The screen turns to a new resident: a fresh controller, the idle timer on."""

    resident: ResidentController
    policy: s.CounterPolicy


@dataclass(frozen=True)
class IdentityCheck(Event):
    profile: s.Profile
    masked_number: str


class IdentityFailed(ErrorEvent):
    pass


@dataclass(frozen=True)
class ResidentSignInFailed(Event):
    error: BaseException
    locked: bool  # the card is locked: the staff member can unlock it here


# the end of a resident's session, in this order (see ``CounterFlow.end_session``)
@dataclass(frozen=True)
class StopIdle(Event):
    """Stop the idle timer and every timer that works for the resident."""


@dataclass(frozen=True)
class DropResults(Event):
    """Whatever is still running for the resident delivers nothing from now on."""


@dataclass(frozen=True)
class WipeScreens(Event):
    """Destroy every screen the resident saw; clear the clipboard."""

    reason: EndReason


@dataclass(frozen=True)
class SessionEnded(Event):
    """The resident is gone from this computer (their token revoked by the job before this)."""

    reason: EndReason


@dataclass(frozen=True)
class Unlocked(Event):
    pass


class UnlockFailed(ErrorEvent):
    pass


@dataclass(frozen=True)
class ApprovalOpened(Event):
    request: s.CorrectionRequest


class ApproveFailed(ErrorEvent):
    pass


class CounterFlow:
    """A counter terminal's journey, without Qt:

    staff sign-in → counter → resident sign-in → "Is this you?" → the resident (a fresh
    ``ResidentController`` each time) → approval → ended(reason) → counter, with the unlock
    branch off the counter. ``end_session`` owns the order of the end: stop the timers, drop
    late results, forget the resident here (token, data, draft), wipe the screens, then, in a
    job that must finish even while the app closes, forget their confirmed references in the
    outbox and revoke their token on the server.
    """

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self.desk = CounterDesk(backend)
        self.step = CounterStep.STAFF_SIGN_IN
        self.resident: ResidentController | None = None
        self.ended: EndReason | None = None

    @property
    def resident_present(self) -> bool:
        """A resident's session is open (from their sign-in screen on): the idle timer runs."""
        return self.resident is not None

    def _go(self, step: CounterStep) -> list[Event]:
        self.step = step
        return [CounterStepChanged(step)]

    # -- staff ---------------------------------------------------------------------------------
    def staff_sign_in(self, staff_id: str, password: str) -> list[Event]:
        desk = self.desk
        return [Work(Job("staff sign in", lambda: desk.sign_in(staff_id, password), self._staff_signed_in,
                         lambda e: [StaffSignInFailed(e)]))]

    def _staff_signed_in(self, staff: s.StaffSessionOut) -> list[Event]:
        self.ended = None
        return [StaffSignedIn(staff), *self._go(CounterStep.COUNTER)]

    def staff_sign_out(self, *, expired: bool = False) -> list[Event]:
        events = self.end_session(EndReason.ENDED) if self.resident_present else []
        desk = self.desk
        return [*events, Work(Job("staff sign out", desk.sign_out, no_events, must_finish=True)),
                StaffSignedOut(expired), *self._go(CounterStep.STAFF_SIGN_IN)]

    # -- a resident ------------------------------------------------------------------------------
    def start_resident(self) -> list[Event]:
        if not self.desk.signed_in:
            return self._go(CounterStep.STAFF_SIGN_IN)
        self.ended = None
        self.resident = ResidentController(self.backend, on_expired=lambda: self.end_session(EndReason.EXPIRED))
        return [ResidentStarted(self.resident, self.desk.policy), *self._go(CounterStep.RESIDENT_SIGN_IN)]

    def resident_card_sign_in(self, channel, pin: str) -> list[Event]:
        """The resident's card in the counter's reader (``channel()`` connects to it) and their own PIN."""
        from .resident import SigningIn

        desk, session = self.desk, self.resident.session

        def work() -> s.Profile:
            ch = channel()
            try:
                return desk.start_resident_with_card(session, ch, pin)
            finally:
                getattr(ch, "close", lambda: None)()
        return [SigningIn(), Work(Job("resident card sign in", work, self._identity_check,
                                      self._resident_sign_in_failed))]

    def _identity_check(self, profile: s.Profile) -> list[Event]:
        return [IdentityCheck(profile, self.resident.session.masked_number()),
                *self._go(CounterStep.IDENTITY)]

    def _resident_sign_in_failed(self, e: BaseException) -> list[Event]:
        from .errors import ApiError, ErrorKind

        if isinstance(e, ApiError) and e.needs_sign_in:  # the staff session is over
            return self.staff_sign_out(expired=True)
        from .card.jpki import CardLocked

        locked = (isinstance(e, ApiError) and e.kind is ErrorKind.LOCKED) or isinstance(e, CardLocked)
        return [ResidentSignInFailed(e, locked)]

    def confirm_identity(self) -> list[Event]:
        desk, resident = self.desk, self.resident
        return [Work(Job("confirm identity", lambda: desk.confirm(resident.session), self._confirmed,
                         self._confirm_failed))]

    def _confirmed(self, _result: None) -> list[Event]:
        return [*self._go(CounterStep.RESIDENT), *self.resident.entered(self.resident.session.profile)]

    def _confirm_failed(self, e: BaseException) -> list[Event]:
        from .errors import ApiError

        if isinstance(e, ApiError) and e.needs_sign_in:
            return self.end_session(EndReason.EXPIRED)
        return [IdentityFailed(e)]

    # -- approval --------------------------------------------------------------------------------
    def open_approval(self) -> list[Event]:
        req = self.resident.flow.confirmed if self.resident else None
        if req is None:
            return []
        return [ApprovalOpened(req), *self._go(CounterStep.APPROVAL)]

    def back_from_approval(self) -> list[Event]:
        return self._go(CounterStep.RESIDENT)

    def approve(self, staff_id: str, password: str) -> list[Event]:
        req = self.resident.flow.confirmed if self.resident else None
        if req is None:
            return []
        desk = self.desk
        return [Work(Job("approve", lambda: desk.approve(req.id, staff_id, password), self._approved,
                         lambda e: [ApproveFailed(e)]))]

    def _approved(self, req: s.CorrectionRequest) -> list[Event]:
        return [*self._go(CounterStep.RESIDENT), *self.resident.approved(req)]

    # -- unlocking a card ---------------------------------------------------------------------
    def open_unlock(self) -> list[Event]:
        return self._go(CounterStep.UNLOCK)

    def reset_card_pin(self, channel, new_pin: str, identity_checked: bool) -> list[Event]:
        """Unlocking with the card in the reader: its PIN is reset on the card, with the
        service's authorisation for this staff member (audited); the service never sees the PIN."""
        desk = self.desk

        def work() -> None:
            ch = channel()
            try:
                desk.reset_card_pin(ch, new_pin, identity_checked)
            finally:
                getattr(ch, "close", lambda: None)()
        return [Work(Job("card PIN reset", work, lambda _r: [Unlocked(), *self._go(CounterStep.COUNTER)],
                         lambda e: [UnlockFailed(e)]))]

    def cancel_unlock(self) -> list[Event]:
        return self._go(CounterStep.COUNTER)

    # -- the end of a resident's session ------------------------------------------------------
    def end_session(self, reason: EndReason) -> list[Event]:
        """The resident is done (or walked away). Returns the steps in their order; the last
        job revokes the token on the server and must finish even while the app closes."""
        resident = self.resident
        if resident is None:
            return []
        self.resident = None
        self.ended = reason
        rid = resident.session.profile.resident_id if resident.session.profile is not None else None
        token = resident.take_token()  # nothing of theirs stays in memory here from now on
        outbox = self.backend.outbox
        desk = self.desk

        def forget_and_revoke() -> None:
            try:
                if rid is not None:
                    outbox().forget_received(rid)
            finally:
                desk.revoke(token)  # with the resident's token, and from the staff session

        events: list[Event] = [StopIdle(), DropResults(), WipeScreens(reason),
                               Work(Job("end resident session", forget_and_revoke, no_events, must_finish=True))]
        if reason is not EndReason.CLOSED:
            events += self._go(CounterStep.COUNTER if self.desk.signed_in else CounterStep.STAFF_SIGN_IN)
        return [*events, SessionEnded(reason)]

    def close(self) -> list[Event]:
        """The window closes: the resident's session and the staff session end on the server."""
        events = self.end_session(EndReason.CLOSED)
        desk = self.desk
        return [*events, Work(Job("staff sign out", desk.sign_out, no_events, must_finish=True))]
