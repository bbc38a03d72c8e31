"""Builds the one-folder app for this OS into dist/, self-tests it, and reports size and timings.

Used by `make package` on Linux and by the release workflow on Windows and macOS:

    python packaging/build.py                    build (PyInstaller) + the frozen app's self-test
    python packaging/build.py --no-build         self-test the app already in dist/
    python packaging/build.py --repeat 5         run the self-test 5 times (median, min, max)
    python packaging/build.py --installer        Windows: also compile the Inno Setup installer
    python packaging/build.py --installer-only   Windows: only compile the installer
    python packaging/build.py --json FILE        also write the figures as JSON
    python packaging/build.py --check-sizes 80   only report the sizes of the app and of the
                                                 installer in dist/; fail if one is over 80 MiB

The self-test runs offscreen (QT_QPA_PLATFORM=offscreen unless already set), so it
needs no display. Start-up is measured from the moment the process is started to the
moment its Qt check line arrives, so it includes unpacking and importing.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import version_info  # noqa: E402 - packaging/version_info.py

SPEC = HERE / "xwms-wizard.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
ISS = HERE / "windows" / "xwms-wizard.iss"
APP = version_info.APP_NAME
SELF_TEST_TIMEOUT = 300


class BuildError(Exception):
    """A step failed; the message says which and what to do."""


@dataclass
class SelfTestRun:
    passed: bool
    qt_check_s: float | None  # process start -> its "Qt platform plugin" line
    total_s: float  # process start -> process end
    lines: list[str] = field(default_factory=list)


def bundle_dir() -> Path:
    """What ships: the .app on macOS, the one folder elsewhere."""
    if sys.platform == "darwin":
        return DIST / f"{version_info.PRODUCT_NAME}.app"
    return DIST / APP


def executable() -> Path:
    if sys.platform == "darwin":
        return bundle_dir() / "Contents" / "MacOS" / APP
    if sys.platform == "win32":
        return bundle_dir() / f"{APP}.exe"
    return bundle_dir() / APP


def installer_path() -> Path | None:
    """The installer this OS's release ships (build_installer, build_dmg.sh); None on Linux."""
    version = version_info.package_version()
    if sys.platform == "win32":
        return DIST / f"{APP}-{version}-setup.exe"
    if sys.platform == "darwin":
        return DIST / f"{APP}-{version}-macos.dmg"  # packaging/macos/build_dmg.sh's name
    return None


def ensure_icons() -> None:
    needed = [HERE / "icons" / f"{APP}.{ext}" for ext in ("ico", "icns")]
    if all(path.is_file() for path in needed):
        return
    print("Icons missing: rendering them (packaging/make_icons.py)...", flush=True)
    subprocess.run([sys.executable, str(HERE / "make_icons.py")], check=True)


