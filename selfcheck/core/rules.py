"""Rules that find links which probably belong to someone else, as the 2023 review did.

``find(data)`` returns findings, most serious first. Each names the links it concerns, a
severity, a code the front ends explain in plain words (``core.explain``), the evidence side
by side (your record vs the link), and the correction reason it suggests. No Qt, no I/O.

1. bank_name        the account holder's name is not the resident's (graded, see ``names``)
2. shared_account   the same account is linked to other residents too
3. holder_mismatch  a certificate or pension record for another name, reading, birth date or sex
4. never_lived      issued by a municipality where the resident never lived
5. double_insurance two health insurances from different insurers for the same period
6. expired          an expired certificate still linked
7. unexpected_access an agency with no link and no standing reason exchanged data (for information)
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from enum import Enum
from functools import lru_cache
from typing import Iterable

from pydantic import BaseModel, ConfigDict

from . import schema as s
from .names import (Grade, Match, Why, best, compare, compare_written, on_reading, script, surname_and_given, words_key,
                    zengin)


class Severity(str, Enum):
    PROBLEM = "problem"
    CHECK = "check"
    INFO = "info"


_ORDER = {Severity.PROBLEM: 0, Severity.CHECK: 1, Severity.INFO: 2}


class Evidence(BaseModel):
    model_config = ConfigDict(frozen=True)
    aspect: str  # name, kana, birth_date, sex, municipality, period, holder, channel…
    yours: str
    theirs: str
    # the same values for an English reader where the data has them (place and body names)
    yours_en: str | None = None
    theirs_en: str | None = None

    def values(self, english: bool) -> tuple[str, str]:
        if english:
            return (self.yours if self.yours_en is None else self.yours_en,
                    self.theirs if self.theirs_en is None else self.theirs_en)
        return self.yours, self.theirs


class Finding(BaseModel):
    model_config = ConfigDict(frozen=True)
    rule: str
    code: str
    severity: Severity
    link_ids: tuple[str, ...]
    evidence: tuple[Evidence, ...] = ()
    # what the two evidence columns hold (``core.explain.COLUMNS`` names them)
    columns: tuple[str, str] = ("yours", "item")
    kind: s.LinkKind | None = None  # the kind of item, for advice that fits it
    suggested_reason: s.Reason | None = None
    count: int = 0  # a number the explanation mentions (other residents, log entries)


# National bodies with a standing reason to exchange data about anyone (pension, tax,
# benefits, employment insurance); matched as substrings of the agency's name.
NATIONAL = ("デジタル庁", "日本年金機構", "国税庁", "税務署", "全国健康保険協会", "協会けんぽ", "ハローワーク", "厚生労働省")


@lru_cache(maxsize=65536)
def _compare(registered: str, holder: str) -> Match:
    return compare(registered, holder)


@lru_cache(maxsize=65536)
def _compare_written(registered: str, written: str) -> Match:
    return compare_written(registered, written)


def bank_spelling(profile: s.Profile) -> str:
    """The resident's name as a bank stores it (Zengin half-width katakana)."""
    return zengin(profile.name_kana or profile.name_alphabet or profile.name)


def _is_alphabet(name: str) -> bool:
    return bool(name) and script(name) == "alphabet"


