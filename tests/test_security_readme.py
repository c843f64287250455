"""The README's "Security model" states numbers and names; each must be the code's."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import pytest

from selfcheck.core import attachments, outbox
from selfcheck.core.card import jpki as card_jpki, pcsc
from selfcheck.mockapi import app, store

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
SECTION = README.split("## Security model", 1)[1].split("\n## ", 1)[0]


def test_the_section_exists_and_says_what_a_copied_database_and_a_stolen_laptop_give_away():
    for words in ("Who can do what", "What is stored where", "copied database file", "stolen laptop"):
        assert words in SECTION


def test_the_numbers_are_the_codes():
    flat = " ".join(SECTION.split())
    assert store.THROTTLE_WINDOW_SECONDS == 60
    assert f"Sign-in challenges are throttled: {store.CHALLENGES_PER_ADDRESS} a minute per client address" in flat
    assert f"throttled per client address over all ids (so one address cannot try a password on every id): {store.STAFF_SIGN_INS_PER_ADDRESS} a minute" in flat
    assert "never a PIN" in flat and "no PIN at all" in flat
    assert (card_jpki.CARD_CHALLENGE_BYTES, card_jpki.CARD_CHALLENGE_MAX_BYTES) == (8, 32)
    assert "the card's own one-time challenge of 8 to 32 bytes" in flat
    assert f"gets at most {pcsc.MAX_GET_RESPONSES} GET RESPONSEs and one resend" in flat
    assert f"ends after {store.IDLE_MINUTES} minutes without the resident's activity and {store.ABSOLUTE_HOURS} hours" in flat
    assert store.MAX_STAFF_ATTEMPTS == 5 and "Five wrong passwords" in flat
    assert store.LOCKOUT_BASE.total_seconds() == 60 and store.LOCKOUT_MAX.total_seconds() == 3600
    assert "lock the id for 1 minute, each further lockout twice as long (at most an hour)" in flat
    assert f"expiry after {store.STAFF_HOURS} hours" in flat
    assert f"lasts at most {store.COUNTER_RESIDENT_MINUTES} minutes" in flat
    assert f"`offset` 0–{app.MAX_OFFSET:,}" in flat
    assert f"and {app.MAX_SMALL_BODY_BYTES // 1024} KiB for everything else" in flat
    assert app.MAX_BODY_BYTES - 3 * 7_000_000 == 64 * 1024 and "64 KiB + three base64 attachments" in flat
    assert f"within {attachments.MAX_PIXELS // 1_000_000} megapixels" in flat
    assert f"bounded to {attachments.MAX_BYTES // (1024 * 1024)} MB" in flat
    # scrypt with N = 2^14
    salt = b"s" * 16
    assert store._slow_hash(b"x", salt) == hashlib.scrypt(b"x", salt=salt, n=2**14, r=8, p=1, dklen=32)
    assert "scrypt (N = 2¹⁴, a salt per record)" in flat


@pytest.mark.gui
def test_the_apps_warnings_are_the_codes():
    from selfcheck.gui import session_watch  # Qt

    flat = " ".join(SECTION.split())
    assert session_watch.IDLE_WARN_SECONDS == 60 and "counts down for the last minute" in flat
    assert session_watch.LIFETIME_WARN_SECONDS == 300 and "warns 5 minutes before" in flat


def test_the_keyring_list_is_the_codes():
    flat = " ".join(SECTION.split())
    modules = {m for m, _ in outbox.ALLOWED_BACKENDS if not m.startswith("tests.")}  # the tests add their own
    assert modules == {"keyring.backends.SecretService", "keyring.backends.macOS", "keyring.backends.Windows",
                       "keyring.backends.kwallet"}
    assert "Secret Service (e.g. GNOME Keyring), KWallet, macOS Keychain, Windows Credential Locker" in flat


def test_the_outbox_and_its_wal_are_owner_only(tmp_path, memory_keyring):
    from selfcheck.core import schema as s

    folder = tmp_path / "data"
    folder.mkdir()
    box = outbox.Outbox(folder / "outbox.sqlite3")
    box.enqueue("r", s.CorrectionCreate(items=[s.CorrectionItem(link_id="L1", reason=s.Reason.NOT_MINE)]))
    try:
        for name in ("outbox.sqlite3", "outbox.sqlite3-wal"):
            assert stat.S_IMODE(os.stat(folder / name).st_mode) == 0o600, name
    finally:
        box.close()
