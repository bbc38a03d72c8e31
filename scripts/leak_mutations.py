"""Prove the secret-leak tests can fail: plant each leak in a copy of the code and run them.

How to run it (from the repository root; about a minute or two):

    .venv/bin/python scripts/leak_mutations.py             # every mutation, then a table
    .venv/bin/python scripts/leak_mutations.py -k bundle   # only mutations whose name has "bundle"
    .venv/bin/python scripts/leak_mutations.py --list      # what each one plants, and where
    .venv/bin/python scripts/leak_mutations.py --keep      # keep the temporary copies to inspect
    .venv/bin/python scripts/leak_mutations.py -v          # list every leak the tests reported

Exit 0: the unmutated copy passes and every mutation is caught. Exit 1: a mutation was
MISSED, a run failed for a reason other than a detected leak, or the unmutated copy failed.
Exit 2: "anchor not found: ...": the code a mutation hooks into moved; update the mutation.

How it works. The working tree (tracked plus untracked, non-ignored files) is copied once to
a temporary folder; each mutation gets its own copy of that snapshot, with a few lines
injected at the start (or end) of a named function, found with `ast` (not by line numbers,
so edits elsewhere in the file do not matter). The injected code gets the secret from where
a real bug would have it: `result.secret_value`, a parameter, or the keychain backend of the
process (`xwms_wizard/_leakprobe.py`, written into the copy). The leak tests then run in the
copy with this repository's .venv python and `PYTHONPATH=<copy>`; the child checks that
`xwms_wizard.__file__` lies in the copy before it starts pytest. A mutation counts as caught
only when tests/test_secret_leaks.py fails with its own "secret leaked into ..." message.
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
VENV_PYTHON = REPO / ".venv" / "bin" / "python"
LEAK_TESTS = "tests/test_secret_leaks.py"
# The older leak tests run too; their failures are shown, but only LEAK_TESTS decides "caught".
OTHER_LEAK_TESTS = [
    "tests/test_secrets.py",
    "tests/core/test_apply.py::test_no_secret_in_journal_logs_events_or_errors",
    "tests/core/test_apply.py::test_missing_keychain_still_completes_and_keeps_the_secret_in_memory",
    "tests/test_cli.py::test_export_then_verify_the_bundle",
    "tests/xwms/test_xwms_secret_hygiene.py",
    "tests/sandbox/test_sandbox_secret_hygiene.py",
]
LEAK_MESSAGE = re.compile(r"secret leaked into ([^{}\n]+?\(as [^)]*\))")
WRONG_PACKAGE = 99

# Written into each mutated copy: where the injected code finds the secret of this process.
PROBE = '''\
"""Planted by scripts/leak_mutations.py (never in the real package): the secret this process knows."""

import gc


def secret():
    """The client secret in the keychain backend, else in a SecretStore's in-memory fallback."""
    import keyring

    from xwms_wizard.secrets import MemoryKeyring

    backend = keyring.get_keyring()
    backends = [backend]
    if not isinstance(backend, MemoryKeyring):  # no keychain: the SecretStore keeps it in memory
        backends += [o for o in gc.get_objects() if isinstance(o, MemoryKeyring)]
    for candidate in backends:
        items = getattr(candidate, "_items", None)
        if isinstance(items, dict):
            for (_service, key), value in list(items.items()):
                if key.startswith("client-secret:") and value:
                    return value
    return None
