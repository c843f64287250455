"""Run the fault matrix (tests/test_fault_matrix.py) and print its results as the README's table.

    .venv/bin/python tools/fault_matrix_table.py
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.faultproxy import KINDS, PLACES  # noqa: E402

RECOVERIES = ("automatic retry", "send again", "restart")


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        xml = Path(tmp) / "matrix.xml"
        started = time.monotonic()
        subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--junitxml={xml}",
                        "tests/test_fault_matrix.py"], cwd=ROOT, capture_output=True)
        took = time.monotonic() - started
        results = {}
        for case in ET.parse(xml).getroot().iter("testcase"):
            m = re.search(r"\[(.+)-(.+)-(.+)\]", case.get("name", ""))
            if m:
                bad = case.find("failure") is not None or case.find("error") is not None
                results[(m.group(1), m.group(2), m.group(3))] = not bad
    head = "| fault | " + " | ".join(p.replace("_", " ") for p in PLACES) + " |"
    print(head)
    print("|" + "---|" * (len(PLACES) + 1))
    for kind in KINDS:
        cells = []
        for place in PLACES:
            ok = [results.get((kind, place, r)) for r in RECOVERIES]
            cells.append("✔ ✔ ✔" if all(ok) else " ".join("✔" if x else "✘" for x in ok))
        print(f"| {kind.replace('_', ' ')} | " + " | ".join(cells) + " |")
    passed = sum(results.values())
    print(f"\n{passed} of {len(results)} combinations passed in {took:.0f} s.")
    return 0 if passed == len(results) == len(KINDS) * len(PLACES) * len(RECOVERIES) else 1


if __name__ == "__main__":
    raise SystemExit(main())
