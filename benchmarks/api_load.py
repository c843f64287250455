"""The mock API on loopback under concurrent clients (issue 6, item 5): requests per second and
p99 latency for the links and access-log endpoints, with /v1/health as the reference in the
same run. The server runs as its own process (``selfcheck-mock-api serve``); the load is bounded
by a fixed number of requests per client and never leaves 127.0.0.1."""

from __future__ import annotations

import tempfile
import threading
import time
from pathlib import Path

import requests

from .common import card_sign_in, issue_card, median, mock_api, p99, seeded_db

CLIENTS = 8
PER_CLIENT = 150


def _load(url: str, headers: dict) -> tuple[float, list[float]]:
    lat: list[float] = []
    lock = threading.Lock()

    def client() -> None:
        sess = requests.Session()
        sess.trust_env = False
        mine = []
        for _ in range(PER_CLIENT):
            t = time.perf_counter()
            r = sess.get(url, headers=headers, timeout=30)
            r.raise_for_status()
            mine.append(time.perf_counter() - t)
        with lock:
            lat.extend(mine)

    threads = [threading.Thread(target=client, name=f"bench-client-{i}") for i in range(CLIENTS)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - t0, lat


def run() -> dict:
    from selfcheck.mockapi.store import persona_summaries

    tmp = Path(tempfile.mkdtemp(prefix="selfcheck-bench-api-"))
    db = seeded_db(tmp / "api.sqlite3")
    p = {x.id: x for x in persona_summaries()}["stress"]
    card = issue_card(db, p.number, p.pin)
    with mock_api(db) as base:
        token = card_sign_in(base, card, p.pin)
        auth = {"Authorization": f"Bearer {token}"}
        out = {}
        for label, path, headers in (("GET /v1/health (reference)", "/v1/health", {}),
                                     ("GET /v1/me/links?limit=200", "/v1/me/links?limit=200", auth),
                                     ("GET /v1/me/access-log?limit=200", "/v1/me/access-log?limit=200", auth),
                                     ("GET /v1/me/access-log?offset=19800&limit=200", "/v1/me/access-log?offset=19800&limit=200", auth)):
            _load(base + path, headers)  # warm up
            wall, lat = _load(base + path, headers)
            out[label] = {"rps": len(lat) / wall, "p50_ms": 1000 * median(lat), "p99_ms": 1000 * p99(lat)}
        return out


if __name__ == "__main__":
    for k, v in run().items():
        print(k, {a: round(b, 1) for a, b in v.items()})
