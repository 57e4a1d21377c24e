"""Time to first paint: OptIn Desk's main window against a bare PySide6 QMainWindow.

Each launch is a fresh process (imports are most of start-up). The parent notes the wall
clock before starting it; the child notes it at the first paint of its main window. Prints
medians and the ratio (target: under 1.5). Run: python bench/first_paint.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

def painted_once(base):
    # The same probe for both windows: a paintEvent override, no app-wide event filter
    # (a Python filter on every event would slow the busier window more than the other).
    class Probe(base):
        _seen = False
        def paintEvent(self, event):
            super().paintEvent(event)
            if not Probe._seen:
                Probe._seen = True
                print(f"{time.time():.6f}", flush=True)
                QTimer.singleShot(0, QApplication.instance().quit)
    return Probe

app = QApplication(sys.argv[:1])
if sys.argv[1] == "bare":
    window = painted_once(QMainWindow)()
    window.resize(1100, 720)
    window.show()
    app.exec()
else:
    import optin_desk.ui.main_window as main_window
    main_window.MainWindow = painted_once(main_window.MainWindow)
    from optin_desk.cli import main
    main(["--db", sys.argv[2]])
"""


def launch(kind: str, db: str) -> float:
    """Seconds from process start to the first paint of its main window."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    started = time.time()
    result = subprocess.run(
        [sys.executable, "-c", CHILD, kind, db],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    painted = float(result.stdout.strip().splitlines()[0])
    return painted - started


def main() -> None:
    """Alternate launches of both and print medians and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "bench.sqlite3")
        subprocess.run(
            [
                sys.executable,
                "-m",
                "optin_desk",
                "--db",
                db,
                "init",
                "--business",
                "Bench",
                "--country",
                "GB",
            ],
            check=True,
            capture_output=True,
        )
        launch("bare", db)  # warm the file cache for both
        launch("app", db)
        bare, app = [], []
        for _ in range(args.runs):
            bare.append(launch("bare", db))
            app.append(launch("app", db))
    bare_median = statistics.median(bare)
    app_median = statistics.median(app)
    print(f"bare QMainWindow first paint: {bare_median * 1000:7.1f} ms (median of {args.runs})")
    print(f"OptIn Desk first paint:       {app_median * 1000:7.1f} ms (median of {args.runs})")
    print(f"ratio: {app_median / bare_median:.2f} (target: under 1.5)")


if __name__ == "__main__":
    main()
