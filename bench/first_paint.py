"""Time to a usable window on a year of records, against a bare PySide6 QMainWindow.

"Usable" is what a person waits for after starting the program: the records open, the
Sign-ups page built and ready for typing, and the Contacts page, when opened, showing its
first rows. The child notes that moment right after the window has been painted with the
Contacts page's rows in it; the bare window's moment is its first paint. Both are a fresh
process, timed from its start: the main thread's CPU time (`time.thread_time`, what the
window's own thread spent, start-up included; background work such as the daily backup does
not count, and neither do the machine's other loads) and, for reference, wall time.
Target: within 3x. Run: python bench/first_paint.py YEAR.sqlite3 [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

from timing import HEADER, row

CHILD = r"""
import resource, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

def report(detail):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{time.thread_time():.6f} {time.time():.6f} {peak:.1f} {detail}", flush=True)
    QTimer.singleShot(0, QApplication.instance().quit)

if sys.argv[1] == "bare":
    class Bare(QMainWindow):
        seen = False
        def paintEvent(self, event):
            super().paintEvent(event)
            if not Bare.seen:
                Bare.seen = True
                report("painted")
    app = QApplication(sys.argv[:1])
    window = Bare()
    window.resize(1100, 720)
    window.show()
    app.exec()
else:
    import optin_desk.ui.main_window as main_window

    class Probed(main_window.MainWindow):
        def _build_pages(self):
            super()._build_pages()
            self.show_page(1)  # the person opens Contacts
            QTimer.singleShot(0, self._usable)

        def _usable(self):
            self.repaint()  # the Contacts page, painted with its rows
            rows = self.contacts_page.model.rowCount()
            typing = self.signup_page is not None
            report(f"rows={rows} signups={'ready' if typing else 'missing'}")

    main_window.MainWindow = Probed
    from optin_desk.cli import main
    main(["--db", sys.argv[2]])
"""


def launch(kind: str, db: str) -> tuple[float, float, float, str]:
    """Main-thread CPU seconds, wall seconds, peak MiB and what was seen, for one launch."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed program has its bytecode
    started = time.time()
    result = subprocess.run(
        [sys.executable, "-c", CHILD, kind, db],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=True,
    )
    cpu, moment, peak, detail = result.stdout.strip().splitlines()[-1].split(maxsplit=3)
    return float(cpu), float(moment) - started, float(peak), detail


def main() -> None:
    """Alternate launches of both and print medians and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", help="a database made by bench/make_records.py")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    launch("bare", args.db)  # warm the file cache for both
    seen = launch("app", args.db)[3]
    if "rows=0" in seen or "missing" in seen:
        raise SystemExit(f"the window was not usable when probed: {seen}")
    bare = [launch("bare", args.db) for _ in range(args.runs)]
    app = [launch("app", args.db) for _ in range(args.runs)]
    print(HEADER)
    print(
        row(
            "usable window, year (floor: bare QMainWindow)",
            statistics.median(a[0] for a in app),
            statistics.median(b[0] for b in bare),
            3.0,
            max(a[2] for a in app),
        )
    )
    print(
        f"wall clock, for reference: {statistics.median(a[1] for a in app):.2f} s against "
        f"{statistics.median(b[1] for b in bare):.2f} s; the window saw {seen}"
    )


if __name__ == "__main__":
    main()
