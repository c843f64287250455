"""Comparing names as banks and registers write them.

A bank stores an account holder's name in Zengin characters: upper-case half-width katakana
without small kana (キョウコ → ｷﾖｳｺ), digits, A–Z, space and ( ) - . /, up to 40 characters;
some systems store ー as - or drop it, and an apostrophe is dropped (O'BRIEN → OBRIEN). The
resident register has the name in kanji (or the alphabet) and a katakana reading.

``compare`` puts both sides through the same normalisation and then sees through
representation (width, hiragana, small kana, voiced marks written separately — combining,
half-width or the spacing ゛ ゜ — ー and hyphens, apostrophes,
spaces, case, word order) and grades what is left:

- same: only the representation differs;
- check: the name is probably the resident's but written another way — a voiced mark or a
  long vowel that changes the spelling, ヴ written with バ, ビ, ブ, ベ or ボ, a middle name or an initial added or dropped, a name
  cut at 40 characters, or the alphabet against katakana (a transliteration, which is never
  certain);
- different: another name — another given name with the same surname (the family-account
  signature), a prefix (ミキ / ミキオ), or nothing in common.

Every comparison treats the words as a set, so the word order never changes a verdict.
``compare_written`` compares names as written (kanji or alphabet), with kanji variants from
``resources/kanji_variants.tsv`` (built from Unicode's Unihan database and OpenCC's Japanese
shinjitai table by ``tools/build_kanji_variants.py``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum
from functools import cache, lru_cache
from itertools import permutations

import jaconv

ZENGIN_MAX = 40
# hiragana → katakana, small kana → large, ヂヅ → ジズ (same sound), old kana ヰヱヲ → イエオ
_HIRA = "".join(chr(c) for c in range(0x3041, 0x3097))
_KATA = "".join(chr(c) for c in range(0x30A1, 0x30F7))
_SMALL, _LARGE = "ァィゥェォャュョッヮヵヶ", "アイウエオヤユヨツワカケ"
_KANA_FOLD = {**dict(zip(_SMALL, _LARGE)), "ヂ": "ジ", "ヅ": "ズ", "ヰ": "イ", "ヱ": "エ", "ヲ": "オ"}
_FOLD = str.maketrans({**{h: _KANA_FOLD.get(k, k) for h, k in zip(_HIRA, _KATA)}, **_KANA_FOLD,
                       "\u309d": None, "\u309e": None,  # ゝ ゞ repetition marks are not in names at banks
                       "'": None, "’": None, "‘": None, "`": None, "´": None, "ʼ": None})
_TO_KATA = str.maketrans(dict(zip(_HIRA, _KATA)))
_SMALL_ONLY = str.maketrans(dict(zip(_SMALL, _LARGE)))
_SPACING_MARKS = str.maketrans({"\u309b": "\u3099", "\u309c": "\u309a"})  # ゛ ゜ → combining
_DASHES = re.compile(r"[ー－\-‐‑–—―−ｰ]")
_SPACES = re.compile(r"[\s　・･,.=゠]+")  # ＝ and ゠ (after NFKC: =, ゠) part katakana foreign names
# ヴ: banks and registers also write the sound with バ行 (ヴァ/バ, ヴィ/ビ, ヴ/ブ, ヴェ/ベ, ヴォ/ボ).
_VU = re.compile(r"ヴ([アイエオ]?)")
_VU_MAP = {"ア": "バ", "イ": "ビ", "エ": "ベ", "オ": "ボ", "": "ブ"}

# Corporate and other non-personal holders: the abbreviation banks put before or after the name.
_CORPORATE = re.compile(r"^\(?(ｶ|ﾕ|ｲ|ｼﾔ|ｻﾞｲ|ｼﾞﾕｳ|ﾄｸﾋ|ｶﾞｸ|ｼﾕｳ|ﾄﾞ|ｼﾌﾞ|ｷﾖｳ|ｶﾞ|ｺﾞ|ｿ|ﾒ|ﾉｳ|ｷﾞﾖ)\)|\((ｶ|ﾕ|ｲ|ｼﾔ|ｻﾞｲ)\)?$"
                        r"|ｶﾌﾞｼｷｶﾞｲｼﾔ|ﾕｳｹﾞﾝｶﾞｲｼﾔ|ｺﾞｳﾄﾞｳｶﾞｲｼﾔ|ｲﾘﾖｳﾎｳｼﾞﾝ|ｼﾔﾀﾞﾝﾎｳｼﾞﾝ|ｻﾞｲﾀﾞﾝﾎｳｼﾞﾝ|ﾀﾞｲﾋﾖｳ")
_MAX_PERMUTED = 5  # names with more words are compared word by word only


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
    V_SOUND = "v_sound"  # ヴァン / バン
    ABBREVIATED = "abbreviated"  # SMITH JOHN M / SMITH JOHN MICHAEL
    MIDDLE_NAME = "middle_name"  # SMITH JOHN / SMITH JOHN MICHAEL
    TRANSLITERATION = "transliteration"  # SMITH JOHN / スミス ジョン
    TRUNCATED = "truncated"  # cut at the 40-character limit
    SAME_SURNAME = "same_surname"  # the family-account signature
    PREFIX = "prefix"  # ミキ / ミキオ
    OTHER_NAME = "other_name"
    NON_PERSONAL = "non_personal"


@dataclass(frozen=True)
class Match:
    grade: Grade
    why: Why


_RANK = {Grade.SAME: 0, Grade.CHECK: 1, Grade.DIFFERENT: 2, Grade.CORPORATE: 3}


def best(*matches: Match) -> Match:
    """The closest of several comparisons (e.g. against the reading and the alphabet name)."""
    return min(matches, key=lambda m: _RANK[m.grade])


_LATIN_EXTRA = {"ß": "SS", "ẞ": "SS", "Ø": "O", "ø": "O", "Æ": "AE", "æ": "AE", "Œ": "OE", "œ": "OE", "Ł": "L", "ł": "L",
                "Đ": "D", "đ": "D", "Ð": "D", "ð": "D", "Þ": "TH", "þ": "TH", "ı": "I"}


_LATIN_ACCENTED = re.compile("[\u00c0-\u024f\u1e00-\u1eff]")  # Latin-1 to Extended-B, and Vietnamese (Ễ, Ạ)


def _latin(c: str) -> str:
    if c in _LATIN_EXTRA:
        return _LATIN_EXTRA[c]
    return "".join(x for x in unicodedata.normalize("NFD", c) if not unicodedata.combining(x))


def _nfkc(text: str) -> str:
    t = text or ""
    if "\u309b" in t or "\u309c" in t:
        t = t.translate(_SPACING_MARKS)
    t = unicodedata.normalize("NFKC", t)
    if not t.isascii() and _LATIN_ACCENTED.search(t):
        # banks write accented Latin letters without the accent (MÜLLER → MULLER)
        t = "".join(_latin(c) if "\u00c0" <= c <= "\u024f" or "\u1e00" <= c <= "\u1eff" else c for c in t)
    return t


def to_katakana(text: str) -> str:
    """Full-width katakana, voiced marks joined, upper-case ASCII."""
    return _nfkc(text).translate(_TO_KATA).upper()


def zengin(text: str) -> str:
    """How a bank writes ``text`` (a katakana reading or an alphabet name)."""
    t = to_katakana(text).translate(_SMALL_ONLY)
    t = _DASHES.sub("-", t)
    t = _SPACES.sub(" ", t).strip()
    t = jaconv.z2h(t, kana=True, ascii=True, digit=True)
    t = re.sub(r"[^0-9A-Zｦ-ﾟ ()\-./]", "", t)
    return t[:ZENGIN_MAX]


@lru_cache(maxsize=131072)
def _words(text: str) -> tuple[str, ...]:
    """The words of a name with every difference of representation removed."""
    t = _nfkc(text).upper().translate(_FOLD)
    t = _DASHES.sub("", t)
    return tuple(w for w in _SPACES.split(t) if w)


@lru_cache(maxsize=65536)
def _fold_vu(text: str) -> str:
    return _VU.sub(lambda m: _VU_MAP[m.group(1)], text) if "ヴ" in text else text


@lru_cache(maxsize=65536)
def _devoice(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if c not in "\u3099\u309a")


# A long vowel written out (サトウ, トオル) or left to ー, which the comparison drops: the vowel
# after a kana of the same vowel row goes.
_LONG = re.compile(r"(?<=[オコソトノホモヨロヲゴゾドボポ])[ウオ]|(?<=[ウクスツヌフムユルグズブプ])ウ"
                   r"|(?<=[エケセテネヘメレゲゼデベペ])[イエ]|(?<=[アカサタナハマヤラワガザダバパ])ア|(?<=[イキシチニヒミリギジビピ])イ")


@lru_cache(maxsize=65536)
def _fold_long(text: str) -> str:
    return _LONG.sub("", text)


_SPELLED_OUT = ("カブシキガイシヤ", "ユウゲンガイシヤ", "ゴウドウガイシヤ", "イリヨウホウジン", "シヤダンホウジン", "ザイダンホウジン", "ダイヒヨウ")


def words_key(text: str) -> tuple[str, ...]:
    """The words of a name, normalised and sorted: equal keys mean the same name written otherwise."""
    return tuple(sorted(_words(text)))


def is_non_personal(holder: str) -> bool:
    if not any(c in holder for c in "()（）﹙﹚"):  # the common case, without building the bank spelling
        joined = "".join(_words(holder))
        return any(w in joined for w in _SPELLED_OUT)
    return bool(_CORPORATE.search(zengin(holder)))


def _joins(words: tuple[str, ...]) -> set[str]:
    if len(words) > _MAX_PERMUTED:
        return {"".join(sorted(words))}
    return {"".join(p) for p in permutations(words)}


def _equal(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The same words in any order, also when the spaces between them differ."""
    if len(a) == len(b):
        return sorted(a) == sorted(b)
    return not _joins(a).isdisjoint(_joins(b))


