"""Run every benchmark and print one Markdown report (what the README shows).

    ./dev bench              (or: .venv/bin/python -m benchmarks [--quick])

Speed is reported against a reference measured in the same run where one exists (a bare
PySide6 window; /v1/health; NFKC of each name), and each budget from issue 6 is marked met or
not met. Figures vary with the machine and its load: compare ratios, not seconds.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

from . import api_load, responsiveness, rules_bench, startup
from .common import machine


def _child(module: str) -> dict:
    """Benchmarks that open windows or measure a process's memory run in a process of their own."""
    code = f"import json, {module} as m; print('RESULT ' + json.dumps(m.run()))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=1200)
    line = next((x for x in out.stdout.splitlines() if x.startswith("RESULT ")), None)
    if line is None:
        raise RuntimeError(f"{module} failed: {out.stderr[-2000:]}")
    return json.loads(line[7:])


ROOT = Path(__file__).resolve().parents[1]


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"selfcheck_{name}", ROOT / "packaging" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def _package(frozen: Path | None) -> dict:
    """The frozen app (built here unless given) and its .deb, for the start-up and size rows."""
    app = frozen.resolve() if frozen else _load("freeze").freeze(ROOT / "build" / "bench" / "dist",
                                                                 ROOT / "build" / "bench" / "work")
    deb = _load("build_deb").build(app, ROOT / "build" / "bench")
    size, files = _size(app)
    return {"app": app, "app_bytes": size, "app_files": files, "deb_bytes": deb.stat().st_size}


