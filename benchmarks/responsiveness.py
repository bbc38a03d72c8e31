"""The longest stall of the Qt event loop while a whole apply runs against a slow sandbox.

A timer probe ticks every 5 ms on the qasync loop; a stall is the gap between
two ticks minus the interval. The same probe first runs with the loop idle
(the baseline, in the same process), then during an apply through the
wizard's own session against a sandbox answering every request after
`--latency-ms` (default 1000). A frozen window would show as a stall as long
as a request; a responsive one stays near the idle figure.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/responsiveness.py
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import sys
import tempfile
import time

INTERVAL_MS = 5


class StallProbe:
    """Records the largest gap between timer ticks beyond the interval."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self._tick)
        self.longest = 0.0
        self.ticks = 0
        self._last = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        if self._last:
            self.longest = max(self.longest, now - self._last - INTERVAL_MS / 1000)
        self._last = now
        self.ticks += 1

    def start(self) -> None:
        self.longest, self.ticks, self._last = 0.0, 0, 0.0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.longest


async def measure(latency_ms: int, idle_seconds: float) -> tuple[float, float, float, int]:
    from xwms_wizard.core.models import (
        ClientChoice,
        DomainChoice,
        ScopesChoice,
        SecretChoice,
        SetupPlan,
    )
    from xwms_wizard.core.session import WizardSession
    from xwms_wizard.practice import SandboxProcess
    from xwms_wizard.secrets import MemoryKeyring, SecretStore

    sandbox = SandboxProcess(db=":memory:", latency_ms=latency_ms)
    await sandbox.start_async()
    session = WizardSession(sandbox_url=sandbox.api_url, secrets=SecretStore(MemoryKeyring()))
    probe = StallProbe()
    try:
        await session.start_practice()
        probe.start()
        await asyncio.sleep(idle_seconds)
        idle = probe.stop()

        plan = SetupPlan(
            client=ClientChoice("bench-shop"),
            domain=DomainChoice(root="bench-shop.example"),
            scopes=ScopesChoice(["profile"]),
            secret=SecretChoice(label="bench", expires=dt.date.today() + dt.timedelta(days=90)),
        )
        probe.start()
        started = time.perf_counter()
        await session.apply(plan)
        elapsed = time.perf_counter() - started
        busy = probe.stop()
        return idle, busy, elapsed, probe.ticks
    finally:
        await session.close()
        sandbox.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency-ms", type=int, default=1000)
    parser.add_argument("--idle-seconds", type=float, default=3.0)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("XWMS_WIZARD_DATA_DIR", tempfile.mkdtemp(prefix="xwms-bench-"))

    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
        idle, busy, elapsed, ticks = runner.run(measure(args.latency_ms, args.idle_seconds))
    print(f"sandbox latency per request: {args.latency_ms} ms; apply took {elapsed:.1f} s")
    print(f"longest event-loop stall, idle (baseline): {idle * 1000:6.1f} ms")
    print(f"longest event-loop stall, during apply:    {busy * 1000:6.1f} ms ({ticks} probe ticks)")
    print(f"ratio (apply / idle): {busy / idle:.2f}x" if idle else "ratio: idle stall was 0")
    return 0


if __name__ == "__main__":
    sys.exit(main())