def _initial(x: str, y: str) -> bool:
    return (len(y) == 1 and y.isascii() and x.startswith(y)) or (len(x) == 1 and x.isascii() and y.startswith(x))


def _subset_match(a: tuple[str, ...], b: tuple[str, ...]) -> Why | None:
    """Each word of the shorter name is a word (or the initial of one) of the longer: a middle
    name or an initial added or dropped. At least two words must match, one of them in full."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < 2:
        return None
    rest = list(long_)
    full = initials = 0
    for w in sorted(short, key=len, reverse=True):
        if w in rest:
            rest.remove(w)
            full += 1
            continue
        hit = next((x for x in rest if _initial(x, w)), None)
        if hit is None:
            return None
        rest.remove(hit)
        initials += 1
    if full < 1:
        return None
    return Why.MIDDLE_NAME if rest else Why.ABBREVIATED


def _split(word: str, vocabulary: frozenset[str]) -> list[str] | None:
    """``word`` as a run of words from ``vocabulary`` (a name written without its spaces)."""
    if word in vocabulary:
        return [word]
    for v in vocabulary:
        if word.startswith(v):
            rest = _split(word[len(v):], vocabulary)
            if rest is not None:
                return [v, *rest]
    return None


def _resegment(b: tuple[str, ...], a: tuple[str, ...]) -> tuple[str, ...]:
    """Put back the spaces that one side leaves out, where the other side's words show them."""
    vocabulary = frozenset(a)
    if len(vocabulary) < 2:
        return b
    out: list[str] = []
    for w in b:
        out += (_split(w, vocabulary) or [w]) if w not in vocabulary else [w]
    if len(out) == 1:  # a whole name without a space: split off a word the other side has
        w = out[0]
        for v in sorted(vocabulary, key=len, reverse=True):
            if len(w) > len(v) and w.startswith(v):
                return (v, w[len(v):])
            if len(w) > len(v) and w.endswith(v):
                return (w[:-len(v)], v)
    return tuple(out)


