"""The base of every error the wizard shows: a plain message, its field, retry advice, details apart.

It sits at the bottom of the layers (see pyproject.toml, [tool.importlinter]), so every layer
can raise it and none has to import another layer for it.

WizardError                      plain `message` (for the owner), `field`, `retryable`, `detail`;
 │                                 raised as is too (practice.SandboxProcess, core.session, ...)
 ├── core.plan.PlanError           a plan file with problems (one entry per field)
 ├── core.apply.ApplyError         a step of the apply engine failed (wraps the cause)
 ├── handoff.bundle.BundleError    the handoff bundle could not be written or read
 └── xwms.errors.XwmsError         anything that went wrong talking to a server (see xwms/errors.py)

`field` is named the way the raising layer names it: a SetupPlan path ("domain.root") in core,
the server's own name ("root_domain") in xwms; core.fields maps the second onto the first.
"""

from __future__ import annotations

__all__ = ["WizardError"]


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
