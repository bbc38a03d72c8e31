"""Renders the app icon (resources/icons/xwms-wizard.svg) into packaging/icons/.

PNGs of every size the platforms use, a Windows `.ico` (16-256) and a macOS `.icns`
(16-1024), each size drawn from the SVG rather than scaled from one bitmap. Qt draws
(offscreen, no display needed), Pillow writes the ico/icns. Needs the `package` extra:

    python packaging/make_icons.py            # writes packaging/icons/*
    python packaging/make_icons.py --check    # exit 1 if the committed icons are stale
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "xwms-wizard.svg"
FALLBACK_PNG = ROOT / "resources" / "icons" / "xwms-wizard-256.png"
OUT = ROOT / "packaging" / "icons"
NAME = "xwms-wizard"

PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render_svg(sizes: set[int]) -> dict[int, bytes]:
    """PNG bytes of the SVG at each size, drawn by Qt's SVG renderer without a display."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not an SVG that Qt can draw.")
    rendered: dict[int, bytes] = {}
    for size in sorted(sizes):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        rendered[size] = bytes(data.data())
    del app
    return rendered


def scale_png(sizes: set[int]) -> dict[int, bytes]:
    """Without the SVG, scale the PNG the GUI ships (less crisp at small sizes)."""
    from PIL import Image

    base = Image.open(FALLBACK_PNG).convert("RGBA")
    rendered = {}
    for size in sorted(sizes):
        out = io.BytesIO()
        base.resize((size, size), Image.Resampling.LANCZOS).save(out, "PNG")
        rendered[size] = out.getvalue()
    return rendered


def build(dest: Path) -> list[Path]:
    """Write every icon file into `dest`; returns the files written."""
    from PIL import Image

    sizes = set(PNG_SIZES) | set(ICO_SIZES) | set(ICNS_SIZES)
    pngs = render_svg(sizes) if SOURCE.is_file() else scale_png(sizes)
    images = {size: Image.open(io.BytesIO(data)).convert("RGBA") for size, data in pngs.items()}
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    for size in PNG_SIZES:
        path = dest / f"{NAME}-{size}.png"
        # Re-encoded by Pillow: no time stamps, so a rerun writes identical bytes.
        images[size].save(path, "PNG", optimize=True)
        written.append(path)
    ico = dest / f"{NAME}.ico"
    largest = images[max(ICO_SIZES)]
    largest.save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    written.append(ico)
    icns = dest / f"{NAME}.icns"
    images[max(ICNS_SIZES)].save(
        icns,
        format="ICNS",
        append_images=[images[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)],
    )
    written.append(icns)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare with packaging/icons")
    args = parser.parse_args(argv)
    if not args.check:
        for path in build(OUT):
            print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size} bytes)")
        return 0
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        stale = [
            p.name for p in build(Path(tmp)) if not (OUT / p.name).is_file()
            or (OUT / p.name).read_bytes() != p.read_bytes()
        ]
    if stale:
        print(f"Stale icons in packaging/icons: {', '.join(stale)}. Run packaging/make_icons.py.")
        return 1
    print("packaging/icons is up to date.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
