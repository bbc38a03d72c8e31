"""Where the wizard keeps its own files (journal, practice database, settings) and finds those it ships."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "xwms-wizard"
DATA_DIR_ENV = "XWMS_WIZARD_DATA_DIR"

_PACKAGE_DIR = Path(__file__).parent
# What the build (setup.py's build_py) puts into a wheel, and PyInstaller into the frozen app:
# icons/, templates/, starters/ (the bundle's starter apps), and translations/ with each .ts
# beside its compiled .qm.
PACKAGED_RESOURCES = _PACKAGE_DIR / "_resources"
# A source checkout (the editable install of `make run` / `make test`): the sources at the
# top, and the .qm that `make translations` (or `pip install -e .`) compiles into build/qm.
CHECKOUT_ROOT = _PACKAGE_DIR.parent
CHECKOUT_RESOURCES = CHECKOUT_ROOT / "resources"
CHECKOUT_QM = CHECKOUT_ROOT / "build" / "qm"


def app_data_dir(create: bool = True) -> Path:
    """The per-user data folder; `XWMS_WIZARD_DATA_DIR` overrides it (tests, portable use)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        path = Path(override)
    elif sys.platform == "win32":
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
        path = Path(base) / APP_DIR_NAME
    elif sys.platform == "darwin":
        path = Path.home() / "Library" / "Application Support" / APP_DIR_NAME
    else:
        base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        path = Path(base) / APP_DIR_NAME
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def default_sandbox_db() -> Path:
    """The practice sandbox's SQLite file, so practice work survives a restart."""
    return app_data_dir() / "sandbox.sqlite3"


def journal_dir() -> Path:
    """Where apply journals live (one JSON file per plan id; never a secret)."""
    path = app_data_dir() / "journals"
    path.mkdir(parents=True, exist_ok=True)
    return path


def resource_dir(kind: str) -> Path:
    """The folder of shipped files of one kind: "icons", "templates", "starters" or "translations".

    The installed package's own copy first (wheel, frozen app); in a source checkout, where
    the build has not run, the repository's top-level resources/.
    """
    packaged = PACKAGED_RESOURCES / kind
    return packaged if packaged.is_dir() else CHECKOUT_RESOURCES / kind


def compiled_translations_dir() -> Path:
    """The folder of the compiled Qt catalogues (.qm): beside the .ts, or build/qm in a checkout."""
    packaged = PACKAGED_RESOURCES / "translations"
    return packaged if packaged.is_dir() else CHECKOUT_QM
