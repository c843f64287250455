"""Where the forms (``ui/``) and resources (``resources/``) are.

In a wheel they are packed inside the package as ``selfcheck/_data/{ui,resources}``
(see ``pyproject.toml``); in a source checkout (editable install, tests) they are at the
top of the repository. One function decides, so no caller guesses.
"""

from __future__ import annotations

import logging
import os
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[1]  # selfcheck/, a plain directory in every install we make


@cache
def data_root() -> Path:
    packed = _PACKAGE / "_data"
    if packed.is_dir():
        return packed
    repo = _PACKAGE.parent
    if (repo / "resources").is_dir() and (repo / "ui").is_dir():
        return repo
    raise FileNotFoundError("selfcheck's resources are missing: reinstall the package")


def resource(*parts: str) -> Path:
    return data_root().joinpath("resources", *parts)


def form(name: str) -> Path:
    return data_root().joinpath("ui", name)


def user_data_dir() -> Path:
    """Per-user writable folder; ``SELFCHECK_HOME`` overrides it (tests, kiosks)."""
    base = os.environ.get("SELFCHECK_HOME")
    if base:
        p = Path(base)
    else:
        xdg = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        p = Path(xdg) / "selfcheck"
    try:
        p.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as e:  # core.storage.problem() tells the resident; the app runs in memory
        logging.getLogger(__name__).warning("the data folder cannot be made: %s", type(e).__name__)
    return p
