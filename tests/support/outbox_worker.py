"""Drive the app's outbox as a separate process: make sure requests req-0 … req-N-1 are queued
(each in its own transaction), then send what is waiting. Prints a line at each step, so a
test can kill it at chosen points. Environment: SELFCHECK_TEST_TOKEN (a resident's session).

    python -m tests.support.outbox_worker DB API_URL RESIDENT_ID LINK_ID PREFIX N
"""

from __future__ import annotations

import os
import sys

from selfcheck.core import schema as s
from selfcheck.core.client import ApiClient
from selfcheck.core.outbox import Outbox


def main() -> int:
    db, url, resident, link, prefix, n = sys.argv[1:7]
    import keyring

    # the test's file keyring stands in for the OS keyring; it is handed over explicitly, since
    # the app itself would never trust a file keyring
    box = Outbox(__import__("pathlib").Path(db), keyring_backend=keyring.get_keyring())
    assert box.persistent
    print("started", flush=True)
    have = box.labels()
    for i in range(int(n)):
        label = f"{prefix}-{i}"
        if label not in have:
            body = s.CorrectionCreate(items=[s.CorrectionItem(link_id=link, reason=s.Reason.NOT_MINE, note=label)])
            box.enqueue(resident, body, label=label)
            print("queued", label, flush=True)
    client = ApiClient(url, retries=0)
    client._token = os.environ["SELFCHECK_TEST_TOKEN"]
    for item in box.pending(resident):
        done = box.send(client, item, on_sending=lambda it: print("sending", it.label, flush=True))
        print("sent", done.label, done.state, flush=True)
    left = box.pending(resident)
    print("done" if not left else f"left {len(left)}", flush=True)
    box.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
