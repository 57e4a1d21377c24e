"""Index contacts by lower-cased name for the directory's pages.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX ix_contacts_sort_name ON contacts (lower(name), id)")


def downgrade() -> None:
    op.drop_index("ix_contacts_sort_name", table_name="contacts")
