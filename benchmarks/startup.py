"""Start-up of the wizard against a bare 9-page PySide6 QWizard, started the same way.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/startup.py --runs 9

Every run is a fresh `python -c` child. The parent notes the wall clock just
before it starts the child (BENCH_T0); the child measures against that stamp:

- first paint: the first Paint event of the first page (an event filter on that
  page object only, the wizard's "welcomePage"), and the peak memory (ru_maxrss)
  at that moment;
- interactive: at that first paint the child posts a left-button press (no
  release, so nothing navigates) at the centre of the wizard's Next button and
  notes when the button's event filter sees it delivered, i.e. when the event
  loop is back to serving input after the first paint. Then it exits at once.

The baseline is nine QWizardPage with a title and a label each, in a QApplication
created as xwms_wizard.gui.app.run creates its own (without the wizard's icon,
which is the wizard's cost). The wizard is started through xwms_wizard.gui.app.main,
the GUI entry point; the probe comes in by wrapping SetupWizard.show as its module loads
(the window is shown, and its first page painted, before the event loop starts), so the app
imports its modules in its own order. No app-wide event
filter: it would see ten times as many events in the wizard as in the bare one and
cost the wizard alone.

Both children get the same environment: QT_QPA_PLATFORM=offscreen unless set, a
fresh empty XWMS_WIZARD_DATA_DIR per run (a first start), and bytecode as an
installed app has it: the package is compiled first (compileall) and the children
run without PYTHONDONTWRITEBYTECODE, so they read (and, for a file changed since,
write) __pycache__. The uncounted warm-up run of the wizard runs with `-v` to check
that its modules really come from __pycache__.

The apps run alternately (one warm-up each, not counted, then --runs pairs); the
figures are medians. The last line reads, for example,
`startup: first paint 1.43x, memory 1.19x, interactive 1.50x (app 150 ms / bare 105 ms)`
(wizard / bare; the milliseconds are the first-paint medians). Times are never
asserted in tests; this is a measurement to run by hand.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass

# Environment variables that would make the children unlike an installed app's start,
# or slow one of them more than the other.
DROPPED_ENV = (
    "PYTHONDONTWRITEBYTECODE",  # an installed app has its .pyc; an editable one must write them
    "PYTHONPYCACHEPREFIX",  # the package's own __pycache__, as installed
    "PYTHONPROFILEIMPORTTIME",
    "PYTHONVERBOSE",
    "PYTHONDEVMODE",
    "PYTHONASYNCIODEBUG",
    "PYTHONTRACEMALLOC",
    "PYTHONMALLOC",
    "PYTHONMALLOCSTATS",
)

# Shared by both children. Imports nothing before `attach`, so it adds no import of its own
# ahead of the app's; `attach(wizard)` is called with the wizard before it is shown.
PROBE = r"""
import os, sys, time
T0 = float(os.environ["BENCH_T0"])

