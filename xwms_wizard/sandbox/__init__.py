"""The practice sandbox: a local XWMS emulator (ASGI app, SQLite store, login page) in a process.

`app.create_app()` builds the app, `server.run_from_args()` serves it (`xwms-wizard sandbox`), and
`process.SandboxProcess` starts that command as a child process and hands back its URL.
"""
