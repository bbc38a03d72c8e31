"""What the server sends back, as frozen dataclasses parsed strictly from docs/api-contract.md.

Each `from_json` checks every field the contract promises (presence and type) and
raises `ShapeError` when one is missing or of the wrong kind; the client turns
that into `BadResponse`. Extra fields are ignored, so a newer server still works.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Self

__all__ = [
    "PERMISSIONS",
    "Account",
    "Client",
    "ClientUser",
    "CreatedSecret",
    "Domain",
    "DomainUrl",
    "Member",
    "Role",
    "Scope",
    "Secret",
    "SecretLink",
    "ShapeError",
    "UserRequest",
    "VerificationRequest",
]

# What a role may allow a member of a client (the owner may do everything).
PERMISSIONS = ("view_users", "manage_scopes", "manage_domains", "manage_secrets", "manage_members")


class ShapeError(ValueError):
    """An answer does not have the shape the contract promises; the text names the field only."""


def _obj(value: Any, what: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ShapeError(f"{what} is {type(value).__name__}, expected an object")
    return value


def _get(obj: Mapping[str, Any], key: str, what: str) -> Any:
    if key not in obj:
        raise ShapeError(f"{what}.{key} is missing")
    return obj[key]


def _int(obj: Mapping[str, Any], key: str, what: str) -> int:
    value = _get(obj, key, what)
    # bool is an int in Python; a true/false where an id belongs is a broken answer.
    if not isinstance(value, int) or isinstance(value, bool):
        raise ShapeError(f"{what}.{key} is {type(value).__name__}, expected an integer")
    return value


def _str(obj: Mapping[str, Any], key: str, what: str, *, empty: bool = False) -> str:
    value = _get(obj, key, what)
    if not isinstance(value, str) or (not empty and not value):
        raise ShapeError(f"{what}.{key} is {type(value).__name__}, expected a non-empty string")
    return value


def _opt_str(obj: Mapping[str, Any], key: str, what: str) -> str | None:
    value = _get(obj, key, what)
    if value is not None and not isinstance(value, str):
        raise ShapeError(f"{what}.{key} is {type(value).__name__}, expected a string or null")
    return value


def _bool(obj: Mapping[str, Any], key: str, what: str) -> bool:
    value = _get(obj, key, what)
    if not isinstance(value, bool):
        raise ShapeError(f"{what}.{key} is {type(value).__name__}, expected true or false")
    return value


def _opt_date(obj: Mapping[str, Any], key: str, what: str) -> dt.date | None:
    value = _opt_str(obj, key, what)
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ShapeError(f"{what}.{key} is not a YYYY-MM-DD date") from None


def _opt_int(obj: Mapping[str, Any], key: str, what: str) -> int | None:
    return None if _get(obj, key, what) is None else _int(obj, key, what)


def _choice(obj: Mapping[str, Any], key: str, what: str, choices: tuple[str, ...]) -> str:
    value = _str(obj, key, what)
    if value not in choices:
        raise ShapeError(f"{what}.{key} is not one of {', '.join(choices)}")
    return value


def _strs(obj: Mapping[str, Any], key: str, what: str) -> tuple[str, ...]:
    value = _get(obj, key, what)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ShapeError(f"{what}.{key} is not a list of strings")
    return tuple(value)


def _ints(obj: Mapping[str, Any], key: str, what: str) -> tuple[int, ...]:
    value = _get(obj, key, what)
    if not isinstance(value, list) or not all(
        isinstance(v, int) and not isinstance(v, bool) for v in value
    ):
        raise ShapeError(f"{what}.{key} is not a list of integers")
    return tuple(value)


def list_of(items: Any, parse: Any, what: str) -> list[Any]:
    """Parse a JSON array with `parse` for each element; anything else is a ShapeError."""
    if not isinstance(items, list):
        raise ShapeError(f"{what} is {type(items).__name__}, expected a list")
    return [parse(item, f"{what}[{i}]") for i, item in enumerate(items)]


@dataclass(frozen=True)
class Account:
    id: int
    email: str
    plan: str  # "paid" or "free"
    verified_partner: bool

    @property
    def is_paid(self) -> bool:
        return self.plan == "paid"

    @classmethod
    def from_json(cls, value: Any, what: str = "account") -> Self:
        o = _obj(value, what)
        plan = _str(o, "plan", what)
        if plan not in ("paid", "free"):
            raise ShapeError(f"{what}.plan is not 'paid' or 'free'")
        return cls(
            id=_int(o, "id", what),
            email=_str(o, "email", what),
            plan=plan,
            verified_partner=_bool(o, "verified_partner", what),
        )


@dataclass(frozen=True)
class Client:
    id: int
    client_id: str  # the public Client ID, "xc_..."
    name: str
    created_at: str

    @classmethod
    def from_json(cls, value: Any, what: str = "client") -> Self:
        o = _obj(value, what)
        return cls(
            id=_int(o, "id", what),
            client_id=_str(o, "client_id", what),
            name=_str(o, "name", what),
            created_at=_str(o, "created_at", what),
        )


@dataclass(frozen=True)
class Scope:
    key: str
    title: str
    description: str
    requires_verification: bool

    @classmethod
    def from_json(cls, value: Any, what: str = "scope") -> Self:
        o = _obj(value, what)
        return cls(
            key=_str(o, "key", what),
            title=_str(o, "title", what),
            description=_str(o, "description", what, empty=True),
            requires_verification=_bool(o, "requires_verification", what),
        )


@dataclass(frozen=True)
class Domain:
    id: int
    domain_id: str  # the public Domain ID, "xd_..."
    client: int
    root_domain: str
    server_ip: str | None
    internal_name: str | None
    allow_login: bool
    allow_api: bool
    active: bool
    primary: bool
    test_mode: bool
    fallback_uri: str | None
    has_logo: bool
    created_at: str

    @classmethod
    def from_json(cls, value: Any, what: str = "domain") -> Self:
        o = _obj(value, what)
        return cls(
            id=_int(o, "id", what),
            domain_id=_str(o, "domain_id", what),
            client=_int(o, "client", what),
            root_domain=_str(o, "root_domain", what),
            server_ip=_opt_str(o, "server_ip", what),
            internal_name=_opt_str(o, "internal_name", what),
            allow_login=_bool(o, "allow_login", what),
            allow_api=_bool(o, "allow_api", what),
            active=_bool(o, "active", what),
            primary=_bool(o, "primary", what),
            test_mode=_bool(o, "test_mode", what),
            fallback_uri=_opt_str(o, "fallback_uri", what),
            has_logo=_bool(o, "has_logo", what),
            created_at=_str(o, "created_at", what),
        )


@dataclass(frozen=True)
class DomainUrl:
    id: int
    domain: int
    url: str
    kind: str  # "callback" or "webhook"
    active: bool

    @classmethod
    def from_json(cls, value: Any, what: str = "url") -> Self:
        o = _obj(value, what)
        kind = _str(o, "kind", what)
        if kind not in ("callback", "webhook"):
            raise ShapeError(f"{what}.kind is not 'callback' or 'webhook'")
        return cls(
            id=_int(o, "id", what),
            domain=_int(o, "domain", what),
            url=_str(o, "url", what),
            kind=kind,
            active=_bool(o, "active", what),
        )


@dataclass(frozen=True)
class Secret:
    """A client secret as the server lists it: never the value, only its last 4 characters."""

    id: int
    label: str
    expires_at: dt.date | None
    revoked: bool
    created_at: str
    hint: str

    @classmethod
    def from_json(cls, value: Any, what: str = "secret") -> Self:
        o = _obj(value, what)
        return cls(
            id=_int(o, "id", what),
            label=_str(o, "label", what, empty=True),
            expires_at=_opt_date(o, "expires_at", what),
            revoked=_bool(o, "revoked", what),
            created_at=_str(o, "created_at", what),
            hint=_str(o, "hint", what, empty=True),
        )


@dataclass(frozen=True)
class CreatedSecret:
    """A secret just made, with its value: the one time the server sends it. repr/str hide it."""

    secret: Secret
    value: str = field(repr=False)

    @classmethod
    def from_json(cls, value: Any, what: str = "secret") -> Self:
        o = _obj(value, what)
        plaintext = _str(o, "secret", what)
        return cls(secret=Secret.from_json(o, what), value=plaintext)


@dataclass(frozen=True)
class SecretLink:
    id: int
    domain: int
    secret: int

    @classmethod
    def from_json(cls, value: Any, what: str = "link") -> Self:
        o = _obj(value, what)
        return cls(
            id=_int(o, "id", what), domain=_int(o, "domain", what), secret=_int(o, "secret", what)
        )


@dataclass(frozen=True)
class ClientUser:
    """A person whose login a site of the client verified (Client Users)."""

    sub: str
    name: str
    email: str
    domain: int | None  # the domain of the last login (None: not known)
    root_domain: str | None
    first_login_at: str
    last_login_at: str

    @classmethod
    def from_json(cls, value: Any, what: str = "user") -> Self:
        o = _obj(value, what)
        return cls(
            sub=_str(o, "sub", what),
            name=_str(o, "name", what, empty=True),
            email=_str(o, "email", what, empty=True),
            domain=_opt_int(o, "domain", what),
            root_domain=_opt_str(o, "root_domain", what),
            first_login_at=_str(o, "first_login_at", what),
            last_login_at=_str(o, "last_login_at", what),
        )


@dataclass(frozen=True)
class UserRequest:
    """An access or test user request: the person accepts or declines it on the login page."""

    id: int
    client: int
    email: str
    kind: str  # "access" or "test"
    scopes: tuple[str, ...]
    state: str  # "pending", "accepted" or "declined"
    created_at: str
    decided_at: str | None

    @classmethod
    def from_json(cls, value: Any, what: str = "request") -> Self:
        o = _obj(value, what)
        return cls(
            id=_int(o, "id", what),
            client=_int(o, "client", what),
            email=_str(o, "email", what),
            kind=_choice(o, "kind", what, ("access", "test")),
            scopes=_strs(o, "scopes", what),
            state=_choice(o, "state", what, ("pending", "accepted", "declined")),
            created_at=_str(o, "created_at", what),
            decided_at=_opt_str(o, "decided_at", what),
        )


@dataclass(frozen=True)
class VerificationRequest:
    """A Verification Center request; XWMS staff approve or reject it (with a reason)."""

    id: int
    client: int
    domain_ids: tuple[int, ...]
    scopes: tuple[str, ...]
    notes: str | None
    state: str  # "pending", "approved" or "rejected"
    reason: str | None
    created_at: str
    decided_at: str | None

    @classmethod
    def from_json(cls, value: Any, what: str = "request") -> Self:
        o = _obj(value, what)
        return cls(
            id=_int(o, "id", what),
            client=_int(o, "client", what),
            domain_ids=_ints(o, "domain_ids", what),
            scopes=_strs(o, "scopes", what),
            notes=_opt_str(o, "notes", what),
            state=_choice(o, "state", what, ("pending", "approved", "rejected")),
            reason=_opt_str(o, "reason", what),
            created_at=_str(o, "created_at", what),
            decided_at=_opt_str(o, "decided_at", what),
        )


@dataclass(frozen=True)
class Role:
    id: int
    client: int
    name: str
    permissions: tuple[str, ...]  # of PERMISSIONS (a newer server may send more)
    created_at: str

    @classmethod
    def from_json(cls, value: Any, what: str = "role") -> Self:
        o = _obj(value, what)
        return cls(
            id=_int(o, "id", what),
            client=_int(o, "client", what),
            name=_str(o, "name", what),
            permissions=_strs(o, "permissions", what),
            created_at=_str(o, "created_at", what),
        )


@dataclass(frozen=True)
class Member:
    """An account that may act on a client as its role allows."""

    id: int
    client: int
    email: str
    role: int
    created_at: str

    @classmethod
    def from_json(cls, value: Any, what: str = "member") -> Self:
        o = _obj(value, what)
        return cls(
            id=_int(o, "id", what),
            client=_int(o, "client", what),
            email=_str(o, "email", what),
            role=_int(o, "role", what),
            created_at=_str(o, "created_at", what),
        )
