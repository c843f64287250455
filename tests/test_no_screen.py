"""The installed app started where there is no screen (an SSH session, a service, a terminal
without a desktop): it says so in the user's language and what to do, instead of Qt's abort
("no Qt platform plugin could be initialized. Reinstalling the application may fix this
problem", exit by SIGABRT), and starts no demo server (outside review of issue 17)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = [pytest.mark.gui, pytest.mark.e2e,
              pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="X11 or Wayland only")]

SCREEN = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE")


@pytest.mark.parametrize(("lang", "words"), [("en", "no screen"), ("ja", "画面")])
def test_without_a_screen_the_app_says_so_and_starts_nothing(tmp_path, lang, words):
    env = {k: v for k, v in os.environ.items() if k not in SCREEN}
    env["SELFCHECK_HOME"] = str(tmp_path / "home")
    r = subprocess.run([sys.executable, "-m", "selfcheck", "--demo", "--lang", lang], capture_output=True, text=True,
                       env=env, cwd=tmp_path, timeout=120)
    assert r.returncode == 2, (r.returncode, r.stderr[-1500:])
    assert words in r.stderr and "QT_QPA_PLATFORM=offscreen" in r.stderr, r.stderr
    assert "Reinstalling" not in r.stderr
    assert not (tmp_path / "home" / "demo").exists(), "a demo server was started for a window that cannot open"
