"""End to end: `xwms-wizard apply --sandbox` never lets the client secret out of the keychain
and the bundle's `.env` (docs: DESIGN.md, "Secrets").

Each run's artifacts are checked right after that run and before the next one, because a
rerun rewrites the journal, the logs and the output: a check after the last run only would
miss a leak of the first. The places checked after every run:

- its stdout and its stderr (kept apart per run);
- every log record at DEBUG level (message, arguments, exception text, stack);
- the text of every WizardError made during the run (message, detail, args, repr, causes);
- every file under the app-data folder (journal, settings, sandbox database with its
  -wal/-shm, anything else), recursively, plus everything else in the test's own folder
  (the working directory and HOME point there), as raw bytes, UTF-16, hex, base64 at every
  alignment, Markdown-escaped, and as long fragments; zip and gzip files are opened;
- every file of an export folder except a bundle's `.env` (in a zipped bundle, every
  member except its `.env`).

The secret values come from where they legitimately are: the in-memory keyring the tests
install (tests/conftest.py) and the exported `.env`. scripts/leak_mutations.py plants leaks
in a copy of the code and proves these tests notice each one.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import io
import logging
import os
import subprocess
import sys
import traceback
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import xwms_wizard
from xwms_wizard.cli import main
from xwms_wizard.core.errors import WizardError
from xwms_wizard.handoff.dotenv import parse_env_file

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "plan.toml"
SECRET_ENV_KEY = "XWMS_CLIENT_SECRET"
# Keychain entries whose values must never leave the keychain (or, for the client secret,
# the bundle's .env).
SECRET_KEYCHAIN_PREFIXES = ("client-secret:", "account-token:")
FRAGMENT = 16  # a run of this many characters of a secret counts as a leak of it
_MD_SPECIAL = "\\`*_[]<>|~&#!"


# --- what a leak looks like ------------------------------------------------------------------


def _b64_aligned(data: bytes, altchars: bytes | None) -> list[bytes]:
    """Base64 of `data` as it appears inside a longer base64 text, at each of the 3 offsets."""
    forms = []
    for pad in range(3):
        encoded = base64.b64encode(b"\0" * pad + data, altchars=altchars)
        start = -(-8 * pad // 6)  # the first character made only of `data`'s bits
        end = (8 * (pad + len(data))) // 6  # one past the last such character
        forms.append(encoded[start:end])
    return forms


def secret_forms(secret: str) -> list[tuple[str, bytes]]:
    """(name, bytes) of every form of `secret` a file or a text must not contain."""
    raw = secret.encode("utf-8")
    forms = [
        ("raw", raw),
        ("utf-16", secret.encode("utf-16-le")),
        ("utf-16-be", secret.encode("utf-16-be")),
        ("hex", raw.hex().encode()),
        ("HEX", raw.hex().upper().encode()),
        ("markdown-escaped", "".join("\\" + c if c in _MD_SPECIAL else c for c in secret).encode()),
    ]
    forms += [("base64", form) for form in _b64_aligned(raw, None)]
    forms += [("base64url", form) for form in _b64_aligned(raw, b"-_")]
    if len(secret) > FRAGMENT + 4:
        forms += [
            (f"fragment {i}..{i + FRAGMENT}", raw[i : i + FRAGMENT])
            for i in range(len(raw) - FRAGMENT + 1)
        ]
    return forms


def _normalised(data: bytes) -> list[bytes]:
    """`data` plus forms a wrapper may have split it with (folded lines, escapes)."""
    variants = [data]
    unfolded = data.replace(b"\r\n ", b"").replace(b"\n ", b"").replace(b"\r\n\t", b"")
    if unfolded != data:
        variants.append(unfolded)
    unescaped = data.replace(b"\\", b"")
    if unescaped != data:
        variants.append(unescaped)
    return variants


def leak_in(data: bytes | str, secrets: Iterable[str]) -> str | None:
    """The form in which a secret appears in `data` ("raw", "base64", ...), or None."""
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogateescape")
    for variant in _normalised(data):
        for secret in secrets:
            for name, form in secret_forms(secret):
                if form and form in variant:
                    return name
    return None


def assert_clean(where: str, data: bytes | str, secrets: Iterable[str]) -> None:
    """Fails naming the place and the form; never prints the secret itself."""
    form = leak_in(data, secrets)
    assert form is None, f"secret leaked into {where} (as {form})"


# --- files ------------------------------------------------------------------------------------


def _is_bundle_env(path: Path, export_dirs: Iterable[Path]) -> bool:
    """A bundle's .env: `<export dir>/<bundle folder>/.env`, the one place the secret may be."""
    return path.name == ".env" and any(path.parent.parent == d for d in export_dirs)


