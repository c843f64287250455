"""The outbox key in a real Secret Service: gnome-keyring on a private D-Bus session bus
(``dbus-run-session``), with its keyring files in a temporary home. The app's own code path
(``secure_keyring`` picks the allow-listed backend, ``Outbox`` stores the key, a second
``Outbox`` reads it back and decrypts) runs in a child process on that bus."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

DAEMON = shutil.which("gnome-keyring-daemon")
SESSION = shutil.which("dbus-run-session")
ROOT = Path(__file__).resolve().parents[1]

CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path

    import keyring
    from keyring.backends import SecretService

    from selfcheck.core import schema as s
    from selfcheck.core.outbox import KEYRING_SERVICE, KEYRING_USER, Outbox, secure_keyring

    ring = secure_keyring()
    assert type(ring) is SecretService.Keyring, type(ring)
    db = Path(sys.argv[1])
    box = Outbox(db)
    assert box.persistent, "a real Secret Service is trusted"
    body = s.CorrectionCreate(items=[s.CorrectionItem(link_id="L1", reason=s.Reason.NOT_MINE, note="secret-note")])
    box.enqueue("resident-1", body, label="one")
    box.close()
    # read back through a new connection to the daemon: the same key decrypts the same request
    stored = SecretService.Keyring().get_password(KEYRING_SERVICE, KEYRING_USER)
    assert stored and len(stored) >= 40, "the key is in the Secret Service"
    again = Outbox(db)
    assert [i.label for i in again.items("resident-1")] == ["one"]
    idem, blob = again.db.execute("SELECT idem_key, payload FROM outbox WHERE label='one'").fetchone()
    assert s.CorrectionCreate.model_validate_json(again._open(blob, idem.encode())) == body
    again.close()
    assert b"secret-note" not in db.read_bytes()
    print("stored and read back")
""")


@pytest.mark.skipif(DAEMON is None or SESSION is None,
                    reason="gnome-keyring-daemon / dbus-run-session are not installed (./dev setup installs them)")
def test_the_outbox_key_is_stored_in_gnome_keyring_and_read_back(tmp_path):
    home = tmp_path / "home"
    run = tmp_path / "run"
    home.mkdir()
    run.mkdir(mode=0o700)
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
           "XDG_RUNTIME_DIR": str(run), "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.SecretService.Keyring"}
    # the daemon unlocks (creating) the login keyring with a password on stdin, then the child
    # runs; when the child is done, dbus-run-session ends the bus and the daemon with it
    command = (f'printf "test-password" | "{DAEMON}" --unlock --components=secrets >/dev/null '
               f'&& exec "{sys.executable}" "{script}" "{tmp_path / "outbox.sqlite3"}"')
    done = subprocess.run([SESSION, "--", "sh", "-c", command], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "stored and read back" in done.stdout
