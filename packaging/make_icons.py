"""Render the application icon (optin_desk/resources/icons/optin-desk.svg) at the sizes
desktops ask for, and the Windows .ico. Run after changing the drawing:

    QT_QPA_PLATFORM=offscreen python packaging/make_icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICONS = Path(__file__).resolve().parent.parent / "optin_desk" / "resources" / "icons"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The drawing at `size` × `size` pixels, on a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    """Write optin-desk-SIZE.png for every size and optin-desk.ico (256 px)."""
    _app = QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(ICONS / "optin-desk.svg"))
    for size in SIZES:
        render(renderer, size).save(str(ICONS / f"optin-desk-{size}.png"))
    if not render(renderer, 256).save(str(ICONS / "optin-desk.ico"), "ICO"):
        print("this Qt cannot write .ico files")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
