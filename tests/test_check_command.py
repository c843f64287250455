"""`selfcheck check`: findings as text or JSON; exit 0, 1, or 2 with a message."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date

import pytest

from selfcheck.core import schema as s
from selfcheck.core.rules import find

pytestmark = pytest.mark.gui  # needs Qt


def check(*args, cwd=None):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "selfcheck", "check", *args, "--today", "2026-11-27"],
                          capture_output=True, text=True, env=env, cwd=cwd, timeout=120)


@pytest.mark.parametrize("persona, code", [("clean", 0), ("child-parent-account", 1), ("foreign-resident", 1)])
def test_exit_status_follows_findings(persona, code):
    r = check("--demo", persona, "--lang", "en")
    assert r.returncode == code, r.stderr
    if code:
        assert "[Problem]" in r.stdout or "[Please check]" in r.stdout


def test_json_output_and_json_input_agree(tmp_path):
    r = check("--demo", "same-name-insurance", "--format", "json", "--lang", "ja")
    assert r.returncode == 1, r.stderr
    out = json.loads(r.stdout)
    assert out["resident"]["number_last4"] == "4908"
    rules = {f["rule"] for f in out["findings"]}
    assert rules == {"never_lived", "double_insurance"}
    sapporo = next(f for f in out["findings"] if f["rule"] == "never_lived")
    assert sapporo["severity"] == "problem" and sapporo["severity_text"] == "問題あり"
    assert sapporo["links"][0]["title"] == "国民健康保険"

    # The same resident as a JSON file in the API's shape gives the same findings.
    from selfcheck.mockapi.demo import resident_data

    data = resident_data("same-name-insurance")
    path = tmp_path / "resident.json"
    path.write_text(data.model_dump_json(), encoding="utf-8")
    r2 = check("--json", str(path), "--format", "json", "--lang", "ja")
    assert r2.returncode == 1
    assert json.loads(r2.stdout)["findings"] == out["findings"]
    assert [f.rule for f in find(data, today=date(2026, 11, 27))] == [f["rule"] for f in out["findings"]]


@pytest.mark.parametrize("content, needle", [(None, "Cannot read"), (b"{not json", "is not a resident's data"),
                                             (b'{"profile": {"name": 1}, "links": []}', "problem at: profile")])
def test_unreadable_input_is_explained(tmp_path, content, needle):
    path = tmp_path / "in.json"
    if content is not None:
        path.write_bytes(content)
    r = check("--json", str(path), "--lang", "en")
    assert r.returncode == 2
    assert needle in r.stderr and "Traceback" not in r.stderr


def test_unknown_demo_resident():
    r = check("--demo", "nobody", "--lang", "ja")
    assert r.returncode == 2 and "nobody というデモ利用者はいません" in r.stderr
