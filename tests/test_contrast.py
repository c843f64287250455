"""Every foreground/background colour pair of both themes reaches WCAG 2.x AA: 4.5:1 for text,
3:1 for large text (headings, the reference number) and for focus indicators and borders."""

from __future__ import annotations

import re

import pytest

from selfcheck.core.resources import resource

RULE = re.compile(r"([^{}]+)\{([^{}]*)\}", re.S)
COLOR = re.compile(r"#[0-9a-fA-F]{6}")


def luminance(hex_colour: str) -> float:
    def channel(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def ratio(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def rules(sheet: str):
    text = re.sub(r"/\*.*?\*/", "", resource("styles", sheet).read_text(encoding="utf-8"), flags=re.S)
    for selector, body in RULE.findall(text):
        decls = dict((k.strip(), v.strip()) for k, v in (d.split(":", 1) for d in body.split(";") if ":" in d))
        yield " ".join(selector.split()), decls


def pairs(sheet: str, page_background: str):
    """(selector, foreground, background, what, minimum ratio)."""
    for selector, d in rules(sheet):
        bg = next((COLOR.search(d[k]).group() for k in ("background-color", "background") if k in d and COLOR.search(d[k])),
                  page_background)
        large = "font-size" in d or "heading" in selector or "reference" in selector
        if "color" in d and COLOR.search(d["color"]):
            yield selector, COLOR.search(d["color"]).group(), bg, "text", 3.0 if large else 4.5
            if "alternate-background-color" in d:  # every second row of a list
                yield (selector, COLOR.search(d["color"]).group(), COLOR.search(d["alternate-background-color"]).group(),
                       "text on alternate rows", 4.5)
        for key in ("border", "border-bottom", "border-left", "border-color"):
            if key in d and COLOR.search(d[key]) and ("focus" in selector or "solid" in d[key]):
                # an outline must stand out against what surrounds it: the page
                yield selector, COLOR.search(d[key]).group(), page_background, key, 3.0


@pytest.mark.parametrize("sheet, page", [("app.qss", "#ffffff"), ("high-contrast.qss", "#000000")])
def test_every_colour_pair_reaches_aa(sheet, page):
    checked, failing = 0, []
    for selector, fg, bg, what, minimum in pairs(sheet, page):
        checked += 1
        r = ratio(fg, bg)
        if r < minimum:
            failing.append(f"{selector} {what} {fg} on {bg}: {r:.2f} < {minimum}")
    assert checked >= 15
    assert failing == []


def test_lists_state_their_alternate_row_colour():
    """Qt's palette would otherwise pick the second-row colour, unchecked (light grey under white text)."""
    for sheet in ("app.qss", "high-contrast.qss"):
        assert any("alternate-background-color" in d for s, d in rules(sheet) if "QTreeView" in s), sheet


def test_contrast_arithmetic():
    assert round(ratio("#000000", "#ffffff"), 1) == 21.0
    assert round(ratio("#767676", "#ffffff"), 2) == 4.54
