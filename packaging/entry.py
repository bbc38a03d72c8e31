"""The frozen app's entry point: exactly the `xwms-wizard` command (GUI, sandbox, --self-test...)."""

import sys

from xwms_wizard.cli import main

if __name__ == "__main__":
    sys.exit(main())
