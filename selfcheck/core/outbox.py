"""The correction outbox: a request is never lost and never sent twice.

- SQLite in WAL mode with ``synchronous=FULL``: a committed request survives a crash or a
  power cut. A request gets its idempotency key in the same transaction that queues it, and
  every try sends that key, so the server keeps the first answer and creates it once.
- What the outbox holds about the resident (the request body) is encrypted at rest with
  AES-GCM; the key lives in the OS keyring, and only when that keyring is a secure one.
  Otherwise nothing personal is written to disk: the outbox is kept in memory for the session
  (``persistent`` is False, and the app says so).
- Once the server has confirmed a request, its body is deleted; the reference and status stay.

A send ends in one of three states:
- received (*confirmed*): the service answered with the request; its reference is kept;
- waiting: the outcome is unknown (no connection, a lost, spoiled or late answer, a 5xx); it
  goes out again by itself, with the same idempotency key, so it is never created twice;
- failed (*refused*): the service said no with a 4xx and a reason (``ApiError.refused``).
(sending is the short state while a try is under way; a crash leaves it to be sent again.)
This module does blocking I/O: call it from a worker.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import os
import random
import secrets
import sqlite3
import sys
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from .enums import OutboxState
from .errors import ApiError

if TYPE_CHECKING:
    from . import schema as s
    from .client import ApiClient

log = logging.getLogger(__name__)
KEYRING_SERVICE = "selfcheck"
KEYRING_USER = "outbox-key"
WAITING, SENDING, RECEIVED, FAILED = OutboxState.WAITING, OutboxState.SENDING, OutboxState.RECEIVED, OutboxState.FAILED

_SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox(
  id INTEGER PRIMARY KEY, idem_key TEXT UNIQUE NOT NULL, owner TEXT NOT NULL, label TEXT,
  state TEXT NOT NULL, created REAL NOT NULL, updated REAL NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
  problem TEXT, reference TEXT, request_id TEXT, payload BLOB);
CREATE INDEX IF NOT EXISTS outbox_by_owner ON outbox(owner, state);
"""


# The keyring backends trusted with the outbox key, by class identity (module and class, then
# the very class object): the OS's own secret stores. Anything else, whatever it is called (a
# plain-text file keyring, keyring's fail or null backend, a third-party backend), is not.
ALLOWED_BACKENDS: tuple[tuple[str, str], ...] = (
    ("keyring.backends.SecretService", "Keyring"),    # GNOME Keyring, KeePassXC ... over Secret Service
    ("keyring.backends.macOS", "Keyring"),            # macOS Keychain
    ("keyring.backends.Windows", "WinVaultKeyring"),  # Windows Credential Locker
    ("keyring.backends.kwallet", "DBusKeyring"),      # KWallet 5/6
    ("keyring.backends.kwallet", "DBusKeyringKWallet4"),
)


def _allowed_classes() -> tuple[type, ...]:
    import importlib

    classes = []
    for module, name in ALLOWED_BACKENDS:
        try:
            cls = getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError):
            continue
        classes.append(cls)
    return tuple(classes)


def _usable(backend) -> bool:
    try:
        return backend.priority > 0
    except Exception:  # keyring raises from ``priority`` when the backend cannot work here
        return False


def _skip_foreign_keyring_probes() -> None:
    """keyring's macOS backend looks for the Security framework when it is imported, on every
    platform (keyring imports every backend to choose one): elsewhere that ran ``ldconfig`` and
    ``gcc`` through ``ctypes.util.find_library``, about 45 ms and two processes while a resident's
    overview loads. Off macOS, its native part is marked as absent, which keyring expects and
    handles (the backend then says it cannot work here, as it would have anyway)."""
    if sys.platform != "darwin":
        sys.modules.setdefault("keyring.backends.macOS.api", None)  # type: ignore[arg-type]


def secure_keyring():
    """The first allow-listed keyring backend in use and usable here, else None."""
    _skip_foreign_keyring_probes()
    try:
        import keyring
        from keyring.backends import chainer
    except ImportError:
        return None
    try:
        kr = keyring.get_keyring()
    except Exception as e:  # noqa: BLE001 - the configured backend is not installed, has no D-Bus, ...
        # keyring raises from its own choice (PYTHON_KEYRING_BACKEND, keyringrc.cfg): no secure keyring
        log.warning("the keyring could not be set up (%s); the outbox stays in memory", type(e).__name__)
        return None
    backends = kr.backends if isinstance(kr, chainer.ChainerBackend) else [kr]
    allowed = _allowed_classes()
    for b in backends:
        if any(type(b) is cls for cls in allowed) and _usable(b):
            return b
    return None


