"""Writing a batch of CSV rows: clean batches go out whole, others a cell at a time."""

from __future__ import annotations

import csv
import io
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from optin_desk.documents.csv_out import WRITE_BATCH, csv_writing, write_csv

HEADER = ("row", "input", "phone")


def _written(path: Path, batches: list[list[tuple[int, str, str]]]) -> list[str]:
    with csv_writing(path, HEADER, ("phone",)) as write:
        for batch in batches:
            write(iter(batch))
    return path.read_text(encoding="utf-8-sig").splitlines()


def test_a_clean_batch_is_written_as_given(tmp_path: Path) -> None:
    lines = _written(tmp_path / "out.csv", [[(1, "07700 900123", "+447700900123"), (2, "", "")]])
    assert lines == ["row,input,phone", "1,07700 900123,+447700900123", "2,,"]


@pytest.mark.parametrize(
    ("cell", "shown"),
    [("=SUM(A1)", "'=SUM(A1)"), ("-1", "'-1"), ("@x", "'@x"), ("+44 7700", "'+44 7700")],
)
def test_a_formula_anywhere_in_a_batch_is_neutralised(
    tmp_path: Path, cell: str, shown: str
) -> None:
    batch = [(1, "plain", "+1"), (2, cell, "+2"), (3, "also plain", "+3")]
    lines = _written(tmp_path / "out.csv", [batch])
    assert lines[1:] == ["1,plain,+1", f"2,{shown},+2", "3,also plain,+3"]


def test_control_characters_go_in_every_column(tmp_path: Path) -> None:
    batch = [(1, "a\x00b", "+1\x07"), (2, "=x\x01", "+2")]
    lines = _written(tmp_path / "out.csv", [[(0, "ok", "+0")], batch])
    assert lines[1:] == ["0,ok,+0", "1,ab,+1", "2,'=x,+2"]


def test_a_carriage_return_in_a_cell_becomes_a_line_break(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    _written(path, [[(1, "a\rb", "+1"), (2, "c", "+2")]])
    assert path.read_bytes().decode("utf-8-sig") == 'row,input,phone\r\n1,"a\nb",+1\r\n2,c,+2\r\n'


def test_rows_reach_the_file_a_batch_at_a_time_not_all_held_first(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"

    def rows() -> Iterator[tuple[str]]:
        for n in range(3 * WRITE_BATCH):
            if n == 2 * WRITE_BATCH:  # two batches in: they are already on their way out
                partials = [p for p in tmp_path.iterdir() if p != target]
                assert partials
                assert partials[0].stat().st_size > 0
            yield (str(n),)

    assert write_csv(target, ["n"], rows()) == 3 * WRITE_BATCH
    assert target.read_text(encoding="utf-8-sig").splitlines()[-1] == str(3 * WRITE_BATCH - 1)


def test_the_file_starts_with_one_byte_order_mark_however_many_batches(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    _written(path, [[(1, "é", "+1")], [(2, "ü", "+2")]])
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfrow,input,phone\r\n")
    assert data.count(b"\xef\xbb\xbf") == 1
    assert data.decode("utf-8-sig").splitlines()[1:] == ["1,é,+1", "2,ü,+2"]


def test_only_the_cells_that_need_it_change_in_a_column_that_has_some(tmp_path: Path) -> None:
    batch = [(1, "+44 7700", "+1"), (2, "07700", "+2\x00"), (3, "-x\x07", "+3"), (4, "ok", "+4")]
    lines = _written(tmp_path / "out.csv", [batch])
    assert lines[1:] == ["1,'+44 7700,+1", "2,07700,+2", "3,'-x,+3", "4,ok,+4"]


def test_a_row_wider_than_the_header_keeps_its_extra_cell(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    with csv_writing(path, HEADER, ("phone",)) as write:
        write([(1, "=a", "+1", "extra"), (2, "b", "+2")])
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[1:] == ["1,'=a,+1,extra", "2,b,+2"]


PIECES = (
    *("=", "+", "-", "@", "\t", "\r", "\n", "\r\n", "\x00", "\x07", "\x1b", "\x7f", "\x85"),
    *("\u00a0", "\u201c", "é", "a", "7", ",", '"', " ", "'"),
)


def _cell_the_plain_way(value: object, index: int) -> object:
    """One cell as a plain writer cleans it (the reference): controls out, breaks as \\n,
    and text neutralised in every column but the phone (index 2)."""
    if not isinstance(value, str):
        return value
    if not value.isprintable():
        value = value.replace("\r\n", "\n").replace("\r", "\n").translate(_DROPPED)
    if index != 2 and value.startswith(("=", "+", "-", "@", "\t", "\r", "\n")):
        return "'" + value
    return value


_DROPPED = {code: None for code in [*range(0x20), 0x7F, *range(0x80, 0xA0)] if code not in (9, 10)}


def _written_and_plain(path: Path, batches: list[list[tuple[str | int | None, ...]]]) -> bytes:
    """Write the batches; the bytes a cell-by-cell clean of them writes."""
    with csv_writing(path, HEADER, ("phone",)) as write:
        for batch in batches:
            write(batch)
    expected = io.StringIO(newline="")
    plain = csv.writer(expected)
    plain.writerow(HEADER)
    for batch in batches:
        plain.writerows([_cell_the_plain_way(v, i) for i, v in enumerate(row)] for row in batch)
    return expected.getvalue().encode("utf-8-sig")


@pytest.mark.parametrize("piece", PIECES)
def test_one_hostile_piece_alone_in_a_batch_is_cleaned_as_cell_by_cell(
    tmp_path: Path, piece: str
) -> None:
    """Each piece alone in its batch, at the start, the middle and the end of a cell of each
    column, among clean rows: nothing else in the batch gives it away."""
    batches = []
    for column in range(len(HEADER)):
        for cell in (piece + "ab", "a" + piece + "b", "ab" + piece, piece):
            row: list[str | int | None] = [1, "plain", "+44"]
            row[column] = cell
            batches.append([(0, "clean", "+1"), tuple(row), (2, None, "+2")])
    path = tmp_path / "out.csv"
    expected = _written_and_plain(path, batches)
    assert path.read_bytes() == expected


@pytest.mark.parametrize("seed", range(4))
def test_random_hostile_batches_come_out_as_cleaned_cell_by_cell(tmp_path: Path, seed: int) -> None:
    """Batches of random cells (control characters, formula starts, quotes, commas, breaks,
    numbers, None) among clean ones: the bytes are those of a cell-by-cell clean."""
    chance = random.Random(seed)

    def cell() -> str | int | None:
        kind = chance.random()
        if kind < 0.1:
            return None
        if kind < 0.2:
            return chance.randint(-5, 5)
        if kind < 0.7:
            return "plain text"
        return "".join(chance.choice(PIECES) for _ in range(chance.randint(0, 4)))

    batches = [
        [tuple(cell() for _ in HEADER) for _ in range(chance.randint(1, 6))] for _ in range(8)
    ]
    path = tmp_path / "out.csv"
    expected = _written_and_plain(path, batches)
    assert path.read_bytes() == expected
