"""The English names the service sends beside the Japanese ones (municipalities, offices,
agencies, registrants), gathered into one glossary, so that a value the rules quote in
Japanese (an evidence line) can be shown in English too. Qt-free."""

from __future__ import annotations

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


def in_english(value: str, names: dict[str, str]) -> str:
    """``value`` with each name the glossary knows in English (a list joined by the rules'
    ``、`` becomes a comma-separated one). Names it does not know stay as they are."""
    if value in names:
        return names[value]
    if JOINER in value:
        return ", ".join(names.get(part, part) for part in value.split(JOINER))
    return value
