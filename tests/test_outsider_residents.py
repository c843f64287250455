"""An outside reviewer's held-out residents, and a test for each mistake they found.

``tests/data/outsider_residents.json`` (built by ``tests/data/outsider_build.py``) holds 90
invented residents: former surnames, aliases, foreign residents of many nationalities and
scripts, kanji variants, family and counter-terminal accounts, namesakes, moves, prefectures,
expired items. Each link says whether it is the resident's own and which severities a careful
municipal officer would accept, written down before the app was run on them. The residents go
through ``rules.find`` exactly as the app does; ``test_check_command_agrees`` runs a few through
``selfcheck check --json``.
"""

from __future__ import annotations

import contextlib
import io
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from benchmarks.namegen import given_names, surnames
from selfcheck.core import schema as s
from selfcheck.core.names import Grade, compare, is_non_personal, zengin
from selfcheck.core.rules import Severity, find

DATA = Path(__file__).parent / "data" / "outsider_residents.json"
CASES = json.loads(DATA.read_text(encoding="utf-8"))
TODAY = date(2026, 11, 27)
SETTINGS = settings(max_examples=200, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow])


def _severity(findings, link_id: str) -> str:
    sev = {f.severity for f in findings if link_id in f.link_ids}
    return "problem" if Severity.PROBLEM in sev else "check" if Severity.CHECK in sev else "none"


def _run(case: dict):
    return find(s.ResidentData.model_validate(case["data"]), today=TODAY)


def test_held_out_set_is_large_enough():
    assert len(CASES) >= 115  # the README's figures
    assert sum(len(c["expect"]) for c in CASES) >= 132
    assert {e["truth"] for c in CASES for e in c["expect"].values()} == {"mine", "not_mine"}


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_outsider_resident(case):
    findings = _run(case)
    for link_id, expected in case["expect"].items():
        got = _severity(findings, link_id)
        assert got in expected["ok"], f"{case['note']}: {link_id} got {got}, a careful officer says {expected['ok']}: " \
                                      f"{[(f.code, f.severity.value) for f in findings if link_id in f.link_ids]}"


def test_precision_and_recall(capsys):
    """Problem (“not mine”) on the resident's own item is the worst mistake; no finding at all on
    someone else's item the second worst. Both must be zero on the held-out set."""
    tp = fp = fn = missed = 0
    for case in CASES:
        findings = _run(case)
        for link_id, expected in case["expect"].items():
            got, wrong = _severity(findings, link_id), expected["truth"] == "not_mine"
            tp += got == "problem" and wrong
            fp += got == "problem" and not wrong and "problem" not in expected["ok"]
            fn += got != "problem" and wrong
            missed += got == "none" and wrong
    with capsys.disabled():
        print(f"\noutsider residents: Problem precision {tp / (tp + fp):.3f}, recall {tp / (tp + fn):.3f} "
              f"({tp} of {tp + fn} wrong links a Problem, {fp} own items accused, {missed} wrong links with no finding)")
    assert fp == 0 and missed == 0
    assert tp / (tp + fn) >= 0.94  # the README's figure


@pytest.mark.gui  # `selfcheck check` prints through Qt's translations
@pytest.mark.parametrize("case_id", ["o-former-3", "o-kr-3", "o-pref-1", "o-counter-3"])
def test_check_command_agrees(case_id, tmp_path):
    """``selfcheck check --json`` says what ``rules.find`` says."""
    from selfcheck.gui.check import main as check_main

    case = next(c for c in CASES if c["id"] == case_id)
    path = tmp_path / "resident.json"
    path.write_text(json.dumps(case["data"], ensure_ascii=False), encoding="utf-8")
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        code = check_main(["--json", str(path), "--format", "json", "--lang", "en", "--today", TODAY.isoformat()])
    printed = json.loads(buf.getvalue())["findings"]
    core = _run(case)
    assert code == (1 if core else 0)
    assert sorted((f["code"], f["severity"]) for f in printed) == sorted((f.code, f.severity.value) for f in core)


