"""Render resources/icons/app.svg to the .ico a Windows executable and its installer show.

Used by packaging/annyeong-console.spec on Windows (Qt's own SVG renderer and ICO writer, so the build
needs nothing beyond PySide6). ``python packaging/windows/make_icon.py OUT.ico`` does it by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def render_ico(svg: Path, out: Path, size: int = 256) -> Path:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["make_icon", "-platform", "offscreen"])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), b"ICO"):
        raise SystemExit(f"could not write {out} (Qt's ICO image plugin missing?)")
    return out


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "annyeong-console.ico"
    print(render_ico(ROOT / "resources" / "icons" / "app.svg", target))
