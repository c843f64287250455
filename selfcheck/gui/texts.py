"""Every code the core produces, turned into words, in one place.

Like DigiDoc's single state→message function: wording stays consistent and testable, and
each text goes through Qt's translation (context "Texts").
"""

from __future__ import annotations

import re

from datetime import date, datetime, timedelta, timezone

from PySide6.QtCore import QCoreApplication, QLocale

from typing import TYPE_CHECKING

from ..core import enums as s
from ..core.errors import ApiError, ErrorKind
from ..core.flow import FlagProblem
from ..core.mynumber import NumberProblem
from ..core.pin import PinProblem

if TYPE_CHECKING:  # findings need pydantic: loaded after the first window, not before
    from ..core.rules import Finding, Severity

translate = QCoreApplication.translate
JAPAN = timezone(timedelta(hours=9), "JST")  # Japan has kept no summer time since 1951


_language: tuple[bool, tuple[str, ...]] | None = None  # (Japanese?, short month names): asked of Qt once


def _current() -> tuple[bool, tuple[str, ...]]:
    """The language in use, asked of Qt once per language (``language_changed``). Lists paint
    their cells while the workers hold the interpreter lock, and every call into Qt that lets
    the lock go waits to get it back: asking ``QLocale()`` for every cell and date held the first
    paint of 2,000 links 50 ms."""
    global _language
    if _language is None:
        locale = QLocale()
        _language = (locale.language() == QLocale.Language.Japanese,
                     tuple(locale.monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)))
    return _language


def language_changed() -> None:
    """After ``QLocale.setDefault`` (``Preferences.set_language``): ask Qt again."""
    global _language
    _language = None


def is_japanese() -> bool:
    return _current()[0]


def pick(ja: str, en: str) -> str:
    """Data that the API sends in both languages."""
    return ja if is_japanese() else en


def item_names(links) -> dict[str, str]:
    """Each link's name in the current language; where two items have the same name (two
    health insurances), each also says its insurer and its period, so they can be told apart."""
    from collections import Counter

    links = list(links)
    ja = is_japanese()  # once: asking the locale for each of 2,000 links held the event loop ~10 ms
    names = {x.id: x.title if ja else x.title_en for x in links}
    twice = Counter(names.values())
    for x in links:
        if twice[names[x.id]] > 1:
            if x.valid_until:
                period = translate("Texts", "%1 to %2").replace("%1", fmt_date(x.valid_from)).replace("%2", fmt_date(x.valid_until))
            else:
                period = translate("Texts", "since %1").replace("%1", fmt_date(x.valid_from))
            names[x.id] = f"{names[x.id]} — {pick(x.organisation, x.organisation_en)}, {period}"
    return names


def registered_by(link: s.Link) -> str:
    """Who registered a link, in English where the service has an English name for it."""
    if link.registered_by_en or is_japanese():
        return pick(link.registered_by, link.registered_by_en)
    from ..core.datanames import in_english

    return in_english(link.registered_by, {})  # 本人, a relative's name with who they are


def kind_label(kind: s.LinkKind) -> str:
    return {
        s.LinkKind.BANK_ACCOUNT: translate("Texts", "Benefit bank account"),
        s.LinkKind.HEALTH_INSURANCE: translate("Texts", "Health insurance"),
        s.LinkKind.DISABILITY_CERTIFICATE: translate("Texts", "Disability certificates"),
        s.LinkKind.PENSION: translate("Texts", "Pension records"),
    }[kind]


def channel_label(channel: s.Channel) -> str:
    return {
        s.Channel.SELF_SERVICE: translate("Texts", "Self-service (online)"),
        s.Channel.MUNICIPAL_COUNTER: translate("Texts", "Municipal counter"),
        s.Channel.INSURER: translate("Texts", "Insurer"),
        s.Channel.BANK: translate("Texts", "Bank"),
        s.Channel.PENSION_OFFICE: translate("Texts", "Pension office"),
    }[channel]


def reason_label(reason: s.Reason) -> str:
    return {
        s.Reason.NOT_MINE: translate("Texts", "This is not mine"),
        s.Reason.WRONG_DETAILS: translate("Texts", "The details are wrong"),
        s.Reason.NO_LONGER_VALID: translate("Texts", "It is no longer valid"),
        s.Reason.OTHER: translate("Texts", "Something else"),
    }[reason]


def reason_hint(reason: s.Reason) -> str:
    return {
        s.Reason.NOT_MINE: translate("Texts", "For example, a family member's account or another person's record."),
        s.Reason.WRONG_DETAILS: translate("Texts", "It is yours, but a name, date or number is wrong."),
        s.Reason.NO_LONGER_VALID: translate("Texts", "For example, insurance from a job you have left."),
        s.Reason.OTHER: translate("Texts", "Tell us in the note what is wrong."),
    }[reason]


