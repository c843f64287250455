"""Drive the GUI as a user would: keys and clicks, and wait on what the user would see."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type any text. ``qtbot.keyClicks`` aborts Qt on non-ASCII, so each character is its
    own key press carrying the character as text, as an input method delivers it."""
    widget.setFocus()
    for ch in text:
        if ch.isascii() and ch.isprintable():
            qtbot.keyClick(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def press(qtbot, key: Qt.Key, widget: QWidget | None = None, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    target = widget or QApplication.focusWidget()
    assert target is not None, "nothing has keyboard focus"
    qtbot.keyClick(target, key, modifier)


def alt(qtbot, letter: str) -> None:
    """Press Alt+letter where the keyboard focus is: a button's mnemonic (&Letter)."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has keyboard focus"
    qtbot.keyClick(target, getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)


def tab_to(qtbot, window: QWidget, target: QWidget, limit: int = 60) -> None:
    """Press Tab until ``target`` has focus, as a keyboard user would."""
    for _ in range(limit):
        if target.hasFocus():
            return
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName()}")


def visible_texts(root: QWidget) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit

    out = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):
            continue
        if isinstance(w, (QLabel, QAbstractButton)):
            out.append(w.text())
        elif isinstance(w, QLineEdit):
            out.append(w.text())
    return out


def model_texts(model, parent=None) -> list[str]:
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    out = []
    for r in range(model.rowCount(parent)):
        for c in range(model.columnCount(parent)):
            v = model.data(model.index(r, c, parent))
            if v:
                out.append(str(v))
        idx = model.index(r, 0, parent)
        if model.rowCount(idx):
            out.extend(model_texts(model, idx))
    return out
