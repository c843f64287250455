"""pcscd with vsmartcard's virtual reader, for the tests that go through the real PC/SC stack.

The driver's packaged configuration makes it listen on 0.0.0.0:35963 and :35964, reachable from
other hosts. So, where it can (as root, with ``unshare`` and ``ip``), the test run starts its
**own** pcscd (``pcscd -f``, never ``-a``: its APDU log would show the PIN) in a private network
namespace whose only interface is its own loopback, with its client socket in a private folder
(``PCSCLITE_CSOCK_NAME``, set by ``tests/conftest.py`` before any PC/SC call). The card reaches
the driver through ``tests/vpcd_relay.py``: a Unix socket (mode 0600) in that folder, relayed
inside the namespace to the driver's port (``SELFCHECK_VPCD_SOCKET`` tells ``VpcdBridge``). No
port is opened on this machine's network at all.

Otherwise (not root): if a pcscd already answers with the virtual reader (``.ci/run`` starts
one), the tests use it, and the driver then listens on all interfaces as packaged.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

VIRTUAL_READER = "Virtual PCD 00 00"
SOCKET = "/run/pcscd/pcscd.comm"


DRIVER = "/usr/lib/pcsc/drivers/serial/libifdvpcd.so"
# the driver's packaged configuration (Debian's /etc/reader.conf.d/vpcd): first slot on 35963
READER_CONF = f"""FRIENDLYNAME "Virtual PCD"
DEVICENAME   /dev/null:0x8C7B
LIBPATH      {DRIVER}
CHANNELID    0x8C7B
"""
RELAY = Path(__file__).with_name("vpcd_relay.py")


def private_folder() -> Path | None:
    """A private folder for the tests' own pcscd, or None when one cannot be started here."""
    exe = shutil.which("pcscd") or ("/usr/sbin/pcscd" if os.path.exists("/usr/sbin/pcscd") else None)
    if os.geteuid() != 0 or not exe or not shutil.which("unshare") or not (shutil.which("ip") or
                                                                           os.path.exists("/usr/sbin/ip")):
        return None
    if not os.path.exists(DRIVER):
        return None
    return Path(tempfile.mkdtemp(prefix="selfcheck-pcscd-"))


def _virtual_reader_listed() -> bool:
    from selfcheck.core.card import pcsc

    return VIRTUAL_READER in pcsc.readers()


class Pcscd:
    def __init__(self) -> None:
        self.proc: subprocess.Popen | None = None
        self._log = None

    def start(self, timeout: float = 15.0) -> "Pcscd":
        from selfcheck.core.card import pcsc

        folder = os.environ.get("SELFCHECK_TEST_PCSCD_DIR")
        if folder:
            return self._start_private(Path(folder), timeout)
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

    def _start_private(self, folder: Path, timeout: float) -> "Pcscd":
        """pcscd and the relay in a network namespace of their own (see the module's text)."""
        conf = folder / "reader.conf.d"
        conf.mkdir(mode=0o700, exist_ok=True)
        (conf / "vpcd").write_text(READER_CONF, encoding="ascii")
        # pcscd makes its socket in /run/pcscd (compiled in): here that is the private folder
        script = ('ip link set lo up && mkdir -p /run/pcscd && mount --bind "$6" /run/pcscd && '
                  '{ "$1" "$2" "$3" 35963 & } && exec "$4" -f -c "$5"')
        exe = shutil.which("pcscd") or "/usr/sbin/pcscd"
        self._log = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(["unshare", "--mount", "--net", "sh", "-c", script, "sh", sys.executable,
                                      str(RELAY), os.environ["SELFCHECK_VPCD_SOCKET"], exe, str(conf), str(folder)],
                                     stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + 2 * timeout
        while not (_virtual_reader_listed() and os.path.exists(os.environ["SELFCHECK_VPCD_SOCKET"])):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                code = self.proc.poll()
                self._log.seek(0)
                log = self._log.read()[-3000:].decode("utf-8", "replace")
                self.stop()
                raise RuntimeError(f"the tests' pcscd did not start with the virtual reader (exit {code}): {log}")
            time.sleep(0.05)  # polling a daemon's start-up, not a test's wait
        return self

    def stop(self) -> None:
        if self.proc is not None and os.environ.get("SELFCHECK_TEST_PCSCD_DIR"):
            try:  # pcscd and the relay: the whole process group of the namespace
                os.killpg(self.proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass  # already gone
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
