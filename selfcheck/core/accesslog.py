"""The access log held compactly: one list per column, repeated texts interned.

Tens of thousands of entries (100,000 in the benchmark) as pydantic objects cost hundreds of
megabytes; as columns of shared strings they cost a few. It is built page by page in a worker
(``add_page``), and answers the two questions the list view asks: which rows match typed words
(``matching``, narrowing the previous answer while the user types on) and in which order
(``order``, with sort keys made once per column). ``prepare`` (in the worker, once the pages are
in) sorts it newest first and finds its first and last day, so that showing it on the GUI thread
scans nothing: for 20,000 entries that was 40-60 ms of the event loop held.
"""

from __future__ import annotations

import csv
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Iterable, NamedTuple

COLUMNS = 5  # when, asked by, provided by, item, purpose


class Row(NamedTuple):
    at: datetime
    agency: str
    agency_en: str
    item: str
    item_en: str
    purpose: str
    purpose_en: str
    direction: str
    counterpart: str = ""
    counterpart_en: str = ""
    at_counter: str = ""  # "1" for the resident's own viewing at a municipal counter

    def asked_by(self, english: bool) -> str:
        """The agency that asked for the information."""
        if self.direction == "query":
            return self.agency_en if english else self.agency
        return (self.counterpart_en if english else self.counterpart) or ""

    def provided_by(self, english: bool) -> str:
        """The agency that provided it."""
        if self.direction == "provide":
            return self.agency_en if english else self.agency
        return (self.counterpart_en if english else self.counterpart) or ""

    def cells(self, english: bool) -> tuple[str, str, str, str]:
        """Asked by, provided by, item, purpose, in one language."""
        return (self.asked_by(english), self.provided_by(english), self.item_en if english else self.item,
                self.purpose_en if english else self.purpose)


class AccessLog:
    def __init__(self) -> None:
        self.at: list[datetime] = []
        self._text: list[tuple[str, ...]] = []  # interned tuples of the Row's text fields, shared
        self._hay: list[str] = []
        self._keys: dict[tuple[int, bool], list[int]] = {}
        self._tuples: dict[tuple, tuple] = {}
        self._hays: dict[tuple, str] = {}
        self._days: tuple[date, date] | None = None  # the first and the last day, once known

    def __len__(self) -> int:
        return len(self.at)

    def add_page(self, entries: Iterable) -> None:
        """Add API entries (anything with the AccessLogEntry fields)."""
        for e in entries:
            texts = (e.agency, e.agency_en, e.item, e.item_en, e.purpose, e.purpose_en, e.direction,
                     getattr(e, "counterpart", None) or "", getattr(e, "counterpart_en", None) or "",
                     "1" if getattr(e, "at_counter", False) else "")
            shared = self._tuples.get(texts)
            if shared is None:
                shared = tuple(sys.intern(x) for x in texts)
                self._tuples[shared] = shared
                self._hays[shared] = " ".join(shared[:6] + shared[7:9]).casefold()
            self.at.append(e.at)
            self._text.append(shared)
            self._hay.append(self._hays[shared] + " " + e.at.strftime("%Y-%m-%d"))
        self._keys.clear()
        self._days = None

    def prepare(self) -> None:
        """Make now what the list shows first (call it where the log is built, off the GUI
        thread): the order by time, and the first and the last day."""
        self.order(0, False, True)
        self.dates()

    def name_pairs(self) -> Iterable[tuple[str, str]]:
        """(Japanese, English) for each agency, item and purpose in the log, once each."""
        seen = set()
        for t in self._tuples:
            for pair in ((t[0], t[1]), (t[2], t[3]), (t[4], t[5]), (t[7], t[8])):
                if pair not in seen:
                    seen.add(pair)
                    yield pair

    def within(self, start: date | None, end: date | None, rows: list[int]) -> list[int]:
        """The rows of ``rows`` (in their order) dated from ``start`` to ``end``, both included."""
        days = self.dates()
        if days is None or ((start is None or start <= days[0]) and (end is None or end >= days[1])):
            return rows  # every entry is in the range
        at = self.at
        lo, hi = start or date.min, end or date.max
        return [i for i in rows if lo <= at[i].date() <= hi]

    def dates(self) -> tuple[date, date] | None:
        """The first and the last day in the log (each entry's day as dated)."""
        if self._days is None and self.at:
            days = {at.date() for at in self.at}
            self._days = (min(days), max(days))
        return self._days

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
        key = (column, english and column != 0)  # the time sorts alike in both languages
        asc = self._keys.get(key)
        if asc is None:
            n = len(self.at)
            if column == 0:
                values = self.at
            else:
                by_tuple = {t: Row(self.at[0], *t).cells(english)[column - 1] for t in self._tuples}
                values = [by_tuple[t] for t in self._text]
            asc = sorted(range(n), key=values.__getitem__)
            self._keys[key] = asc
        return asc[::-1] if descending else asc


def write_csv(path: str | Path, log: AccessLog, rows: Iterable[int], header: list[str], english: bool,
              exchange: dict[str, str]) -> int:
    """Write the rows ``rows`` of ``log`` to ``path`` as CSV in UTF-8 with a byte-order mark (so
    Excel opens Japanese text right), in one language: when (ISO date and time), asked by,
    provided by, item, purpose, exchange (``exchange`` maps "query"/"provide" to words).
    ``header``: the column names in that language. Returns the number of rows written."""
    n = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f)
        out.writerow(header)
        for i in rows:
            r = log.row(i)
            out.writerow([r.at.strftime("%Y-%m-%d %H:%M"), *r.cells(english), exchange.get(r.direction, r.direction)])
            n += 1
    return n
