"""Ctrl+C in the terminal (SIGINT) and the session's SIGTERM (logging out, shutting down, ``kill``)
close the app as its window's close button does (outside review of issue 17): it exits promptly,
the resident's session on the server ends, and the demo server does not stay behind. Qt's event
loop runs no Python while it waits, so without a wake-up Ctrl+C did nothing: the app stayed
open with its demo server gone, and SIGTERM ended it without signing the resident out."""

from __future__ import annotations

import os
import select
import signal
import sqlite3
import subprocess
import sys
import threading
import time

import pytest

pytestmark = [pytest.mark.gui, pytest.mark.e2e, pytest.mark.skipif(os.name != "posix", reason="POSIX signals")]


def _demo_servers_of(home) -> list[int]:
    out = subprocess.run(["ps", "-ww", "-eo", "pid=,args="], capture_output=True, text=True).stdout
    return [int(line.split()[0]) for line in out.splitlines() if str(home) in line and "selfcheck.mockapi.child" in line]


@pytest.mark.parametrize(("sig", "to_group"), [(signal.SIGINT, True), (signal.SIGTERM, False), (signal.SIGHUP, True)],
                         ids=["ctrl-c-in-the-terminal", "sigterm-to-the-app", "the-terminal-closes"])
def test_a_signal_closes_the_app_as_the_window_would(tmp_path, sig, to_group):
    home = tmp_path / "home"
    env = {**os.environ, "SELFCHECK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    # the screen-reader tour: says "screen NAME" when each screen is ready, moves on at "next"
    proc = subprocess.Popen([sys.executable, "-m", "selfcheck", "--demo", "--persona", "clean", "--lang", "en",
                             "--a11y-tour"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True, env=env, cwd=tmp_path, start_new_session=True)
    killer = threading.Timer(120, lambda: os.killpg(proc.pid, signal.SIGKILL))  # a hung app fails, not hangs
    killer.start()
    try:
        for line in proc.stdout:
            if line.strip() == "screen sign_in":
                proc.stdin.write("next\n")  # sign in
                proc.stdin.flush()
            elif line.strip() == "screen overview":  # signed in, the overview on screen
                break
        assert _demo_servers_of(home), "the demo server is running"
        sent = time.monotonic()
        if to_group:
            os.killpg(proc.pid, sig)  # a terminal's Ctrl+C goes to the whole foreground group
        else:
            proc.send_signal(sig)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            pytest.fail(f"the app was still running 15 s after {sig.name}")
        took = time.monotonic() - sent
    finally:
        killer.cancel()
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        proc.stdin.close()
        proc.stdout.close()
    assert took < 5, f"closing took {took:.1f} s"
    deadline = time.monotonic() + 10
    for pid in _demo_servers_of(home):  # waited on: a process's pidfd becomes readable when it ends
        try:
            fd = os.pidfd_open(pid)
        except ProcessLookupError:
            continue  # gone already
        try:
            select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        finally:
            os.close(fd)
    assert not _demo_servers_of(home), "the demo server stayed behind"
    db = sqlite3.connect(f"file:{home / 'demo' / 'mock-api.sqlite3'}?mode=ro", uri=True)
    try:
        left = db.execute("SELECT count(*) FROM sessions WHERE kind='resident'").fetchone()[0]
    finally:
        db.close()
    assert left == 0, "the resident's session was not ended on the server"
