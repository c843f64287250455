"""Large data (issue 6, item 3): the stress resident (2,000 links, 20,000 access-log entries) and
a synthetic one with 100,000 entries, through the real window against the mock API running in its
own process (so its memory is not counted): time to load and show, time to filter and sort by a
typed word, and the peak memory of the app's process."""

from __future__ import annotations

import os
import resource
import tempfile
import time
from pathlib import Path

from .common import add_resident, issue_certificate, mock_api, seeded_db, window_card_sign_in

BIG_NUMBER, BIG_PIN = None, "4321"


def _wait(app, cond, timeout=120.0) -> None:
    """Run the event loop, as the app does, until ``cond`` holds (checked every 10 ms: a check is
    Python on the GUI thread, and checking each millisecond slowed the workers it waits for)."""
    from PySide6.QtCore import QEventLoop, QTimer

    if cond():
        return
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(10)
    check.timeout.connect(lambda: cond() and loop.quit())
    check.start()
    QTimer.singleShot(int(timeout * 1000), loop.quit)
    loop.exec()
    check.stop()
    if not cond():
        raise TimeoutError("the window did not get there in time")


def prepare(tmp: Path) -> dict:
    """The mock API's database with the synthetic resident, and the residents' software cards
    (their keys, certificates and PINs). Run in a process of its own (``--prepare``): seeding
    100,000 entries and the mock API's own modules are not the app's memory."""
    import base64

    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    from selfcheck.core.mynumber import make_valid
    from selfcheck.core.personas import persona_summaries

    number = make_valid("55555555555")
    db = seeded_db(tmp / "api.sqlite3")
    add_resident(db, "synthetic-100k", number, BIG_PIN, links=500, log=100_000)
    stress = next(p for p in persona_summaries() if p.id == "stress")
    cards = {}
    for num, pin in ((stress.number, stress.pin), (number, BIG_PIN)):
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        cert, ca = issue_certificate(db, num, key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
        pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
        cards[num] = {"key": pem.decode(), "cert": base64.b64encode(cert).decode(), "ca": base64.b64encode(ca).decode(),
                      "pin": pin}
    return {"db": str(db), "big_number": number, "cards": cards}


def run() -> dict:
    """The app's side only, in this process: the database and cards are made by another one, and
    the mock API runs as its own process. The peak is this process's, from its start."""
    import base64
    import json
    import subprocess
    import sys

    from cryptography.hazmat.primitives import serialization

    from selfcheck.core.card.soft import SoftJpkiCard

    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    tmp = Path(tempfile.mkdtemp(prefix="selfcheck-bench-large-"))
    os.environ["SELFCHECK_HOME"] = str(tmp / "home")
    os.environ["SELFCHECK_CARD_READER"] = "local"  # the residents' software cards, in-process
    made = subprocess.run([sys.executable, "-m", "benchmarks.large_data", "--prepare", str(tmp)], capture_output=True, text=True,
                          check=True, timeout=600, cwd=Path(__file__).resolve().parents[1])
    prep = json.loads(made.stdout.splitlines()[-1])
    cards = {num: SoftJpkiCard(serialization.load_pem_private_key(c["key"].encode(), None), base64.b64decode(c["cert"]),
                               base64.b64decode(c["ca"]), c["pin"]) for num, c in prep["cards"].items()}
    with mock_api(Path(prep["db"])) as url:
        return _measure(url, prep["big_number"], cards)


def _measure(url: str, big_number: str, cards: dict) -> dict:
    from PySide6.QtWidgets import QApplication

    from selfcheck.core.backend import Backend
    from selfcheck.gui.app import apply_style, create_app, install_translator
    from selfcheck.gui.main_window import MainWindow
    from selfcheck.core.personas import persona_summaries

    app = QApplication.instance() or create_app()
    install_translator(app, "en")
    apply_style(app, False)
    stress = next(p for p in persona_summaries() if p.id == "stress")
    out = {}
    for label, number, pin in (("stress (2,000 links, 20,000 entries)", stress.number, stress.pin),
                               ("synthetic (500 links, 100,000 entries)", big_number, BIG_PIN)):
        w = MainWindow(Backend(api_url=url))
        w.show()
        w.start_backend()
        _wait(app, lambda: w.runner.busy is False)
        t0 = time.perf_counter()
        shown = []
        w.overviewShown.connect(lambda: shown.append(time.perf_counter()))
        window_card_sign_in(w, cards[number], pin, lambda cond: _wait(app, cond))
        _wait(app, lambda: shown)
        total = int(label.split("links, ")[1].split()[0].replace(",", ""))
        _wait(app, lambda: w.home.log.total() == total)
        t_log = time.perf_counter()
        w.home.ui.tabs.setCurrentIndex(w.home.LOG)
        app.processEvents()
        # typing a word: one filter per keystroke, as the search box does
        times = []
        typed = ""
        for ch in "pension":
            typed += ch
            t = time.perf_counter()
            w.home.ui.searchEdit.setText(typed)
            times.append(time.perf_counter() - t)
        shown_rows = w.home.log.rowCount()
        t = time.perf_counter()
        w.home.ui.logView.sortByColumn(1, w.home.ui.logView.horizontalHeader().sortIndicatorOrder().__class__.AscendingOrder)
        t_sort = time.perf_counter() - t
        w.home.ui.searchEdit.clear()
        out[label] = {"overview_s": shown[0] - t0, "log_s": t_log - t0, "filter_max_ms": 1000 * max(times),
                      "filter_median_ms": 1000 * sorted(times)[len(times) // 2], "sort_ms": 1000 * t_sort,
                      "rows_after_filter": shown_rows, "entries": total}
        w.close()
        app.processEvents()
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


if __name__ == "__main__":
    import json
    import sys

    if sys.argv[1:2] == ["--prepare"]:
        print(json.dumps(prepare(Path(sys.argv[2]))))
    else:
        print(json.dumps(run(), indent=1))
