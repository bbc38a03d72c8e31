"""`Idempotency-Key` records: the first answer to a POST, kept in SQLite per account and key.

The first answer can hold a value that must never rest on disk in plaintext (a new
client secret). So a record is sealed with the key itself: the row holds a hash
of the key, and the answer encrypted (HMAC-SHA256 in counter mode, authenticated)
under keys derived from the Idempotency-Key and a per-record salt. Only a request
that carries the same key (and the same account's sign-in) can open it, so a lost
answer can be fetched again by exactly the caller that asked for it, and the
database file alone reveals nothing.

That holds only for a key the database cannot be searched for: keys for creating secrets must
carry at least 128 random bits, chosen by the caller. The server cannot measure randomness, but
it never seals a value under a key too short to hold 128 bits (`can_seal`); the route then
stores its answer without the value.

Records expire after 24 hours, as Stripe's idempotency keys do: an older record is never
replayed; the request counts as a new one, and expired rows are deleted as they are met.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import re
import secrets
import sqlite3
import string
from dataclasses import dataclass
from datetime import datetime, timedelta

from xwms_wizard.sandbox.envelope import ValidationFailed
from xwms_wizard.sandbox.store import iso

HEADER = "Idempotency-Key"
REPLAY_HEADER = "Idempotent-Replay"
LIFETIME = timedelta(hours=24)
SEAL_BITS = 128  # what a key must have room for before a credential is sealed under it
# A key: 1 to 200 printable ASCII characters (space included), not starting or ending with a
# space (HTTP would drop it on the way). The OpenAPI document's IdempotencyKey states the same.
KEY_MAX = 200
KEY_PATTERN = r"^[\x21-\x7E]([\x20-\x7E]{0,198}[\x21-\x7E])?$"
_KEY = re.compile(KEY_PATTERN)
# The smallest usual alphabet a key is written in, and the bits one character of it can carry.
_ALPHABETS = (
    (frozenset(string.digits), math.log2(10)),
    (frozenset(string.hexdigits), 4.0),
    (frozenset(string.ascii_letters + string.digits + "-_+/="), 6.0),
)
_PRINTABLE_BITS = math.log2(95)


def read_key(value: str | None) -> str | None:
    """The header's key, or None without one; a malformed key is a 422 naming the header."""
    if value is None:
        return None
    if not _KEY.fullmatch(value):
        raise ValidationFailed({HEADER: [
            f"Use 1 to {KEY_MAX} printable ASCII characters, not starting or ending with a "
            "space, e.g. a UUID."
        ]})
    return value


def capacity_bits(key: str) -> float:
    """The most random bits `key` can hold: its length times the bits per character of the
    smallest usual alphabet (digits, hex, base64) that has all its characters, else printable
    ASCII. An upper bound: a key with more room may still carry no randomness at all."""
    chars = set(key)
    for alphabet, bits in _ALPHABETS:
        if chars <= alphabet:
            return len(key) * bits
    return len(key) * _PRINTABLE_BITS


def can_seal(key: str) -> bool:
    """True when `key` has room for 128 random bits (32 hex digits, 22 base64 characters, ...):
    only then is a credential (a secret's value) sealed under it for a replay."""
    return capacity_bits(key) >= SEAL_BITS


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


def _expired_before(now: datetime) -> str:
    # A record made at or before this moment is 24 hours old or more (the times are fixed-width
    # ISO text, so they compare as text).
    return iso(now - LIFETIME)


def lookup(
    db: sqlite3.Connection,
    scope: str,
    key: str,
    method: str,
    path: str,
    raw: bytes,
    *,
    now: datetime,
) -> Record | None:
    """The record of this key, or None: never one 24 hours old or more (that one is deleted, and
    the request is a new one)."""
    stored_key = _stored_key(scope, key)
    row = db.execute(
        "SELECT salt, fingerprint, status, body, rerun, created_at FROM idempotency "
        "WHERE scope = ? AND key = ?",
        (scope, stored_key),
    ).fetchone()
    if row is None:
        return None
    if row["created_at"] <= _expired_before(now):
        db.execute("DELETE FROM idempotency WHERE scope = ? AND key = ?", (scope, stored_key))
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
    now: datetime,
) -> None:
    """Keep the first answer under this key (sealed), and drop every record that has expired."""
    purge(db, now)
    salt = secrets.token_hex(16)
    db.execute(
        "INSERT INTO idempotency (scope, key, salt, fingerprint, status, body, rerun, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (scope, _stored_key(scope, key), salt, _fingerprint(salt, method, path, raw), status,
         _seal(key, salt, body), int(rerun), iso(now)),
    )


def purge(db: sqlite3.Connection, now: datetime) -> int:
    """Delete the records that are 24 hours old or more; returns how many."""
    return db.execute(
        "DELETE FROM idempotency WHERE created_at <= ?", (_expired_before(now),)
    ).rowcount
