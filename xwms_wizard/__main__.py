"""Lets `python -m xwms_wizard` behave like the `xwms-wizard` command."""

import sys

from xwms_wizard.cli import main

sys.exit(main())
