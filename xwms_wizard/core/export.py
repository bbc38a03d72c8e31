"""The handoff bundle of a result: the developer's facts, written by handoff.bundle.

`handoff_facts` turns an apply result (or a Live check) and the scopes catalogue into
the facts a bundle holds, never the secret; `export_bundle` writes them, with the secret
from this run or the keychain when the owner asks for it, and records the bundle in the
wizard's state.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from xwms_wizard.core.apply import ApplyResult
from xwms_wizard.core.flow import WizardState
from xwms_wizard.secrets import SecretStore

if TYPE_CHECKING:
    from xwms_wizard.handoff.bundle import BundleResult, HandoffFacts


def handoff_facts(
    result: ApplyResult,
    *,
    catalogue: list[Any],
    test_mode: bool,
    sandbox: bool,
    members: list[tuple[str, str]] | None = None,
) -> HandoffFacts:
    """The developer's facts (no secret) from an apply result and the server's scopes catalogue."""
    from xwms_wizard.core.validate import display_domain
    from xwms_wizard.handoff.bundle import HandoffFacts

    titles = {scope.key: (scope.title, scope.description) for scope in catalogue}
    verification = result.verification
    verified_at = None
    if verification is not None and verification.checked_at:
        with contextlib.suppress(ValueError):
            verified_at = dt.datetime.fromisoformat(verification.checked_at)
    return HandoffFacts(
        client_name=result.client_name,
        client_id=result.client_id,
        domain=result.root_domain,
        domain_display=display_domain(result.root_domain),
        domain_id=result.domain_id,
        test_mode=test_mode,
        scopes=[(key, *titles.get(key, (key, ""))) for key in result.scopes],
        redirect_uri=result.redirect_url,
        api_uri=result.api_url,
        secret_label=result.secret_label,
        secret_expires=result.secret_expires,
        verified=bool(verification and verification.ok),
        verified_at=verified_at,
        verification_note=verification.verdict if verification else "",
        sandbox=sandbox,
        members=list(result.members if members is None else members),
    )



def secret_value(secrets: SecretStore, result: ApplyResult) -> str | None:
    """The client secret of this result: from this run, else from the keychain."""
    return result.secret_value or secrets.client_secret(result.client_id)


def export_bundle(
    state: WizardState,
    secrets: SecretStore,
    result: ApplyResult,
    dest_dir: str | Path,
    *,
    catalogue: list[Any],
    sandbox: bool,
    include_secret: bool = False,
    make_zip: bool = False,
    language: str = "en",
    existing: str = "keep_both",
    members: list[tuple[str, str]] | None = None,
) -> BundleResult:
    """Write the handoff bundle for `result` into `dest_dir`; returns its BundleResult.

    `language` is the developer's language for HANDOFF.md (handoff.bundle.HANDOFF_LANGUAGES).
    `members`: the client's members as the server has them now (else the result's).
    `existing` says what happens beside an earlier bundle of the same name: "keep_both"
    (the new one gets a `-2`, `-3` … suffix), "replace", or "ask" (BundleExists).
    """
    from xwms_wizard.handoff.bundle import write_bundle

    plan = state.made_from
    facts = handoff_facts(
        result,
        catalogue=catalogue,
        test_mode=plan.domain.test_mode if plan is not None else False,
        sandbox=sandbox,
        members=members,
    )
    bundle = write_bundle(
        facts,
        Path(dest_dir),
        secret=secret_value(secrets, result) if include_secret else None,
        include_secret=include_secret,
        make_zip=make_zip,
        language=language,
        existing=existing,
    )
    state.exported_bundle(bundle, result)
    return bundle
