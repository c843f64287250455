"""Plain-language explanations of findings, in one place for every front end.

The texts are English source strings marked for Qt Linguist (context "Findings"); the GUI and
the ``selfcheck check`` command translate them with the same .qm files. This module does not
import Qt: ``QT_TRANSLATE_NOOP`` here only marks the text for ``pyside6-lupdate``.
"""

from __future__ import annotations

from typing import Callable, NamedTuple

from .enums import Channel, LinkKind, Sex
from .rules import Finding, Severity


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


class Text(NamedTuple):
    title: str
    why: str
    todo: str


SEVERITY = {
    Severity.PROBLEM: QT_TRANSLATE_NOOP("Findings", "Problem"),
    Severity.CHECK: QT_TRANSLATE_NOOP("Findings", "Please check"),
    Severity.INFO: QT_TRANSLATE_NOOP("Findings", "For your information"),
}

ASPECT = {
    "holder": QT_TRANSLATE_NOOP("Findings", "Name as the bank writes it"),
    "registered_by": QT_TRANSLATE_NOOP("Findings", "Registered by"),
    "name": QT_TRANSLATE_NOOP("Findings", "Name"),
    "kana": QT_TRANSLATE_NOOP("Findings", "Reading (kana)"),
    "birth_date": QT_TRANSLATE_NOOP("Findings", "Date of birth"),
    "sex": QT_TRANSLATE_NOOP("Findings", "Sex"),
    "municipality": QT_TRANSLATE_NOOP("Findings", "Municipality"),
    "period": QT_TRANSLATE_NOOP("Findings", "Period covered"),
    "organisation": QT_TRANSLATE_NOOP("Findings", "Insurer"),
    "valid_until": QT_TRANSLATE_NOOP("Findings", "Valid until"),
    "agency": QT_TRANSLATE_NOOP("Findings", "Agency"),
    "item": QT_TRANSLATE_NOOP("Findings", "Information exchanged"),
    "others": QT_TRANSLATE_NOOP("Findings", "Other people with this account"),
    "times": QT_TRANSLATE_NOOP("Findings", "Times in your access log"),
    "channel": QT_TRANSLATE_NOOP("Findings", "Registered through"),
    "former_name": QT_TRANSLATE_NOOP("Findings", "Your name with your former surname"),
    "alias_name": QT_TRANSLATE_NOOP("Findings", "Your alias (tsūshō)"),
    "lived_period": QT_TRANSLATE_NOOP("Findings", "When you lived there / period of this item"),
    "moved_out": QT_TRANSLATE_NOOP("Findings", "You moved away / period of this item"),
}

# What the two evidence columns hold, named for what they compare (``Finding.columns``).
COLUMNS = {
    "yours": QT_TRANSLATE_NOOP("Findings", "Your record"),
    "item": QT_TRANSLATE_NOOP("Findings", "This item"),
    "your_names": QT_TRANSLATE_NOOP("Findings", "Your names in the resident register"),
    "your_addresses": QT_TRANSLATE_NOOP("Findings", "Your address history"),
    "today": QT_TRANSLATE_NOOP("Findings", "Today"),
    "first": QT_TRANSLATE_NOOP("Findings", "One insurance"),
    "second": QT_TRANSLATE_NOOP("Findings", "The other insurance"),
    "access_log": QT_TRANSLATE_NOOP("Findings", "Your access log"),
}

# Values that are codes, not text: shown in the reader's language.
VALUES = {
    "sex": {Sex.FEMALE.value: QT_TRANSLATE_NOOP("Findings", "female"), Sex.MALE.value: QT_TRANSLATE_NOOP("Findings", "male"),
            Sex.UNSPECIFIED.value: QT_TRANSLATE_NOOP("Findings", "not recorded")},
    "channel": {Channel.SELF_SERVICE.value: QT_TRANSLATE_NOOP("Findings", "yourself, online (Mynaportal)"),
                Channel.MUNICIPAL_COUNTER.value: QT_TRANSLATE_NOOP("Findings", "a terminal at a municipal counter"),
                Channel.INSURER.value: QT_TRANSLATE_NOOP("Findings", "the insurer"),
                Channel.BANK.value: QT_TRANSLATE_NOOP("Findings", "the bank"),
                Channel.PENSION_OFFICE.value: QT_TRANSLATE_NOOP("Findings", "the pension office")},
}


