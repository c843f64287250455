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


def test_former_surname_advice_in_both_languages():
    en = check("--demo", "former-surname", "--lang", "en")
    ja = check("--demo", "former-surname", "--lang", "ja")
    assert en.returncode == ja.returncode == 1, en.stderr + ja.stderr
    assert "[Please check] This looks like yours under your former surname" in en.stdout
    assert "ask your bank to change the account name to your current name" in en.stdout
    assert "ask the insurer or the pension office to change the name" in en.stdout
    assert "[Problem]" not in en.stdout and "passbook" not in en.stdout
    assert "[要確認] 旧氏でのあなたのもののようです" in ja.stdout
    assert "銀行で口座名義を今の氏名に変更してください" in ja.stdout
    assert "[問題あり]" not in ja.stdout
    # the evidence columns say what they compare
    assert "住民票にあるあなたの氏名" in ja.stdout and "Your names in the resident register" in en.stdout


def test_alias_advice_in_both_languages():
    en = check("--demo", "alias-resident", "--lang", "en")
    ja = check("--demo", "alias-resident", "--lang", "ja")
    assert "[Please check] This looks like yours under your alias" in en.stdout and "[Problem]" not in en.stdout
    assert "[要確認] 通称でのあなたのもののようです" in ja.stdout and "[問題あり]" not in ja.stdout


def test_no_untranslated_value_in_either_language():
    ja = check("--demo", "disability-relative", "--lang", "ja")
    assert "性別：あなたの記録 女性 ｜ この項目 男性" in ja.stdout
    assert "female" not in ja.stdout and "male" not in ja.stdout
    en = check("--demo", "shared-terminal", "--lang", "en")
    assert "Registered through" in en.stdout and "a terminal at a municipal counter" in en.stdout
    assert "本人" not in en.stdout and "municipal_counter" not in en.stdout


def test_json_output_names_the_evidence_columns():
    r = check("--demo", "foreign-resident", "--format", "json", "--lang", "en")
    expired = next(f for f in json.loads(r.stdout)["findings"] if f["rule"] == "expired")
    assert expired["columns"] == ["Today", "This item"]


def test_places_and_insurers_in_english_for_an_english_reader():
    en = check("--demo", "same-name-insurance", "--lang", "en")
    ja = check("--demo", "same-name-insurance", "--lang", "ja")
    never = next(line for line in en.stdout.splitlines() if line.strip().startswith("Municipality:"))
    assert "、" not in never and "札幌" not in never and "Sapporo" in never, never
    assert "札幌市" in ja.stdout


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_output_into_a_reader_that_stops_early_is_not_a_traceback(fmt):
    """``selfcheck check ... | head -1``: the reader goes away before the output is written."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-m", "selfcheck", "check", "--demo", "shared-terminal", "--format", fmt,
                             "--lang", "en"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    proc.stdout.close()  # the reader is gone: every write meets a closed pipe
    err = proc.stderr.read()
    proc.wait(120)
    proc.stderr.close()
    assert "Traceback" not in err and "Exception ignored" not in err, err
    assert proc.returncode != 0  # the output did not arrive: not "no findings"
