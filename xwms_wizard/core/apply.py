"""The apply engine: carries out a SetupPlan step by step, idempotently, resumable from its journal.

Each step first looks on the server for what an earlier run already made (the
journal's ids are hints, the server is the truth), and only then creates, with
an `Idempotency-Key` derived from the plan id, the step and the request body.
Before every create call the request is written to the journal (write-ahead),
so a crash, a quit or a lost network between "sent" and "answered" resumes by
sending the very same request again, which the server answers from its
idempotency record instead of making a second client, domain or secret.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import enum
import hashlib
import json
import logging
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from xwms_wizard.core.diff import Difference, difference, domain_settings, observe_people
from xwms_wizard.core.errors import WizardError
from xwms_wizard.core.fields import error_field
from xwms_wizard.core.journal import Journal
from xwms_wizard.core.lifecycle import SecretAction, SecretDecision, UnknownValue, decide_secret
from xwms_wizard.core.models import SetupPlan
from xwms_wizard.core.people import ROLE_PRESETS, approved_scopes
from xwms_wizard.core.state import ObservedDomain, ServerState, observe_client
from xwms_wizard.i18n import QT_TRANSLATE_NOOP, translate
from xwms_wizard.secrets import SecretStore
from xwms_wizard.xwms.errors import Refused, SecretValueLost, XwmsError

log = logging.getLogger(__name__)


class Step(enum.StrEnum):
    CLIENT = "client"
    DOMAIN = "domain"
    LOGO = "logo"
    CALLBACK = "callback"
    SCOPES = "scopes"
    SECRET = "secret"
    LINK = "link"
    VERIFY = "verify"
    REVOKE = "revoke"
    FIND = "find"  # a renewal: the client and website exist already (core.renew)
    PARTNER = "partner"  # a plan's [verification]: apply to become a Verified Partner
    MEMBERS = "members"  # a plan's [[members]]: invite them with their roles


# Marked here, once, for pyside6-lupdate; the command line and the window both show them
# through step_title (i18n.translate), never through Qt's translator.
STEP_TITLES = {
    Step.CLIENT: QT_TRANSLATE_NOOP("Steps", "Create the client"),
    Step.DOMAIN: QT_TRANSLATE_NOOP("Steps", "Add the website (domain)"),
    Step.LOGO: QT_TRANSLATE_NOOP("Steps", "Upload the logo"),
    Step.CALLBACK: QT_TRANSLATE_NOOP("Steps", "Register the callback URL"),
    Step.SCOPES: QT_TRANSLATE_NOOP("Steps", "Choose what the website may read (scopes)"),
    Step.SECRET: QT_TRANSLATE_NOOP("Steps", "Create the secret key"),
    Step.LINK: QT_TRANSLATE_NOOP("Steps", "Link the secret to the website"),
    Step.VERIFY: QT_TRANSLATE_NOOP("Steps", "Check that it all works"),
    Step.REVOKE: QT_TRANSLATE_NOOP("Steps", "Revoke the old secret key"),
    Step.FIND: QT_TRANSLATE_NOOP("Steps", "Find the client and the website"),
    Step.PARTNER: QT_TRANSLATE_NOOP("Steps", "Apply to become a Verified Partner"),
    Step.MEMBERS: QT_TRANSLATE_NOOP("Steps", "Invite the members"),
}


def step_title(step: Step) -> str:
    """The step's title (STEP_TITLES) in the owner's language."""
    return translate("Steps", STEP_TITLES[step])


class StepState(enum.StrEnum):
    RUNNING = "running"
    DONE = "done"  # made (or changed) now
    EXISTING = "existing"  # an earlier run had made it already
    SKIPPED = "skipped"
    FAILED = "failed"


@dataclass(frozen=True)
class StepEvent:
    step: Step
    state: StepState
    message: str = ""

    @property
    def title(self) -> str:
        return STEP_TITLES[self.step]


@dataclass
class Verification:
    """The verify step's verdict, in plain words."""

    ok: bool
    verdict: str
    code: str | None = None
    checked_at: str = ""
    server_side_check_needed: bool = False  # IP refusal: the final check runs on the server
    cause: str = ""  # a refusal's what-went-wrong alone, without the dashboard fix


