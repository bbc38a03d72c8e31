"""Fixtures for the handoff tests: a folder to write bundles into, and Node's dotenv (installed
from npm once a session) as a second reader."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.handoff import NODE_DIR, NodeDotenv

NPM_TIMEOUT_S = 150


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder to write bundles into (tmp_path also holds the app-data folder)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture(scope="session")
def node_dotenv() -> Iterator[NodeDotenv]:
    """Node's dotenv, installed into tests/handoff/node/ by npm; skips when Node is missing."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node or not npm:
        pytest.skip("Node.js and npm are not on PATH, so the check with Node's dotenv is skipped")
    installed = NODE_DIR / "node_modules" / "dotenv" / "package.json"
    try:
        result = subprocess.run(
            [npm, "install", "--no-audit", "--no-fund"],
            cwd=NODE_DIR,
            capture_output=True,
            text=True,
            timeout=NPM_TIMEOUT_S,
        )
        failure = "" if result.returncode == 0 else result.stderr.strip()[-500:]
    except subprocess.TimeoutExpired:
        failure = f"it took longer than {NPM_TIMEOUT_S} s"
    if failure and not installed.exists():
        pytest.skip(f"`npm install` of dotenv in {NODE_DIR} failed ({failure})")
    reader = NodeDotenv(node)
    try:
        yield reader
    finally:
        reader.close()
