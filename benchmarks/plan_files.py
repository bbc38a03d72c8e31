"""How long the plan loader takes over hostile plan files, against the example plan in the same run.

    .venv/bin/python benchmarks/plan_files.py [--runs 5]

Builds each file in a temporary folder, loads it with core.plan.read_plan (what `apply` does before
anything else) and prints the median time, the outcome (loaded, or the first line of the problem)
and the ratio against loading examples/plan.toml. Nothing here asserts: it reports.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ROOT = Path(__file__).resolve().parents[1]
HEAD = '[client]\nname = "corner-shop"\n[domain]\nroot = "corner-shop.example"\n'

CASES = {
    "arrays nested 500 deep (1 KB)": HEAD + "[scopes]\nkeys = " + "[" * 500 + "]" * 500 + "\n",
    "inline tables nested 500 deep": HEAD + "x = " + "{a=" * 500 + "1" + "}" * 500 + "\n",
    "dotted key of 20,000 parts (40 KB)": HEAD + ".".join(["a"] * 20_000) + " = 1\n",
    "key of 50,000 characters": HEAD + "k" * 50_000 + " = 1\n",
    "60 KB of comments (under the cap)": HEAD + "# padding\n" * 6_000,
    "200 KB of comments": HEAD + "# padding\n" * 20_000,
    "10 MB file": HEAD + "# padding\n" * 1_000_000,
}


def load(path: Path) -> tuple[float, str]:
    from xwms_wizard.core.plan import PlanError, read_plan

    started = time.perf_counter()
    try:
        read_plan(path)
        outcome = "loaded"
    except PlanError as exc:
        outcome = exc.problems[0].message.split(";")[0]
    except RecursionError:
        outcome = "RecursionError (a crash)"
    return time.perf_counter() - started, outcome


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    baseline = statistics.median(load(ROOT / "examples" / "plan.toml")[0] for _ in range(args.runs))
    print(f"{'examples/plan.toml':38} {baseline * 1000:8.1f} ms  1.0x  loaded")
    with tempfile.TemporaryDirectory() as folder:
        for name, text in CASES.items():
            path = Path(folder) / "plan.toml"
            path.write_text(text, encoding="utf-8")
            times, outcome = [], ""
            for _ in range(args.runs):
                seconds, outcome = load(path)
                times.append(seconds)
            median = statistics.median(times)
            print(f"{name:38} {median * 1000:8.1f} ms  {median / baseline:4.1f}x  {outcome[:70]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
