"""Queue and send a request with the outbox on a disk that is full (a small tmpfs).

    python -m tests.support.full_disk_worker MOUNT API_URL RESIDENT_ID LINK_ID
(SELFCHECK_TEST_TOKEN: the resident's session.) Prints "filled", the outbox's problem, the state.
"""

from __future__ import annotations

import base64
import os
import sys
from pathlib import Path

from selfcheck.core import schema as s
from selfcheck.core.client import ApiClient
from selfcheck.core.outbox import Outbox
from tests.conftest import MemoryKeyring


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


def main() -> int:
    mount, url, resident, link = sys.argv[1:5]
    # an in-memory keyring stands in for the OS keyring, handed over explicitly (the app
    # itself trusts only allow-listed ones)
    box = Outbox(Path(mount) / "outbox.sqlite3", keyring_backend=MemoryKeyring())
    assert box.persistent
    fd = os.open(Path(mount) / "filler", os.O_WRONLY | os.O_CREAT)  # take every byte that is left
    for size in (65536, 4096, 1):
        try:
            while True:
                os.write(fd, b"\0" * size)
        except OSError:
            pass
    os.close(fd)
    print("filled", flush=True)
    pdf = base64.b64encode(big_pdf()).decode()
    body = s.CorrectionCreate(items=[s.CorrectionItem(link_id=link, reason=s.Reason.NOT_MINE, note="full")],
                              attachments=[s.Attachment(filename="a.pdf", media_type="application/pdf", data=pdf)])
    item = box.enqueue(resident, body)
    print(box.problem, flush=True)
    client = ApiClient(url)
    client._token = os.environ["SELFCHECK_TEST_TOKEN"]
    print(box.send(client, item).state.value, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
