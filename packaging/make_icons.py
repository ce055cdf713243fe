"""Render the app icon (resources/icons/app/assessor.svg) into the PNG sizes, .ico and .icns the installers use.

Run by hand after changing the SVG (the outputs are committed, so a build never needs this):

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py

Qt's SVG renderer draws the PNGs; Pillow packs them into a Windows .ico and a macOS .icns.
"""

from __future__ import annotations

import sys
from io import BytesIO
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICON_DIR = Path(__file__).resolve().parents[1] / "resources" / "icons" / "app"
SVG = ICON_DIR / "assessor.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # PySide6 takes a str, its stubs say bytes
    buffer.close()
    return Image.open(BytesIO(bytes(data.data()))).convert("RGBA")


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"make_icons: cannot read {SVG}", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES})}
    for size in PNG_SIZES:
        images[size].save(ICON_DIR / f"assessor-{size}.png", optimize=True)
    # Pillow's ICO writer scales down from the largest image it is given; hand it each size drawn at that size.
    images[256].save(
        ICON_DIR / "assessor.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != 256],
    )
    images[1024].save(ICON_DIR / "assessor.icns", append_images=[images[s] for s in ICNS_SIZES if s != 1024])
    del app
    for path in sorted(ICON_DIR.iterdir()):
        print(f"{path.name:24} {path.stat().st_size:>8} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
