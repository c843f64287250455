"""Supporting documents for a correction request: a photo or PDF of a passbook page or a
certificate. Checked by content, never by name, and the same way in the app and the service:

- at most ``MAX_BYTES``; a file's size is looked at (``fstat``) before anything is read, and
  the read itself stops at ``MAX_BYTES + 1`` bytes whatever the size said;
- regular files only: a device such as ``/dev/zero``, a FIFO, a socket or a folder is refused
  (opened non-blocking, so a FIFO with no writer cannot hang the worker);
- a PDF must parse (pypdf finds its pages); a PNG or JPEG must decode (Pillow), and its pixel
  count must be at most ``MAX_PIXELS``, checked from the header before any pixel is decoded,
  so a small file that would unpack into gigabytes (a decompression bomb) is refused.
"""

from __future__ import annotations

import base64
import io
import os
import stat
import warnings
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

MAX_BYTES = 5 * 1024 * 1024
MAX_FILES = 3
MAX_PIXELS = 40_000_000  # a 48-megapixel phone photo would be refused; 40 MP is a scanned A4 at 600 dpi
_SIGNATURES = ((b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"), (b"%PDF-", "application/pdf"))
_PIL_FORMATS = {"image/png": "PNG", "image/jpeg": "JPEG"}


class AttachmentProblem(str, Enum):
    TOO_LARGE = "too_large"
    WRONG_TYPE = "wrong_type"
    UNREADABLE = "unreadable"
    EMPTY = "empty"
    TOO_MANY = "too_many"
    NOT_A_FILE = "not_a_file"
    DAMAGED = "damaged"
    TOO_MANY_PIXELS = "too_many_pixels"


@dataclass(frozen=True)
class AttachmentFile:
    """A checked document, as the API takes it (``data`` is base64)."""

    filename: str
    media_type: str
    data: str


def media_type(data: bytes) -> str | None:
    return next((kind for sig, kind in _SIGNATURES if data.startswith(sig)), None)


def _pdf_parses(data: bytes) -> bool:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # pypdf warns about repairable details; only failure counts
            reader = PdfReader(io.BytesIO(data), strict=False)
            return len(reader.pages) >= 1
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError,
            RecursionError, AssertionError, ZeroDivisionError):
        return False


def _image_decodes(data: bytes, kind: str) -> bool | None:
    """True if the image decodes, False if not, None if it has too many pixels."""
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=[_PIL_FORMATS[kind]]) as im:
                width, height = im.size
                if width <= 0 or height <= 0:
                    return False
                if width * height > MAX_PIXELS:
                    return None
                im.load()  # decodes every pixel: a truncated or corrupt file fails here
        return True
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return None
    except (OSError, ValueError, SyntaxError, EOFError, MemoryError):
        return False


def check_bytes(data: bytes) -> tuple[str | None, AttachmentProblem | None]:
    """(media type, None) for a usable document, else (None, the problem)."""
    if not data:
        return None, AttachmentProblem.EMPTY
    if len(data) > MAX_BYTES:
        return None, AttachmentProblem.TOO_LARGE
    kind = media_type(data)
    if kind is None:
        return None, AttachmentProblem.WRONG_TYPE
    if kind == "application/pdf":
        return (kind, None) if _pdf_parses(data) else (None, AttachmentProblem.DAMAGED)
    decoded = _image_decodes(data, kind)
    if decoded is None:
        return None, AttachmentProblem.TOO_MANY_PIXELS
    return (kind, None) if decoded else (None, AttachmentProblem.DAMAGED)


def read_bounded(path: str | Path, limit: int = MAX_BYTES) -> tuple[bytes | None, AttachmentProblem | None]:
    """The bytes of a regular file of at most ``limit`` bytes, or the problem. Never blocks on a
    FIFO, never reads more than ``limit + 1`` bytes."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None, AttachmentProblem.UNREADABLE
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            return None, AttachmentProblem.NOT_A_FILE
        if st.st_size > limit:  # do not read a 2 GB video to refuse it
            return None, AttachmentProblem.TOO_LARGE
        chunks, total = [], 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:  # the file grew while we read it
            return None, AttachmentProblem.TOO_LARGE
        return b"".join(chunks), None
    except OSError:
        return None, AttachmentProblem.UNREADABLE
    finally:
        os.close(fd)


def read(path: str | Path) -> tuple[AttachmentFile | None, AttachmentProblem | None]:
    """Read and check a file (blocking: call from a worker). Returns the attachment as the API
    takes it, or the problem."""
    p = Path(path)
    data, problem = read_bounded(p)
    if problem:
        return None, problem
    kind, problem = check_bytes(data)
    if problem:
        return None, problem
    return AttachmentFile(p.name[-200:], kind, base64.b64encode(data).decode("ascii")), None
