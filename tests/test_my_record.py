"""わたしの情報 / My record: the registered name, reading, former names where there are any,
date of birth, sex and the address history with dates, in the resident's language."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from .gui_helpers import model_texts
from .language_check import wrong_language
from .test_language_switch import switch


def test_my_record_shows_what_the_register_holds(qtbot, window, sign_in, app_language, qapp):
    from selfcheck.gui.app import install_translator

    w = window
    p = sign_in(w, "child-parent-account")
    home = w.home
    home.ui.tabs.setCurrentIndex(home.RECORD)
    assert home.ui.tabs.tabText(home.RECORD) == "M&y record"
    profile = w.session.profile
    values = home.record.values()
    assert values["Name"] == profile.name == p.name
    assert values["Reading"] == profile.name_kana
    assert values["Date of birth"].endswith(str(profile.birth_date.year))
    assert values["Sex"] in ("Male", "Female", "Not stated")
    rows = model_texts(home.record.addresses)
    assert [home.record.addresses.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "From", "Until", "Municipality"]
    for a in profile.addresses:
        assert a.municipality_en in rows
    assert "Now" in rows, "the current address has no end date"
    try:
        switch(qtbot, w, "ja")
        assert home.ui.tabs.tabText(home.RECORD) == "わたしの情報(&Y)"
        values = home.record.values()
        assert values["氏名"] == profile.name and "年" in values["生年月日"]
        assert any(a.municipality in x for a in profile.addresses for x in model_texts(home.record.addresses))
        assert wrong_language(home.record, "ja", {profile.name, profile.name_kana}) == []
    finally:
        install_translator(qapp, app_language)
        w.retranslate()


def test_former_names_and_aliases_are_shown_where_the_register_has_them(qtbot, app_language):
    from selfcheck.core import schema as s
    from selfcheck.gui.record import RecordView

    view = RecordView()
    qtbot.addWidget(view)
    profile = SimpleNamespace(
        name="山田 花子", name_kana="ヤマダ ハナコ", name_alphabet=None, birth_date=__import__("datetime").date(1985, 4, 2),
        sex=s.Sex.FEMALE, addresses=[], former_surnames=[SimpleNamespace(surname="佐藤", surname_kana="サトウ")],
        aliases=[SimpleNamespace(name="山田 花", name_kana="ヤマダ ハナ")])
    view.set_profile(profile)
    values = view.values()
    assert values["Former surnames"] == "佐藤（サトウ）"
    assert values["Aliases"] == "山田 花（ヤマダ ハナ）"
    profile.former_surnames, profile.aliases = [], []
    view.set_profile(profile)
    assert "Former surnames" not in view.values() and "Aliases" not in view.values()


def test_a_new_profile_reuses_the_record_s_labels(qtbot, app_language):
    """The record's rows are set again at sign-in, when the overview arrives and on every reload:
    each selectable label made anew cost its text control (about 15 ms of the overview's render
    while a large resident's workers held the interpreter lock). The labels stay; their texts change."""
    from selfcheck.core import schema as s
    from selfcheck.gui.record import RecordView

    view = RecordView()
    qtbot.addWidget(view)
    first = SimpleNamespace(name="山田 花子", name_kana="ヤマダ ハナコ", name_alphabet=None, birth_date=__import__("datetime").date(1985, 4, 2),
                            sex=s.Sex.FEMALE, addresses=[], former_surnames=[], aliases=[])
    view.set_profile(first)
    before = view.values()
    kept = view.findChildren(QLabel)  # held, so that no id is reused by a label made anew
    labels = set(map(id, kept))
    second = SimpleNamespace(**{**vars(first), "name": "鈴木 一郎", "name_kana": "スズキ イチロウ", "sex": s.Sex.MALE})
    view.set_profile(second)
    assert view.values()["Name"] == "鈴木 一郎" and view.values()["Reading"] == "スズキ イチロウ"
    assert view.values()["Sex"] != before["Sex"]
    assert set(map(id, view.findChildren(QLabel))) == labels
    value = next(x for x in view.findChildren(QLabel) if x.text() == "鈴木 一郎")
    assert value.accessibleDescription() == "鈴木 一郎"