def verdict(ok: bool) -> str:
    return "met" if ok else "**not met**"


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--quick", action="store_true", help="fewer runs and links (a smoke run, not for figures)")
    p.add_argument("--frozen", type=Path, help="a frozen app already built (dist/selfcheck); default: build one")
    a = p.parse_args()
    runs = 3 if a.quick else 11
    links = 20_000 if a.quick else 1_000_000

    pkg = _package(a.frozen)
    s = startup.run(runs, pkg["app"])
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
    print(f"| 1. of which Qt's own: the same first window's Qt without the app's Python (icon, translator, style sheet, "
          f"menus, the sign-in form from its .ui file; median of {s['runs']}) | {s['qt_floor'] * 1000:.0f} ms | "
          f"bare window {s['bare'] * 1000:.0f} ms | {s['qt_floor'] / s['bare']:.2f}× | |")
    print(f"| 1. of which the app's Python: first paint above that Qt window | "
          f"{(s['first_paint'] - s['qt_floor']) * 1000:.0f} ms | bare window {s['bare'] * 1000:.0f} ms | "
          f"{(s['first_paint'] - s['qt_floor']) / s['bare']:.2f}× | |")
    print(f"| 2. cold start to the overview filled, demo, mock API process included (median of {s['runs']}) | "
          f"{s['overview'] * 1000:.0f} ms | bare window {s['bare'] * 1000:.0f} ms | {ov:.2f}× | ≤ 3×: {verdict(ov <= 3)} |")
    print(f"| 2. of which: the demo's mock API process from spawn to accepting requests (FastAPI, uvicorn) | "
          f"{s['server_ready'] * 1000:.0f} ms | bare window {s['bare'] * 1000:.0f} ms | {s['server_ready'] / s['bare']:.2f}× | |")
    st, b = s["server_steps"], s["bare"]
    steps = (("its Python started (the interpreter and the child's own module)", 0.0, st["python-started"]),
             ("FastAPI, uvicorn, pydantic and the API imported", st["python-started"], st["imported"]),
             ("its database opened (seeded once, at the first launch)", st["imported"], st["store-open"]),
             ("the API built (routes, validators)", st["store-open"], st["app-built"]),
             ("listening: uvicorn started", st["app-built"], st["listening"]),
             ("the first request answered", st["listening"], st["first-request"]))
    for label, start, end in steps:
        print(f"| 2. breakdown, demo server: {label} | {(end - start) * 1000:.0f} ms | bare window {b * 1000:.0f} ms | "
              f"{(end - start) / b:.2f}× | |")
    print(f"| 2. breakdown, references: a bare Python's start and exit; importing PySide6's widgets | "
          f"{s['python_start'] * 1000:.0f} ms; {s['qt_import'] * 1000:.0f} ms | bare window {b * 1000:.0f} ms | "
          f"{s['python_start'] / b:.2f}×; {s['qt_import'] / b:.2f}× | |")
    print(f"| 2. breakdown, the app: from the server accepting requests to the overview filled (sign-in, links, "
          f"drawing) | {(s['overview'] - s['server_ready']) * 1000:.0f} ms | bare window {b * 1000:.0f} ms | "
          f"{(s['overview'] - s['server_ready']) / b:.2f}× | |")
    ffp, fov = s["frozen_first_paint"] / s["bare"], s["frozen_overview"] / s["bare"]
    print(f"| 1. frozen app (PyInstaller): cold start to the first painted window (median of {s['runs']}) | "
          f"{s['frozen_first_paint'] * 1000:.0f} ms | venv {s['first_paint'] * 1000:.0f} ms, bare window "
          f"{s['bare'] * 1000:.0f} ms | {s['frozen_first_paint'] / s['first_paint']:.2f}× the venv, {ffp:.2f}× bare | "
          f"≤ 1.5× bare: {verdict(ffp <= 1.5)} |")
    print(f"| 2. frozen app: cold start to the overview filled (median of {s['runs']}) | {s['frozen_overview'] * 1000:.0f} ms | "
          f"venv {s['overview'] * 1000:.0f} ms, bare window {s['bare'] * 1000:.0f} ms | "
          f"{s['frozen_overview'] / s['overview']:.2f}× the venv, {fov:.2f}× bare | ≤ 3× bare: {verdict(fov <= 3)} |")
    for who, p in (("venv", ""), ("frozen app", "frozen_")):
        print(f"| closing, {who}: window closed → event loop returned (GUI thread), median | {s[p + 'close_gui'] * 1000:.0f} ms | | | "
              f"≤ 100 ms: {verdict(s[p + 'close_gui'] <= 0.1)} |")
        print(f"| closing, {who}: window closed → process exited, median (slowest) | {s[p + 'close_exit'] * 1000:.0f} ms "
              f"({s[p + 'close_exit_max'] * 1000:.0f} ms) | bare program: quit → exited {s['bare_exit_after_paint'] * 1000:.0f} ms | "
              f"{s[p + 'close_exit'] / s['bare_exit_after_paint']:.2f}× | ≤ 100 ms: {verdict(s[p + 'close_exit'] <= 0.1)} |")
    print(f"| install size: frozen app folder | {pkg['app_bytes'] / 2**20:.0f} MB in {pkg['app_files']} files | | | |")
    print(f"| install size: Debian package (gzip) | {pkg['deb_bytes'] / 2**20:.1f} MB | | | |")
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
    for label, (gap, total, *median) in resp.items():
        how = f", worst of {responsiveness.STRESS_RUNS} runs (median run {median[0] * 1000:.1f} ms)" if median else ""
        print(f"| 4. {label}: longest gap between event-loop ticks{how} | {gap * 1000:.1f} ms "
              f"(over {total:.1f} s) | | | ≤ 50 ms: {verdict(gap <= 0.050)} |")
    ref = api["GET /v1/health (reference)"]["rps"]
    for label, r in api.items():
        print(f"| 5. mock API, {api_load.CLIENTS} concurrent clients: {label} | {r['rps']:.0f} req/s, p99 {r['p99_ms']:.0f} ms | "
              f"/v1/health {ref:.0f} req/s | {r['rps'] / ref:.2f}× | |")
    print(f"| rules over {rules['links']:,} links (issue 3) | {rules['links'] / rules['rules_s']:,.0f} links/s | "
          f"NFKC of each name {rules['links'] / rules['ref_s']:,.0f} names/s | {rules['rules_s'] / rules['ref_s']:.1f}× slower | |")


if __name__ == "__main__":
    main()
