"""`xwms-wizard sandbox --from-bundle DIR`: read a handoff bundle, serve it as a practice server.

The developer's side of the handoff. The folder's `xwms-handoff.json` names the client, the
domain and the scopes; its `.env` holds what the developer's code sends (the ids, the domain,
the callback URL and the secret the owner sent). The sandbox (sandbox.bundle) then serves
exactly that, on the port the `.env`'s XWMS_API_URI names, so nothing needs editing.
The lines here are for developers, in English, as the sandbox's own start line is.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from urllib.parse import urlsplit

from xwms_wizard.core.addresses import is_loopback_url
from xwms_wizard.errors import WizardError
from xwms_wizard.handoff.bundle import ENV_NAME, JSON_NAME, facts_from_dict
from xwms_wizard.handoff.dotenv import parse_env_file
from xwms_wizard.sandbox.bundle import BundleSpec
from xwms_wizard.sandbox.server import DEFAULT_PORT, run_from_args


class NotABundle(ValueError):
    """The folder is not a handoff bundle the sandbox can serve; `str()` says what to do."""


def read_bundle(folder: str | Path) -> tuple[BundleSpec, str]:
    """The bundle's setup and the API address its .env names (XWMS_API_URI)."""
    folder = Path(folder)
    facts_path, env_path = folder / JSON_NAME, folder / ENV_NAME
    if not facts_path.is_file() or not env_path.is_file():
        raise NotABundle(
            f"{folder} is not a handoff bundle: it needs {JSON_NAME} and {ENV_NAME}. Give the "
            "folder the owner sent you (xwms-handoff-...)."
        )
    try:
        facts = facts_from_dict(json.loads(facts_path.read_text(encoding="utf-8")))
        env = parse_env_file(env_path)
    except (WizardError, OSError, ValueError) as exc:
        message = exc.message if isinstance(exc, WizardError) else str(exc)
        raise NotABundle(f"{folder} could not be read: {message}") from None
    secret = env.get("XWMS_CLIENT_SECRET", "")
    if not secret:
        raise NotABundle(
            f"{env_path} has no XWMS_CLIENT_SECRET. The owner sends the secret separately: paste "
            "it into .env (XWMS_CLIENT_SECRET='...'), then run this again."
        )
    spec = BundleSpec(
        client_id=env.get("XWMS_CLIENT_ID") or facts.client_id,
        client_name=facts.client_name,
        domain=env.get("XWMS_DOMAIN") or facts.domain,
        domain_id=env.get("XWMS_DOMAIN_ID") or facts.domain_id,
        redirect_uri=env.get("XWMS_REDIRECT_URI") or facts.redirect_uri,
        scopes=tuple(key for key, _title, _description in facts.scopes),
        secret=secret,
        secret_label=facts.secret_label,
        secret_expires=facts.secret_expires.isoformat() if facts.secret_expires else None,
    )
    api_uri = env.get("XWMS_API_URI") or env.get("XWMS_API_URL") or facts.api_uri
    return spec, api_uri


def port_for(api_uri: str) -> int:
    """The port of a practice address in the .env (so it points here), else 8765."""
    if is_loopback_url(api_uri):
        port = urlsplit(api_uri).port
        if port:
            return port
    return DEFAULT_PORT


def run(args: argparse.Namespace) -> int:
    try:
        spec, api_uri = read_bundle(args.from_bundle)
    except NotABundle as exc:
        print(f"xwms-wizard sandbox: {exc}", file=sys.stderr, flush=True)
        return 2
    if args.port is None:
        args.port = port_for(api_uri)
        # Taken (the owner's own practice server may run on this computer): the next free
        # port, and the start lines say how to point the starters there.
        args.next_free = True
    return run_from_args(args, bundle=spec, bundle_api_uri=api_uri)
