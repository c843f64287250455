"""Shared helpers for the benchmarks: machine description, medians, a fresh seeded database."""

from __future__ import annotations

import contextlib
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path


def machine() -> str:
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    mem = ""
    try:
        with open("/proc/meminfo") as f:
            kb = int(next(line.split()[1] for line in f if line.startswith("MemTotal")))
        mem = f", {kb / 2**20:.0f} GiB"
    except (OSError, StopIteration):
        pass
    try:
        from PySide6 import __version__ as qt
    except ImportError:  # the core's benchmarks run without Qt
        qt = "not installed"

    return (f"{cpu}, {os.cpu_count()} cores{mem}, Python {platform.python_version()}, PySide6 {qt}, "
            f"{platform.system()} {platform.release()}, Qt platform offscreen")


def compile_bytecode() -> Path:
    """Compile the package's modules to bytecode, as an installed wheel (pip compiles at install)
    and the frozen app have them. A development checkout run with PYTHONDONTWRITEBYTECODE (or
    from a read-only tree) would otherwise compile every module on every start: 30-50 ms of the
    start-up measured, which no resident's install pays."""
    import compileall

    package = Path(__file__).resolve().parents[1] / "selfcheck"
    if not compileall.compile_dir(str(package), quiet=2, workers=1):
        raise RuntimeError(f"could not compile {package}")
    return package


def median(xs: list[float]) -> float:
    return statistics.median(xs)


def p99(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(0.99 * (len(xs) - 1))))]


_TEMPLATE: Path | None = None


def seeded_db(where: Path) -> Path:
    """A copy of a freshly seeded mock database (seeded once per run)."""
    global _TEMPLATE
    from selfcheck.mockapi.store import Store, copy_database

    if _TEMPLATE is None:
        _TEMPLATE = Path(tempfile.mkdtemp(prefix="selfcheck-bench-")) / "template.sqlite3"
        Store(_TEMPLATE).close()
    where.parent.mkdir(parents=True, exist_ok=True)
    copy_database(_TEMPLATE, where)
    return where


def add_resident(db: Path, rid: str, number: str, pin: str, links: int, log: int) -> None:
    """Add a synthetic resident (for the 100,000-entry access log) to a seeded database."""
    from selfcheck.mockapi.store import Store, load_personas

    base = next(r for r in load_personas() if r["id"] == "stress")
    st = Store(db)
    try:
        st.db.execute("BEGIN")
        st._seed_resident({**base, "id": rid, "number": number, "pin": pin, "persona": False, "links": base["links"],
                           "access_log": [], "generate": {"links": links, "access_log": log}})
        st.db.execute("COMMIT")
    finally:
        st.close()


def issue_certificate(db: Path, number: str, public_key_pem: bytes) -> tuple[bytes, bytes]:
    """(certificate, CA certificate) from the database's demo JPKI CA for a card of the resident
    with this number (made here, before the server starts)."""
    from selfcheck.mockapi.jpki import Jpki
    from selfcheck.mockapi.store import Store

    st = Store(db)
    try:
        return Jpki(st).issue_for_resident(st.resident_id_for(number), public_key_pem)
    finally:
        st.close()


def issue_card(db: Path, number: str, pin: str):
    """A software My Number Card for the resident with this number (see ``issue_certificate``).
    The PIN goes to the card only."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    from selfcheck.core.card.soft import SoftJpkiCard

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    cert, ca = issue_certificate(db, number, pem)
    return SoftJpkiCard(key, cert, ca, pin)


def card_sign_in(base_url: str, card, pin: str) -> str:
    """A resident session token: the card in an in-process reader, the app's own sign-in code."""
    from selfcheck.core.card.local import LocalReader
    from selfcheck.core.card.session import sign_in_with_card
    from selfcheck.core.client import ApiClient

    reader = LocalReader()
    reader.insert(card)
    client = ApiClient(base_url)
    return sign_in_with_card(reader.connect(), pin, client).token


def window_card_sign_in(w, card, pin: str, wait) -> None:
    """In a window: the card goes into the (in-process) reader, the PIN is typed, Sign in pressed.
    ``wait(condition)`` runs the event loop until the condition holds."""
    wait(lambda: w.cardSignIn.access is not None)
    w.cardSignIn.access.insert_card(card)
    panel = w.signin.card
    wait(lambda: panel.card_present)
    panel.cardPinEdit.setText(pin)
    panel.cardSignInButton.click()


def free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


@contextlib.contextmanager
def mock_api(db: Path):
    """``selfcheck-mock-api serve`` on a free loopback port, as its own process; yields its URL
    once it answers, and stops it afterwards."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([sys.executable, "-m", "selfcheck.mockapi.cli", "serve", "--port", str(port), "--db", str(db)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(1500):
            try:
                urllib.request.urlopen(url + "/v1/health", timeout=0.5)
                break
            except OSError:
                if proc.poll() is not None:
                    raise RuntimeError("the mock API did not start") from None
                time.sleep(0.02)
        yield url
    finally:
        proc.terminate()
        proc.wait(10)