def build() -> float:
    """Run PyInstaller on the spec; the build's wall time in seconds."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise BuildError(
            "PyInstaller is not installed in this Python. Install the build tools with: "
            f"{sys.executable} -m pip install -e '.[package]'"
        ) from None
    ensure_icons()
    WORK.mkdir(parents=True, exist_ok=True)
    log = WORK / "pyinstaller.log"
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC),
    ]
    print(f"Building {APP} {version_info.package_version()} with PyInstaller "
          f"(log: {log.relative_to(ROOT)})...", flush=True)
    started = time.perf_counter()
    with open(log, "w", encoding="utf-8") as handle:
        proc = subprocess.run(command, cwd=ROOT, stdout=handle, stderr=subprocess.STDOUT)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        tail = log.read_text(encoding="utf-8", errors="replace").splitlines()[-30:]
        raise BuildError("PyInstaller failed (last lines of its log):\n" + "\n".join(tail))
    print(f"Built {bundle_dir().relative_to(ROOT)} in {seconds:.1f} s.", flush=True)
    return seconds


def run_self_test(echo: bool = True, *, from_source: bool = False) -> SelfTestRun:
    """Start the frozen app (or the source) with --self-test; time it from process start."""
    exe = executable()
    if from_source:
        command = [sys.executable, "-m", "xwms_wizard", "--self-test"]
    elif not exe.is_file():
        raise BuildError(f"There is no built app at {exe}. Build it first (without --no-build).")
    else:
        command = [str(exe), "--self-test"]
    with tempfile.TemporaryDirectory(prefix="xwms-wizard-build-") as data:
        env = {**os.environ, "XWMS_WIZARD_DATA_DIR": data}
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        lines: list[str] = []
        qt_at: float | None = None
        started = time.perf_counter()
        # Pipes, not the console: a windowed Windows program only has a stdout when the
        # caller hands it one.
        proc = subprocess.Popen(
            command, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, text=True, encoding="utf-8", errors="replace", env=env,
        )
        assert proc.stdout is not None
        try:
            for line in proc.stdout:
                if qt_at is None and "Qt platform plugin:" in line:
                    qt_at = time.perf_counter() - started
                lines.append(line.rstrip("\n"))
                if echo:
                    print("  " + line.rstrip("\n"), flush=True)
            code = proc.wait(timeout=SELF_TEST_TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise BuildError(f"The self-test did not finish within {SELF_TEST_TIMEOUT} s.") from None
        total = time.perf_counter() - started
    return SelfTestRun(passed=code == 0, qt_check_s=qt_at, total_s=total, lines=lines)


def bundle_size(path: Path) -> tuple[int, int]:
    """(bytes, files) of everything under `path`, symlinks counted once as links."""
    size = files = 0
    for root, _dirs, names in os.walk(path):
        for name in names:
            item = Path(root) / name
            size += item.lstat().st_size
            files += 1
    return size, files


def find_iscc() -> str:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return found
    for base in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA"):
        root = os.environ.get(base)
        if not root:
            continue
        for sub in ("Inno Setup 6", os.path.join("Programs", "Inno Setup 6")):
            candidate = Path(root) / sub / "ISCC.exe"
            if candidate.is_file():
                return str(candidate)
    raise BuildError(
        "Inno Setup 6 is not installed (no ISCC.exe found). Install it, e.g. with "
        "`choco install innosetup -y`, and run this again."
    )


def build_installer() -> Path:
    """Compile packaging/windows/xwms-wizard.iss with the package's version."""
    if sys.platform != "win32":
        raise BuildError("The Inno Setup installer is built on Windows only.")
    if not executable().is_file():
        raise BuildError(f"There is no built app at {executable()}. Build it first.")
    version = version_info.package_version()
    numeric = ".".join(str(n) for n in version_info.numeric_version(version))
    command = [
        find_iscc(), "/Q", f"/DAppVersion={version}", f"/DAppVersionNumeric={numeric}",
        f"/DBundleDir={bundle_dir()}", f"/DOutputDir={DIST}", str(ISS),
    ]
    print(f"Compiling the installer with Inno Setup ({version})...", flush=True)
    subprocess.run(command, check=True)
    installer = installer_path()
    assert installer is not None
    if not installer.is_file():
        raise BuildError(f"Inno Setup ran, but {installer} is not there.")
    print(f"Installer: {installer.relative_to(ROOT)} ({installer.stat().st_size / 2**20:.1f} MiB)")
    return installer