def attach(wizard):
    import resource
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QWizard, QWizardPage

    def peak_kib():
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak // 1024 if sys.platform == "darwin" else peak  # macOS counts bytes

    class Pressed(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.MouseButtonPress:
                print(f"INTERACTIVE {time.time() - T0:.5f}", flush=True)
                os._exit(0)
            return False

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and not self.done:
                elapsed, peak = time.time() - T0, peak_kib()
                self.done = True
                print(f"PAINT {elapsed:.5f} {peak} {obj.objectName() or '-'}", flush=True)
                button = wizard.button(QWizard.WizardButton.NextButton)
                button.installEventFilter(pressed)
                centre = QPointF(button.rect().center())
                press = QMouseEvent(
                    QEvent.Type.MouseButtonPress, centre, QPointF(button.mapToGlobal(centre)),
                    Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
                    Qt.KeyboardModifier.NoModifier,
                )
                QCoreApplication.postEvent(button, press)
            return False

    class Shown(QObject):
        # Only if the first page does not exist before show() (built on demand): the
        # wizard's own Show event comes after QWizard has made its current page, before any
        # paint. A filter on the wizard object alone, never on the application.
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Show and obj is wizard and wizard.currentPage():
                wizard.removeEventFilter(self)
                wizard.currentPage().installEventFilter(first_paint)
            return False

    pressed, first_paint, shown = Pressed(wizard), FirstPaint(wizard), Shown(wizard)
    page = wizard.page(wizard.startId()) or wizard.findChild(QWizardPage, "welcomePage")
    if page is not None:
        page.installEventFilter(first_paint)
    else:
        wizard.installEventFilter(shown)
"""

WIZARD = (
    PROBE
    + r"""
import importlib.abc
import importlib.machinery


class ProbeWhenLoaded(importlib.abc.MetaPathFinder):
    # Wraps SetupWizard.show once xwms_wizard.gui.wizard is loaded, so the probe comes in with
    # show() itself (the window is shown, and its first page painted, before the event loop
    # starts) without importing anything ahead of the app: it loads its modules in its own
    # order, as it does when the owner starts it.

    def find_spec(self, name, path, target=None):
        if name != "xwms_wizard.gui.wizard":
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        real = spec.loader

        class Loader(importlib.abc.Loader):
            def create_module(self, spec):
                return real.create_module(spec)

            def exec_module(self, module):
                real.exec_module(module)
                show = module.SetupWizard.show

                def probed_show(wizard):
                    attach(wizard)
                    return show(wizard)

                module.SetupWizard.show = probed_show

        spec.loader = Loader()
        return spec


sys.meta_path.insert(0, ProbeWhenLoaded())
import xwms_wizard.gui.app as gui_app

code = gui_app.main([])
print(f"the wizard ended (exit code {code}) before its first page was painted and "
      "clicked; is SetupWizard.show still what shows it?", file=sys.stderr)
sys.exit(3)
"""
)

BASELINE = (
    PROBE
    + r"""
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage

# As xwms_wizard.gui.app.run creates its QApplication (less the window icon).
app = QApplication([sys.argv[0] if sys.argv else "xwms-wizard"])
app.setApplicationName("xwms-wizard")
app.setApplicationDisplayName("XWMS Setup")
app.setOrganizationName("xwms-wizard")

wizard = QWizard()
for number in range(1, 10):
    page = QWizardPage()
    page.setTitle(f"Page {number}")
    QVBoxLayout(page).addWidget(QLabel(f"Page {number} of a bare QWizard."))
    wizard.addPage(page)
attach(wizard)
wizard.show()
app.exec()
print("the bare wizard's event loop ended before its first page was clicked", file=sys.stderr)
sys.exit(3)
"""
)


@dataclass
class Run:
    paint: float  # seconds from the parent's stamp to the first page's first paint
    peak_kib: int  # peak resident memory at that paint
    interactive: float  # seconds from the stamp to the Next button getting the press
    page: str  # the painted page's object name


class ChildFailed(Exception):
    pass


def child_env(data_dir: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in DROPPED_ENV}
    env["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    if data_dir is not None:
        env["XWMS_WIZARD_DATA_DIR"] = data_dir
    return env


def explain(what: str, returncode: int | None, stdout: str | bytes, stderr: str | bytes) -> str:
    def text(out: str | bytes | None, keep: int = 60) -> str:
        if isinstance(out, bytes):
            out = out.decode(errors="replace")
        lines = (out or "").rstrip().splitlines()
        if len(lines) > keep:  # a `-v` child's stderr lists every import
            lines = [f"({len(lines) - keep} earlier lines left out)", *lines[-keep:]]
        return "\n".join(lines) or "(nothing)"

    return (
        f"{what}{'' if returncode is None else f' (exit code {returncode})'}\n"
        f"--- its stdout ---\n{text(stdout)}\n--- its stderr ---\n{text(stderr)}"
    )


def run_once(
    name: str, code: str, root: str, timeout: float, flags: tuple[str, ...] = ()
) -> tuple[Run, str]:
    """One child; its measurement and its stderr."""
    data_dir = tempfile.mkdtemp(prefix="data-", dir=root)  # a first start each time
    env = child_env(data_dir)
    env["BENCH_T0"] = repr(time.time())
    try:
        done = subprocess.run(
            [sys.executable, *flags, "-c", code],
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired as late:
        out = (
            late.stdout.decode(errors="replace") if isinstance(late.stdout, bytes) else late.stdout
        )
        if "PAINT " in (out or ""):
            where = "its first page painted, but the Next button never got the press"
        else:
            where = "no first paint seen: did the probe reach the wizard (SetupWizard.show)?"
        raise ChildFailed(
            explain(
                f"the {name} child was still running after {timeout:g} s ({where})",
                None,
                late.stdout or "",
                late.stderr or "",
            )
        ) from None
    fields: dict[str, list[str]] = {}
    for line in done.stdout.splitlines():
        key, _, rest = line.partition(" ")
        if key in ("PAINT", "INTERACTIVE"):
            fields[key] = rest.split()
    if done.returncode != 0 or set(fields) != {"PAINT", "INTERACTIVE"}:
        raise ChildFailed(
            explain(f"the {name} child failed", done.returncode, done.stdout, done.stderr)
        )
    paint, kib, page = fields["PAINT"]
    return Run(float(paint), int(kib), float(fields["INTERACTIVE"][0]), page), done.stderr


def package_dir() -> str:
    """The xwms_wizard folder the children import (the editable install's source tree)."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, xwms_wizard; print(os.path.dirname(xwms_wizard.__file__))",
        ],
        env=child_env(),
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise ChildFailed(
            explain("cannot import xwms_wizard", done.returncode, done.stdout, done.stderr)
        )
    return done.stdout.strip()


def compile_package(folder: str) -> None:
    """Bytecode for the package, as pip writes it when it installs an app."""
    done = subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "--invalidation-mode", "timestamp", folder],
        env=child_env(),
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise ChildFailed(
            explain(f"compileall {folder} failed", done.returncode, done.stdout, done.stderr)
        )


