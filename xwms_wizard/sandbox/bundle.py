"""A practice server for one handoff bundle: `xwms-wizard sandbox --from-bundle DIR`.

The developer gets a bundle folder from the owner. This seeds a fresh, in-memory sandbox
with exactly that bundle's client, domain, callback URL, scopes and secret, under the same
Client ID and Domain ID, so the bundle's `.env` and the starter apps work against it
unchanged. The domain also accepts the starters' local callbacks (`LOCAL_CALLBACKS`), and is
in Test Mode, the sandbox's own rule for addresses on this computer.

The command line reads the folder (it knows the bundle's format) and hands over a
`BundleSpec`; the sandbox itself imports nothing of the wizard.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

from xwms_wizard.sandbox import values
from xwms_wizard.sandbox.seed import PAID_EMAIL
from xwms_wizard.sandbox.store import Store, iso, secret_digest

# Where the starter apps in a bundle's starters/ folder listen (their PORT default), and so
# the callback a practice login comes back to. XWMS_LOCAL_REDIRECT_URI in a practice bundle.
LOCAL_CALLBACK = "http://127.0.0.1:8000/xwms/validateToken"
LOCAL_CALLBACKS = (LOCAL_CALLBACK, "http://localhost:8000/xwms/validateToken")


class BundleInvalid(ValueError):
    """A value of the bundle the sandbox cannot serve; `str()` says which and what to do."""


@dataclass(frozen=True)
class BundleSpec:
    """What one handoff bundle says exists at XWMS (from its .env and xwms-handoff.json)."""

    client_id: str
    client_name: str
    domain: str
    domain_id: str
    redirect_uri: str
    scopes: tuple[str, ...]
    secret: str = field(repr=False)  # the developer's .env value; never in a repr or a log
    secret_label: str = values.DEFAULT_SECRET_LABEL
    secret_expires: str | None = None  # YYYY-MM-DD

    @property
    def callbacks(self) -> tuple[str, ...]:
        """The site's callback URL and the starters' local ones, each once."""
        return tuple(dict.fromkeys((self.redirect_uri, *LOCAL_CALLBACKS)))


def seed_bundle(store: Store, spec: BundleSpec) -> None:
    """Add the bundle's client, domain, URLs, scopes and secret to `store` (the demo account's).

    Raises BundleInvalid naming the bundle value that breaks one of the sandbox's rules.
    """
    root = _checked("XWMS_DOMAIN", values.root_domain, spec.domain)
    for url in spec.callbacks:
        _checked("XWMS_REDIRECT_URI", values.domain_url, url, root=root, test_mode=True)
    with store.transaction() as db:
        now = iso(store.now())
        known = {row["key"] for row in db.execute("SELECT key FROM scopes")}
        unknown = [key for key in spec.scopes if key not in known]
        if unknown:
            raise BundleInvalid(
                f"xwms-handoff.json names scopes the sandbox does not know: {', '.join(unknown)}."
                f" It knows: {', '.join(sorted(known))}."
            )
        account = db.execute("SELECT id FROM accounts WHERE email = ?", (PAID_EMAIL,)).fetchone()
        client = db.execute(
            "INSERT INTO clients (account, client_id, name, created_at) VALUES (?, ?, ?, ?)",
            (account["id"], spec.client_id, spec.client_name, now),
        ).lastrowid
        db.executemany("INSERT INTO client_scopes (client, scope) VALUES (?, ?)",
                       [(client, key) for key in dict.fromkeys(spec.scopes)])
        domain = db.execute(
            "INSERT INTO domains (domain_id, client, root_domain, server_ip, internal_name, "
            "allow_login, allow_api, active, is_primary, test_mode, fallback_uri, created_at) "
            "VALUES (?, ?, ?, NULL, NULL, 1, 1, 1, 1, 1, NULL, ?)",
            (spec.domain_id, client, root, now),
        ).lastrowid
        db.executemany(
            "INSERT INTO domain_urls (domain, url, kind, active, created_at) "
            "VALUES (?, ?, 'callback', 1, ?)",
            [(domain, values.ascii_url(url), now) for url in spec.callbacks],
        )
        salt = secrets.token_hex(16)
        secret = db.execute(
            "INSERT INTO secrets (client, label, salt, digest, hint, expires_at, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (client, spec.secret_label, salt, secret_digest(spec.secret, salt),
             spec.secret[-4:], spec.secret_expires, now),
        ).lastrowid
        db.execute("INSERT INTO secret_links (domain, secret, created_at) VALUES (?, ?, ?)",
                   (domain, secret, now))


def _checked(name: str, check, value: str, **kwargs) -> str:
    try:
        return check(value, **kwargs)
    except values.Invalid as exc:
        raise BundleInvalid(f"{name} in the bundle's .env: {exc}") from None
