"""Build hook: compile the Qt Linguist translations (.ts) into .qm at build/install time.

The .qm files are build products (git ignores them). They are written beside the .ts files
so that an editable install and the wheel both carry them. For a wheel the hook also packs
the forms and resources the app reads at run time (``tools/runtime_files.py``) into
``selfcheck/_data``.
lrelease comes from the PySide6 wheel in the build environment. Without Qt (installing only
the core: ``pip install --no-build-isolation -e '.[mock-api,test]'`` in a venv without PySide6)
there is nothing to compile the translations for, and the hook says so and goes on.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def find_lrelease() -> str | None:
    try:
        import PySide6  # noqa: PLC0415 - only the build needs it

        exe = Path(PySide6.__file__).parent / "lrelease"
        if exe.exists():
            return str(exe)
    except ImportError:
        pass
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compile_translations(root: Path) -> list[Path]:
    lrelease = find_lrelease()
    out: list[Path] = []
    if lrelease is None:
        print("selfcheck build: no Qt (lrelease) here, so the translations are not compiled; "
              "the desktop app needs them: install selfcheck[gui] into the build environment", file=sys.stderr)
        return out
    for ts in sorted((root / "resources" / "translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        out.append(qm)
    return out


def _runtime_files(root: Path) -> dict:
    """``tools/runtime_files.py`` (beside this file, not an importable package)."""
    spec = importlib.util.spec_from_file_location("selfcheck_runtime_files", root / "tools" / "runtime_files.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.runtime_files(root)


class CustomBuildHook(BuildHookInterface):
    def initialize(self, version: str, build_data: dict) -> None:
        root = Path(self.root)
        compile_translations(root)
        if self.target_name == "wheel" and version != "editable":  # an editable install reads the repo
            for src, dest in _runtime_files(root).items():
                build_data["force_include"][str(src)] = str(dest)


if __name__ == "__main__":  # compile by hand after editing a .ts: python tools/hatch_build.py
    for qm in compile_translations(Path(__file__).resolve().parents[1]):
        print(qm)
