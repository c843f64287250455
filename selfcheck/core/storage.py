"""Can the app keep anything in its data folder? (No Qt.)

``problem(folder)`` writes and removes a small probe file: None when that works, else
``"not_writable"`` (read-only, no permission, not a folder) or ``"full"`` (no space left).
Callers then keep what they can in memory (the demo's data, the outbox) and the window says
what to do. ``is_full(error)`` recognises a full disk in an ``OSError`` or an SQLite error.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
from pathlib import Path

log = logging.getLogger(__name__)
NOT_WRITABLE, FULL = "not_writable", "full"
_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}


def is_full(error: BaseException) -> bool:
    if isinstance(error, OSError):
        return error.errno in _FULL
    if isinstance(error, sqlite3.Error):
        return getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or "full" in str(error)
    return False


def problem(folder: Path) -> str | None:
    probe = folder / f".write-probe-{os.getpid()}"
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        with open(probe, "wb") as f:
            f.write(b"\0" * 16384)  # a database needs a few pages, not one byte (no fsync: it runs
            f.flush()                  # before the first window; filesystems report ENOSPC on write)
    except OSError as e:
        return FULL if is_full(e) else NOT_WRITABLE
    finally:
        try:
            probe.unlink(missing_ok=True)
        except OSError as e:
            log.warning("could not remove the write probe: %s", type(e).__name__)
    return None