def value_text(aspect: str, value: str, translate: Callable[[str, str], str]) -> str:
    """An evidence value as the reader reads it: codes translated, empty as a dash."""
    if not value:
        return "—"
    known = VALUES.get(aspect, {}).get(value)
    return translate("Findings", known) if known else value


def column_labels(finding: Finding, translate: Callable[[str, str], str]) -> tuple[str, str]:
    return tuple(translate("Findings", COLUMNS[c]) for c in finding.columns)  # type: ignore[return-value]

_NOT_YOURS = QT_TRANSLATE_NOOP("Findings", "If this is not yours, report it: the office that holds it will check and correct the link.")
_CHECK = QT_TRANSLATE_NOOP("Findings", "Compare it with your passbook or cash card. If it is wrong, report it.")
# The same advice for items that are not bank accounts: each compared with its own document.
_CHECK_BY_KIND = {
    LinkKind.BANK_ACCOUNT: _CHECK,
    LinkKind.HEALTH_INSURANCE: QT_TRANSLATE_NOOP("Findings", "Compare it with your health insurance card or the insurer's notice. If it is wrong, report it."),
    LinkKind.DISABILITY_CERTIFICATE: QT_TRANSLATE_NOOP("Findings", "Compare it with your certificate. If it is wrong, report it."),
    LinkKind.PENSION: QT_TRANSLATE_NOOP("Findings", "Compare it with your pension book or the pension notice. If it is wrong, report it."),
}
_OTHER_NAME_TODO = {
    LinkKind.BANK_ACCOUNT: QT_TRANSLATE_NOOP("Findings", "If this is your account, it is not wrongly linked: ask your bank to change the account name to your current name. If it is not yours, report it."),
    None: QT_TRANSLATE_NOOP("Findings", "If this is yours, it is not wrongly linked: ask the insurer or the pension office to change the name on it to your current name. If it is not yours, report it."),
}

