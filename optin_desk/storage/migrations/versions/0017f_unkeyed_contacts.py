"""An index of the contacts still waiting for their keyed number hash.

Opening the records asks whether any contact with a number has no `contact_key` yet (records
upgraded from before 0017a, or written by a computer without the records key). Once every
contact is keyed the answer is no, and without this index the question read every contact at
every start. The index holds only the contacts without a key: those still waiting (normally
none) and people erased before 0017a (their number is gone; a handful).

Revision ID: 0017f
Revises: 0017e
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017f"
down_revision = "0017e"
branch_labels = None
depends_on = None

_WAITING = sa.text("contact_key IS NULL")


def upgrade() -> None:
    # A plain CREATE INDEX: a batch copy would recreate the table and drop its triggers.
    op.create_index(
        "ix_contacts_unkeyed",
        "contacts",
        ["id"],
        sqlite_where=_WAITING,
        postgresql_where=_WAITING,
    )


def downgrade() -> None:
    op.drop_index("ix_contacts_unkeyed", table_name="contacts")
