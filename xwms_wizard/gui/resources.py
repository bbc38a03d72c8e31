"""Finds the wizard's icons in a source checkout, an installed wheel and the frozen app alike."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

from xwms_wizard.paths import resource_dir


def resource_path(kind: str, *parts: str) -> Path:
    """The shipped file `<kind>/<parts>` (kind: icons, templates, translations; see paths)."""
    return resource_dir(kind).joinpath(*parts)


def app_icon() -> QIcon:
    """The window icon: the SVG for every size, the PNG where SVG support is missing."""
    icon = QIcon()
    svg = resource_path("icons", "xwms-wizard.svg")
    png = resource_path("icons", "xwms-wizard-256.png")
    if png.is_file():
        icon.addFile(str(png))
    if svg.is_file():
        icon.addFile(str(svg))
    return icon
