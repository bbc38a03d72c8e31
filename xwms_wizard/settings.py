"""The owner's preferences (language, last mode, addresses, e-mail): one JSON file in app data, never a secret."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from xwms_wizard import paths
from xwms_wizard.atomic import atomic_write_text

log = logging.getLogger(__name__)

SETTINGS_NAME = "settings.json"
# Only these keys are ever written: a token or secret cannot end up here by mistake.
KNOWN_KEYS = frozenset({"language", "mode", "server_url", "live_api_url", "email"})


def settings_path() -> Path:
    return paths.app_data_dir() / SETTINGS_NAME


def load_settings() -> dict[str, Any]:
    """The saved preferences; {} when there are none or the file is unreadable."""
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("ignoring unreadable settings file %s: %s", settings_path(), exc)
        return {}
    return data if isinstance(data, dict) else {}


def save_setting(key: str, value: str) -> None:
    """Remember one preference (only known keys; atomically, so a crash never truncates it)."""
    if key not in KNOWN_KEYS:
        raise KeyError(f"not a known setting: {key}")
    data = {k: v for k, v in load_settings().items() if k in KNOWN_KEYS}
    data[key] = value
    atomic_write_text(settings_path(), json.dumps(data, indent=2, sort_keys=True) + "\n")


class Settings:
    """The small QSettings-like face the GUI uses (`value`, `setValue`), on the same JSON file."""

    def value(self, key: str, default: Any = "", type_: type = str) -> Any:
        found = load_settings().get(key, default)
        return found if isinstance(found, type_) else default

    def setValue(self, key: str, value: Any) -> None:  # noqa: N802 (Qt's spelling)
        save_setting(key, value)

    def sync(self) -> None:
        """Nothing to do: every `setValue` is already on disk (kept for QSettings' callers)."""