# -- the mistakes, one test each ------------------------------------------------------------------------
def _resident(**profile) -> dict:
    base = {"resident_id": "r", "name": "本田 明美", "name_kana": "ホンダ アケミ", "birth_date": "1972-04-04", "sex": "female",
            "number_last4": "1234", "addresses": [{"prefecture": "東京都", "municipality": "足立区", "municipality_en": "Adachi",
                                                  "since": "2000-01-01"}]}
    return {**base, **profile}


def _link(**link) -> dict:
    base = {"id": "L1", "kind": "pension", "title": "年金記録", "title_en": "Pension", "holder_name": "本田 明美",
            "organisation": "日本年金機構", "organisation_en": "Japan Pension Service", "issuer": "pension_service",
            "channel": "pension_office", "registered_at": "2022-06-01T09:00:00+09:00", "registered_by": "日本年金機構"}
    return {**base, **link}


def _find(profile: dict, *links: dict):
    return find(s.ResidentData.model_validate({"profile": profile, "links": list(links)}), today=TODAY)


FORMER = [{"surname": "渡辺", "surname_kana": "ワタナベ"}]


@pytest.mark.parametrize("holder, kana", [
    ("ワタナベ アケミ", "ワタナベ アケミ"),  # an old record in katakana only
    ("わたなべ あけみ", None),
    ("渡邉 明美", "ワタナベ アケミ"),  # the former surname in a variant the table links only through 邊
    ("渡部 明美", "ワタナベ アケミ"),  # other kanji, same reading, birth date and sex
])
def test_record_under_former_surname_is_please_check_not_a_problem(holder, kana):
    """Finding 1: her own pension under her maiden name, written in katakana or with other kanji
    for the same reading, was a Problem “not mine”."""
    found = _find(_resident(former_surnames=FORMER),
                  _link(holder_name=holder, holder_kana=kana, holder_birth_date="1972-04-04", holder_sex="female"))
    assert [(f.code, f.severity) for f in found] == [("former_name", Severity.CHECK)]


@pytest.mark.parametrize("holder, kana, birth", [
    ("ワタナベ アケコ", "ワタナベ アケコ", "1972-04-04"),  # a sister: other given name
    ("渡部 明子", "ワタナベ アキコ", "1972-04-04"),
    ("ワタナベ アケミ", "ワタナベ アケミ", "1950-01-01"),  # another person with that name: other birth date
    ("渡部 明美", "ワタナベ アケミ", None),  # other kanji and no birth date to back the reading
])
def test_relative_under_the_former_surname_is_still_a_problem(holder, kana, birth):
    found = _find(_resident(former_surnames=FORMER),
                  _link(holder_name=holder, holder_kana=kana, holder_birth_date=birth, holder_sex="female"))
    assert Severity.PROBLEM in {f.severity for f in found}


def test_certificate_from_the_prefecture_she_lives_in_is_hers():
    """Finding 2: a physical disability certificate is issued by the prefecture (神奈川県) for a
    resident of a town without a health centre of its own; it was a Problem “never lived there”."""
    profile = _resident(addresses=[{"prefecture": "神奈川県", "municipality": "鎌倉市", "municipality_en": "Kamakura",
                                    "since": "1990-04-01"}])
    cert = _link(kind="disability_certificate", title="身体障害者手帳", issuer="municipality", organisation="神奈川県",
                 organisation_en="Kanagawa Prefecture", organisation_municipality="神奈川県", valid_from="2015-06-01",
                 holder_kana="ホンダ アケミ", holder_birth_date="1972-04-04", holder_sex="female")
    assert _find(profile, cert) == []
    assert [f.code for f in _find(profile, {**cert, "organisation_municipality": "愛知県"})] == ["never_lived"]
    assert [f.code for f in _find(profile, {**cert, "valid_from": "1980-04-01", "valid_until": "1985-03-31"})
            if f.rule == "never_lived"] == ["not_living_then"]


def _bank(holder: str, **kw) -> dict:
    return _link(kind="bank_account", title="公金受取口座", holder_name=holder, organisation="りそな銀行",
                 organisation_en="Resona Bank", issuer="bank", channel="self_service", registered_by="本人", **kw)


