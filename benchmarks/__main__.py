"""Run every benchmark and print one Markdown report (what the README shows).

    ./dev bench              (or: .venv/bin/python -m benchmarks [--quick])

Speed is reported against a reference measured in the same run where one exists (a bare
PySide6 window; /v1/health; NFKC of each name), and each budget from issue 6 is marked met or
not met. Figures vary with the machine and its load: compare ratios, not seconds.
"""

from __future__ import annotations

import argparse
import datetime
import json
import subprocess
import sys

from . import api_load, rules_bench, startup
from .common import machine


def _child(module: str) -> dict:
    """Benchmarks that open windows or measure a process's memory run in a process of their own."""
    code = f"import json, {module} as m; print('RESULT ' + json.dumps(m.run()))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=1200)
    line = next((x for x in out.stdout.splitlines() if x.startswith("RESULT ")), None)
    if line is None:
        raise RuntimeError(f"{module} failed: {out.stderr[-2000:]}")
    return json.loads(line[7:])


def verdict(ok: bool) -> str:
    return "met" if ok else "**not met**"


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--quick", action="store_true", help="fewer runs and links (a smoke run, not for figures)")
    a = p.parse_args()
    runs = 3 if a.quick else 11
    links = 20_000 if a.quick else 1_000_000

    s = startup.run(runs)
    big = _child("benchmarks.large_data")
    resp = _child("benchmarks.responsiveness")
    api = api_load.run()
    rules = rules_bench.run(links, 10)

    print(f"Benchmarks, {datetime.date.today().isoformat()}, on {machine()}\n")
    print("| what | measured | reference (same run) | ratio | budget |")
    print("|---|---|---|---|---|")
    fp, ov = s["first_paint"] / s["bare"], s["overview"] / s["bare"]
    print(f"| 1. cold start to the first painted window, demo (median of {s['runs']}) | {s['first_paint'] * 1000:.0f} ms | "
          f"bare PySide6 QLabel window {s['bare'] * 1000:.0f} ms | {fp:.2f}× | ≤ 1.5×: {verdict(fp <= 1.5)} |")
    print(f"| 2. cold start to the overview filled, demo, mock API process included (median of {s['runs']}) | "
          f"{s['overview'] * 1000:.0f} ms | bare window {s['bare'] * 1000:.0f} ms | {ov:.2f}× | ≤ 3×: {verdict(ov <= 3)} |")
    peak = big.pop("peak_rss_mb")
    for label, r in big.items():
        print(f"| 3. {label}: sign in to overview shown | {r['overview_s'] * 1000:.0f} ms | | | |")
        print(f"| 3. {label}: sign in to the whole access log shown | {r['log_s']:.2f} s | | | |")
        print(f"| 3. {label}: filter while typing “pension”, slowest keystroke (median) | "
              f"{r['filter_max_ms']:.1f} ms ({r['filter_median_ms']:.1f} ms) | | | "
              f"{'< 100 ms: ' + verdict(r['filter_max_ms'] < 100) if r['entries'] >= 100_000 else ''} |")
        print(f"| 3. {label}: sort by agency | {r['sort_ms']:.0f} ms | | | |")
    print(f"| 3. peak memory of the app process (window, client, both residents loaded) | {peak:.0f} MB | | | "
          f"< 250 MB: {verdict(peak < 250)} |")
    for label, (gap, total) in resp.items():
        print(f"| 4. {label}: longest gap between event-loop ticks | {gap * 1000:.1f} ms (over {total:.1f} s) | | | "
              f"≤ 50 ms: {verdict(gap <= 0.050)} |")
    ref = api["GET /v1/health (reference)"]["rps"]
    for label, r in api.items():
        print(f"| 5. mock API, {api_load.CLIENTS} concurrent clients: {label} | {r['rps']:.0f} req/s, p99 {r['p99_ms']:.0f} ms | "
              f"/v1/health {ref:.0f} req/s | {r['rps'] / ref:.2f}× | |")
    print(f"| rules over {rules['links']:,} links (issue 3) | {rules['links'] / rules['rules_s']:,.0f} links/s | "
          f"NFKC of each name {rules['links'] / rules['ref_s']:,.0f} names/s | {rules['rules_s'] / rules['ref_s']:.1f}× slower | |")


if __name__ == "__main__":
    main()
