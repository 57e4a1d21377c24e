"""A check's verdicts packed a batch at a time are the value packed all at once."""

from __future__ import annotations

from optin_desk.storage.results import ResultsPacker, pack_results, unpack_results


def test_packing_in_batches_makes_the_same_value_as_packing_at_once() -> None:
    rows = [
        (
            index,
            f"0791 {index}",
            f'Zoë "{index}"',
            "+447911123456",
            "send",
            "opted in",
            index % 2 == 0,
        )
        for index in range(1, 2_500)
    ]
    for sizes in ((1,), (7, 1_000), (5_000,)):
        packer = ResultsPacker()
        start = 0
        while start < len(rows):
            size = sizes[min(start, len(sizes) - 1)]
            packer.add(rows[start : start + size])
            packer.add([])  # an empty batch adds nothing
            start += size
        packed = packer.finish()
        assert packed == pack_results(rows)
        assert unpack_results(packed) == rows


def test_no_rows_pack_as_no_rows() -> None:
    assert ResultsPacker().finish() == pack_results([])
    assert unpack_results(ResultsPacker().finish()) == []
