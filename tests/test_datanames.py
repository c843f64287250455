"""Names the app shows in English when the data sends none: the words of this domain that the
service's data uses without an English twin (本人, a relationship after a name, 普通 for an
account type, the national bodies), and a resident's names left as they are."""

from __future__ import annotations

import pytest

from selfcheck.core.datanames import glossary, in_english


@pytest.mark.parametrize("value, english", [
    ("本人", "The resident"),
    ("山田 美幸（親）", "山田 美幸 (parent)"),
    ("鈴木 一郎（父）", "鈴木 一郎 (father)"),
    ("普通", "ordinary"),
    ("日本年金機構", "Japan Pension Service"),
    ("全国健康保険協会", "Japan Health Insurance Association"),
    ("本人、日本年金機構", "The resident, Japan Pension Service"),
])
def test_common_words_are_english_without_a_glossary(value, english):
    assert in_english(value, {}) == english


def test_the_datas_own_english_comes_first_and_names_stay():
    assert in_english("本人", {"本人": "Yourself"}) == "Yourself"
    assert in_english("佐藤 健一", {}) == "佐藤 健一"  # a resident's name: theirs, as written
    assert in_english("横浜市", glossary(None, [], [("横浜市", "Yokohama")])) == "Yokohama"
