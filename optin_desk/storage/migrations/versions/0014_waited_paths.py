"""An index of the opt-outs alone, in the order the confirmations page lists them.

Pending confirmations read every opt-out still unconfirmed; without it they read the whole
ledger once per opening of the page. Partial (opt-outs are a small share of all events), so it
costs little room; the query names `action = 'opt_out'` as a literal so that both SQLite and
PostgreSQL can prove the index applies.

Revision ID: 0014
Revises: 0013
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

OPT_OUTS = "action = 'opt_out'"


def upgrade() -> None:
    # Not through batch_alter_table: a batch copy would recreate the ledger and drop its
    # append-only triggers.
    op.create_index(
        "ix_consent_events_opt_outs",
        "consent_events",
        ["recorded_at", "id"],
        unique=False,
        sqlite_where=sa.text(OPT_OUTS),
        postgresql_where=sa.text(OPT_OUTS),
    )


def downgrade() -> None:
    op.drop_index("ix_consent_events_opt_outs", table_name="consent_events")
