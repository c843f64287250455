"""The outbox: encrypted at rest, never loses a request, never sends one twice."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
import requests

from selfcheck.core import schema as s
from selfcheck.core.client import ApiClient
from selfcheck.core.outbox import FAILED, RECEIVED, WAITING, Outbox, secure_keyring

from .servers import closed_port_url

ROOT = Path(__file__).resolve().parents[1]


def token_for(api, persona):
    from .cards import card_sign_in

    return card_sign_in(ApiClient(api.url), persona.id).token


def first_link(api, token):
    return requests.get(f"{api.url}/v1/me/links", headers={"Authorization": f"Bearer {token}"}).json()["items"][0]["id"]


def resident_id(api, token):
    return requests.get(f"{api.url}/v1/me", headers={"Authorization": f"Bearer {token}"}).json()["resident_id"]


def body(link, note="母の口座です"):
    return s.CorrectionCreate(items=[s.CorrectionItem(link_id=link, reason=s.Reason.NOT_MINE, note=note)])


def test_queued_request_is_encrypted_on_disk_and_wiped_once_received(api, personas, tmp_path, memory_keyring):
    tok = token_for(api, personas["child-parent-account"])
    link, rid = first_link(api, tok), resident_id(api, tok)
    box = Outbox(tmp_path / "outbox.sqlite3")
    assert box.persistent and memory_keyring.get_password("selfcheck", "outbox-key")
    item = box.enqueue(rid, body(link, "母の口座です MARKER-Z"))
    assert item.state == WAITING and item.key
    raw = (tmp_path / "outbox.sqlite3").read_bytes() + (tmp_path / "outbox.sqlite3-wal").read_bytes()
    assert b"MARKER-Z" not in raw and "母の口座".encode() not in raw and link.encode() not in raw
    assert rid.encode() not in raw, "the resident is stored only as a hash"
    c = ApiClient(api.url)
    c._token = tok
    done = box.send(c, item)
    assert done.state == RECEIVED and done.reference.startswith("SC-")
    payload = box.db.execute("SELECT payload FROM outbox WHERE id=?", (item.id,)).fetchone()[0]
    assert payload is None, "once confirmed, only the reference and status stay"
    box.close()


def test_offline_request_waits_and_goes_out_later_with_the_same_key(api, personas, tmp_path):
    tok = token_for(api, personas["clean"])
    link, rid = first_link(api, tok), resident_id(api, tok)
    box = Outbox(tmp_path / "o.sqlite3")
    item = box.enqueue(rid, body(link))
    down = ApiClient(closed_port_url(), retries=0)
    down._token = tok
    assert box.send(down, item).state == WAITING
    assert box.items(rid)[0].problem == "offline"
    box.close()
    reopened = Outbox(tmp_path / "o.sqlite3")  # the app restarted
    up = ApiClient(api.url)
    up._token = tok
    (sent,) = reopened.send_pending(up, rid)
    assert sent.state == RECEIVED and sent.key == item.key
    assert len(api.store.requests(rid)) == 1


def test_refused_request_is_marked_failed_with_the_reason(api, personas, tmp_path):
    tok = token_for(api, personas["clean"])
    rid = resident_id(api, tok)
    box = Outbox(tmp_path / "o.sqlite3")
    item = box.enqueue(rid, body("L-not-mine"))
    c = ApiClient(api.url)
    c._token = tok
    failed = box.send(c, item)
    assert failed.state == FAILED and failed.problem == "not_found"


def test_without_a_secure_keyring_nothing_personal_reaches_the_disk(tmp_path, monkeypatch):
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    assert secure_keyring() is None
    box = Outbox(tmp_path / "o.sqlite3")
    assert not box.persistent
    box.enqueue("resident", body("L1"))
    assert not (tmp_path / "o.sqlite3").exists()


@pytest.mark.parametrize("name", ["keyrings.alt.file.PlaintextKeyring", "keyring.backends.null.Keyring"])
def test_plaintext_and_null_keyrings_are_not_trusted(name):
    from keyring.backend import KeyringBackend

    module, cls = name.rsplit(".", 1)
    fake = type(cls, (KeyringBackend,), {"priority": 1, "get_password": lambda *a: None,
                                         "set_password": lambda *a: None, "delete_password": lambda *a: None})
    fake.__module__ = module
    keyring.set_keyring(fake())
    assert secure_keyring() is None


def test_sender_killed_at_51_points_sends_every_request_exactly_once(api, personas, tmp_path):
    """The app's outbox code in a real subprocess, killed with SIGKILL during queueing and sending."""
    tok = token_for(api, personas["shared-terminal"])
    link, rid = first_link(api, tok), resident_id(api, tok)
    db = tmp_path / "outbox.sqlite3"
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "tests.support.filekeyring.FileKeyring",
           "SELFCHECK_TEST_KEYRING_FILE": str(tmp_path / "keyring.json"), "SELFCHECK_TEST_TOKEN": tok,
           "PYTHONPATH": str(ROOT)}
    rnd = random.Random(2023)
    per_round, kills, rounds, lines_seen = 5, 0, 0, []
    # Rounds of fresh requests, so that every kill lands while something is being queued or sent:
    # a round's run prints started, 5 × queued, 5 × (sending, sent), done: 17 lines; it is killed
    # after a random number of them until a run gets through, then the next round starts.
    while kills < 51:
        assert rounds < 40, "the worker kept getting through: kill points too late"
        cmd = [sys.executable, "-m", "tests.support.outbox_worker", str(db), api.url, rid, link, f"r{rounds}",
               str(per_round)]
        while True:
            proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
            stop_after = rnd.randrange(0, 17)
            seen = 0
            for line in proc.stdout:
                lines_seen.append(line.strip())
                seen += 1
                if seen > stop_after:
                    proc.send_signal(signal.SIGKILL)
                    break
            rc = proc.wait(60)
            err = proc.stderr.read()
            proc.stdout.close()
            proc.stderr.close()
            if rc == -signal.SIGKILL:
                kills += 1
                continue
            assert rc == 0 and lines_seen[-1] == "done", err
            break
        rounds += 1
    n = rounds * per_round
    wanted = sorted(f"r{r}-{i}" for r in range(rounds) for i in range(per_round))
    assert kills >= 51
    assert any(x.startswith("sending") for x in lines_seen) and any(x.startswith("queued") for x in lines_seen)
    notes = sorted(i.note for r in api.store.requests(rid) for i in r.items)
    assert notes == wanted, "every request at the server exactly once"
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    states = con.execute("SELECT state, COUNT(*) FROM outbox GROUP BY state").fetchall()
    con.close()
    assert states == [("received", n)]


def test_looking_for_a_secure_keyring_starts_no_processes():
    """keyring imports every backend to choose one; its macOS one ran ``ldconfig`` and ``gcc``
    (``ctypes.util.find_library``) on Linux while a resident's overview loaded. In a fresh
    interpreter, with keyring left to choose by itself as on a resident's computer."""
    import os
    import subprocess
    import sys
    import textwrap

    code = textwrap.dedent("""
        import subprocess, sys
        started = []
        real = subprocess.Popen.__init__
        def record(self, args, *a, **kw):
            started.append(args)
            return real(self, args, *a, **kw)
        subprocess.Popen.__init__ = record
        from selfcheck.core.outbox import secure_keyring
        secure_keyring()
        print(started)
    """)
    env = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "[]", out.stdout