def _is_bundle_zip(path: Path, export_dirs: Iterable[Path]) -> bool:
    return path.suffix == ".zip" and any(path.parent == d for d in export_dirs)


def _scan_archive(where: str, data: bytes, secrets: list[str], *, allow_env: bool) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            assert_clean(f"{where} member name {info.filename!r}", info.filename, secrets)
            if allow_env and info.filename.rsplit("/", 1)[-1] == ".env":
                continue
            member = archive.read(info)
            assert_clean(f"{where}!{info.filename}", member, secrets)
            _scan_nested(f"{where}!{info.filename}", member, secrets)


def _scan_nested(where: str, data: bytes, secrets: list[str]) -> None:
    """Open what hides bytes from a plain search: zip and gzip."""
    if data[:4] == b"PK\x03\x04":
        try:
            _scan_archive(where, data, secrets, allow_env=False)
        except zipfile.BadZipFile:
            pass
    elif data[:2] == b"\x1f\x8b":
        try:
            inner = gzip.decompress(data)
        except (OSError, EOFError):
            return
        assert_clean(f"{where} (gunzipped)", inner, secrets)


def scan_tree(
    root: Path, secrets: list[str], *, export_dirs: Iterable[Path] = ()
) -> dict[str, str]:
    """Check every file under `root`; returns {relative path: sha256} of what was read."""
    export_dirs = [Path(d) for d in export_dirs]
    seen: dict[str, str] = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        assert_clean(f"the file name {root.name}/{rel}", rel, secrets)
        if path.is_symlink() or not path.is_file():
            continue
        if _is_bundle_env(path, export_dirs):
            continue
        data = path.read_bytes()
        seen[rel] = hashlib.sha256(data).hexdigest()
        where = f"{root.name}/{rel}"
        if _is_bundle_zip(path, export_dirs):
            _scan_archive(where, data, secrets, allow_env=True)
            continue
        assert_clean(where, data, secrets)
        _scan_nested(where, data, secrets)
    return seen


# --- exceptions and log records ---------------------------------------------------------------


