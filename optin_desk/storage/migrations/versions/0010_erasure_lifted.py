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
    with op.batch_alter_table("erased_numbers") as batch:
        batch.add_column(sa.Column("lifted_at", sa.String(length=32), nullable=True))
        batch.add_column(sa.Column("lifted_by_event_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("erased_numbers") as batch:
        batch.drop_column("lifted_by_event_id")
        batch.drop_column("lifted_at")
