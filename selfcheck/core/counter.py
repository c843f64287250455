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
from .errors import ApiError

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
        resident = self.backend.client()
        resident.use_token(out.token)
        session.profile = resident.profile()
        session.number = number
        session.counter_staff = self.staff.staff_id
        session.confirmed = False
        return session.profile

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
            except ApiError:
                pass  # unreachable or already ended: the session still dies with the staff session

    def unlock(self, number: str, new_pin: str, new_pin_again: str, identity_checked: bool) -> None:
        if self._staff_client is None:
            raise RuntimeError("no staff member is signed in at this counter")
        self._staff_client.counter_unlock(number, new_pin, new_pin_again, identity_checked)

    def approve(self, request_id: str, approver_id: str, password: str) -> s.CorrectionRequest:
        """A second staff member signs in for this one approval; their session ends right after."""
        second = self._new_client()
        try:
            second.staff_sign_in(approver_id, password)
            return second.approve(request_id)
        finally:
            second.staff_sign_out()
            second.close()
