"""`Idempotency-Key` records: the first answer to a POST, kept in SQLite per account and key."""

from __future__ import annotations

import hashlib
import json
import re
import secrets
import sqlite3
from dataclasses import dataclass

from xwms_wizard.sandbox.envelope import ValidationFailed

HEADER = "Idempotency-Key"
REPLAY_HEADER = "Idempotent-Replay"
_KEY = re.compile(r"[\x20-\x7e]{1,200}")


def read_key(value: str | None) -> str | None:
    """The header's key, or None without one; a malformed key is a 422 naming the header."""
    if value is None:
        return None
    if not _KEY.fullmatch(value) or not value.strip():
        raise ValidationFailed(
            {HEADER: ["Use 1 to 200 printable ASCII characters, e.g. a UUID."]}
        )
    return value


def _canonical(raw: bytes) -> bytes:
    # Key order and spacing do not make two JSON bodies different requests.
    try:
        return json.dumps(json.loads(raw), sort_keys=True, separators=(",", ":")).encode()
    except (ValueError, RecursionError):
        return raw


def _fingerprint(salt: str, method: str, path: str, raw: bytes) -> str:
    # Salted, because a login body holds a password and the hash must not help guess it.
    digest = hashlib.sha256(bytes.fromhex(salt))
    digest.update(f"{method}\n{path}\n".encode())
    digest.update(_canonical(raw))
    return digest.hexdigest()


@dataclass(frozen=True)
class Record:
    status: int
    body: bytes
    rerun: bool
    matches: bool


def lookup(
    db: sqlite3.Connection, scope: str, key: str, method: str, path: str, raw: bytes
) -> Record | None:
    row = db.execute(
        "SELECT salt, fingerprint, status, body, rerun FROM idempotency "
        "WHERE scope = ? AND key = ?",
        (scope, key),
    ).fetchone()
    if row is None:
        return None
    same = secrets.compare_digest(row["fingerprint"], _fingerprint(row["salt"], method, path, raw))
    return Record(row["status"], bytes(row["body"]), bool(row["rerun"]), same)


def save(
    db: sqlite3.Connection,
    scope: str,
    key: str,
    method: str,
    path: str,
    raw: bytes,
    *,
    status: int,
    body: bytes,
    rerun: bool,
    created_at: str,
) -> None:
    salt = secrets.token_hex(16)
    db.execute(
        "INSERT INTO idempotency (scope, key, salt, fingerprint, status, body, rerun, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (scope, key, salt, _fingerprint(salt, method, path, raw), status, body, int(rerun),
         created_at),
    )
