"""The base of every error the wizard shows: a plain message, its field, retry advice, details apart.

WizardError                  plain `message` (for the owner), `field`, `retryable`, `detail`
 ├── core.plan.PlanError       a plan file with problems (one entry per field)
 ├── core.apply.ApplyError     a step of the apply engine failed (wraps the cause)
 └── xwms.errors.XwmsError     anything that went wrong talking to a server (see xwms/errors.py)
"""

from __future__ import annotations


class WizardError(Exception):
    """An error with a plain-language `message`; `detail` is for a "Details" view only.

    Neither `message` nor `detail` may ever contain a secret: callers pass ids and
    field names, never credential values.
    """

    def __init__(
        self,
        message: str,
        *,
        field: str | None = None,
        retryable: bool = False,
        detail: str = "",
    ) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.retryable = retryable
        self.detail = detail

    def __str__(self) -> str:
        return self.message
