"""Finds the wizard's icons in a source checkout, an installed wheel and the frozen app alike."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

from xwms_wizard.paths import resource_dir


def resource_path(kind: str, *parts: str) -> Path:
    """The shipped file `<kind>/<parts>` (kind: icons, templates, translations; see paths)."""
    return resource_dir(kind).joinpath(*parts)


def app_icon() -> QIcon:
    """The window icon: the 256-pixel PNG (Qt scales it down for the title bar and the task
    bar), or the SVG where the PNG is missing. Not the SVG as well: it would load Qt's SVG
    icon engine (about 1 MiB) before the first paint, for sizes no window icon has."""
    icon = QIcon()
    png = resource_path("icons", "xwms-wizard-256.png")
    svg = resource_path("icons", "xwms-wizard.svg")
    if png.is_file():
        icon.addFile(str(png))
    elif svg.is_file():
        icon.addFile(str(svg))
    return icon
