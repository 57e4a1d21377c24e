"""An erasure lifted by the person's own new opt-in: when, and by which event.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMNs (nullable): no copy of the table; every erasure stays in force
    op.add_column("erased_numbers", sa.Column("lifted_at", sa.String(length=32), nullable=True))
    op.add_column("erased_numbers", sa.Column("lifted_by_event_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    op.drop_column("erased_numbers", "lifted_by_event_id")  # SQLite 3.35+ drops in place
    op.drop_column("erased_numbers", "lifted_at")
