"""What the owner chose for one setup: plain dataclasses shared by the plan file, the engine and the GUI."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

DEFAULT_SECRET_LABEL = "Standard Key"
CALLBACK_PATH = "/xwms/validateToken"


@dataclass
class ClientChoice:
    name: str = ""


@dataclass
class DomainChoice:
    root: str = ""  # stored as punycode, lowercase
    server_ip: str = ""  # "" = none
    internal_name: str = ""
    redirect_url: str = ""  # "" = the default https://<root>/xwms/validateToken
    allow_login: bool = True
    allow_api: bool = True
    active: bool = True
    primary: bool = True
    test_mode: bool = False
    fallback_uri: str = ""
    logo: str = ""  # a file path, PNG or SVG, <= 1 MB

    @property
    def effective_redirect_url(self) -> str:
        return self.redirect_url or f"https://{self.root}{CALLBACK_PATH}"


@dataclass
class ScopesChoice:
    keys: list[str] = field(default_factory=list)


@dataclass
class SecretChoice:
    label: str = ""  # "" = DEFAULT_SECRET_LABEL
    expires: dt.date | None = None

    @property
    def effective_label(self) -> str:
        return self.label or DEFAULT_SECRET_LABEL


@dataclass
class SetupPlan:
    """Everything the owner chose. `plan_id` makes the engine's Idempotency-Keys stable across reruns."""

    client: ClientChoice = field(default_factory=ClientChoice)
    domain: DomainChoice = field(default_factory=DomainChoice)
    scopes: ScopesChoice = field(default_factory=ScopesChoice)
    secret: SecretChoice = field(default_factory=SecretChoice)
    plan_id: str = field(default_factory=lambda: uuid.uuid4().hex)
