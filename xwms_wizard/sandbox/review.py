"""`xwms-wizard sandbox review`: play the XWMS team that decides Verification Center requests.

Without --approve or --reject it lists the requests waiting for a decision. `--approve ID` makes
the client's account a Verified Partner for the request's scopes (they then unlock under Client
Scopes); `--reject ID --reason TEXT` turns it down, and the owner reads the reason in
`GET clients/{id}/verification-requests`. It works on the same database file as the sandbox
(`--db`, default the app-data folder's), also while that sandbox is running.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from pathlib import Path

from xwms_wizard.sandbox.store import MEMORY, Store, StoreError, iso

MAX_REASON = 2000


def _fail(message: str, code: int = 1) -> int:
    print(f"xwms-wizard sandbox review: {message}", file=sys.stderr, flush=True)
    return code


def _describe(db: sqlite3.Connection, row: sqlite3.Row) -> str:
    names = {r["id"]: r["root_domain"] for r in db.execute(
        "SELECT id, root_domain FROM domains WHERE client = ?", (row["client"],))}
    domains = ", ".join(names.get(i, f"#{i}") for i in json.loads(row["domain_ids"]))
    line = (f"request {row['id']}: client {row['client_name']} of {row['email']}, "
            f"scopes {', '.join(json.loads(row['scopes']))}, domains {domains}, "
            f"sent {row['created_at']}")
    if row["notes"]:
        line += "\n    notes: " + row["notes"].replace("\n", "\n           ")
    return line


_SELECT = ("SELECT verification_requests.*, clients.name AS client_name, clients.account, "
           "accounts.email FROM verification_requests "
           "JOIN clients ON clients.id = verification_requests.client "
           "JOIN accounts ON accounts.id = clients.account ")


def run_review(args: argparse.Namespace) -> int:
    """0 when done, 1 when the request cannot be decided or the database opened, 2 for bad
    options."""
    approve, reject = getattr(args, "approve", None), getattr(args, "reject", None)
    reason = (getattr(args, "reason", None) or "").strip()
    if approve is not None and reject is not None:
        return _fail("use --approve or --reject, not both.", 2)
    if reject is not None and not reason:
        return _fail('--reject needs --reason "…": the owner reads it in the Verification '
                     "Center.", 2)
    if reason and reject is None:
        return _fail("--reason goes with --reject ID.", 2)
    if len(reason) > MAX_REASON:
        return _fail(f"--reason may be at most {MAX_REASON} characters.", 2)
    db_path = args.db
    if db_path is None:
        from xwms_wizard.sandbox.server import default_db

        db_path = str(default_db())
    if db_path == MEMORY:
        return _fail("a :memory: database exists only inside its sandbox; give the file the "
                     "sandbox uses (--db PATH).", 2)
    if not Path(db_path).is_file():
        return _fail(f"there is no sandbox database at {db_path}. Give the file the sandbox "
                     "uses (--db PATH), or start the sandbox once to make it.")
    try:
        store = Store(db_path)
    except StoreError as exc:
        return _fail(exc.message)
    try:
        with store.transaction() as db:
            if approve is None and reject is None:
                rows = db.execute(_SELECT + "WHERE verification_requests.state = 'pending' "
                                  "ORDER BY verification_requests.id").fetchall()
                if not rows:
                    print("No verification requests are waiting.")
                for row in rows:
                    print(_describe(db, row))
                return 0
            ident = approve if approve is not None else reject
            row = db.execute(_SELECT + "WHERE verification_requests.id = ?",
                             (ident,)).fetchone()
            if row is None:
                return _fail(f"there is no verification request {ident}. Run "
                             "`xwms-wizard sandbox review` to list the waiting ones.")
            if row["state"] != "pending":
                return _fail(f"request {ident} was {row['state']} already; a decision is "
                             "final (the owner can send a new request).")
            now = iso(store.now())
            if approve is not None:
                db.execute("UPDATE verification_requests SET state = 'approved', "
                           "decided_at = ? WHERE id = ?", (now, row["id"]))
                db.execute("UPDATE accounts SET verified_partner = 1 WHERE id = ?",
                           (row["account"],))
                db.executemany(
                    "INSERT OR IGNORE INTO verified_scopes (account, scope, request) "
                    "VALUES (?, ?, ?)",
                    [(row["account"], scope, row["id"]) for scope in json.loads(row["scopes"])])
                print(f"Approved request {row['id']}: {row['email']} is a Verified Partner for "
                      f"{', '.join(json.loads(row['scopes']))} now.")
            else:
                db.execute("UPDATE verification_requests SET state = 'rejected', reason = ?, "
                           "decided_at = ? WHERE id = ?", (reason, now, row["id"]))
                print(f"Rejected request {row['id']} of {row['email']}.")
            return 0
    finally:
        store.close()
