"""When each opt-out's confirmation was sent.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "confirmations_sent",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("sent_at", sa.String(length=32), nullable=False),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["consent_events.id"],
            name=op.f("fk_confirmations_sent_event_id_consent_events"),
        ),
        sa.PrimaryKeyConstraint("event_id", name=op.f("pk_confirmations_sent")),
    )


def downgrade() -> None:
    op.drop_table("confirmations_sent")
