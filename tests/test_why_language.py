"""Why? in the user's language, for every finding of every demo resident and of the held-out
cases (``tests/data/resident_cases.json``): in English no Japanese is left but the resident's
own data (names as written, readings, the bank's spelling, addresses, notes), in Japanese no
English word but the resident's (a name in the alphabet); dates in the reader's format."""

from __future__ import annotations

import re
from datetime import date

import pytest

from selfcheck.core import schema as s
from selfcheck.core.accesslog import AccessLog
from selfcheck.core.datanames import glossary
from selfcheck.core.rules import bank_spelling, find

from .language_check import wrong_language

pytestmark = pytest.mark.gui

TODAY = date(2026, 11, 27)
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def resident_data(data: s.ResidentData) -> set[str]:
    """What is the resident's (and the links' holders'): their names as written, read and spelt
    by banks, the rules' "name（reading）" of a former surname or alias; shown as they are in
    any language. Plus the names the data itself has only in Japanese (nothing English to show)."""
    from selfcheck.core.names import zengin
    from selfcheck.core.rules import other_names, own_names

    p = data.profile
    out = {p.name, p.name_kana, p.name.replace(" ", ""), bank_spelling(p), *own_names(p)}
    out |= {zengin(n) for n in own_names(p)}
    for _kind, written, reading in other_names(p):
        out |= {written, reading, zengin(reading), f"{written}（{reading}）", f"{written}（{zengin(reading)}）"}
    for x in data.links:
        out |= {x.holder_name, x.holder_kana or ""}
        out |= {ja for ja, en in ((x.organisation, x.organisation_en),
                                  (x.organisation_municipality, x.organisation_municipality_en)) if ja and not en}
    out |= {a.municipality for a in p.addresses if a.municipality_en in (None, "", a.municipality)}
    for e in data.access_log or ():
        out |= {ja for ja, en in ((e.agency, e.agency_en), (e.item, e.item_en)) if ja == en}
    return {x for x in out if x}


def examples() -> set[str]:
    """What the explanations quote on purpose (旧氏, ヴ and バン; SMITH JOHN MICHAEL): the
    Japanese in the English source texts and the words in capitals, in either language."""
    from selfcheck.core import explain

    sources = [x for text in explain.TEXTS.values() for x in text]
    out = set()
    for x in sources:
        out |= set(re.findall(r"[\u3040-\u30ff\u3400-\u9fff]+", x)) | set(re.findall(r"\b[A-Z]{2,}\b", x))
    return out


def demo_residents(seeded_db) -> list[tuple[str, s.ResidentData]]:
    from selfcheck.mockapi.store import Store, load_personas

    st = Store(seeded_db)
    try:
        out = []
        for r in load_personas():
            if r["id"] == "stress":  # 2,000 links of the same few kinds: the others cover its findings
                continue
            rid = st.resident_id_for(r["number"])
            links = [x for o in (0, 1000) for x in st.links(rid, o, 1000).items]
            log = [e for o in range(0, 20000, 1000) for e in st.access_log(rid, o, 1000).items]
            out.append((r["id"], s.ResidentData(profile=st.profile(rid), links=links, access_log=log)))
        return out
    finally:
        st.close()


def held_out_residents() -> list[tuple[str, s.ResidentData]]:
    from .test_rules import build, resident_cases

    _today, cases = resident_cases()
    return [(c["id"], build(c)) for c in cases]


def test_every_why_is_in_the_users_language(qtbot, qapp, app_language, seeded_db):
    from selfcheck.gui.app import install_translator
    from selfcheck.gui.pages import WhyDialog

    dialog = WhyDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    bad, shown, quoted = [], 0, examples()
    try:
        for who, data in demo_residents(seeded_db) + held_out_residents():
            log = AccessLog()
            log.add_page(data.access_log or [])
            names = glossary(data.profile, data.links, log.name_pairs())
            links = {x.id: x for x in data.links}
            allowed = resident_data(data) | quoted
            for f in find(data, today=TODAY, access_log=data.access_log):
                for lang in ("en", "ja"):
                    install_translator(qapp, lang)
                    dialog.show_finding(f, links, names)
                    dialog.retranslate()
                    shown += 1
                    bad += [f"{who} {f.code} ({lang}): {x}" for x in wrong_language(dialog, lang, allowed)]
                    cells = [dialog.model.index(r, c).data() for r in range(dialog.model.rowCount()) for c in (1, 2)]
                    bad += [f"{who} {f.code} ({lang}): an ISO date in {x!r}" for x in cells if ISO_DATE.search(x or "")]
    finally:
        install_translator(qapp, app_language)
    assert shown > 20, "every kind of finding is shown"
    assert bad == [], "\n".join(bad)


def test_every_linked_item_is_in_the_users_language(qapp, app_language, seeded_db):
    """The linked-items list of every demo resident and held-out case, in English and Japanese:
    who registered an item (本人, a relative), the kind, channel, date and status."""
    from PySide6.QtCore import Qt

    from selfcheck.gui.app import install_translator
    from selfcheck.gui.models import LinksModel

    from .language_check import ENGLISH_WORD, JAPANESE

    model, bad, quoted = LinksModel(), [], examples()
    try:
        for who, data in demo_residents(seeded_db) + held_out_residents():
            allowed = resident_data(data) | quoted
            allowed |= {x.title for x in data.links if not x.title_en or x.title_en == x.title}
            model.set_links(list(data.links))
            for lang in ("en", "ja"):
                install_translator(qapp, lang)
                for g in range(model.rowCount()):
                    group = model.index(g, 0)
                    for r in range(model.rowCount(group)):
                        for c in range(model.columnCount()):
                            text = model.index(r, c, group).data(Qt.ItemDataRole.DisplayRole) or ""
                            rest = text
                            for a in sorted(allowed, key=len, reverse=True):
                                rest = rest.replace(a, "")
                            if (JAPANESE if lang == "en" else ENGLISH_WORD).search(rest):
                                bad.append(f"{who} ({lang}) {model.headerData(c, Qt.Orientation.Horizontal)}: {text}")
    finally:
        install_translator(qapp, app_language)
    assert bad == [], "\n".join(sorted(set(bad)))
