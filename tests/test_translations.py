"""Translations: Qt Linguist files in step with the sources, none unfinished, and a Japanese
screen that really is Japanese."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from selfcheck.core.resources import resource

pytestmark = pytest.mark.gui  # needs Qt

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("ja", "en")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.find("name").text
        for m in ctx.iter("message"):
            out[(name, m.find("source").text)] = m.find("translation")
    return out


def test_ts_files_match_the_sources_and_are_finished(tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "selfcheck").rglob("*.py")) + sorted(str(p) for p in (ROOT / "ui").glob("*.ui"))
    for lang in LANGS:
        committed = resource("translations", f"selfcheck_{lang}.ts")
        fresh = tmp_path / committed.name
        shutil.copy(committed, fresh)
        subprocess.run([str(lupdate), "-locations", "none", *sources, "-ts", str(fresh)], check=True,
                       capture_output=True)
        before, after = messages(committed), messages(fresh)
        new = sorted(set(after) - set(before))
        vanished = sorted(k for k, tr in after.items() if tr.get("type") in ("vanished", "obsolete"))
        unfinished = sorted(k for k, tr in after.items() if tr.get("type") == "unfinished")
        assert new == [], f"{lang}: new texts not in the .ts (run tools/update_translations.sh): {new}"
        assert vanished == [], f"{lang}: texts no longer in the sources: {vanished}"
        assert unfinished == [], f"{lang}: unfinished: {unfinished}"


@pytest.mark.parametrize("lang", LANGS)
def test_compiled_translations_ship(lang):
    from PySide6.QtCore import QTranslator

    t = QTranslator()
    assert t.load(str(resource("translations", f"selfcheck_{lang}.qm")))


ENGLISH_WORD = re.compile(r"[A-Za-z]{4,}")


def english_left(root: QWidget, allowed: set[str]) -> list[str]:
    left = []
    for w in root.findChildren(QWidget):
        if not w.isVisible():
            continue
        text = w.text() if isinstance(w, (QLabel, QAbstractButton)) else ""
        text = re.sub(r"<[^>]+>", "", text)  # rich-text markup is not what is read
        if text and ENGLISH_WORD.search(text) and not any(a in text for a in allowed):
            left.append(f"{w.objectName()}: {text}")
    return left


@pytest.fixture
def japanese(qapp, app_language):
    from selfcheck.gui.app import install_translator

    install_translator(qapp, "ja")
    yield
    install_translator(qapp, app_language)


def test_japanese_screens_show_japanese(qtbot, japanese, make_window, api, sign_in):
    from selfcheck.core.backend import Backend

    w = make_window(Backend(api_url=api.url))
    assert w.signin.card.cardSignInButton.text() == "カードでサインイン(&S)"
    assert english_left(w, set()) == []
    sign_in(w, "child-parent-account")
    assert w.home.links.data(w.home.links.index(0, 0)) == "公金受取口座（1 件）"
    assert english_left(w, {"Mizuho"}) == []  # data: the bank's English name is not shown in Japanese
    w.start_flag(w.home.current_link())
    qtbot.mouseClick(w.flag.ui.saveButton, Qt.MouseButton.LeftButton)
    assert "この項目の何が誤っているかを選んでください。" in w.flag.errors.text()
    assert english_left(w, set()) == []
