"""Nothing in the sandbox's database gives back a client secret's value: not its tables and
columns, not the bytes of its file or -wal file, not a replay under any key guessed from what is
stored, and not the right key once its record has expired (24 hours).

The secret is made the way the wizard makes one: with an Idempotency-Key of 128 random bits
(`secrets.token_hex(16)`), so that its own caller could fetch a lost answer again.
"""

from __future__ import annotations

import base64
import secrets
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from starlette.applications import Starlette

from tests.helpers.clock import Clock
from tests.helpers.sandbox_api import Api
from xwms_wizard.sandbox import idempotency
from xwms_wizard.sandbox.app import create_app

BODY = {"label": "backend"}


def forms(text: str) -> list[bytes]:
    """`text` as bytes in every way a database could hold it: plain, hex, base64 (both
    alphabets, with and without padding), and, for an `xs_` value, its random bytes likewise."""
    raws = [text.encode()]
    if text.startswith("xs_"):
        raws.append(text[3:].encode())
        raws.append(base64.urlsafe_b64decode(text[3:] + "=" * (-len(text[3:]) % 4)))
    if len(text) % 2 == 0 and all(c in "0123456789abcdef" for c in text):
        raws.append(bytes.fromhex(text))
    found: list[bytes] = []
    for raw in raws:
        found += [raw, raw.hex().encode(), raw.hex().upper().encode()]
        for encode in (base64.b64encode, base64.urlsafe_b64encode):
            found += [encode(raw), encode(raw).rstrip(b"=")]
    return found


