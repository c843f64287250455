"""Build the frozen app from ``selfcheck.spec`` with PyInstaller: one function for
``./dev package``, the tests (``tests/frozen.py``) and the benchmarks.

    python packaging/freeze.py DISTDIR [WORKDIR]      -> DISTDIR/selfcheck/selfcheck

Compiles the translations and renders the icons first, as the spec needs them.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def freeze(dist: Path, work: Path | None = None) -> Path:
    py = sys.executable
    subprocess.run([py, str(ROOT / "tools" / "hatch_build.py")], check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    subprocess.run([py, str(HERE / "render_icons.py"), str(ROOT / "build" / "icons")], check=True,
                   stdout=subprocess.DEVNULL, cwd=ROOT)
    r = subprocess.run([py, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", str(dist),
                        "--workpath", str(work or ROOT / "build" / "pyinstaller"), str(HERE / "selfcheck.spec")],
                       cwd=ROOT, capture_output=True, text=True, timeout=1800)
    if r.returncode != 0:
        raise RuntimeError(f"PyInstaller failed:\n{r.stderr[-3000:]}")
    return dist / "selfcheck"


if __name__ == "__main__":
    print(freeze(Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve() if len(sys.argv) > 2 else None))