def status_label(status: s.RequestStatus) -> str:
    return {
        s.RequestStatus.AWAITING_APPROVAL: translate("Texts", "Waiting for a second staff member's approval"),
        s.RequestStatus.RECEIVED: translate("Texts", "Received"),
        s.RequestStatus.UNDER_REVIEW: translate("Texts", "Under review"),
        s.RequestStatus.CORRECTED: translate("Texts", "Corrected"),
        s.RequestStatus.REJECTED: translate("Texts", "Rejected"),
    }[status]


def approval_next(req: s.CorrectionRequest) -> str:
    """Who approves a counter request left waiting, and what happens next (also after the
    resident's session has ended)."""
    who = req.counter_staff_id or ""
    text = translate("Texts", "Who approves it: a second staff member of the municipality's counter, not %1 who helped "
                              "you. Until then it is kept at the service and not yet sent to the offices that hold the "
                              "items. If your session ends first, nothing is lost: the counter can still approve it, and "
                              "you can follow it under “My requests”. Once approved, the answer is due by %2. If it still "
                              "says waiting after a few days, ask at the counter with your reference number %3.")
    return text.replace("%1", who).replace("%2", fmt_date(req.expected_reply_by)).replace("%3", req.reference)


def link_status_label(status: s.LinkStatus) -> str:
    return {s.LinkStatus.ACTIVE: translate("Texts", "Valid"),
            s.LinkStatus.EXPIRED: translate("Texts", "Expired")}[status]


def sex_label(sex: s.Sex | None) -> str:
    if sex is None:
        return "—"
    return {s.Sex.FEMALE: translate("Texts", "Female"), s.Sex.MALE: translate("Texts", "Male"),
            s.Sex.UNSPECIFIED: translate("Texts", "Not stated")}[sex]


def direction_label(direction: str) -> str:
    return translate("Texts", "Asked for") if direction == "query" else translate("Texts", "Provided")


def detail_label(key: str) -> str:
    labels = {
        "bank": translate("Texts", "Bank"),
        "branch": translate("Texts", "Branch"),
        "account_type": translate("Texts", "Account type"),
        "account_number": translate("Texts", "Account number"),
        "insurer_number": translate("Texts", "Insurer number"),
        "symbol": translate("Texts", "Symbol"),
        "member_number": translate("Texts", "Member number"),
        "certificate_number": translate("Texts", "Certificate number"),
        "grade": translate("Texts", "Grade"),
        "pension_number": translate("Texts", "Basic pension number"),
        "record_number": translate("Texts", "Record number"),
    }
    return labels.get(key, key)


def number_problem(code: str) -> str:
    return {
        NumberProblem.EMPTY: translate("Texts", "Enter your My Number."),
        NumberProblem.NOT_DIGITS: translate("Texts", "Your My Number must contain only digits. Spaces and hyphens are fine."),
        NumberProblem.WRONG_LENGTH: translate("Texts", "Your My Number has 12 digits. Check that none is missing or extra."),
        NumberProblem.CHECK_DIGIT: translate("Texts", "This My Number is not valid: one of the digits is probably mistyped. Check it against your card."),
    }[code]


def pin_problem(code: str) -> str:
    return {
        PinProblem.EMPTY: translate("Texts", "Enter your 4-digit PIN."),
        PinProblem.FORMAT: translate("Texts", "The PIN has exactly 4 digits (the user certificate PIN of your card)."),
    }[code]


def flag_problem(code: FlagProblem) -> str:
    return {
        FlagProblem.NO_REASON: translate("Texts", "Choose what is wrong with this item."),
        FlagProblem.NOTE_REQUIRED: translate("Texts", "Tell us in the note what is wrong."),
        FlagProblem.NOTE_TOO_LONG: translate("Texts", "The note is too long: shorten it to 1,000 characters or fewer."),
    }[code]


