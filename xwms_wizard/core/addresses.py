"""Where the wizard talks to: a server address as the owner types it, made into an API URL.

One place for the rules every caller shares (the Account page, the welcome page's Live
setting, the command line and the resume offer): a management server's address becomes
`.../api/`; the Live address must be https unless it is on this computer.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from xwms_wizard.errors import WizardError
from xwms_wizard.i18n import translate


def normalize_server_url(text: str) -> str:
    """`http://host:port`, `.../api` or `.../api/` -> the API URL ending in `/api/`.

    Raises WizardError (field "server") with a plain message for anything that is not a web address.
    """
    server = text.strip()
    parts = urlsplit(server)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise WizardError(
            translate(
                "Session",
                "Server address: this is not a web address. Type it like "
                "https://xwms.example.com or http://127.0.0.1:8765.",
            ),
            field="server",
        )
    path = parts.path.rstrip("/")
    if not path.endswith("/api"):
        path += "/api"
    return f"{parts.scheme}://{parts.netloc}{path}/"


DEFAULT_LIVE_API_URL = "https://xwms.nl/api/"


def normalize_live_api_url(text: str) -> str:
    """The XWMS API address for Live mode (default https://xwms.nl/api/), ending in `/api/`.

    Plain http is refused except for a server on this computer: the check sends the
    client secret, which must never cross the internet unencrypted.
    """
    try:
        url = normalize_server_url(text)
    except WizardError as exc:
        raise WizardError(
            translate(
                "Session",
                "XWMS API address: this is not a web address. Type it like {url}, or leave the "
                "default.",
            ).format(url=DEFAULT_LIVE_API_URL),
            field="api_url",
        ) from exc
    if urlsplit(url).scheme != "https" and not is_loopback_url(url):
        raise WizardError(
            translate(
                "Session",
                "XWMS API address: it must start with https:// (http:// is only for a test "
                "server on this computer), because the check sends your secret key to it.",
            ),
            field="api_url",
        )
    return url


def is_loopback_url(url: str) -> bool:
    """True for a server on this computer (how a practice sandbox's journal is recognised)."""
    host = (urlsplit(url).hostname or "").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
