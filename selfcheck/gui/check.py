"""``selfcheck check``: print the findings for one resident, for help desks and reviewers.

    selfcheck check --demo PERSONA [--format text|json] [--lang ja|en]
    selfcheck check --json FILE     (a resident's data in the API's JSON shape: profile, links, access_log)

Exit status: 0 no findings, 1 findings, 2 input that cannot be read (with a message saying why).
Texts come from the same translations as the app (Qt Linguist, context "Findings" and "CheckCommand"),
which is why this front end lives with the Qt one although it shows no window.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from ..core import schema as s
from ..core.explain import ASPECT, SEVERITY, column_labels, texts, value_text
from ..core.resources import resource
from ..core.rules import Finding, find

translate = QCoreApplication.translate


def console_translation(lang: str | None) -> tuple[str, QTranslator]:
    """For what prints without a window (this command; ``selfcheck`` without a screen): the
    language in use, and its translator (the caller keeps it alive while it prints)."""
    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    if lang is None:
        lang = "ja" if QLocale.system().language() == QLocale.Language.Japanese else "en"
    tr = QTranslator(app)
    if tr.load(str(resource("translations", f"selfcheck_{lang}.qm"))):
        app.installTranslator(tr)
    return lang, tr


def _finding_dict(f: Finding, data: s.ResidentData, ja: bool) -> dict:
    title, why, todo = texts(f, translate)
    by_id = {x.id: x for x in data.links}
    return {"rule": f.rule, "code": f.code, "severity": f.severity.value,
            "severity_text": translate("Findings", SEVERITY[f.severity]),
            "title": title, "explanation": why, "what_to_do": todo,
            "links": [{"id": i, "title": by_id[i].title if ja else by_id[i].title_en} for i in f.link_ids if i in by_id],
            "columns": list(column_labels(f, translate)),
            "evidence": [{"aspect": e.aspect, "label": translate("Findings", ASPECT.get(e.aspect, e.aspect)),
                          "yours": e.yours, "theirs": e.theirs,
                          "yours_text": value_text(e.aspect, e.values(not ja)[0], translate),
                          "theirs_text": value_text(e.aspect, e.values(not ja)[1], translate)} for e in f.evidence],
            "suggested_reason": f.suggested_reason.value if f.suggested_reason else None}


def main(argv: list[str], load_demo: Callable[[str], s.ResidentData] | None = None) -> int:
    """``load_demo(persona)``: a demo resident's data (the mock API's seed data, given by the
    caller: this front end does not import the mock server); LookupError for an unknown one."""
    p = argparse.ArgumentParser(prog="selfcheck check", description="Print the findings for one resident")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--demo", metavar="PERSONA", help="a demo resident (list them with: selfcheck mock-api personas)")
    src.add_argument("--json", metavar="FILE", help="a resident's data: {profile, links, access_log} as the API sends them")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--lang", choices=("ja", "en"))
    p.add_argument("--today", type=date.fromisoformat, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    lang, _translator = console_translation(args.lang)
    ja = lang == "ja"
    try:
        if args.demo:
            if load_demo is None:
                raise LookupError(args.demo)
            data = load_demo(args.demo)
        else:
            data = s.ResidentData.model_validate_json(Path(args.json).read_bytes())
    except LookupError:
        print(translate("CheckCommand", "There is no demo resident called %1. List them with: selfcheck mock-api personas")
              .replace("%1", args.demo), file=sys.stderr)
        return 2
    except OSError as e:
        print(translate("CheckCommand", "Cannot read %1 (%2). Check the file name and that you may read it.")
              .replace("%1", args.json).replace("%2", e.strerror or type(e).__name__), file=sys.stderr)
        return 2
    except ValueError as e:
        where = ""
        errors = getattr(e, "errors", None)
        if callable(errors):
            first = errors()[0]
            where = ".".join(str(x) for x in first.get("loc", ()))
        print(translate("CheckCommand", "%1 is not a resident's data in the API's JSON shape (problem at: %2). "
                                        "It needs \"profile\", \"links\" and optionally \"access_log\".")
              .replace("%1", args.json).replace("%2", where or "-"), file=sys.stderr)
        return 2
    findings = find(data, today=args.today)
    items = [_finding_dict(f, data, ja) for f in findings]
    if args.format == "json":
        json.dump({"resident": {"name": data.profile.name, "number_last4": data.profile.number_last4},
                   "findings": items}, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        head = translate("CheckCommand", "%1 (My Number ending %2): %n finding(s)", None, len(items))
        print(head.replace("%1", data.profile.name).replace("%2", data.profile.number_last4))
        for it in items:
            print(f"\n[{it['severity_text']}] {it['title']}")
            for link in it["links"]:
                print("  " + translate("CheckCommand", "Item: %1").replace("%1", link["title"]))
            print("  " + it["explanation"])
            left, right = it["columns"]
            for e in it["evidence"]:
                print("  " + translate("CheckCommand", "%1: %2 %3 | %4 %5").replace("%1", e["label"])
                      .replace("%2", left).replace("%3", e["yours_text"]).replace("%4", right).replace("%5", e["theirs_text"]))
            print("  → " + it["what_to_do"])
    return 1 if findings else 0