class _Names:
    """The resident's names, worked out once per ``find`` rather than once per link."""

    __slots__ = ("own", "others", "own_keys", "_by_script", "_heard_from", "surname_keys")

    def __init__(self, p: s.Profile) -> None:
        self.own = own_names(p)
        self.others = other_names(p)
        self.own_keys = {words_key(x) for x in self.own}
        self._by_script: dict[str, list[str]] = {}
        for x in self.own:
            self._by_script.setdefault(script(x), []).append(x)
        # A name registered in the alphabet is the name itself; its katakana reading is one
        # rendering of it, and a bank or insurer may have made another from the alphabet (LEE as
        # ﾘ- where the register reads イ). A Japanese reading stays the only authority.
        self._heard_from = self._by_script.get("alphabet", []) if _is_alphabet(p.name) else []
        # the surname as the reading and the alphabet name write it (their first word), where the
        # name has more than one word
        self.surname_keys = {words_key(surname_and_given(x)[0]) for x in self.own if surname_and_given(x)[1]}

    def has_surname(self, holder: str) -> bool:
        """The holder's name has one of the resident's surnames as a word of its own."""
        words = set(words_key(holder))
        return any(len(k) == 1 and k[0] in words for k in self.surname_keys)

    def for_holder(self, holder: str) -> list[str]:
        """Names in the holder's own script; a transliteration only when there is none."""
        return self._by_script.get(script(holder)) or self.own

    def closest(self, holder: str) -> tuple[Match, str]:
        """The closest of the resident's names to ``holder`` and the name it was compared with."""
        m, used = _best_compare(self.for_holder(holder), holder)
        # not where the holder has the resident's surname: another given name with it is the
        # family-account signature, and the sound key is too rough to overrule it (JOHN / ｼﾞｴ-ﾝ)
        if m.grade is Grade.DIFFERENT and self._heard_from and script(holder) == "kana" and not self.has_surname(holder):
            alt, alt_used = _best_compare(self._heard_from, holder)
            if alt.grade is Grade.CHECK:
                return alt, alt_used
        return m, used


def own_names(p: s.Profile) -> list[str]:
    """The resident's current name in every form a bank may use: reading, alphabet name, and the
    registered name itself when it is in the alphabet."""
    out = [p.name_kana]
    if p.name_alphabet:
        out.append(p.name_alphabet)
    if _is_alphabet(p.name) and p.name not in out:
        out.append(p.name)
    return [x for x in out if x]


def other_names(p: s.Profile) -> list[tuple[str, str, str]]:
    """(kind, as written, reading) of the names the register also knows: each former surname
    (旧氏) with the current given name, and each alias (通称)."""
    out = []
    _, given = surname_and_given(p.name)
    _, given_kana = surname_and_given(p.name_kana)
    for f in p.former_surnames:
        out.append(("former_name", f"{f.surname} {given}".strip(), f"{f.surname_kana} {given_kana}".strip()))
    for a in p.aliases:
        out.append(("alias_name", a.name, a.name_kana))
    return out


_SAME = Match(Grade.SAME, Why.IDENTICAL)


def _best_compare(names: list[str], holder: str) -> tuple[Match, str]:
    """The closest of the resident's names. A name in the holder's own script is compared
    directly; a transliteration (alphabet against katakana) only when there is none."""
    m: Match | None = None  # not a DIFFERENT to start with: it would outrank a company holder's CORPORATE
    used = ""
    if len(names) > 1:
        kind = script(holder)
        same_script = [x for x in names if script(x) == kind]
        names = same_script or names
    for name in names:
        x = _compare(name, holder)
        if m is None or (best(x, m) is x and x != m):
            m, used = x, name
        if m.grade is Grade.SAME:
            break
    return m or Match(Grade.DIFFERENT, Why.OTHER_NAME), used or next(iter(names), "")


def _family_supported(p: s.Profile, link: s.Link) -> bool:
    """The family story needs more than a shared surname: the link was registered by a person
    with the resident's surname, or for a minor (by a parent)."""
    surname = surname_and_given(p.name)[0]
    by = link.registered_by or ""
    if surname and surname in by and by != "本人":
        return True
    at = link.registered_at.date()
    age = at.year - p.birth_date.year - ((at.month, at.day) < (p.birth_date.month, p.birth_date.day))
    return age < 18


def _counter_supported(link: s.Link) -> bool:
    """The shared-terminal story needs the link to have been registered at a counter terminal."""
    return link.channel is s.Channel.MUNICIPAL_COUNTER