def exception_text(error: BaseException) -> str:
    """Everything an exception can say: message, detail, args, repr, attributes, its causes."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        parts += [str(current), repr(current), repr(current.args)]
        for name in ("message", "detail", "field", "data", "errors", "explanation"):
            parts.append(repr(getattr(current, name, None)))
        parts.append(repr(getattr(current, "__dict__", {})))
        parts += traceback.format_exception_only(type(current), current)
        current = current.__cause__ or current.__context__
    return "\n".join(parts)


def record_text(record: logging.LogRecord) -> str:
    parts = [str(record.msg), repr(record.args), record.getMessage()]
    if record.exc_info and record.exc_info[1] is not None:
        parts.append(logging.Formatter().formatException(record.exc_info))
        parts.append(exception_text(record.exc_info[1]))
    if record.exc_text:
        parts.append(record.exc_text)
    if record.stack_info:
        parts.append(record.stack_info)
    return "\n".join(parts)


@pytest.fixture
def made_errors(monkeypatch) -> list[WizardError]:
    """Every WizardError (ApplyError, XwmsError, PlanError, ...) made while the test runs."""
    made: list[WizardError] = []
    original = WizardError.__init__

    def recording(self, *args, **kwargs):
        original(self, *args, **kwargs)
        made.append(self)

    monkeypatch.setattr(WizardError, "__init__", recording)
    return made


# --- the audit: run, then check everything that run left, before the next run ----------------


@dataclass
class Check:
    label: str
    code: int
    files: dict[str, str]  # relative path under the test folder -> sha256, as checked
    records: int
    errors: int


@dataclass
class LeakAudit:
    """Runs `xwms-wizard` and checks each run's leftovers before anything else happens."""

    folder: Path  # the test's own folder: app data, exports, cwd and HOME are all in it
    app_data: Path
    keychain: object | None = None  # the in-memory keyring backend, when in-process
    export_dirs: list[Path] = field(default_factory=list)
    secrets: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)

    def learn_secrets(self) -> None:
        """Pick up every secret value now known: the keychain's and the bundles' .env."""
        items = getattr(self.keychain, "_items", {}) if self.keychain is not None else {}
        found = [
            value
            for (_service, key), value in items.items()
            if key.startswith(SECRET_KEYCHAIN_PREFIXES) and value
        ]
        for export in self.export_dirs:
            for env_file in export.glob("*/.env"):
                value = parse_env_file(env_file).get(SECRET_ENV_KEY)
                if value:
                    found.append(value)
        for value in found:
            if value not in self.secrets:
                self.secrets.append(value)

    def check(
        self,
        label: str,
        code: int,
        *,
        out: str,
        err: str,
        records: Sequence[logging.LogRecord] = (),
        errors: Sequence[BaseException] = (),
    ) -> None:
        assert self.events and self.events[-1] == f"ran {label}", self.events
        self.learn_secrets()
        assert self.secrets, (
            f"{label} (exit {code}): no secret value is known, the checks would prove nothing"
        )
        assert_clean(f"stdout of {label}", out, self.secrets)
        assert_clean(f"stderr of {label}", err, self.secrets)
        for record in records:
            assert_clean(
                f"a log record of {label} ({record.name})", record_text(record), self.secrets
            )
        for error in errors:
            assert_clean(
                f"the {type(error).__name__} made in {label}", exception_text(error), self.secrets
            )
        app_files = scan_tree(self.app_data, self.secrets, export_dirs=self.export_dirs)
        files = scan_tree(self.folder, self.secrets, export_dirs=self.export_dirs)
        assert len(files) >= len(app_files)
        self.checks.append(Check(label, code, files, len(records), len(errors)))
        self.events.append(f"checked {label}")

    def start(self, label: str) -> None:
        assert not self.events or self.events[-1].startswith("checked "), (
            f"{label} started before the previous run was checked: {self.events}"
        )
        self.events.append(f"ran {label}")

    def assert_each_run_checked_before_the_next(self, labels: list[str]) -> None:
        expected = [event for label in labels for event in (f"ran {label}", f"checked {label}")]
        assert self.events == expected


def journal_files(check: Check) -> dict[str, str]:
    return {path: digest for path, digest in check.files.items() if "/journals/" in f"/{path}"}


def _write_plan(path: Path, **replace: str) -> Path:
    text = EXAMPLE.read_text(encoding="utf-8")
    for old, new in replace.items():
        assert old in text, old
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")
    return path


# --- in-process: the real `main`, an in-memory keychain, every log record ---------------------


@pytest.fixture
def workdir(tmp_path, monkeypatch, app_data) -> Path:
    """cwd and HOME inside the test folder, so a stray file lands where it is scanned."""
    assert app_data.parent == tmp_path
    for name in ("cwd", "home"):
        (tmp_path / name).mkdir()
    monkeypatch.chdir(tmp_path / "cwd")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return tmp_path


