"""Where the forms (``ui/``) and resources (``resources/``) are, and the user's folders.

Resources: in a wheel and in the frozen app they are packed inside the package as
``selfcheck/_data/{ui,resources}`` (see ``pyproject.toml`` and ``packaging/selfcheck.spec``)
and found with ``importlib.resources``; in a source checkout (editable install, tests) they
are at the top of the repository. One function decides, so no caller guesses.

Folders: each platform's own layout through platformdirs (Linux: XDG ``~/.local/share``,
``~/.config``, ``~/.local/state``; Windows: ``%LOCALAPPDATA%``; macOS: ``~/Library/...``).
``SELFCHECK_HOME`` puts all three in one folder (tests, kiosks, counters).
"""

from __future__ import annotations

import logging
import os
from functools import cache
from importlib import resources as _res
from pathlib import Path

APP = "selfcheck"


@cache
def data_root() -> Path:
    # Qt opens files by name, so the package must be a real folder: it is in every install we
    # make (wheel, editable, PyInstaller onedir); a zipped install is not supported.
    package = _res.files(APP)
    packed = package / "_data"
    if packed.is_dir() and isinstance(packed, Path):
        return packed
    repo = Path(str(package)).parent
    if (repo / "resources").is_dir() and (repo / "ui").is_dir():
        return repo
    raise FileNotFoundError("selfcheck's resources are missing: reinstall the package")


def resource(*parts: str) -> Path:
    return data_root().joinpath("resources", *parts)


def form(name: str) -> Path:
    return data_root().joinpath("ui", name)


def _folder(kind: str) -> Path:
    base = os.environ.get("SELFCHECK_HOME")
    if base:
        p = Path(base)
    else:
        import platformdirs

        # appauthor=False: no "Selfcheck\\selfcheck" double folder on Windows
        p = Path(getattr(platformdirs, f"user_{kind}_dir")(APP, appauthor=False))
    try:
        p.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as e:  # core.storage.problem() tells the resident; the app runs in memory
        logging.getLogger(__name__).warning("the %s folder cannot be made: %s", kind, type(e).__name__)
    return p


def user_data_dir() -> Path:
    """Per-user writable data (outbox, the demo's database)."""
    return _folder("data")


def user_config_dir() -> Path:
    """Per-user settings (``settings.ini``). Settings kept by older versions beside the data
    are moved here once."""
    p = _folder("config")
    old, new = user_data_dir() / "settings.ini", p / "settings.ini"
    if old != new and old.exists() and not new.exists():
        old.replace(new)
    return p


def user_log_dir() -> Path:
    """Per-user log folder (``selfcheck.log``)."""
    return _folder("log")
