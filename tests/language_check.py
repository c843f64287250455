"""What a user and a screen reader find in the wrong language on a window: every visible
control's text, accessible name and description, tab titles, placeholders, headers and cells
of visible lists, the window title and the menus."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QGroupBox, QLabel, QLineEdit,
                               QMainWindow, QTabWidget, QWidget)

JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]")
ENGLISH_WORD = re.compile(r"[A-Za-z]{4,}")
# the Language menu names each language in itself, so that either can be found
LANGUAGE_NAMES = {"Lan&guage / 言語", "言語(&G) / Language", "日本語", "English"}


def _cells(view: QAbstractItemView, limit: int = 30) -> list[str]:
    model = view.model()
    out = []
    for section in range(model.columnCount()):
        out.append(str(model.headerData(section, Qt.Orientation.Horizontal) or ""))

    def walk(parent: QModelIndex) -> None:
        for r in range(min(model.rowCount(parent), limit)):
            for c in range(model.columnCount(parent)):
                idx = model.index(r, c, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                    v = model.data(idx, role)
                    if isinstance(v, str) and v:
                        out.append(v)
            first = model.index(r, 0, parent)
            if model.rowCount(first):
                walk(first)

    walk(QModelIndex())
    return out


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for everything visible under ``root`` (and ``root``'s own title and menus)."""
    out: list[tuple[str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisible():
            continue
        name = w.objectName() or type(w).__name__
        texts = [w.accessibleName(), w.accessibleDescription(), w.toolTip()]
        if w.isWindow():
            texts.append(w.windowTitle())
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(re.sub(r"<[^>]+>", "", w.text()))
        if isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        if isinstance(w, QGroupBox):
            texts.append(w.title())
        if isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            texts += _cells(w)
        out += [(name, t) for t in texts if t]
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            out.append(("menu", action.text()))
            if action.menu() is not None:
                out += [("menu", a.text()) for a in action.menu().actions() if a.text()]
    return out


def wrong_language(root: QWidget, lang: str, allowed: set[str] = frozenset()) -> list[str]:
    """Texts in the other language: Japanese characters in the English interface, English
    words in the Japanese one; ``allowed`` (resident data, proper names) is taken out first."""
    bad = []
    for where, text in shown_texts(root):
        rest = text
        for a in sorted({*allowed, *LANGUAGE_NAMES}, key=len, reverse=True):
            rest = rest.replace(a, "")
        if (JAPANESE if lang == "en" else ENGLISH_WORD).search(rest):
            bad.append(f"{where}: {text[:80]}")
    return sorted(set(bad))


def open_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]
