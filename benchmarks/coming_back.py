"""What coming back to a setup costs: Review's look at the server and an unchanged rerun, against
the first apply, measured in the same run on the same practice sandbox (in-process, with a fixed
latency per answer so the number of round trips shows).

    .venv/bin/python benchmarks/coming_back.py [--latency-ms 20] [--runs 5]

Prints, for each phase, the median wall time and the requests it sent, and the ratio against the
first apply. Nothing here asserts: it reports.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

API = "http://sandbox.bench/api/"


class Counting(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.requests = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        return await self.inner.handle_async_request(request)


async def one_round(latency_ms: int, index: int) -> dict[str, tuple[float, int]]:
    import keyring

    from xwms_wizard.core.apply import Applier
    from xwms_wizard.core.models import ClientChoice, DomainChoice, ScopesChoice, SetupPlan
    from xwms_wizard.sandbox.app import create_app
    from xwms_wizard.secrets import MemoryKeyring, SecretStore
    from xwms_wizard.xwms import XwmsClient

    keyring.set_keyring(MemoryKeyring())
    app = create_app(":memory:", latency_ms=latency_ms)
    transport = Counting(httpx.ASGITransport(app=app, client=("127.0.0.1", 50000)))
    store = SecretStore()
    plan = SetupPlan(
        client=ClientChoice(f"bench-shop-{index}"),
        domain=DomainChoice(root=f"bench-{index}.example"),
        scopes=ScopesChoice(["profile"]),
    )
    timings: dict[str, tuple[float, int]] = {}
    async with XwmsClient(API, transport=transport, retries=0) as client:
        await client.login("owner@example.com", "practice")

        async def measure(name: str, work) -> None:
            before, start = transport.requests, time.perf_counter()
            await work()
            timings[name] = (time.perf_counter() - start, transport.requests - before)

        await measure("first apply", lambda: Applier(client, plan, secrets=store).run())
        await measure("Review's look", lambda: Applier(client, plan, secrets=store).preview())
        await measure("unchanged rerun", lambda: Applier(client, plan, secrets=store).run())
    return timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency-ms", type=int, default=20)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    os.environ.setdefault("XWMS_WIZARD_DATA_DIR", tempfile.mkdtemp(prefix="xwms-bench-"))
    rounds = [asyncio.run(one_round(args.latency_ms, i)) for i in range(args.runs)]
    base = statistics.median(r["first apply"][0] for r in rounds)
    print(f"latency {args.latency_ms} ms per answer, {args.runs} runs, medians:")
    for name in rounds[0]:
        seconds = statistics.median(r[name][0] for r in rounds)
        requests = rounds[0][name][1]
        print(f"  {name:<16} {seconds * 1000:7.0f} ms  {requests:3d} requests  "
              f"ratio {seconds / base:4.2f} x first apply")
    return 0


if __name__ == "__main__":
    sys.exit(main())