TEXTS: dict[str, Text] = {
    "same_surname": Text(
        QT_TRANSLATE_NOOP("Findings", "The benefit account is in the name of someone with your surname"),
        QT_TRANSLATE_NOOP("Findings", "The account holder has your surname but another given name. It can be a relative's account or another person's. A benefit account must be in your own name."),
        _NOT_YOURS),
    "same_surname_family": Text(
        QT_TRANSLATE_NOOP("Findings", "The benefit account is probably a family member's"),
        QT_TRANSLATE_NOOP("Findings", "The account holder has your surname but another given name, and the account was registered for you by a family member or while you were a child. In 2023 many benefit accounts turned out to be a parent's account. A benefit account must be in your own name."),
        _NOT_YOURS),
    "other_name": Text(
        QT_TRANSLATE_NOOP("Findings", "The benefit account is in another person's name"),
        QT_TRANSLATE_NOOP("Findings", "The account holder's name is not yours, nor any name the resident register has for you. A benefit account must be in your own name."),
        _NOT_YOURS),
    "other_name_counter": Text(
        QT_TRANSLATE_NOOP("Findings", "The benefit account is in another person's name, registered at a counter terminal"),
        QT_TRANSLATE_NOOP("Findings", "The account holder's name is not yours, and the account was registered on a terminal at a municipal counter. In 2023 some accounts were registered to the wrong person at a shared counter terminal that was not signed out. A benefit account must be in your own name."),
        _NOT_YOURS),
    "former_name": Text(
        QT_TRANSLATE_NOOP("Findings", "This looks like yours under your former surname"),
        QT_TRANSLATE_NOOP("Findings", "The name on this item is your name with your former surname (旧氏), as your resident record has it. It is probably yours, kept under your old name."),
        ""),
    "alias_name": Text(
        QT_TRANSLATE_NOOP("Findings", "This looks like yours under your alias"),
        QT_TRANSLATE_NOOP("Findings", "The name on this item is your alias (通称), as your resident record has it. It is probably yours, under the other name you use."),
        ""),
    "v_sound": Text(
        QT_TRANSLATE_NOOP("Findings", "The account holder's name writes ヴ another way"),
        QT_TRANSLATE_NOOP("Findings", "The names differ only in how the sound ヴ is written (for example ヴァン and バン). Banks often write it with バ, ビ, ブ, ベ or ボ, so this is probably yours."),
        _CHECK),
    "middle_name": Text(
        QT_TRANSLATE_NOOP("Findings", "A part of the name is added or left out"),
        QT_TRANSLATE_NOOP("Findings", "The names match except that one of them has a middle name or another part that the other leaves out (for example SMITH JOHN and SMITH JOHN MICHAEL). This is usually the same person, but check it."),
        _CHECK),
    "transliteration": Text(
        QT_TRANSLATE_NOOP("Findings", "The name is written in another script"),
        QT_TRANSLATE_NOOP("Findings", "One name is in the alphabet and the other in katakana, and they sound alike (for example SMITH and スミス). The spelling between scripts is never certain, so check it."),
        _CHECK),
    "prefix": Text(
        QT_TRANSLATE_NOOP("Findings", "The account holder's name is close to yours but not the same"),
        QT_TRANSLATE_NOOP("Findings", "One name is the start of the other (for example ミキ and ミキオ). These are different names, so this may be another person's account."),
        _NOT_YOURS),
    "voiced_mark": Text(
        QT_TRANSLATE_NOOP("Findings", "The account holder's name differs from yours by a voiced mark"),
        QT_TRANSLATE_NOOP("Findings", "The names differ only in a voiced mark (for example タカダ and タカタ). That can be a typing error, or a different person."),
        _CHECK),
    "long_vowel": Text(
        QT_TRANSLATE_NOOP("Findings", "The account holder's name writes a long vowel differently"),
        QT_TRANSLATE_NOOP("Findings", "The names differ only in how a long vowel is written (for example サトウ and サトー). Banks often write it another way, but it can also be another person."),
        _CHECK),
    "on_reading": Text(
        QT_TRANSLATE_NOOP("Findings", "The account holder's name is your kanji name read the Japanese way"),
        QT_TRANSLATE_NOOP("Findings", "The account holder's name is your registered name with its kanji, or only its surname, read the Japanese way (for example 張 偉 written チョウ イ instead of チャン ウェイ, or 李 written リ instead of イ). Banks sometimes write a name that way, so this is probably yours, but check it."),
        _CHECK),
    "abbreviated": Text(
        QT_TRANSLATE_NOOP("Findings", "The account holder's name is shortened"),
        QT_TRANSLATE_NOOP("Findings", "A part of the name is only an initial (for example SMITH JOHN M). This is usually the same person, but check it."),
        _CHECK),
    "truncated": Text(
        QT_TRANSLATE_NOOP("Findings", "The account holder's name is cut off"),
        QT_TRANSLATE_NOOP("Findings", "Banks store at most 40 characters, so long names are cut. The part that is stored matches your name."),
        _CHECK),
    "non_personal": Text(
        QT_TRANSLATE_NOOP("Findings", "The benefit account belongs to a company or organisation"),
        QT_TRANSLATE_NOOP("Findings", "The holder is written as a company or another organisation (for example ｶ) for a kabushiki kaisha). A benefit account must be your own personal account."),
        _NOT_YOURS),
    "shared_account": Text(
        QT_TRANSLATE_NOOP("Findings", "The same account is also linked to other people"),
        QT_TRANSLATE_NOOP("Findings", "This account is registered as the benefit account of other people as well. Each person's benefit account must be their own, so at least one of these links is wrong."),
        _NOT_YOURS),
    "other_person": Text(
        QT_TRANSLATE_NOOP("Findings", "This record is in another person's name"),
        QT_TRANSLATE_NOOP("Findings", "The name on this record is not yours. In 2023 some certificates carried a relative's number, or numbers were swapped when several applications were entered together."),
        _NOT_YOURS),
    "same_name_other_birth_date": Text(
        QT_TRANSLATE_NOOP("Findings", "This record has your name but another date of birth"),
        QT_TRANSLATE_NOOP("Findings", "The name matches, but the date of birth does not. It is probably the record of another person with the same name, linked by name alone."),
        _NOT_YOURS),
    "other_reading": Text(
        QT_TRANSLATE_NOOP("Findings", "The reading of the name on this record is not yours"),
        QT_TRANSLATE_NOOP("Findings", "The name in kanji matches, but its reading in kana does not. This can be an error in the record, or another person whose name is written the same way."),
        _CHECK),
    "name_spelling": Text(
        QT_TRANSLATE_NOOP("Findings", "The name on this record is spelled another way"),
        QT_TRANSLATE_NOOP("Findings", "Date of birth and sex match, and the name is yours written another way: a part added or left out, an initial, or another script. This is usually the same person, but check it."),
        _CHECK),
    "kanji_differs": Text(
        QT_TRANSLATE_NOOP("Findings", "The name on this record is written with other kanji"),
        QT_TRANSLATE_NOOP("Findings", "Reading, date of birth and sex all match; only the kanji differ. Many systems cannot show every kanji of a name and use a similar one. It is probably yours, but check it."),
        _CHECK),
    "other_sex": Text(
        QT_TRANSLATE_NOOP("Findings", "The sex on this record is not yours"),
        QT_TRANSLATE_NOOP("Findings", "Name and date of birth match, but the sex recorded is different. This is usually an error in the record."),
        _CHECK),
    "never_lived": Text(
        QT_TRANSLATE_NOOP("Findings", "Issued by a municipality where you never lived"),
        QT_TRANSLATE_NOOP("Findings", "A municipality issues this kind of certificate only to its residents, and your address history does not include it. In 2023 insurers linked people with the same name and date of birth in other towns."),
        _NOT_YOURS),
    "not_living_then": Text(
        QT_TRANSLATE_NOOP("Findings", "Issued by a municipality when you did not live there"),
        QT_TRANSLATE_NOOP("Findings", "You lived in this municipality, but not during the period of this item. A municipality issues this kind of certificate only to its residents, so it probably belongs to another person with the same name."),
        _NOT_YOURS),
    "insurance_after_move": Text(
        QT_TRANSLATE_NOOP("Findings", "A municipality's insurance is still linked after you moved away"),
        QT_TRANSLATE_NOOP("Findings", "Your address history shows that you moved away from this municipality, and its national health insurance covers only its residents. This insurance should have ended when you moved."),
        QT_TRANSLATE_NOOP("Findings", "If you moved away, report it as no longer valid.")),
    "double_insurance": Text(
        QT_TRANSLATE_NOOP("Findings", "Two health insurances from different insurers for the same time"),
        QT_TRANSLATE_NOOP("Findings", "You are normally insured by one insurer at a time. One of these may belong to someone else, or an old one was not ended."),
        _CHECK),
    "expired": Text(
        QT_TRANSLATE_NOOP("Findings", "An expired certificate is still linked"),
        QT_TRANSLATE_NOOP("Findings", "This certificate is no longer valid but is still linked to your number, for example insurance from a job you have left."),
        QT_TRANSLATE_NOOP("Findings", "If you no longer have it, report it as no longer valid.")),
    "unexpected_access": Text(
        QT_TRANSLATE_NOOP("Findings", "An agency you have no link with exchanged your information"),
        QT_TRANSLATE_NOOP("Findings", "This agency exchanged information about you, although it holds nothing linked to your number and you never lived there. There may be a good reason, but you can ask."),
        QT_TRANSLATE_NOOP("Findings", "If you do not know why, ask the agency or the My Number help line.")),
}


def todo_text(finding: Finding) -> str:
    """The advice, fitted to the item: a passbook only for bank accounts."""
    t = TEXTS[finding.code]
    if not t.todo:  # a former surname or an alias
        return _OTHER_NAME_TODO[LinkKind.BANK_ACCOUNT if finding.kind is LinkKind.BANK_ACCOUNT else None]
    if t.todo == _CHECK and finding.kind is not None:
        return _CHECK_BY_KIND[finding.kind]
    return t.todo


def texts(finding: Finding, translate: Callable[[str, str], str]) -> tuple[str, str, str]:
    """(title, explanation, what to do) in the caller's language. ``translate(context, text)``."""
    t = TEXTS[finding.code]
    return translate("Findings", t.title), translate("Findings", t.why), translate("Findings", todo_text(finding))
