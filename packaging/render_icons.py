"""Render the PNG icons (the usual hicolor sizes) from ``resources/icons/selfcheck.svg`` with Qt's SVG
renderer, so the build needs nothing beyond PySide6. Run by ``./dev package``; the PNGs are
build products in ``build/icons/hicolor/SIZExSIZE/apps/selfcheck.png``.

    python packaging/render_icons.py OUTDIR
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
SVG = Path(__file__).resolve().parents[1] / "resources" / "icons" / "selfcheck.svg"  # also the window icon


def render(out: Path, sizes=SIZES) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - QPainter on images needs it
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    written = []
    for size in sizes:
        img = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        img.fill(Qt.GlobalColor.transparent)
        p = QPainter(img)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(p)
        p.end()
        path = out / "hicolor" / f"{size}x{size}" / "apps" / "selfcheck.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not img.save(str(path)):
            raise SystemExit(f"could not write {path}")
        written.append(path)
    return written


if __name__ == "__main__":
    for p in render(Path(sys.argv[1] if len(sys.argv) > 1 else "build/icons")):
        print(p)
