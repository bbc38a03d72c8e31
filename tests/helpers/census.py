"""What the demo owner's account holds on a sandbox, read back through its API."""

from __future__ import annotations

from typing import Any

import httpx

from tests.helpers.xwms import signed_in
from xwms_wizard.xwms import XwmsClient

KINDS = ("clients", "domains", "urls", "secrets", "links")
ONE_OF_EACH = dict.fromkeys(KINDS, 1)


async def holdings(client: XwmsClient) -> dict[str, dict[str, list[Any]]]:
    """Per client name: "client" ([the client]), its "domains", their "urls" and "links", and
    the client's "secrets" (revoked ones too) and "scopes"."""
    found: dict[str, dict[str, list[Any]]] = {}
    for made in await client.list_clients():
        domains = await client.list_domains(made.id)
        found[made.name] = {
            "client": [made],
            "domains": domains,
            "urls": [url for d in domains for url in await client.list_urls(d.id)],
            "links": [link for d in domains for link in await client.list_secret_links(d.id)],
            "secrets": await client.list_secrets(made.id),
            "scopes": await client.get_client_scopes(made.id),
        }
    return found


def counts(held: dict[str, dict[str, list[Any]]], *, revoked: bool = True) -> dict[str, int]:
    """How many of each kind `held` has; without `revoked`, revoked secrets do not count."""
    total = dict.fromkeys(KINDS, 0)
    for objects in held.values():
        total["clients"] += 1
        for kind in ("domains", "urls", "links"):
            total[kind] += len(objects[kind])
        total["secrets"] += len([s for s in objects["secrets"] if revoked or not s.revoked])
    return total


async def holdings_of(
    api_url: str, transport: httpx.AsyncBaseTransport | None = None
) -> dict[str, dict[str, list[Any]]]:
    """`holdings`, read by a client of its own signed in as the demo owner."""
    async with signed_in(api_url, transport, retries=0) as client:
        return await holdings(client)


async def census(api_url: str, transport: httpx.AsyncBaseTransport | None = None) -> dict[str, int]:
    """How many of each kind the demo owner has (revoked secrets too)."""
    return counts(await holdings_of(api_url, transport))
