"""The OS keychain (through keyring, service `xwms-wizard`), with an in-memory fallback when there is none.

Client secrets and account tokens live here and nowhere else on disk (the
handoff `.env` is the one exception, and only when the owner asks for it).
"""

from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

# keyring itself (with importlib_metadata, email, http.client ...) is imported on the first
# use of the keychain, not when the window opens.

SERVICE = "xwms-wizard"

log = logging.getLogger(__name__)

NO_KEYCHAIN_WARNING = (
    "This computer has no keychain the wizard can use, so the secret is kept in memory "
    "only until you close the wizard. Export the handoff bundle with the secret included, "
    "or copy the secret somewhere safe now: it cannot be shown again later."
)


@functools.cache
def _memory_keyring_class() -> type[KeyringBackend]:
    import keyring.errors
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        """A keyring that lives in this process only: the fallback without a keychain, and the
        tests' keyring."""

        # Below keyring's fail backend (0): never chosen automatically, only set explicitly.
        priority = -1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self._items: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self._items.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self._items[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            try:
                del self._items[(service, username)]
            except KeyError:
                raise keyring.errors.PasswordDeleteError(username) from None

    MemoryKeyring.__module__ = __name__
    MemoryKeyring.__qualname__ = "MemoryKeyring"
    return MemoryKeyring


def __getattr__(name: str) -> Any:
    # `MemoryKeyring` is a keyring backend, so it exists once keyring is imported (on first use).
    if name == "MemoryKeyring":
        return _memory_keyring_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _client_secret_key(client_id: str) -> str:
    return f"client-secret:{client_id}"


def _request_key(plan_id: str) -> str:
    return f"secret-request:{plan_id}"


def _token_key(server: str, email: str) -> str:
    return f"account-token:{server.rstrip('/')}:{email.lower()}"


def _keyring_error() -> type[Exception]:
    import keyring.errors

    return keyring.errors.KeyringError


class SecretStore:
    """Keeps secrets in the system keychain, or in memory (with `warning` set) when it cannot.

    Every failure of the keychain is caught: a missing keychain must never stop a setup.
    No method logs or raises a secret value.
    """

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        # Finding the system's keychain loads keyring's plugins (about 0.1 s): done on first use.
        self._chosen = backend
        self._memory_store: KeyringBackend | None = None
        self._warning: str | None = None
        self._resolved = False

    @property
    def _memory(self) -> KeyringBackend:
        if self._memory_store is None:
            self._memory_store = _memory_keyring_class()()
        return self._memory_store

    @property
    def _backend(self) -> KeyringBackend:
        if self._chosen is None:
            import keyring

            self._chosen = keyring.get_keyring()
        if not self._resolved:
            self._resolved = True
            if self._backend_is_fail():
                self._fall_back("no keyring backend")
        return self._chosen

    @property
    def warning(self) -> str | None:
        """A plain warning when secrets cannot be kept beyond this run; None with a keychain."""
        self._backend  # noqa: B018  (resolves the keychain first)
        return self._warning

    @property
    def persistent(self) -> bool:
        """True when secrets survive this run (they are in a real keychain)."""
        return self.warning is None

    @property
    def backend_name(self) -> str:
        if not self.persistent:
            return "memory (no keychain)"
        return f"{type(self._backend).__module__}.{type(self._backend).__name__}"

    def _backend_is_fail(self) -> bool:
        from keyring.backends import fail

        return isinstance(self._chosen, fail.Keyring)

    def _fall_back(self, reason: str) -> None:
        if self._warning is None:
            log.info("No usable keychain (%s); secrets are kept in memory for this run", reason)
        self._warning = NO_KEYCHAIN_WARNING

    def _set(self, key: str, value: str) -> None:
        if not self.warning:
            try:
                self._backend.set_password(SERVICE, key, value)
                return
            except _keyring_error() as exc:
                self._fall_back(type(exc).__name__)
        self._memory.set_password(SERVICE, key, value)

    def _get(self, key: str) -> str | None:
        value = self._memory.get_password(SERVICE, key)
        if value is not None or self.warning:
            return value
        try:
            return self._backend.get_password(SERVICE, key)
        except _keyring_error() as exc:
            self._fall_back(type(exc).__name__)
            return None

    def _delete(self, key: str) -> None:
        for backend in (self._memory, self._backend):
            try:
                backend.delete_password(SERVICE, key)
            except _keyring_error():
                pass

    def save_client_secret(self, client_id: str, value: str) -> None:
        self._set(_client_secret_key(client_id), value)

    def client_secret(self, client_id: str) -> str | None:
        return self._get(_client_secret_key(client_id))

    def forget_client_secret(self, client_id: str) -> None:
        self._delete(_client_secret_key(client_id))

    def save_request_key(self, plan_id: str, key: str) -> None:
        """The random Idempotency-Key of a create-secret request, until its answer is kept."""
        self._set(_request_key(plan_id), key)

    def request_key(self, plan_id: str) -> str | None:
        return self._get(_request_key(plan_id))

    def forget_request_key(self, plan_id: str) -> None:
        self._delete(_request_key(plan_id))

    def save_token(self, server: str, email: str, token: str) -> None:
        self._set(_token_key(server, email), token)

    def token(self, server: str, email: str) -> str | None:
        return self._get(_token_key(server, email))

    def forget_token(self, server: str, email: str) -> None:
        self._delete(_token_key(server, email))