'''


class AnchorNotFound(Exception):
    pass


@dataclass
class Patch:
    file: str  # relative to the repository root
    function: str  # "name" or "Class.name"
    code: str
    where: str = "start"  # "start": first statement (after a docstring); "end": after the last


@dataclass
class Mutation:
    name: str
    description: str
    patches: list[Patch]
    tests: list[str] = field(default_factory=lambda: [LEAK_TESTS, *OTHER_LEAK_TESTS])


MUTATIONS = [
    Mutation(
        "journal-field",
        "the secret in the journal's last_error until verify is recorded (a rerun clears it)",
        [
            Patch(
                "xwms_wizard/core/journal.py",
                "Journal.save",
                """
                from xwms_wizard import _leakprobe
                _leak = _leakprobe.secret()
                if _leak and "verify" not in self.steps:
                    self.last_error = {"step": "secret", "message": "made " + _leak}
                """,
            )
        ],
    ),
    Mutation(
        "summary-stdout",
        "the new secret printed in the apply summary (first run only)",
        [
            Patch(
                "xwms_wizard/cli/apply.py",
                "print_summary",
                """
                if result.secret_is_new and result.secret_value:
                    print("  Secret value:  " + result.secret_value, file=out)
                """,
            )
        ],
    ),
    Mutation(
        "debug-only-stderr",
        "the secret printed to stderr only under --debug",
        [
            Patch(
                "xwms_wizard/cli/apply.py",
                "run_apply",
                """
                global _LEAK_DEBUG
                _LEAK_DEBUG = bool(getattr(args, "debug", False))
                """,
            ),
            Patch(
                "xwms_wizard/cli/apply.py",
                "print_summary",
                """
                if globals().get("_LEAK_DEBUG"):
                    from xwms_wizard import _leakprobe
                    _leak = result.secret_value or _leakprobe.secret()
                    if _leak:
                        print("debug: client secret " + _leak, file=sys.stderr)
                """,
            ),
        ],
    ),
    Mutation(
        "debug-log",
        "the secret logged at DEBUG level when it is saved to the keychain",
        [
            Patch(
                "xwms_wizard/secrets.py",
                "SecretStore.save_client_secret",
                """
                import logging as _logging
                _logging.getLogger("xwms_wizard.secrets").debug(
                    "Saving client secret %s for %s", value, client_id
                )
                """,
            )
        ],
    ),
    Mutation(
        "stray-file-raw",
        "the secret written to a stray file in a subfolder of the app-data folder",
        [
            Patch(
                "xwms_wizard/core/journal.py",
                "Journal.save",
                """
                from xwms_wizard import _leakprobe
                _leak = _leakprobe.secret()
                if _leak:
                    _where = paths.app_data_dir() / "debug" / "last-run.txt"
                    _where.parent.mkdir(parents=True, exist_ok=True)
                    _where.write_text("secret=" + _leak + "\\n", encoding="utf-8")
                """,
            )
        ],
    ),
    Mutation(
        "stray-file-base64",
        "the secret written base64-encoded (at an odd offset) to a cache file in app data",
        [
            Patch(
                "xwms_wizard/cli/apply.py",
                "print_summary",
                """
                from xwms_wizard import _leakprobe
                from xwms_wizard import paths as _paths
                import base64 as _base64
                _leak = result.secret_value or _leakprobe.secret()
                if _leak:
                    _where = _paths.app_data_dir() / "cache" / "state.bin"
                    _where.parent.mkdir(parents=True, exist_ok=True)
                    _where.write_bytes(_base64.b64encode(b"v1:" + _leak.encode()))
                """,
            )
        ],
    ),
    Mutation(
        "sandbox-db-plaintext",
        "the practice sandbox stores the secret itself instead of its digest (sandbox.sqlite3)",
        [Patch("xwms_wizard/sandbox/store.py", "secret_digest", "return value")],
    ),
    Mutation(
        "exception-detail",
        "the secret in ApplyError.detail (shown only under --debug)",
        [
            Patch(
                "xwms_wizard/core/apply.py",
                "ApplyError.__init__",
                """
                from xwms_wizard import _leakprobe
                _leak = _leakprobe.secret()
                if _leak:
                    self.detail = self.detail + "\\nclient_secret: " + _leak
                """,
                where="end",
            )
        ],
    ),
    Mutation(
        "exception-args",
        "the secret in an ApplyError's args only (never printed, seen by repr/args)",
        [
            Patch(
                "xwms_wizard/core/apply.py",
                "ApplyError.__init__",
                """
                from xwms_wizard import _leakprobe
                _leak = _leakprobe.secret()
                if _leak:
                    self.args = (*self.args, {"secret": _leak})
                """,
                where="end",
            )
        ],
    ),
    Mutation(
        "bundle-json",
        "the secret written into the bundle's xwms-handoff.json",
        [
            Patch(
                "xwms_wizard/handoff/bundle.py",
                "_json_bytes",
                """
                from xwms_wizard import _leakprobe
                _leak = _leakprobe.secret()
                if _leak and isinstance(document, dict) and "generator" in document:
                    document = {**document, "client_secret": _leak}
                """,
            )
        ],
    ),
    Mutation(
        "bundle-handoff-md",
        "the secret written into HANDOFF.md (Markdown-escaped, next to the secret's label)",
        [
            Patch(
                "xwms_wizard/handoff/bundle.py",
                "render_handoff_markdown",
                """
                import dataclasses as _dataclasses
                from xwms_wizard import _leakprobe
                _leak = _leakprobe.secret()
                if _leak:
                    facts = _dataclasses.replace(
                        facts, secret_label=(facts.secret_label or "key") + " " + _leak
                    )
                """,
            )
        ],
    ),
    Mutation(
        "bundle-stray-file",
        "write_bundle leaves a copy of the secret next to the bundle in the export folder",
        [
            Patch(
                "xwms_wizard/handoff/bundle.py",
                "write_bundle",
                """
                if secret:
                    Path(dest_dir).mkdir(parents=True, exist_ok=True)
                    (Path(dest_dir) / ".last-secret").write_text(secret, encoding="utf-8")
                """,
            )
        ],
    ),
]


# --- copying and patching ------------------------------------------------------------------


def _git_files(repo: Path) -> list[str] | None:
    try:
        listed = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=repo,
            capture_output=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    return sorted({name for name in listed.decode("utf-8", "surrogateescape").split("\0") if name})


def snapshot(repo: Path, dest: Path) -> int:
    """Copy the working tree (tracked and untracked, not ignored) to `dest`; returns the count."""
    names = _git_files(repo)
    if names is None:
        ignore = shutil.ignore_patterns(
            ".venv", ".git", "__pycache__", "*.egg-info", "node_modules", ".hypothesis"
        )
        shutil.copytree(repo, dest, ignore=ignore, symlinks=True)
        return sum(1 for p in dest.rglob("*") if p.is_file())
    count = 0
    for name in names:
        source = repo / name
        if not source.is_file():  # deleted in the working tree, or a submodule
            continue
        target = dest / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
        count += 1
    return count


def _find_function(tree: ast.Module, qualname: str) -> ast.FunctionDef | ast.AsyncFunctionDef:
    *owners, name = qualname.split(".")
    body: list[ast.stmt] = tree.body
    for owner in owners:
        found = [n for n in body if isinstance(n, ast.ClassDef) and n.name == owner]
        if not found:
            raise AnchorNotFound(f"class {owner}")
        body = found[0].body
    for node in body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == name:
            return node
    raise AnchorNotFound(f"def {qualname}")


def inject(source: str, patch: Patch) -> str:
    """`source` with `patch.code` as the first (or last) statements of `patch.function`."""
    tree = ast.parse(source)
    try:
        function = _find_function(tree, patch.function)
    except AnchorNotFound as exc:
        raise AnchorNotFound(f"anchor not found: {patch.file}: {exc}") from None
    body = function.body
    first = body[0]
    if first.lineno == function.lineno:
        raise AnchorNotFound(f"anchor not found: {patch.file}: {patch.function} is a one-liner")
    lines = source.splitlines(keepends=True)
    indent = " " * first.col_offset
    if patch.where == "start":
        is_docstring = (
            isinstance(first, ast.Expr)
            and isinstance(first.value, ast.Constant)
            and isinstance(first.value.value, str)
        )
        at = first.end_lineno if is_docstring else first.lineno - 1
    elif patch.where == "end":
        last = body[-1]
        if isinstance(last, ast.Return | ast.Raise):
            raise AnchorNotFound(
                f"anchor not found: {patch.file}: {patch.function} ends in a return, not usable "
                "for an injection at its end"
            )
        at = last.end_lineno
    else:
        raise ValueError(patch.where)
    assert at is not None
    code = textwrap.indent(textwrap.dedent(patch.code).strip("\n") + "\n", indent)
    marker = f"{indent}# --- planted by scripts/leak_mutations.py ---\n"
    return "".join(lines[:at]) + marker + code + "".join(lines[at:])


def plant(copy: Path, mutation: Mutation) -> None:
    for patch in mutation.patches:
        path = copy / patch.file
        if not path.is_file():
            raise AnchorNotFound(f"anchor not found: {patch.file} (no such file)")
        patched = inject(path.read_text(encoding="utf-8"), patch)
        try:
            compile(patched, str(path), "exec")
        except SyntaxError as exc:
            raise AnchorNotFound(
                f"the patch for {patch.file}: {patch.function} breaks it: {exc}"
            ) from None
        path.write_text(patched, encoding="utf-8")


# --- running the tests in a copy --------------------------------------------------------------

# The child makes sure it imports the copy's package (not the editable install), then runs pytest.
CHILD = f"""\
import sys
from pathlib import Path
copy = Path(sys.argv[1]).resolve()
import xwms_wizard
where = Path(xwms_wizard.__file__).resolve()
print("xwms_wizard imported from", where, flush=True)
if copy not in where.parents:
    print("WRONG PACKAGE: expected one under", copy, flush=True)
    sys.exit({WRONG_PACKAGE})
import pytest
sys.exit(pytest.main(sys.argv[2:]))
"""


@dataclass
class Outcome:
    name: str
    verdict: str
    seconds: float
    leaks: list[str]  # the "secret leaked into ..." messages of LEAK_TESTS
    failed: list[str]  # every failed or erroring test id
    output: str


def present(copy: Path, tests: list[str]) -> list[str]:
    """The test ids that exist in `copy` (an older leak test renamed by someone is skipped)."""
    kept = []
    for test in tests:
        file, _, name = test.partition("::")
        path = copy / file
        if path.is_file() and (not name or f"def {name}(" in path.read_text(encoding="utf-8")):
            kept.append(test)
        else:
            print(f"  (skipping {test}: not in this tree)", flush=True)
    return kept


def run_tests(copy: Path, tests: list[str], timeout: float) -> tuple[int, str, Path]:
    env = {
        **os.environ,
        "PYTHONPATH": str(copy),
        "PYTHONDONTWRITEBYTECODE": "1",
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.pop("XWMS_WIZARD_DATA_DIR", None)  # each test sets its own (tests/conftest.py)
    report = copy.parent / f"{copy.name}.junit.xml"
    cmd = [str(VENV_PYTHON), "-c", CHILD, str(copy), "-q", "-rfE", "--no-header"]
    cmd += [f"--junitxml={report}", "-o", "junit_family=xunit1", *tests]
    try:
        done = subprocess.run(
            cmd, cwd=copy, env=env, capture_output=True, text=True, timeout=timeout
        )
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout or ""
        if isinstance(out, bytes):
            out = out.decode("utf-8", "replace")
        return -1, out + f"\nTIMEOUT after {timeout:.0f} s", report
    return done.returncode, done.stdout + done.stderr, report


def outcomes(report: Path) -> dict[str, tuple[str, str]]:
    """{test id: (passed|failed|error|skipped, failure text)} from pytest's JUnit XML."""
    if not report.is_file():
        return {}
    found = {}
    for case in ET.parse(report).getroot().iter("testcase"):
        file = case.get("file") or case.get("classname", "").replace(".", "/") + ".py"
        test_id = f"{file}::{case.get('name')}"
        state, text = "passed", ""
        for child in case:
            if child.tag in ("failure", "error", "skipped"):
                state = {"failure": "failed"}.get(child.tag, child.tag)
                text = (child.get("message") or "") + "\n" + (child.text or "")
                break
        found[test_id] = (state, text)
    return found


def judge(name: str, code: int, output: str, report: Path, seconds: float, *, mutated: bool):
    results = outcomes(report)
    failed = [t for t, (state, _) in results.items() if state in ("failed", "error")]
    ours = {t: r for t, r in results.items() if t.startswith(LEAK_TESTS)}
    leaks = sorted(
        {
            m
            for state, text in ours.values()
            if state == "failed"
            for m in LEAK_MESSAGE.findall(text)
        }
    )
    if code == WRONG_PACKAGE or "WRONG PACKAGE" in output:
        verdict = "ERROR: wrong package"
    elif code == -1:
        verdict = "ERROR: timeout"
    elif not ours:
        verdict = "ERROR: the leak tests did not run"
    elif not mutated:
        verdict = "pass" if code == 0 and not failed else "FAIL"
    elif code == 0 and not failed:
        verdict = "MISSED"
    elif leaks:
        verdict = "caught"
    else:
        verdict = "FAILED, not by a leak check"
    return Outcome(name, verdict, seconds, leaks, failed, output)


def run_one(base: Path, work: Path, mutation: Mutation | None, timeout: float) -> Outcome:
    name = mutation.name if mutation else "(unmutated)"
    copy = work / name.strip("()")
    shutil.copytree(base, copy, symlinks=True)
    (copy / "xwms_wizard" / "_leakprobe.py").write_text(PROBE, encoding="utf-8")
    tests = present(copy, mutation.tests if mutation else [LEAK_TESTS, *OTHER_LEAK_TESTS])
    if mutation:
        plant(copy, mutation)
    started = time.monotonic()
    code, output, report = run_tests(copy, tests, timeout)
    seconds = time.monotonic() - started
    return judge(name, code, output, report, seconds, mutated=mutation is not None)


def table(rows: list[Outcome], mutations: dict[str, Mutation]) -> str:
    header = ("mutation", "planted in", "result", "new/old", "time", "first leak reported")
    lines = []
    for row in rows:
        mutation = mutations.get(row.name)
        where = (
            ", ".join(sorted({f"{p.file.split('/')[-1]}:{p.function}" for p in mutation.patches}))
            if mutation
            else "-"
        )
        new = sum(1 for f in row.failed if f.startswith(LEAK_TESTS))
        failed = f"{new}/{len(row.failed) - new}"
        if row.leaks:
            note = row.leaks[0] + (f" (+{len(row.leaks) - 1} more)" if len(row.leaks) > 1 else "")
        else:
            note = ", ".join(f.split("::")[-1] for f in row.failed[:2])
        lines.append((row.name, where, row.verdict, failed, f"{row.seconds:.0f}s", note))
    widths = [max(len(str(r[i])) for r in [header, *lines]) for i in range(5)]

    def fmt(r):
        return "  ".join(str(r[i]).ljust(widths[i]) for i in range(5)) + "  " + r[5]

    rule = "  ".join("-" * w for w in widths) + "  " + "-" * 34
    legend = (
        "new/old: failed tests in tests/test_secret_leaks.py / in the older leak tests; "
        "'caught' needs a 'secret leaked into' failure of the new ones"
    )
    return "\n".join([fmt(header), rule, *(fmt(r) for r in lines), "", legend])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-k", dest="only", help="only mutations whose name contains this")
    parser.add_argument("--list", action="store_true", help="list the mutations and exit")
    parser.add_argument("--jobs", type=int, default=3, help="test runs at the same time (3)")
    parser.add_argument("--timeout", type=float, default=300, help="seconds per test run (300)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary copies")
    parser.add_argument("-v", "--verbose", action="store_true", help="every leak each run saw")
    args = parser.parse_args(argv)

    chosen = [m for m in MUTATIONS if not args.only or args.only in m.name]
    if args.list:
        for m in MUTATIONS:
            places = ", ".join(f"{p.file}: {p.function} ({p.where})" for p in m.patches)
            print(f"{m.name:22} {m.description}\n{'':22} in {places}")
        return 0
    if not chosen:
        print(f"no mutation matches {args.only!r}", file=sys.stderr)
        return 2
    if not VENV_PYTHON.exists():
        print(f"no virtual environment at {VENV_PYTHON}", file=sys.stderr)
        return 2

    work = Path(tempfile.mkdtemp(prefix="xwms-leak-mutations-"))
    try:
        base = work / "snapshot"
        count = snapshot(REPO, base)
        print(f"Copied {count} files of {REPO} to {base}", flush=True)
        # Every anchor first: a moved function stops the run before any test starts.
        for mutation in chosen:
            probe_copy = work / "anchors"
            for patch in mutation.patches:
                target = probe_copy / patch.file
                if not target.exists():
                    target.parent.mkdir(parents=True, exist_ok=True)
                    source = base / patch.file
                    if not source.is_file():
                        raise AnchorNotFound(f"anchor not found: {patch.file} (no such file)")
                    shutil.copy2(source, target)
            plant(probe_copy, mutation)
            shutil.rmtree(probe_copy)
        print(
            f"Running the leak tests unmutated and with {len(chosen)} mutation(s), "
            f"{args.jobs} at a time...",
            flush=True,
        )
        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            futures = [pool.submit(run_one, base, work, None, args.timeout)]
            futures += [pool.submit(run_one, base, work, m, args.timeout) for m in chosen]
            rows = []
            for future in futures:
                row = future.result()
                rows.append(row)
                print(f"  {row.name}: {row.verdict} ({row.seconds:.0f} s)", flush=True)
    except AnchorNotFound as exc:
        print(str(exc), file=sys.stderr)
        return 2
    finally:
        if args.keep:
            print(f"Copies kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)

    print()
    print(table(rows, {m.name: m for m in chosen}))
    if args.verbose:
        for row in rows:
            for leak in row.leaks:
                print(f"  {row.name}: secret leaked into {leak}")
    baseline, mutated = rows[0], rows[1:]
    problems = []
    if baseline.verdict != "pass":
        problems.append(baseline)
        print("\nThe unmutated copy did not pass: the results below mean nothing until it does.")
    missed = [r for r in mutated if r.verdict != "caught"]
    problems += missed
    for row in problems:
        print(f"\n--- {row.name}: {row.verdict}; the end of its output ---")
        print("\n".join(row.output.splitlines()[-40:]))
    caught = len(mutated) - len(missed)
    print(f"\n{caught} of {len(mutated)} planted leaks caught; unmutated copy: {baseline.verdict}.")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
