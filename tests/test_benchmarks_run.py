"""The benchmark scripts run (on a small input). Their figures are measured by running them,
not asserted here: speed is never a test condition."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_rules_benchmark_runs_and_prints_its_table():
    r = subprocess.run([sys.executable, "-m", "benchmarks.rules_bench", "--links", "2000"], cwd=ROOT,
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert "| links checked | 2,000 (200 residents × 10) |" in r.stdout
    assert "| links per second |" in r.stdout and "| rules / reference |" in r.stdout


def test_the_start_up_benchmark_measures_compiled_bytecode_as_installed(tmp_path):
    """An installed wheel and the frozen app carry their modules' bytecode; the start-up benchmark
    runs from the checkout, whose modules must not be compiled anew at each measured start."""
    import importlib.util
    import os

    from benchmarks.common import compile_bytecode

    package = compile_bytecode()
    modules = sorted(package.rglob("*.py"))
    assert len(modules) > 40
    for src in modules:
        cached = Path(importlib.util.cache_from_source(str(src)))
        assert cached.exists(), src
        assert os.stat(cached).st_mtime >= os.stat(src).st_mtime, src