def next_round(failed_rounds: int, *, base: float = 15.0, cap: float = 300.0,
               rng: Callable[[], float] = random.random) -> float:
    """Seconds until the next outbox round: ``base`` while rounds go through; after failed
    rounds the wait doubles up to ``cap``, jittered to between half and all of it, so many
    apps coming back at once do not all knock at the same moment."""
    wait = min(cap, base * (2 ** max(0, failed_rounds)))
    return wait if failed_rounds <= 0 else wait * (0.5 + 0.5 * rng())


def _owner(resident_id: str) -> str:
    return hashlib.sha256(("selfcheck-outbox:" + resident_id).encode()).hexdigest()


@dataclass(frozen=True)
class Item:
    id: int
    key: str
    label: str | None
    state: OutboxState
    created: float
    attempts: int
    problem: str | None
    reference: str | None
    request_id: str | None


class Outbox:
    def __init__(self, path: Path | None, *, keyring_backend=None) -> None:
        """``path``: the database file; used only with a secure keyring (else memory only).
        A folder that cannot be written or a full disk also leaves the outbox in memory, and
        ``problem`` says why ("not_writable" or "full", see ``core.storage``)."""
        from .storage import NOT_WRITABLE, is_full

        kr = keyring_backend if keyring_backend is not None else secure_keyring()
        key = None
        if path is not None and kr is not None:
            try:
                key = self._load_key(kr)
            except Exception as e:  # noqa: BLE001 - a locked keyring, a dismissed prompt, no D-Bus ...
                # the keyring cannot give a key now: keep the outbox in memory rather than fail
                log.warning("the keyring could not be used (%s); the outbox stays in memory", type(e).__name__)
        self.persistent = key is not None
        self.problem: str | None = None
        self._lock = threading.RLock()
        if self.persistent:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                self._key = key
                # owner-only before SQLite opens it: the -wal and -shm files take the same mode
                os.close(os.open(path, os.O_CREAT | os.O_RDWR, 0o600))
                try:
                    os.chmod(path, 0o600)
                except OSError as e:  # a file system without permissions (FAT): the content is encrypted anyway
                    log.warning("could not restrict the outbox file to its owner: %s", type(e).__name__)
                self.db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None, timeout=30)
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=FULL")
                self.db.execute("PRAGMA secure_delete=ON")  # what is deleted is overwritten, not left in free pages
                self.db.executescript(_SCHEMA)
            except (OSError, sqlite3.Error) as e:  # a folder that cannot be written, a full disk
                self.persistent = False
                self.problem = "full" if is_full(e) else NOT_WRITABLE
        if not self.persistent:
            self._key = secrets.token_bytes(32)  # for this session only; nothing reaches the disk
            self.db = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
            self.db.executescript(_SCHEMA)

    def _write(self, do: Callable[[sqlite3.Connection], object]):
        """Run a write; on a full disk, move the whole outbox to memory and run it there: the
        request is kept for this session, and ``problem`` tells the resident to free space."""
        from .storage import is_full

        with self._lock:
            try:
                return do(self.db)
            except (OSError, sqlite3.Error) as e:
                if not (self.persistent and is_full(e)):
                    raise
                self._to_memory()
                return do(self.db)

    def _to_memory(self) -> None:
        if self.db.in_transaction:
            self.db.execute("ROLLBACK")
        rows = self.db.execute("SELECT * FROM outbox").fetchall()
        mem = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        mem.executescript(_SCHEMA)
        if rows:
            mem.executemany(f"INSERT INTO outbox VALUES({','.join('?' * len(rows[0]))})", rows)
        self.db.close()
        self.db, self.persistent, self.problem = mem, False, "full"

    @staticmethod
    def _load_key(kr) -> bytes:
        stored = kr.get_password(KEYRING_SERVICE, KEYRING_USER)
        if stored:
            return base64.b64decode(stored)
        key = secrets.token_bytes(32)
        kr.set_password(KEYRING_SERVICE, KEYRING_USER, base64.b64encode(key).decode())
        return key

    def close(self) -> None:
        with self._lock:
            self.db.close()

    # -- encryption ------------------------------------------------------------------------
    def _seal(self, data: bytes, aad: bytes) -> bytes:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        nonce = secrets.token_bytes(12)
        return nonce + AESGCM(self._key).encrypt(nonce, data, aad)

    def _open(self, blob: bytes, aad: bytes) -> bytes:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        return AESGCM(self._key).decrypt(blob[:12], blob[12:], aad)

    # -- queue -----------------------------------------------------------------------------
    def enqueue(self, resident_id: str, body: s.CorrectionCreate, label: str | None = None,
                key: str | None = None) -> Item:
        """Queue a request; its idempotency key is made in the same transaction, or is ``key``
        (the resident's answers keep one key however often they press Send): if a request
        with that key is already queued, that one is returned and nothing new is queued."""
        key = key or str(uuid.uuid4())
        payload = self._seal(body.model_dump_json().encode(), key.encode())
        now = time.time()

        def insert(db: sqlite3.Connection) -> int:
            db.execute("BEGIN IMMEDIATE")
            try:
                row = db.execute("SELECT id FROM outbox WHERE idem_key=? AND owner=?",
                                 (key, _owner(resident_id))).fetchone()
                if row is None:
                    row = (db.execute(
                        "INSERT INTO outbox(idem_key, owner, label, state, created, updated, payload) VALUES(?,?,?,?,?,?,?)",
                        (key, _owner(resident_id), label, WAITING, now, now, payload)).lastrowid,)
                db.execute("COMMIT")
            except BaseException:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise
            return row[0]

        with self._lock:
            return self._item(self._write(insert))

    def _item(self, item_id: int) -> Item:
        row = self.db.execute("SELECT id, idem_key, label, state, created, attempts, problem, reference, request_id "
                              "FROM outbox WHERE id=?", (item_id,)).fetchone()
        return Item(row[0], row[1], row[2], OutboxState(row[3]), *row[4:])

    def items(self, resident_id: str) -> list[Item]:
        with self._lock:
            rows = self.db.execute("SELECT id FROM outbox WHERE owner=? ORDER BY created", (_owner(resident_id),)).fetchall()
            return [self._item(i) for (i,) in rows]

    def labels(self) -> set[str]:
        with self._lock:
            return {r[0] for r in self.db.execute("SELECT label FROM outbox WHERE label IS NOT NULL")}

    def pending(self, resident_id: str) -> list[Item]:
        return [i for i in self.items(resident_id) if i.state in (WAITING, SENDING)]

    def _set(self, item_id: int, **fields) -> None:
        cols = ", ".join(f"{k}=?" for k in fields)
        self._write(lambda db: db.execute(f"UPDATE outbox SET {cols}, updated=? WHERE id=?",
                                          (*fields.values(), time.time(), item_id)))

    # -- sending ---------------------------------------------------------------------------
    def send(self, client: ApiClient, item: Item, on_sending: Callable[[Item], None] | None = None) -> Item:
        """Send one queued request (with its own key); record what happened."""
        return self.send_with_answer(client, item, on_sending)[0]

    def send_with_answer(self, client: ApiClient, item: Item, on_sending: Callable[[Item], None] | None = None
                         ) -> tuple[Item, s.CorrectionRequest | None]:
        """Send one queued request (with its own key): (what the outbox now says, the service's
        answer if it confirmed). Raises only when the session was refused (the request stays
        waiting for the next sign-in)."""
        from . import schema as s

        with self._lock:
            row = self.db.execute("SELECT payload, state FROM outbox WHERE id=?", (item.id,)).fetchone()
        if row is None or row[1] not in (WAITING, SENDING) or row[0] is None:
            return self._item(item.id), None
        body = s.CorrectionCreate.model_validate_json(self._open(row[0], item.key.encode()))
        self._set(item.id, state=SENDING, attempts=item.attempts + 1)
        if on_sending:
            on_sending(self._item(item.id))
        try:
            req = client.submit_correction(body, item.key)
        except ApiError as e:
            if e.refused:  # the service said no to what it says: keep it to show why
                self._set(item.id, state=FAILED, problem=e.kind.value)
            else:  # unknown outcome: the service may have it; the same key goes out again
                self._set(item.id, state=WAITING, problem=e.kind.value)
                if e.refused_who:
                    raise
            return self._item(item.id), None
        # confirmed: keep only the reference and status, not what the resident wrote
        self._set(item.id, state=RECEIVED, reference=req.reference, request_id=req.id, problem=None, payload=None)
        return self._item(item.id), req

    def send_pending(self, client: ApiClient, resident_id: str,
                     on_sending: Callable[[Item], None] | None = None) -> list[Item]:
        out = []
        for item in self.pending(resident_id):
            out.append(self.send(client, item, on_sending))
        return out

    def discard_unsent(self, item_id: int) -> None:
        """Drop an item the server has not taken (it refused the session): the resident still
        has the answers on screen and sends them again."""
        with self._lock:
            self.db.execute("DELETE FROM outbox WHERE id=? AND state IN (?, ?)", (item_id, WAITING, SENDING))

    def forget(self, item_id: int) -> None:
        """Remove a failed item the resident has dealt with."""
        with self._lock:
            self.db.execute("DELETE FROM outbox WHERE id=? AND state=?", (item_id, FAILED))

    def forget_received(self, resident_id: str) -> None:
        """At a shared counter, when the resident leaves: drop what the service has confirmed
        (their reference numbers), overwriting it on disk, WAL included. Requests still waiting
        stay, encrypted, and go out when that resident signs in again."""
        with self._lock:
            self.db.execute("DELETE FROM outbox WHERE owner=? AND state=?", (_owner(resident_id), RECEIVED))
            if self.persistent:
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def integrity_ok(self) -> bool:
        with self._lock:
            return self.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
