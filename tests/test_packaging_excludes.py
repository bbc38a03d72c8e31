"""packaging/bundle_filter.py: what the frozen build leaves out (issue 18), checked without a build.

The TOC entries below are made up in PyInstaller's shape, (dest_name, src_name, typecode),
with the plugin paths of PySide6's wheels: PySide6/Qt/plugins/ on Linux and macOS,
PySide6/plugins/ (backslashes) on Windows.
"""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _load(name: str):
    found = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(found)
    found.loader.exec_module(module)
    return module


bundle_filter = _load("bundle_filter")

LINUX = "PySide6/Qt/plugins"
WIN = "PySide6\\plugins"


def _bin(dest: str) -> tuple[str, str, str]:
    return (dest, f"/src/{dest}", "BINARY")


@pytest.mark.parametrize(
    "dest",
    [
        f"{LINUX}/platforms/libqxcb.so",
        f"{LINUX}/platforms/libqwayland.so",
        f"{LINUX}/platforms/libqoffscreen.so",
        f"{WIN}\\platforms\\qwindows.dll",
        f"{WIN}\\platforms\\qoffscreen.dll",
        f"{LINUX}/platforms/libqcocoa.dylib",
        f"{LINUX}/imageformats/libqsvg.so",
        f"{WIN}\\imageformats\\qsvg.dll",
        f"{LINUX}/iconengines/libqsvgicon.so",
        f"{LINUX}/platformthemes/libqxdgdesktopportal.so",
        f"{LINUX}/platforminputcontexts/libibusplatforminputcontextplugin.so",
        f"{LINUX}/xcbglintegrations/libqxcb-glx-integration.so",
        f"{LINUX}/wayland-shell-integration/libxdg-shell.so",
        f"{LINUX}/wayland-decoration-client/libadwaita.so",
        f"{WIN}\\styles\\qmodernwindowsstyle.dll",
        f"{LINUX}/styles/libqmacstyle.dylib",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6\\Qt6Gui.dll",
        "libpython3.11.so.1.0",
    ],
)
def test_what_the_wizard_needs_stays(dest: str) -> None:
    assert not bundle_filter.drops_binary(dest)


@pytest.mark.parametrize(
    "dest",
    [
        f"{LINUX}/platforms/libqeglfs.so",
        f"{LINUX}/platforms/libqlinuxfb.so",
        f"{LINUX}/platforms/libqvnc.so",
        f"{LINUX}/platforms/libqminimal.so",
        f"{LINUX}/platforms/libqminimalegl.so",
        f"{LINUX}/platforms/libqvkkhrdisplay.so",
        f"{WIN}\\platforms\\qminimal.dll",
        f"{LINUX}/platforms/libqminimal.dylib",
        f"{LINUX}/platformthemes/libqgtk3.so",
        f"{LINUX}/imageformats/libqjpeg.so",
        f"{LINUX}/imageformats/libqwebp.so",
        f"{LINUX}/imageformats/libqtiff.so",
        f"{LINUX}/imageformats/libqpdf.so",
        f"{WIN}\\imageformats\\qgif.dll",
        f"{WIN}\\imageformats\\qico.dll",
        f"{LINUX}/imageformats/libqmacheif.dylib",
        f"{LINUX}/generic/libqtuiotouchplugin.so",
        f"{WIN}\\generic\\qtuiotouchplugin.dll",
        f"{LINUX}/egldeviceintegrations/libqeglfs-kms-integration.so",
        f"{LINUX}/wayland-graphics-integration-client/libqt-plugin-wayland-egl.so",
        "PySide6\\opengl32sw.dll",
    ],
)
def test_what_the_issue_names_goes(dest: str) -> None:
    assert bundle_filter.drops_binary(dest)