@dataclass
class ApplyResult:
    api_url: str
    client_pk: int
    client_id: str
    client_name: str
    domain_pk: int
    domain_id: str
    root_domain: str
    redirect_url: str
    scopes: list[str]
    secret_pk: int | None
    secret_label: str
    secret_expires: dt.date | None
    secret_hint: str = ""
    secret_value: str | None = field(default=None, repr=False)
    secret_is_new: bool = False
    verification: Verification | None = None
    states: dict[str, str] = field(default_factory=dict)
    # A plan's [verification]: the scopes held back until the XWMS team approves it (not in
    # `scopes`, which is what the server holds), and its request's id.
    scopes_waiting: list[str] = field(default_factory=list)
    partner_request: int | None = None
    # A plan's [[members]] as the server has them: (e-mail, role name).
    members: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Preview:
    """What a run will change, seen before it starts."""

    state: ServerState | None  # what the server holds now (None: no such client yet)
    secret: SecretDecision
    difference: Difference


class ApplyError(WizardError):
    """A step failed. `step` says which; the message is the cause's plain message."""

    def __init__(self, step: Step, cause: WizardError) -> None:
        super().__init__(
            cause.message,
            field=error_field(cause),
            retryable=cause.retryable,
            detail=f"step: {step.value}\n{cause.detail}".strip(),
        )
        self.step = step
        self.cause = cause


ProgressCallback = Callable[[StepEvent], None]

# Seconds before a step that failed on the connection or the server (after the client's own
# retries of each call) is tried once more, from its start, when the caller asks for that.
STEP_RETRY_PAUSE = 2.0

# Verify refusals that come from a choice in the plan, which the domain step applied.
_PLAN_FIELDS = {"login_not_allowed": "domain.allow_login", "domain_inactive": "domain.active"}


def plan_steps(plan: SetupPlan, *, revoke: bool = False) -> list[Step]:
    """The steps `Applier.run` takes for this plan, in order (the GUI lists them beforehand).

    `revoke`: an old key is replaced, so it is revoked last, once the new one works.
    """
    steps = [Step.CLIENT, Step.DOMAIN]
    if plan.domain.logo:
        steps.append(Step.LOGO)
    steps.append(Step.CALLBACK)
    if plan.verification is not None:  # before the scopes: they wait for its approval
        steps.append(Step.PARTNER)
    steps += [Step.SCOPES, Step.SECRET, Step.LINK, Step.VERIFY]
    if revoke:
        steps.append(Step.REVOKE)
    if plan.members:  # last: a person without an XWMS account yet holds up no login step
        steps.append(Step.MEMBERS)
    return steps


def secret_request_key(plan_id: str) -> str:
    """A create-secret Idempotency-Key: 128 random bits, kept on this computer only.

    The server stores a hash of it, so neither its database nor the plan file can
    rebuild it and replay the answer that holds the secret's value.
    """
    return f"xwms-wizard:{plan_id[:40]}:secret:{secrets.token_hex(16)}"


def idempotency_key(plan_id: str, step: Step, body: dict[str, Any]) -> str:
    """Stable per plan, step and request: the same request after a crash replays, a changed one is new."""
    digest = hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()[:12]
    return f"xwms-wizard:{plan_id}:{step.value}:{digest}"


