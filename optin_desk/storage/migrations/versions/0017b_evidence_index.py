"""An index on the scans the ledger names, for verify and erasure.

`verify` asks which events name a scan that is missing (to tell a scan removed with an
erasure from lost evidence), and an erasure asks which other people share a scan: both were
a scan of every event. Most events carry no scan, so the index holds only those that do.

Revision ID: 0017b
Revises: 0017a
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017b"
down_revision = "0017a"
branch_labels = None
depends_on = None

_ONLY_SCANS = sa.text("evidence_sha256 IS NOT NULL")


def upgrade() -> None:
    # A plain CREATE INDEX: a batch copy would recreate the table and drop its triggers.
    op.create_index(
        "ix_consent_events_evidence",
        "consent_events",
        ["evidence_sha256"],
        sqlite_where=_ONLY_SCANS,
        postgresql_where=_ONLY_SCANS,
    )


def downgrade() -> None:
    op.drop_index("ix_consent_events_evidence", table_name="consent_events")
