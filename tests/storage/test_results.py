"""A check's verdicts packed a batch at a time come back as the rows, whatever the cells."""

from __future__ import annotations

import json
import zlib

import pytest

from optin_desk.domain.messages import Said, worded
from optin_desk.storage.results import (
    MAX_TEXT,
    ResultsPacker,
    UnreadableResultsError,
    erased_from,
    pack_results,
    unpack_results,
)


def _rows(count: int) -> list[tuple[int, str, str, str, str, str, bool]]:
    return [
        (
            index,
            f"0791 {index}",
            f'Zoë "{index}", ﻿ عربي',
            "+447911123456" if index % 3 else "",
            "send" if index % 2 else "no_consent",
            "opted in" if index % 2 else "no consent on file",
            index % 4 == 1,
        )
        for index in range(1, count)
    ]


def test_rows_packed_in_batches_come_back_in_order() -> None:
    rows = _rows(2_500)
    for sizes in ((1,), (7, 1_000), (5_000,)):
        packer = ResultsPacker()
        start = 0
        while start < len(rows):
            size = sizes[min(start, len(sizes) - 1)]
            packer.add(rows[start : start + size])
            packer.add([])  # an empty batch adds nothing
            start += size
        assert unpack_results(packer.finish()) == rows
    assert unpack_results(pack_results(rows)) == rows


def test_cells_holding_the_separators_and_frame_marks_come_back_whole() -> None:
    hostile = ["\x1f", "a\x1fb", "S12:", "J3:[1]", "", "\n\r", "2", "[1,[]]", '"]']
    rows = [
        (index, cell, cell, cell, "invalid_number", cell or "blank", False)
        for index, cell in enumerate(hostile, start=1)
    ]
    assert unpack_results(pack_results(rows)) == rows


def test_record_numbers_with_gaps_or_repeats_come_back_as_they_were() -> None:
    rows = _rows(30)
    numbers = [3, 3, 4, 9, *range(10, 35)]
    shuffled = [(number, *row[1:]) for number, row in zip(numbers, rows, strict=True)]
    assert unpack_results(pack_results(shuffled)) == shuffled


def test_one_empty_cell_is_one_row() -> None:
    rows = [(1, "", "", "", "invalid_number", "blank", False)]
    assert unpack_results(pack_results(rows)) == rows


def test_no_rows_pack_as_no_rows() -> None:
    assert ResultsPacker().finish() == pack_results([])
    assert unpack_results(ResultsPacker().finish()) == []


def test_checks_kept_in_the_first_format_are_still_read() -> None:
    rows = _rows(50)
    text = json.dumps([1, [list(row) for row in rows]], ensure_ascii=False)
    assert unpack_results(zlib.compress(text.encode("utf-8"))) == rows


def test_an_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="not known"):
        unpack_results(zlib.compress(b"9S1:x"))


def test_a_reason_kept_as_said_comes_back_said_so_it_can_be_shown_in_another_language() -> None:
    day = Said("{day} {month} {year}", day=3, month=Said("Oct"), year=2026)
    reason = Said("opted in on {day} ({method})", day=day, method=Said("paper form"))
    keys = Said("consent for {categories} only", categories=("orders", "delivery"))
    rows = [
        (1, "0791", "Ann", "+447911", "send", reason, False),
        (2, "0792", "", "", "no_consent", keys, False),
    ]
    back = unpack_results(pack_results(rows))
    assert back == rows  # the same English
    spanish = {
        "opted in on {day} ({method})": "alta el {day} ({method})",
        "Oct": "oct",
        "paper form": "formulario en papel",
        "consent for {categories} only": "consentimiento solo para {categories}",
    }

    def lookup(_context: str, text: str, _disambiguation: None, _n: int) -> str:
        return spanish.get(text, text)

    assert worded(back[0][5], lookup) == "alta el 3 oct 2026 (formulario en papel)"
    assert worded(back[1][5], lookup) == "consentimiento solo para orders, delivery"


def _with_reason(reason: object) -> bytes:
    """One row whose kept reason is `reason` (Said data as a kept check holds it)."""
    table = json.dumps([["send", reason, False]])
    return zlib.compress(f"2S1:1S1:aS1:bS1:cS1:0J{len(table)}:{table}".encode())


HOSTILE = [
    b"not zlib at all",
    zlib.compress(b"abc"),  # no format this program writes
    zlib.compress(b"2S5:1"),  # a frame shorter than it says
    zlib.compress(b"2S1:1S1:aS1:bS1:cS1:0J4:[[1]"),  # JSON cut short
    zlib.compress(b'2S3:1\x1f2S1:aS1:bS1:cS1:0J12:[["send",1]]'),  # columns of two lengths
    zlib.compress(b"2X1:1"),  # a part no version writes
    zlib.compress(b"[1," + b"[" * 100_000 + b"]" * 100_000 + b"]"),  # nested without end
    zlib.compress(b"\xff\xfe"),  # not UTF-8
    zlib.compress(b"2R21:1,100000000000000000S1:a"),  # a range of more rows than any check
    zlib.compress(b"2S-5:abcdef"),  # a part of negative length
    zlib.compress(b'2S1:1S1:aS1:bS1:cS2:-1J16:[["send","x",1]]'),  # a verdict before the first
    _with_reason({"said": "leak {a.__class__.__new__.__globals__}", "n": -1, "fields": {"a": 1}}),
    _with_reason({"said": "wide {a:>300000000}", "n": -1, "fields": {"a": 1}}),
    _with_reason({"said": "names {b}", "n": -1, "fields": {"a": 1}}),
]


@pytest.mark.parametrize("blob", HOSTILE)
def test_kept_rows_changed_outside_the_program_are_refused_as_unreadable(blob: bytes) -> None:
    with pytest.raises(UnreadableResultsError):
        unpack_results(blob)


def test_a_small_value_that_would_unpack_past_any_check_is_refused_before_it_does() -> None:
    packer = zlib.compressobj(1)
    chunk = b"0" * (1024 * 1024)
    bomb = b"".join(packer.compress(chunk) for _ in range(MAX_TEXT // len(chunk) + 8))
    bomb += packer.flush()
    assert len(bomb) < 2 * 1024 * 1024  # a MiB or two on disk
    with pytest.raises(UnreadableResultsError):
        unpack_results(bomb)


def test_a_kept_message_that_only_puts_its_fields_in_place_is_read() -> None:
    (row,) = unpack_results(_with_reason({"said": "names {a}", "n": -1, "fields": {"a": 1}}))
    assert row[5] == "names 1"


def test_erasing_a_number_drops_rows_that_cannot_be_read_and_only_them() -> None:
    rows = _rows(5)
    assert unpack_results(erased_from(HOSTILE[0], "+447911123456") or b"") == []
    kept = erased_from(pack_results(rows), "+447911123456")
    assert kept is not None
    assert all("+447911123456" not in row for row in unpack_results(kept))
    assert erased_from(pack_results(rows), "+449999999999") is None  # not there: untouched
