"""Kanji variants come from published data (Unihan + OpenCC's Japanese shinjitai table), not a
hand list: the committed table is what the generator makes from the pinned source wheels."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from selfcheck.core.names import Grade, Why, compare_written, kanji_variants

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("registered, written", [
    ("濱田 健", "浜田 健"), ("𠮷田 浩二", "吉田 浩二"), ("冨永 誠", "富永 誠"), ("瀧本 恵", "滝本 恵"), ("廣瀨 翔", "広瀬 翔"),
    ("髙橋 惠", "高橋 恵"), ("山﨑 真", "山崎 眞"), ("齋藤 櫻", "斎藤 桜"), ("中嶋 德", "中島 徳"), ("澤田 國男", "沢田 国男")])
def test_variants_from_the_data_are_the_same_name(registered, written):
    assert compare_written(registered, written) == compare_written(written, registered)
    assert compare_written(registered, written).why is Why.VARIANT_KANJI


@pytest.mark.parametrize("a, b", [("後藤 誠", "后藤 誠"), ("土井 誠", "士井 誠"), ("裕子", "祐子"), ("斉藤 誠", "斎藤 誠"), ("柿本 誠", "杮本 誠"), ("妹尾 誠", "妺尾 誠")])
def test_different_kanji_stay_different(a, b):
    # Chinese simplification is not a variant in a Japanese name; look-alikes are not variants
    assert compare_written(a, b).grade is not Grade.SAME


def test_the_table_is_large_and_symmetric():
    table = kanji_variants()
    assert len(table) > 3000
    assert all(c in table[v] for c, vs in list(table.items())[:2000] for v in vs)


def test_the_committed_table_is_what_the_generator_makes(tmp_path):
    r = subprocess.run([sys.executable, "tools/build_kanji_variants.py", "--check"], cwd=ROOT, capture_output=True,
                       text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "up to date" in r.stdout


def test_the_limits_the_readme_names():
    from selfcheck.core.names import compare

    # the rough sound key: katakana against the alphabet is at most "please check", never "same"
    assert compare("スミス ジョン", "SMITH JANE").grade is Grade.CHECK
    assert compare("ミュラー アンナ", "MILLER ANNA").grade is Grade.CHECK
    # variants only through a third character (邉 ~ 邊 ~ 辺) are "please check", not "same"
    assert compare_written("渡邉", "渡辺").grade is Grade.CHECK
    assert compare_written("籠谷", "篭谷").grade is Grade.SAME  # CCCII's variant layer
    # two characters of the current 常用漢字 list are different characters, whatever CCCII says
    assert compare_written("川辺", "川道").grade is Grade.DIFFERENT