def test_bank_katakana_made_from_the_alphabet_name_is_please_check():
    """Finding 3: a Korean resident registered as LEE SOYEON (reading イ ソヨン); her bank wrote
    LEE as ﾘ-. Against the reading alone that is another surname, a Problem; her registered name
    is in the alphabet, so the bank's katakana is heard against it too."""
    profile = _resident(name="LEE SOYEON", name_kana="イ ソヨン", name_alphabet="LEE SOYEON", sex="female")
    assert [(f.code, f.severity) for f in _find(profile, _bank("ﾘ- ｿﾖﾝ"))] == [("transliteration", Severity.CHECK)]
    # her sister's account is still a problem
    assert {f.severity for f in _find(profile, _bank("ﾘ- ﾐﾝｼﾞ"))} == {Severity.PROBLEM}
    assert {f.severity for f in _find(profile, _bank("ｲ ﾐﾝｼﾞ"))} == {Severity.PROBLEM}
    smith = _resident(name="SMITH JOHN", name_kana="スミス ジョン", name_alphabet="SMITH JOHN", sex="male")
    assert {f.severity for f in _find(smith, _bank("ｽﾐｽ ｼﾞｴ-ﾝ"))} == {Severity.PROBLEM}  # JANE, his wife


@SETTINGS
@given(st.sampled_from(surnames()), st.sampled_from(given_names()), st.sampled_from(given_names()))
def test_property_alphabet_heard_never_hides_a_relative(sur, given_own, given_other):
    """For a resident registered in the alphabet, the bank's katakana is also heard against the
    alphabet name, but never when it has the resident's surname: another given name with it stays
    a Problem however alike the sound keys are."""
    import jaconv

    assume(compare(given_own[1], given_other[1]).grade is Grade.DIFFERENT)
    alphabet = f"{jaconv.kata2alphabet(sur[1])} {jaconv.kata2alphabet(given_own[1])}".upper()
    profile = _resident(name=alphabet, name_kana=f"{sur[1]} {given_own[1]}", name_alphabet=alphabet)
    holder = zengin(f"{sur[1]} {given_other[1]}")
    assert {f.severity for f in _find(profile, _bank(holder))} == {Severity.PROBLEM}, holder


def test_japanese_reading_stays_authoritative_for_a_name_registered_in_kanji():
    """The alphabet is heard only for a name registered in the alphabet: for 佐藤 幹 (サトウ ミキ,
    passport SATO MIKI) the relative's ｻﾄｳ ﾐｷｵ stays a Problem, although MIKI sounds like ﾐｷｵ."""
    profile = _resident(name="佐藤 幹", name_kana="サトウ ミキ", name_alphabet="SATO MIKI")
    assert {f.severity for f in _find(profile, _bank("ｻﾄｳ ﾐｷｵ"))} == {Severity.PROBLEM}


def test_bank_name_with_the_alias_in_brackets_is_not_a_problem():
    """Finding 4: banks write a foreign resident's name with the alias in brackets
    (ｷﾑ ｽﾝﾋ(ｶﾈﾓﾄ ｼﾞﾕﾝｷ)); it was a Problem “in another person's name”."""
    profile = _resident(name="金 順姫", name_kana="キム スンヒ", name_alphabet="KIM SOONHEE",
                        aliases=[{"name": "金本 順姫", "name_kana": "カネモト ジュンキ"}])
    for holder in ("ｷﾑ ｽﾝﾋ(ｶﾈﾓﾄ ｼﾞﾕﾝｷ)", "ｶﾈﾓﾄ ｼﾞﾕﾝｷ(ｷﾑ ｽﾝﾋ)", "ｷﾑ ｽﾝﾋ(ｶﾈﾓﾄ ｼﾞ"):
        found = _find(profile, _bank(holder))
        assert found and {f.severity for f in found} == {Severity.CHECK}, holder
    assert {f.severity for f in _find(profile, _bank("ｷﾑ ﾖﾝｽ(ｶﾈﾓﾄ ﾋﾛｼ)"))} == {Severity.PROBLEM}
    assert {f.code for f in _find(profile, _bank("ｶ)ｷﾑ ｽﾝﾋ"))} == {"non_personal"}


