"""A checkpoint taken for printed forms extends the last logged frontier when the ledger still
holds it, and builds from every event when it does not: the same tree head either way."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import optin_desk.services.fresh_checkpoint as fresh
from optin_desk.domain.checkpoint import Checkpoint
from optin_desk.domain.merkle import MerkleLevels, frontier_root
from optin_desk.services.checkpoints import log_path, take_checkpoint
from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.services.paper_anchor import paper_anchor
from optin_desk.services.proof_anchor import proof_anchors
from optin_desk.services.signing import sign
from optin_desk.storage.anchors import event_hashes, event_ids_and_hashes
from optin_desk.storage.engine import Database

NUMBERS = [f"+4474001234{n:02d}" for n in range(12)]


def opt_in(database: Database, numbers: list[str]) -> None:
    for number in numbers:
        with database.sessions() as session:
            record_opt_in(
                session,
                OptInRequest(phone=number, scopes=["offers"], method="phone_call", by="Sam"),
                database.evidence_dir,
            )


def whole_tree(database: Database) -> tuple[int, str, str]:
    """The ledger's size, root and head, built from every event."""
    with database.reading() as session:
        hashes = event_hashes(session)
    levels = MerkleLevels(bytes.fromhex(value) for value in hashes)
    return levels.size, levels.root().hex(), hashes[-1]


def printed(database: Database) -> Checkpoint:
    anchor = paper_anchor(database, None)
    assert anchor.fresh
    assert anchor.checkpoint is not None
    return anchor.checkpoint


def log_lines(database: Database) -> list[dict[str, object]]:
    return [json.loads(line) for line in log_path(database).read_text("utf-8").splitlines()]


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[int | None]:
    """The id each fresh checkpoint read the ledger after (None: from the first event)."""
    seen: list[int | None] = []
    real = fresh.hashes_after

    def spying(
        session: object, after_id: int | None = None, up_to: int | None = None
    ) -> tuple[list[str], int | None]:
        seen.append(after_id)
        return real(session, after_id, up_to)  # type: ignore[arg-type]

    monkeypatch.setattr(fresh, "hashes_after", spying)
    return seen


def test_a_second_print_reads_only_the_events_after_the_first(
    database: Database, reads: list[int | None]
) -> None:
    opt_in(database, NUMBERS[:5])
    first = printed(database)
    assert (first.tree_size, first.root_hash, first.head_hash) == whole_tree(database)
    line = log_lines(database)[-1]
    with database.reading() as session:
        last_id = event_ids_and_hashes(session)[-1][0]
    assert line["last_event_id"] == last_id
    nodes = [bytes.fromhex(value) for value in line["frontier"]]  # type: ignore[attr-defined]
    assert frontier_root(nodes).hex() == line["root_hash"] == first.root_hash
    opt_in(database, NUMBERS[5:9])
    second = printed(database)
    assert reads == [None, last_id]
    assert (second.tree_size, second.root_hash, second.head_hash) == whole_tree(database)
    third = printed(database)  # nothing new: the same tree, read from nothing
    assert (third.tree_size, third.root_hash) == (second.tree_size, second.root_hash)
    assert len(log_lines(database)) == 3


def test_old_lines_without_a_frontier_mean_a_full_build(
    database: Database, reads: list[int | None]
) -> None:
    opt_in(database, NUMBERS[:3])
    take_checkpoint(database, None)  # a backup's kind of line: no frontier
    assert "frontier" not in log_lines(database)[-1]
    taken = printed(database)
    assert reads == [None]
    assert (taken.tree_size, taken.root_hash, taken.head_hash) == whole_tree(database)


def rewrite_last_line(database: Database, change: dict[str, object]) -> None:
    path = log_path(database)
    lines = path.read_text("utf-8").splitlines()
    data = json.loads(lines[-1]) | change
    path.write_text("\n".join([*lines[:-1], json.dumps(data)]) + "\n", "utf-8")


@pytest.mark.parametrize(
    "change",
    [
        {"last_event_id": 2},  # another event: not the logged head
        {"frontier": ["00" * 32, "11" * 32]},  # does not fold to the logged root
        {"frontier": ["zz"]},  # not a frontier at all
        {"tree_size": 4},  # the signature no longer holds
    ],
)
def test_a_frontier_the_ledger_does_not_hold_means_a_full_build(
    database: Database, reads: list[int | None], change: dict[str, object]
) -> None:
    opt_in(database, NUMBERS[:5])
    printed(database)
    rewrite_last_line(database, change)
    opt_in(database, NUMBERS[5:7])
    taken = printed(database)
    assert reads == [None, None]
    assert (taken.tree_size, taken.root_hash, taken.head_hash) == whole_tree(database)


def test_a_signed_line_of_another_size_than_the_ledger_up_to_its_event_means_a_full_build(
    database: Database, reads: list[int | None]
) -> None:
    opt_in(database, NUMBERS[:6])
    first = printed(database)
    with database.reading() as session:
        hashes = event_hashes(session)
    shorter = MerkleLevels(bytes.fromhex(value) for value in hashes[1:])  # one event fewer
    forged = sign(
        Checkpoint(shorter.size, shorter.root().hex(), first.head_hash, first.made_at), None
    )
    rewrite_last_line(
        database,
        forged.to_json() | {"frontier": [node.hex() for node in shorter.frontier()]},
    )
    taken = printed(database)
    assert reads[-1] is None  # the events after it were read, then it was given up
    assert (taken.tree_size, taken.root_hash, taken.head_hash) == whole_tree(database)


def test_a_proof_keeps_a_frontier_that_the_next_print_extends(
    database: Database, reads: list[int | None]
) -> None:
    opt_in(database, NUMBERS[:4])
    with database.reading() as session:
        pairs = event_ids_and_hashes(session)
    section, anchor = proof_anchors(database, [pairs[0][0]], None)
    assert section is not None
    assert anchor.fresh
    assert log_lines(database)[-1]["last_event_id"] == pairs[-1][0]
    opt_in(database, NUMBERS[4:6])
    taken = printed(database)
    assert reads == [pairs[-1][0]]
    assert (taken.tree_size, taken.root_hash, taken.head_hash) == whole_tree(database)


def test_a_log_of_many_lines_is_read_from_its_end(
    database: Database, reads: list[int | None], tmp_path: Path
) -> None:
    opt_in(database, NUMBERS[:2])
    printed(database)
    path = log_path(database)
    kept = path.read_text("utf-8")
    filler = json.dumps({"note": "x" * 5000}) + "\n"  # lines that are no checkpoint
    path.write_text(filler * 30 + kept + filler * 40, "utf-8")
    opt_in(database, NUMBERS[2:3])
    taken = printed(database)
    assert reads[-1] is not None
    assert (taken.tree_size, taken.root_hash) == whole_tree(database)[:2]
