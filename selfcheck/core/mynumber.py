"""The 12-digit individual number (My Number): normalising, check digit, masking."""

from __future__ import annotations

import re
import unicodedata

_WEIGHTS = (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―ー－]")
TWELVE_DIGITS = re.compile(r"(?<!\d)\d{12}(?!\d)")


def normalise(text: str) -> str:
    """Full-width digits to ASCII (NFKC); spaces and hyphens dropped."""
    return _SEPARATORS.sub("", unicodedata.normalize("NFKC", text or ""))


def check_digit(first11: str) -> int:
    if len(first11) != 11 or not first11.isascii() or not first11.isdigit():
        raise ValueError("need exactly 11 digits")
    r = sum(int(d) * w for d, w in zip(first11, _WEIGHTS)) % 11
    return 0 if r <= 1 else 11 - r


class NumberProblem:
    """Why a typed number is not usable; the GUI turns each into a message."""

    EMPTY = "empty"
    NOT_DIGITS = "not_digits"
    WRONG_LENGTH = "wrong_length"
    CHECK_DIGIT = "check_digit"


def validate(text: str) -> tuple[str | None, str | None]:
    """Return (normalised number, None) or (None, NumberProblem code)."""
    n = normalise(text)
    if not n:
        return None, NumberProblem.EMPTY
    if not (n.isascii() and n.isdigit()):
        return None, NumberProblem.NOT_DIGITS
    if len(n) != 12:
        return None, NumberProblem.WRONG_LENGTH
    if check_digit(n[:11]) != int(n[11]):
        return None, NumberProblem.CHECK_DIGIT
    return n, None


def is_valid(text: str) -> bool:
    return validate(text)[1] is None


def mask(number: str) -> str:
    """Show only the last 4 digits: ``•••• •••• 9018``."""
    n = normalise(number)
    last4 = n[-4:] if len(n) >= 4 else n
    return f"•••• •••• {last4}"


def group(number: str) -> str:
    """Full number in groups of four, for when the user reveals it."""
    n = normalise(number)
    return " ".join(n[i : i + 4] for i in range(0, len(n), 4))


def redact(text: str) -> str:
    """Replace anything that looks like a My Number (12 digits, maybe spaced) in free text."""
    text = TWELVE_DIGITS.sub("[number]", text)
    return re.sub(r"(?<!\d)\d{4}[ -]\d{4}[ -]\d{4}(?!\d)", "[number]", text)


def make_valid(first11: str) -> str:
    return first11 + str(check_digit(first11))