def test_a_dropped_plugins_own_libraries_go_and_shared_ones_stay() -> None:
    vnc = _bin(f"{LINUX}/platforms/libqvnc.so")
    gtk3 = _bin(f"{LINUX}/platformthemes/libqgtk3.so")
    xcb = _bin(f"{LINUX}/platforms/libqxcb.so")
    network = _bin("PySide6/Qt/lib/libQt6Network.so.6")
    krb5 = _bin("libkrb5.so.3")
    gui = _bin("PySide6/Qt/lib/libQt6Gui.so.6")
    gtk = _bin("libgtk-3.so.0")
    x11 = _bin("libX11.so.6")
    ctypes_lib = _bin("libloadedbyctypes.so.1")  # nothing links to it: it stays
    links = {
        vnc[1]: ["libQt6Network.so.6", "libQt6Gui.so.6", "libkrb5.so.3"],
        network[1]: ["libkrb5.so.3"],
        gtk3[1]: ["libgtk-3.so.0", "libX11.so.6", "libQt6Gui.so.6"],
        gtk[1]: ["libX11.so.6"],
        xcb[1]: ["libQt6Gui.so.6", "libX11.so.6"],
        gui[1]: ["libX11.so.6"],
    }
    everything = [vnc, gtk3, xcb, network, krb5, gui, gtk, x11, ctypes_lib]
    kept, dropped = bundle_filter.filter_binaries(everything, lambda src: links.get(src, []))
    assert set(dropped) == {vnc, gtk3, network, krb5, gtk}
    assert kept == [xcb, gui, x11, ctypes_lib]


def test_a_library_something_kept_links_to_stays_though_a_dropped_plugin_links_it_too() -> None:
    tuio = _bin(f"{LINUX}/generic/libqtuiotouchplugin.so")
    network = _bin("PySide6/Qt/lib/libQt6Network.so.6")
    binding = ("PySide6/QtNetwork.abi3.so", "/src/QtNetwork.abi3.so", "EXTENSION")
    links = {tuio[1]: ["libQt6Network.so.6"], binding[1]: ["libQt6Network.so.6"]}
    kept, dropped = bundle_filter.filter_binaries(
        [tuio, network, binding], lambda src: links.get(src, [])
    )
    assert dropped == [tuio]
    assert kept == [network, binding]


def test_symlinks_to_dropped_libraries_go_with_them() -> None:
    network = _bin("PySide6/Qt/lib/libQt6Network.so.6")
    datas = [
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
    ]
    kept, dropped = bundle_filter.filter_datas(datas, [network], [])
    assert [e[0] for e in dropped] == ["libQt6Network.so.6"]
    assert [e[0] for e in kept] == ["libQt6Core.so.6"]


def test_a_macos_framework_goes_whole() -> None:
    lib = "PySide6/Qt/lib/QtNetwork.framework"
    tuio = _bin(f"{LINUX}/generic/libqtuiotouchplugin.dylib")
    network = _bin(f"{lib}/Versions/A/QtNetwork")
    gui = _bin("PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui")
    cocoa = _bin(f"{LINUX}/platforms/libqcocoa.dylib")
    to_gui = "@rpath/QtGui.framework/Versions/A/QtGui"
    links = {
        tuio[1]: ["@rpath/QtNetwork.framework/Versions/A/QtNetwork", to_gui],
        cocoa[1]: [to_gui],
    }
    kept, dropped = bundle_filter.filter_binaries(
        [tuio, network, gui, cocoa], lambda src: links.get(src, [])
    )
    assert set(dropped) == {tuio, network}
    datas = [
        (f"{lib}/Versions/A/Resources/Info.plist", "/src/Info.plist", "DATA"),
        (f"{lib}/Versions/Current", "A", "SYMLINK"),
        (f"{lib}/QtNetwork", "Versions/Current/QtNetwork", "SYMLINK"),
        ("PySide6/Qt/lib/QtGui.framework/Versions/Current", "A", "SYMLINK"),
    ]
    kept_datas, _ = bundle_filter.filter_datas(datas, dropped, [])
    assert kept_datas == [datas[-1]]