def _bank_name(p: s.Profile, link: s.Link, me: _Names) -> Finding | None:
    if words_key(link.holder_name) in me.own_keys:  # the common case: the resident's own name
        return None
    m, registered = me.closest(link.holder_name)
    if m.grade is Grade.SAME:
        return None
    if (m.grade is Grade.DIFFERENT and (p.name_alphabet or p.aliases) and script(link.holder_name) == "kana"
            and on_reading(p.name, link.holder_name, p.name_kana)):
        # a foreign resident's kanji name read the Japanese way (張 偉 → ﾁﾖｳ ｲ); a Japanese
        # resident's registered reading stays the only one (伊藤 健一 イトウ タケカズ / ｲﾄｳ ｹﾝｲﾁ)
        m = Match(Grade.CHECK, Why.ON_READING)
    channel = Evidence(aspect="channel", yours="", theirs=link.channel.value)
    if m.grade is not Grade.CORPORATE:
        for kind, written, reading in me.others:
            alt, used = _best_compare([reading] + ([written] if _is_alphabet(written) else []), link.holder_name)
            if alt.grade in (Grade.SAME, Grade.CHECK):
                return Finding(rule="bank_name", code=kind, severity=Severity.CHECK, link_ids=(link.id,), kind=link.kind,
                               evidence=(Evidence(aspect="holder", yours=zengin(registered), theirs=link.holder_name),
                                         Evidence(aspect=kind, yours=f"{written}（{zengin(reading)}）", theirs=link.holder_name)),
                               columns=("your_names", "item"), suggested_reason=s.Reason.WRONG_DETAILS)
    why = m.why
    if why is Why.SAME_SURNAME and me.surname_keys and not me.has_surname(link.holder_name):
        why = Why.OTHER_NAME  # the word in common is the given name (ｱｵｷ ｼﾖｳ / ｲﾉｳｴ ｼﾖｳ), not the surname
    code = why.value
    if why is Why.SAME_SURNAME and _family_supported(p, link):
        code = "same_surname_family"
    elif why is Why.OTHER_NAME and _counter_supported(link):
        code = "other_name_counter"
    severity = Severity.CHECK if m.grade is Grade.CHECK else Severity.PROBLEM
    return Finding(rule="bank_name", code=code, severity=severity, link_ids=(link.id,), kind=link.kind,
                   evidence=(Evidence(aspect="holder", yours=zengin(registered), theirs=link.holder_name), channel),
                   suggested_reason=s.Reason.NOT_MINE if severity is Severity.PROBLEM else s.Reason.WRONG_DETAILS)


def _shared(p: s.Profile, link: s.Link) -> Finding | None:
    if link.shared_with_others <= 0:
        return None
    return Finding(rule="shared_account", code="shared_account", severity=Severity.PROBLEM, link_ids=(link.id,),
                   kind=link.kind,
                   evidence=(Evidence(aspect="holder", yours=bank_spelling(p), theirs=link.holder_name),
                             Evidence(aspect="others", yours="", theirs=str(link.shared_with_others))),
                   suggested_reason=s.Reason.NOT_MINE, count=link.shared_with_others)


def _name_match(p: s.Profile, written: str) -> Match:
    m = _compare_written(p.name, written)
    for alt in (p.name_alphabet, p.name_kana):
        if m.grade is not Grade.SAME and alt:
            m = best(m, _compare_written(alt, written))
    return m