class Applier:
    """Runs a plan against a management server through an `XwmsClient` (already signed in)."""

    def __init__(
        self,
        client: Any,
        plan: SetupPlan,
        *,
        secrets: SecretStore,
        journal: Journal | None = None,
        on_progress: ProgressCallback | None = None,
        account: str = "",
        unknown_secret: UnknownValue = UnknownValue.ASK,
        step_retries: int = 0,
        pause: Callable[[float], Awaitable[Any]] = asyncio.sleep,
    ) -> None:
        self.client = client
        # A step whose calls failed retryably (no connection, a 5xx) is run again from its
        # start this many times: every step looks first and creates with the same key, so
        # this is what "run it again" does, without the owner. The command line asks for 1.
        self.step_retries = max(0, step_retries)
        self._pause = pause
        self.unknown_secret = UnknownValue(unknown_secret)
        self.decision: SecretDecision | None = None
        self.plan = plan
        self.secrets = secrets
        self.journal = journal or Journal.for_plan(plan, server=client.api_url, account=account)
        self.on_progress = on_progress or (lambda event: None)
        self._secret_value: str | None = None
        self._secret_is_new = False
        self._domain_has_logo = False  # what the domain step saw

    # -- the steps -----------------------------------------------------------------

    def steps(self) -> list[Step]:
        revoke = self.unknown_secret is UnknownValue.NEW or bool(self.journal.ids.get("replaces"))
        return plan_steps(self.plan, revoke=revoke)

    async def run(self) -> ApplyResult:
        """Carry out every step in order; raises ApplyError naming the step that failed."""
        self.journal.finished = False
        self.journal.last_error = None
        self.journal.save()
        handlers = self._handlers()
        for step in self.steps():
            self.on_progress(StepEvent(step, StepState.RUNNING))
            tries = 0
            while True:
                try:
                    state, message = await handlers[step]()
                    break
                except XwmsError as exc:
                    if exc.retryable and tries < self.step_retries:
                        tries += 1
                        log.info("step %s: %s, trying it again", step.value, type(exc).__name__)
                        await self._pause(STEP_RETRY_PAUSE)
                        continue
                    self._record_failure(step, exc)
                    raise ApplyError(step, exc) from exc
                except ApplyError as exc:
                    self._record_failure(step, exc.cause)
                    raise
            self.journal.steps[step.value] = state.value
            self.journal.save()
            self.on_progress(StepEvent(step, state, message))
        self.journal.finished = True
        self.journal.save()
        return self._result()

    def _handlers(self) -> dict[Step, Callable[[], Awaitable[tuple[StepState, str]]]]:
        return {
            Step.CLIENT: self._ensure_client,
            Step.DOMAIN: self._ensure_domain,
            Step.LOGO: self._upload_logo,
            Step.CALLBACK: self._ensure_callback,
            Step.SCOPES: self._ensure_scopes,
            Step.SECRET: self._ensure_secret,
            Step.LINK: self._ensure_link,
            Step.VERIFY: self._verify,
            Step.REVOKE: self._revoke_old,
            Step.PARTNER: self._ensure_partner,
            Step.MEMBERS: self._ensure_members,
        }

    def _record_failure(self, step: Step, exc: WizardError) -> None:
        self.journal.steps[step.value] = StepState.FAILED.value
        self.journal.last_error = {"step": step.value, "message": exc.message}
        self.journal.save()
        self.on_progress(StepEvent(step, StepState.FAILED, exc.message))

    async def _create(
        self,
        step: Step,
        body: dict[str, Any],
        call: Callable[[str], Awaitable],
        *,
        fresh: bool = False,
    ):
        """Send a create call with its Idempotency-Key, recorded in the journal before it leaves.

        `fresh`: a request the plan may mean again after its result was undone (a member
        removed and added back): its key is new each time, except to finish a request the
        journal shows was interrupted.
        """
        pending = self.journal.pending
        if pending and pending.get("step") == step.value and pending.get("body") == body:
            key = pending["key"]  # the same request as before the interruption: replay it
        else:
            key = idempotency_key(self.plan.plan_id, step, body)
            if fresh:
                key += f":{secrets.token_hex(8)}"
        self.journal.pending = {"step": step.value, "key": key, "body": body}
        self.journal.save()
        result = await call(key)
        self.journal.pending = None
        return result

    async def _ensure_client(self) -> tuple[StepState, str]:
        name = self.plan.client.name
        for existing in await self.client.list_clients():
            if existing.name == name:
                self._remember(client=existing.id, client_id=existing.client_id)
                return StepState.EXISTING, translate(
                    "Apply", "{name} (Client ID {client_id}) already exists"
                ).format(name=name, client_id=existing.client_id)
        created = await self._create(
            Step.CLIENT,
            {"name": name},
            lambda key: self.client.create_client(name, idempotency_key=key),
        )
        self._remember(client=created.id, client_id=created.client_id)
        return StepState.DONE, translate("Apply", "Client ID {client_id}").format(
            client_id=created.client_id
        )

    async def _ensure_domain(self) -> tuple[StepState, str]:
        root = self.plan.domain.root
        wanted = domain_settings(self.plan)
        for existing in await self.client.list_domains(self.journal.ids["client"]):
            if existing.root_domain == root:
                self._remember(domain=existing.id, domain_id=existing.domain_id)
                self._domain_has_logo = existing.has_logo
                changes = {k: v for k, v in wanted.items() if getattr(existing, k) != v}
                if changes:
                    await self.client.update_domain(existing.id, **changes)
                    return StepState.DONE, translate(
                        "Apply", "{domain} already existed; updated {settings}"
                    ).format(domain=root, settings=", ".join(changes))
                return StepState.EXISTING, translate(
                    "Apply", "{domain} (Domain ID {domain_id}) already exists"
                ).format(domain=root, domain_id=existing.domain_id)
        body = {"root_domain": root, **wanted}
        created = await self._create(
            Step.DOMAIN,
            body,
            lambda key: self.client.create_domain(
                self.journal.ids["client"], idempotency_key=key, **body
            ),
        )
        self._remember(domain=created.id, domain_id=created.domain_id)
        return StepState.DONE, translate("Apply", "Domain ID {domain_id}").format(
            domain_id=created.domain_id
        )

    async def _upload_logo(self) -> tuple[StepState, str]:
        path = Path(self.plan.domain.logo)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ApplyError(
                Step.LOGO,
                WizardError(
                    translate(
                        "Apply", "The logo file {file} could not be read. Choose the file again."
                    ).format(file=path.name),
                    field="domain.logo",
                    detail=type(exc).__name__,
                ),
            ) from exc
        # The server says only whether a domain has a logo, not which: the journal keeps the
        # hash of the logo this setup uploaded, for the domain it went to, so a rerun with the
        # same file sends nothing. A new file, another domain, a logo removed on the server
        # or a lost journal uploads it (again): PUT replaces, so that is always safe.
        digest = hashlib.sha256(data).hexdigest()
        domain_pk = self.journal.ids["domain"]
        if self._logo_is_current(domain_pk, self._domain_has_logo, digest):
            return StepState.EXISTING, translate(
                "Apply", "{file} is already the website's logo"
            ).format(file=path.name)
        content_type = "image/svg+xml" if path.suffix.lower() == ".svg" else "image/png"
        await self.client.upload_logo(domain_pk, data, content_type)
        self._remember(logo_sha256=digest, logo_domain=domain_pk)
        return StepState.DONE, path.name

    async def _ensure_callback(self) -> tuple[StepState, str]:
        url = self.plan.domain.effective_redirect_url
        domain_pk = self.journal.ids["domain"]
        for existing in await self.client.list_urls(domain_pk):
            if existing.url == url and existing.kind == "callback":
                self._remember(url=existing.id)
                if not existing.active:
                    await self.client.update_url(existing.id, active=True)
                    return StepState.DONE, translate(
                        "Apply", "{url} was registered but off; switched it on"
                    ).format(url=url)
                return StepState.EXISTING, translate("Apply", "{url} is already registered").format(
                    url=url
                )
        created = await self._create(
            Step.CALLBACK,
            {"url": url, "kind": "callback", "active": True},
            lambda key: self.client.add_url(domain_pk, url, kind="callback", idempotency_key=key),
        )
        self._remember(url=created.id)
        return StepState.DONE, url

    async def _ensure_partner(self) -> tuple[StepState, str]:
        """The plan's [verification]: an application for its scopes, for the plan's website,
        sent once. An approved one unlocks them; one waiting for the XWMS team holds them back
        (the scopes step sets the others); a rejected one with the same notes is not sent
        again: the owner answers the reason in new notes."""
        assert self.plan.verification is not None
        wanted = sorted(set(self.plan.verification.scopes))
        notes = self.plan.verification.notes
        client_pk = self.journal.ids["client"]
        domain_pk = self.journal.ids["domain"]
        requests = list(await self.client.list_verification_requests(client_pk))
        approved = approved_scopes(requests)
        waiting = [key for key in wanted if key not in approved]
        label = ", ".join(wanted)
        if not waiting:
            self._remember(scopes_waiting=[])
            return StepState.EXISTING, translate(
                "Apply", "the XWMS team approved {scopes}"
            ).format(scopes=label)
        pending = next((r for r in requests if r.state == "pending"), None)
        if pending is not None:
            self._remember(partner_request=pending.id, scopes_waiting=waiting)
            return StepState.EXISTING, translate(
                "Apply", "request {id} waits for the XWMS team's answer"
            ).format(id=pending.id)
        turned_down = next(
            (
                r for r in reversed(requests)
                if r.state == "rejected" and sorted(r.scopes) == wanted and (r.notes or "") == notes
            ),
            None,
        )  # fmt: skip
        if turned_down is not None:
            raise ApplyError(
                Step.PARTNER,
                WizardError(
                    translate(
                        "Apply",
                        "The XWMS team turned down this application for {scopes}: {reason} "
                        "Answer that in the notes under [verification], or leave the scopes "
                        "out, then run the command again.",
                    ).format(scopes=label, reason=(turned_down.reason or "-").strip()),
                    field="verification.notes",
                ),
            )
        body = {"scopes": wanted, "domain_ids": [domain_pk], "notes": notes}
        try:
            created = await self._create(
                Step.PARTNER,
                body,
                lambda key: self.client.create_verification_request(
                    client_pk,
                    domain_pks=[domain_pk],
                    scopes=wanted,
                    notes=notes or None,
                    idempotency_key=key,
                ),
            )
        except XwmsError as exc:
            if exc.code != "already_verified":
                raise
            self.journal.pending = None
            self._remember(scopes_waiting=[])
            return StepState.EXISTING, translate(
                "Apply", "this account is a Verified Partner for {scopes} already"
            ).format(scopes=label)
        self._remember(partner_request=created.id, scopes_waiting=waiting)
        return StepState.DONE, translate(
            "Apply", "request {id} sent; the XWMS team approves it or says why not"
        ).format(id=created.id)

    async def _ensure_scopes(self) -> tuple[StepState, str]:
        # Scopes waiting for the XWMS team's approval are held back, so the rest is set now.
        held = set(self._scopes_waiting())
        wanted = sorted(set(self.plan.scopes.keys) - held)
        client_pk = self.journal.ids["client"]
        current = sorted(await self.client.get_client_scopes(client_pk))
        label = ", ".join(wanted) or translate("Apply", "none")
        later = ""
        if held:
            later = translate("Apply", "; {scopes} once the XWMS team approves").format(
                scopes=", ".join(sorted(held))
            )
        if current == wanted:
            return StepState.EXISTING, translate("Apply", "already set: {scopes}").format(
                scopes=label
            ) + later
        await self.client.set_client_scopes(client_pk, wanted)
        return StepState.DONE, label + later

    async def _ensure_members(self) -> tuple[StepState, str]:
        """The plan's [[members]]: each invited once with its preset role (the role is made on
        the client the first time). A member whose role the plan changed is removed and added
        again with the new one (XWMS has no call to change a role); members the plan does not
        name are left as they are."""
        client_pk = self.journal.ids["client"]
        roles = {r.name: r for r in await self.client.list_roles(client_pk)}
        current = {m.email.lower(): m for m in await self.client.list_members(client_pk)}
        made: list[str] = []
        for member in self.plan.members:
            role = roles.get(member.role)
            if role is None:
                role = await self._create(
                    Step.MEMBERS,
                    {"role": member.role},
                    lambda key, name=member.role: self.client.create_role(
                        client_pk, name, ROLE_PRESETS[name], idempotency_key=key
                    ),
                )
                roles[role.name] = role
            existing = current.get(member.email)
            if existing is not None and existing.role == role.id:
                continue
            replaces = None
            if existing is not None:  # the plan gives them another role
                await self.client.remove_member(client_pk, existing.id)
                replaces = existing.id
            await self._create(
                Step.MEMBERS,
                {"email": member.email, "role_id": role.id, "replaces": replaces},
                lambda key, m=member, r=role: self.client.add_member(
                    client_pk, m.email, r.id, idempotency_key=key
                ),
                fresh=True,
            )
            made.append(f"{member.email} ({member.role})")
        if not made:
            return StepState.EXISTING, translate("Apply", "already members: {people}").format(
                people=", ".join(f"{m.email} ({m.role})" for m in self.plan.members)
            )
        return StepState.DONE, ", ".join(made)

    async def _observe(self) -> ServerState | None:
        return await observe_client(self.client, self.plan.client.name)

    async def _secret_state(self, client_pk: int, client_id: str) -> ServerState:
        """Only what the key's fate depends on: the client's keys and this website's links
        (two calls; the steps before have made the client and the website what the plan says)."""
        domain_pk = self.journal.ids["domain"]
        links = await self.client.list_secret_links(domain_pk)
        website = _Website(id=domain_pk, root_domain=self.plan.domain.root)
        return ServerState(
            client=_Client(id=client_pk, client_id=client_id, name=self.plan.client.name),
            domains=[ObservedDomain(website, linked=[link.secret for link in links])],
            secrets=list(await self.client.list_secrets(client_pk)),
        )

    def decide(self, state: ServerState | None) -> SecretDecision:
        """The secret key's fate on this run (see core.lifecycle), from a fresh look at the server."""
        client_id = state.client.client_id if state is not None else ""
        kept = self._secret_value or (self.secrets.client_secret(client_id) if client_id else None)
        return decide_secret(
            self.plan,
            state,
            kept_value=kept,
            known_id=self.journal.ids.get("secret"),
            unknown=self.unknown_secret,
        )

    async def preview(self) -> Preview:
        """What this run will change, before anything is sent: Review and `apply` show it."""
        state = await self._observe()
        decision = self.decide(state)
        observed = state.domain(self.plan.domain.root) if state is not None else None
        logo_current = observed is not None and self._logo_is_current(
            observed.domain.id, observed.domain.has_logo, _file_digest(self.plan.domain.logo)
        )
        people = None
        if state is not None and (self.plan.verification is not None or self.plan.members):
            people = await observe_people(self.client, state.client.id, self.plan)
        return Preview(
            state=state,
            secret=decision,
            difference=difference(
                self.plan, state, decision, logo_current=logo_current, people=people
            ),
        )

    def _logo_is_current(self, domain_pk: int, has_logo: bool, digest: str | None) -> bool:
        """Whether the website has this logo: the server says it has one, and the journal says
        this setup uploaded a file with this hash to this domain (the server keeps no hash)."""
        ids = self.journal.ids
        return (
            has_logo
            and digest is not None
            and ids.get("logo_sha256") == digest
            and ids.get("logo_domain") == domain_pk
        )

    async def _ensure_secret(self) -> tuple[StepState, str]:
        client_pk = self.journal.ids["client"]
        client_id = self.journal.ids["client_id"]
        pending = self.journal.pending
        if pending and pending.get("step") == Step.SECRET.value:
            # Interrupted between sending "create" and keeping its answer: finish that request.
            return await self._create_secret(client_pk, client_id, resume=pending)
        state = await self._secret_state(client_pk, client_id)
        decision = self.decide(state)
        self.decision = decision
        if decision.action is SecretAction.CHOOSE:
            raise ApplyError(
                Step.SECRET,
                WizardError(decision.reason, field="secret.unknown_value", retryable=False),
            )
        if decision.makes_key:
            if decision.action is SecretAction.REPLACE:
                replaces = list(self.journal.ids.get("replaces", []))
                if decision.current.id not in replaces:
                    replaces.append(decision.current.id)
                self._remember(replaces=replaces)
            return await self._create_secret(
                client_pk, client_id, before=[secret.id for secret in state.secrets]
            )
        current = decision.current
        if decision.action is SecretAction.UPDATE:
            current = await self.client.update_secret(current.id, **decision.changes)
        if decision.value_known:
            self._secret_value = self.secrets.client_secret(client_id)
        self._remember_secret(current)
        if decision.action is SecretAction.UPDATE:
            return StepState.DONE, decision.reason
        return StepState.EXISTING, decision.reason

    async def _create_secret(
        self,
        client_pk: int,
        client_id: str,
        *,
        resume: dict[str, Any] | None = None,
        before: list[int] | None = None,
    ) -> tuple[StepState, str]:
        label = self.plan.secret.effective_label
        expires = self.plan.secret.expires
        body = {"label": label, "expires_at": expires.isoformat() if expires else None}
        key = self.secrets.request_key(self.plan.plan_id) if resume else None
        if resume and key is None:
            # The random key of the interrupted request is gone (no keychain, a new process):
            # a key made by it can never be read, so revoke it before making the new one.
            sent_before = set(resume.get("before", []))
            label_sent = resume["body"]["label"]
            for existing in await self.client.list_secrets(client_pk):
                if existing.id not in sent_before and not existing.revoked and existing.label == label_sent:
                    await self.client.revoke_secret(
                        existing.id, idempotency_key=self._revoke_key(existing.id)
                    )
        if key is None:
            key = secret_request_key(self.plan.plan_id)
            self.secrets.save_request_key(self.plan.plan_id, key)
            if before is None:
                before = [s.id for s in await self.client.list_secrets(client_pk)]
            # Write-ahead, without the key: the journal must not be able to replay the answer.
            self.journal.pending = {"step": Step.SECRET.value, "body": body, "before": before}
            self.journal.save()
        try:
            created = await self.client.create_secret(
                client_pk, label=label, expires_at=expires, idempotency_key=key
            )
        except SecretValueLost as lost:
            # The server made the key but will not repeat its value: nobody can know it, so
            # it must not stay usable. Revoke it, then make a new one under a new key.
            await self.client.revoke_secret(
                lost.secret.id, idempotency_key=self._revoke_key(lost.secret.id)
            )
            key = secret_request_key(self.plan.plan_id)
            self.secrets.save_request_key(self.plan.plan_id, key)
            created = await self.client.create_secret(
                client_pk, label=label, expires_at=expires, idempotency_key=key
            )
        # The value goes to the keychain before anything else can fail.
        self.secrets.save_client_secret(client_id, created.value)
        self._secret_value = created.value
        self._secret_is_new = True
        self.journal.pending = None
        self._remember_secret(created.secret)
        self.secrets.forget_request_key(self.plan.plan_id)
        if self.secrets.persistent:
            text = translate("Apply", "{label} (saved in the keychain)")
        else:
            text = translate("Apply", "{label} (kept in memory for now)")
        return StepState.DONE, text.format(label=label)

    def _revoke_key(self, secret_pk: int) -> str:
        return idempotency_key(self.plan.plan_id, Step.REVOKE, {"revoke": secret_pk})

    def _remember_secret(self, secret: Any) -> None:
        self._remember(
            secret=secret.id,
            secret_hint=secret.hint,
            secret_label=secret.label,
            secret_expires=secret.expires_at.isoformat() if secret.expires_at else None,
        )

    async def _ensure_link(self) -> tuple[StepState, str]:
        domain_pk = self.journal.ids["domain"]
        secret_pk = self.journal.ids["secret"]
        for existing in await self.client.list_secret_links(domain_pk):
            if existing.secret == secret_pk:
                self._remember(link=existing.id)
                return StepState.EXISTING, translate("Apply", "the secret is already linked")
        created = await self._create(
            Step.LINK,
            {"secret_id": secret_pk},
            lambda key: self.client.link_secret(domain_pk, secret_pk, idempotency_key=key),
        )
        self._remember(link=created.id)
        return StepState.DONE, translate("Apply", "linked to {domain}").format(
            domain=self.plan.domain.root
        )

    async def _revoke_old(self) -> tuple[StepState, str]:
        """After the new key was checked: revoke the keys it replaces (the owner chose so)."""
        replaces = list(self.journal.ids.get("replaces", []))
        if not replaces:
            return StepState.SKIPPED, translate("Apply", "no old key to revoke")
        revoked = []
        for existing in await self.client.list_secrets(self.journal.ids["client"]):
            if existing.id in replaces and not existing.revoked:
                await self.client.revoke_secret(
                    existing.id, idempotency_key=self._revoke_key(existing.id)
                )
                revoked.append(existing.hint)
        self._remember(replaces=[])
        if not revoked:
            return StepState.EXISTING, translate("Apply", "the old key was already revoked")
        return StepState.DONE, translate("Apply", "revoked the key ending in {hints}").format(
            hints=", ".join(revoked)
        )

    async def _verify(self) -> tuple[StepState, str]:
        if not self._secret_value:
            verification = Verification(
                ok=False,
                verdict=translate(
                    "Apply",
                    "Not checked: the secret's value is not on this computer. "
                    "Check with `xwms-wizard verify` where the secret is kept.",
                ),
                code="secret_unavailable",
                checked_at=_now(),
            )
            self._record_verification(verification)
            return StepState.SKIPPED, verification.verdict
        verification = await verify_credentials(
            self.client,
            client_id=self.journal.ids["client_id"],
            domain=self.plan.domain.root,
            client_secret=self._secret_value,
            redirect_url=self.plan.domain.effective_redirect_url,
        )
        self._record_verification(verification)
        if not verification.ok:
            field = _PLAN_FIELDS.get(verification.code or "")
            # A switch the plan set itself is fixed in the plan (the wizard's page, the plan
            # file), not in a dashboard: the cause alone, and the field that changes it.
            message = verification.cause if field and verification.cause else verification.verdict
            raise ApplyError(
                Step.VERIFY,
                WizardError(
                    message, field=field, retryable=False, detail=verification.code or ""
                ),
            )
        return StepState.DONE, verification.verdict

    def _record_verification(self, verification: Verification) -> None:
        self.journal.verification = {
            "ok": verification.ok,
            "verdict": verification.verdict,
            "code": verification.code,
            "checked_at": verification.checked_at,
            "server_side_check_needed": verification.server_side_check_needed,
        }

    # -- bookkeeping ---------------------------------------------------------------

    def _remember(self, **ids: Any) -> None:
        self.journal.ids.update(ids)
        self.journal.save()

    def _scopes_waiting(self) -> list[str]:
        if self.plan.verification is None:
            return []
        return sorted(self.journal.ids.get("scopes_waiting") or ())

    def _result(self) -> ApplyResult:
        ids = self.journal.ids
        v = self.journal.verification
        return ApplyResult(
            api_url=self.client.api_url,
            client_pk=ids["client"],
            client_id=ids["client_id"],
            client_name=self.plan.client.name,
            domain_pk=ids["domain"],
            domain_id=ids["domain_id"],
            root_domain=self.plan.domain.root,
            redirect_url=self.plan.domain.effective_redirect_url,
            scopes=sorted(set(self.plan.scopes.keys) - set(self._scopes_waiting())),
            scopes_waiting=self._scopes_waiting(),
            partner_request=ids.get("partner_request") if self.plan.verification else None,
            # The plan's members once its step has made them what the plan says.
            members=(
                [(m.email, m.role) for m in self.plan.members]
                if self.journal.steps.get(Step.MEMBERS.value)
                in (StepState.DONE.value, StepState.EXISTING.value)
                else []
            ),
            secret_pk=ids.get("secret"),
            # What the server holds for the key, which the summary, JSON and reminder state.
            secret_label=ids.get("secret_label") or self.plan.secret.effective_label,
            secret_expires=(
                dt.date.fromisoformat(ids["secret_expires"]) if ids.get("secret_expires") else None
            ),
            secret_hint=ids.get("secret_hint", ""),
            secret_value=self._secret_value,
            secret_is_new=self._secret_is_new,
            verification=Verification(**v) if v else None,
            states=dict(self.journal.steps),
        )


