"""The mock API answers a kept-alive connection at once.

The app talks to the service over one kept-alive connection (requests' session). The server
writes an answer's head and body as two pieces; with Nagle's algorithm on, the body waited for
the client's delayed acknowledgement of the head: 40 ms on every request after the first, five
of them on the demo's way to the overview. asyncio turns Nagle off only for sockets that say
they are TCP, and the sockets the servers bound themselves said protocol 0.
"""

from __future__ import annotations

import socket
import statistics
import subprocess
import time

import requests

from selfcheck.mockapi.child import command


def test_the_embedded_servers_connections_send_at_once(api):
    with requests.Session() as http:
        for _ in range(2):
            assert http.get(f"{api.url}/v1/health", timeout=5).status_code == 200
        connections = list(api._server.server_state.connections)
        assert connections, "the kept-alive connection is open"
        for protocol in connections:
            sock = protocol.transport.get_extra_info("socket")
            assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY), "Nagle's algorithm is on"


def test_the_demo_server_answers_a_kept_alive_connection_without_waiting(tmp_path):
    """Measured, as the demo's child is another process: each request on one connection takes a
    few milliseconds, not the 40 ms of a delayed acknowledgement (median of 11)."""
    with subprocess.Popen(command(tmp_path / "demo.sqlite3"), stdin=subprocess.PIPE, stdout=subprocess.PIPE) as child:
        try:
            line = child.stdout.readline().decode()
            assert line.startswith("listening "), line
            url = f"http://127.0.0.1:{int(line.split()[1])}/v1/health"
            times = []
            with requests.Session() as http:
                http.get(url, timeout=5)
                for _ in range(11):
                    t0 = time.perf_counter()
                    assert http.get(url, timeout=5).status_code == 200
                    times.append(time.perf_counter() - t0)
            assert statistics.median(times) < 0.030, [round(t * 1000, 1) for t in times]
        finally:
            child.stdin.close()
            child.wait(10)