surname = st.sampled_from(surnames())
given_name = st.sampled_from(given_names())


@SETTINGS
@given(surname, given_name, surname, given_name)
def test_property_a_bracketed_second_name_never_makes_ones_own_name_a_problem(s1, g1, s2, g2):
    own, other = f"{s1[1]} {g1[1]}", f"{s2[1]} {g2[1]}"
    for holder in (f"{zengin(own)}({zengin(other)})", f"{zengin(other)}({zengin(own)})"):
        assume(not is_non_personal(holder))
        assert compare(own, holder).grade in (Grade.SAME, Grade.CHECK), holder


@SETTINGS
@given(surname, given_name, given_name, surname, given_name)
def test_property_brackets_do_not_hide_a_relative(s1, g1, g2, s3, g3):
    """Another given name with the same surname stays different however the bank brackets it."""
    assume(g1[1] != g2[1] and s3[1] != s1[1])
    own, relative, third = f"{s1[1]} {g1[1]}", f"{s1[1]} {g2[1]}", f"{s3[1]} {g3[1]}"
    assume(not compare(own, relative).grade in (Grade.SAME, Grade.CHECK))
    assume(not compare(own, third).grade in (Grade.SAME, Grade.CHECK))
    holder = f"{zengin(relative)}({zengin(third)})"
    assume(not is_non_personal(holder))
    assert compare(own, holder).grade is Grade.DIFFERENT


def test_same_given_name_is_not_called_your_surname():
    """Finding 5 (explanation): at a counter terminal the previous visitor ｲﾉｳｴ ｼﾖｳ shares only the
    given name with 青木 翔; the finding said “someone with your surname” and missed the
    counter-terminal story."""
    profile = _resident(name="青木 翔", name_kana="アオキ ショウ", sex="male")
    found = _find(profile, {**_bank("ｲﾉｳｴ ｼﾖｳ"), "channel": "municipal_counter", "registered_by": "足立区 区民課"})
    assert [(f.code, f.severity) for f in found] == [("other_name_counter", Severity.PROBLEM)]
    found = _find(profile, _bank("ｱｵｷ ﾀｸﾔ"))
    assert [f.code for f in found] == ["same_surname"]


@pytest.mark.parametrize("holder", ["ｶ)ｶﾜﾑﾗｼﾖｳｼﾞ", "ｶﾜﾑﾗｼﾖｳｼﾞ(ｶ", "ｶﾜﾑﾗ ｼﾖｳｼﾞ ｶﾌﾞｼｷｶﾞｲｼﾔ"])
def test_company_account_is_called_a_company_account(holder):
    """Finding 6 (explanation): a company's account (ｶ) = 株式会社) was explained as “in another
    person's name”: the company code could never win against the comparison's starting value."""
    profile = _resident(name="川村 誠一", name_kana="カワムラ セイイチ", sex="male")
    assert [(f.code, f.severity) for f in _find(profile, _bank(holder))] == [("non_personal", Severity.PROBLEM)]


def test_kanji_name_read_the_japanese_way_is_please_check():
    """Finding 7: a Chinese resident 張 偉 (reading チャン ウェイ); his bank wrote the kanji's
    Japanese readings, ﾁﾖｳ ｲ. It was a Problem “another person's name”."""
    profile = _resident(name="張 偉", name_kana="チャン ウェイ", name_alphabet="ZHANG WEI", sex="male")
    assert [(f.code, f.severity) for f in _find(profile, _bank("ﾁﾖｳ ｲ"))] == [("on_reading", Severity.CHECK)]
    korean = _resident(name="朴 英哲", name_kana="パク ヨンチョル", name_alphabet="PARK YOUNGCHUL", sex="male")
    assert [f.code for f in _find(korean, _bank("ﾎﾞｸ ｴｲﾃﾂ"))] == ["on_reading"]
    # a relative read the Japanese way (朴 英子 → ﾎﾞｸ ｴｲｺ) is another name: still a Problem
    assert {f.severity for f in _find(korean, _bank("ﾎﾞｸ ｴｲｺ"))} == {Severity.PROBLEM}
    assert {f.severity for f in _find(korean, _bank("ﾊﾟｸ ﾖﾝｽ"))} == {Severity.PROBLEM}