@dataclass(frozen=True)
class _Client:
    id: int
    client_id: str
    name: str


@dataclass(frozen=True)
class _Website:
    id: int
    root_domain: str
    primary: bool = False


def _file_digest(path: str) -> str | None:
    """The SHA-256 of a file's bytes (hex), or None when there is no file to read."""
    if not path:
        return None
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


async def verify_credentials(
    client: Any, *, client_id: str, domain: str, client_secret: str, redirect_url: str
) -> Verification:
    """Ask `sign-token` for a login page with these credentials and explain the answer.

    An IP refusal is checked last by XWMS, so it means the credentials themselves
    are right: only the caller's address is wrong, and the last check belongs on
    the developer's server.
    """
    try:
        await client.sign_token(
            client_id=client_id,
            domain=domain,
            client_secret=client_secret,
            redirect_url=redirect_url,
        )
    except Refused as exc:
        if exc.code == "ip_not_allowed":
            return Verification(
                ok=True,
                verdict=translate(
                    "Apply",
                    "The credentials are right. XWMS only accepts calls from your server's "
                    "address, so the final check runs on your server: it is in the handoff.",
                ),
                code=exc.code,
                checked_at=_now(),
                server_side_check_needed=True,
            )
        return Verification(
            ok=False,
            verdict=exc.message,
            code=exc.code,
            checked_at=_now(),
            cause=exc.explanation.title,
        )
    return Verification(
        ok=True,
        verdict=translate(
            "Apply", "XWMS accepted the credentials and the callback URL: login is ready to use."
        ),
        checked_at=_now(),
    )
