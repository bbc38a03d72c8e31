"""The practice sandbox: a local XWMS emulator (ASGI app, SQLite store, login page) in a process.

`app.create_app()` builds the app and `server.run_from_args()` serves it (`xwms-wizard sandbox`);
the wizard starts that command as a child with `xwms_wizard.practice.SandboxProcess`. The
sandbox stands in for a foreign server: it imports nothing of the wizard, only the standard
library, third-party packages, its own modules and the package's `__version__` (pyproject.toml's
sandbox contract checks it).
"""
