"""Cold start, whole process, against a bare PySide6 program in the same run (issue 6, items 1-2).

Each run spawns a new process and takes the time from spawn until the process reports the
moment (first paint of its window; the overview filled). Runs of the app and of the bare
program alternate, so both see the same machine; the medians are compared.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .common import median, seeded_db

BARE = r"""
import sys, time
from PySide6.QtWidgets import QApplication, QLabel
from PySide6.QtCore import QObject, QEvent, QTimer
app = QApplication(sys.argv)
w = QLabel("Hello")
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            print("paint", time.monotonic(), flush=True)
            QTimer.singleShot(0, app.quit)
        return False
f = F(); w.installEventFilter(f); w.show(); app.exec()
"""


def _spawn(cmd: list[str], env: dict, marker: str) -> float:
    t0 = time.monotonic()
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
    stamps = [float(line.split()[1]) for line in out.stdout.splitlines() if line.startswith(marker)]
    if not stamps:
        raise RuntimeError(f"{cmd} printed no {marker}: {out.stderr[-500:]}")
    return stamps[0] - t0


def run(runs: int = 11) -> dict:
    home = Path(tempfile.mkdtemp(prefix="selfcheck-bench-home-"))
    seeded_db(home / "demo" / "mock-api.sqlite3")  # the demo's data already there, as from the second launch on
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SELFCHECK_HOME": str(home), "SELFCHECK_BENCH_PRINT": "1"}
    bare = [sys.executable, "-c", BARE]
    first = [sys.executable, "-m", "selfcheck", "--demo", "--lang", "ja", "--exit-after", "first-paint"]
    overview = [sys.executable, "-m", "selfcheck", "--demo", "--lang", "ja", "--persona", "clean", "--exit-after", "overview"]
    for cmd, marker in ((bare, "paint"), (first, "paint"), (overview, "overview")):  # warm the OS caches
        _spawn(cmd, env, marker)
    b, f, o = [], [], []
    for _ in range(runs):
        b.append(_spawn(bare, env, "paint"))
        f.append(_spawn(first, env, "paint"))
        o.append(_spawn(overview, env, "overview"))
    return {"bare": median(b), "first_paint": median(f), "overview": median(o), "runs": runs}
