"""verify's check of the stored block roots, on rows as the chain's read hands them."""

from __future__ import annotations

import hashlib

from optin_desk.domain.block_check import BlockCheck
from optin_desk.domain.chain import STORED_ORDER
from optin_desk.domain.merkle_blocks import BLOCK_LEAVES, block_root

B = BLOCK_LEAVES


def rows(count: int) -> list[tuple[object, ...]]:
    """Chain rows with only their id and hash filled in (what the check reads)."""
    made = []
    for event_id in range(1, count + 1):
        row: list[object] = [None] * (len(STORED_ORDER) + 4)
        row[STORED_ORDER.index("event_id")] = event_id
        row[len(STORED_ORDER) + 1] = hashlib.sha256(str(event_id).encode()).hexdigest()
        made.append(tuple(row))
    return made


def stored(all_rows: list[tuple[object, ...]]) -> list[tuple[int, int, str]]:
    at = len(STORED_ORDER) + 1
    leaves = [bytes.fromhex(str(row[at])) for row in all_rows]
    return [
        (block, (block + 1) * B, block_root(leaves[block * B : (block + 1) * B]).hex())
        for block in range(len(leaves) // B)
    ]


def run(check: BlockCheck, all_rows: list[tuple[object, ...]]) -> None:
    assert list(check.passing(all_rows)) == all_rows  # the rows pass unchanged


def test_blocks_that_match_pass() -> None:
    made = rows(3 * B + 5)
    check = BlockCheck(stored(made))
    run(check, made)
    assert check.complete
    assert (check.differs, check.missing, check.extra) == ([], [], [])


def test_a_changed_root_a_moved_range_a_gap_and_an_extra_block_are_each_named() -> None:
    made = rows(4 * B + 1)
    blocks = stored(made)
    blocks[0] = (0, blocks[0][1], "ab" * 32)
    blocks[1] = (1, blocks[1][1] - 1, blocks[1][2])
    del blocks[2]
    blocks.append((7, 10**6, "cd" * 32))
    check = BlockCheck(blocks)
    run(check, made)
    assert check.differs == [(0, B), (1, 2 * B)]
    assert check.missing == [(2, 3 * B)]
    assert check.extra == [7]


def test_a_read_cut_short_judges_no_extra_block() -> None:
    made = rows(2 * B)
    check = BlockCheck(stored(made))
    passing = check.passing(made)
    for _ in range(B + 3):
        next(passing)
    assert not check.complete
    assert check.differs == []


def test_a_hash_that_is_no_hash_makes_its_block_differ() -> None:
    made = rows(B)
    blocks = stored(made)
    broken = list(made[5])
    broken[len(STORED_ORDER) + 1] = "not hex"
    made[5] = tuple(broken)
    check = BlockCheck(blocks)
    run(check, made)
    assert check.differs == [(0, B)]
