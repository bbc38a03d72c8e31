"""Test set-up shared by the whole suite: offscreen Qt, an in-memory keyring, app data in tmp_path."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring  # noqa: E402
import pytest  # noqa: E402

from xwms_wizard.secrets import MemoryKeyring  # noqa: E402

# Helpers get pytest's assertion messages too; the sandbox fixtures are shared by every folder.
pytest.register_assert_rewrite("tests.helpers")
pytest_plugins = ["tests.helpers.sandbox"]


@pytest.fixture(autouse=True)
def app_data(tmp_path, monkeypatch):
    """Every test gets its own app-data folder; nothing touches the real user profile."""
    path = tmp_path / "appdata"
    path.mkdir()
    monkeypatch.setenv("XWMS_WIZARD_DATA_DIR", str(path))
    return path


@pytest.fixture(autouse=True)
def memory_keyring():
    """An in-memory keyring for every test; the previous backend is put back afterwards."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
