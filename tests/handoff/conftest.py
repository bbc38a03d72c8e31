"""Fixtures for the handoff tests: Node's dotenv (installed from npm once a session) as a reader."""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

NODE_DIR = Path(__file__).parent / "node"
NPM_TIMEOUT_S = 150

# Reads one JSON list of file paths per line from stdin and answers one JSON list of
# dotenv.parse() results per line, so one node process serves every generated case.
# Non-ASCII is escaped so the answer survives any pipe encoding.
NODE_SCRIPT = r"""
const fs = require('fs');
const readline = require('readline');
const dotenv = require('dotenv');
const ascii = (s) => s.replace(/[\u007f-\uffff]/g,
  (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
const rl = readline.createInterface({ input: process.stdin, terminal: false });
rl.on('line', (line) => {
  const paths = JSON.parse(line);
  const parsed = paths.map((p) => dotenv.parse(fs.readFileSync(p)));
  process.stdout.write(ascii(JSON.stringify(parsed)) + '\n');
});
"""


class NodeDotenv:
    """One long-lived `node -e` process that parses .env files with npm's dotenv."""

    def __init__(self, node: str) -> None:
        self._stderr = tempfile.TemporaryFile()
        self._proc = subprocess.Popen(
            [node, "-e", NODE_SCRIPT],
            cwd=NODE_DIR,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
            encoding="ascii",
        )
        self.version = json.loads(
            (NODE_DIR / "node_modules" / "dotenv" / "package.json").read_text("utf-8")
        )["version"]

    def parse(self, paths: list[Path]) -> list[dict[str, str]]:
        assert self._proc.stdin is not None and self._proc.stdout is not None
        self._proc.stdin.write(json.dumps([str(p) for p in paths]) + "\n")
        self._proc.stdin.flush()
        answer = self._proc.stdout.readline()
        if not answer:
            self._stderr.seek(0)
            raise RuntimeError(
                "node stopped: " + self._stderr.read().decode("utf-8", "replace")[-2000:]
            )
        return json.loads(answer)

    def close(self) -> None:
        assert self._proc.stdin is not None
        self._proc.stdin.close()
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        if self._proc.stdout is not None:
            self._proc.stdout.close()
        self._stderr.close()


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
