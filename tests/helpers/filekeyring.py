"""A keychain for child processes in tests: a JSON file named by `XWMS_TEST_KEYRING_FILE`.

This machine has no system keychain. A test that runs `xwms-wizard` as its own
process (to kill it with SIGKILL) gives it this backend through keyring's
`PYTHON_KEYRING_BACKEND=tests.helpers.filekeyring.FileKeyring`, so "with a
keychain" survives the kill, as a real keychain would.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import keyring.errors
from keyring.backend import KeyringBackend

ENV = "XWMS_TEST_KEYRING_FILE"


def environment(path: Path) -> dict[str, str]:
    """The variables that give a child process this keychain, stored in `path`."""
    root = str(Path(__file__).resolve().parents[2])
    pythonpath = os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH", "")) if p)
    return {
        "PYTHON_KEYRING_BACKEND": "tests.helpers.filekeyring.FileKeyring",
        ENV: str(path),
        "PYTHONPATH": pythonpath,
    }


class FileKeyring(KeyringBackend):
    priority = -1  # type: ignore[assignment]  (only ever chosen explicitly)

    @property
    def _path(self) -> Path:
        return Path(os.environ[ENV])

    def _load(self) -> dict[str, str]:
        try:
            return json.loads(self._path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}

    def _store(self, items: dict[str, str]) -> None:
        tmp = self._path.with_suffix(".tmp")
        tmp.write_text(json.dumps(items), encoding="utf-8")
        os.replace(tmp, self._path)

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        items = self._load()
        items[f"{service}\n{username}"] = password
        self._store(items)

    def delete_password(self, service: str, username: str) -> None:
        items = self._load()
        if items.pop(f"{service}\n{username}", None) is None:
            raise keyring.errors.PasswordDeleteError(username)
        self._store(items)
