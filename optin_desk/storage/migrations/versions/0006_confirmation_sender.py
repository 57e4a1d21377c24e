"""Which of the shop's numbers sent an opt-out's confirmation.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("confirmations_sent") as batch:
        batch.add_column(
            sa.Column("sent_from", sa.String(length=32), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("confirmations_sent") as batch:
        batch.drop_column("sent_from")
