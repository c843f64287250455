"""Comparing names as banks and registers write them.

A bank stores an account holder's name in Zengin characters: upper-case half-width katakana
without small kana (キョウコ → ｷﾖｳｺ), digits, A–Z, space and ( ) - . /, up to 40 characters;
some systems store ー as - or drop it. The resident register has the name in kanji (or the
alphabet) and a katakana reading. ``compare`` sees through representation (width, hiragana,
small kana, separate voiced marks, long-vowel marks, spaces, case, word order of alphabet
names, variant kanji) and not through real differences (another given name, a prefix, a voiced
mark that changes the name).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum

import jaconv

ZENGIN_MAX = 40
_SMALL = str.maketrans("ァィゥェォャュョッヮヵヶ", "アイウエオヤユヨツワカケ")
_YOTSUGANA = str.maketrans("ヂヅ", "ジズ")  # same sound, mixed up in entry
_DASHES = re.compile(r"[ー－\-‐‑–—―−ｰ]")
_SPACES = re.compile(r"[\s　・･,.]+")
_VARIANT_KANJI = str.maketrans("髙﨑邉邊齋齊濵澤櫻廣國德眞嶋檜舘籠", "高崎辺辺斎斉浜沢桜広国徳真島桧館篭")

# Corporate and other non-personal holders: the abbreviation banks put before or after the name.
_CORPORATE = re.compile(r"^\(?(ｶ|ﾕ|ｲ|ｼﾔ|ｻﾞｲ|ｼﾞﾕｳ|ﾄｸﾋ|ｶﾞｸ|ｼﾕｳ|ﾄﾞ|ｼﾌﾞ|ｷﾖｳ|ｶﾞ|ｺﾞ|ｿ|ﾒ|ﾉｳ|ｷﾞﾖ)\)|\((ｶ|ﾕ|ｲ|ｼﾔ|ｻﾞｲ)\)?$"
                        r"|ｶﾌﾞｼｷｶﾞｲｼﾔ|ﾕｳｹﾞﾝｶﾞｲｼﾔ|ｺﾞｳﾄﾞｳｶﾞｲｼﾔ|ｲﾘﾖｳﾎｳｼﾞﾝ|ｼﾔﾀﾞﾝﾎｳｼﾞﾝ|ｻﾞｲﾀﾞﾝﾎｳｼﾞﾝ|ﾀﾞｲﾋﾖｳ")


class Grade(str, Enum):
    SAME = "same"
    CHECK = "check"
    DIFFERENT = "different"
    CORPORATE = "corporate"


class Why(str, Enum):
    """The reason behind a grade, for the explanation shown to the resident."""

    IDENTICAL = "identical"
    REPRESENTATION = "representation"  # only width, kana type, small kana, spaces, case, ー…
    WORD_ORDER = "word_order"
    VARIANT_KANJI = "variant_kanji"
    VOICED_MARK = "voiced_mark"  # タカダ / タカタ
    LONG_VOWEL = "long_vowel"  # サトウ / サトー
    ABBREVIATED = "abbreviated"  # SMITH JOHN M / SMITH JOHN MICHAEL
    TRUNCATED = "truncated"  # cut at the 40-character limit
    SAME_SURNAME = "same_surname"  # the family-account signature
    PREFIX = "prefix"  # ミキ / ミキオ
    OTHER_NAME = "other_name"
    NON_PERSONAL = "non_personal"


@dataclass(frozen=True)
class Match:
    grade: Grade
    why: Why


def to_katakana(text: str) -> str:
    """Full-width katakana, voiced marks joined, upper-case ASCII."""
    t = unicodedata.normalize("NFKC", text or "")
    t = jaconv.hira2kata(t)
    return t.upper()


def zengin(text: str) -> str:
    """How a bank writes ``text`` (a katakana reading or an alphabet name)."""
    t = to_katakana(text).translate(_SMALL)
    t = _DASHES.sub("-", t)
    t = _SPACES.sub(" ", t).strip()
    t = jaconv.z2h(t, kana=True, ascii=True, digit=True)
    t = re.sub(r"[^0-9A-Zｦ-ﾟ ()\-./]", "", t)
    return t[:ZENGIN_MAX]


def _words(text: str) -> list[str]:
    t = to_katakana(text).translate(_SMALL).translate(_YOTSUGANA)
    t = _DASHES.sub("", t)
    return [w for w in _SPACES.split(t) if w]


def _devoice(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if c not in "\u3099\u309a")


_LONG = [(re.compile(r"([オコソトノホモヨロヲゴゾドボポ])[ウオ]"), r"\1"), (re.compile(r"([ウクスツヌフムユルグズブプ])ウ"), r"\1"),
         (re.compile(r"([エケセテネヘメレゲゼデベペ])[イエ]"), r"\1"), (re.compile(r"([アカサタナハマヤラワガザダバパ])ア"), r"\1"),
         (re.compile(r"([イキシチニヒミリギジビピ])イ"), r"\1")]


def _fold_long(text: str) -> str:
    for pattern, repl in _LONG:
        text = pattern.sub(repl, text)
    return text


def is_non_personal(holder: str) -> bool:
    return bool(_CORPORATE.search(zengin(holder)))


def compare(registered: str, holder: str) -> Match:
    """Compare a name as registered (kana reading or alphabet) with a holder name."""
    if is_non_personal(holder):
        return Match(Grade.CORPORATE, Why.NON_PERSONAL)
    a, b = _words(registered), _words(holder)
    if not a or not b:
        return Match(Grade.DIFFERENT, Why.OTHER_NAME)
    ja, jb = "".join(a), "".join(b)
    if ja == jb:
        exact = unicodedata.normalize("NFKC", registered).split() == unicodedata.normalize("NFKC", holder).split()
        return Match(Grade.SAME, Why.IDENTICAL if exact else Why.REPRESENTATION)
    if sorted(a) == sorted(b):
        return Match(Grade.SAME, Why.WORD_ORDER)
    if _devoice(ja) == _devoice(jb):
        return Match(Grade.CHECK, Why.VOICED_MARK)
    if _fold_long(ja) == _fold_long(jb):
        return Match(Grade.CHECK, Why.LONG_VOWEL)
    if len(zengin(holder)) >= ZENGIN_MAX and ja.startswith(jb):
        return Match(Grade.CHECK, Why.TRUNCATED)
    if len(a) == len(b) and len(a) > 1 and all(x == y or (len(y) == 1 and x.startswith(y)) or (len(x) == 1 and y.startswith(x))
                                                for x, y in zip(a, b)):
        return Match(Grade.CHECK, Why.ABBREVIATED)
    if len(a) > 1 and len(b) > 1 and a[0] == b[0]:
        if a[1:] != b[1:] and ("".join(a[1:]).startswith("".join(b[1:])) or "".join(b[1:]).startswith("".join(a[1:]))):
            return Match(Grade.DIFFERENT, Why.PREFIX)
        return Match(Grade.DIFFERENT, Why.SAME_SURNAME)
    if ja.startswith(jb) or jb.startswith(ja):
        return Match(Grade.DIFFERENT, Why.PREFIX)
    return Match(Grade.DIFFERENT, Why.OTHER_NAME)


def compare_written(registered: str, written: str) -> Match:
    """Compare a name in kanji or the alphabet as written on a certificate."""
    na = _SPACES.sub("", unicodedata.normalize("NFKC", registered or "")).upper()
    nb = _SPACES.sub("", unicodedata.normalize("NFKC", written or "")).upper()
    if na == nb:
        return Match(Grade.SAME, Why.IDENTICAL)
    if na.translate(_VARIANT_KANJI) == nb.translate(_VARIANT_KANJI):
        return Match(Grade.SAME, Why.VARIANT_KANJI)
    if na.isascii() and nb.isascii():
        return compare(registered, written)
    return Match(Grade.DIFFERENT, Why.OTHER_NAME)
