"""Time to a usable window on a year of records, against a bare PySide6 QMainWindow.

"Usable" is what a person waits for after starting the program: the records open and checked
current (the schema check that upgrades them if needed), the Sign-ups page built, loaded and
ready for typing, and the Contacts page, opened, showing its first rows. Not waited for: Today's
figures (read off the GUI thread, shown when they arrive), the daily backup (a job), and the
other pages (built when first shown). The child notes that moment right after the window has
been painted with the Contacts page's rows in it; the bare window's moment is its first paint.
Both are a fresh process, timed from its start: the main thread's CPU time (`time.thread_time`,
what the window's own thread spent, start-up included; background work such as the daily backup
does not count, and neither do the machine's other loads) and, for reference, wall time.
Target: within 3x. With --quality, a last launch also opens the Quality page and says what
showing it cost the GUI thread and how long its figures took to come (off the GUI thread).
Run: python bench/first_paint.py YEAR.sqlite3 [--runs N] [--quality]
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
            self.show_page_named("contacts")  # the person opens Contacts
            QTimer.singleShot(0, self._usable)

        def _usable(self):
            self.repaint()  # the Contacts page, painted with its rows
            model = self.contacts_page.model
            rows = model.rowCount() if model is not None else 0
            typing = self.signup_page is not None and self.signup_page.isEnabled()
            usable = f"rows={rows} signups={'ready' if typing else 'missing'}"
            if sys.argv[1] != "quality":
                report(usable)
                return
            # then the Quality page: its GUI-thread cost to show, and the wait for its figures
            before, self._wall = time.thread_time(), time.time()
            self.show_page_named("quality")
            self.repaint()
            self._shown = time.thread_time() - before
            page = self.stack.currentWidget()
            self._poll = QTimer(self)
            self._poll.timeout.connect(lambda: self._figures(page))
            self._poll.start(20)

        def _figures(self, page):
            if page.reading:
                return
            self._poll.stop()
            waited = time.time() - self._wall
            report(f"shown={self._shown:.3f} figures={waited:.2f} read={page.overview is not None}")

    main_window.MainWindow = Probed
    from optin_desk.cli import main
    main(["--db", sys.argv[2]])
"""


def quality(db: str) -> None:
    """Opening the Quality page after the window: GUI-thread CPU to show it, wall time until
    its figures (read off the GUI thread) are on it."""
    detail = launch("quality", db)[3]
    shown = float(detail.split()[0].split("=")[1])
    print(
        f"Quality page: shown in {shown * 1000:.0f} ms of GUI-thread CPU; "
        f"{detail.split()[1].split('=')[1]} s (wall) until its figures were on it"
    )


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
    parser.add_argument("--quality", action="store_true", help="also open the Quality page")
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
    if args.quality:
        quality(args.db)


if __name__ == "__main__":
    main()
