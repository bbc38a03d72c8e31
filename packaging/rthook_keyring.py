"""PyInstaller runtime hook: in the frozen app, use the platform's keychain by name.

keyring normally finds its backends through package entry points and picks by
priority; in a frozen build that discovery is the fragile part, so Windows and
macOS name their backend (keyring loads it by that name on first use). Linux keeps keyring's own detection
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
    # By name, through keyring's own PYTHON_KEYRING_BACKEND: keyring (with importlib_metadata,
    # email, http.client ...) is then imported on the keychain's first use, not at every
    # start before the window paints (issue 18), and its entry-point discovery is skipped.
    if sys.platform == "win32":
        os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.Windows.WinVaultKeyring"
    else:
        os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.macOS.Keyring"


_use_platform_keyring()
