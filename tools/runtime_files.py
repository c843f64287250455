"""Which files of ``ui/`` and ``resources/`` the app reads at run time, and where they go
inside the package (``selfcheck/_data/...``). One list for the wheel (``tools/hatch_build.py``)
and the frozen app (``packaging/selfcheck.spec``), so both carry only what runs.

Left out: translation sources (``.ts``; their compiled ``.qm`` go in) and the committed
OpenAPI document (the mock API makes its own; the file is for readers and a test).
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

NOT_AT_RUN_TIME = ("*.ts", "openapi.json")


def runtime_files(root: Path) -> dict[Path, PurePosixPath]:
    """{file in the repo: its path inside the installed package}."""
    out = {}
    for top in ("ui", "resources"):
        for f in sorted((root / top).rglob("*")):
            if not f.is_file() or "__pycache__" in f.parts or any(f.match(p) for p in NOT_AT_RUN_TIME):
                continue
            out[f] = PurePosixPath("selfcheck", "_data", *f.relative_to(root).parts)
    return out