def _assigned(path: Path, name: str):
    for node in ast.parse(path.read_text("utf-8")).body:
        target = node.targets[0] if isinstance(node, ast.Assign) else getattr(node, "target", None)
        if isinstance(target, ast.Name) and target.id == name:
            return ast.literal_eval(node.value)
    raise AssertionError(f"no {name} in {path}")


def test_qt_catalogues_kept_are_those_the_wizard_loads() -> None:
    from xwms_wizard import i18n
    from xwms_wizard.gui import translation

    expected = {
        f"qtbase_{name}.qm"
        for language in i18n.LANGUAGES if language != i18n.SOURCE_LANGUAGE
        for name in translation._QT_CATALOG_NAMES.get(language, (language,))
    }
    assert bundle_filter.qt_catalogs() == expected
    # The issue's seven (Bengali and Indonesian have none of Qt's; pt and zh by region).
    for name in ("nl", "de", "ar", "es", "pt_BR", "ru", "zh_CN"):
        assert f"qtbase_{name}.qm" in expected
    # The self-test loads qtbase_de from the frozen app.
    assert "qtbase_de.qm" in expected


def test_only_the_wizards_qt_catalogues_stay() -> None:
    keep = bundle_filter.qt_catalogs()
    assert not bundle_filter.drops_data("PySide6/Qt/translations/qtbase_nl.qm", keep)
    assert not bundle_filter.drops_data("PySide6\\translations\\qtbase_zh_CN.qm", keep)
    for dropped in ("qtbase_fr.qm", "qtbase_ja.qm", "qt_de.qm", "qt_help_de.qm", "qtbase_zh_TW.qm"):
        assert bundle_filter.drops_data(f"PySide6/Qt/translations/{dropped}", keep)
    # The wizard's own catalogues are never touched.
    assert not bundle_filter.drops_data("xwms_wizard/_resources/translations/xwms_wizard_fr.qm", keep)


@pytest.mark.parametrize(
    ("platform", "plugin"),
    [
        ("linux", f"{LINUX}/platforms/libqxcb.so"),
        ("win32", f"{WIN}\\platforms\\qwindows.dll"),
        ("darwin", f"{LINUX}/platforms/libqcocoa.dylib"),
    ],
)
def test_the_build_stops_without_the_os_platform_plugin_or_offscreen(platform, plugin) -> None:
    offscreen = f"{LINUX}/platforms/libqoffscreen.so"
    assert bundle_filter.missing_platforms([_bin(plugin), _bin(offscreen)], platform) == []
    assert bundle_filter.missing_platforms([_bin(offscreen)], platform) != []
    assert bundle_filter.missing_platforms([_bin(plugin)], platform) == ["qoffscreen"]


def test_the_spec_filters_with_bundle_filter_and_excludes_the_dbus_binding() -> None:
    spec = (ROOT / "packaging" / "xwms-wizard.spec").read_text("utf-8")
    assert "bundle_filter.filter_binaries(a.binaries" in spec
    assert "bundle_filter.filter_datas(" in spec
    assert "bundle_filter.missing_platforms(a.binaries, sys.platform)" in spec
    assert '"PySide6.QtDBus"' in spec
    excludes = _assigned(ROOT / "packaging" / "xwms-wizard.spec", "TEST_AND_TOOL_EXCLUDES")
    assert {"pytest", "_pytest", "trio", "rich", "pygments", "setuptools"} <= set(excludes)


def test_when_a_kept_binary_s_links_are_unknown_only_the_rules_drops_go() -> None:
    vnc = _bin(f"{LINUX}/platforms/libqvnc.so")
    network = _bin("PySide6/Qt/lib/libQt6Network.so.6")
    mystery = _bin("libmystery.so.1")
    links = {vnc[1]: ["libQt6Network.so.6"], network[1]: []}
    kept, dropped = bundle_filter.filter_binaries([vnc, network, mystery], links.get)
    assert dropped == [vnc]
    assert kept == [network, mystery]
