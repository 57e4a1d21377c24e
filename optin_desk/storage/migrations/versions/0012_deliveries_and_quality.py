"""Delivery outcomes read from status reports, and the quality log of sender numbers: both
append-only (triggers refuse UPDATE and DELETE, as on the ledger).

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

TABLES = ("delivery_outcomes", "quality_log")


def upgrade() -> None:
    op.create_table(
        "delivery_outcomes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_key", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("error_code", sa.Integer(), nullable=True),
        sa.Column("error_title", sa.String(length=300), nullable=False),
        sa.Column("first_at", sa.String(length=32), nullable=True),
        sa.Column("status_at", sa.String(length=32), nullable=True),
        sa.Column("campaign", sa.String(length=200), nullable=False),
        sa.Column("sender", sa.String(length=40), nullable=False),
        sa.Column("check_id", sa.Integer(), nullable=True),
        sa.Column("message_sent_id", sa.Integer(), nullable=True),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("source_name", sa.String(length=300), nullable=False),
        sa.Column("source_sha256", sa.String(length=64), nullable=False),
        sa.Column("read_at", sa.String(length=32), nullable=False),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["check_id"], ["checks.id"], name=op.f("fk_delivery_outcomes_check_id_checks")
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_delivery_outcomes_contact_id_contacts")
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["consent_events.id"],
            name=op.f("fk_delivery_outcomes_event_id_consent_events"),
        ),
        sa.ForeignKeyConstraint(
            ["message_sent_id"],
            ["messages_sent.id"],
            name=op.f("fk_delivery_outcomes_message_sent_id_messages_sent"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delivery_outcomes")),
        sa.UniqueConstraint("message_key", "status", name=op.f("uq_delivery_outcomes_message_key")),
    )
    with op.batch_alter_table("delivery_outcomes", schema=None) as batch_op:
        batch_op.create_index(
            "ix_delivery_outcomes_code_at", ["error_code", "status_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_delivery_outcomes_check_id"), ["check_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_delivery_outcomes_contact_id"), ["contact_id"], unique=False
        )
    op.create_table(
        "quality_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sender_e164", sa.String(length=20), nullable=False),
        sa.Column("observed_on", sa.String(length=10), nullable=False),
        sa.Column("rating", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("messaging_limit", sa.String(length=32), nullable=False),
        sa.Column("blocks", sa.Integer(), nullable=True),
        sa.Column("reports", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.String(length=32), nullable=False),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quality_log")),
    )
    with op.batch_alter_table("quality_log", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_quality_log_sender_e164"), ["sender_e164"], unique=False
        )
    _append_only()


def _append_only() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in TABLES:
            for verb in ("UPDATE", "DELETE"):
                op.execute(
                    f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} BEGIN "
                    f"SELECT RAISE(ABORT, '{table} is append-only: {verb} refused'); END"
                )
        return
    op.execute(
        "CREATE FUNCTION outcomes_append_only() RETURNS trigger AS $$ BEGIN "
        "RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP; END; "
        "$$ LANGUAGE plpgsql"
    )
    for table in TABLES:
        op.execute(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION outcomes_append_only()"
        )


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in TABLES:
        if sqlite:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete")
        else:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
    if not sqlite:
        op.execute("DROP FUNCTION IF EXISTS outcomes_append_only()")
    op.drop_table("quality_log")
    op.drop_table("delivery_outcomes")