def error_message(e: BaseException) -> str:
    """A plain sentence that says what happened and what to do."""
    card = card_error_message(e)
    if card is not None:
        return card
    if not isinstance(e, ApiError):
        return translate("Texts", "Something went wrong inside Selfcheck. Try again; if it keeps happening, restart the app. Nothing you typed was sent.")
    k = e.kind
    if k is ErrorKind.LOCKED:
        return locked_card_message()
    if k is ErrorKind.SESSION_EXPIRED:
        return translate("Texts", "Your session has ended. Sign in again; what you have marked is kept.")
    if k is ErrorKind.OFFLINE:
        return translate("Texts", "Cannot reach the government service. Check your internet connection and try again.")
    if k is ErrorKind.TIMEOUT:
        return translate("Texts", "The government service is not answering. Try again in a few minutes.")
    if k is ErrorKind.BAD_RESPONSE:
        return translate("Texts", "The government service sent an answer Selfcheck cannot read. Try again later; if it keeps happening, contact the help desk.")
    if k is ErrorKind.RATE_LIMITED and e.code == "throttled":
        return translate("Texts", "Too many sign-in attempts in a short time. Wait a minute, then try again.")
    if k is ErrorKind.SERVER or k is ErrorKind.RATE_LIMITED:
        return translate("Texts", "The government service has a problem right now. Try again in a few minutes.")
    if k is ErrorKind.NOT_FOUND:
        return translate("Texts", "That item is no longer linked to your number. Reload the list.")
    if k is ErrorKind.WRONG_PASSWORD:
        return translate("Texts", "The staff ID or the password is wrong. Check both and try again.")
    if k is ErrorKind.STAFF_LOCKED:
        return translate("Texts", "This staff account is locked after too many wrong passwords. Ask your administrator to unlock it.")
    if k is ErrorKind.FORBIDDEN and e.code == "same_staff":
        return translate("Texts", "A different staff member must approve: the one who helped the resident cannot approve their own request.")
    if k is ErrorKind.FORBIDDEN and e.code == "not_confirmed":
        return translate("Texts", "Nothing can be sent before the resident has confirmed that this is them.")
    if k is ErrorKind.FORBIDDEN:
        return translate("Texts", "This is not allowed for this session. End the session and start again.")
    if k is ErrorKind.CONFLICT:
        return translate("Texts", "This request was already sent with different answers. Check your requests before sending again.")
    return translate("Texts", "The government service did not accept this. Check your answers and try again.")


def outbox_state(item, short: bool = False) -> str:
    """A request still on this computer, in words."""
    from ..core.enums import OutboxState

    if item.state is OutboxState.SENDING:
        return translate("Texts", "Sending…")
    if item.state is OutboxState.FAILED:
        if short:
            return translate("Texts", "Not sent")
        return translate("Texts", "Not sent: the service refused it. Check the items and send a new request.")
    if short:
        return translate("Texts", "Waiting to send")
    return translate("Texts", "Waiting to send: the service could not be reached. It is sent by itself when the service answers.")


def attachment_problem(code) -> str:
    from ..core.attachments import AttachmentProblem

    return {
        AttachmentProblem.TOO_LARGE: translate("Texts", "The file is larger than 5 MB. Take a smaller photo, or save the page as a smaller PDF."),
        AttachmentProblem.WRONG_TYPE: translate("Texts", "The file is not a PNG, JPEG or PDF (whatever its name says). Take a photo or save it as PDF."),
        AttachmentProblem.UNREADABLE: translate("Texts", "The file cannot be read. Check that it still exists and is not open in another program."),
        AttachmentProblem.EMPTY: translate("Texts", "The file is empty. Choose the photo or PDF again."),
        AttachmentProblem.TOO_MANY: translate("Texts", "You can attach up to 3 documents. Remove one first."),
        AttachmentProblem.NOT_A_FILE: translate("Texts", "This is not a file (it may be a folder or a device). Choose the photo or PDF itself."),
        AttachmentProblem.DAMAGED: translate("Texts", "The file is damaged or not really a PNG, JPEG or PDF: it cannot be opened. Take the photo again or save the page as PDF again."),
        AttachmentProblem.TOO_MANY_PIXELS: translate("Texts", "The picture is too large (more than 40 megapixels). Take it again at a lower resolution."),
    }[code]


def severity_label(sev: Severity) -> str:
    """Words and a symbol, so the severity never depends on colour."""
    from ..core import explain
    from ..core.rules import Severity

    symbol = {Severity.PROBLEM: "⚠", Severity.CHECK: "？", Severity.INFO: "ℹ"}[sev]
    return f"{symbol} {translate('Findings', explain.SEVERITY[sev])}"


def finding_texts(f: Finding) -> tuple[str, str, str]:
    from ..core import explain

    return explain.texts(f, translate)


def aspect_label(aspect: str) -> str:
    from ..core import explain

    return translate("Findings", explain.ASPECT.get(aspect, aspect))


def _iso_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if len(text) == 10 and text[4] == "-" else None
    except ValueError:
        return None


