"""The keychain wrapper: real backend when there is one, memory plus a plain warning when not."""

from __future__ import annotations

import logging

import keyring
import keyring.errors
from keyring.backends import fail

from xwms_wizard.secrets import SERVICE, MemoryKeyring, SecretStore


class BrokenKeyring(MemoryKeyring):
    """A keychain that exists but refuses to store (locked, full, or denied by the user)."""

    def set_password(self, service, username, password):
        raise keyring.errors.PasswordSetError("denied")


def test_secret_goes_to_the_keychain(memory_keyring):
    store = SecretStore()
    store.save_client_secret("xc_1", "s3cr3t-value")
    assert store.persistent and store.warning is None
    assert memory_keyring.get_password(SERVICE, "client-secret:xc_1") == "s3cr3t-value"
    assert store.client_secret("xc_1") == "s3cr3t-value"
    store.forget_client_secret("xc_1")
    assert store.client_secret("xc_1") is None


def test_missing_keychain_falls_back_to_memory_and_warns(caplog):
    caplog.set_level(logging.INFO)
    store = SecretStore(backend=fail.Keyring())
    assert not store.persistent
    assert "no keychain" in store.warning
    assert store.backend_name.startswith("memory")
    store.save_client_secret("xc_1", "s3cr3t-value")
    store.save_token("http://127.0.0.1:1", "Owner@Example.com", "tok-value")
    assert store.client_secret("xc_1") == "s3cr3t-value"
    assert store.token("http://127.0.0.1:1/", "owner@example.com") == "tok-value"
    assert "s3cr3t-value" not in caplog.text and "tok-value" not in caplog.text


def test_keychain_that_refuses_to_store_falls_back(caplog):
    caplog.set_level(logging.INFO)
    store = SecretStore(backend=BrokenKeyring())
    assert store.persistent
    store.save_client_secret("xc_2", "another-secret")
    assert not store.persistent
    assert store.client_secret("xc_2") == "another-secret"
    assert "another-secret" not in caplog.text


def test_memory_keyring_is_never_picked_automatically():
    """Importing our fallback must not make keyring mistake it for a real keychain."""
    import subprocess
    import sys

    code = (
        "import xwms_wizard.secrets, keyring; "
        "print(type(keyring.get_keyring()).__name__)"
    )
    chosen = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert chosen != "MemoryKeyring"
