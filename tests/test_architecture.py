"""The core never imports Qt; the GUI package is the only one that does."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "selfcheck"


def test_no_module_outside_gui_imports_pyside6():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "gui" in path.relative_to(PACKAGE).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] in ("PySide6", "shiboken6") for n in names):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []


def test_core_and_mock_api_run_without_qt_loaded():
    code = ("import sys, importlib, pkgutil, selfcheck.core, selfcheck.mockapi\n"
            "for pkg in (selfcheck.core, selfcheck.mockapi):\n"
            "    for m in pkgutil.iter_modules(pkg.__path__):\n"
            "        importlib.import_module(pkg.__name__ + '.' + m.name)\n"
            "from selfcheck.mockapi.store import persona_summaries; persona_summaries()\n"
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
            "assert not bad, bad\n")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_first_window_does_not_import_the_network_stack():
    """What the first screen does not use is not imported before it shows."""
    code = ("import sys, os\nos.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
            "from selfcheck.gui.app import create_app\nfrom selfcheck.core.backend import Backend\n"
            "from selfcheck.gui.main_window import MainWindow\n"
            "app = create_app()\nw = MainWindow(Backend(demo=True))\nw.show()\n"
            "heavy = [m for m in ('requests', 'fastapi', 'uvicorn', 'starlette', 'urllib3', 'pydantic') if m in sys.modules]\n"
            "assert not heavy, heavy\n")
    subprocess.run([sys.executable, "-c", code], check=True)
