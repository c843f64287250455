"""A help-desk counter terminal: the staff member signed in at it, and the residents they assist
one after another. No Qt; every method that talks to the API blocks, so call it from a worker.

The staff member's token and each resident's token live in separate clients: the staff token
only opens a resident session with that resident's own PIN (the API offers no way to browse or
search residents), and the resident's session can change nothing until the resident has said
"this is me" (the server refuses it before that).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .backend import Backend, Session

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

    def start_resident(self, session: Session, number: str, pin: str) -> s.Profile:
        """The resident typed their own number and PIN: open their session, not yet confirmed."""
        if self._staff_client is None:
            raise RuntimeError("no staff member is signed in at this counter")
        out = self._staff_client.counter_resident_session(number, pin)
        return self._resident_session(session, out.token, number)

    def _resident_session(self, session: Session, token: str, number: str | None) -> s.Profile:
        """The resident's session, opened through the staff member's, is the app's client's now."""
        resident = self.backend.client()
        resident.use_token(token)
        session.profile = resident.profile()
        session.number = number
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
        return self._resident_session(session, out.token, None)  # a card never tells the number

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
        if token:
            self.backend.client().revoke(token)

    def unlock(self, number: str, new_pin: str, identity_checked: bool) -> None:
        if self._staff_client is None:
            raise RuntimeError("no staff member is signed in at this counter")
        self._staff_client.counter_unlock(number, new_pin, identity_checked)

    def approve(self, request_id: str, approver_id: str, password: str) -> s.CorrectionRequest:
        """A second staff member signs in for this one approval; their session ends right after."""
        second = self._new_client()
        try:
            second.staff_sign_in(approver_id, password)
            return second.approve(request_id)
        finally:
            second.staff_sign_out()
            second.close()
