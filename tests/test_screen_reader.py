"""What a screen reader hears: the app on a real X server (Xvfb) with Qt's AT-SPI bridge on,
read from a separate process (Debian's python3-pyatspi) on every screen of the resident flow.
Fails on any visible interactive control without a name, and on findings, errors or the
reference number that appear without being announced. ./dev and .ci/run install
xvfb, dbus-x11, at-spi2-core and python3-pyatspi."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.gui, pytest.mark.e2e]  # needs Qt; whole processes

ROOT = Path(__file__).resolve().parents[1]


def tour(tmp_path, *mode):
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "QT_ACCESSIBILITY")}
    env["SELFCHECK_HOME"] = str(tmp_path / "home")
    # never the user's own keyring (a Secret Service on this bus would be asked, and may prompt)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    r = subprocess.run(["dbus-run-session", "--", str(ROOT / "tests" / "support" / "atspi_session.sh"), sys.executable,
                        *mode], capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    lines = [x for x in r.stdout.splitlines() if x.startswith("{")]
    assert lines, f"no report; stderr: {r.stderr[-2000:]}"
    report = json.loads(lines[-1])
    assert "error" not in report, report.get("error")
    return report


def test_every_visible_control_has_a_name_for_screen_readers(tmp_path):
    report = tour(tmp_path)
    screens = report["screens"]
    assert list(screens) == ["sign_in", "overview", "detail", "flag", "flag_error", "check", "confirmation"]
    assert all(n >= 5 for n in screens.values()), f"too few controls seen: {screens}"
    assert report["unnamed"] == {s: [] for s in screens}
    assert report["exit"] == 0
    # what appears on its own is also said: findings, errors, the reference number
    said = report["announced"]
    assert any(x.startswith("Selfcheck found 2 things to look at.") for x in said), said
    assert "There is a problem: Choose what is wrong with this item." in said
    assert any(x.startswith("Correction request sent. Your reference number is SC-") for x in said), said
    assert "label: Correction request sent" in report["shown"]["confirmation"]
    # pages not on screen are not showing to the screen reader either
    for screen, names in report["shown"].items():
        if screen not in ("overview",):
            assert "tree: Linked items" not in names, screen


def test_the_counter_screens_are_named_and_announce_too(tmp_path):
    report = tour(tmp_path, "counter")
    screens = report["screens"]
    assert list(screens) == ["staff_sign_in", "counter", "resident_sign_in", "is_this_you", "overview",
                             "waiting_for_approval", "approval_error", "session_ended", "unlock"]
    assert all(n >= 4 for n in screens.values()), f"too few controls seen: {screens}"
    assert report["unnamed"] == {s: [] for s in screens}
    assert report["exit"] == 0
    said = report["announced"]
    assert any(x.startswith("Is this you? 山田 翔太") for x in said), said
    assert "There is a problem: Enter the approving staff member's password." in said
    assert "The session has ended. Nothing of that resident is left on this computer." in said
    shown = report["shown"]
    # the screen reader hears the state the screen shows: waiting for approval, not "sent"
    assert "label: Correction request taken: waiting for approval" in shown["waiting_for_approval"]
    assert "label: Correction request sent" not in shown["waiting_for_approval"]
    # and nothing of a page that is not on screen: not the resident's findings under the
    # approval screen, not the next resident's empty overview under the counter's screens
    for screen in ("staff_sign_in", "counter", "resident_sign_in", "is_this_you", "approval_error", "session_ended",
                   "unlock"):
        hidden = [n for n in shown[screen] if n.endswith((": Linked items", ": What Selfcheck found", ": Sections"))]
        assert hidden == [], (screen, hidden)