def test_surname_read_the_japanese_way_given_name_as_said_is_please_check():
    """Finding 10: 李 素妍 (イ ソヨン) with the bank's ﾘ ｿﾖﾝ, 王 小明 (ワン シャオミン) with ｵｳ ｼﾔｵﾐﾝ: the
    surname read the Japanese way, the given name as the resident says it. A Problem before."""
    lee = _resident(name="李 素妍", name_kana="イ ソヨン", name_alphabet="LEE SOYEON")
    assert [f.code for f in _find(lee, _bank("ﾘ ｿﾖﾝ"))] == ["on_reading"]
    assert {f.severity for f in _find(lee, _bank("ﾘ ﾐﾝｼﾞ"))} == {Severity.PROBLEM}  # her sister
    wang = _resident(name="王 小明", name_kana="ワン シャオミン", sex="male", aliases=[{"name": "王 小明", "name_kana": "オウ コアキ"}])
    assert [f.code for f in _find(wang, _bank("ｵｳ ｼﾔｵﾐﾝ"))] == ["on_reading"]
    # a given name is never taken by its on-reading alone: 田中 翔 (カケル) and his brother's ﾀﾅｶ ｼﾖｳ
    kakeru = _resident(name="田中 翔", name_kana="タナカ カケル", sex="male")
    assert {f.severity for f in _find(kakeru, _bank("ﾀﾅｶ ｼﾖｳ"))} == {Severity.PROBLEM}


@SETTINGS
@given(surname, given_name, given_name)
def test_property_a_japanese_relative_is_never_taken_for_an_on_reading(sur, own, other):
    """The on-reading needs every word read from the resident's own kanji: a relative's account
    (the same surname, another given name) stays a Problem."""
    assume(compare(own[1], other[1]).grade is Grade.DIFFERENT and own[0] != other[0])
    profile = _resident(name=f"{sur[0]} {own[0]}", name_kana=f"{sur[1]} {own[1]}")
    assert {f.severity for f in _find(profile, _bank(zengin(f"{sur[1]} {other[1]}")))} == {Severity.PROBLEM}


def test_the_committed_on_reading_table_is_what_the_generator_makes():
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    r = subprocess.run([sys.executable, "tools/build_kanji_on.py", "--check"], cwd=root, capture_output=True, text=True,
                       timeout=600)
    assert r.returncode == 0, r.stdout + r.stderr


def test_town_written_with_its_district_is_the_town():
    """Finding 8: the register wrote 邑楽郡大泉町, the insurer 大泉町: a Problem “never lived there”."""
    profile = _resident(addresses=[{"prefecture": "群馬県", "municipality": "邑楽郡大泉町", "municipality_en": "Oizumi",
                                    "since": "2000-04-01"}])
    nhi = _link(kind="health_insurance", title="国民健康保険", issuer="municipality", organisation="大泉町",
                organisation_en="Oizumi", organisation_municipality="大泉町", valid_from="2000-04-01",
                holder_kana="ホンダ アケミ", holder_birth_date="1972-04-04", holder_sex="female")
    assert _find(profile, nhi) == []
    assert [f.code for f in _find(profile, {**nhi, "organisation_municipality": "千代田町"})] == ["never_lived"]
    from selfcheck.core.rules import city

    assert city("郡山市") == "郡山市" and city("横浜市港北区") == "横浜市" and city("西多摩郡瑞穂町") == "瑞穂町"