def bytecode_use(verbose_stderr: str, folder: str) -> tuple[int, list[str]]:
    """From a `python -v` child's stderr: how many of the package's modules came from a .pyc,
    and which were compiled from source."""
    from_pyc, from_source = 0, []
    prefix = folder.rstrip(os.sep) + os.sep
    for line in verbose_stderr.splitlines():
        if not line.startswith("# code object from "):
            continue
        path = line.removeprefix("# code object from ").strip("'")
        if not path.startswith(prefix):
            continue
        if path.endswith(".pyc"):
            from_pyc += 1
        else:
            from_source.append(os.path.relpath(path, folder))
    return from_pyc, from_source


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="counted runs of each app (default 9)")
    parser.add_argument("--timeout", type=float, default=60, help="seconds a child may take")
    parser.add_argument("--each", action="store_true", help="print every run")
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    apps = {"bare": BASELINE, "wizard": WIZARD}
    results: dict[str, list[Run]] = {"bare": [], "wizard": []}
    try:
        folder = package_dir()
        compile_package(folder)
        with tempfile.TemporaryDirectory(prefix="xwms-startup-") as root:
            # Warm-up, not counted: file cache and font cache for both; the wizard's with -v,
            # to see that its modules come from __pycache__.
            run_once("bare", BASELINE, root, args.timeout)
            warm, verbose = run_once("wizard", WIZARD, root, args.timeout, ("-v",))
            from_pyc, from_source = bytecode_use(verbose, folder)
            if warm.page != "welcomePage":
                print(
                    f"warning: the wizard's first painted page is {warm.page!r}, not 'welcomePage'"
                )
            for number in range(1, args.runs + 1):  # alternately, so drift hits both alike
                for name, code in apps.items():
                    run, _ = run_once(name, code, root, args.timeout)
                    results[name].append(run)
                    if args.each:
                        print(
                            f"  run {number} {name:6}: paint {ms(run.paint)}, interactive "
                            f"{ms(run.interactive)}, peak {run.peak_kib / 1024:.1f} MiB"
                        )
    except ChildFailed as failure:
        print(failure, file=sys.stderr)
        return 1

    print(f"bytecode: {from_pyc} modules of {folder} read from __pycache__ in the warm-up", end="")
    if from_source:
        shown = ", ".join(from_source[:5]) + (" ..." if len(from_source) > 5 else "")
        print(f"; {len(from_source)} compiled from source (changed since compileall?): {shown}")
    else:
        print(", none compiled from source")
    print(f"runs: {args.runs} of each, alternately, after one warm-up each; medians")

    medians = {}
    for name, runs in results.items():
        medians[name] = (
            statistics.median(r.paint for r in runs),
            statistics.median(r.interactive for r in runs),
            statistics.median(r.interactive - r.paint for r in runs),
            statistics.median(r.peak_kib for r in runs) / 1024,
        )
    labels = {"bare": "bare 9-page QWizard", "wizard": "xwms-wizard"}
    print(f"{'':21}{'first paint':>12}{'interactive':>13}{'paint->click':>14}{'peak at paint':>15}")
    for name in ("bare", "wizard"):
        paint, interactive, gap, mib = medians[name]
        print(f"{labels[name]:21}{ms(paint):>12}{ms(interactive):>13}{ms(gap):>14}{mib:>11.1f} MiB")
    (w_paint, w_inter, _, w_mib), (b_paint, b_inter, _, b_mib) = medians["wizard"], medians["bare"]
    print(
        f"startup: first paint {w_paint / b_paint:.2f}x, memory {w_mib / b_mib:.2f}x, "
        f"interactive {w_inter / b_inter:.2f}x (app {ms(w_paint)} / bare {ms(b_paint)})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
