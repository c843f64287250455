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

from collections import defaultdict
from datetime import date
from enum import Enum
from functools import lru_cache
from typing import Iterable

from pydantic import BaseModel, ConfigDict

from . import schema as s
from .names import Grade, Match, compare, compare_written, zengin


class Severity(str, Enum):
    PROBLEM = "problem"
    CHECK = "check"
    INFO = "info"


_ORDER = {Severity.PROBLEM: 0, Severity.CHECK: 1, Severity.INFO: 2}


class Evidence(BaseModel):
    model_config = ConfigDict(frozen=True)
    aspect: str  # name, kana, birth_date, sex, municipality, period, holder, registered_by…
    yours: str
    theirs: str


class Finding(BaseModel):
    model_config = ConfigDict(frozen=True)
    rule: str
    code: str
    severity: Severity
    link_ids: tuple[str, ...]
    evidence: tuple[Evidence, ...] = ()
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


def _bank_name(p: s.Profile, link: s.Link) -> Finding | None:
    registered = p.name_kana
    m = _compare(registered, link.holder_name)
    if p.name_alphabet and m.grade is not Grade.SAME:
        alt = _compare(p.name_alphabet, link.holder_name)
        if alt.grade is Grade.SAME or (alt.grade is Grade.CHECK and m.grade is not Grade.CHECK):
            m, registered = alt, p.name_alphabet
    if m.grade is Grade.SAME:
        return None
    severity = Severity.CHECK if m.grade is Grade.CHECK else Severity.PROBLEM
    return Finding(rule="bank_name", code=m.why.value, severity=severity, link_ids=(link.id,),
                   evidence=(Evidence(aspect="holder", yours=zengin(registered), theirs=link.holder_name),
                             Evidence(aspect="registered_by", yours=p.name, theirs=link.registered_by)),
                   suggested_reason=s.Reason.NOT_MINE if severity is Severity.PROBLEM else s.Reason.WRONG_DETAILS)


def _shared(p: s.Profile, link: s.Link) -> Finding | None:
    if link.shared_with_others <= 0:
        return None
    return Finding(rule="shared_account", code="shared_account", severity=Severity.PROBLEM, link_ids=(link.id,),
                   evidence=(Evidence(aspect="holder", yours=bank_spelling(p), theirs=link.holder_name),
                             Evidence(aspect="others", yours="0", theirs=str(link.shared_with_others))),
                   suggested_reason=s.Reason.NOT_MINE, count=link.shared_with_others)


def _holder(p: s.Profile, link: s.Link) -> Finding | None:
    evidence, worst = [], None
    name_m = _compare_written(p.name, link.holder_name)
    if name_m.grade is not Grade.SAME and p.name_alphabet:
        alt = _compare_written(p.name_alphabet, link.holder_name)
        if alt.grade is Grade.SAME:
            name_m = alt
    if name_m.grade is not Grade.SAME:
        evidence.append(Evidence(aspect="name", yours=p.name, theirs=link.holder_name))
        worst = "name"
    if link.holder_kana and _compare(p.name_kana, link.holder_kana).grade is not Grade.SAME:
        evidence.append(Evidence(aspect="kana", yours=p.name_kana, theirs=link.holder_kana))
        worst = worst or "kana"
    if link.holder_birth_date and link.holder_birth_date != p.birth_date:
        evidence.append(Evidence(aspect="birth_date", yours=p.birth_date.isoformat(), theirs=link.holder_birth_date.isoformat()))
        worst = "birth_date" if worst in (None, "kana") else worst
    if link.holder_sex and p.sex is not s.Sex.UNSPECIFIED and link.holder_sex is not s.Sex.UNSPECIFIED \
            and link.holder_sex != p.sex:
        evidence.append(Evidence(aspect="sex", yours=p.sex.value, theirs=link.holder_sex.value))
        worst = worst or "sex"
    if not evidence:
        return None
    # Another name or birth date means another person; only the reading or sex differing
    # is more often a typing error in the record.
    problem = worst in ("name", "birth_date")
    code = {"name": "other_person", "birth_date": "other_birth_date", "kana": "other_reading", "sex": "other_sex"}[worst]
    if worst == "birth_date" and not any(e.aspect == "name" for e in evidence):
        code = "same_name_other_birth_date"
    return Finding(rule="holder_mismatch", code=code, severity=Severity.PROBLEM if problem else Severity.CHECK,
                   link_ids=(link.id,), evidence=tuple(evidence),
                   suggested_reason=s.Reason.NOT_MINE if problem else s.Reason.WRONG_DETAILS)


