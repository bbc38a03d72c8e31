"""The sandbox's SQLite database: versioned schema, seed, transactions and credential hashing."""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import secrets
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from xwms_wizard.sandbox import seed

SCHEMA_VERSION = 2
MEMORY = ":memory:"

_SCHEMA = """
CREATE TABLE schema_version (version INTEGER NOT NULL);
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    plan TEXT NOT NULL CHECK (plan IN ('paid', 'free')),
    verified_partner INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    account INTEGER NOT NULL REFERENCES accounts(id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE TABLE scopes (
    key TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    requires_verification INTEGER NOT NULL,
    position INTEGER NOT NULL
);
CREATE TABLE clients (
    id INTEGER PRIMARY KEY,
    account INTEGER NOT NULL REFERENCES accounts(id),
    client_id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (account, name)
);
CREATE TABLE client_scopes (
    client INTEGER NOT NULL REFERENCES clients(id),
    scope TEXT NOT NULL REFERENCES scopes(key),
    PRIMARY KEY (client, scope)
);
CREATE TABLE domains (
    id INTEGER PRIMARY KEY,
    domain_id TEXT NOT NULL UNIQUE,
    client INTEGER NOT NULL REFERENCES clients(id),
    root_domain TEXT NOT NULL,
    server_ip TEXT,
    internal_name TEXT,
    allow_login INTEGER NOT NULL,
    allow_api INTEGER NOT NULL,
    active INTEGER NOT NULL,
    is_primary INTEGER NOT NULL,
    test_mode INTEGER NOT NULL,
    fallback_uri TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (client, root_domain)
);
CREATE TABLE domain_logos (
    domain INTEGER PRIMARY KEY REFERENCES domains(id),
    content_type TEXT NOT NULL,
    data BLOB NOT NULL
);
CREATE TABLE domain_urls (
    id INTEGER PRIMARY KEY,
    domain INTEGER NOT NULL REFERENCES domains(id),
    url TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('callback', 'webhook')),
    active INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (domain, url, kind)
);
CREATE TABLE secrets (
    id INTEGER PRIMARY KEY,
    client INTEGER NOT NULL REFERENCES clients(id),
    label TEXT NOT NULL,
    salt TEXT NOT NULL,
    digest TEXT NOT NULL,
    hint TEXT NOT NULL,
    expires_at TEXT,
    revoked INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE TABLE secret_links (
    id INTEGER PRIMARY KEY,
    domain INTEGER NOT NULL REFERENCES domains(id),
    secret INTEGER NOT NULL REFERENCES secrets(id),
    created_at TEXT NOT NULL,
    UNIQUE (domain, secret)
);
CREATE TABLE test_users (
    sub TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    given_name TEXT NOT NULL,
    family_name TEXT NOT NULL,
    email TEXT NOT NULL,
    email_verified INTEGER NOT NULL,
    birth_date TEXT NOT NULL,
    gender TEXT NOT NULL,
    country TEXT NOT NULL,
    socials TEXT NOT NULL
);
CREATE TABLE countries (code TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE projects (
    id TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,
    description TEXT NOT NULL, url TEXT NOT NULL
);
CREATE TABLE login_requests (
    id TEXT PRIMARY KEY,
    client INTEGER NOT NULL REFERENCES clients(id),
    domain INTEGER NOT NULL REFERENCES domains(id),
    redirect_url TEXT NOT NULL,
    created_at TEXT NOT NULL,
    decided_at TEXT
);
CREATE TABLE login_tokens (
    token_hash TEXT PRIMARY KEY,
    client INTEGER NOT NULL REFERENCES clients(id),
    domain INTEGER NOT NULL REFERENCES domains(id),
    sub TEXT NOT NULL REFERENCES test_users(sub),
    created_at TEXT NOT NULL,
    used_at TEXT
);
CREATE TABLE client_users (
    client INTEGER NOT NULL REFERENCES clients(id),
    sub TEXT NOT NULL REFERENCES test_users(sub),
    first_login_at TEXT NOT NULL,
    PRIMARY KEY (client, sub)
);
CREATE TABLE addresses (
    id INTEGER PRIMARY KEY,
    client INTEGER NOT NULL REFERENCES clients(id),
    sub TEXT NOT NULL REFERENCES test_users(sub),
    label TEXT,
    street TEXT NOT NULL,
    house_number TEXT,
    postal_code TEXT NOT NULL,
    city TEXT NOT NULL,
    country TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE idempotency (
    scope TEXT NOT NULL,
    key TEXT NOT NULL,
    salt TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    status INTEGER NOT NULL,
    body BLOB NOT NULL,
    rerun INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (scope, key)
);
"""


