"""A counter terminal's steps and the reasons a resident's session ends there: the main window
names them in any mode, without importing the counter's controller (``core.counter``), which a
resident's own app never uses."""

from __future__ import annotations

from enum import Enum


class CounterStep(str, Enum):
    STAFF_SIGN_IN = "staff"
    COUNTER = "counter"
    UNLOCK = "unlock"  # the staff member unlocks a locked card (a branch off the counter)
    RESIDENT_SIGN_IN = "signin"  # the resident types their own number and PIN
    IDENTITY = "identity"  # "Is this you?"
    RESIDENT = "resident"  # the resident's own screens (their ResidentController)
    APPROVAL = "approve"  # a second staff member releases the request


class EndReason(str, Enum):
    ENDED = "ended"  # End session
    IDLE = "idle"  # nobody used the screen
    NOT_ME = "not_me"  # "this is not me"
    CANCELLED = "cancelled"  # the resident's sign-in was cancelled
    EXPIRED = "expired"  # the service ended the resident's session
    CLOSED = "closed"  # the window closed
