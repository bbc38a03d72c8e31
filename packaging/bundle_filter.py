"""What the frozen app leaves out of what PyInstaller collected (issue 18: a lean build).

Used by xwms-wizard.spec on the Analysis TOCs (`a.binaries`, `a.datas`: lists of
(dest_name, src_name, typecode)); tested without a build by tests/test_packaging_excludes.py.
PyInstaller has no hook option for Qt's plugins or catalogues, so the spec filters the TOCs.

The rules go by a Qt plugin's folder and base name, so the same rules hold for every OS:
`platforms/libqxcb.so`, `platforms/qwindows.dll` and `platforms/libqcocoa.dylib` are all
the platform plugin `qxcb` / `qwindows` / `qcocoa`. Qt's plugins sit under
`PySide6/Qt/plugins/` (Linux, macOS) or `PySide6/plugins/` (Windows wheels), its
catalogues under `PySide6/Qt/translations/` or `PySide6/translations/`.

Dropping a plugin does not drop the libraries PyInstaller collected for it (the vnc and tuio
plugins bring libQt6Network and, through it, krb5/gssapi; the gtk3 theme brings gtk, cairo,
pango, gdk-pixbuf): `filter_binaries` also drops every library that only dropped entries
link to, found with the same import lists PyInstaller uses, and never one that anything
kept links to.
"""

from __future__ import annotations

import ast
import posixpath
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Qt plugin folders of no use to a widgets wizard: eglfs's device integrations, the generic
# input plugins (evdev for eglfs/linuxfb, tuio over the network), Wayland's OpenGL buffer
# integrations (a raster window on Wayland draws into shared memory: the wizard draws no
# OpenGL, QtOpenGL is excluded; they alone bring libQt6OpenGL), and those of Qt modules the
# spec excludes anyway (QML, Designer, SQL, multimedia, 3D, network).
DROPPED_PLUGIN_FOLDERS = frozenset({
    "egldeviceintegrations", "generic", "wayland-graphics-integration-client",
    "qmltooling", "designer", "sqldrivers", "multimedia", "renderers", "sceneparsers",
    "geometryloaders", "networkinformation", "tls", "position",
})
# Per folder, the base names left out (lib prefix and file suffix removed).
DROPPED_PLUGINS = {
    # Kept: xcb (X11), wayland, offscreen (the self-test), windows, cocoa.
    "platforms": frozenset({
        "qeglfs", "qlinuxfb", "qvnc", "qminimal", "qminimalegl", "qvkkhrdisplay",
    }),
    # gtk3 brings gtk, gdk, cairo, pango, gdk-pixbuf and atk; xdgdesktopportal stays.
    "platformthemes": frozenset({"qgtk3"}),
}
# Per folder, the only base names kept: SVG (PNG is built into QtGui).
ONLY_PLUGINS = {
    "imageformats": frozenset({"qsvg"}),
}
# Never left out, whatever the rules above say: the build stops if one of these is missing
# for the OS being built (offscreen is the self-test's platform).
REQUIRED_PLATFORMS = {
    "linux": frozenset({"qxcb", "qoffscreen"}),
    "win32": frozenset({"qwindows", "qoffscreen"}),
    "darwin": frozenset({"qcocoa", "qoffscreen"}),
}
# Libraries of no use here that no plugin rule catches. opengl32sw.dll is Mesa's software
# OpenGL, loaded only when an app uses OpenGL on a computer without a driver for it
# (windeployqt's --no-opengl-sw leaves it out); the wizard draws no OpenGL (QtOpenGL is
# excluded). About 20 MB of the Windows build.
DROPPED_LIBRARIES = frozenset({"opengl32sw.dll"})


def _parts(dest: str) -> list[str]:
    return dest.replace("\\", "/").split("/")


