"""The SQLite store: schema made once and kept, seed only when empty, WAL, hashes not values."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from xwms_wizard.sandbox import seed
from xwms_wizard.sandbox.store import (
    SCHEMA_VERSION,
    Store,
    StoreError,
    hash_password,
    secret_digest,
    verify_password,
)


def test_a_new_database_is_seeded(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "s.sqlite3"))
    try:
        with store.transaction() as db:
            assert db.execute("SELECT version FROM schema_version").fetchone()[0] == SCHEMA_VERSION
            accounts = db.execute("SELECT email, plan FROM accounts ORDER BY id").fetchall()
            assert [tuple(a) for a in accounts] == [(seed.PAID_EMAIL, "paid"),
                                                    (seed.FREE_EMAIL, "free")]
            assert db.execute("SELECT COUNT(*) FROM test_users").fetchone()[0] == 3
            assert db.execute("SELECT COUNT(*) FROM scopes").fetchone()[0] == 4
            assert db.execute("SELECT COUNT(*) FROM countries").fetchone()[0] >= 30
            assert db.execute("SELECT COUNT(*) FROM projects").fetchone()[0] >= 1
            assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        store.close()


def test_reopening_keeps_data_and_does_not_seed_again(tmp_path: Path) -> None:
    path = str(tmp_path / "s.sqlite3")
    store = Store(path)
    with store.transaction() as db:
        db.execute("INSERT INTO clients (account, client_id, name, created_at) "
                   "VALUES (1, 'xc_00000000000000000001', 'kept', '2030-01-01T00:00:00Z')")
        db.execute("DELETE FROM projects")  # not empty accounts: no seeding on reopen
    store.close()
    again = Store(path)
    try:
        with again.transaction() as db:
            assert db.execute("SELECT name FROM clients").fetchone()[0] == "kept"
            assert db.execute("SELECT COUNT(*) FROM accounts").fetchone()[0] == 2
            assert db.execute("SELECT COUNT(*) FROM projects").fetchone()[0] == 0
            assert db.execute("SELECT COUNT(*) FROM schema_version").fetchone()[0] == 1
    finally:
        again.close()


def test_memory_databases_are_separate() -> None:
    first, second = Store(":memory:"), Store(":memory:")
    try:
        with first.transaction() as db:
            db.execute("DELETE FROM projects")
        with second.transaction() as db:
            assert db.execute("SELECT COUNT(*) FROM projects").fetchone()[0] > 0
    finally:
        first.close()
        second.close()


def test_a_failed_transaction_changes_nothing() -> None:
    store = Store()
    try:
        with pytest.raises(RuntimeError), store.transaction() as db:
            db.execute("DELETE FROM projects")
            raise RuntimeError("boom")
        with store.transaction() as db:
            assert db.execute("SELECT COUNT(*) FROM projects").fetchone()[0] > 0
    finally:
        store.close()


def test_a_newer_schema_is_refused_plainly(tmp_path: Path) -> None:
    path = str(tmp_path / "s.sqlite3")
    Store(path).close()
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION + 1,))
    raw.close()
    with pytest.raises(StoreError) as caught:
        Store(path)
    assert "newer version of xwms-wizard" in caught.value.message


def test_other_files_are_refused_plainly(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError) as caught:
        Store(str(junk))
    assert "not a practice sandbox database" in caught.value.message
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as raw:
        raw.execute("CREATE TABLE notes (text TEXT)")
    raw.close()
    with pytest.raises(StoreError) as caught:
        Store(str(foreign))
    assert "another program" in caught.value.message
    with pytest.raises(StoreError) as caught:
        Store(str(tmp_path / "missing-folder" / "s.sqlite3"))
    assert "cannot be opened" in caught.value.message


def test_passwords_are_salted_slow_hashes() -> None:
    one, two = hash_password("practice"), hash_password("practice")
    assert one != two and "practice" not in one
    assert one.startswith("scrypt$")
    assert verify_password("practice", one) and verify_password("practice", two)
    assert not verify_password("Practice", one)
    assert not verify_password("practice", "garbage")


def test_secret_digests_depend_on_the_salt() -> None:
    assert secret_digest("xs_value", "00" * 16) != secret_digest("xs_value", "11" * 16)
    assert secret_digest("xs_value", "00" * 16) == secret_digest("xs_value", "00" * 16)
