"""PyInstaller runtime hook: in the frozen app, use the platform's keychain by name.

keyring normally finds its backends through package entry points and picks by
priority; in a frozen build that discovery is the fragile part, so Windows and
macOS get their backend set explicitly. Linux keeps keyring's own detection
(Secret Service when one runs). Anything going wrong here falls back to that
detection, and the wizard then falls back to memory with a plain warning.
"""


def _use_platform_keyring() -> None:
    import os
    import sys

    if not getattr(sys, "frozen", False) or sys.platform not in ("win32", "darwin"):
        return  # from source, or Linux: keyring's own detection
    if os.environ.get("PYTHON_KEYRING_BACKEND"):
        return  # the owner chose a backend themselves
    if sys.argv[1:2] == ["sandbox"]:
        # The practice sandbox (a child process of the wizard) never touches the keychain;
        # importing keyring would only slow its start by about 0.1 s.
        return
    try:
        import keyring

        if sys.platform == "win32":
            from keyring.backends.Windows import WinVaultKeyring as Backend
        else:
            from keyring.backends.macOS import Keyring as Backend
        if Backend.viable:
            keyring.set_keyring(Backend())
    except Exception:  # noqa: BLE001 - a start-up hook must never stop the app
        return


_use_platform_keyring()
