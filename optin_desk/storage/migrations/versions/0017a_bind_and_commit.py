"""The contact bound into the chain, free texts as salted commitments.

`contacts.contact_key` and `consent_events.contact_key` hold the person's number as an HMAC
under the records key (kept outside the file; filled in for existing contacts by the
services step that opens the records, since a migration cannot reach the user data folder).
`consent_events.texts_sha256` chains a salted commitment to the four free texts of new
events; `texts_salt` and `texts_erased_at` are not chained.

The ledger stays append-only with one narrow exception, on SQLite and PostgreSQL alike:
an UPDATE that only blanks an event's four texts and its salt and says when (erasure on
request). Any other change is refused as before.

On this branch it follows 0017c (shop events), whose SQLite rebuild of the ledger puts the
strict UPDATE trigger back: this one must come after it. The erasure-only condition names
every column the ledger has when it runs (but the erasable ones): a migration that adds a
column to `consent_events` later must recreate this trigger (and the PostgreSQL guard).

Revision ID: 0017a
Revises: 0017c
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017a"
down_revision = "0017c"
branch_labels = None
depends_on = None

ERASABLE = (
    "note",
    "reason",
    "customer_words",
    "confirmation_text",
    "texts_salt",
    "texts_erased_at",
)
"""What an erasure may blank (and when it did); every other column must stay as it was."""

BLANKED = (
    "NEW.note = '' AND NEW.reason = '' AND NEW.customer_words = '' AND NEW.confirmation_text = ''"
)


def _kept_columns() -> list[str]:
    """Every column of the ledger an erasure leaves exactly as it was."""
    columns = sa.inspect(op.get_bind()).get_columns("consent_events")
    return [str(column["name"]) for column in columns if column["name"] not in ERASABLE]


def _erasure_only_sqlite() -> str:
    kept = " AND ".join(f"NEW.{name} IS OLD.{name}" for name in _kept_columns())
    return (
        f"{BLANKED} AND coalesce(NEW.texts_salt, '') = '' AND NEW.texts_erased_at IS NOT NULL "
        f"AND (OLD.texts_erased_at IS NULL OR NEW.texts_erased_at IS OLD.texts_erased_at) "
        f"AND {kept}"
    )


def _guard_postgresql(erasure_allowed: bool) -> str:
    kept_new = ", ".join(f"NEW.{name}" for name in _kept_columns())
    kept_old = ", ".join(f"OLD.{name}" for name in _kept_columns())
    allowed = (
        f"IF TG_OP = 'UPDATE' THEN IF {BLANKED} AND coalesce(NEW.texts_salt, '') = '' "
        f"AND NEW.texts_erased_at IS NOT NULL AND (OLD.texts_erased_at IS NULL "
        f"OR NEW.texts_erased_at = OLD.texts_erased_at) "
        f"AND ({kept_new}) IS NOT DISTINCT FROM ({kept_old}) THEN RETURN NEW; END IF; END IF; "
        if erasure_allowed
        else ""
    )
    return (
        "CREATE OR REPLACE FUNCTION consent_events_append_only() RETURNS trigger AS $$ BEGIN "
        f"{allowed}RAISE EXCEPTION 'consent events are append-only: % refused', TG_OP "
        "USING ERRCODE = 'restrict_violation'; END; $$ LANGUAGE plpgsql"
    )


def upgrade() -> None:
    op.add_column("contacts", sa.Column("contact_key", sa.String(length=64), nullable=True))
    for name, size in (
        ("contact_key", 64),
        ("texts_sha256", 64),
        ("texts_salt", 32),
        ("texts_erased_at", 32),
    ):
        op.add_column("consent_events", sa.Column(name, sa.String(length=size), nullable=True))
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS consent_events_no_update")
        op.execute(
            "CREATE TRIGGER consent_events_no_update BEFORE UPDATE ON consent_events "
            f"WHEN NOT ({_erasure_only_sqlite()}) "
            "BEGIN SELECT RAISE(ABORT, 'consent events are append-only: UPDATE refused'); END"
        )
    else:
        op.execute(_guard_postgresql(erasure_allowed=True))


def downgrade() -> None:
    # plain ALTER TABLE ... DROP COLUMN (SQLite 3.35+): a batch copy would drop the triggers
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        op.execute("DROP TRIGGER IF EXISTS consent_events_no_update")
    else:
        op.execute(_guard_postgresql(erasure_allowed=False))
    for name in ("texts_erased_at", "texts_salt", "texts_sha256", "contact_key"):
        op.drop_column("consent_events", name)
    op.drop_column("contacts", "contact_key")
    if sqlite:
        op.execute(
            "CREATE TRIGGER consent_events_no_update BEFORE UPDATE ON consent_events "
            "BEGIN SELECT RAISE(ABORT, 'consent events are append-only: UPDATE refused'); END"
        )
