"""A random, stable consent-record id for each person (ISO/IEC TS 27560 `record_id`).

The proof used sha256(shop name + number): linkable to the number by anyone who tries numbers,
and changed when the shop was renamed. Each contact now gets a random UUID once, kept for good;
existing contacts get theirs here. A plain ADD COLUMN and CREATE INDEX (no batch copy, which
would recreate the table and drop its triggers); the column stays nullable in the file, every
insert fills it.

Revision ID: 0017e
Revises: 0017b
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0017e"
down_revision = "0017b"
branch_labels = None
depends_on = None

BATCH = 5000


def upgrade() -> None:
    op.add_column("contacts", sa.Column("record_id", sa.String(36), nullable=True))
    connection = op.get_bind()
    ids = [row[0] for row in connection.execute(sa.text("SELECT id FROM contacts ORDER BY id"))]
    fill = sa.text("UPDATE contacts SET record_id = :record_id WHERE id = :id")
    for start in range(0, len(ids), BATCH):
        connection.execute(
            fill,
            [{"id": i, "record_id": str(uuid.uuid4())} for i in ids[start : start + BATCH]],
        )
    op.create_index("ix_contacts_record_id", "contacts", ["record_id"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_contacts_record_id", table_name="contacts")
    op.drop_column("contacts", "record_id")  # SQLite 3.35+ drops a column in place