def _holder(p: s.Profile, link: s.Link, me: _Names) -> Finding | None:
    name_m = _SAME if link.holder_name == p.name else _name_match(p, link.holder_name)
    if not link.holder_kana:
        kana_m = None
    elif link.holder_kana == p.name_kana:
        kana_m = _SAME
    else:
        kana_m = me.closest(link.holder_kana)[0]
    birth_ok = not link.holder_birth_date or link.holder_birth_date == p.birth_date
    sex_ok = not (link.holder_sex and p.sex is not s.Sex.UNSPECIFIED and link.holder_sex is not s.Sex.UNSPECIFIED
                  and link.holder_sex != p.sex)
    kana_ok = kana_m is None or kana_m.grade is Grade.SAME
    if name_m.grade is Grade.SAME and kana_ok and birth_ok and sex_ok:
        return None
    problem_reason, check_reason = s.Reason.NOT_MINE, s.Reason.WRONG_DETAILS
    # Under a former surname or an alias: the same person under another name.
    if name_m.grade is not Grade.SAME and birth_ok and sex_ok:
        for kind, written, reading in me.others:
            alt = _compare_written(written, link.holder_name)
            if alt.grade is not Grade.SAME and script(link.holder_name) == "kana":
                alt = best(alt, _compare(reading, link.holder_name))  # an old record in katakana only
            alt_kana = _compare(reading, link.holder_kana) if link.holder_kana else None
            kana_same = alt_kana is not None and alt_kana.grade is Grade.SAME
            # as for the current name: other kanji (渡部 / 渡辺) with the same reading, birth date and
            # sex, or a variant linked only through a third (渡邉 / 邊 / 辺) with the same reading
            if (alt.grade is Grade.SAME and (alt_kana is None or alt_kana.grade is not Grade.DIFFERENT)) \
                    or (kana_same and (alt.grade is Grade.CHECK or link.holder_birth_date is not None)):
                return Finding(rule="holder_mismatch", code=kind, severity=Severity.CHECK, link_ids=(link.id,),
                               kind=link.kind, columns=("your_names", "item"),
                               evidence=(Evidence(aspect="name", yours=p.name, theirs=link.holder_name),
                                         Evidence(aspect=kind, yours=f"{written}（{reading}）",
                                                  theirs=f"{link.holder_name}（{link.holder_kana}）" if link.holder_kana
                                                  else link.holder_name)),
                               suggested_reason=check_reason)
    evidence = []
    if name_m.grade is not Grade.SAME:
        evidence.append(Evidence(aspect="name", yours=p.name, theirs=link.holder_name))
    if not kana_ok:
        evidence.append(Evidence(aspect="kana", yours=p.name_kana, theirs=link.holder_kana or ""))
    if not birth_ok:
        evidence.append(Evidence(aspect="birth_date", yours=p.birth_date.isoformat(), theirs=link.holder_birth_date.isoformat()))
    if not sex_ok:
        evidence.append(Evidence(aspect="sex", yours=p.sex.value, theirs=link.holder_sex.value))
    if not birth_ok:
        code = "same_name_other_birth_date" if name_m.grade is Grade.SAME else "other_person"
        severity = Severity.PROBLEM
    elif name_m.grade is Grade.SAME:
        code, severity = ("other_reading" if not kana_ok else "other_sex"), Severity.CHECK
    elif name_m.grade is Grade.CHECK and kana_ok and sex_ok:
        code, severity = "name_spelling", Severity.CHECK  # a middle name, an initial, a transliteration
    elif kana_m is not None and kana_m.grade is Grade.SAME and birth_ok and sex_ok and link.holder_birth_date:
        code, severity = "kanji_differs", Severity.CHECK  # same reading, birth date and sex: a kanji only
    else:
        code, severity = "other_person", Severity.PROBLEM
    return Finding(rule="holder_mismatch", code=code, severity=severity, link_ids=(link.id,), evidence=tuple(evidence),
                   kind=link.kind, suggested_reason=problem_reason if severity is Severity.PROBLEM else check_reason)


_WARD = re.compile(r"^(.+?市).+区$")


_DISTRICT = re.compile(r"^.+?郡(.+[町村])$")  # 邑楽郡大泉町: a town or village written with its district
_PREFECTURE = re.compile(r"^(?:東京都|北海道|京都府|大阪府|[^\s都道府県]{2,3}県)(?=.+[市区町村]$)")  # 神奈川県鎌倉市


@lru_cache(maxsize=4096)
def city(municipality: str) -> str:
    """A designated city's ward (札幌市中央区) stands for its city (札幌市); a town or village
    written with its district (邑楽郡大泉町) is the town (大泉町); a municipality written with its
    prefecture (神奈川県鎌倉市) is the municipality (鎌倉市)."""
    name = _PREFECTURE.sub("", municipality or "")
    m = _WARD.match(name) or _DISTRICT.match(name)
    return m.group(1) if m else (name or municipality)


def _lived(p: s.Profile) -> dict[str, list[tuple[date, date]]]:
    """Where and when the resident lived: each municipality (a ward as its city) and each
    prefecture, which issues some certificates itself (身体障害者手帳 for towns without a health
    centre of their own)."""
    out: dict[str, list[tuple[date, date]]] = defaultdict(list)
    for a in p.addresses:
        out[city(a.municipality)].append((a.since, a.until or date.max))
        if a.prefecture and a.prefecture != city(a.municipality):
            out[a.prefecture].append((a.since, a.until or date.max))
    return out


def _fmt(a: date | None, b: date | None) -> str:
    return f"{a.isoformat() if a and a != date.min else '…'} – {b.isoformat() if b and b != date.max else '…'}"


