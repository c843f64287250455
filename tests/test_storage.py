"""A data folder that cannot be written, a full disk, and two apps starting at once (issue 13)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from selfcheck.core import schema as s
from selfcheck.core import storage
from selfcheck.core.attachments import AttachmentFile
from selfcheck.core.backend import Backend, Session
from selfcheck.core.client import ApiClient
from selfcheck.core.outbox import RECEIVED, WAITING, Outbox
from selfcheck.mockapi.child import command

from .cards import open_session
from .test_corrections_gui import flag_first_and_review
from .test_outbox import first_link, resident_id, token_for

ROOT = Path(__file__).resolve().parents[1]


def unwritable(tmp_path) -> Path:
    """A data folder that cannot be made or written, even by root: its parent is a file."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    return blocker / "selfcheck"


def big_pdf() -> bytes:
    """A valid PDF of about 80 KB (the service checks documents by decoding them)."""
    import io

    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(width=200, height=200)
    w.add_metadata({"/Subject": os.urandom(30_000).hex()})
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def big_body(link: str) -> s.CorrectionCreate:
    import base64

    pdf = base64.b64encode(big_pdf()).decode()
    return s.CorrectionCreate(items=[s.CorrectionItem(link_id=link, reason=s.Reason.NOT_MINE, note="満杯")],
                              attachments=[s.Attachment(filename="a.pdf", media_type="application/pdf", data=pdf)])


def fill_up(box: Outbox) -> None:
    """Inject a full disk: SQLite answers SQLITE_FULL, as on a disk with no space left."""
    (pages,) = box.db.execute("PRAGMA page_count").fetchone()
    box.db.execute(f"PRAGMA max_page_count={pages}")


def test_the_probe_tells_a_folder_that_cannot_be_written(tmp_path):
    assert storage.problem(tmp_path / "fine") is None
    assert storage.problem(unwritable(tmp_path)) == storage.NOT_WRITABLE


def test_full_disk_keeps_the_request_in_memory_and_sends_it_once(api, personas, tmp_path):
    tok = token_for(api, personas["child-parent-account"])
    link, rid = first_link(api, tok), resident_id(api, tok)
    box = Outbox(tmp_path / "outbox.sqlite3")
    assert box.persistent
    fill_up(box)
    item = box.enqueue(rid, big_body(link))  # before: sqlite3.OperationalError, "Something went wrong"
    assert item.state == WAITING
    assert box.problem == "full" and not box.persistent
    c = ApiClient(api.url)
    c._token = tok
    done = box.send(c, item)
    assert done.state == RECEIVED
    assert len(api.store.requests(rid)) == 1
    box.close()


def test_an_outbox_in_a_folder_that_cannot_be_written_lives_in_memory(tmp_path):
    box = Outbox(unwritable(tmp_path) / "outbox.sqlite3")
    assert not box.persistent and box.problem == storage.NOT_WRITABLE
    box.close()


def test_full_disk_on_send_through_the_window_confirms_and_says_what_to_do(qtbot, window, api, sign_in):
    w = window
    sign_in(w, "child-parent-account")
    flag_first_and_review(qtbot, w)
    box = w.backend.outbox()
    assert box.persistent
    fill_up(box)
    w.flow.attach(AttachmentFile("a.pdf", "application/pdf", big_body("x").attachments[0].data))
    with qtbot.waitSignal(w.confirmationShown, timeout=15000):
        qtbot.mouseClick(w.check.ui.sendButton, Qt.MouseButton.LeftButton)
    (req,) = api.store.requests(w.flow.resident_id)
    assert w.confirmation.ui.referenceLabel.text() == req.reference
    assert "The disk is full" in w.confirmation.ui.noticeLabel.text()
    assert "Free some space" in w.confirmation.ui.noticeLabel.text()