def _grade_words(a: tuple[str, ...], b: tuple[str, ...], holder: str | None) -> Match:
    if len(a) != len(b):
        a, b = _resegment(a, b), _resegment(b, a)
    if _equal(a, b):
        return Match(Grade.SAME, Why.WORD_ORDER if len(a) == len(b) and a != b else Why.REPRESENTATION)
    if _equal(tuple(map(_devoice, a)), tuple(map(_devoice, b))):
        return Match(Grade.CHECK, Why.VOICED_MARK)
    if _equal(tuple(map(_fold_long, a)), tuple(map(_fold_long, b))):
        return Match(Grade.CHECK, Why.LONG_VOWEL)
    if _equal(tuple(map(_fold_vu, a)), tuple(map(_fold_vu, b))):
        return Match(Grade.CHECK, Why.V_SOUND)
    if holder is not None and "".join(a).startswith("".join(b)) and len(zengin(holder)) >= ZENGIN_MAX:
        return Match(Grade.CHECK, Why.TRUNCATED)
    why = _subset_match(a, b)
    if why:
        return Match(Grade.CHECK, why)
    common = set(a) & set(b)
    if common and len(a) > 1 and len(b) > 1:
        ra, rb = "".join(w for w in a if w not in common), "".join(w for w in b if w not in common)
        if ra and rb and ra != rb and (ra.startswith(rb) or rb.startswith(ra)):
            return Match(Grade.DIFFERENT, Why.PREFIX)
        return Match(Grade.DIFFERENT, Why.SAME_SURNAME)
    ja, jb = "".join(a), "".join(b)
    if ja.startswith(jb) or jb.startswith(ja):
        return Match(Grade.DIFFERENT, Why.PREFIX)
    return Match(Grade.DIFFERENT, Why.OTHER_NAME)


