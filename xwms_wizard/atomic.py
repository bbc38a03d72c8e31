"""Atomic file writes (journal, plan, checklist, handoff bundle): a temp file, then os.replace."""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_MODE = 0o600
# For files without the secret: 0o666 before the umask, as any new file gets.
PUBLIC_MODE = 0o666


def temp_name(path: Path) -> Path:
    """A hidden, unique sibling of `path` for writing before the rename."""
    return path.with_name(f".{path.name}.{os.urandom(6).hex()}.tmp")


def atomic_write_bytes(path: Path, data: bytes, *, private: bool = False) -> None:
    """Write `data` to `path` so that readers see the old file or the whole new one, never half.

    With `private`, the temp file is created 0600 by os.open itself (never readable by
    others, not even for a moment) and keeps exactly 0600 after the rename. On any failure
    the temp file is removed and the exception goes on.
    """
    path = Path(path)
    tmp = temp_name(path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(tmp, flags, PRIVATE_MODE if private else PUBLIC_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            if private and hasattr(os, "fchmod"):
                # The umask can only take bits away; make it exactly 0600 so the owner can read.
                os.fchmod(handle.fileno(), PRIVATE_MODE)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def atomic_write_text(path: Path, text: str, *, private: bool = False) -> None:
    """`atomic_write_bytes` for UTF-8 text; line endings are written exactly as given."""
    atomic_write_bytes(path, text.encode("utf-8"), private=private)