def check_sizes(limit_mib: float) -> int:
    """Print the app's and the installer's sizes (MiB: 2**20 bytes); 1 if one is over the limit.

    The release workflow's size step. In GitHub Actions the figures also go to the job's
    summary, and a size over the limit becomes an error annotation.
    """
    app = bundle_dir()
    if not app.is_dir():
        raise BuildError(f"There is no built app at {app}. Build it first.")
    app_bytes, files = bundle_size(app)
    rows = [("app", app, app_bytes, f"{files} files")]
    installer = installer_path()
    if installer is not None:
        if not installer.is_file():
            raise BuildError(f"There is no installer at {installer}. Make it first.")
        rows.append(("installer", installer, installer.stat().st_size, "1 file"))
    over = []
    system = f"{platform.system()} {platform.machine()}"
    print(f"Sizes on {system} (limit {limit_mib:g} MiB each):")
    for what, path, size, count in rows:
        mib = size / 2**20
        flag = "OVER THE LIMIT" if mib > limit_mib else "ok"
        print(f"  {what:<9} {mib:7.1f} MiB  {path.relative_to(ROOT)} ({count}, {size} bytes)  "
              f"{flag}")
        if mib > limit_mib:
            over.append(f"the {what} {path.name} is {mib:.1f} MiB, over {limit_mib:g} MiB")
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        with open(summary, "a", encoding="utf-8") as handle:
            handle.write(f"### Sizes on {system} (limit {limit_mib:g} MiB each)\n\n"
                         "| what | file | MiB | contents |\n|---|---|---|---|\n")
            for what, path, size, count in rows:
                handle.write(f"| {what} | `{path.name}` | {size / 2**20:.1f} | {count} |\n")
            handle.write("\n")
    if over:
        for reason in over:
            if os.environ.get("GITHUB_ACTIONS"):
                print(f"::error title=Size over the limit::{reason}")
        print(f"Too big: {'; '.join(over)}.", file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true", help="use the app already in dist/")
    parser.add_argument("--repeat", type=int, default=1, metavar="N", help="self-test N times")
    parser.add_argument("--installer", action="store_true", help="Windows: compile the installer")
    parser.add_argument("--installer-only", action="store_true",
                        help="Windows: only compile the installer from the app in dist/")
    parser.add_argument("--json", metavar="FILE", help="also write the figures to FILE")
    parser.add_argument("--check-sizes", type=float, metavar="MIB",
                        help="only report the sizes of the app and the installer in dist/; "
                             "exit 1 if either is over MIB (2**20 bytes)")
    parser.add_argument("--compare-source", action="store_true",
                        help="also time the self-test from source (this Python), as a baseline")
    args = parser.parse_args(argv)

    try:
        if args.installer_only:
            build_installer()
            return 0
        if args.check_sizes is not None:
            return check_sizes(args.check_sizes)
        build_s = None if args.no_build else build()
        runs = []
        for i in range(max(1, args.repeat)):
            label = f" (run {i + 1} of {args.repeat})" if args.repeat > 1 else ""
            print(f"Self-test of the frozen app{label}:", flush=True)
            run = run_self_test(echo=i == 0)
            runs.append(run)
            if not run.passed:
                if i > 0:
                    print("\n".join("  " + line for line in run.lines))
                raise BuildError("The frozen app's self-test FAILED (see the lines above).")
        size, files = bundle_size(bundle_dir())
        qt_times = [r.qt_check_s for r in runs if r.qt_check_s is not None]
        totals = [r.total_s for r in runs]

        def spread(values: list[float]) -> str:
            if len(values) == 1:
                return f"{values[0]:.2f} s"
            return (f"median {statistics.median(values):.2f} s "
                    f"(min {min(values):.2f}, max {max(values):.2f}, {len(values)} runs)")

        print()
        print(f"Bundle:      {bundle_dir().relative_to(ROOT)}: {size / 2**20:.1f} MiB "
              f"in {files} files")
        if build_s is not None:
            print(f"Build time:  {build_s:.1f} s")
        print(f"Start-up:    process start to the Qt check: {spread(qt_times)}")
        print(f"Self-test:   whole run, wall time from process start: {spread(totals)}")
        source_runs = []
        if args.compare_source:
            for _ in range(max(1, args.repeat)):
                run = run_self_test(echo=False, from_source=True)
                if not run.passed:
                    raise BuildError("The self-test from source FAILED:\n" + "\n".join(run.lines))
                source_runs.append(run)
            src_qt = [r.qt_check_s for r in source_runs if r.qt_check_s is not None]
            src_total = [r.total_s for r in source_runs]
            print(f"From source: process start to the Qt check: {spread(src_qt)}; "
                  f"whole run: {spread(src_total)}")
            print(f"Frozen/source (medians): Qt check "
                  f"{statistics.median(qt_times) / statistics.median(src_qt):.2f}x, whole run "
                  f"{statistics.median(totals) / statistics.median(src_total):.2f}x")
        if args.json:
            Path(args.json).write_text(json.dumps({
                "version": version_info.package_version(),
                "platform": f"{platform.system()} {platform.machine()}",
                "python": platform.python_version(),
                "bundle_bytes": size,
                "bundle_files": files,
                "build_s": build_s,
                "runs": [{k: v for k, v in asdict(r).items() if k != "lines"} for r in runs],
                "source_runs": [
                    {k: v for k, v in asdict(r).items() if k != "lines"} for r in source_runs
                ],
            }, indent=2) + "\n", encoding="utf-8")
        if args.installer:
            build_installer()
    except BuildError as exc:
        print(f"\n{exc}", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as exc:
        print(f"\nA build step failed: {' '.join(map(str, exc.cmd))} (exit {exc.returncode})",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
