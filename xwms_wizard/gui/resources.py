"""Finds the wizard's icons both in a source checkout and in an installed wheel (package data)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtGui import QIcon

_PACKAGE = "xwms_wizard"


def resource_path(*parts: str) -> Path:
    """The file `xwms_wizard/resources/<parts>` (a real path: the package is never zipped)."""
    return Path(str(resources.files(_PACKAGE).joinpath("resources", *parts)))


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
