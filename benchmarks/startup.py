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

from .common import compile_bytecode, median, seeded_db

# shows the window ``w`` of ``app`` and prints "paint MONOTONIC" at its first paint, then quits
_SHOW_UNTIL_PAINTED = r"""
from PySide6.QtCore import QObject, QEvent, QTimer
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            print("paint", time.monotonic(), flush=True)
            QTimer.singleShot(0, app.quit)
        return False
f = F(); w.installEventFilter(f); w.show(); app.exec()
"""

BARE = r"""
import sys, time
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
w = QLabel("Hello")
""" + _SHOW_UNTIL_PAINTED

# The first window's Qt without the app's Python: the same QApplication set-up (window icon,
# translator, text size, the style sheet), a main window with the app's five menus, and the
# sign-in form loaded from its .ui file. What this costs above the bare window is Qt's own work
# for such a window; what the app costs above this is its Python.
QT_FLOOR = r"""
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget, QVBoxLayout
from PySide6.QtCore import QTranslator, QLocale, QFile, QIODevice
from PySide6.QtGui import QAction, QKeySequence, QFont, QIcon
from PySide6.QtUiTools import QUiLoader
R = sys.argv[1]
app = QApplication(sys.argv[:1])
app.setWindowIcon(QIcon(R + "/resources/icons/selfcheck.svg"))
QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
tr = QTranslator(app); tr.load(R + "/resources/translations/selfcheck_ja.qm"); app.installTranslator(tr)
f = QFont(app.font()); f.setPointSizeF(app.font().pointSizeF() * 1.15); app.setFont(f)
qss = open(R + "/resources/styles/app.qss", encoding="utf-8").read()
app.setStyleSheet(qss.replace("@H1@", "15pt").replace("@REF@", "20pt").replace("@H2@", "12pt").replace("@ICONS@", R + "/resources/icons"))
w = QMainWindow(); central = QWidget(); QVBoxLayout(central).addWidget(stack := QStackedWidget()); w.setCentralWidget(central)
for m in ("&File", "&Demo", "D&isplay", "Language", "&Help"):
    menu = w.menuBar().addMenu(m)
    for i in range(2):
        a = QAction("x", w); a.setShortcut(QKeySequence("Ctrl+Shift+O")); menu.addAction(a)
page = QWidget(); form = QFile(R + "/ui/signin.ui"); form.open(QIODevice.OpenModeFlag.ReadOnly)
loader = QUiLoader(); loader.setTranslationEnabled(False); QVBoxLayout(page).addWidget(loader.load(form, page))
stack.addWidget(page)
w.resize(1100, 760)
""" + _SHOW_UNTIL_PAINTED


def _spawn(cmd: list[str], env: dict, marker: str) -> dict[str, float]:
    """Run once; every ``NAME MONOTONIC`` line it prints, and its exit ("exit"), in seconds from
    the spawn."""
    t0 = time.monotonic()
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
    t_exit = time.monotonic()
    stamps = {}
    for line in out.stdout.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] not in stamps:
            try:
                stamps[parts[0]] = float(parts[1]) - t0
            except ValueError:
                pass
    if marker not in stamps:
        raise RuntimeError(f"{cmd} printed no {marker}: {out.stderr[-500:]}")
    stamps["exit"] = t_exit - t0
    return stamps


def _demo_server_ready(home: Path, env: dict) -> dict[str, float]:
    """What the overview waits for in the demo: the mock API child from spawn to accepting
    requests, in steps (seconds from the spawn): its Python started, FastAPI, uvicorn and the API
    imported, its database opened (seeded at the first launch only), the app built, listening;
    then the first request answered."""
    import urllib.request

    from selfcheck.mockapi.child import command

    t0 = time.monotonic()
    with subprocess.Popen(command(home / ".local" / "share" / "selfcheck" / "demo" / "mock-api.sqlite3"),
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) as child:
        line = child.stdout.readline()
        ready = time.monotonic() - t0
        if not line.startswith(b"listening "):
            raise RuntimeError("the demo server did not start")
        with urllib.request.urlopen(f"http://127.0.0.1:{int(line.split()[1])}/v1/health", timeout=10) as r:
            r.read()
        first = time.monotonic() - t0
        child.stdin.close()
        err = child.stderr.read().decode()
        child.wait(10)
    steps = {parts[0]: float(parts[1]) - t0 for parts in (x.split() for x in err.splitlines())
             if len(parts) == 2 and parts[0] in ("python-started", "imported", "store-open", "app-built")}
    return {**steps, "listening": ready, "first-request": first}


