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


def _digits_of(ch: str) -> str | None:
    """The ASCII digits a character stands for once normalised as ``validate`` does (a
    full-width ５ is "5", a circled ⑫ is "12"), "" for a separator ``validate`` drops, None for
    anything else."""
    n = unicodedata.normalize("NFKC", ch)
    if n and n.isascii() and n.isdigit():
        return n
    if n and not _SEPARATORS.sub("", n):
        return ""
    return None


def redact(text: str) -> str:
    """Replace anything that could be a My Number in free text with ``[number]``.

    The one redactor, built from the validator's own rules: a run of characters that are digits
    or separators *after the normalisation ``validate`` applies* is redacted when it holds 12
    digits or more. So every string ``validate`` accepts, in any width and with any of its
    separators, comes out redacted (a property test checks it), and so do longer digit runs."""
    out: list[str] = []
    run: list[str] = []
    digits = 0

    def flush() -> None:
        nonlocal digits
        if digits >= 12:  # keep the separators at its edges (the spaces around a number)
            first = next(i for i, c in enumerate(run) if _digits_of(c))
            last = max(i for i, c in enumerate(run) if _digits_of(c))
            out.extend(run[:first] + ["[number]"] + run[last + 1:])
        else:
            out.extend(run)
        run.clear()
        digits = 0

    for ch in text or "":
        d = _digits_of(ch)
        if d is None:
            flush()
            out.append(ch)
        else:
            run.append(ch)
            digits += len(d)
    flush()
    return "".join(out)


def make_valid(first11: str) -> str:
    return first11 + str(check_digit(first11))