def _never_lived(p: s.Profile, link: s.Link, lived: dict[str, list[tuple[date, date]]]) -> Finding | None:
    if link.issuer is not s.Issuer.MUNICIPALITY or not link.organisation_municipality:
        return None
    where = city(link.organisation_municipality)
    periods = lived.get(where)
    if not periods:
        return Finding(rule="never_lived", code="never_lived", severity=Severity.PROBLEM, link_ids=(link.id,), kind=link.kind,
                       evidence=(Evidence(aspect="municipality", yours="、".join(a.municipality for a in p.addresses),
                                          theirs=link.organisation_municipality,
                                          yours_en=", ".join(a.municipality_en for a in p.addresses),
                                          theirs_en=link.organisation_en),),
                       columns=("your_addresses", "item"), suggested_reason=s.Reason.NOT_MINE)
    if link.valid_from is None:
        return None  # no date to compare with the address history
    start, end = _period(link)
    if any(start <= b and a <= end for a, b in periods):
        return None
    return Finding(rule="never_lived", code="not_living_then", severity=Severity.PROBLEM, link_ids=(link.id,), kind=link.kind,
                   evidence=(Evidence(aspect="municipality", yours=where, theirs=link.organisation_municipality,
                                      yours_en=", ".join(dict.fromkeys(a.municipality_en for a in p.addresses
                                                                       if where in (city(a.municipality), a.prefecture))),
                                      theirs_en=link.organisation_en),
                             Evidence(aspect="lived_period", yours="、".join(_fmt(a, b) for a, b in periods),
                                      theirs=_fmt_period(link), yours_en=", ".join(_fmt(a, b) for a, b in periods))),
                   columns=("your_addresses", "item"), suggested_reason=s.Reason.NOT_MINE)


def _period(link: s.Link) -> tuple[date, date]:
    return link.valid_from or date.min, link.valid_until or date.max


def _covered(link: s.Link, lived: dict[str, list[tuple[date, date]]]) -> tuple[date, date]:
    """The period a health insurance can cover: a municipality's insurance ends when the
    resident moves away (it covers only its residents)."""
    a0, a1 = _period(link)
    if link.issuer is s.Issuer.MUNICIPALITY and link.organisation_municipality:
        periods = [(max(a0, x), min(a1, y)) for x, y in lived.get(city(link.organisation_municipality), ())]
        periods = [(x, y) for x, y in periods if x <= y]
        if periods:
            return min(x for x, _ in periods), max(y for _, y in periods)
    return a0, a1


def _double_insurance(links: list[s.Link], lived: dict[str, list[tuple[date, date]]]) -> list[Finding]:
    health = [x for x in links if x.kind is s.LinkKind.HEALTH_INSURANCE and x.status is s.LinkStatus.ACTIVE]
    if len(health) < 2:
        return []
    if len({x.organisation for x in health}) < 2:
        return []
    covered = {x.id: _covered(x, lived) for x in health}
    out, seen = [], set()
    health.sort(key=lambda x: covered[x.id][0])
    for i, a in enumerate(health):
        a0, a1 = covered[a.id]
        for b in health[i + 1:]:
            b0, b1 = covered[b.id]
            if b0 > a1:
                break
            if a.organisation == b.organisation or (a.id, b.id) in seen:
                continue
            seen.add((a.id, b.id))
            start, end = max(a0, b0), min(a1, b1)
            out.append(Finding(rule="double_insurance", code="double_insurance", severity=Severity.CHECK,
                               link_ids=(a.id, b.id), kind=s.LinkKind.HEALTH_INSURANCE, columns=("first", "second"),
                               evidence=(Evidence(aspect="period", yours=_fmt_period(a), theirs=_fmt_period(b)),
                                         Evidence(aspect="organisation", yours=a.organisation, theirs=b.organisation,
                                                  yours_en=a.organisation_en, theirs_en=b.organisation_en)),
                               suggested_reason=s.Reason.NOT_MINE, count=(end - start).days if end != date.max else 0))
    for x in health:
        # a municipality's insurance still active after the resident moved away
        if x.issuer is s.Issuer.MUNICIPALITY and x.organisation_municipality and x.valid_until is None:
            periods = lived.get(city(x.organisation_municipality), ())
            moved = [y for _, y in periods]
            if moved and max(moved) != date.max:
                out.append(Finding(rule="double_insurance", code="insurance_after_move", severity=Severity.CHECK,
                                   link_ids=(x.id,), kind=x.kind, columns=("your_addresses", "item"),
                                   evidence=(Evidence(aspect="moved_out", yours=max(moved).isoformat(),
                                                      theirs=_fmt_period(x)),),
                                   suggested_reason=s.Reason.NO_LONGER_VALID))
    return out