# -- alphabet against katakana ----------------------------------------------------------------
# Both sides become a rough sound key: katakana through Hepburn romaji, the alphabet through a few
# English spelling rules, then vowels and silent letters dropped and look-alike sounds merged
# (l/r, v/b, f/h, th/s, c/k/q…); "ch" is チ's own sound and a final "ng" is heard as ン (KANG カン).
# A match is never certain, so it is at most "please check".
_SPELLING = [(re.compile(p), r) for p, r in (
    (r"PH", "F"), (r"TH", "S"), (r"CK", "K"), (r"GH", ""), (r"^WR", "R"), (r"^KN", "N"), (r"SCH", "S"),
    (r"TCH|CH", "c"), (r"SH", "S"), (r"C(?=[EIY])", "S"), (r"C", "K"), (r"Q", "K"), (r"X", "KS"),
    (r"DJ|DZ|J|G(?=[EIY])", "Z"), (r"TS", "S"), (r"L", "R"), (r"V", "B"),
    (r"F", "H"), (r"[AEIOUYHW]", ""), (r"(.)\1+", r"\1"), (r"NG$", "N"))]

# The alphabet is not English only: how else a letter may have been heard when the name was put
# into katakana. Each word of an alphabet name is tried with these too, alone and together, and
# a spelling is taken only where it meets a word of the katakana name.
_HEARD_AS = [(re.compile(p), r) for p, r in (
    (r"(?<=[AEIOU])R(?![AEIOU])", ""),  # a silent r: PARKER パーカー, TURNER ターナー
    (r"CH", "K"),  # MICHAEL マイケル, CHRISTINA クリスティーナ
    (r"TH", "T"),  # THOMAS トーマス, THI ティ, THAPA タパ
    (r"^NG(?=[AEIOU])", "G"),  # NGUYEN グエン, NGO ゴ
    (r"^J", "H"),  # JOSE ホセ
    (r"^(ZH|Z|J|TR)", "CH"),  # ZHANG チャン, JUNG チョン, TRAN チャン
    (r"Z", "S"),  # PEREZ ペレス
    (r"S$", "Z"),  # WILLIAMS ウィリアムズ
    (r"S$", ""),  # DUBOIS デュボワ
    (r"V", "W"),  # IVANOV イワノフ
    (r"T(?=[IY])", "CH"), (r"TU", "TSU"),  # Japanese in Kunrei-shiki: ITIRO イチロウ, MATUMOTO マツモト
    (r"M(?=[BPM])", "N"),  # Japanese in passport Hepburn: NAMBA ナンバ, MAMPEI マンペイ
)]
_MAX_HEARD = 8


def _sound(word: str) -> str:
    for pattern, repl in _SPELLING:
        word = pattern.sub(repl, word)
    return word


