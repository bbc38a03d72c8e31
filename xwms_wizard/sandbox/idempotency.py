"""`Idempotency-Key` records: the first answer to a POST, kept in SQLite per account and key.

The first answer can hold a value that must never rest on disk in plaintext (a new
client secret). So a record is sealed with the key itself: the row holds a hash
of the key, and the answer encrypted (HMAC-SHA256 in counter mode, authenticated)
under keys derived from the Idempotency-Key and a per-record salt. Only a request
that carries the same key (and the same account's sign-in) can open it, so a lost
answer can be fetched again by exactly the caller that asked for it, and the
database file alone reveals nothing.
"""

from __future__ import annotations

import hashlib
import hmac
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


def _stored_key(scope: str, key: str) -> str:
    return hashlib.sha256(f"{scope}\n{key}".encode()).hexdigest()


def _derive(key: str, salt: str, purpose: bytes) -> bytes:
    return hmac.new(key.encode(), purpose + bytes.fromhex(salt), hashlib.sha256).digest()


def _keystream_xor(enc_key: bytes, data: bytes) -> bytes:
    out = bytearray()
    for block in range(0, len(data), 32):
        pad = hmac.new(enc_key, block.to_bytes(8, "big"), hashlib.sha256).digest()
        out += bytes(a ^ b for a, b in zip(data[block : block + 32], pad, strict=False))
    return bytes(out)


def _seal(key: str, salt: str, body: bytes) -> bytes:
    cipher = _keystream_xor(_derive(key, salt, b"enc"), body)
    tag = hmac.new(_derive(key, salt, b"mac"), cipher, hashlib.sha256).digest()
    return tag + cipher


def _open(key: str, salt: str, sealed: bytes) -> bytes | None:
    tag, cipher = sealed[:32], sealed[32:]
    expected = hmac.new(_derive(key, salt, b"mac"), cipher, hashlib.sha256).digest()
    if not hmac.compare_digest(tag, expected):
        return None
    return _keystream_xor(_derive(key, salt, b"enc"), cipher)


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
        (scope, _stored_key(scope, key)),
    ).fetchone()
    if row is None:
        return None
    same = secrets.compare_digest(row["fingerprint"], _fingerprint(row["salt"], method, path, raw))
    body = _open(key, row["salt"], bytes(row["body"])) if same else None
    return Record(row["status"], body or b"", bool(row["rerun"]), same and body is not None)


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
        (scope, _stored_key(scope, key), salt, _fingerprint(salt, method, path, raw), status,
         _seal(key, salt, body), int(rerun), created_at),
    )
