"""Property tests for the name matcher: how a name is written never changes a verdict, and
another given name with the same surname is never the same person.

Names are drawn from ``benchmarks.namegen`` (thousands of surnames and given names made from
parts) and from alphabet names made from letters, not from the labelled corpus."""

from __future__ import annotations

import unicodedata

import jaconv
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.namegen import given_names, surnames
from selfcheck.core.names import Grade, compare, compare_written, zengin

SETTINGS = settings(max_examples=300, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow])

surname = st.sampled_from(surnames())
given_name = st.sampled_from(given_names())
latin_word = st.text(alphabet="ABCDEFGHIJKLMNOPRSTUVWYZ", min_size=2, max_size=9)


@st.composite
def kana_name(draw) -> str:
    return f"{draw(surname)[1]} {draw(given_name)[1]}"


@st.composite
def alphabet_name(draw) -> str:
    return " ".join(draw(st.lists(latin_word, min_size=2, max_size=3, unique=True)))


def _small(text: str) -> str:  # キョウコ → キヨウコ, as banks store it
    return text.translate(str.maketrans("ァィゥェォャュョッ", "アイウエオヤユヨツ"))


def _combining(text: str) -> str:  # ガ → カ + U+3099
    return unicodedata.normalize("NFD", text)


def _spacing_marks(text: str) -> str:  # ガ → カ + ゛ (U+309B), パ → ハ + ゜ (U+309C)
    return _combining(text).replace("\u3099", "\u309b").replace("\u309a", "\u309c")


def _halfwidth(text: str) -> str:
    return jaconv.z2h(text, kana=True, ascii=True, digit=True)


def _swap(text: str) -> str:
    return " ".join(reversed(text.split()))


KANA_FORMS = {
    "full width": lambda x: x,
    "half width": _halfwidth,
    "hiragana": jaconv.kata2hira,
    "small kana large": _small,
    "combining voiced marks": _combining,
    "spacing voiced marks": _spacing_marks,
    "half-width voiced marks": lambda x: _halfwidth(_combining(x)),
    "no space": lambda x: x.replace(" ", ""),
    "ideographic space": lambda x: x.replace(" ", "\u3000"),
    "two spaces": lambda x: x.replace(" ", "  "),
    "word order": _swap,
    "bank spelling": zengin,
}
ALPHABET_FORMS = {
    "as is": lambda x: x,
    "lower case": str.lower,
    "full width": lambda x: jaconv.h2z(x, ascii=True),
    "word order": _swap,
    "bank spelling": zengin,
    "two spaces": lambda x: x.replace(" ", "  "),
}


def _related(draw, registered: str) -> str:
    """A holder name: the same, another given name, another surname, a voiced mark, a prefix…"""
    sur, giv = registered.split(" ", 1)
    how = draw(st.sampled_from(["same", "given", "surname", "both", "prefix", "voiced"]))
    if how == "same":
        return registered
    if how == "given":
        return f"{sur} {draw(given_name)[1]}"
    if how == "surname":
        return f"{draw(surname)[1]} {giv}"
    if how == "prefix":
        return f"{sur} {giv}{draw(st.sampled_from(['コ', 'オ', 'ミ']))}"
    if how == "voiced":
        return unicodedata.normalize("NFC", registered.replace("タ", "ダ", 1).replace("カ", "ガ", 1))
    return f"{draw(surname)[1]} {draw(given_name)[1]}"


@SETTINGS
@given(st.data(), kana_name(), st.sampled_from(sorted(KANA_FORMS)))
def test_how_a_kana_name_is_written_never_changes_the_verdict(data, registered, form):
    holder = _related(data.draw, registered)
    plain = compare(registered, holder).grade
    assert compare(registered, KANA_FORMS[form](holder)).grade is plain, (registered, holder, form)


@SETTINGS
@given(st.data(), alphabet_name(), st.sampled_from(sorted(ALPHABET_FORMS)))
def test_how_an_alphabet_name_is_written_never_changes_the_verdict(data, registered, form):
    words = registered.split()
    holder = data.draw(st.sampled_from([registered, " ".join(words[:-1] + [data.draw(latin_word)]),
                                        " ".join(words[:1] + [data.draw(latin_word)]), " ".join(reversed(words))]))
    plain = compare(registered, holder).grade
    assert compare(registered, ALPHABET_FORMS[form](holder)).grade is plain, (registered, holder, form)


@SETTINGS
@given(surname, given_name, given_name, st.sampled_from(sorted(KANA_FORMS)))
def test_another_given_name_with_the_same_surname_is_never_the_same(sur, mine, theirs, form):
    if mine[1] == theirs[1]:
        return
    registered = f"{sur[1]} {mine[1]}"
    holder = KANA_FORMS[form](f"{sur[1]} {theirs[1]}")
    assert compare(registered, holder).grade is not Grade.SAME, (registered, holder)
    if mine[0] != theirs[0]:
        assert compare_written(f"{sur[0]} {mine[0]}", f"{sur[0]} {theirs[0]}").grade is not Grade.SAME


@SETTINGS
@given(alphabet_name(), latin_word, st.sampled_from(sorted(ALPHABET_FORMS)))
def test_another_alphabet_given_name_is_never_the_same(registered, other, form):
    words = registered.split()
    if other in words:
        return
    holder = ALPHABET_FORMS[form](" ".join(words[:1] + [other] + words[2:]))
    assert compare(registered, holder).grade is not Grade.SAME, (registered, holder)


@SETTINGS
@given(kana_name(), st.sampled_from(sorted(KANA_FORMS)), st.sampled_from(sorted(KANA_FORMS)))
def test_the_same_name_in_any_two_writings_is_the_same(name, form_a, form_b):
    assert compare(KANA_FORMS[form_a](name), KANA_FORMS[form_b](name)).grade is Grade.SAME


@given(alphabet_name(), kana_name(), st.booleans())
def test_the_alphabet_against_katakana_is_never_certain(alphabet, kana, registered_in_alphabet):
    """However the letters may have been heard (PARKER パーカー, NGUYEN グエン, JOSE ホセ), a name
    compared across scripts is at most "please check", in both directions."""
    a, b = (alphabet, kana) if registered_in_alphabet else (kana, alphabet)
    assert compare(a, b).grade is not Grade.SAME


@given(latin_word)
def test_other_hearings_only_add_to_the_plain_one(word):
    """The ways a letter may have been heard widen a word's sound keys; they never drop the plain
    English one, so nothing that matched before stops matching."""
    from selfcheck.core.names import _heard, _key
    assert _key(word) in _heard(word)