@lru_cache(maxsize=65536)
def _heard(word: str) -> frozenset[str]:
    """Every sound key an alphabet word may have been written in katakana from."""
    rules = [(p, r) for p, r in _HEARD_AS if p.search(word)][:_MAX_HEARD]
    spellings = {word}
    for pattern, repl in rules:
        spellings |= {pattern.sub(repl, w) for w in spellings}
    return frozenset(map(_key, filter(None, spellings)))


def _raw_words(text: str, kana: bool) -> list[str]:
    if kana:
        t = _nfkc(text).translate(_TO_KATA)
        if "ヴ" in t:
            t = t.replace("ヴ", "ブ")
        t = _DASHES.sub("", t)
        t = jaconv.kata2alphabet(t).upper()
    else:
        t = _nfkc(text).upper().translate(_FOLD)
    return [re.sub(r"[^A-Z]", "", x) for x in _SPACES.split(t)]


def _key(raw: str) -> str:
    """A word's sound key. A word of vowels only (LEE イ, HOA ホア) still counts as a word, and a
    word whose key is one letter (YUKO → K) is marked so that it is never taken for an initial."""
    key = _sound(raw) or "_"
    return f"{key}." if len(key) == 1 and len(raw) > 1 else key


@lru_cache(maxsize=65536)
def _sound_words(text: str, kana: bool) -> tuple[str, ...]:
    return tuple(_key(w) for w in _raw_words(text, kana) if w)


def _heard_as(alphabet: str, kana_keys: tuple[str, ...]) -> tuple[str, ...]:
    """The alphabet name's sound keys, each word spelt as the katakana name heard it where it can be."""
    wanted = set(kana_keys)
    out = []
    for raw in filter(None, _raw_words(alphabet, False)):
        key = _key(raw)
        if key not in wanted:
            key = min(_heard(raw) & wanted, default=key)
        out.append(key)
    return tuple(out)


def _is_alphabet(words: tuple[str, ...]) -> bool:
    return all(w.isascii() and w.isalpha() for w in words)


def _is_kana(words: tuple[str, ...]) -> bool:
    return all("\u30a0" <= c <= "\u30ff" for w in words for c in w)


_SEPARATORS = "\\s\u3000・･,.=＝゠'’‘`´ʼ\\-‐‑–—―−－ｰー"
_ALPHABET_TEXT = re.compile(f"[A-Za-zＡ-Ｚａ-ｚ\u00c0-\u024f\u1e00-\u1eff{_SEPARATORS}]*[A-Za-zＡ-Ｚａ-ｚ\u00c0-\u024f\u1e00-\u1eff][A-Za-zＡ-Ｚａ-ｚ\u00c0-\u024f\u1e00-\u1eff{_SEPARATORS}]*")
_KANA_TEXT = re.compile(f"[\u3041-\u3096\u3099-\u309e\u30a1-\u30fa\u30fc-\u30fe\uff66-\uff9f{_SEPARATORS}]*"
                        f"[\u3041-\u3096\u30a1-\u30fa\uff66-\uff9d][\u3041-\u3096\u3099-\u309e\u30a1-\u30fa\u30fc-\u30fe\uff66-\uff9f{_SEPARATORS}]*")


@lru_cache(maxsize=65536)
def script(text: str) -> str:
    """"alphabet", "kana" or "other" (kanji, mixed): which names can be compared directly."""
    if _ALPHABET_TEXT.fullmatch(text or ""):
        return "alphabet"
    if _KANA_TEXT.fullmatch(text or ""):
        return "kana"
    return "other"


def _transliterated(registered: str, holder: str, a: tuple[str, ...], b: tuple[str, ...]) -> Match | None:
    if _is_alphabet(a) and _is_kana(b):
        sb = _sound_words(holder, True)
        sa = _heard_as(registered, sb)
    elif _is_kana(a) and _is_alphabet(b):
        sa = _sound_words(registered, True)
        sb = _heard_as(holder, sa)
    else:
        return None
    if not sa or not sb or set(sa) == {"_"} or set(sb) == {"_"}:
        return None
    m = _grade_words(sa, sb, None)
    if m.grade is Grade.SAME:
        return Match(Grade.CHECK, Why.TRANSLITERATION)
    return m


