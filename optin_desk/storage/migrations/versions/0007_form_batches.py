"""Printed batches of consent forms and the serial of every form.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "form_batches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("printed_at", sa.String(length=32), nullable=False),
        sa.Column("printed_by", sa.String(length=100), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("wording_id", sa.Integer(), nullable=False),
        sa.Column("paper", sa.String(length=16), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_form_batches_contact_id_contacts")
        ),
        sa.ForeignKeyConstraint(
            ["wording_id"], ["wordings.id"], name=op.f("fk_form_batches_wording_id_wordings")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_form_batches")),
    )
    op.create_table(
        "form_serials",
        sa.Column("serial", sa.String(length=16), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"], ["form_batches.id"], name=op.f("fk_form_serials_batch_id_form_batches")
        ),
        sa.PrimaryKeyConstraint("serial", name=op.f("pk_form_serials")),
    )
    op.create_index(op.f("ix_form_serials_batch_id"), "form_serials", ["batch_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_form_serials_batch_id"), table_name="form_serials")
    op.drop_table("form_serials")
    op.drop_table("form_batches")
