"""The apply journal: what a setup has made so far, on disk after every step, so it can resume.

One JSON file per plan in the app-data folder (`journals/<plan_id>.json`). It
holds ids, step states, the plan's choices and the request about to be sent
(write-ahead), never a secret: the only keys allowed are listed in
`_ALLOWED_KEYS`, and `save` refuses anything else.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from xwms_wizard import paths
from xwms_wizard.atomic import atomic_write_text
from xwms_wizard.core.models import SetupPlan, plan_from_dict, plan_to_dict

log = logging.getLogger(__name__)

JOURNAL_VERSION = 1

# Ids and flags the engine records; anything else is refused so a secret cannot slip in.
_ALLOWED_KEYS = {
    "client",
    "client_id",
    "domain",
    "domain_id",
    "url",
    "secret",
    "secret_hint",
    "secret_label",
    "secret_expires",
    "replaces",  # ids of keys to revoke once their replacement works
    "link",
    "logo_sha256",  # the hash of the logo this setup uploaded (the server keeps no hash) ...
    "logo_domain",  # ... and the domain it went to
    "partner_request",  # the Verified Partner application of the plan's [verification]
    "scopes_waiting",  # scopes held back until the XWMS team approves that application
}


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@dataclass
class Journal:
    """The record of one setup. Ids are hints: the engine re-checks them on the server."""

    plan: SetupPlan
    server: str = ""
    account: str = ""
    ids: dict[str, Any] = field(default_factory=dict)
    steps: dict[str, str] = field(
        default_factory=dict
    )  # step -> "done" | "existing" | "failed" ...
    pending: dict[str, Any] | None = None  # write-ahead: {"step", "key", "body"} of a create call
    verification: dict[str, Any] | None = None
    last_error: dict[str, str] | None = None
    finished: bool = False
    started_at: str = field(default_factory=_now)
    updated_at: str = field(default_factory=_now)
    path: Path | None = None

    @classmethod
    def for_plan(cls, plan: SetupPlan, *, server: str = "", account: str = "") -> Journal:
        """The journal of this plan: the one on disk if an earlier run left it, else a new one."""
        existing = cls.load(plan.plan_id)
        if existing is not None:
            existing.plan = plan  # the caller's choices win; ids stay as hints
            existing.server = server or existing.server
            existing.account = account or existing.account
            return existing
        return cls(plan=plan, server=server, account=account, path=journal_path(plan.plan_id))

    @classmethod
    def load(cls, plan_id: str) -> Journal | None:
        path = journal_path(plan_id)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            log.warning("Ignoring unreadable journal %s: %s", path.name, type(exc).__name__)
            return None
        return cls.from_dict(data, path)

    @classmethod
    def from_dict(cls, data: dict[str, Any], path: Path | None = None) -> Journal:
        return cls(
            plan=plan_from_dict(data["plan"]),
            server=data.get("server", ""),
            account=data.get("account", ""),
            ids={k: v for k, v in data.get("ids", {}).items() if k in _ALLOWED_KEYS},
            steps=dict(data.get("steps", {})),
            pending=data.get("pending"),
            verification=data.get("verification"),
            last_error=data.get("last_error"),
            finished=bool(data.get("finished", False)),
            started_at=data.get("started_at", _now()),
            updated_at=data.get("updated_at", _now()),
            path=path,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": JOURNAL_VERSION,
            "plan_id": self.plan.plan_id,
            "server": self.server,
            "account": self.account,
            "plan": plan_to_dict(self.plan),
            "ids": self.ids,
            "steps": self.steps,
            "pending": self.pending,
            "verification": self.verification,
            "last_error": self.last_error,
            "finished": self.finished,
            "started_at": self.started_at,
            "updated_at": self.updated_at,
        }

    def save(self) -> None:
        """Write atomically (temp file + rename): a crash mid-write keeps the previous journal."""
        unknown = set(self.ids) - _ALLOWED_KEYS
        if unknown:
            raise ValueError(f"journal ids not allowed: {sorted(unknown)}")
        self.updated_at = _now()
        path = self.path or journal_path(self.plan.plan_id)
        self.path = path
        atomic_write_text(path, json.dumps(self.to_dict(), indent=2, sort_keys=True))

    def discard(self) -> None:
        """Forget this setup (the owner chose "start over")."""
        if self.path is not None:
            self.path.unlink(missing_ok=True)


def journal_path(plan_id: str) -> Path:
    safe = "".join(ch for ch in plan_id if ch.isalnum() or ch in "-_")[:80] or "plan"
    return paths.journal_dir() / f"{safe}.json"


def unfinished_journals() -> list[Journal]:
    """Setups that stopped half-way, newest first: the GUI offers to continue them."""
    found = []
    for path in paths.journal_dir().glob("*.json"):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            journal = Journal.from_dict(data, path)
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if not journal.finished and journal.steps:
            found.append(journal)
    found.sort(key=lambda j: j.updated_at, reverse=True)
    return found