def test_apply_runs_and_reruns_leak_the_secret_nowhere(
    workdir, app_data, memory_keyring, capsys, caplog, made_errors
):
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="xwms_wizard")
    audit = LeakAudit(folder=workdir, app_data=app_data, keychain=memory_keyring)
    plan = _write_plan(workdir / "plan.toml")
    login_off = _write_plan(
        workdir / "plan-login-off.toml", **{"allow_login = true": "allow_login = false"}
    )
    first_export, second_export = workdir / "export-1", workdir / "export-2"
    audit.export_dirs += [first_export, second_export]

    def run(label: str, *argv: str) -> tuple[int, str, str]:
        capsys.readouterr()
        caplog.clear()
        made_errors.clear()
        audit.start(label)
        code = main(list(argv))
        captured = capsys.readouterr()
        audit.check(
            label,
            code,
            out=captured.out,
            err=captured.err,
            records=list(caplog.records),
            errors=list(made_errors),
        )
        return code, captured.out, captured.err

    # 1. A new secret, exported into the bundle's .env.
    code, out, err = run(
        "run 1", "apply", str(plan), "--sandbox", "--export", str(first_export), "--include-secret"
    )
    assert code == 0, err
    (env_file,) = first_export.glob("*/.env")
    secret = parse_env_file(env_file)[SECRET_ENV_KEY]
    keychain_values = [
        v for (_, k), v in memory_keyring._items.items() if k.startswith("client-secret:")
    ]
    assert secret and keychain_values == [secret]
    assert len(secret) >= 24
    first = audit.checks[-1]
    assert first.records, "no log record was captured: the log check would prove nothing"
    assert journal_files(first), "run 1 left no journal to check"
    assert "sandbox.sqlite3" in " ".join(first.files), "run 1 left no sandbox database to check"

    # 2. The rerun with --debug: finds everything, the value comes from the keychain.
    code, out, err = run("run 2 (rerun, --debug)", "--debug", "apply", str(plan), "--sandbox")
    assert code == 0, err
    assert "nothing new was created" in out

    # 3. A rerun that fails after the secret exists: error text, detail under --debug.
    code, out, err = run("run 3 (fails, --debug)", "--debug", "apply", str(login_off), "--sandbox")
    assert code == 1, out + err
    assert "domain.allow_login" in err
    assert audit.checks[-1].errors, "the failing run made no error to check"

    # 4. Put right, exported again (zipped) with the secret from the keychain.
    code, out, err = run(
        "run 4 (export, zip, --debug)",
        "--debug",
        "apply",
        str(plan),
        "--sandbox",
        "--export",
        str(second_export),
        "--include-secret",
        "--zip",
    )
    assert code == 0, err
    (env_file,) = second_export.glob("*/.env")
    assert parse_env_file(env_file)[SECRET_ENV_KEY] == secret
    (archive,) = second_export.glob("*.zip")
    with zipfile.ZipFile(archive) as zipped:
        assert any(name.endswith("/HANDOFF.md") for name in zipped.namelist())

    labels = [check.label for check in audit.checks]
    audit.assert_each_run_checked_before_the_next(labels)
    # The reruns rewrote the journal: checking only at the end would have read other bytes.
    assert journal_files(audit.checks[0]) != journal_files(audit.checks[-1])


# --- a real process: --debug logging on stderr, no keychain -----------------------------------


def _child_env(folder: Path, app_data: Path) -> dict[str, str]:
    """The child imports the same xwms_wizard as this test (a mutated copy, say)."""
    package_root = str(Path(xwms_wizard.__file__).resolve().parents[1])
    pythonpath = os.pathsep.join(p for p in (package_root, os.environ.get("PYTHONPATH")) if p)
    return {
        **os.environ,
        "PYTHONPATH": pythonpath,
        "XWMS_WIZARD_DATA_DIR": str(app_data),
        "HOME": str(folder / "home"),
        "XDG_CONFIG_HOME": str(folder / "home" / ".config"),
        "XDG_CACHE_HOME": str(folder / "home" / ".cache"),
        # A headless computer: no keychain, so the secret lives in this run's memory only.
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "QT_QPA_PLATFORM": "offscreen",
    }


