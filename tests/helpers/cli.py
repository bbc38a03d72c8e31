"""Command-line tests' shared pieces: a plan file, what the server holds, a child's environment
with or without a keychain, and a kill -9 mid-run."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import signal
import subprocess
from pathlib import Path

from tests.helpers import filekeyring
from xwms_wizard.xwms import XwmsClient

PLAN = """
[client]
name = "{name}"
[domain]
root = "{name}.example"
[scopes]
keys = ["profile"]
[secret]
label = "web-server"
{expires}
"""

def write_plan(folder: Path, name: str, expires: dt.date | None = None) -> Path:
    path = folder / f"{name}.toml"
    line = f'expires = "{expires.isoformat()}"' if expires else ""
    path.write_text(PLAN.format(name=name, expires=line), encoding="utf-8")
    return path


def server_facts(api_url: str, name: str) -> dict:
    """What the server holds for the client `name`: domains, urls, links and secrets."""

    async def look():
        async with XwmsClient(api_url) as client:
            await client.login("owner@example.com", "practice")
            found = [c for c in await client.list_clients() if c.name == name]
            if not found:
                return {"clients": 0}
            (shop,) = found
            domains = await client.list_domains(shop.id)
            secrets = await client.list_secrets(shop.id)
            links = [link for d in domains for link in await client.list_secret_links(d.id)]
            urls = [u for d in domains for u in await client.list_urls(d.id)]
            return {
                "clients": 1,
                "domains": [vars(d) for d in domains],
                "urls": [vars(u) for u in urls],
                "scopes": sorted(await client.get_client_scopes(shop.id)),
                "secrets": [vars(s) for s in secrets],
                "links": [link.secret for link in links],
            }

    return asyncio.run(look())


def active_linked(facts: dict) -> list[dict]:
    today = dt.date.today()
    return [
        s for s in facts["secrets"]
        if not s["revoked"] and s["id"] in facts["links"]
        and (s["expires_at"] is None or s["expires_at"] >= today)
    ]


def child_env(app_data: Path, keychain: Path | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}
    env["XWMS_WIZARD_DATA_DIR"] = str(app_data)
    if keychain is not None:
        env.update(filekeyring.environment(keychain))
    else:
        # keyring's "fail" backend: what this machine (and a headless Linux box) really has.
        env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    return env


def kill_after(cmd: list[str], env: dict[str, str], lines: int) -> str:
    """Run `cmd` and SIGKILL it just after its `lines`-th step line (mid-way into the next call)."""
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seen, out = 0, []
    assert proc.stdout is not None
    for line in proc.stdout:
        out.append(line)
        if line.lstrip().startswith("["):
            seen += 1
            if seen >= lines:
                break
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    return "".join(out)
