"""The day alone of an answer written down without a time (ordered within the day by record),
and an index on what voids an event (every "is this voided?" lookup scanned the ledger).

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: a batch copy would recreate the table and drop its append-only
    # triggers.
    op.add_column("consent_events", sa.Column("occurred_on", sa.String(length=10), nullable=True))
    op.create_index(
        "ix_consent_events_voided_event_id", "consent_events", ["voided_event_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_consent_events_voided_event_id", table_name="consent_events")
    op.drop_column("consent_events", "occurred_on")  # SQLite 3.35+ drops in place
