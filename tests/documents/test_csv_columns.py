"""Writing CSV a column at a time gives the very bytes written a row at a time."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from optin_desk.documents.csv_out import (
    cleaned_column,
    csv_column_writing,
    csv_writing,
    neutralise,
)
from optin_desk.domain.text import without_controls

HEADER = ("row", "input", "phone", "reason")
SAFE = ("phone",)
PIECES = [
    "07700 900123",
    "+44 7700",
    "=SUM(A1)",
    "-1",
    "@x",
    "a\tb",
    "\r",
    "\n",
    "\x00",
    "\u00a0",
    '"',
]
TEXT = st.lists(st.sampled_from([*PIECES, "", "Name", "é", ","]), max_size=3).map("".join)
CELL = st.one_of(TEXT, st.integers(min_value=0, max_value=99), st.none())


def _rows_written(path: Path, batches: list[list[tuple[object, ...]]]) -> bytes:
    with csv_writing(path, HEADER, SAFE) as write:
        for batch in batches:
            write(batch)  # type: ignore[arg-type]
    return path.read_bytes()


def _columns_written(path: Path, batches: list[list[tuple[object, ...]]]) -> bytes:
    with csv_column_writing(path, HEADER, SAFE) as write:
        for batch in batches:
            write([[row[index] for row in batch] for index in range(len(HEADER))])  # type: ignore[misc]
    return path.read_bytes()


@settings(max_examples=300, deadline=None)
@given(
    batches=st.lists(
        st.lists(st.tuples(CELL, TEXT, TEXT, TEXT), max_size=6), min_size=1, max_size=3
    )
)
def test_columns_and_rows_give_the_same_file(batches: list[list[tuple[object, ...]]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        by_rows = _rows_written(Path(folder) / "rows.csv", batches)
        by_columns = _columns_written(Path(folder) / "columns.csv", batches)
    assert by_columns == by_rows


def test_a_column_of_a_few_values_repeated_is_written_as_each_row_would_be() -> None:
    reasons = ['no consent for offers, opted in to "orders"', "opted in", "a\nb", ""]
    batch = [(index, f"0770 {index}", "+44", reasons[index % 4]) for index in range(1, 400)]
    with tempfile.TemporaryDirectory() as folder:
        by_rows = _rows_written(Path(folder) / "rows.csv", [batch])
        by_columns = _columns_written(Path(folder) / "columns.csv", [batch])
    assert by_columns == by_rows
    assert b'"no consent for offers, opted in to ""orders"""' in by_columns


@settings(max_examples=300, deadline=None)
@given(column=st.lists(st.one_of(TEXT, st.integers(), st.none()), max_size=8))
def test_a_column_is_cleaned_as_each_of_its_cells_would_be(column: list[object]) -> None:
    each = [
        neutralise(without_controls(cell))
        if isinstance(cell, str) and (not cell.isprintable() or neutralise(cell) != cell)
        else cell
        for cell in column
    ]
    assert list(cleaned_column(column)) == each  # type: ignore[arg-type]
    ours = [without_controls(cell) if isinstance(cell, str) else cell for cell in column]
    assert list(cleaned_column(column, formula=False)) == ours  # type: ignore[arg-type]


def test_a_plain_column_comes_back_as_it_is() -> None:
    column = ["07700 900123", "Customer 1", ""]
    assert cleaned_column(column) is column


def test_columns_of_different_lengths_are_refused(tmp_path: Path) -> None:
    with (
        pytest.raises(ValueError, match="same length"),
        csv_column_writing(tmp_path / "out.csv", HEADER, SAFE) as write,
    ):
        write([[1, 2], ["a"], ["+1", "+2"], ["x", "y"]])
