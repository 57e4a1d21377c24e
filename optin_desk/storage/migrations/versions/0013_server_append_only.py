"""PostgreSQL: the ledger's guard refuses TRUNCATE too, and says so as an integrity error.

The row trigger of 0001 never fires for TRUNCATE; a statement trigger now does. Its error
carries SQLSTATE 23001 (restrict_violation), so the program sees the same IntegrityError as
from SQLite's triggers. SQLite has no TRUNCATE: nothing changes there.

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

GUARD = (
    "CREATE OR REPLACE FUNCTION consent_events_append_only() RETURNS trigger AS $$ BEGIN "
    "RAISE EXCEPTION 'consent events are append-only: % refused', TG_OP{errcode}; END; "
    "$$ LANGUAGE plpgsql"
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(GUARD.format(errcode=" USING ERRCODE = 'restrict_violation'"))
    op.execute(
        "CREATE TRIGGER consent_events_no_truncate BEFORE TRUNCATE ON consent_events "
        "FOR EACH STATEMENT EXECUTE FUNCTION consent_events_append_only()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS consent_events_no_truncate ON consent_events")
    op.execute(GUARD.format(errcode=""))