def test_a_real_process_with_debug_and_no_keychain_leaks_nothing(workdir, app_data):
    audit = LeakAudit(folder=workdir, app_data=app_data)
    plan = _write_plan(workdir / "plan.toml")
    export = workdir / "export"
    audit.export_dirs.append(export)
    env = _child_env(workdir, app_data)
    package = str(Path(xwms_wizard.__file__).resolve().parent)

    def run(label: str, *argv: str) -> subprocess.CompletedProcess[str]:
        audit.start(label)
        cmd = [sys.executable, "-c", _CHILD, package, *argv]
        done = subprocess.run(
            cmd, env=env, cwd=workdir / "cwd", capture_output=True, text=True, timeout=120
        )
        audit.check(label, done.returncode, out=done.stdout, err=done.stderr)
        return done

    done = run(
        "process run 1 (--debug, export)",
        "--debug",
        "apply",
        str(plan),
        "--sandbox",
        "--export",
        str(export),
        "--include-secret",
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "DEBUG " in done.stderr, "--debug logged nothing: the check would prove nothing"
    (env_file,) = export.glob("*/.env")
    assert parse_env_file(env_file)[SECRET_ENV_KEY] == audit.secrets[0]

    done = run("process run 2 (rerun, --debug)", "--debug", "apply", str(plan), "--sandbox")
    assert done.returncode == 0, done.stderr[-3000:]

    audit.assert_each_run_checked_before_the_next([check.label for check in audit.checks])


# Runs `xwms-wizard` after checking it imports the package this test imported.
_CHILD = """\
import sys
from pathlib import Path
import xwms_wizard
expected = sys.argv.pop(1)
if Path(xwms_wizard.__file__).resolve().parent != Path(expected):
    sys.exit(f"imported {xwms_wizard.__file__}, expected {expected}")
from xwms_wizard.cli import main
sys.exit(main(sys.argv[1:]))
"""


# --- the checks themselves can fail ------------------------------------------------------------


@pytest.mark.parametrize(
    "wrap",
    [
        lambda s: s,
        lambda s: f"prefix {s} suffix",
        lambda s: s.encode().hex(),
        lambda s: base64.b64encode(b"x" + s.encode()).decode(),
        lambda s: base64.urlsafe_b64encode(b"xy" + s.encode()).decode(),
        lambda s: s.replace("_", "\\_"),
        lambda s: s[5:30],
        lambda s: s[:30] + "\r\n " + s[30:],
    ],
    ids=["raw", "embedded", "hex", "base64", "base64url", "markdown", "fragment", "folded"],
)
def test_the_scanner_sees_every_form(wrap, tmp_path):
    secret = "xs_" + "Ab3_dE-fGh1" * 4
    assert leak_in(wrap(secret), [secret]) is not None
    assert leak_in(secret[-4:] + " hint only", [secret]) is None
    nested = tmp_path / "state" / "deep"
    nested.mkdir(parents=True)
    (nested / "blob.gz").write_bytes(gzip.compress(wrap(secret).encode()))
    with pytest.raises(AssertionError, match="secret leaked into"):
        scan_tree(tmp_path, [secret])


def test_the_scanner_allows_only_the_bundle_env(tmp_path):
    secret = "xs_" + "Q" * 40
    export = tmp_path / "export"
    bundle = export / "xwms-handoff-x"
    bundle.mkdir(parents=True)
    (bundle / ".env").write_text(f"{SECRET_ENV_KEY}='{secret}'\n")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xwms-handoff-x/.env", f"{SECRET_ENV_KEY}='{secret}'\n")
        archive.writestr("xwms-handoff-x/HANDOFF.md", "nothing to see")
    (export / "xwms-handoff-x.zip").write_bytes(buffer.getvalue())
    scan_tree(tmp_path, [secret], export_dirs=[export])  # the .env and its zipped copy: fine

    with zipfile.ZipFile(export / "xwms-handoff-x.zip", "a") as archive:
        archive.writestr("xwms-handoff-x/xwms-handoff.json", f'{{"s": "{secret}"}}')
    with pytest.raises(AssertionError, match="secret leaked into"):
        scan_tree(tmp_path, [secret], export_dirs=[export])
    (export / "xwms-handoff-x.zip").unlink()
    (tmp_path / ".env").write_text(secret)  # a .env outside a bundle is a stray copy
    with pytest.raises(AssertionError, match="secret leaked into"):
        scan_tree(tmp_path, [secret], export_dirs=[export])
