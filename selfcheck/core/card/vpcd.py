"""Puts a software card into pcscd's virtual reader (vsmartcard's ``vpcd`` driver).

With ``pcscd`` running and the driver configured (Debian: ``vsmartcard-vpcd``), the driver listens
on TCP port 35963 and takes one card per connection. Each frame is a 2-byte big-endian length and
a payload; a 1-byte payload is a control (0 power off, 1 power on, 2 reset, 4 send the ATR), a
longer one an APDU, answered with the response and its status word. Closing the connection is
taking the card out.
"""

from __future__ import annotations

import logging
import os
import socket
import struct
import threading

log = logging.getLogger(__name__)

VPCD_HOST = "127.0.0.1"
VPCD_PORT = 35963
# a Unix socket that leads to the driver instead of TCP (the tests' private pcscd: tests/pcscd.py)
SOCKET_ENV = "SELFCHECK_VPCD_SOCKET"

POWER_OFF, POWER_ON, RESET, GET_ATR = 0, 1, 2, 4


class VpcdBridge:
    """One card in the virtual reader for as long as the bridge is connected."""

    def __init__(self, card, host: str = VPCD_HOST, port: int = VPCD_PORT, path: str | None = None) -> None:
        """``path``: a Unix socket leading to the driver (default: $SELFCHECK_VPCD_SOCKET), else TCP."""
        self.card = card
        self.host, self.port = host, port
        self.path = path or os.environ.get(SOCKET_ENV) or None
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None

    def insert(self, timeout: float = 5.0) -> "VpcdBridge":
        """Connect to the driver (raises OSError when pcscd or the driver is not there)."""
        if self.path:
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            sock.settimeout(timeout)
            try:
                sock.connect(self.path)
            except OSError:
                sock.close()
                raise
            self._sock = sock
        else:
            self._sock = socket.create_connection((self.host, self.port), timeout=timeout)
            self._sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._sock.settimeout(None)
        self._thread = threading.Thread(target=self._serve, args=(self._sock,), name="selfcheck-vpcd", daemon=True)
        self._thread.start()
        return self

    def remove(self) -> None:
        sock, self._sock = self._sock, None
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError as e:  # the driver closed it first: the card is out all the same
                log.debug("vpcd connection already closed: %s", type(e).__name__)
            sock.close()
        if self._thread is not None:
            self._thread.join(5)
            self._thread = None

    @property
    def inserted(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _serve(self, sock: socket.socket) -> None:
        try:
            while True:
                head = _read_exactly(sock, 2)
                if head is None:
                    return
                (n,) = struct.unpack(">H", head)
                payload = _read_exactly(sock, n)
                if payload is None:
                    return
                if n == 1:
                    control = payload[0]
                    if control == GET_ATR:
                        _send(sock, self.card.atr)
                    elif control == POWER_OFF:
                        self.card.power_off()
                    elif control in (POWER_ON, RESET):
                        self.card.power_on()
                    continue
                _send(sock, self.card.process(payload))
        except OSError:
            return  # the card was taken out (our side) or pcscd went away (theirs)


def _send(sock: socket.socket, payload: bytes) -> None:
    sock.sendall(struct.pack(">H", len(payload)) + payload)


def _read_exactly(sock: socket.socket, n: int) -> bytes | None:
    buf = bytearray()
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            return None
        buf += chunk
    return bytes(buf)

# how pcscd names the driver's slots: "Virtual PCD 00 00" (port 35963), "Virtual PCD 00 01" (35964)
VIRTUAL_READER_PREFIX = "Virtual PCD"
