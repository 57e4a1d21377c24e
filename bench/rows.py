"""Reading the benches' printed tables back: the rows of `timing.row` and of whole_ledger.py.

run_all.py and growth.py run the other benches as they are (each in its own process, as a
person runs them) and collect their figures from what they print, so no bench needs a second
output format. A line that is neither form is not a row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_N = r"-?\d+(?:\.\d+)?|inf"
_TIMING_ROW = re.compile(
    rf"^(?P<operation>.+?)\s+(?P<time>{_N})\s+(?P<floor>{_N})\s+(?:{_N})\s+<=(?P<target>{_N})"
    rf"\s+(?P<peak>{_N})(?:\s+MISSED)?\s*$"
)
_LEDGER_ROW = re.compile(
    rf"^(?P<operation>.+?)\s+(?P<time>{_N}) s\s+(?P<floor>{_N}) s\s+(?:{_N})x "
    rf"\(target (?P<target>{_N})x, (?:ok|MISSED)\) peak\s+(?P<peak>{_N}) MiB\s*$"
)


@dataclass(frozen=True)
class Row:
    """One measured operation: CPU seconds, its floor's, the target ratio and peak MiB."""

    operation: str
    time_s: float
    floor_s: float
    target: float
    peak_mib: float

    @property
    def ratio(self) -> float:
        return self.time_s / self.floor_s if self.floor_s else float("inf")

    @property
    def met(self) -> bool:
        return self.ratio <= self.target


def parse_row(line: str) -> Row | None:
    """The row a bench printed on `line`, or None when the line is something else."""
    found = _TIMING_ROW.match(line) or _LEDGER_ROW.match(line)
    if not found:
        return None
    return Row(
        found["operation"].strip(),
        float(found["time"]),
        float(found["floor"]),
        float(found["target"]),
        float(found["peak"]),
    )


def parse_rows(text: str) -> list[Row]:
    """Every row in a bench's output."""
    return [row for line in text.splitlines() if (row := parse_row(line)) is not None]