def plugin_of(dest: str) -> tuple[str, str] | None:
    """(folder, base name) when `dest` is one of Qt's plugins in the bundle, else None.

    >>> plugin_of("PySide6/Qt/plugins/platforms/libqxcb.so")
    ('platforms', 'qxcb')
    >>> plugin_of("PySide6\\\\plugins\\\\platforms\\\\qwindows.dll")
    ('platforms', 'qwindows')
    """
    parts = _parts(dest)
    if parts[0] != "PySide6" or "plugins" not in parts:
        return None
    at = parts.index("plugins")
    if len(parts) != at + 3:
        return None
    name = parts[-1].split(".")[0]
    if name.startswith("lib"):
        name = name[len("lib"):]
    return parts[at + 1], name


def drops_plugin(dest: str) -> bool:
    """True when `dest` is a Qt plugin the app leaves out."""
    found = plugin_of(dest)
    if found is None:
        return False
    folder, name = found
    if folder in DROPPED_PLUGIN_FOLDERS or name in DROPPED_PLUGINS.get(folder, ()):
        return True
    return folder in ONLY_PLUGINS and name not in ONLY_PLUGINS[folder]


def drops_binary(dest: str) -> bool:
    """True when the rules leave this binary out (before the libraries only it needed)."""
    return drops_plugin(dest) or _parts(dest)[-1].lower() in DROPPED_LIBRARIES


def _literal(path: Path, name: str) -> object:
    """The literal value assigned to the module-level `name` in `path` (read, not imported)."""
    for node in ast.parse(path.read_text("utf-8")).body:
        targets = node.targets if isinstance(node, ast.Assign) else (
            [node.target] if isinstance(node, ast.AnnAssign) and node.value else []
        )
        if any(isinstance(t, ast.Name) and t.id == name for t in targets):
            return ast.literal_eval(node.value)
    raise SystemExit(f"{path} has no `{name} = ...` any more: update packaging/bundle_filter.py.")


def qt_catalogs(root: Path = ROOT) -> frozenset[str]:
    """The Qt catalogues the wizard loads: qtbase_<name>.qm for each of its languages.

    The same names as xwms_wizard/gui/translation.py tries (its _QT_CATALOG_NAMES, else the
    language code) for every language of xwms_wizard/i18n.py's LANGUAGES but English; read
    from the source, as version_info reads the version, so the build never imports the app.
    """
    languages = _literal(root / "xwms_wizard" / "i18n.py", "LANGUAGES")
    source = _literal(root / "xwms_wizard" / "i18n.py", "SOURCE_LANGUAGE")
    names = _literal(root / "xwms_wizard" / "gui" / "translation.py", "_QT_CATALOG_NAMES")
    return frozenset(
        f"qtbase_{name}.qm"
        for language in languages if language != source
        for name in names.get(language, (language,))
    )


def drops_data(dest: str, keep_catalogs: Iterable[str]) -> bool:
    """True for Qt's own catalogues (PySide6/.../translations/*.qm) the wizard never loads."""
    parts = _parts(dest)
    if parts[0] != "PySide6" or "translations" not in parts[:-1]:
        return False  # xwms_wizard/_resources/translations/ (the wizard's own) always stays
    return parts[-1].endswith(".qm") and parts[-1] not in set(keep_catalogs)


Entry = tuple[str, str, str]


def _key(name: str) -> str:
    """How a library is matched: by its file name (macOS: the framework's binary's name)."""
    return _parts(name)[-1].lower()


def _framework(dest: str) -> str | None:
    """`.../QtNetwork.framework/` for a file inside a macOS framework, else None."""
    parts = _parts(dest)
    for i, part in enumerate(parts):
        if part.endswith(".framework"):
            return "/".join(parts[: i + 1]) + "/"
    return None


