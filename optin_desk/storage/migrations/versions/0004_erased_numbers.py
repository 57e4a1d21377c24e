"""Numbers erased on request, kept as keyed hashes.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "erased_numbers",
        sa.Column("keyed_hash", sa.String(length=64), nullable=False),
        sa.Column("erased_at", sa.String(length=32), nullable=False),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("keyed_hash", name=op.f("pk_erased_numbers")),
    )


def downgrade() -> None:
    op.drop_table("erased_numbers")
