"""pcscd with vsmartcard's virtual reader, for the tests that go through the real PC/SC stack.

If a pcscd already answers with the virtual reader (``.ci/run`` starts one), the tests use it;
otherwise, as root, they start ``pcscd -f`` (not ``-a``: its APDU log would show the PIN) themselves and stop it afterwards. There is one
pcscd per machine (its socket is /run/pcscd/pcscd.comm): the virtual reader's first slot takes
the card on 127.0.0.1:35963, the port the driver's configuration dictates.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time

VIRTUAL_READER = "Virtual PCD 00 00"
SOCKET = "/run/pcscd/pcscd.comm"


def _virtual_reader_listed() -> bool:
    from selfcheck.core.card import pcsc

    return VIRTUAL_READER in pcsc.readers()


class Pcscd:
    def __init__(self) -> None:
        self.proc: subprocess.Popen | None = None
        self._log = None

    def start(self, timeout: float = 15.0) -> "Pcscd":
        from selfcheck.core.card import pcsc

        deadline = time.monotonic() + timeout
        while pcsc.available():  # a pcscd answers (.ci/run's): wait for its virtual reader
            if _virtual_reader_listed():
                return self
            if time.monotonic() > deadline:
                raise RuntimeError("pcscd runs without the virtual reader: apt-get install vsmartcard-vpcd, restart pcscd")
            time.sleep(0.05)  # polling a daemon's start-up, not a test's wait
        exe = shutil.which("pcscd") or ("/usr/sbin/pcscd" if os.path.exists("/usr/sbin/pcscd") else None)
        if exe is None:
            raise RuntimeError("pcscd is not installed: run ./dev setup (it installs pcscd and vsmartcard-vpcd)")
        if not os.path.exists("/etc/reader.conf.d/vpcd"):
            raise RuntimeError("the virtual reader driver is not configured: apt-get install vsmartcard-vpcd")
        if os.geteuid() != 0:
            raise RuntimeError("pcscd is not running and only root can start it: sudo pcscd -f &")
        self._log = tempfile.TemporaryFile()
        self.proc = subprocess.Popen([exe, "-f"], stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + 2 * timeout
        while not _virtual_reader_listed():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                code = self.proc.poll()
                self.stop()
                self._log.seek(0)
                log = self._log.read()[-3000:].decode("utf-8", "replace")
                raise RuntimeError(f"pcscd did not start with the virtual reader (exit {code}): {log}")
            time.sleep(0.05)  # polling a daemon's start-up, not a test's wait
        return self

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
            self.proc = None
        if self._log is not None:
            self._log.close()
            self._log = None