@dataclass
class Vault:
    path: Path
    clock: Clock
    app: Starlette
    api: Api  # the owner, signed in
    path_of_secrets: str
    key: str
    value: str
    secret_id: int

    def files(self) -> dict[str, bytes]:
        return {p.name: p.read_bytes()
                for p in (self.path, Path(f"{self.path}-wal"), Path(f"{self.path}-shm"))
                if p.exists()}

    def cells(self) -> Iterator[tuple[str, str, object]]:
        """(table, column, value) for every cell of every table, read from the file itself."""
        db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        try:
            tables = [r[0] for r in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")]
            assert "idempotency" in tables and "secrets" in tables
            for table in tables:
                cursor = db.execute(f'SELECT * FROM "{table}"')
                columns = [d[0] for d in cursor.description]
                for row in cursor.fetchall():
                    for column, value in zip(columns, row, strict=True):
                        yield table, column, value
        finally:
            db.close()

    def sealed_records(self) -> list[sqlite3.Row]:
        db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        db.row_factory = sqlite3.Row
        try:
            return db.execute("SELECT * FROM idempotency").fetchall()
        finally:
            db.close()


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    clock = Clock()
    path = tmp_path / "sandbox.sqlite3"
    app = create_app(str(path), clock=clock)
    api = Api(app)
    try:
        api.login()
        client = api.ok("POST", "manage/clients", 201, json={"name": "vault"})["client"]
        where = f"manage/clients/{client['id']}/secrets"
        key = secrets.token_hex(16)
        made = api.ok("POST", where, 201, json=BODY, headers={"Idempotency-Key": key})["secret"]
        yield Vault(path, clock, app, api, where, key, made["secret"], made["id"])
    finally:
        api.close()
        app.state.store.close()


def as_bytes(value: object) -> bytes:
    if isinstance(value, bytes):
        return value
    return str(value).encode("utf-8", "surrogatepass")


def assert_nowhere(vault: Vault, text: str, what: str) -> None:
    needles = forms(text)
    for table, column, value in vault.cells():
        stored = as_bytes(value)
        for needle in needles:
            assert needle not in stored, f"{what} is in {table}.{column}"
    for name, data in vault.files().items():
        for needle in needles:
            assert needle not in data, f"{what} is in the bytes of {name}"


def test_the_database_and_its_wal_file_hold_no_value_and_no_key(vault: Vault) -> None:
    files = vault.files()
    assert files.get("sandbox.sqlite3-wal"), "WAL mode: the recent writes are in the -wal file"
    # The record is there, and sealed: the caller's own key opens it (so it is worth checking).
    (record,) = vault.sealed_records()
    opened = idempotency._open(vault.key, record["salt"], bytes(record["body"]))
    assert opened is not None and vault.value.encode() in opened
    assert_nowhere(vault, vault.value, "the secret's value")
    assert_nowhere(vault, vault.key, "the Idempotency-Key")  # kept only as a hash
    # not even a piece of the value longer than its 4-character hint
    everything = b"".join(files.values()) + b"".join(as_bytes(v) for *_, v in vault.cells())
    for start in range(len(vault.value) - 8 + 1):
        assert vault.value[start:start + 8].encode() not in everything


def test_nor_do_the_files_once_the_sandbox_has_stopped(tmp_path: Path) -> None:
    """After a clean stop the -wal file is written back into the database file."""
    clock = Clock()
    folder = tmp_path / "db"
    folder.mkdir()
    path = folder / "sandbox.sqlite3"
    app = create_app(str(path), clock=clock)
    api = Api(app)
    api.login()
    client = api.ok("POST", "manage/clients", 201, json={"name": "vault"})["client"]
    key = secrets.token_hex(16)
    value = api.ok("POST", f"manage/clients/{client['id']}/secrets", 201, json=BODY,
                   headers={"Idempotency-Key": key})["secret"]["secret"]
    api.close()
    app.state.store.close()
    files = sorted(folder.iterdir())
    assert path in files and path.stat().st_size > 0
    data = b"".join(p.read_bytes() for p in files)
    for needle in forms(value) + forms(key):
        assert needle not in data


def guesses(vault: Vault) -> list[str]:
    """Every key someone holding the database could try: each stored value as it is (text,
    number, hex of a blob, a blob read as text), when it can be an Idempotency-Key at all."""
    found: set[str] = set()
    for _table, _column, value in vault.cells():
        if value is None:
            continue
        texts = [value.hex(), value.decode("latin-1")] if isinstance(value, bytes) else [
            str(value)]
        for text in texts:
            try:
                found.add(idempotency.read_key(text) or "")
            except Exception:  # not a valid key (too long, not printable): nobody can send it
                continue
    found.discard("")
    return sorted(found)


def test_no_key_guessed_from_the_database_replays_the_value(vault: Vault) -> None:
    candidates = guesses(vault)
    (record,) = vault.sealed_records()
    # what the database holds about the record is among the guesses: the hashed key, its salt,
    # its fingerprint, its scope, and the ids of the account, client and secret
    for stored in (record["key"], record["salt"], record["fingerprint"], record["scope"],
                   str(vault.secret_id), "1"):
        assert stored in candidates
    assert vault.key not in candidates

    # Offline: no guess opens the sealed answer (the right key does: see the test above).
    for guess in candidates:
        opened = idempotency._open(guess, record["salt"], bytes(record["body"]))
        assert opened is None or vault.value.encode() not in opened, guess

    # Online: a fresh sign-in of the same account sends the same request under every guess.
    guesser = Api(vault.app)
    try:
        token = guesser.login()["token"]
        assert token != vault.api.token
        for guess in candidates:
            answer = guesser.post(vault.path_of_secrets, json=BODY,
                                  headers={"Idempotency-Key": guess})
            assert vault.value not in answer.text, f"the key {guess!r} replayed the value"
            assert "idempotent-replay" not in answer.headers, guess
            assert answer.status_code == 201, answer.text
    finally:
        guesser.close()
    # the right key still replays to its caller (the guesses did not disturb it)
    again = vault.api.post(vault.path_of_secrets, json=BODY,
                           headers={"Idempotency-Key": vault.key})
    assert again.headers["idempotent-replay"] == "true"
    assert again.json()["data"]["secret"]["secret"] == vault.value


def test_after_24_hours_not_even_the_right_key_gives_the_value_back(vault: Vault) -> None:
    (old,) = vault.sealed_records()
    vault.clock.advance(hours=24, seconds=1)
    late = Api(vault.app)
    try:
        late.login()  # a fresh sign-in: the first one expired with the record
        answer = late.post(vault.path_of_secrets, json=BODY,
                           headers={"Idempotency-Key": vault.key})
    finally:
        late.close()
    assert answer.status_code == 201 and "idempotent-replay" not in answer.headers
    assert vault.value not in answer.text
    made = answer.json()["data"]["secret"]
    assert made["id"] != vault.secret_id and made["secret"] != vault.value
    # the expired record is gone from the database; the key opens nothing that holds the value
    records = vault.sealed_records()
    assert old["salt"] not in {r["salt"] for r in records}
    for record in records:
        opened = idempotency._open(vault.key, record["salt"], bytes(record["body"]))
        assert opened is None or vault.value.encode() not in opened
    assert_nowhere(vault, vault.value, "the expired secret's value")
