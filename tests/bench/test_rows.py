"""The bench driver reads back the rows the benches print, and nothing else."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture(scope="module")
def bench() -> tuple[ModuleType, ModuleType, ModuleType]:
    if str(BENCH) not in sys.path:
        sys.path.append(str(BENCH))
    import rows
    import run_all
    import timing

    return rows, run_all, timing


def test_a_timing_row_reads_back(bench: tuple[ModuleType, ModuleType, ModuleType]) -> None:
    rows, _run_all, timing = bench
    printed = timing.row("contacts page at 90% of 200000 (floor: first)", 0.03, 0.01, 2.0, 64)
    row = rows.parse_row(printed)
    assert row.operation == "contacts page at 90% of 200000 (floor: first)"
    assert (row.time_s, row.floor_s, row.target, row.peak_mib) == (0.03, 0.01, 2.0, 64.0)
    assert printed.endswith("MISSED")
    assert not row.met


def test_a_whole_ledger_row_reads_back(bench: tuple[ModuleType, ModuleType, ModuleType]) -> None:
    rows = bench[0]
    line = "backup, unchanged          1.20 s    20.10 s   0.06x (target 0.3x, ok) peak     60 MiB"
    row = rows.parse_row(line)
    assert (row.operation, row.time_s, row.floor_s, row.target) == (
        "backup, unchanged",
        1.2,
        20.1,
        0.3,
    )
    assert row.met


def test_other_lines_are_not_rows(bench: tuple[ModuleType, ModuleType, ModuleType]) -> None:
    rows = bench[0]
    text = "records grew 10.0x (events)\nproof cost per event: 9.30 ms at 500, 10.5 ms at 1,000\n"
    assert rows.parse_rows(text) == []


def test_growth_flags_what_grows_too_fast(bench: tuple[ModuleType, ModuleType, ModuleType]) -> None:
    run_all = bench[1]
    text = (
        "history (500 events)                    1.500    1.600    1.07        63        63   1.00"
        "  flat (flat)\n"
        "search to one person + history          0.010    0.300   30.00        51        51   1.00"
        "  GROWS (should be flat) (flat)\n"
    )
    lines = run_all.growth_rows(text, "year → ten")
    assert [line.met for line in lines] == [True, False]
    assert lines[1].time_s == 0.3
    assert lines[1].floor_s == 0.01
