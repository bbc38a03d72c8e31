"""Start-up time and peak memory of the wizard against a bare PySide6 QWizard, started the same way.

Each run is a fresh process: the parent notes the wall clock just before it
starts the child, and the child prints the elapsed time and its peak memory
when the first page has painted, then exits. The baseline child builds a
bare QWizard with one page; both pay for the interpreter and Qt the same way,
so the ratio is what the wizard itself adds.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

PROBE = """
import os, sys, time
T0 = float(os.environ["BENCH_T0"])
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

def peak_kib():
    import resource
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # macOS counts bytes

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj.objectName() == "welcomePage":
            print(f"RESULT {time.time() - T0:.4f} {peak_kib()}", flush=True)
            os._exit(0)
        return False

app = QApplication(sys.argv[:1])
probe = FirstPaint()
app.installEventFilter(probe)
"""

WIZARD = (
    PROBE
    + """
from xwms_wizard.gui.app import main
main([])
"""
)

BASELINE = (
    PROBE
    + """
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizard, QWizardPage
wizard = QWizard()
page = QWizardPage()
page.setObjectName("welcomePage")
page.setTitle("Welcome")
QVBoxLayout(page).addWidget(QLabel("A bare QWizard page."))
wizard.addPage(page)
wizard.show()
app.exec()
"""
)


def run_once(code: str, data_dir: str) -> tuple[float, int]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "XWMS_WIZARD_DATA_DIR": data_dir,
    }
    env["BENCH_T0"] = repr(time.time())
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    for line in done.stdout.splitlines():
        if line.startswith("RESULT "):
            seconds, kib = line.split()[1:]
            return float(seconds), int(kib)
    raise SystemExit(f"the child printed no result:\n{done.stdout}\n{done.stderr}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    results: dict[str, list[tuple[float, int]]] = {"wizard": [], "baseline": []}
    with tempfile.TemporaryDirectory() as data_dir:
        run_once(BASELINE, data_dir)  # warm the file cache once, for both
        for _ in range(args.runs):  # alternate, so drift hits both alike
            results["baseline"].append(run_once(BASELINE, data_dir))
            results["wizard"].append(run_once(WIZARD, data_dir))
    medians = {
        name: (statistics.median(t for t, _ in runs), statistics.median(m for _, m in runs))
        for name, runs in results.items()
    }
    (w_time, w_mem), (b_time, b_mem) = medians["wizard"], medians["baseline"]
    print(f"runs each: {args.runs} (median)")
    print(
        f"bare QWizard:  first page painted after {b_time * 1000:7.0f} ms, peak {b_mem / 1024:6.1f} MiB"
    )
    print(
        f"xwms-wizard:   first page painted after {w_time * 1000:7.0f} ms, peak {w_mem / 1024:6.1f} MiB"
    )
    print(f"ratio (wizard / bare): time {w_time / b_time:.2f}x, memory {w_mem / b_mem:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