def test_demo_with_a_folder_that_cannot_be_written_opens_in_memory(qtbot, make_window, tmp_path, monkeypatch, sign_in):
    """Before: a traceback at start and no window."""
    home = unwritable(tmp_path)
    monkeypatch.setenv("SELFCHECK_HOME", str(home))
    w = make_window(Backend(demo=True, demo_server=command))
    qtbot.waitUntil(lambda: "cannot save anything" in w.signin.ui.statusLabel.text(), timeout=20000)
    assert "SELFCHECK_HOME" in w.signin.ui.statusLabel.text() and str(home) in w.signin.ui.statusLabel.text()
    sign_in(w, "clean")  # the demo service runs with its data in memory
    assert w.session.profile is not None
    assert not home.exists()


def test_demo_program_with_a_folder_that_cannot_be_written_starts_and_exits_cleanly(tmp_path):
    out = tmp_path / "shot.png"
    env = {**os.environ, "SELFCHECK_HOME": str(unwritable(tmp_path)), "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, "-m", "selfcheck", "--demo", "--lang", "en", "--persona", "clean",
                          "--screenshot", str(out)], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "Traceback" not in run.stderr
    assert out.stat().st_size > 0


def test_two_demos_starting_at_once_on_a_fresh_folder_both_work(tmp_path, personas):
    """Before: the database was seeded twice, and one app said "No card is registered"."""
    db = tmp_path / "fresh" / "mock-api.sqlite3"
    db.parent.mkdir()
    backends = [Backend(demo=True, demo_db=db, demo_server=command) for _ in range(2)]
    for b in backends:
        b.start()
    errors = []

    def use(b: Backend, persona) -> None:
        try:
            open_session(Session(b), persona.id)
        except Exception as e:  # noqa: BLE001 - collected and asserted below
            errors.append(e)

    threads = [threading.Thread(target=use, args=(b, personas[pid]), name="selfcheck-two")
               for b, pid in zip(backends, ("clean", "pension-other"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    for b in backends:
        b.close()
    assert errors == []


@pytest.mark.skipif(shutil.which("unshare") is None, reason="needs unshare to mount a small tmpfs")
def test_a_real_full_disk_on_a_small_tmpfs(api, personas, tmp_path):
    """The same as the injected one, on a 512 KiB tmpfs filled to the last byte (in a user
    namespace of its own, so no privileges are needed beyond unprivileged user namespaces)."""
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("unprivileged user namespaces are not allowed here")
    tok = token_for(api, personas["child-parent-account"])
    link, rid = first_link(api, tok), resident_id(api, tok)
    mnt = tmp_path / "small"
    mnt.mkdir()
    script = (f"mount -t tmpfs -o size=512k tmpfs {mnt} && exec {sys.executable} -m tests.support.full_disk_worker "
              f"{mnt} {api.url} {rid} {link}")
    run = subprocess.run(["unshare", "-rm", "sh", "-c", script], cwd=ROOT, capture_output=True, text=True,
                         timeout=120, env={**os.environ, "SELFCHECK_TEST_TOKEN": tok})
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.split() == ["filled", "full", "received"], run.stdout
    assert len(api.store.requests(rid)) == 1


def test_a_demo_server_that_never_says_it_listens_is_given_up_on(tmp_path, monkeypatch):
    """A hung demo server held the worker (and the card insert or sign-in waiting on it) for ever:
    the backend waits a bounded time for its "listening" line, then says the demo did not start."""
    import sys as _sys
    import time as _time

    import pytest as _pytest

    from selfcheck.core import backend as b

    monkeypatch.setattr(b, "DEMO_START_DEADLINE", 0.5)
    silent = b.Backend(demo=True, demo_db=tmp_path / "db.sqlite3",
                       demo_server=lambda db: [_sys.executable, "-c", "import sys; sys.stdin.read()"])
    started = _time.monotonic()
    try:
        with _pytest.raises(b.DemoServerFailed, match="did not start within"):
            silent.client()
        assert _time.monotonic() - started < 10
    finally:
        silent.close()