_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def evidence_value(aspect: str, value: str, names: dict[str, str] | None = None) -> str:
    """Dates, periods and sexes from the rules are data codes: show them as the user reads
    them (every ISO date in a value, periods and lists of periods too); names in English where
    the service sent an English name (``names``, see ``core.datanames.glossary``), and a list
    the rules joined with 、 joined with commas in English."""
    if not value:
        return "—"
    if aspect == "birth_date" and _iso_date(value):
        return fmt_birth_date(_iso_date(value))
    if aspect == "sex":
        return sex_label(s.Sex(value))
    if not is_japanese():
        from ..core.datanames import JOINER, in_english

        value = in_english(value, names or {}).replace(JOINER, ", ")
    value = _ISO_DATE.sub(lambda m: fmt_date(_iso_date(m.group(0))) if _iso_date(m.group(0)) else m.group(0), value)
    from ..core import explain

    return explain.value_text(aspect, value, translate)


def evidence_columns(f: Finding) -> tuple[str, str]:
    from ..core import explain

    return explain.column_labels(f, translate)


# -- dates in the convention of the chosen language -------------------------------------------
def fmt_date(d: date | None) -> str:
    if d is None:
        return "—"
    japanese, months = _current()
    return f"{d.year:04d}年{d.month}月{d.day}日" if japanese else f"{d.day} {months[d.month - 1]} {d.year:04d}"


_ERAS = ((date(2019, 5, 1), "令和"), (date(1989, 1, 8), "平成"), (date(1926, 12, 25), "昭和"),
         (date(1912, 7, 30), "大正"), (date(1868, 1, 25), "明治"))


def era_year(d: date) -> str:
    """The Japanese era year (和暦), e.g. 昭和60年; the first year of an era is 元年."""
    for start, name in _ERAS:
        if d >= start:
            n = d.year - start.year + 1
            return f"{name}{'元' if n == 1 else n}年"
    return ""


def fmt_birth_date(d: date | None) -> str:
    """A birth date as residents of Japan read it: with the era year alongside, in Japanese."""
    if d is None:
        return "—"
    era = era_year(d) if is_japanese() else ""
    return f"{fmt_date(d)}（{era}）" if era else fmt_date(d)


def fmt_datetime(dt: datetime | None) -> str:
    if dt is None:
        return "—"
    try:
        at = dt.astimezone(JAPAN)  # as the service means it, wherever the computer is
    except (OverflowError, OSError, ValueError):  # past year 9999 in Japan (a "never" of 9999-12-31 UTC):
        return _fmt_datetime_by_qt(dt)  # Python's dates end there; Qt's do not (an exception here crashed the paint)
    return f"{fmt_date(at.date())} {at:%H:%M}" if is_japanese() else f"{fmt_date(at.date())}, {at:%H:%M}"


def _fmt_datetime_by_qt(dt: datetime) -> str:
    """As every time was shown before ``fmt_datetime`` formatted in Python: for the few it cannot."""
    from PySide6.QtCore import QDateTime, QTimeZone

    q = QDateTime.fromSecsSinceEpoch(int(dt.timestamp()), QTimeZone(b"Asia/Tokyo"))
    return QLocale().toString(q, "yyyy年M月d日 HH:mm" if is_japanese() else "d MMM yyyy, HH:mm")


def locked_card_message() -> str:
    """Three wrong PINs locked the card: what to bring, and where."""
    return translate("Texts", "Your card is locked after 3 wrong PINs. It cannot be unlocked in this app: take the card and a photo ID (driving licence, passport or residence card) to the residents' counter of your city, ward, town or village office. The staff unlock it there and you choose a new PIN.")


def card_error_message(e: BaseException) -> str | None:
    """What a card sign-in failure means, in the user's language (None: not the card's)."""
    from ..core.card import jpki

    if isinstance(e, jpki.WrongPin):
        return translate("Card", "The PIN is wrong. %n attempt(s) left before the card locks itself.", None, e.tries_left)
    if isinstance(e, jpki.CardLocked):
        return locked_card_message()
    if isinstance(e, jpki.CardRemoved):
        return translate("Card", "The card was taken out. Put it back in the reader and try again.")
    if isinstance(e, jpki.NotJpki):
        return translate("Card", "This card is not a My Number Card.")
    if isinstance(e, jpki.CardError):
        return translate("Card", "The card reader could not talk to the card. Take the card out, put it back and try again.")
    if isinstance(e, ApiError) and e.kind is ErrorKind.CARD_REFUSED:
        if e.code in ("certificate_expired",):
            return translate("Card", "Your card's certificate has expired. Renew it at your municipal office.")
        if e.code in ("certificate_revoked",):
            return translate("Card", "Your card's certificate has been revoked. Ask your municipal office.")
        if e.code in ("untrusted_certificate", "bad_certificate"):
            return translate("Card", "The service does not accept this card's certificate.")
        return translate("Card", "The service refused the sign-in. Try again.")
    return None