def _goes_with(entry: Entry, gone: set[str], frameworks: set[str]) -> bool:
    """True for a file of a dropped framework, or a SYMLINK entry to something dropped.

    A SYMLINK entry is (link, target relative to the link's folder, "SYMLINK").
    """
    dest = "/".join(_parts(entry[0]))
    if _framework(dest) in frameworks:
        return True
    if entry[2] != "SYMLINK":
        return False
    target = posixpath.normpath(posixpath.join(posixpath.dirname(dest), "/".join(_parts(entry[1]))))
    return target in gone or _framework(target) in frameworks


def filter_binaries(
    binaries: list[Entry], imports_of: Callable[[str], Iterable[str] | None]
) -> tuple[list[Entry], list[Entry]]:
    """(kept, dropped): the rules' drops plus the libraries that only they link to.

    `imports_of(src_name)` names the libraries a binary links to (PyInstaller's
    bindepend.get_imports in the spec, a dict in the test), or is None when it cannot
    tell; only names that are in `binaries` count. Entries that nothing links to (a
    library loaded by ctypes) stay unless a rule drops them. If what a kept binary links
    to is unknown, only the rules' own drops go.
    """
    by_name: dict[str, list[Entry]] = {}
    for entry in binaries:
        by_name.setdefault(_key(entry[0]), []).append(entry)

    def closure(start: Iterable[Entry]) -> tuple[set[Entry], bool]:
        """The entries `start` links to, itself included; and whether some links are unknown."""
        seen: set[Entry] = set()
        unknown = False
        todo = list(start)
        while todo:
            entry = todo.pop()
            if entry in seen:
                continue
            seen.add(entry)
            if entry[2] == "SYMLINK":
                continue
            names = imports_of(entry[1])
            if names is None:
                unknown = True
                continue
            for name in names:
                todo.extend(by_name.get(_key(name), ()))
        return seen, unknown

    ruled = [e for e in binaries if drops_binary(e[0])]
    reached, _ = closure(ruled)  # what the dropped entries link to, themselves included
    # Everything else is kept, and keeps what it links to.
    needed, unknown = closure(e for e in binaries if e not in reached)
    drop = set(ruled) if unknown else reached - needed
    # A macOS framework goes whole or not at all (a framework without its binary would not
    # sign); one that something kept still needs stays whole.
    frameworks = {_framework(e[0]) for e in drop} - {None}
    frameworks -= {_framework(e[0]) for e in needed}
    gone = {"/".join(_parts(e[0])) for e in drop}
    drop |= {e for e in binaries if _goes_with(e, gone, frameworks)}
    return [e for e in binaries if e not in drop], [e for e in binaries if e in drop]


def filter_datas(
    datas: list[Entry], dropped_binaries: Iterable[Entry], keep_catalogs: Iterable[str]
) -> tuple[list[Entry], list[Entry]]:
    """(kept, dropped): Qt's unused catalogues, and what belonged to the dropped binaries.

    That is each SYMLINK entry pointing at a dropped binary (PyInstaller puts
    `libQt6Network.so.6 -> PySide6/Qt/lib/libQt6Network.so.6` among the datas) and, on
    macOS, every file of a dropped framework.
    """
    keep_catalogs = frozenset(keep_catalogs)
    gone = {"/".join(_parts(e[0])) for e in dropped_binaries}
    frameworks = {_framework(name) for name in gone} - {None}

    def dropped(entry: Entry) -> bool:
        if _goes_with(entry, gone, frameworks):
            return True
        return entry[2] != "SYMLINK" and drops_data(entry[0], keep_catalogs)

    return [e for e in datas if not dropped(e)], [e for e in datas if dropped(e)]


def missing_platforms(binaries: Iterable[Entry], platform: str) -> list[str]:
    """The required platform plugins of `platform` (sys.platform) not in `binaries`."""
    key = "linux" if platform.startswith("linux") else platform
    found = {
        plugin[1] for e in binaries
        if (plugin := plugin_of(e[0])) is not None and plugin[0] == "platforms"
    }
    return sorted(REQUIRED_PLATFORMS.get(key, frozenset()) - found)
