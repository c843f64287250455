"""The demo server on loopback against a hostile local program that holds many connections open
without sending a request. A desktop session gives a process 1,024 open files by default (its
soft limit; the hard limit is far higher): with the server's files all used, Python 3.11's
asyncio retried its accept in a storm and the server answered nobody, the app's own kept-alive
connection included, for as long as the other program held on."""

from __future__ import annotations

import os
import resource
import select
import socket
import subprocess

import pytest
import requests

from selfcheck.mockapi.child import command

SOFT, HARD = 256, 4096  # a small soft limit, as a desktop's 1,024, with room under the hard one
HELD = 400


def _small_soft_limit() -> None:
    resource.setrlimit(resource.RLIMIT_NOFILE, (SOFT, HARD))


@pytest.mark.skipif(resource.getrlimit(resource.RLIMIT_NOFILE)[1] < HARD + HELD, reason="too few open files here")
def test_many_idle_connections_do_not_stop_the_server_answering_the_app(tmp_path):
    child = subprocess.Popen(command(tmp_path / "mock.sqlite3"), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, preexec_fn=_small_soft_limit)
    held: list[socket.socket] = []
    try:
        ready, _, _ = select.select([child.stdout], [], [], 60)
        assert ready, "the demo server did not start"
        port = int(child.stdout.readline().split()[1])
        url = f"http://127.0.0.1:{port}"
        app = requests.Session()
        assert app.post(f"{url}/v1/card/challenges", timeout=10).status_code == 201  # kept alive from here
        for _ in range(HELD):
            held.append(socket.create_connection(("127.0.0.1", port), timeout=5))
        assert app.post(f"{url}/v1/card/challenges", timeout=5).status_code == 201
        assert requests.post(f"{url}/v1/card/challenges", timeout=5).status_code == 201  # a new connection too
    finally:
        for s in held:
            s.close()
        child.stdin.close()
        try:
            child.wait(10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
        child.stdout.close()
