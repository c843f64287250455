"""Build hook: compile the Qt Linguist translations (.ts) into .qm at build/install time.

The .qm files are build products (git ignores them). They are written beside the .ts files
so that an editable install and the wheel (which packs ``resources/``) both carry them.
lrelease comes from the PySide6 wheel in the build environment.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def find_lrelease() -> str:
    try:
        import PySide6  # noqa: PLC0415 - only the build needs it

        exe = Path(PySide6.__file__).parent / "lrelease"
        if exe.exists():
            return str(exe)
    except ImportError:
        pass
    exe = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if not exe:
        raise RuntimeError("lrelease not found: install PySide6-Essentials into the build environment")
    return exe


def compile_translations(root: Path) -> list[Path]:
    lrelease = find_lrelease()
    out = []
    for ts in sorted((root / "resources" / "translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        out.append(qm)
    return out


class CustomBuildHook(BuildHookInterface):
    def initialize(self, version: str, build_data: dict) -> None:
        compile_translations(Path(self.root))


if __name__ == "__main__":  # compile by hand after editing a .ts: python tools/hatch_build.py
    for qm in compile_translations(Path(__file__).resolve().parents[1]):
        print(qm)
