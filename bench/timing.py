"""What every bench of issue 14 measures with: a command's CPU time and peak memory.

Each command runs in a fresh process, as a user runs it, so start-up is paid where the user
pays it. Times are the child's CPU time (user + system, from `wait4`): on a machine shared
with other work, wall time mostly measures the neighbours. Medians of a few runs; ratios are
against a floor measured in the same run.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Sample:
    """One run: CPU seconds, wall seconds, peak resident memory in MiB."""

    cpu: float
    wall: float
    peak_mib: float


def run(argv: Sequence[str]) -> Sample:
    """Run a command to its end (output discarded); fail loudly when it fails."""
    started = time.perf_counter()
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed program has its bytecode
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _pid, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    error = child.stderr.read().decode() if child.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(argv)} failed: {error.strip()}")
    return Sample(usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss / 1024)


def python(*args: str) -> list[str]:
    """A command line running this Python."""
    return [sys.executable, *args]


def optin_desk(db: str, *args: str) -> list[str]:
    """A command line running `optin-desk --db DB ...`."""
    return python("-m", "optin_desk", "--db", db, *args)


def median(argv: Sequence[str], runs: int) -> Sample:
    """The median CPU time, wall time and peak memory of `runs` runs."""
    samples = [run(argv) for _ in range(runs)]
    return Sample(
        statistics.median(s.cpu for s in samples),
        statistics.median(s.wall for s in samples),
        max(s.peak_mib for s in samples),
    )


HEADER = f"{'operation':46} {'time s':>8} {'floor s':>8} {'ratio':>6} {'target':>7} {'peak MiB':>9}"


def row(operation: str, time_s: float, floor_s: float, target: float, peak_mib: float) -> str:
    """One line of a bench's table; a ratio over its target is marked."""
    ratio = time_s / floor_s if floor_s else float("inf")
    mark = "" if ratio <= target else "  MISSED"
    return (
        f"{operation:46} {time_s:8.3f} {floor_s:8.3f} {ratio:6.2f} {'<=' + str(target):>7} "
        f"{peak_mib:9.0f}{mark}"
    )
