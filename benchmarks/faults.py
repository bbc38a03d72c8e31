"""How often `xwms-wizard apply --server URL --export DIR` completes against a sandbox that fails a
share of its API requests (half a 503, half a dropped answer after the work is done).

    .venv/bin/python benchmarks/faults.py [--seeds 20] [--first-seed 1] [--fault-rate 0.3]
                                          [--plan examples/plan.toml] [--no-export]

Each seed gets a fresh sandbox process (`xwms-wizard sandbox --fault-rate P --seed N`), a fresh
app-data folder and an in-memory keyring; `apply` runs in this process through the command line's
own `main()`. After the run a calm sandbox on the same database counts what exists: exactly one
client, domain, callback URL and active linked key, or the run made a duplicate.

Prints one line per seed (exit code, seconds, the error lines if any) and the totals:
completions, duplicates, and error lines that name no step. Nothing here asserts: it reports.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import io
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ROOT = Path(__file__).resolve().parents[1]


async def _census(api_url: str) -> tuple[int, int, int, int]:
    """(clients, domains, callback URLs, active linked keys) the demo account holds."""
    from xwms_wizard.xwms import XwmsClient

    async with XwmsClient(api_url) as client:
        await client.login("owner@example.com", "practice")
        clients = await client.list_clients()
        domains = urls = linked = 0
        for made in clients:
            active = {s.id for s in await client.list_secrets(made.id) if not s.revoked}
            for domain in await client.list_domains(made.id):
                domains += 1
                urls += sum(u.kind == "callback" for u in await client.list_urls(domain.id))
                links = await client.list_secret_links(domain.id)
                linked += sum(link.secret in active for link in links)
        return len(clients), domains, urls, linked


def one_seed(seed: int, rate: float, plan: Path, export: bool) -> dict:
    import keyring

    from xwms_wizard.cli import main
    from xwms_wizard.practice import SandboxProcess
    from xwms_wizard.secrets import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    with tempfile.TemporaryDirectory(prefix="xwms-faults-") as folder:
        os.environ["XWMS_WIZARD_DATA_DIR"] = str(Path(folder) / "app-data")
        db = str(Path(folder) / "faulty.sqlite3")
        argv = ["apply", str(plan)]
        if export:
            argv += ["--export", str(Path(folder) / "handoff"), "--include-secret"]
        out, err = io.StringIO(), io.StringIO()
        with SandboxProcess(db=db, fault_rate=rate, seed=seed) as sandbox:
            started = time.perf_counter()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = main([*argv, "--server", sandbox.base_url])
            seconds = time.perf_counter() - started
        with SandboxProcess(db=db) as calm:
            counts = asyncio.run(_census(calm.api_url))
    errors = [line for line in err.getvalue().splitlines() if line.strip()]
    return {"seed": seed, "code": code, "seconds": seconds, "counts": counts, "errors": errors}


def _names_a_step(line: str) -> bool:
    return line.startswith("Stopped at '")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=20)
    parser.add_argument("--first-seed", type=int, default=1)
    parser.add_argument("--fault-rate", type=float, default=0.3)
    parser.add_argument("--plan", type=Path, default=ROOT / "examples" / "plan.toml")
    parser.add_argument("--no-export", action="store_true")
    args = parser.parse_args()
    os.environ["LC_ALL"] = "C.UTF-8"
    os.environ["LANGUAGE"] = "en"
    results = []
    for seed in range(args.first_seed, args.first_seed + args.seeds):
        result = one_seed(seed, args.fault_rate, args.plan, not args.no_export)
        results.append(result)
        status = "ok" if result["code"] == 0 else f"exit {result['code']}"
        print(f"seed {seed:3}: {status:7} {result['seconds']:6.1f} s  census {result['counts']}",
              flush=True)
        if result["code"] != 0:
            for line in result["errors"]:
                print(f"          {line}", flush=True)
    completed = sum(r["code"] == 0 for r in results)
    duplicates = sum(any(n > 1 for n in r["counts"]) for r in results)
    unnamed = sum(
        1 for r in results if r["code"] != 0 and not any(_names_a_step(x) for x in r["errors"])
    )
    print(
        f"\nfault rate {args.fault_rate:.0%}, {len(results)} seeds: {completed}/{len(results)} "
        f"completed, {duplicates} with a duplicate, {unnamed} failed without naming a step"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
