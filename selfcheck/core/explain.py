"""Plain-language explanations of findings, in one place for every front end.

The texts are English source strings marked for Qt Linguist (context "Findings"); the GUI and
the ``selfcheck check`` command translate them with the same .qm files. This module does not
import Qt: ``QT_TRANSLATE_NOOP`` here only marks the text for ``pyside6-lupdate``.
"""

from __future__ import annotations

from typing import Callable, NamedTuple

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
}

_NOT_YOURS = QT_TRANSLATE_NOOP("Findings", "If this is not yours, report it: the office that holds it will check and correct the link.")
_CHECK = QT_TRANSLATE_NOOP("Findings", "Compare it with your passbook or certificate. If it is wrong, report it.")

TEXTS: dict[str, Text] = {
    "same_surname": Text(
        QT_TRANSLATE_NOOP("Findings", "The benefit account is in the name of someone else in your family"),
        QT_TRANSLATE_NOOP("Findings", "The account holder has your surname but another given name. In 2023 many benefit accounts turned out to be a parent's or a relative's account. A benefit account must be in your own name."),
        _NOT_YOURS),
    "other_name": Text(
        QT_TRANSLATE_NOOP("Findings", "The benefit account is in another person's name"),
        QT_TRANSLATE_NOOP("Findings", "The account holder's name is not yours. In 2023 some accounts were registered to the wrong person at a shared counter terminal that was not signed out. A benefit account must be in your own name."),
        _NOT_YOURS),
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
    "other_sex": Text(
        QT_TRANSLATE_NOOP("Findings", "The sex on this record is not yours"),
        QT_TRANSLATE_NOOP("Findings", "Name and date of birth match, but the sex recorded is different. This is usually an error in the record."),
        _CHECK),
    "never_lived": Text(
        QT_TRANSLATE_NOOP("Findings", "Issued by a municipality where you never lived"),
        QT_TRANSLATE_NOOP("Findings", "A municipality issues this kind of certificate only to its residents, and your address history does not include it. In 2023 insurers linked people with the same name and date of birth in other towns."),
        _NOT_YOURS),
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


def texts(finding: Finding, translate: Callable[[str, str], str]) -> tuple[str, str, str]:
    """(title, explanation, what to do) in the caller's language. ``translate(context, text)``."""
    t = TEXTS[finding.code]
    return translate("Findings", t.title), translate("Findings", t.why), translate("Findings", t.todo)
