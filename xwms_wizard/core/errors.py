"""WizardError, as core's modules and callers have always imported it; it lives in xwms_wizard.errors.

The base class sits at the bottom of the layers so that xwms/ and handoff/, which core uses,
can raise it without importing core (see xwms_wizard/errors.py for the family tree).
"""

from __future__ import annotations

from xwms_wizard.errors import WizardError

__all__ = ["WizardError"]