# Each step takes a database of the version before it to its own version. A new database is made
# with _SCHEMA (version 1) and then goes through every step, so old files and new ones end up the
# same. Never change a step once released: add a new one.
_MIGRATIONS: dict[int, str] = {
    # 2: Client Users (the domain and time of the last verified login), access and test user
    # requests, the Verification Center, and Members & Roles.
    2: """
ALTER TABLE client_users ADD COLUMN domain INTEGER REFERENCES domains(id);
ALTER TABLE client_users ADD COLUMN last_login_at TEXT;
UPDATE client_users SET last_login_at = first_login_at;
CREATE TABLE user_requests (
    id INTEGER PRIMARY KEY,
    client INTEGER NOT NULL REFERENCES clients(id),
    email TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('access', 'test')),
    scopes TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'accepted', 'declined')),
    created_at TEXT NOT NULL,
    decided_at TEXT
);
CREATE TABLE verification_requests (
    id INTEGER PRIMARY KEY,
    client INTEGER NOT NULL REFERENCES clients(id),
    domain_ids TEXT NOT NULL,
    scopes TEXT NOT NULL,
    notes TEXT,
    state TEXT NOT NULL CHECK (state IN ('pending', 'approved', 'rejected')),
    reason TEXT,
    created_at TEXT NOT NULL,
    decided_at TEXT
);
CREATE TABLE verified_scopes (
    account INTEGER NOT NULL REFERENCES accounts(id),
    scope TEXT NOT NULL REFERENCES scopes(key),
    request INTEGER REFERENCES verification_requests(id),
    PRIMARY KEY (account, scope)
);
CREATE TABLE roles (
    id INTEGER PRIMARY KEY,
    client INTEGER NOT NULL REFERENCES clients(id),
    name TEXT NOT NULL,
    permissions TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (client, name)
);
CREATE TABLE members (
    id INTEGER PRIMARY KEY,
    client INTEGER NOT NULL REFERENCES clients(id),
    account INTEGER NOT NULL REFERENCES accounts(id),
    role INTEGER NOT NULL REFERENCES roles(id),
    created_at TEXT NOT NULL,
    UNIQUE (client, account)
)
""",
}


class StoreError(Exception):
    """The database cannot be opened or used; `message` says what to do, `detail` what broke."""

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    """A UTC time as text, e.g. 2025-03-01T12:00:00Z (what every `*_at` field holds)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


# --- credentials: only ever stored as hashes -------------------------------------------------

_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1


def hash_password(password: str) -> str:
    """A salted, deliberately slow scrypt hash of an account password."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P
    )
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        _, n, r, p, salt, digest = stored.split("$")
        candidate = hashlib.scrypt(
            password.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p)
        )
    except (ValueError, UnicodeEncodeError):
        return False
    return hmac.compare_digest(candidate.hex(), digest)


def secret_digest(value: str, salt: str) -> str:
    """A client secret's salted digest; secrets are random and long, so HMAC-SHA256 is enough."""
    return hmac.new(bytes.fromhex(salt), value.encode("utf-8", "replace"), "sha256").hexdigest()


def token_digest(token: str) -> str:
    """Bearer and login tokens are random 256-bit values; their SHA-256 is the lookup key."""
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def new_secret_value() -> str:
    """`xs_` + 40 url-safe characters (30 random bytes)."""
    return "xs_" + secrets.token_urlsafe(30)


