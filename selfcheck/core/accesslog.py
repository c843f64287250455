"""The access log held compactly: one list per column, repeated texts interned.

Tens of thousands of entries (100,000 in the benchmark) as pydantic objects cost hundreds of
megabytes; as columns of shared strings they cost a few. It is built page by page in a worker
(``add_page``), and answers the two questions the list view asks: which rows match typed words
(``matching``, narrowing the previous answer while the user types on) and in which order
(``order``, with sort keys made once per column).
"""

from __future__ import annotations

import sys
from datetime import datetime
from typing import Iterable, NamedTuple

COLUMNS = 5  # when, agency, item, purpose, exchange


class Row(NamedTuple):
    at: datetime
    agency: str
    agency_en: str
    item: str
    item_en: str
    purpose: str
    purpose_en: str
    direction: str


class AccessLog:
    def __init__(self) -> None:
        self.at: list[datetime] = []
        self._text: list[tuple[str, str, str, str, str, str, str]] = []  # interned tuples, shared
        self._hay: list[str] = []
        self._keys: dict[tuple[int, bool], list[int]] = {}
        self._tuples: dict[tuple, tuple] = {}
        self._hays: dict[tuple, str] = {}

    def __len__(self) -> int:
        return len(self.at)

    def add_page(self, entries: Iterable) -> None:
        """Add API entries (anything with the AccessLogEntry fields)."""
        for e in entries:
            texts = (e.agency, e.agency_en, e.item, e.item_en, e.purpose, e.purpose_en, e.direction)
            shared = self._tuples.get(texts)
            if shared is None:
                shared = tuple(sys.intern(x) for x in texts)
                self._tuples[shared] = shared
                self._hays[shared] = " ".join(shared[:6]).casefold()
            self.at.append(e.at)
            self._text.append(shared)
            self._hay.append(self._hays[shared] + " " + e.at.strftime("%Y-%m-%d"))
        self._keys.clear()

    def name_pairs(self) -> Iterable[tuple[str, str]]:
        """(Japanese, English) for each agency, item and purpose in the log, once each."""
        seen = set()
        for t in self._tuples:
            for pair in ((t[0], t[1]), (t[2], t[3]), (t[4], t[5])):
                if pair not in seen:
                    seen.add(pair)
                    yield pair

    def row(self, i: int) -> Row:
        return Row(self.at[i], *self._text[i])

    def rows(self) -> Iterable[Row]:
        return (self.row(i) for i in range(len(self.at)))

    def matching(self, words: list[str], within: list[int] | None = None) -> list[int]:
        """Indices (in the order of ``within``, or all) whose text contains every word."""
        hay = self._hay
        candidates = range(len(hay)) if within is None else within
        if not words:
            return list(candidates)
        if len(words) == 1:
            w = words[0]
            return [i for i in candidates if w in hay[i]]
        return [i for i in candidates if all(w in hay[i] for w in words)]

    def order(self, column: int, english: bool, descending: bool) -> list[int]:
        """All indices sorted by a column (cached per column and language)."""
        key = (column, english)
        asc = self._keys.get(key)
        if asc is None:
            n = len(self.at)
            if column == 0:
                values = self.at
            else:
                field = {1: 0, 2: 2, 3: 4, 4: 6}[column] + (1 if english and column in (1, 2, 3) else 0)
                values = [t[field] for t in self._text]
            asc = sorted(range(n), key=values.__getitem__)
            self._keys[key] = asc
        return asc[::-1] if descending else asc
