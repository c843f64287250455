"""The card's 4-digit PIN (暗証番号)."""

from __future__ import annotations

import unicodedata


class PinProblem:
    EMPTY = "empty"
    FORMAT = "format"


def validate(text: str) -> tuple[str | None, str | None]:
    p = unicodedata.normalize("NFKC", text or "").strip()
    if not p:
        return None, PinProblem.EMPTY
    if len(p) != 4 or not (p.isascii() and p.isdigit()):
        return None, PinProblem.FORMAT
    return p, None
