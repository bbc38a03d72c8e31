"""Where the wizard keeps its own files (journal, practice database, settings) on each platform."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "xwms-wizard"
DATA_DIR_ENV = "XWMS_WIZARD_DATA_DIR"


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
