"""The sandbox keeps its own copies of what the wizard knows; these tests keep the copies equal.

The sandbox stands in for a foreign server and imports nothing of the wizard (the sandbox
contract in pyproject.toml), so the scopes catalogue, the default key label and the place of
its database exist twice. Live mode offers core's catalogue and Practice mode the sandbox's:
if the two drifted, the modes would offer different scopes.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from xwms_wizard import paths
from xwms_wizard.core.models import DEFAULT_SECRET_LABEL
from xwms_wizard.core.scopes import CATALOGUE
from xwms_wizard.handoff import bundle
from xwms_wizard.sandbox import seed, server, values


def test_the_sandbox_seeds_the_wizards_live_catalogue() -> None:
    assert [scope["key"] for scope in seed.SCOPES] == [scope.key for scope in CATALOGUE]
    # Every attribute, in the same order: what Practice shows is what Live shows.
    assert seed.SCOPES == tuple(scope.as_dict() for scope in CATALOGUE)


def test_a_key_without_a_label_has_one_name_everywhere() -> None:
    # The plan's default, the bundle's words for it (handoff sits below core) and the server's.
    assert DEFAULT_SECRET_LABEL == bundle.DEFAULT_SECRET_LABEL == values.DEFAULT_SECRET_LABEL


@pytest.mark.parametrize("platform", ["linux", "darwin", "win32"])
@pytest.mark.parametrize("override", [True, False], ids=["data-dir-env", "platform-default"])
def test_the_sandbox_and_practice_mode_share_one_database(
    monkeypatch, tmp_path: Path, platform: str, override: bool
) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("APPDATA", str(home / "AppData" / "Roaming"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg"))
    if override:
        monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "portable"))
    else:
        monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.setattr(sys, "platform", platform)
    expected = paths.default_sandbox_db()
    assert server.default_db() == expected
    assert expected.parent.is_dir() and tmp_path in expected.parents
