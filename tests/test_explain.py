"""Texts per rule: advice that fits the item, stories only where the evidence supports them,
evidence columns named for what they compare."""

from __future__ import annotations

from datetime import date

from selfcheck.core import schema as s
from selfcheck.core.explain import COLUMNS, TEXTS, column_labels, texts, todo_text, value_text
from selfcheck.core.rules import Severity, find
from tests.test_rules import build, resident_cases

TODAY = date(2026, 11, 27)


def _ident(_context: str, text: str) -> str:
    return text


def every_finding():
    today, cases = resident_cases()
    for case in cases:
        yield from find(build(case), today=today)


def test_every_finding_has_a_text_and_named_columns():
    for f in every_finding():
        assert f.code in TEXTS, f.code
        assert all(c in COLUMNS for c in f.columns)
        title, why, todo = texts(f, _ident)
        assert title and why and todo


def test_the_passbook_only_for_bank_accounts():
    seen = set()
    for f in every_finding():
        todo = todo_text(f)
        seen.add((f.kind, "passbook" in todo))
        if "passbook" in todo:
            assert f.kind is s.LinkKind.BANK_ACCOUNT, f
    assert (s.LinkKind.BANK_ACCOUNT, True) in seen
    assert {k for k, passbook in seen if not passbook} >= {s.LinkKind.PENSION, s.LinkKind.HEALTH_INSURANCE}


def _bank_case(holder: str, *, birth: str = "1980-05-05", channel: str = "self_service", registered_by: str = "本人"):
    return build({"id": "x", "profile": {"name": "田中 花子", "name_kana": "タナカ ハナコ", "birth_date": birth, "sex": "female",
                                         "addresses": []},
                  "links": [{"id": "b", "kind": "bank_account", "holder_name": holder, "issuer": "bank", "channel": channel,
                             "registered_by": registered_by}],
                  "access_log": []})


def _only(data) -> object:
    (f,) = find(data, today=TODAY)
    return f


def test_the_family_story_only_where_the_evidence_supports_it():
    stranger = _only(_bank_case("ﾀﾅｶ ﾖｳｺ"))  # an adult registered it herself
    assert stranger.code == "same_surname" and stranger.severity is Severity.PROBLEM
    assert "family" not in texts(stranger, _ident)[0] and "parent" not in texts(stranger, _ident)[1]
    by_relative = _only(_bank_case("ﾀﾅｶ ﾖｳｺ", registered_by="田中 洋子（母）"))
    child = _only(_bank_case("ﾀﾅｶ ﾖｳｺ", birth="2015-01-01"))
    for f in (by_relative, child):
        assert f.code == "same_surname_family" and "parent" in texts(f, _ident)[1]


def test_the_shared_terminal_story_only_for_counter_registrations():
    online = _only(_bank_case("ｽｽﾞｷ ﾀﾛｳ"))
    assert online.code == "other_name" and "terminal" not in texts(online, _ident)[1]
    counter = _only(_bank_case("ｽｽﾞｷ ﾀﾛｳ", channel="municipal_counter", registered_by="足立区役所 支援窓口"))
    assert counter.code == "other_name_counter" and "shared counter terminal" in texts(counter, _ident)[1]
    assert value_text("channel", counter.evidence[1].theirs, _ident) == "a terminal at a municipal counter"


def test_evidence_columns_are_named_for_what_they_compare():
    today, cases = resident_cases()
    by_rule = {}
    for case in cases:
        for f in find(build(case), today=today):
            by_rule.setdefault(f.code, f)
    assert column_labels(by_rule["expired"], _ident) == ("Today", "This item")
    assert column_labels(by_rule["double_insurance"], _ident) == ("One insurance", "The other insurance")
    assert column_labels(by_rule["never_lived"], _ident) == ("Your address history", "This item")
    assert column_labels(by_rule["former_name"], _ident) == ("Your names in the resident register", "This item")
    shared = by_rule["shared_account"]
    others = next(e for e in shared.evidence if e.aspect == "others")
    assert value_text(others.aspect, others.yours, _ident) == "—"  # not "yours 0"
