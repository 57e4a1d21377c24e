"""Checked rows of a recipient list: what the check and what it adds both speak of."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from optin_desk.domain.check import RowVerdict, Verdict


class CheckedRow(NamedTuple):
    """One row of a check: as written, and the verdict (a plain immutable row).

    A tuple, so a check's rows are packed for keeping as they are, without copying.
    """

    row: int
    input: str
    name: str
    phone: str
    verdict: Verdict
    reason: str
    opt_out_line: bool


@dataclass(frozen=True, slots=True)
class CheckedBatch:
    """A batch of checked rows a column at a time, as the check gives them: the report, the
    kept check and the counts each read whole columns, no row tuple is built for them.

    `outcomes` holds one verdict a row; rows that share a verdict share its object (people
    whose records say the same get the same one), so the distinct verdicts are few.
    """

    rows: list[int]
    inputs: list[str]
    names: list[str]
    phones: list[str]  # E.164, or "" for no valid number
    outcomes: list[RowVerdict]

    def __len__(self) -> int:
        return len(self.rows)

    def as_rows(self) -> list[CheckedRow]:
        """The same rows as plain tuples (for the window's table)."""
        return [
            CheckedRow(row, written, name, phone, o.verdict, o.reason, o.opt_out_line)
            for row, written, name, phone, o in zip(
                self.rows, self.inputs, self.names, self.phones, self.outcomes, strict=True
            )
        ]

    def distinct(self) -> tuple[list[RowVerdict], list[int]]:
        """The distinct verdicts, in order of first use, and each row's index among them."""
        outcomes = self.outcomes
        objects = dict(zip(map(id, outcomes), outcomes, strict=True))  # first use first
        position = {key: index for index, key in enumerate(objects)}
        return list(objects.values()), list(map(position.__getitem__, map(id, outcomes)))
