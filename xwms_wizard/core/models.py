"""What the owner chose for one setup: plain dataclasses shared by the plan file, the engine and the GUI."""

from __future__ import annotations

import datetime as dt
import os
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
class MemberChoice:
    """A person (their XWMS account's e-mail) who may change the client, with a preset role
    (core.people.ROLE_PRESETS): "Developer" or "Viewer"."""

    email: str = ""
    role: str = "Developer"


@dataclass
class VerificationChoice:
    """An application to become a Verified Partner for `scopes` (those that need it), for the
    plan's website, with `notes` on what the website uses them for."""

    scopes: list[str] = field(default_factory=list)
    notes: str = ""


@dataclass
class SetupPlan:
    """Everything the owner chose. `plan_id` makes the engine's Idempotency-Keys stable across reruns."""

    client: ClientChoice = field(default_factory=ClientChoice)
    domain: DomainChoice = field(default_factory=DomainChoice)
    scopes: ScopesChoice = field(default_factory=ScopesChoice)
    secret: SecretChoice = field(default_factory=SecretChoice)
    # 128 random bits, as uuid4 has (without importing uuid and with it hashlib's OpenSSL).
    plan_id: str = field(default_factory=lambda: os.urandom(16).hex())
    # Plan files only (the window has its People page): members to invite, and an application
    # to become a Verified Partner. Neither is part of the login's settings.
    members: list[MemberChoice] = field(default_factory=list)
    verification: VerificationChoice | None = None


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
        "members": [{"email": m.email, "role": m.role} for m in plan.members],
        "verification": (
            {"scopes": list(plan.verification.scopes), "notes": plan.verification.notes}
            if plan.verification is not None
            else None
        ),
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
        members=[
            MemberChoice(email=m.get("email", ""), role=m.get("role", "Developer"))
            for m in data.get("members") or []
        ],
        verification=(
            VerificationChoice(
                scopes=list(data["verification"].get("scopes", [])),
                notes=data["verification"].get("notes", ""),
            )
            if data.get("verification")
            else None
        ),
    )
