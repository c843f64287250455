"""The English names the service sends beside the Japanese ones (municipalities, offices,
agencies, registrants), gathered into one glossary, so that a value the rules quote in
Japanese (an evidence line) can be shown in English too. Qt-free."""

from __future__ import annotations

import re
from collections.abc import Iterable

from . import schema as s

# how the rules join several names in one evidence value
JOINER = "、"


def glossary(profile: s.Profile | None, links: Iterable[s.Link] = (),
             pairs_more: Iterable[tuple[str, str]] = ()) -> dict[str, str]:
    """{Japanese name: English name} for every name the resident's data carries in both;
    ``pairs_more``: more (Japanese, English) pairs, e.g. ``AccessLog.name_pairs()``."""
    pairs: list[tuple[str, str | None]] = []
    if profile is not None:
        pairs += [(a.municipality, a.municipality_en) for a in profile.addresses]
    for x in links:
        pairs += [(x.organisation, x.organisation_en), (x.registered_by, x.registered_by_en),
                  (x.title, x.title_en)]
        if x.organisation_municipality:
            pairs.append((x.organisation_municipality, x.organisation_municipality_en))
    pairs += list(pairs_more)
    return {ja: en for ja, en in pairs if ja and en}


# Words of this domain that the service's data uses without an English twin: who registered
# an item, a relationship after a name, account types, the national bodies. (The data's own
# English, when it sends one, comes first.)
COMMON = {
    "本人": "The resident",
    "普通": "ordinary", "当座": "current", "貯蓄": "savings",
    "日本年金機構": "Japan Pension Service",
    "全国健康保険協会": "Japan Health Insurance Association",
    "国民健康保険": "National Health Insurance",
    "デジタル庁": "Digital Agency",
    "国税庁": "National Tax Agency",
}
RELATIONS = {
    "親": "parent", "父": "father", "母": "mother", "子": "child", "配偶者": "spouse", "夫": "husband",
    "妻": "wife", "家族": "family member", "兄": "brother", "弟": "brother", "姉": "sister", "妹": "sister",
    "祖父": "grandfather", "祖母": "grandmother", "代理人": "representative", "本人": "self",
}
_RELATION = re.compile(r"^(?P<name>.+?)\s*（(?P<rel>[^（）]+)）$")


def _one(value: str, names: dict[str, str]) -> str:
    if value in names:
        return names[value]
    if value in COMMON:
        return COMMON[value]
    m = _RELATION.match(value)
    if m and m["rel"] in RELATIONS:  # a person's name (theirs, as written) and who they are
        return f"{m['name']} ({RELATIONS[m['rel']]})"
    return value


def in_english(value: str, names: dict[str, str]) -> str:
    """``value`` with each name the glossary knows in English, else the domain's common words
    (``COMMON``, a relationship after a name); a list joined by the rules' ``、`` becomes a
    comma-separated one. Names it does not know stay as they are."""
    if value in names or JOINER not in value:
        return _one(value, names)
    return ", ".join(_one(part, names) for part in value.split(JOINER))
