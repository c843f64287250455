"""Run inside the tests' private network namespace (see ``tests/pcscd.py``): relays each
connection made to a Unix socket (mode 0600, in the tests' temporary folder) to the virtual
reader driver's TCP port on that namespace's own loopback. vpcd listens on 0.0.0.0, as its
packaged configuration fixes, but in a namespace with no interface besides its loopback, so no
other host, and no other process of this machine, can reach it.

    python vpcd_relay.py SOCKET_PATH PORT
"""

from __future__ import annotations

import os
import socket
import sys
import threading


def _pump(src: socket.socket, dst: socket.socket) -> None:
    try:
        while True:
            data = src.recv(65536)
            if not data:
                break
            dst.sendall(data)
    except OSError:
        pass  # either side went away: the card is out
    finally:
        for s in (src, dst):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # already closed by the other pump


def main(path: str, port: int) -> None:
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    old = os.umask(0o177)
    try:
        server.bind(path)
    finally:
        os.umask(old)
    server.listen(4)
    print("ready", flush=True)
    while True:
        client, _ = server.accept()
        try:
            reader = socket.create_connection(("127.0.0.1", port), timeout=5)
        except OSError:
            client.close()
            continue
        reader.settimeout(None)
        reader.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        for a, b in ((client, reader), (reader, client)):
            threading.Thread(target=_pump, args=(a, b), daemon=True).start()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
