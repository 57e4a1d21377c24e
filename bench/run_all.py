"""Every bench with a target, one after another, in one table.

Runs each bench of issue 14 as it is run by hand (its own process, its own floor measured in
the same run) and collects what it printed: operation, size, time, floor, ratio, target, met?,
peak MiB. A bench that fails or prints no row leaves its error line in the table and the run
goes on. The databases are copied first (with SQLite's backup) into a scratch folder, since
several commands write to their records (backup marks, a kept check); --in-place uses them as
given. With TEN, growth.py runs from YEAR to TEN as well.

Before timing, every module is byte-compiled (an installed program has its bytecode; without it
each process start recompiles the package). Duration, estimated from the parts as measured on
this 2-core machine at a load of 8-15 (a whole run was not timed): about 12 CPU minutes for the
year alone (the generator 1.2, whole_ledger 2.5, person 2.8, hostile_input 1.7, check_list 1.2,
bulk_writes 1, the rest 1.5), plus about 22 with ten years (growth.py's whole-ledger commands
on 5,000,000 events); wall time is that divided by the share of a core the machine leaves.
Run: python bench/run_all.py YEAR.sqlite3 [TEN.sqlite3] [--out TABLE.md] [--only a,b]
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from rows import parse_rows

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BUILD_TARGET_S = 60.0


@dataclass(frozen=True)
class Line:
    """One line of the final table (a failed bench: operation and its error, nothing else)."""

    bench: str
    operation: str
    size: str
    time_s: float | None = None
    floor_s: float | None = None
    target: str = ""
    met: bool | None = None
    peak_mib: float | None = None

    @property
    def ratio(self) -> float | None:
        if self.time_s is None or not self.floor_s:
            return None
        return self.time_s / self.floor_s

    def cells(self) -> list[str]:
        def number(value: float | None, digits: int) -> str:
            return "—" if value is None else f"{value:.{digits}f}"

        verdict = {True: "yes", False: "NO", None: "—"}[self.met]
        return [
            f"{self.bench}: {self.operation}",
            self.size,
            number(self.time_s, 3),
            number(self.floor_s, 3),
            number(self.ratio, 2),
            self.target or "—",
            verdict,
            number(self.peak_mib, 0),
        ]


COLUMNS = ["operation", "size", "time (CPU s)", "floor (CPU s)", "ratio", "target", "met?"]
COLUMNS.append("peak MiB")


def run_bench(argv: list[str], timeout: float) -> tuple[str, float, float]:
    """Stdout, CPU seconds and peak MiB of one bench (its own and its children's, from wait4)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        child = subprocess.Popen([sys.executable, *argv], stdout=out, stderr=err, env=env)
        deadline = time.monotonic() + timeout
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                child.kill()
                os.wait4(child.pid, 0)
                raise RuntimeError(f"no result after {timeout:.0f} s (stopped)")
            time.sleep(0.5)
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        text, problem = out.read(), err.read()
    if child.returncode:
        lines = [line for line in problem.splitlines() if line.strip()] or ["(no message)"]
        raise RuntimeError(f"exit {child.returncode}: {lines[-1].strip()}")
    return text, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def rows_of(bench: str, size: str, text: str) -> list[Line]:
    """The rows a bench printed in timing.row's or whole_ledger.py's form."""
    return [
        Line(bench, r.operation, size, r.time_s, r.floor_s, f"≤ {r.target:g}×", r.met, r.peak_mib)
        for r in parse_rows(text)
    ]


_CHECK = re.compile(
    r"^(?P<label>.+?)\s+floor\s+(?P<floor>[\d.]+) s\s+check\s+(?P<time>[\d.]+) s\s+ratio\s+\S+"
    r"\s+\(target < (?P<target>[\d.]+)\)\s+peak\s+(?P<peak>[\d.]+) MB"
)
_FORMS = re.compile(r"^(?P<what>bare ReportLab page|OptIn Desk forms)\s*:\s*(?P<s>[\d.]+) s")
_HOSTILE = re.compile(
    r"^(?P<label>\S.*?)\s+exit (?P<code>-?\d+)\s+(?P<s>[\d.]+) s\s+peak\s+(?P<peak>[\d.]+) MB"
)
_GROWTH = re.compile(
    r"^(?P<op>.+?)\s+(?P<small>[\d.]+)\s+(?P<large>[\d.]+)\s+(?P<x>[\d.]+|inf)\s+(?P<sm>[\d.]+)\s+"
    r"(?P<lm>[\d.]+)\s+(?P<xm>[\d.]+|inf)\s+(?P<verdict>.+?) \((?P<kind>flat|linear)\)$"
)


def check_rows(text: str) -> list[Line]:
    """check_list.py's lines (its own form) or timing rows, whichever it printed."""
    found = rows_of("check_list", "100,000 rows", text)
    for line in text.splitlines():
        if m := _CHECK.match(line.strip()):
            found.append(
                Line(
                    "check_list",
                    f"check, {m['label']}",
                    "100,000 rows",
                    float(m["time"]),
                    float(m["floor"]),
                    f"≤ {m['target']}×",
                    float(m["time"]) <= float(m["target"]) * float(m["floor"]),
                    float(m["peak"]),
                )
            )
    return found


def forms_rows(text: str, peak: float) -> list[Line]:
    """forms.py's two medians; its peak is the bench's whole process tree's."""
    found = rows_of("forms", "500 forms", text)
    times = {m["what"]: float(m["s"]) for line in text.splitlines() if (m := _FORMS.match(line))}
    if len(times) == 2:
        ours, bare = times["OptIn Desk forms"], times["bare ReportLab page"]
        found.append(
            Line(
                "forms",
                "500 forms (floor: bare ReportLab)",
                "500 forms",
                ours,
                bare,
                "≤ 1.3×",
                ours <= 1.3 * bare,
                peak,
            )
        )
    return found


def hostile_rows(text: str) -> list[Line]:
    """hostile_input.py: each list must end in exit 2, in bounded memory."""
    return [
        Line(
            "hostile_input",
            m["label"],
            "hostile list",
            float(m["s"]),
            None,
            "exit 2",
            m["code"] == "2",
            float(m["peak"]),
        )
        for line in text.splitlines()
        if (m := _HOSTILE.match(line))
    ]


def growth_rows(text: str, factor: str) -> list[Line]:
    """growth.py's table: time on ten years against the year (the floor column)."""
    found = []
    for line in text.splitlines():
        if m := _GROWTH.match(line):
            target = "flat (≤ 2×)" if m["kind"] == "flat" else "linear (≤ 1.5× records)"
            ok = not any(flag in m["verdict"] for flag in ("WORSE", "GROWS"))
            label = f"{m['op']} grew {m['x']}×, memory {m['xm']}×: {m['verdict']}"
            found.append(
                Line(
                    "growth",
                    label,
                    factor,
                    float(m["large"]),
                    float(m["small"]),
                    target,
                    ok,
                    float(m["lm"]),
                )
            )
    return found


def accepts(script: str, option: str) -> bool:
    """Whether a bench takes `option` (benches change; the driver follows what they take)."""
    usage = subprocess.run(
        [sys.executable, str(HERE / script), "--help"],
        capture_output=True,
        text=True,
        check=False,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    ).stdout
    return re.search(rf"(^|[\s\[]){re.escape(option)}\b", usage) is not None


@dataclass(frozen=True)
class Place:
    """The databases the run works on, and a folder for what benches make."""

    year: str
    ten: str | None
    scratch: Path
    size: str
    factor: str


Bench = Callable[[Place, float], list[Line]]


def build(place: Place, timeout: float) -> list[Line]:
    """make_records.py: building a year of records (target: well under a minute)."""
    out = place.scratch / "built.sqlite3"
    try:
        text, cpu, peak = run_bench([str(HERE / "make_records.py"), str(out)], timeout)
    finally:
        for leftover in place.scratch.glob("built.sqlite3*"):
            leftover.unlink()
    made = text.strip().splitlines()[-1].split(" in ")[0] if text.strip() else "the year"
    ok = cpu < BUILD_TARGET_S
    return [Line("make_records", f"build: {made}", "year", cpu, None, "< 60 s", ok, peak)]


def simple(script: str, *words: str, on_year: bool = True) -> Bench:
    """A bench printing timing rows, run on the year (or on its own data)."""

    def bench(place: Place, timeout: float) -> list[Line]:
        argv = [str(HERE / script), *((place.year,) if on_year else ()), *words]
        text = run_bench(argv, timeout)[0]
        return rows_of(script.removesuffix(".py"), place.size if on_year else "own data", text)

    return bench


def whole_ledger(place: Place, timeout: float) -> list[Line]:
    text = run_bench([str(HERE / "whole_ledger.py"), "--db", place.year], timeout)[0]
    return rows_of("whole_ledger", place.size, text)


def check_list(place: Place, timeout: float) -> list[Line]:
    words = ["--db", place.year] if accepts("check_list.py", "--db") else []
    return check_rows(run_bench([str(HERE / "check_list.py"), *words], timeout)[0])


def forms(place: Place, timeout: float) -> list[Line]:
    text, _cpu, peak = run_bench([str(HERE / "forms.py"), place.year], timeout)
    return forms_rows(text, peak)


def hostile(place: Place, timeout: float) -> list[Line]:
    return hostile_rows(run_bench([str(HERE / "hostile_input.py")], timeout)[0])


def growth(place: Place, timeout: float) -> list[Line]:
    if place.ten is None:
        return [Line("growth", "not run: no ten-years database given", "—")]
    text = run_bench([str(HERE / "growth.py"), place.year, place.ten], timeout)[0]
    return growth_rows(text, place.factor)


BENCHES: dict[str, Bench] = {
    "make_records": build,
    "whole_ledger": whole_ledger,
    "person": simple("person.py"),
    "directory": simple("directory.py"),
    "first_paint": simple("first_paint.py", "--quality"),
    "check_list": check_list,
    "bulk_writes": simple("bulk_writes.py", on_year=False),
    "forms": forms,
    "hostile_input": hostile,
    "growth": growth,
}


def copy(source: str, folder: Path) -> str:
    """A copy of a database made with SQLite's online backup (its -wal included)."""
    target = folder / Path(source).name
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    return str(target)


def brought_current(db: str) -> str:
    """The database brought to the program's schema, untimed (a bench database made before
    a migration would otherwise pay the upgrade in the first command timed)."""
    opening = "from optin_desk.storage.engine import open_database as o; o({!r}).dispose()"
    opening = opening.format(db)
    subprocess.run([sys.executable, "-c", opening], check=True, cwd=ROOT)
    return db


def describe(db: str) -> str:
    with closing(sqlite3.connect(db)) as raw:
        contacts = raw.execute("SELECT count(*) FROM contacts").fetchone()[0]
        events = raw.execute("SELECT count(*) FROM consent_events").fetchone()[0]
    return f"{contacts:,} / {events:,}"


def markdown(lines: list[Line]) -> str:
    head = "| " + " | ".join(COLUMNS) + " |\n| " + " | ".join("---" for _ in COLUMNS) + " |\n"
    return head + "".join("| " + " | ".join(line.cells()) + " |\n" for line in lines)


def console(line: Line) -> str:
    cells = line.cells()
    return f"{cells[0][:70]:70} {cells[1]:>22} " + " ".join(f"{c:>9}" for c in cells[2:])


def main() -> None:
    """Run every bench and print (and write) the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("year", help="a year of records (make_records.py)")
    parser.add_argument("ten", nargs="?", help="ten years of records (make_records.py --ten-years)")
    parser.add_argument("--out", type=Path, help="also write the table here, as markdown")
    parser.add_argument("--only", default=",".join(BENCHES), help="benches: " + ",".join(BENCHES))
    parser.add_argument("--in-place", action="store_true", help="use the databases, not copies")
    parser.add_argument("--timeout", type=float, default=7200.0, help="seconds for one bench")
    args = parser.parse_args()
    wanted = args.only.split(",")
    unknown = [name for name in wanted if name not in BENCHES]
    if unknown:
        parser.error(f"no such bench: {', '.join(unknown)}")
    began = time.monotonic()
    compileall.compile_dir(ROOT / "optin_desk", quiet=1)
    compileall.compile_dir(HERE, quiet=1)
    lines: list[Line] = []
    with tempfile.TemporaryDirectory(prefix="run_all-") as name:
        scratch = Path(name)
        year, ten = args.year, args.ten
        if not args.in_place:
            year = copy(year, scratch)
            ten = copy(ten, scratch) if ten else None
        year = brought_current(year)
        ten = brought_current(ten) if ten else None
        factor = f"year → ten ({describe(ten)})" if ten else "—"
        place = Place(year, ten, scratch, f"year ({describe(year)})", factor)
        print(console(Line("bench", "operation", "size")).replace("—", " "), flush=True)
        for bench in wanted:
            started = time.monotonic()
            print(f"[{bench}] running…", file=sys.stderr, flush=True)
            try:
                found = BENCHES[bench](place, args.timeout)
            except (RuntimeError, OSError, subprocess.SubprocessError) as error:
                found = [Line(bench, f"FAILED: {error}", "—", met=False)]
            if not found:
                found = [Line(bench, "FAILED: printed no row this driver reads", "—", met=False)]
            for line in found:
                print(console(line), flush=True)
            lines.extend(found)
            print(f"[{bench}] {time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)
    took = time.monotonic() - began
    missed = sum(1 for line in lines if line.met is False)
    summary = (
        f"{len(lines)} rows, {missed} missed or failed targets; the run took {took / 60:.0f} min"
    )
    print(summary)
    if args.out:
        args.out.write_text(markdown(lines) + "\n" + summary + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
