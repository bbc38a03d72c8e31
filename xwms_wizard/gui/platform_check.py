"""Before Qt starts on Linux: is there a display, and can Qt's window plugin (xcb) load?

Qt aborts the whole process (a core dump) when its platform plugin cannot load, with a
message that names the wrong library. So the window first asks `ldd` which libraries
PySide6's xcb plugin (`.../PySide6/Qt/plugins/platforms/libqxcb.so`) cannot find, and
says in plain words which Debian packages hold them. `scripts/system-packages.sh display`
runs the same check (`python -m xwms_wizard.gui.platform_check --packages`) to install them.

Nothing here imports Qt at module level: the check runs before any QApplication exists.
`XWMS_WIZARD_XCB_PLUGIN` names another plugin file to check (the tests' stand-in).
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path

PLUGIN_ENV = "XWMS_WIZARD_XCB_PLUGIN"
HEADLESS_HINT = "xwms-wizard apply examples/plan.toml --sandbox"

# The Debian/Ubuntu package of each library Qt's xcb plugin (and the Qt libraries under it)
# loads from the system; a library not listed here is named by its file name alone.
PACKAGES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}


def has_display(environ: Mapping[str, str] | None = None) -> bool:
    """False on a Linux box without a display server (and no Qt platform chosen by hand)."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return True
    if env.get("QT_QPA_PLATFORM"):
        return True
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def headless_hint() -> str:
    """HEADLESS_HINT as this computer can run it: `.venv/bin/xwms-wizard ...` when the command
    is not on the PATH (a source checkout's .venv not activated, the frozen app's folder)."""
    if shutil.which("xwms-wizard"):
        return HEADLESS_HINT
    command = Path(sys.executable).parent / "xwms-wizard"
    if not command.is_file():
        return HEADLESS_HINT
    try:
        folder = os.path.relpath(command.parent)
    except ValueError:  # another drive (Windows)
        folder = str(command.parent)
    if folder.startswith(".."):
        folder = str(command.parent)
    return f"{Path(folder) / 'xwms-wizard'}{HEADLESS_HINT.removeprefix('xwms-wizard')}"


def no_display_message() -> str:
    return (
        "The wizard window needs a display, and this computer has none (neither DISPLAY nor "
        "WAYLAND_DISPLAY is set). Start it from a desktop session; without a window, run: "
        f"{headless_hint()}; for tests, set QT_QPA_PLATFORM=offscreen."
    )


def uses_xcb(environ: Mapping[str, str] | None = None) -> bool:
    """Whether Qt will open its window through X11 (xcb) and nothing else to fall back on.

    QT_QPA_PLATFORM=xcb, or unset with a DISPLAY outside a Wayland session (there Qt tries
    Wayland first, so a broken xcb plugin need not stop it).
    """
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return False
    wanted = env.get("QT_QPA_PLATFORM", "").strip()
    if wanted:
        return wanted.split(":")[0].strip() == "xcb"
    if not env.get("DISPLAY"):
        return False
    wayland_session = env.get("XDG_SESSION_TYPE") == "wayland" and env.get("WAYLAND_DISPLAY")
    return not wayland_session


def xcb_plugin() -> Path | None:
    """The xcb platform plugin Qt will load: PySide6's own (or the one PLUGIN_ENV names)."""
    override = os.environ.get(PLUGIN_ENV)
    if override:
        return Path(override)
    try:
        from PySide6.QtCore import QLibraryInfo  # QtCore needs no display libraries
    except ImportError:
        return None
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    plugin = plugins / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None


def parse_ldd(output: str) -> list[str]:
    """The libraries `ldd` could not find ("libfoo.so.1 => not found"), each once, in order."""
    missing: list[str] = []
    for line in output.splitlines():
        name, arrow, where = line.strip().partition("=>")
        if arrow and where.strip() == "not found" and name.strip() not in missing:
            missing.append(name.strip())
    return missing


def missing_libraries(plugin: Path, ldd: str | None = None) -> list[str]:
    """What `ldd` says the plugin cannot find; empty when all is there or ldd cannot tell."""
    ldd = ldd or shutil.which("ldd")
    if not ldd or not plugin.is_file():
        return []
    import subprocess  # only on X11, where the check runs

    try:
        done = subprocess.run(
            [ldd, str(plugin)], capture_output=True, text=True, errors="replace", timeout=20
        )
    except (OSError, subprocess.SubprocessError):
        return []
    return parse_ldd(done.stdout)


def packages_for(libraries: list[str]) -> tuple[list[str], list[str]]:
    """The Debian packages that hold these libraries (each once), and the libraries of no
    known package."""
    packages: list[str] = []
    unknown: list[str] = []
    for library in libraries:
        package = PACKAGES.get(library)
        if package is None:
            unknown.append(library)
        elif package not in packages:
            packages.append(package)
    return packages, unknown


def install_command(packages: list[str]) -> str:
    sudo = "" if hasattr(os, "geteuid") and os.geteuid() == 0 else "sudo "
    return f"{sudo}apt-get install {' '.join(packages)}"


def _source_checkout() -> bool:
    root = Path(__file__).resolve().parents[2]
    return (root / "Makefile").is_file() and (root / "scripts" / "system-packages.sh").is_file()


def missing_libraries_message(libraries: list[str]) -> str:
    """The plain words for a window plugin that cannot load, with the command that fixes it."""
    packages, _unknown = packages_for(libraries)
    named = ", ".join(
        f"{lib} (package {PACKAGES[lib]})" if lib in PACKAGES else lib for lib in libraries
    )
    text = (
        f"The window cannot open: this computer lacks libraries Qt needs to draw windows: {named}."
    )
    if packages and shutil.which("apt-get"):
        text += f" Install them with: {install_command(packages)}"
        if _source_checkout():
            text += " — or run `make run`, which installs them."
        else:
            text += "."
    else:
        text += " Install the packages of your Linux system that provide them."
    return text


def window_problem() -> str | None:
    """Why the window cannot open on this computer, in plain words; None when it can (or this
    check cannot tell, and Qt gets to try)."""
    if not has_display():
        return no_display_message()
    if not uses_xcb():
        return None
    if not os.environ.get("DISPLAY"):  # QT_QPA_PLATFORM=xcb, but no X server to talk to
        return no_display_message()
    plugin = xcb_plugin()
    missing = missing_libraries(plugin) if plugin else []
    return missing_libraries_message(missing) if missing else None


def main(argv: list[str] | None = None) -> int:
    """`python -m xwms_wizard.gui.platform_check [--packages]` (scripts/system-packages.sh).

    Without options: the plain message, exit 1 when a library is missing. With --packages:
    one line per missing library's package (`package NAME`) or unknown library
    (`library FILE`), for the script to install; exit 0.
    """
    args = sys.argv[1:] if argv is None else argv
    plugin = xcb_plugin()
    missing = missing_libraries(plugin) if plugin else []
    if "--packages" in args:
        packages, unknown = packages_for(missing)
        for package in packages:
            print(f"package {package}")
        for library in unknown:
            print(f"library {library}")
        return 0
    if missing:
        print(missing_libraries_message(missing), file=sys.stderr)
        return 1
    where = plugin if plugin else "no xcb plugin found"
    print(f"Qt's window plugin has every library it needs ({where}).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
