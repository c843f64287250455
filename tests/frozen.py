"""The frozen app (PyInstaller onedir), built once per test session from
``packaging/selfcheck.spec`` (about 30-50 s on two cores; PyInstaller's analysis cache in
``build/pyinstaller-tests`` makes a rebuild in a working copy faster). Set
``SELFCHECK_FROZEN_APP=dist/selfcheck`` to test an app that ``./dev package`` already built."""

from __future__ import annotations

import importlib.util
import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def build_frozen_app(dist: Path) -> Path:
    given = os.environ.get("SELFCHECK_FROZEN_APP")
    if given:
        return Path(given).resolve()
    spec = importlib.util.spec_from_file_location("selfcheck_freeze", ROOT / "packaging" / "freeze.py")
    freeze = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(freeze)
    return freeze.freeze(dist, ROOT / "build" / "pyinstaller-tests")


def run(cmd: list[str], home: Path, *, cwd: Path, timeout: float = 120, **kw) -> subprocess.CompletedProcess:
    env = {**os.environ, "SELFCHECK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=cwd, timeout=timeout, **kw)
