"""The API's enumerations, without pydantic: the first screen and the texts need them, and
importing them must cost nothing (``schema`` re-exports them)."""

from __future__ import annotations

from enum import Enum

NOTE_MAX = 1000


class LinkKind(str, Enum):
    BANK_ACCOUNT = "bank_account"
    HEALTH_INSURANCE = "health_insurance"
    DISABILITY_CERTIFICATE = "disability_certificate"
    PENSION = "pension"


class Channel(str, Enum):
    SELF_SERVICE = "self_service"
    MUNICIPAL_COUNTER = "municipal_counter"
    INSURER = "insurer"
    BANK = "bank"
    PENSION_OFFICE = "pension_office"


class Issuer(str, Enum):
    """What kind of body issued or holds the record: a municipality can only issue
    certificates (national health insurance, disability) to its own residents."""

    MUNICIPALITY = "municipality"
    INSURER = "insurer"
    PENSION_SERVICE = "pension_service"
    BANK = "bank"


class Sex(str, Enum):
    FEMALE = "female"
    MALE = "male"
    UNSPECIFIED = "unspecified"


class LinkStatus(str, Enum):
    ACTIVE = "active"
    EXPIRED = "expired"


class Reason(str, Enum):
    NOT_MINE = "not_mine"
    WRONG_DETAILS = "wrong_details"
    NO_LONGER_VALID = "no_longer_valid"
    OTHER = "other"


class RequestStatus(str, Enum):
    AWAITING_APPROVAL = "awaiting_approval"  # made at a counter whose municipality wants a second staff member
    RECEIVED = "received"
    UNDER_REVIEW = "under_review"
    CORRECTED = "corrected"
    REJECTED = "rejected"


class OutboxState(str, Enum):
    """Where a correction request kept on this computer stands (``core.outbox``)."""

    WAITING = "waiting"  # queued; the service could not be reached yet
    SENDING = "sending"
    RECEIVED = "received"  # the service confirmed it; only its reference is kept
    FAILED = "failed"  # refused for what it says; the resident must send a new one
