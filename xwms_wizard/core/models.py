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


def plan_to_dict(plan: SetupPlan) -> dict:
    """A JSON-ready dict of the plan (the journal keeps it so a stopped setup can resume)."""
    return {
        "plan_id": plan.plan_id,
        "client": {"name": plan.client.name},
        "domain": dict(vars(plan.domain)),
        "scopes": {"keys": list(plan.scopes.keys)},
        "secret": {
            "label": plan.secret.label,
            "expires": plan.secret.expires.isoformat() if plan.secret.expires else None,
        },
    }


def plan_from_dict(data: dict) -> SetupPlan:
    """The inverse of `plan_to_dict`; unknown keys are ignored (journals from newer versions)."""
    domain_fields = set(DomainChoice.__dataclass_fields__)
    expires = data.get("secret", {}).get("expires")
    return SetupPlan(
        plan_id=data["plan_id"],
        client=ClientChoice(name=data.get("client", {}).get("name", "")),
        domain=DomainChoice(
            **{k: v for k, v in data.get("domain", {}).items() if k in domain_fields}
        ),
        scopes=ScopesChoice(keys=list(data.get("scopes", {}).get("keys", []))),
        secret=SecretChoice(
            label=data.get("secret", {}).get("label", ""),
            expires=dt.date.fromisoformat(expires) if expires else None,
        ),
    )
