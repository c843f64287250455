"""Supporting documents for a correction request: a photo or PDF of a passbook page or a
certificate. Checked by content (the file's first bytes), never by its name."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

MAX_BYTES = 5 * 1024 * 1024
MAX_FILES = 3
_SIGNATURES = ((b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"), (b"%PDF-", "application/pdf"))


class AttachmentProblem(str, Enum):
    TOO_LARGE = "too_large"
    WRONG_TYPE = "wrong_type"
    UNREADABLE = "unreadable"
    EMPTY = "empty"
    TOO_MANY = "too_many"


@dataclass(frozen=True)
class AttachmentFile:
    """A checked document, as the API takes it (``data`` is base64)."""

    filename: str
    media_type: str
    data: str


def media_type(data: bytes) -> str | None:
    return next((kind for sig, kind in _SIGNATURES if data.startswith(sig)), None)


def check_bytes(data: bytes) -> tuple[str | None, AttachmentProblem | None]:
    if not data:
        return None, AttachmentProblem.EMPTY
    if len(data) > MAX_BYTES:
        return None, AttachmentProblem.TOO_LARGE
    kind = media_type(data)
    if kind is None:
        return None, AttachmentProblem.WRONG_TYPE
    return kind, None


def read(path: str | Path) -> tuple[AttachmentFile | None, AttachmentProblem | None]:
    """Read and check a file (blocking: call from a worker). Returns the attachment as the API
    takes it, or the problem."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:  # do not read a 2 GB video to refuse it
            return None, AttachmentProblem.TOO_LARGE
        data = p.read_bytes()
    except OSError:
        return None, AttachmentProblem.UNREADABLE
    kind, problem = check_bytes(data)
    if problem:
        return None, problem
    return AttachmentFile(p.name[-200:], kind, base64.b64encode(data).decode("ascii")), None
