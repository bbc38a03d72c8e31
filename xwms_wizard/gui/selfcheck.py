"""The Qt half of `xwms-wizard --self-test`: platform plugin, the wizard window, icons, translations."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from xwms_wizard.core.errors import WizardError

# What Qt picks when QT_QPA_PLATFORM is not set (Linux: Wayland first if a compositor runs).
_DEFAULT_PLATFORMS = {"win32": "windows", "darwin": "cocoa"}


def _plugin_dirs() -> list[Path]:
    from PySide6.QtCore import QLibraryInfo

    dirs = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))]
    for extra in os.environ.get("QT_PLUGIN_PATH", "").split(os.pathsep):
        if extra:
            dirs.append(Path(extra))
    return [d / "platforms" for d in dirs]


def available_platforms() -> list[str]:
    """Platform plugin names found on disk (offscreen, xcb, windows, cocoa, ...)."""
    names: set[str] = set()
    for folder in _plugin_dirs():
        if not folder.is_dir():
            continue
        for plugin in folder.iterdir():
            stem = plugin.name.split(".")[0]
            stem = stem.removeprefix("lib").removeprefix("q")
            if stem and plugin.suffix in (".so", ".dll", ".dylib"):
                names.add(stem)
    return sorted(names)


def platform_problem() -> str | None:
    """Why Qt would refuse to start, found before Qt aborts the whole process over it."""
    from xwms_wizard.gui.app import has_display

    if not has_display():
        return (
            "this computer has no display. To test without one, run the self-test with the "
            "environment variable QT_QPA_PLATFORM=offscreen."
        )
    from xwms_wizard.gui.platform_check import (
        missing_libraries,
        missing_libraries_message,
        uses_xcb,
        xcb_plugin,
    )

    if uses_xcb() and os.environ.get("DISPLAY"):
        plugin = xcb_plugin()  # the X11 plugin's libraries: Qt would abort over a missing one
        missing = missing_libraries(plugin) if plugin else []
        if missing:
            return missing_libraries_message(missing)
    wanted = os.environ.get("QT_QPA_PLATFORM", "")
    if not wanted:
        return None
    found = available_platforms()
    # "wayland;xcb" tries each in turn; "offscreen:size=..." carries options after the colon.
    names = [part.split(":")[0].strip() for part in wanted.split(";") if part.strip()]
    if any(n == f or f.startswith(n + "-") for n in names for f in found):
        return None
    return (
        f"Qt has no platform plugin named {wanted!r} (QT_QPA_PLATFORM). "
        f"Available here: {', '.join(found) or 'none at all: the Qt plugins are missing'}."
    )


def check_qt_platform() -> str:
    """Start Qt (no window is shown) and build the real setup wizard; a line saying what ran."""
    problem = platform_problem()
    if problem:
        raise WizardError(f"Qt cannot start: {problem}")

    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "xwms-wizard"])
    platform = app.platformName() or _DEFAULT_PLATFORMS.get(sys.platform, "?")

    from xwms_wizard.core.session import WizardSession
    from xwms_wizard.gui.wizard import SetupWizard
    from xwms_wizard.secrets import MemoryKeyring, SecretStore

    # An in-memory keychain: building the window must not touch the owner's real one.
    session = WizardSession(secrets=SecretStore(MemoryKeyring()))
    try:
        wizard = SetupWizard(session, check_resume=False)
    except Exception as exc:
        raise WizardError(
            "Qt started, but the setup wizard window could not be built. See Details.",
            detail=f"{type(exc).__name__}: {exc}",
        ) from exc
    try:
        wizard.build_every_page()  # each page is built on first use: here, every one
        pages = len(wizard.pageIds())
        name = wizard.objectName()
    finally:
        wizard.deleteLater()
        asyncio.run(session.close())
    if pages == 0:
        raise WizardError("Qt started, but the setup wizard has no pages.")
    return f"{platform} (Qt {qVersion()}, PySide6 {pyside_version}; {name} with {pages} pages)"


def check_resources() -> str:
    """Every icon file loads as an image, the window icon renders, Qt's and our translations load."""
    from PySide6.QtCore import QLibraryInfo, QTranslator
    from PySide6.QtGui import QGuiApplication, QPixmap

    from xwms_wizard.gui.resources import app_icon, resource_path

    if QGuiApplication.instance() is None:
        raise WizardError("not checked, because Qt did not start.")
    icons_dir = resource_path("icons")
    files = sorted(p for p in icons_dir.glob("*") if p.suffix in (".png", ".svg"))
    if not files:
        raise WizardError(f"the wizard's icons are missing: nothing in {icons_dir}.")
    broken = [p.name for p in files if QPixmap(str(p)).isNull()]
    if broken:
        raise WizardError(
            f"these icon files do not load as images: {', '.join(broken)} (in {icons_dir}). "
            "For SVG, Qt's image plugins (imageformats) must be installed with the app."
        )
    icon = app_icon()
    if icon.isNull() or icon.pixmap(64, 64).isNull():
        raise WizardError("the window icon does not render at 64 pixels.")

    translations = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    translator = QTranslator()
    if not translator.load("qtbase_de", str(translations)):
        raise WizardError(
            f"Qt's own translations are missing (no qtbase_de.qm in {translations}), so Qt's "
            "buttons would stay in English for every language."
        )
    count = len(list(translations.glob("qtbase_*.qm")))
    return (
        f"{len(files)} icon files, window icon, {count} Qt translations, "
        f"{_check_own_catalogs()} wizard catalogues (.qm)"
    )


def _check_own_catalogs() -> int:
    """Every language's compiled catalogue is there and loads; the Dutch one translates."""
    from PySide6.QtCore import QTranslator

    from xwms_wizard import i18n
    from xwms_wizard.gui.translation import catalog_path

    languages = [lang for lang in i18n.LANGUAGES if lang != i18n.SOURCE_LANGUAGE]
    unloadable = []
    for language in languages:
        if not QTranslator().load(str(catalog_path(language))):
            unloadable.append(catalog_path(language).name)
    if unloadable:
        raise WizardError(
            f"the wizard's translations are missing or broken: {', '.join(unloadable)} (in "
            f"{catalog_path('nl').parent}), so the window would stay in English."
        )
    dutch = QTranslator()
    dutch.load(str(catalog_path("nl")))
    if dutch.isEmpty():
        raise WizardError(f"the Dutch catalogue {catalog_path('nl')} translates nothing.")
    return len(languages)
