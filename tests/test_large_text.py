"""At 200 % text size nothing the resident reads is clipped: every visible label and button on
every screen gets at least the room its text needs (width, and height for wrapped text)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from selfcheck.gui.app import apply_style
from selfcheck.gui.preferences import Preferences

pytestmark = pytest.mark.gui  # needs Qt


def clipped(root: QWidget) -> list[str]:
    out = []
    for w in root.findChildren(QWidget):
        if not w.isVisible() or not isinstance(w, (QLabel, QAbstractButton)) or not w.text():
            continue
        if w.objectName().startswith("qt_") or w.width() <= 0:
            continue
        hint = w.minimumSizeHint()
        if isinstance(w, QLabel) and w.wordWrap():
            need_h = w.heightForWidth(w.width())
            if need_h > w.height() + 1:
                out.append(f"{w.objectName()}: {w.height()} < {need_h} px high for {w.text()[:40]!r}")
        elif w.width() + 1 < hint.width() or w.height() + 1 < hint.height():
            out.append(f"{w.objectName()}: {w.width()}x{w.height()} < {hint.width()}x{hint.height()} for {w.text()[:40]!r}")
    return out


@pytest.mark.parametrize("how", ["setting", "system"])
def test_nothing_is_clipped_at_200_percent_on_any_screen(qtbot, window, sign_in, app_language, how):
    """``setting``: Display → Large text. ``system``: the desktop's own text scaling at 200 %, which
    reaches Qt as a default font twice as large (the app then adds its usual 15 %)."""
    w = window
    app = QApplication.instance()
    prefs = Preferences.current()
    base = prefs.base_point_size
    try:
        if how == "setting":
            w.largeTextAction.trigger()
        else:
            prefs.base_point_size = base * 2
            apply_style(app, False, False)
        w.resize(1280, 900)
        problems = {}

        def look(name):
            app.processEvents()
            problems[name] = clipped(w)

        look("sign_in")
        sign_in(w, "child-parent-account")
        look("overview")
        w.open_detail(w.home.current_link())
        look("detail")
        w.start_flag(w.home.current_link())
        look("flag")
        w.flag.radios[next(iter(w.flag.radios))].setChecked(True)
        w.save_flag(w.flag.reason(), "")
        w.review()
        look("check")
        with qtbot.waitSignal(w.confirmationShown, timeout=15000):
            qtbot.mouseClick(w.check.ui.sendButton, Qt.MouseButton.LeftButton)
        look("confirmation")
        assert all(v == [] for v in problems.values()), problems
        assert app.font().pointSizeF() >= base * 2, "the text really is twice as large"
    finally:
        prefs.base_point_size = base
        apply_style(app, False, False)


def test_the_check_sees_clipping(qtbot):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    label = QLabel("A long sentence that needs several lines when the label is narrow " * 3)
    label.setWordWrap(True)
    label.setObjectName("squeezed")
    label.setFixedSize(120, 20)
    button = QPushButton("A button with a long text")
    button.setObjectName("narrow")
    button.setFixedWidth(40)
    layout.addWidget(label)
    layout.addWidget(button)
    root.show()
    qtbot.waitExposed(root)
    found = " ".join(clipped(root))
    assert "squeezed" in found and "narrow" in found
