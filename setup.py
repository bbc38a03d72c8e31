"""The build step pyproject.toml cannot declare: resources/ compiled into the package.

The metadata lives in pyproject.toml; this file only swaps in a build_py that, after the usual
copy of the modules, puts the top-level resources/ into the package as xwms_wizard/_resources/
(icons/, templates/, starters/, translations/ with each .ts and the .qm pyside6-lrelease compiles from
it), as MusicBrainz Picard's setup.py compiles its own. PySide6 is a build requirement for that.
An editable install (`pip install -e .`) copies nothing: it compiles the .qm into build/qm,
where a source checkout looks for them (xwms_wizard/paths.py), as `make translations` does.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from fnmatch import fnmatch
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
RESOURCES = ROOT / "resources"
# Inside the build's lib folder; xwms_wizard/paths.py (PACKAGED_RESOURCES) reads it there.
PACKAGED = Path("xwms_wizard", "_resources")
CHECKOUT_QM = ROOT / "build" / "qm"
SHIPPED = ("icons", "templates", "starters", "translations")
# Never shipped from resources/: build output and caches (a starter run by hand leaves some).
NOT_SHIPPED = ("*.qm", "__pycache__", "*.pyc", ".env")
# PySide6's own wrapper finds its lrelease on every platform; `-c` keeps argv for it.
LRELEASE = "from PySide6.scripts.pyside_tool import lrelease; lrelease()"


def _shipped(relative: Path) -> bool:
    """Whether stage_resources copies this file (a path inside one of the SHIPPED folders)."""
    return not any(fnmatch(part, pattern) for part in relative.parts for pattern in NOT_SHIPPED)


def compile_catalogs(out: Path) -> list[Path]:
    """Every resources/translations/*.ts compiled by pyside6-lrelease into `out`."""
    sources = sorted((RESOURCES / "translations").glob("*.ts"))
    if not sources:
        raise SystemExit(f"no translation sources (.ts) in {RESOURCES / 'translations'}")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sources:
        qm = out / ts.with_suffix(".qm").name
        command = [sys.executable, "-c", LRELEASE, "-silent", str(ts), "-qm", str(qm)]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        written.append(qm)
    return written


def stage_resources(dest: Path) -> list[Path]:
    """resources/ plus the compiled .qm into `dest` (emptied first); the files written."""
    shutil.rmtree(dest, ignore_errors=True)
    for kind in SHIPPED:
        # A stray .qm in the sources is never shipped: only what lrelease just made.
        shutil.copytree(RESOURCES / kind, dest / kind, ignore=shutil.ignore_patterns(*NOT_SHIPPED))
    compile_catalogs(dest / "translations")
    return sorted(path for path in dest.rglob("*") if path.is_file())


class BuildPyWithResources(build_py):
    """build_py, then the resources (see the module's docstring)."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            compile_catalogs(CHECKOUT_QM)
        else:
            stage_resources(Path(self.build_lib) / PACKAGED)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        if self.editable_mode:
            return outputs
        dest = Path(self.build_lib) / PACKAGED
        for kind in SHIPPED:
            source = RESOURCES / kind
            outputs += [
                str(dest / path.relative_to(RESOURCES))
                for path in sorted(source.rglob("*"))
                if path.is_file() and _shipped(path.relative_to(source))
            ]
        outputs += [
            str(dest / "translations" / ts.with_suffix(".qm").name)
            for ts in sorted((RESOURCES / "translations").glob("*.ts"))
        ]
        return outputs


if __name__ == "__main__":  # setuptools' build backend runs this file as __main__ too
    setup(cmdclass={"build_py": BuildPyWithResources})