def _fmt_period(link: s.Link) -> str:
    return _fmt(link.valid_from, link.valid_until)


def _expired(link: s.Link, today: date) -> Finding | None:
    if link.status is not s.LinkStatus.EXPIRED and not (link.valid_until and link.valid_until < today):
        return None
    return Finding(rule="expired", code="expired", severity=Severity.CHECK, link_ids=(link.id,), kind=link.kind,
                   evidence=(Evidence(aspect="valid_until", yours=today.isoformat(),
                                      theirs=link.valid_until.isoformat() if link.valid_until else ""),),
                   columns=("today", "item"), suggested_reason=s.Reason.NO_LONGER_VALID)


def _unexpected_access(p: s.Profile, links: list[s.Link], log: Iterable, lived: dict) -> list[Finding]:
    holders = {x.organisation for x in links} | {x.organisation_municipality for x in links if x.organisation_municipality}
    prefectures = {a.prefecture for a in p.addresses}
    counts: dict[str, int] = {}
    last: dict[str, s.AccessLogEntry] = {}
    expected_agencies: set[str] = set()
    for e in log:
        if getattr(e, "at_counter", False):  # the resident's own viewing at a counter: expected
            continue
        a = e.agency
        if a in expected_agencies:
            continue
        if a in counts:
            counts[a] += 1
            continue
        if (any(n in a for n in NATIONAL) or city(a) in lived or a in prefectures
                or any(h and (h in a or a in h) for h in holders)):
            expected_agencies.add(a)
        else:
            counts[a] = 1
            last[a] = e
    out = []
    for agency, n in counts.items():
        if n:
            e = last[agency]
            out.append(Finding(rule="unexpected_access", code="unexpected_access", severity=Severity.INFO, link_ids=(),
                               evidence=(Evidence(aspect="agency", yours="、".join(sorted(lived)), theirs=agency,
                                                  yours_en=", ".join(dict.fromkeys(a.municipality_en for a in p.addresses)),
                                                  theirs_en=getattr(e, "agency_en", None)),
                                         Evidence(aspect="item", yours="", theirs=e.item, theirs_en=getattr(e, "item_en", None)),
                                         Evidence(aspect="times", yours="", theirs=str(n))),
                               columns=("your_addresses", "access_log"), count=n))
    return out


def find(data: s.ResidentData, today: date | None = None, access_log: Iterable | None = None) -> list[Finding]:
    """``access_log``: rows with ``agency`` and ``item`` to use instead of ``data.access_log``
    (the app keeps its log compactly, see ``core.accesslog``)."""
    today = today or date.today()
    p, links = data.profile, data.links
    lived = _lived(p)
    me = _Names(p)
    out: list[Finding] = []
    for link in links:
        if link.kind is s.LinkKind.BANK_ACCOUNT:
            for f in (_bank_name(p, link, me), _shared(p, link)):
                if f:
                    out.append(f)
        else:
            for f in (_holder(p, link, me), _never_lived(p, link, lived), _expired(link, today)):
                if f:
                    out.append(f)
    out += _double_insurance(links, lived)
    out += _unexpected_access(p, links, data.access_log if access_log is None else access_log, lived)
    out.sort(key=lambda f: (_ORDER[f.severity], f.rule, f.link_ids))
    return out


def by_link(findings: Iterable[Finding]) -> dict[str, Severity]:
    """The most serious severity for each link (the badge on the list)."""
    worst: dict[str, Severity] = {}
    for f in findings:
        for lid in f.link_ids:
            if lid not in worst or _ORDER[f.severity] < _ORDER[worst[lid]]:
                worst[lid] = f.severity
    return worst