# ICAO 9303 (passports) writes Ä Ö Ü either as A O U or as AE OE UE: both are the same name.
_UMLAUT = str.maketrans({"Ä": "AE", "Ö": "OE", "Ü": "UE", "ä": "ae", "ö": "oe", "ü": "ue"})
_HAS_UMLAUT = re.compile("[ÄÖÜäöü]")


def compare(registered: str, holder: str) -> Match:
    """Compare a name as registered (kana reading or alphabet) with a holder name."""
    if _HAS_UMLAUT.search(registered) or _HAS_UMLAUT.search(holder):
        return best(_compare(registered, holder), _compare(registered.translate(_UMLAUT), holder.translate(_UMLAUT)))
    return _compare(registered, holder)


def _compare(registered: str, holder: str) -> Match:
    if is_non_personal(holder):
        return Match(Grade.CORPORATE, Why.NON_PERSONAL)
    a, b = _words(registered), _words(holder)
    if not a or not b:
        return Match(Grade.DIFFERENT, Why.OTHER_NAME)
    if a == b:
        exact = _nfkc(registered).split() == _nfkc(holder).split()
        return Match(Grade.SAME, Why.IDENTICAL if exact else Why.REPRESENTATION)
    translit = _transliterated(registered, holder, a, b)
    if translit is not None:
        return translit
    return _grade_words(a, b, holder)


# -- names as written (kanji or alphabet) ----------------------------------------------------------
@cache
def kanji_variants() -> dict[str, str]:
    """Each kanji with the characters that are the same character in a name."""
    from .resources import resource

    table: dict[str, str] = {}
    with open(resource("kanji_variants.tsv"), encoding="utf-8") as f:
        for line in f:
            if line and not line.startswith("#"):
                c, variants = line.rstrip("\n").split("\t")
                table[c] = variants
    return table


def _variant_equal(a: str, b: str) -> bool:
    if len(a) != len(b):
        return False
    table = kanji_variants()
    return all(x == y or y in table.get(x, "") for x, y in zip(a, b))


def _variant_near(a: str, b: str) -> bool:
    """Each differing kanji shares a variant with the other (辺 ~ 邊 ~ 邉): the table keeps only
    direct pairs, so such a chain is probably the same character but not certainly (娘 ~ 孃 ~ 嬢)."""
    if len(a) != len(b):
        return False
    table = kanji_variants()
    return all(x == y or y in table.get(x, "") or not set(table.get(x, "")).isdisjoint(table.get(y, ""))
               for x, y in zip(a, b))


_ITERATION = re.compile(r"(.)[々〻]")  # 佐々木 is 佐佐木 written with the repetition mark


def _written(text: str) -> str:
    t = _SPACES.sub("", _nfkc(text)).upper()
    return _ITERATION.sub(r"\1\1", t) if "々" in t or "〻" in t else t


def compare_written(registered: str, written: str) -> Match:
    """Compare a name in kanji or the alphabet as written on a certificate."""
    na, nb = _written(registered), _written(written)
    if na == nb:
        return Match(Grade.SAME, Why.IDENTICAL)
    if _variant_equal(na, nb):
        return Match(Grade.SAME, Why.VARIANT_KANJI)
    if _variant_near(na, nb):
        return Match(Grade.CHECK, Why.VARIANT_KANJI)
    wa, wb = _words(registered), _words(written)
    if wa and wb and (_is_alphabet(wa) or _is_alphabet(wb)):
        return compare(registered, written)
    return Match(Grade.DIFFERENT, Why.OTHER_NAME)


def surname_and_given(name: str) -> tuple[str, str]:
    """Split a registered name at its first space: (surname, given name)."""
    parts = _nfkc(name).split(None, 1)
    return (parts[0], parts[1]) if len(parts) == 2 else (parts[0] if parts else "", "")


__all__ = ["Grade", "Match", "Why", "ZENGIN_MAX", "best", "compare", "compare_written", "is_non_personal",
           "kanji_variants", "script", "surname_and_given", "to_katakana", "words_key", "zengin"]
