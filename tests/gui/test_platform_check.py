"""Before Qt starts: a missing display or a window plugin without its libraries is said in plain
words (and the exit code), never left to Qt, which aborts the process with a core dump."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from xwms_wizard.gui import platform_check
from xwms_wizard.gui.platform_check import (
    PLUGIN_ENV,
    missing_libraries,
    missing_libraries_message,
    packages_for,
    parse_ldd,
    uses_xcb,
)

REPO = Path(__file__).resolve().parents[2]
ABSENT = "libxwms-test-absent.so.1"  # no package anywhere has this library

LDD_OUTPUT = """\
\tlinux-vdso.so.1 (0x00007ffd6a3f2000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f0cd9a10000)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f0cd9926000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f0cd7c1e000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibfoo-unknown.so.3 => not found
\t/lib64/ld-linux-x86-64.so.2 (0x00007f0cd9ae0000)
"""


def write_stub_library(path: Path, needed: list[str]) -> Path:
    """A minimal ELF shared object of this machine's kind that needs exactly `needed`.

    Enough for the dynamic loader (and so `ldd`) to read its dependencies; it has no code.
    """
    with open(os.path.realpath(sys.executable), "rb") as handle:
        head = handle.read(20)
    if head[:4] != b"\x7fELF" or head[4] != 2 or head[5] != 1:
        pytest.skip("the stub library is written for 64-bit little-endian ELF systems")
    machine = struct.unpack_from("<H", head, 18)[0]
    strtab, offsets = b"\0", []
    for name in needed:
        offsets.append(len(strtab))
        strtab += name.encode() + b"\0"
    header_size, entry_size = 64, 56
    str_at = header_size + 2 * entry_size
    sym_at = (str_at + len(strtab) + 7) // 8 * 8
    dyn_at = sym_at + 24
    dynamic = b"".join(struct.pack("<qQ", 1, at) for at in offsets)  # DT_NEEDED
    dynamic += struct.pack("<qQqQqQqQqQ", 5, str_at, 10, len(strtab), 6, sym_at, 11, 24, 0, 0)
    size = dyn_at + len(dynamic)
    elf = b"\x7fELF" + bytes([2, 1, 1, 0]) + bytes(8)
    elf += struct.pack(
        "<HHIQQQIHHHHHH", 3, machine, 1, 0, header_size, 0, 0, header_size, entry_size, 2, 64, 0, 0
    )
    elf += struct.pack("<IIQQQQQQ", 1, 4, 0, 0, 0, size, size, 0x1000)  # PT_LOAD
    elf += struct.pack("<IIQQQQQQ", 2, 4, dyn_at, dyn_at, dyn_at, len(dynamic), len(dynamic), 8)
    elf += strtab
    elf += bytes(sym_at - len(elf)) + bytes(24) + dynamic
    path.write_bytes(elf)
    return path


needs_ldd = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("ldd") is None,
    reason="the check runs ldd on Linux",
)


def test_ldd_output_gives_each_missing_library_once_in_order():
    assert parse_ldd(LDD_OUTPUT) == [
        "libxcb-icccm.so.4",
        "libxcb-keysyms.so.1",
        "libfoo-unknown.so.3",
    ]
    assert parse_ldd("\tnot a dynamic executable\n") == []


def test_missing_libraries_are_named_with_their_package_and_the_one_command(monkeypatch):
    monkeypatch.setattr(platform_check.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(platform_check.os, "geteuid", lambda: 1000, raising=False)
    missing = parse_ldd(LDD_OUTPUT)
    assert packages_for(missing) == (
        ["libxcb-icccm4", "libxcb-keysyms1"],
        ["libfoo-unknown.so.3"],
    )
    message = missing_libraries_message(missing)
    assert message.startswith(
        "The window cannot open: this computer lacks libraries Qt needs to draw windows: "
        "libxcb-icccm.so.4 (package libxcb-icccm4), libxcb-keysyms.so.1 (package "
        "libxcb-keysyms1), libfoo-unknown.so.3."
    )
    assert "Install them with: sudo apt-get install libxcb-icccm4 libxcb-keysyms1 — " in message
    assert message.endswith("or run `make run`, which installs them.")
    assert "\n" not in message


def test_without_apt_the_message_names_the_libraries_only(monkeypatch):
    monkeypatch.setattr(platform_check.shutil, "which", lambda name: None)
    message = missing_libraries_message(["libxcb-icccm.so.4"])
    assert "libxcb-icccm.so.4 (package libxcb-icccm4)" in message
    assert "apt-get" not in message
    assert message.endswith("Install the packages of your Linux system that provide them.")


@pytest.mark.parametrize(
    ("env", "xcb"),
    [
        ({"DISPLAY": ":0"}, True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, True),
        ({"QT_QPA_PLATFORM": "xcb:nograb"}, True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, False),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland"}, False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, False),
        # A Wayland session with XWayland: Qt tries Wayland first, xcb only as a fallback.
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}, False),
        ({"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11", "WAYLAND_DISPLAY": "wayland-0"}, True),
        ({}, False),
    ],
)
def test_the_xcb_plugin_is_checked_only_when_qt_will_use_it(monkeypatch, env, xcb):
    monkeypatch.setattr(platform_check.sys, "platform", "linux")
    assert uses_xcb(env) is xcb


@needs_ldd
def test_ldd_finds_what_a_real_library_file_lacks(tmp_path):
    stub = write_stub_library(tmp_path / "libqxcb.so", ["libc.so.6", ABSENT, "libxwms-two.so.2"])
    assert missing_libraries(stub) == [ABSENT, "libxwms-two.so.2"]
    complete = write_stub_library(tmp_path / "complete.so", ["libc.so.6"])
    assert missing_libraries(complete) == []
    # No plugin file, or no ldd: nothing can be told, so Qt gets to try.
    assert missing_libraries(tmp_path / "nothing.so") == []
    assert missing_libraries(stub, ldd=str(tmp_path / "no-ldd")) == []


def _run_wizard(env: dict[str, str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    full_env = {
        name: value
        for name, value in os.environ.items()
        if name not in ("DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE", "QT_QPA_PLATFORM")
    }
    full_env.update(XWMS_WIZARD_DATA_DIR=str(tmp_path / "data"), **env)
    return subprocess.run(
        [sys.executable, "-m", "xwms_wizard", "--sandbox"],
        cwd=REPO,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@needs_ldd
def test_the_wizard_says_what_its_window_plugin_lacks_instead_of_aborting(tmp_path):
    stub = write_stub_library(tmp_path / "libqxcb.so", ["libc.so.6", ABSENT])
    # A display that no server answers: were the check not there, Qt would load its real
    # plugin, fail to connect and abort the process (SIGABRT, a core dump).
    done = _run_wizard({"DISPLAY": ":7357", PLUGIN_ENV: str(stub)}, tmp_path)
    assert done.returncode == 1, done.stderr
    assert done.stderr.strip() == (
        "The window cannot open: this computer lacks libraries Qt needs to draw windows: "
        f"{ABSENT}. Install the packages of your Linux system that provide them."
    )
    assert done.stdout == ""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's display variables")
@pytest.mark.parametrize("env", [{}, {"QT_QPA_PLATFORM": "xcb"}], ids=["nothing-set", "xcb"])
def test_the_wizard_without_a_display_says_where_it_can_run(tmp_path, env):
    done = _run_wizard(env, tmp_path)
    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("The wizard window needs a display, and this computer has none")
    assert "desktop session" in lines[0]
    assert "QT_QPA_PLATFORM=offscreen" in lines[0]
    assert platform_check.HEADLESS_HINT in lines[0]


def test_the_headless_hint_names_the_command_as_this_computer_can_run_it(monkeypatch, tmp_path):
    bin_dir = tmp_path / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "xwms-wizard").write_text("#!/bin/sh\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(platform_check.sys, "executable", str(bin_dir / "python"))
    monkeypatch.setattr(platform_check.shutil, "which", lambda name: None)
    hint = platform_check.headless_hint()
    assert hint == str(Path(".venv", "bin", "xwms-wizard")) + " apply examples/plan.toml --sandbox"
    # On the PATH (an activated .venv, an installed package): the bare command.
    monkeypatch.setattr(platform_check.shutil, "which", lambda name: "/usr/bin/xwms-wizard")
    assert platform_check.headless_hint() == platform_check.HEADLESS_HINT