def _lived(p: s.Profile) -> set[str]:
    return {a.municipality for a in p.addresses}


def _never_lived(p: s.Profile, link: s.Link, lived: set[str]) -> Finding | None:
    if link.issuer is not s.Issuer.MUNICIPALITY or not link.organisation_municipality:
        return None
    if link.organisation_municipality in lived:
        return None
    return Finding(rule="never_lived", code="never_lived", severity=Severity.PROBLEM, link_ids=(link.id,),
                   evidence=(Evidence(aspect="municipality", yours="、".join(a.municipality for a in p.addresses),
                                      theirs=link.organisation_municipality),),
                   suggested_reason=s.Reason.NOT_MINE)


def _period(link: s.Link) -> tuple[date, date]:
    return link.valid_from or date.min, link.valid_until or date.max


def _double_insurance(links: list[s.Link]) -> list[Finding]:
    health = [x for x in links if x.kind is s.LinkKind.HEALTH_INSURANCE and x.status is s.LinkStatus.ACTIVE]
    if len(health) < 2:
        return []
    by_org: dict[str, list[s.Link]] = defaultdict(list)
    for x in health:
        by_org[x.organisation].append(x)
    if len(by_org) < 2:
        return []
    out, seen = [], set()
    health.sort(key=lambda x: _period(x)[0])
    for i, a in enumerate(health):
        a0, a1 = _period(a)
        for b in health[i + 1:]:
            b0, b1 = _period(b)
            if b0 > a1:
                break
            if a.organisation == b.organisation or (a.id, b.id) in seen:
                continue
            seen.add((a.id, b.id))
            start, end = max(a0, b0), min(a1, b1)
            out.append(Finding(rule="double_insurance", code="double_insurance", severity=Severity.CHECK,
                               link_ids=(a.id, b.id),
                               evidence=(Evidence(aspect="period", yours=_fmt_period(a), theirs=_fmt_period(b)),
                                         Evidence(aspect="organisation", yours=a.organisation, theirs=b.organisation)),
                               suggested_reason=s.Reason.NOT_MINE, count=(end - start).days if end != date.max else 0))
    return out


def _fmt_period(link: s.Link) -> str:
    a = link.valid_from.isoformat() if link.valid_from else "…"
    b = link.valid_until.isoformat() if link.valid_until else "…"
    return f"{a} – {b}"


def _expired(link: s.Link, today: date) -> Finding | None:
    if link.status is not s.LinkStatus.EXPIRED and not (link.valid_until and link.valid_until < today):
        return None
    return Finding(rule="expired", code="expired", severity=Severity.CHECK, link_ids=(link.id,),
                   evidence=(Evidence(aspect="valid_until", yours=today.isoformat(),
                                      theirs=link.valid_until.isoformat() if link.valid_until else "—"),),
                   suggested_reason=s.Reason.NO_LONGER_VALID)


def _unexpected_access(p: s.Profile, links: list[s.Link], log: Iterable, lived: set[str]) -> list[Finding]:
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
        if (any(n in a for n in NATIONAL) or a in lived or a in prefectures
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
                               evidence=(Evidence(aspect="agency", yours="、".join(sorted(lived)), theirs=agency),
                                         Evidence(aspect="item", yours="", theirs=e.item),
                                         Evidence(aspect="times", yours="", theirs=str(n))),
                               count=n))
    return out


def find(data: s.ResidentData, today: date | None = None, access_log: Iterable | None = None) -> list[Finding]:
    """``access_log``: rows with ``agency`` and ``item`` to use instead of ``data.access_log``
    (the app keeps its log compactly, see ``core.accesslog``)."""
    today = today or date.today()
    p, links = data.profile, data.links
    lived = _lived(p)
    out: list[Finding] = []
    for link in links:
        if link.kind is s.LinkKind.BANK_ACCOUNT:
            for f in (_bank_name(p, link), _shared(p, link)):
                if f:
                    out.append(f)
        else:
            for f in (_holder(p, link), _never_lived(p, link, lived), _expired(link, today)):
                if f:
                    out.append(f)
    out += _double_insurance(links)
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
