"""Every control has an accessible name; mnemonics are unique on each screen."""

from __future__ import annotations

from collections import Counter

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QLabel, QLineEdit, QPlainTextEdit,
                               QTabBar, QTabWidget, QWidget)

pytestmark = pytest.mark.gui  # needs Qt

CONTROLS = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractItemView, QTabWidget)


def unnamed_controls(root: QWidget) -> list[str]:
    """Controls a user can reach (focusable, or a button) in the window, without a name.
    Qt's own parts (``qt_*`` names, tab scroll arrows) and non-focusable header views,
    which Qt exposes as column headers, are left to Qt."""
    out = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, CONTROLS) or w.window() is not root or w.objectName().startswith("qt_"):
            continue
        reachable = isinstance(w, QAbstractButton) or w.focusPolicy() != Qt.FocusPolicy.NoFocus
        if isinstance(w, QAbstractButton) and isinstance(w.parent(), QTabBar):
            continue
        if reachable and not w.accessibleName().strip():
            out.append(f"{type(w).__name__} {w.objectName()!r} in {w.parent().objectName()!r}")
    return out


def test_every_control_on_every_screen_has_an_accessible_name(qtbot, window, sign_in):
    w = window
    sign_in(w, "child-parent-account")
    w.open_detail(w.home.current_link())
    w.start_flag(w.home.current_link())
    assert unnamed_controls(w) == []


def _sample_request():
    from datetime import date, datetime, timezone

    from selfcheck.core import schema as s

    return s.CorrectionRequest(id="R1", reference="SC-2026-0000-0001", created_at=datetime.now(timezone.utc),
                               status=s.RequestStatus.RECEIVED, items=[], history=[], expected_reply_by=date(2026, 12, 11))


def visible_mnemonics(page: QWidget) -> list[str]:
    keys = []
    for w in page.findChildren(QWidget):
        if not w.isVisible():
            continue
        if isinstance(w, QAbstractButton) and not w.shortcut().isEmpty():
            keys.append(w.shortcut().toString())
        elif isinstance(w, QLabel) and w.buddy() is not None:
            keys.append(QKeySequence.mnemonic(w.text()).toString())
        elif isinstance(w, QTabBar):
            keys += [QKeySequence.mnemonic(w.tabText(i)).toString() for i in range(w.count())]
    return [k for k in keys if k]


@pytest.mark.parametrize("demo", [False, True], ids=["api", "demo"])
def test_mnemonics_are_unique_on_each_screen(qtbot, make_window, api, sign_in, demo):
    from selfcheck.core.backend import Backend
    from selfcheck.mockapi.child import command

    w = make_window(Backend(demo=True, demo_server=command) if demo else Backend(api_url=api.url))
    menus = [QKeySequence.mnemonic(a.text()).toString() for a in w.menuBar().actions()]
    seen = {}
    def flag_and_review():
        w.flag.radios[next(iter(w.flag.radios))].setChecked(True)
        w.save_flag(w.flag.reason(), "")
        w.review()

    def log_tab():
        w.back_to_overview()
        w.home.ui.tabs.setCurrentIndex(w.home.LOG)

    for step, action in (("sign_in", lambda: None), ("overview", lambda: sign_in(w, "child-parent-account")),
                         ("detail", lambda: w.open_detail(w.home.current_link())),
                         ("flag", lambda: w.start_flag(w.home.current_link())),
                         ("check", flag_and_review), ("overview_log", log_tab),
                         ("confirmation", lambda: (w.confirmation.set_request(_sample_request()),
                                                   w.stack.setCurrentWidget(w.confirmation)))):
        action()
        page = w.stack.currentWidget()
        keys = visible_mnemonics(page) + menus
        seen[step] = keys
        dupes = [k for k, n in Counter(keys).items() if n > 1]
        assert dupes == [], f"{step}: {dupes}"
    assert "Alt+S" in seen["sign_in"] and "Alt+V" in seen["overview"]
