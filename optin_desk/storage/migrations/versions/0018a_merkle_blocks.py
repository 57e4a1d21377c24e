"""The Merkle roots of the ledger's complete blocks of 256 leaves (domain.merkle_blocks).

A proof places a person's events in a checkpoint of the whole ledger; with these roots it
reads the person's own blocks, the roots and the events after the last complete block, not
every event. From now on the append that completes a block writes its root; this upgrade
fills the table for the events already there, reading each event's chain hash once in id
order. The ledger stays the truth: `verify` recomputes every stored root from the leaves it
reads, and a proof is signed only when its root equals a checkpoint got without them.

The hashing here is frozen at this revision (RFC 9162: SHA-256 of 0x00 and the leaf, of 0x01
and two nodes) so a later change to the domain code does not change what this upgrade writes.

Revision ID: 0018a
Revises: 0017f
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

import sqlalchemy as sa
from alembic import op

revision = "0018a"
down_revision = "0017f"
branch_labels = None
depends_on = None

_LEAVES = 256
_BATCH = 64 * _LEAVES


def _root(leaves: list[bytes]) -> bytes:
    """MTH of a power-of-two run of leaves."""
    sha = hashlib.sha256
    level = [sha(b"\x00" + leaf).digest() for leaf in leaves]
    while len(level) > 1:
        level = [sha(b"\x01" + level[i] + level[i + 1]).digest() for i in range(0, len(level), 2)]
    return level[0]


def _blocks(connection: sa.Connection) -> Iterator[tuple[int, int, str]]:
    """(block index, last event id, root hex) of every complete block, streamed by id."""
    last, block = 0, 0
    pending: list[tuple[int, str]] = []
    while True:
        rows = connection.execute(
            sa.text("SELECT id, hash FROM consent_events WHERE id > :last ORDER BY id LIMIT :n"),
            {"last": last, "n": _BATCH},
        ).all()
        if not rows:
            return
        pending.extend((int(row[0]), str(row[1])) for row in rows)
        last = int(rows[-1][0])
        at = 0
        while len(pending) - at >= _LEAVES:
            chunk = pending[at : at + _LEAVES]
            at += _LEAVES
            root = _root([bytes.fromhex(value) for _, value in chunk])
            yield block, chunk[-1][0], root.hex()
            block += 1
        pending = pending[at:]


def upgrade() -> None:
    table = op.create_table(
        "merkle_blocks",
        sa.Column("block_index", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_event_id", sa.Integer(), nullable=False),
        sa.Column("root", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("block_index", name=op.f("pk_merkle_blocks")),
        sa.UniqueConstraint("last_event_id", name=op.f("uq_merkle_blocks_last_event_id")),
    )
    connection = op.get_bind()
    rows: list[dict[str, object]] = []
    for block, last_id, root in _blocks(connection):
        rows.append({"block_index": block, "last_event_id": last_id, "root": root})
        if len(rows) >= 1000:
            op.bulk_insert(table, rows)
            rows = []
    if rows:
        op.bulk_insert(table, rows)


def downgrade() -> None:
    op.drop_table("merkle_blocks")