def test_municipality_written_with_its_prefecture_is_the_municipality():
    """Finding 11: the insurer wrote 神奈川県鎌倉市 for a Kamakura resident: a Problem “never lived there”."""
    from selfcheck.core.rules import city

    assert [city(x) for x in ("神奈川県鎌倉市", "東京都足立区", "大阪府大阪市北区", "北海道虻田郡倶知安町", "府中市", "東京都",
                              "和歌山県和歌山市", "京都市左京区")] == \
        ["鎌倉市", "足立区", "大阪市", "倶知安町", "府中市", "東京都", "和歌山市", "京都市"]
    profile = _resident(addresses=[{"prefecture": "神奈川県", "municipality": "鎌倉市", "municipality_en": "Kamakura",
                                    "since": "2000-04-01"}])
    nhi = _link(kind="health_insurance", title="国民健康保険", issuer="municipality", organisation="鎌倉市",
                organisation_en="Kamakura", organisation_municipality="神奈川県鎌倉市", valid_from="2000-04-01",
                holder_kana="ホンダ アケミ", holder_birth_date="1972-04-04", holder_sex="female")
    assert _find(profile, nhi) == []
    assert [f.code for f in _find(profile, {**nhi, "organisation_municipality": "神奈川県藤沢市"})] == ["never_lived"]


def test_contracted_word_is_please_check():
    """Finding 9: MD for MOHAMMAD (RAHMAN MD ABDUL against RAHMAN MOHAMMAD ABDUL) was a Problem
    'someone with your surname'; the brother RAHMAN MD KARIM stays one."""
    assert compare("RAHMAN MOHAMMAD ABDUL", "RAHMAN MD ABDUL").grade is Grade.CHECK
    assert compare("HOSSAIN MOSAMMAT RINA", "HOSSAIN MST RINA").grade is Grade.CHECK
    assert compare("RAHMAN MOHAMMAD ABDUL", "RAHMAN MD KARIM").grade is Grade.DIFFERENT
    assert compare("RAHMAN MOHAMMAD ABDUL", "RAHMAN MH ABDUL").grade is Grade.DIFFERENT  # not the last letter
    assert compare("SMITH ANNA", "SMITH ANN").grade is Grade.DIFFERENT  # a word with a vowel is a name, not a contraction


latin = st.text(alphabet="ABCDEFGHIJKLMNOPRSTUVWYZ", min_size=4, max_size=9)


@SETTINGS
@given(st.lists(latin, min_size=3, max_size=3, unique=True), st.integers(0, 2))
def test_property_contraction_keeps_first_and_last_letter(words, i):
    w = words[i]
    contracted = w[0] + "".join(c for c in w[1:-1] if c not in "AEIOUY")[:2] + w[-1]
    assume(w[0] not in "AEIOUY" and w[-1] not in "AEIOUY" and len(contracted) < len(w))
    holder = " ".join(words[:i] + [contracted] + words[i + 1:])
    assert compare(" ".join(words), holder).grade is Grade.CHECK
    other = " ".join(words[:i] + [contracted[::-1]] + words[i + 1:])  # first and last letters swapped
    assume(contracted[::-1] != contracted)
    assert compare(" ".join(words), other).grade is Grade.DIFFERENT


def test_the_limits_the_readme_names():
    """What does not work yet: Korean readings of kanji are not known, and the Japanese readings
    only count for a resident with an alphabet name or an alias in the register."""
    boku = _resident(name="朴 英哲", name_kana="ボク エイテツ", name_alphabet="PARK YOUNGCHUL", sex="male")
    assert {f.severity for f in _find(boku, _bank("ﾊﾟｸ ﾖﾝﾁﾖﾙ"))} == {Severity.PROBLEM}
    # with neither an alphabet name nor an alias in the register, the reading is the only one
    park = _resident(name="朴 英哲", name_kana="パク ヨンチョル", sex="male")
    assert {f.severity for f in _find(park, _bank("ﾎﾞｸ ｴｲﾃﾂ"))} == {Severity.PROBLEM}
    for reading, holder in (("イトウ タケカズ", "ｲﾄｳ ｹﾝｲﾁ"), ("ナカムラ マコト", "ﾁﾕｳｿﾝ ﾏｺﾄ")):
        japanese = _resident(name="伊藤 健一" if reading.startswith("イ") else "中村 誠", name_kana=reading, sex="male")
        assert {f.severity for f in _find(japanese, _bank(holder))} == {Severity.PROBLEM}, holder
