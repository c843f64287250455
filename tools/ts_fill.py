"""Fill Qt Linguist .ts files from a {source: translation} table (for bulk work; Qt
Linguist is the tool for everyday edits). English gets its plural forms from the source.

    python tools/ts_fill.py resources/translations/selfcheck_ja.ts TABLE.py
    python tools/ts_fill.py resources/translations/selfcheck_en.ts
"""

from __future__ import annotations

import re
import runpy
import sys
import xml.etree.ElementTree as ET


def english_plural(source: str) -> tuple[str, str]:
    one = re.sub(r"\((s|es)\)", "", source).replace("attempt(s)", "attempt")
    other = re.sub(r"\((s|es)\)", r"\1", source)
    one = one.replace("person(s)", "person")
    other = other.replace("persons", "people")
    return one, other


def fill(path: str, table: dict[str, str] | None) -> int:
    tree = ET.parse(path)
    missing = 0
    for msg in tree.getroot().iter("message"):
        source = msg.find("source").text
        tr = msg.find("translation")
        numerus = msg.get("numerus") == "yes"
        if table is None:  # English
            text = source
        else:
            text = table.get(source)
            if text is None:
                if tr.get("type") == "unfinished":
                    missing += 1
                    print("untranslated:", source)
                continue
        tr.attrib.pop("type", None)
        for child in list(tr):
            tr.remove(child)
        if numerus:
            tr.text = None
            forms = english_plural(source) if table is None else (text,)
            for f in forms:
                ET.SubElement(tr, "numerusform").text = f
        else:
            tr.text = text
    ET.indent(tree, space="    ")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="unicode")
        f.write("\n")
    return missing


if __name__ == "__main__":
    table = runpy.run_path(sys.argv[2])["JA"] if len(sys.argv) > 2 else None
    sys.exit(1 if fill(sys.argv[1], table) else 0)