def _python_and_qt(env: dict) -> tuple[float, float]:
    """A bare Python's start to its exit, and the same importing PySide6's widgets (seconds)."""
    def once(code: str) -> float:
        t0 = time.monotonic()
        subprocess.run([sys.executable, "-c", code], env=env, check=True)
        return time.monotonic() - t0

    return once("pass"), once("import PySide6.QtWidgets")


def run(runs: int = 11, frozen: Path | None = None) -> dict:
    """Medians of ``runs`` alternating runs: the bare window, the app to its first paint and to
    the overview (and the same for the frozen app when given); closing: from the window being
    closed to the event loop returning (the GUI thread) and to the process's exit."""
    compile_bytecode()  # as installed: the modules' bytecode is there, not compiled at each start
    home = Path(tempfile.mkdtemp(prefix="selfcheck-bench-home-"))
    # a user's own folders (platformdirs), with the demo's data already there as from the second launch on
    seeded_db(home / ".local" / "share" / "selfcheck" / "demo" / "mock-api.sqlite3")
    env = {k: v for k, v in os.environ.items() if k != "SELFCHECK_HOME" and not k.startswith("XDG_")}
    env.update({"QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "SELFCHECK_BENCH_PRINT": "1"})
    bare = [sys.executable, "-c", BARE]
    floor = [sys.executable, "-c", QT_FLOOR, str(Path(__file__).resolve().parents[1])]
    apps = {"venv": [sys.executable, "-m", "selfcheck"]}
    if frozen is not None:
        apps["frozen"] = [str(frozen / "selfcheck")]
    first = {k: [*v, "--demo", "--lang", "ja", "--exit-after", "first-paint"] for k, v in apps.items()}
    overview = {k: [*v, "--demo", "--lang", "ja", "--persona", "clean", "--exit-after", "overview"] for k, v in apps.items()}
    plan = [("bare", bare, "paint"), ("floor", floor, "paint")] + [(f"{k}_first", c, "paint") for k, c in first.items()] + \
           [(f"{k}_overview", c, "overview") for k, c in overview.items()]
    for _name, cmd, marker in plan:  # warm the OS caches
        _spawn(cmd, env, marker)
    got: dict[str, list[dict]] = {name: [] for name, _c, _m in plan}
    server, python = [], []
    for _ in range(runs):
        for name, cmd, marker in plan:
            got[name].append(_spawn(cmd, env, marker))
        server.append(_demo_server_ready(home, env))
        python.append(_python_and_qt(env))
    out = {"runs": runs, "bare": median([r["paint"] for r in got["bare"]]),
           "server_ready": median([r["listening"] for r in server]),
           "server_steps": {k: median([r[k] for r in server]) for k in server[0]},
           "qt_floor": median([r["paint"] for r in got["floor"]]),
           "python_start": median([p for p, _q in python]), "qt_import": median([q - p for p, q in python]),
           "bare_exit_after_paint": median([r["exit"] - r["paint"] for r in got["bare"]])}
    for k in apps:
        p = "" if k == "venv" else "frozen_"
        out[p + "first_paint"] = median([r["paint"] for r in got[f"{k}_first"]])
        out[p + "overview"] = median([r["overview"] for r in got[f"{k}_overview"]])
        out[p + "close_gui"] = median([r["exec-returned"] - r["closing"] for r in got[f"{k}_overview"]])
        out[p + "close_exit"] = median([r["exit"] - r["closing"] for r in got[f"{k}_overview"]])
        out[p + "close_exit_max"] = max(r["exit"] - r["closing"] for r in got[f"{k}_overview"])
    return out
