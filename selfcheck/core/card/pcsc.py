"""Card readers through PC/SC (pyscard): list them, connect to a card, watch insertion and removal.

Where pyscard or the PC/SC service is missing, ``available()`` is False and ``readers()`` empty;
nothing here raises for that, so the app can fall back to the in-process demo card.
"""

from __future__ import annotations

import threading
from typing import Callable

from .jpki import CardError, CardRemoved

try:  # the binding needs libpcsclite (Linux), WinSCard (Windows) or CryptoTokenKit (macOS)
    from smartcard import scard
except ImportError:  # pragma: no cover - exercised only where pyscard is not installed
    scard = None

# GET RESPONSEs after one command: 16 x 256 bytes is far more than any answer of a short APDU
MAX_GET_RESPONSES = 16
_REMOVED = {"SCARD_W_REMOVED_CARD", "SCARD_E_NO_SMARTCARD", "SCARD_W_RESET_CARD", "SCARD_E_READER_UNAVAILABLE"}


def _code_name(code: int) -> str:
    for name in _REMOVED:
        if getattr(scard, name, None) == code:
            return name
    return f"{code & 0xFFFFFFFF:08X}"


def _has_le(apdu: bytes) -> bool:
    """Whether a short APDU ends with Le (case 2: header + Le; case 4: header + Lc + data + Le)."""
    return len(apdu) == 5 or (len(apdu) > 5 and len(apdu) == 6 + apdu[4])


class Context:
    def __init__(self) -> None:
        if scard is None:
            raise CardError("pyscard is not installed")
        hr, self.handle = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
        if hr != scard.SCARD_S_SUCCESS:
            raise CardError(f"no PC/SC service: {scard.SCardGetErrorMessage(hr)}")

    def readers(self) -> list[str]:
        hr, names = scard.SCardListReaders(self.handle, [])
        if hr != scard.SCARD_S_SUCCESS:
            return []  # SCARD_E_NO_READERS_AVAILABLE and friends
        return list(names)

    def release(self) -> None:
        scard.SCardReleaseContext(self.handle)


def available() -> bool:
    try:
        Context().release()
        return True
    except CardError:
        return False


def readers() -> list[str]:
    try:
        ctx = Context()
    except CardError:
        return []
    try:
        return ctx.readers()
    finally:
        ctx.release()


class PcscChannel:
    """A connection to the card in one reader (T=0 or T=1, exclusive while it is open)."""

    def __init__(self, reader: str) -> None:
        self.reader = reader
        self._ctx = Context()
        hr, self._card, self._protocol = scard.SCardConnect(
            self._ctx.handle, reader, scard.SCARD_SHARE_EXCLUSIVE, scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1)
        if hr != scard.SCARD_S_SUCCESS:
            self._ctx.release()
            if _code_name(hr) in _REMOVED:
                raise CardRemoved(f"no card in {reader}")
            raise CardError(f"cannot connect to {reader}: {scard.SCardGetErrorMessage(hr)}")

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        """Send a short APDU; follows T=0's 61 xx (GET RESPONSE) and 6C xx (send again with the Le
        the card wants) as far as an honest card needs, never without end: a hostile card that
        asks for ever is a CardError, not a hang, a RecursionError or a growing buffer."""
        data, sw = self._exchange(apdu)
        if sw >> 8 == 0x6C:  # wrong Le: once, and only for a command that has one (else its data would change)
            if not _has_le(apdu):
                raise CardError(f"the card asked for an Le the command does not have: status {sw:04X}", sw)
            data, sw = self._exchange(apdu[:-1] + bytes([sw & 0xFF]))
        rounds = 0
        while sw >> 8 == 0x61:  # more data waits: GET RESPONSE
            rounds += 1
            if rounds > MAX_GET_RESPONSES:
                raise CardError("the card's answer does not end", sw)
            more, sw = self._exchange(bytes([0x00, 0xC0, 0x00, 0x00, sw & 0xFF]))
            data += more
        if sw >> 8 == 0x6C:
            raise CardError(f"the card keeps asking for another Le: status {sw:04X}", sw)
        return data, sw

    def _exchange(self, apdu: bytes) -> tuple[bytes, int]:
        hr, response = scard.SCardTransmit(self._card, self._protocol, list(apdu))
        if hr != scard.SCARD_S_SUCCESS:
            if _code_name(hr) in _REMOVED:
                raise CardRemoved("the card was taken out")
            raise CardError(f"transmit failed: {scard.SCardGetErrorMessage(hr)}")
        if len(response) < 2:
            raise CardError("the card answered without a status word")
        return bytes(response[:-2]), response[-2] << 8 | response[-1]

    def close(self) -> None:
        if self._card is not None:
            scard.SCardDisconnect(self._card, scard.SCARD_RESET_CARD)
            self._card = None
            self._ctx.release()


class CardWatcher:
    """Calls ``on_change(reader, present)`` from its own thread when a card goes in or out.

    It reports every reader's state once at start, then each change; readers that appear
    later are picked up. ``stop()`` wakes it at once (SCardCancel) and joins it.
    """

    def __init__(self, on_change: Callable[[str, bool], None], poll_ms: int = 1000) -> None:
        self.on_change = on_change
        self.poll_ms = poll_ms
        self._ctx = Context()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="selfcheck-card-watcher", daemon=True)

    def start(self) -> "CardWatcher":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        scard.SCardCancel(self._ctx.handle)
        self._thread.join(5)
        self._ctx.release()

    def _run(self) -> None:
        known: dict[str, bool] = {}
        while not self._stop.is_set():
            names = self._ctx.readers()
            for gone in set(known) - set(names):
                if known.pop(gone):
                    self.on_change(gone, False)
            if not names:
                if self._stop.wait(self.poll_ms / 1000):
                    return
                continue
            states = [(n, scard.SCARD_STATE_UNAWARE) for n in names]
            hr, states = scard.SCardGetStatusChange(self._ctx.handle, 0, states)
            while hr == scard.SCARD_S_SUCCESS and not self._stop.is_set():
                for name, event, _atr in states:
                    present = bool(event & scard.SCARD_STATE_PRESENT)
                    if known.get(name) != present:
                        known[name] = present
                        self.on_change(name, present)
                states = [(n, e & ~scard.SCARD_STATE_CHANGED) for n, e, _ in states]
                hr, states = scard.SCardGetStatusChange(self._ctx.handle, self.poll_ms, states)
                if hr == scard.SCARD_E_TIMEOUT:
                    if sorted(self._ctx.readers()) != sorted(names):
                        break  # a reader came or went: start over with the new list
                    hr = scard.SCARD_S_SUCCESS
                    states = [(n, e, a) for n, e, a in states]
            if hr not in (scard.SCARD_S_SUCCESS, scard.SCARD_E_TIMEOUT) and self._stop.wait(self.poll_ms / 1000):
                return
