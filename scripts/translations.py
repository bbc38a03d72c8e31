"""Keep the translation catalogues current: `update` runs pyside6-lupdate, `compile` lrelease.

    .venv/bin/python scripts/translations.py update    # new strings into every .ts
    .venv/bin/python scripts/translations.py compile   # every .ts into its .qm, in build/qm/

The .ts sources live in resources/translations/ (committed); the .qm are build output, never
committed: `compile` (or `make translations`) writes them to build/qm/, where a source checkout
finds them, and setup.py's build step compiles them into the wheel.

The sources scanned are xwms_wizard/gui (every string the owner sees goes through
tr() / QCoreApplication.translate there; the engine texts it shows are marked once, in
core) and the Qt-free engine and
client, xwms_wizard/core and xwms_wizard/xwms, the handoff's .env and bundle messages
(xwms_wizard/handoff; HANDOFF.md keeps its own per-language texts), and the command line's
the command line's package xwms_wizard/cli
(i18n.translate / i18n.QT_TRANSLATE_NOOP, which lupdate recognises by name; those read their
translations from the .ts files).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = ROOT / "build" / "qm"  # xwms_wizard/paths.py CHECKOUT_QM
SOURCE_DIRS = [ROOT / "xwms_wizard" / d for d in ("gui", "core", "xwms", "handoff", "cli")]
# The command line's own modules (the same i18n.translate).
SOURCE_FILES: list[Path] = []
PREFIX = "xwms_wizard_"
# Every XWMS language but the source language, English.
LANGUAGES = ["nl", "de", "ar", "bn", "es", "id", "pt", "ru", "zh"]


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease next to this Python (the venv), else on PATH."""
    python = Path(sys.executable)
    for beside in (python.with_name(name), python.with_name(f"{name}.exe")):  # .exe: Windows
        if beside.exists():
            return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} was not found; install PySide6 (pip install -e .)")
    return found


def sources() -> list[Path]:
    found = [p for d in SOURCE_DIRS for p in d.rglob("*.py") if "__pycache__" not in p.parts]
    return sorted(found + SOURCE_FILES)


def ts_path(language: str, folder: Path = TS_DIR) -> Path:
    return folder / f"{PREFIX}{language}.ts"


def qm_path(language: str, folder: Path = QM_DIR) -> Path:
    return folder / f"{PREFIX}{language}.qm"


def update(folder: Path = TS_DIR, languages: list[str] = LANGUAGES) -> None:
    """Add new strings to each .ts, drop vanished ones; translations already made are kept."""
    folder.mkdir(parents=True, exist_ok=True)
    files = [str(p.relative_to(ROOT)) for p in sources()]
    for language in languages:
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *files,
                "-no-obsolete",
                # Without line numbers, so a .ts changes only when its strings do.
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                language,
                "-ts",
                str(ts_path(language, folder)),
            ],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )


def compile_catalogs(folder: Path = TS_DIR, out: Path = QM_DIR) -> list[Path]:
    """Compile each .ts in `folder` into `out` (default: build/qm); returns the .qm files."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sorted(folder.glob(f"{PREFIX}*.ts")):
        qm = out / ts.with_suffix(".qm").name
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        written.append(qm)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["update", "compile"])
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    else:
        compile_catalogs()
    return 0


if __name__ == "__main__":
    sys.exit(main())
