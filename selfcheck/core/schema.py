"""The government API's version-1 schema, shared by the client and the mock server.

Both sides use these pydantic models, so the OpenAPI document, the server's answers and
the client's validation cannot drift apart. ``extra="forbid"`` on what the client reads
means an unexpected answer is caught as malformed rather than half-understood.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from .enums import NOTE_MAX, Channel, Issuer, LinkKind, LinkStatus, Reason, RequestStatus, Sex  # noqa: F401 - part of the schema

API_VERSION = "v1"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Problem(BaseModel):
    """RFC 9457 problem details, with the few extensions this API uses."""

    model_config = ConfigDict(extra="allow")
    type: str = "about:blank"
    title: str
    status: int
    detail: str | None = None
    code: str | None = None
    attempts_left: int | None = None


# ASCII digits only: ``\d`` would also match full-width and other Unicode digits, which the
# client normalises before sending.
class MyNumberOut(Strict):
    """The signed-in resident's own number (``GET /v1/me/number``), for "show number"."""
    number: Annotated[str, Field(pattern=r"^[0-9]{12}$", description="The 12-digit individual number, ASCII digits")]


class SessionOut(Strict):
    token: str
    expires_at: datetime = Field(description="The session ends at this time at the latest, whatever happens")
    idle_seconds: int = Field(900, ge=1, description="It ends earlier after this long without the resident's activity "
                                                     "(requests marked X-Selfcheck-Background are not activity)")


class Address(Strict):
    prefecture: str
    municipality: str
    municipality_en: str
    since: date
    until: date | None = None


class FormerSurname(Strict):
    """A former surname (旧氏) recorded in the resident register since 2019, with its reading."""

    surname: Annotated[str, Field(min_length=1, max_length=100)]
    surname_kana: Annotated[str, Field(min_length=1, max_length=100, description="Reading in katakana")]


class Alias(Strict):
    """An alias (通称) recorded in the resident register of a foreign resident, with its reading."""

    name: Annotated[str, Field(min_length=1, max_length=100)]
    name_kana: Annotated[str, Field(min_length=1, max_length=100, description="Reading in katakana")]


class Profile(Strict):
    resident_id: str
    name: str = Field(description="Name as in the resident register: kanji, or alphabet for many foreign residents")
    name_kana: str = Field(description="Registered reading in katakana")
    name_alphabet: str | None = None
    former_surnames: list[FormerSurname] = Field([], description="Former surnames (旧氏) in the resident register")
    aliases: list[Alias] = Field([], description="Aliases (通称) in the resident register")
    birth_date: date
    sex: Sex
    number_last4: Annotated[str, Field(pattern=r"^\d{4}$")]
    addresses: list[Address]


class Detail(Strict):
    """One labelled fact about a link, e.g. the bank branch. ``key`` is stable, for translation."""

    key: str
    value: str
    value_en: str | None = None


class Link(Strict):
    id: str
    kind: LinkKind
    title: str
    title_en: str
    holder_name: str
    holder_kana: str | None = None
    holder_birth_date: date | None = None
    holder_sex: Sex | None = None
    organisation: str
    organisation_en: str
    organisation_municipality: str | None = None
    organisation_municipality_en: str | None = None
    issuer: Issuer = Issuer.INSURER
    channel: Channel
    registered_at: datetime
    registered_by: str = Field(description="Who registered the link (person or office)")
    registered_by_en: str | None = Field(None, description="The same in English, where the office has an English name")
    valid_from: date | None = None
    valid_until: date | None = None
    status: LinkStatus = LinkStatus.ACTIVE
    shared_with_others: int = Field(0, ge=0, description="Other residents with the same account or certificate linked")
    details: list[Detail] = []


class AccessLogEntry(Strict):
    id: str
    at: datetime
    agency: str
    agency_en: str
    item: str
    item_en: str
    purpose: str
    purpose_en: str
    direction: Annotated[str, Field(pattern=r"^(query|provide)$")]
    counterpart: str | None = Field(None, description="The other side of the exchange: the agency that provided the "
                                                      "information (query) or that received it (provide)")
    counterpart_en: str | None = None
    at_counter: bool = Field(False, description="The resident's own viewing, at a municipal counter with a staff member")


T = TypeVar("T")


class Page(Strict, Generic[T]):
    items: list[T]
    total: int = Field(ge=0)
    offset: int = Field(ge=0)
    limit: int = Field(ge=1)


class CorrectionItem(Strict):
    link_id: Annotated[str, Field(min_length=1, max_length=64)]
    reason: Reason
    note: Annotated[str, Field(max_length=NOTE_MAX)] = ""


class Attachment(Strict):
    """A supporting document: PNG, JPEG or PDF, at most 5 MB, base64. The server checks the
    content, not the name or the declared type."""

    filename: Annotated[str, Field(min_length=1, max_length=200)]
    media_type: Annotated[str, Field(pattern=r"^(image/png|image/jpeg|application/pdf)$")]
    data: Annotated[str, Field(max_length=7_000_000, description="base64 of at most 5 MB")]


class AttachmentInfo(Strict):
    filename: str
    media_type: str
    size: int = Field(ge=0)


class CorrectionCreate(Strict):
    items: Annotated[list[CorrectionItem], Field(min_length=1, max_length=50)]
    attachments: Annotated[list[Attachment], Field(max_length=3)] = []


class StatusChange(Strict):
    status: RequestStatus
    at: datetime
    note: str = ""
    note_en: str = ""


class CorrectionRequest(Strict):
    id: str
    reference: Annotated[str, Field(pattern=r"^SC-\d{4}-\d{4}-\d{4}$")]
    created_at: datetime
    status: RequestStatus
    items: list[CorrectionItem]
    history: list[StatusChange]
    expected_reply_by: date
    attachments: list[AttachmentInfo] = []
    counter_staff_id: str | None = Field(None, description="Made at a municipal counter, assisted by this staff member")
    approved_by: str | None = Field(None, description="The second staff member who approved a counter request")


class Notification(Strict):
    id: str
    at: datetime
    title: str
    title_en: str
    body: str
    body_en: str
    read: bool = False


class StaffSessionCreate(Strict):
    staff_id: Annotated[str, Field(min_length=1, max_length=40)]
    password: Annotated[str, Field(min_length=1, max_length=200)]


class CounterPolicy(Strict):
    """What the municipality decides for its counters."""

    idle_seconds: Annotated[int, Field(ge=1, le=3600)] = 180
    warn_seconds: Annotated[int, Field(ge=0, le=600)] = 30
    second_approval: bool = False


class Approval(Strict):
    request_id: Annotated[str, Field(min_length=1, max_length=64)]


class StaffSessionOut(Strict):
    token: str
    expires_at: datetime
    staff_id: str
    municipality: str
    municipality_en: str
    policy: CounterPolicy = CounterPolicy()


class AuditEntry(Strict):
    seq: int
    at: datetime
    staff_id: str
    municipality: str
    action: str
    detail: str = ""


class ResidentData(Strict):
    """Everything the API says about one resident, in one document (``selfcheck check --json``)."""

    profile: Profile
    links: list[Link]
    access_log: list[AccessLogEntry] = []


class PersonaSummary(Strict):
    id: str
    number: str
    pin: str
    name: str
    name_en: str
    problem: str
    problem_en: str
