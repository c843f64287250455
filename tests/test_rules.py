"""The rules against a labelled corpus: every name pair and every resident case must come out
as labelled. The run prints precision and recall; any mistake fails."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest

from selfcheck.core import schema as s
from selfcheck.core.names import Grade, compare, zengin
from selfcheck.core.rules import Severity, bank_spelling, by_link, find

DATA = Path(__file__).parent / "data"


def name_pairs():
    with (DATA / "name_pairs.csv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def resident_cases():
    doc = json.loads((DATA / "resident_cases.json").read_text(encoding="utf-8"))
    return date.fromisoformat(doc["today"]), doc["cases"]


def build(case) -> s.ResidentData:
    p = case["profile"]
    profile = s.Profile(resident_id=case["id"], number_last4="0000", name_alphabet=p.get("name_alphabet"),
                        **{k: v for k, v in p.items() if k != "name_alphabet"})
    links = []
    for raw in case["links"]:
        links.append(s.Link(**{"title": raw["id"], "title_en": raw["id"], "organisation": "銀行", "organisation_en": "Bank",
                               "channel": "self_service", "registered_at": "2023-01-01T00:00:00+09:00",
                               "registered_by": "本人", **raw}))
    log = [s.AccessLogEntry(id=f"a{i}", at="2026-01-01T00:00:00+09:00", agency=e["agency"], agency_en=e["agency"],
                            item=e["item"], item_en=e["item"], purpose="-", purpose_en="-", direction="query")
           for i, e in enumerate(case["access_log"])]
    return s.ResidentData(profile=profile, links=links, access_log=log)


def test_name_pairs_corpus(capsys):
    rows = name_pairs()
    assert len(rows) >= 80
    wrong = []
    tp = fp = fn = 0  # "not the same" is the positive class: what the resident must look at
    for r in rows:
        got = compare(r["registered"], r["holder"]).grade.value
        if got != r["expected"]:
            wrong.append((r["registered"], r["holder"], r["expected"], got))
        pos_exp, pos_got = r["expected"] != "same", got != "same"
        tp += pos_exp and pos_got
        fp += pos_got and not pos_exp
        fn += pos_exp and not pos_got
    with capsys.disabled():
        print(f"\nname pairs: {len(rows)}, graded as labelled: {len(rows) - len(wrong)}; "
              f"flagging precision {tp / max(1, tp + fp):.3f}, recall {tp / max(1, tp + fn):.3f}")
    assert wrong == []


def test_resident_cases_corpus(capsys):
    today, cases = resident_cases()
    assert len(cases) >= 25
    tp = fp = fn = 0
    mistakes = []
    for case in cases:
        got = {(f.rule, tuple(sorted(f.link_ids)), f.severity.value) for f in find(build(case), today=today)}
        want = {(e["rule"], tuple(sorted(e["links"])), e["severity"]) for e in case["expected"]}
        tp += len(got & want)
        fp += len(got - want)
        fn += len(want - got)
        if got != want:
            mistakes.append((case["id"], sorted(got - want), sorted(want - got)))
    precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
    with capsys.disabled():
        print(f"\nresident cases: {len(cases)}, findings expected {tp + fn}, found {tp + fp}: "
              f"precision {precision:.3f}, recall {recall:.3f}")
    assert mistakes == []


def _person(case) -> str:
    """"same": every item is the resident's (maybe under another name or spelling);
    "different": an item belongs to someone else. Unlabelled cases: a problem is expected."""
    return case.get("person") or ("different" if any(e["severity"] == "problem" for e in case["expected"]) else "same")


def test_own_items_never_get_a_problem_and_every_wrong_link_is_found(capsys):
    today, cases = resident_cases()
    same = [c for c in cases if _person(c) == "same"]
    wrong = [c for c in cases if _person(c) == "different"]
    def flagged(c) -> set[str]:
        return {i for f in find(build(c), today=today) for i in f.link_ids}

    def problem(c) -> bool:
        return any(f.severity is Severity.PROBLEM for f in find(build(c), today=today))

    problems = [c["id"] for c in same if problem(c)]
    found = [c["id"] for c in wrong if c["expected"] and all(set(e["links"]) <= flagged(c) for e in c["expected"])]
    with capsys.disabled():
        print(f"\nsame-person cases: {len(same)}, given a Problem: {len(problems)}; "
              f"wrong-link cases: {len(wrong)}, found: {len(found)}")
    assert problems == []
    assert len(found) == len(wrong)


def test_the_corpus_has_a_same_person_and_a_different_person_twin_for_each_pattern():
    _, cases = resident_cases()
    patterns: dict[str, set[str]] = {}
    for c in cases:
        if c.get("pattern"):
            patterns.setdefault(c["pattern"], set()).add(c["person"])
    assert sum(len(v) for v in patterns.values()) >= 40
    assert all(v == {"same", "different"} for v in patterns.values()), patterns
    for needed in ("former-surname-bank", "former-surname-pension", "alias-bank", "alias-insurance", "kanji-hama",
                   "kanji-only", "middle-dropped", "initial-added", "apostrophe", "hyphen", "order-alphabet", "translit",
                   "alphabet-in-name", "vu-bi", "vu-bu", "spacing-voiced", "dated-address", "designated-city",
                   "insurance-move"):
        assert needed in patterns


def test_every_demo_persona_with_an_error_is_found_and_clean_is_clean(seeded_db):
    from selfcheck.mockapi.store import Store, load_personas

    st = Store(seeded_db)
    try:
        for r in load_personas():
            if not r["persona"]:
                continue
            rid = st.resident_id_for(r["number"])
            links = [x for o in (0, 1000) for x in st.links(rid, o, 1000).items]
            log = [e for o in range(0, 20000, 1000) for e in st.access_log(rid, o, 1000).items]
            found = find(s.ResidentData(profile=st.profile(rid), links=links, access_log=log), today=date(2026, 11, 27))
            serious = by_link(f for f in found if f.severity is not Severity.INFO)
            if r["id"] in ("clean", "locked"):
                assert not [f for f in found if f.severity is Severity.PROBLEM], r["id"]
                continue
            if r["id"] in ("former-surname", "alias-resident"):
                # every item is theirs under their other name: please check, never "not mine"
                kind = "former_name" if r["id"] == "former-surname" else "alias_name"
                under_other = [x for x in links if x.holder_name != r["name"]]
                assert {x.kind for x in under_other} >= {s.LinkKind.BANK_ACCOUNT}, r["id"]
                assert len(under_other) == 2 and sorted(f.link_ids[0] for f in found) == sorted(x.id for x in under_other)
                for f in found:
                    assert (f.severity, f.code, f.suggested_reason) == (Severity.CHECK, kind, s.Reason.WRONG_DETAILS), f
                continue
            # the wrong link, as the persona's data plants it
            wrong = {
                "child-parent-account": lambda x: x.kind is s.LinkKind.BANK_ACCOUNT,
                "shared-terminal": lambda x: x.kind is s.LinkKind.BANK_ACCOUNT,
                "same-name-insurance": lambda x: x.organisation_municipality == "札幌市",
                "disability-relative": lambda x: x.kind is s.LinkKind.DISABILITY_CERTIFICATE,
                "pension-other": lambda x: x.holder_birth_date is not None and x.holder_birth_date.year == 1950,
                "foreign-resident": lambda x: x.status is s.LinkStatus.EXPIRED,
                "stress": lambda x: x.holder_birth_date is not None and x.holder_birth_date.year == 1955,
            }[r["id"]]
            targets = [x.id for x in links if wrong(x)]
            assert len(targets) == 1, r["id"]
            assert serious.get(targets[0]) in (Severity.PROBLEM, Severity.CHECK), r["id"]
            assert set(serious) == set(targets) or r["id"] == "same-name-insurance", (r["id"], serious)
    finally:
        st.close()


@pytest.mark.parametrize("kana, bank", [("ヤマダ ショウタ", "ﾔﾏﾀﾞ ｼﾖｳﾀ"), ("タナカ キョウコ", "ﾀﾅｶ ｷﾖｳｺ"),
                                        ("スミス ジョン マイケル", "ｽﾐｽ ｼﾞﾖﾝ ﾏｲｹﾙ"), ("ミッシェル ロバーツ", "ﾐﾂｼｴﾙ ﾛﾊﾞ-ﾂ"),
                                        ("smith john", "SMITH JOHN")])
def test_how_banks_write_a_name(kana, bank):
    assert zengin(kana) == bank
    assert compare(kana, bank).grade is Grade.SAME


def test_bank_spelling_uses_the_registered_reading():
    p = s.Profile(resident_id="r", name="山田 翔太", name_kana="ヤマダ ショウタ", birth_date="2016-05-03", sex="male",
                  number_last4="0000", addresses=[])
    assert bank_spelling(p) == "ﾔﾏﾀﾞ ｼﾖｳﾀ"