@functools.cache
def _seed_password_hash(email: str) -> str:
    # Hashing is slow on purpose; tests build many in-memory databases, so each seed
    # account's (salted) hash is computed once per process.
    return hash_password(seed.DEMO_PASSWORD)


class Store:
    """One SQLite connection shared by all requests, serialised by a lock.

    `transaction()` is the only way in: it holds the lock, begins an IMMEDIATE transaction,
    commits on success and rolls back on any exception.
    """

    def __init__(self, path: str = MEMORY, *, clock: Callable[[], datetime] = utc_now) -> None:
        self.path = path
        self.clock = clock
        self._lock = threading.Lock()
        try:
            self._conn = sqlite3.connect(
                path, check_same_thread=False, isolation_level=None, timeout=5.0
            )
        except sqlite3.Error as exc:
            raise StoreError(
                f"The practice database {path} cannot be opened. Check that its folder exists "
                "and that you may write there, or choose another file with --db.",
                detail=str(exc),
            ) from exc
        self._conn.row_factory = sqlite3.Row
        try:
            self._prepare()
        except sqlite3.DatabaseError as exc:
            self._conn.close()
            raise StoreError(
                f"The file {path} is not a practice sandbox database, or it is damaged. "
                "Choose another file with --db, or move this one away to start fresh.",
                detail=str(exc),
            ) from exc
        except StoreError:
            self._conn.close()
            raise

    @property
    def is_memory(self) -> bool:
        return self.path == MEMORY or self.path.startswith("file::memory:")

    def _prepare(self) -> None:
        conn = self._conn
        conn.execute("PRAGMA foreign_keys = ON")
        if not self.is_memory:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        with self.transaction() as db:
            tables = {
                row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "schema_version" not in tables:
                if tables:
                    raise StoreError(
                        f"The file {self.path} is a database of another program, not a "
                        "practice sandbox database. Choose another file with --db."
                    )
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute("INSERT INTO schema_version (version) VALUES (1)")
            version = db.execute("SELECT version FROM schema_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"The practice database {self.path} was made by a newer version of "
                    "xwms-wizard. Update xwms-wizard, or choose another file with --db."
                )
            for step in range(version + 1, SCHEMA_VERSION + 1):
                for statement in _MIGRATIONS[step].split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute("UPDATE schema_version SET version = ?", (step,))
            if db.execute("SELECT COUNT(*) FROM accounts").fetchone()[0] == 0:
                self._seed(db)

    def _seed(self, db: sqlite3.Connection) -> None:
        now = iso(self.clock())
        for account in seed.ACCOUNTS:
            db.execute(
                "INSERT INTO accounts (email, password_hash, plan, created_at) VALUES (?, ?, ?, ?)",
                (account["email"], _seed_password_hash(account["email"]), account["plan"], now),
            )
        for position, scope in enumerate(seed.SCOPES):
            db.execute(
                "INSERT INTO scopes VALUES (?, ?, ?, ?, ?)",
                (scope["key"], scope["title"], scope["description"],
                 int(scope["requires_verification"]), position),
            )
        for position, user in enumerate(seed.TEST_USERS):
            db.execute(
                "INSERT INTO test_users VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (user["sub"], position, user["name"], user["given_name"], user["family_name"],
                 user["email"], int(user["email_verified"]), user["birth_date"], user["gender"],
                 user["country"], json.dumps(user["socials"])),
            )
        db.executemany("INSERT INTO countries VALUES (?, ?)", seed.COUNTRIES)
        for position, project in enumerate(seed.PROJECTS):
            db.execute(
                "INSERT INTO projects VALUES (?, ?, ?, ?, ?)",
                (project["id"], position, project["name"], project["description"], project["url"]),
            )

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """The connection inside one write transaction, with the lock held throughout."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            else:
                self._conn.execute("COMMIT")

    def now(self) -> datetime:
        return self.clock()

    def close(self) -> None:
        with self._lock:
            self._conn.close()
