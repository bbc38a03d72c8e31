"""What exists on the server for one client, loaded rather than guessed, and the plan that keeps it.

`ServerState` is the observed half of the wizard's state: the client, each of its
websites with their switches, callback URLs and linked keys, its scopes and its
secrets (label, expiry, revoked; never a value). `observe_client` loads it through
a signed-in client; `plan_from_server` turns it into the plan that changes nothing,
which the pages then show and the owner edits. Review compares the two
(`core.diff`), and the apply engine changes exactly what differs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from xwms_wizard.core.models import (
    CALLBACK_PATH,
    ClientChoice,
    DomainChoice,
    ScopesChoice,
    SecretChoice,
    SetupPlan,
)


@dataclass
class ObservedDomain:
    """One website of the client as the server has it."""

    domain: Any  # xwms.models.Domain
    urls: list[Any] = field(default_factory=list)  # xwms.models.DomainUrl
    linked: list[int] = field(default_factory=list)  # ids of the secrets linked to it

    @property
    def root(self) -> str:
        return self.domain.root_domain

    def callback_urls(self, *, active_only: bool = True) -> list[str]:
        return [
            u.url for u in self.urls if u.kind == "callback" and (u.active or not active_only)
        ]


@dataclass
class ServerState:
    """Everything the server holds for one client (never a secret's value)."""

    client: Any  # xwms.models.Client
    domains: list[ObservedDomain] = field(default_factory=list)
    scopes: list[str] = field(default_factory=list)
    secrets: list[Any] = field(default_factory=list)  # xwms.models.Secret, oldest first

    def domain(self, root: str) -> ObservedDomain | None:
        return next((d for d in self.domains if d.root == root), None)

    def primary_domain(self) -> ObservedDomain | None:
        return next((d for d in self.domains if d.domain.primary), None)

    def secret(self, pk: int | None) -> Any:
        return next((s for s in self.secrets if s.id == pk), None)


async def observe_client(client: Any, name: str, *, clients: list[Any] | None = None) -> ServerState | None:
    """Load what the server holds for the client called `name`; None when it has no such client."""
    listed = clients if clients is not None else await client.list_clients()
    found = next((c for c in listed if c.name == name), None)
    if found is None:
        return None
    domains = []
    for domain in await client.list_domains(found.id):
        urls = await client.list_urls(domain.id)
        links = await client.list_secret_links(domain.id)
        domains.append(ObservedDomain(domain, list(urls), [link.secret for link in links]))
    return ServerState(
        client=found,
        domains=domains,
        scopes=sorted(await client.get_client_scopes(found.id)),
        secrets=list(await client.list_secrets(found.id)),
    )


def secret_status(secret: Any, today: dt.date | None = None) -> str:
    """"active", "revoked" or "expired" (the day after its expiry date, as XWMS counts)."""
    today = today or dt.date.today()
    if secret.revoked:
        return "revoked"
    if secret.expires_at is not None and today > secret.expires_at:
        return "expired"
    return "active"


def domain_secret(
    state: ServerState, observed: ObservedDomain | None, *, known: int | None = None,
    today: dt.date | None = None,
) -> Any:
    """The key this website uses: its newest active linked secret, else the one an earlier
    run made for it (`known`, still unlinked after an interruption), else None."""
    if observed is not None:
        for secret in sorted(
            (s for s in state.secrets if s.id in observed.linked), key=lambda s: s.id, reverse=True
        ):
            if secret_status(secret, today) == "active":
                return secret
    secret = state.secret(known)
    if secret is not None and secret_status(secret, today) == "active":
        return secret
    return None


def last_secret(state: ServerState, observed: ObservedDomain | None) -> Any:
    """The newest key ever linked to this website, whatever its state (to say why it needs a new one)."""
    if observed is None:
        return None
    linked = [s for s in state.secrets if s.id in observed.linked]
    return max(linked, key=lambda s: s.id) if linked else None


def plan_from_server(
    state: ServerState, root: str | None = None, *, base: SetupPlan | None = None
) -> SetupPlan:
    """The plan that changes nothing: every page filled in as the server has it.

    `root` picks the website (default: the main one, else the first); a website the
    client does not have yet keeps `base`'s choices for it (the owner adds it).
    `base` gives the plan id (so a resumed setup keeps its journal).
    """
    plan = SetupPlan()
    if base is not None:
        plan.plan_id = base.plan_id
    plan.client = ClientChoice(name=state.client.name)
    plan.scopes = ScopesChoice(keys=list(state.scopes))
    observed = state.domain(root) if root else (state.primary_domain() or next(iter(state.domains), None))
    if observed is None:
        typed = DomainChoice(**vars(base.domain)) if base is not None else DomainChoice(root=root or "")
        plan.domain = new_website(state, typed)
        if base is not None:
            plan.secret = SecretChoice(label=base.secret.label, expires=base.secret.expires)
        return plan
    plan.domain = domain_choice(observed)
    current = domain_secret(state, observed)
    if current is not None:
        plan.secret = SecretChoice(label=current.label, expires=current.expires_at)
    elif base is not None:
        plan.secret = SecretChoice(label=base.secret.label, expires=base.secret.expires)
    return plan


def new_website(state: ServerState, typed: DomainChoice) -> DomainChoice:
    """A website the client does not have yet, as typed; Primary only if the client has no main one."""
    typed.primary = state.primary_domain() is None
    return typed


def domain_choice(observed: ObservedDomain) -> DomainChoice:
    """A website's settings as the pages show them."""
    d = observed.domain
    callbacks = observed.callback_urls()
    default = f"https://{d.root_domain}{CALLBACK_PATH}"
    redirect = "" if not callbacks or default in callbacks else callbacks[0]
    return DomainChoice(
        root=d.root_domain,
        server_ip=d.server_ip or "",
        internal_name=d.internal_name or "",
        redirect_url=redirect,
        allow_login=d.allow_login,
        allow_api=d.allow_api,
        active=d.active,
        primary=d.primary,
        test_mode=d.test_mode,
        fallback_uri=d.fallback_uri or "",
    )
