"""A check's row verdicts kept packed beside the check instead of one table row each.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from optin_desk.storage.results import pack_results, unpack_results

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("checks") as batch:
        batch.add_column(sa.Column("results", sa.LargeBinary(), nullable=True))
    connection = op.get_bind()
    ids = [row[0] for row in connection.execute(sa.text("SELECT id FROM checks"))]
    for check_id in ids:
        rows = connection.execute(
            sa.text(
                "SELECT row, input, name, coalesce(phone_e164, ''), verdict, reason, "
                "opt_out_line FROM check_rows WHERE check_id = :id ORDER BY position"
            ),
            {"id": check_id},
        ).all()
        packed = pack_results((int(r[0]), r[1], r[2], r[3], r[4], r[5], bool(r[6])) for r in rows)
        connection.execute(
            sa.text("UPDATE checks SET results = :packed WHERE id = :id"),
            {"packed": packed, "id": check_id},
        )
    op.drop_table("check_rows")


def downgrade() -> None:
    op.create_table(
        "check_rows",
        sa.Column("check_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("row", sa.Integer(), nullable=False),
        sa.Column("input", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("phone_e164", sa.String(length=20), nullable=True),
        sa.Column("verdict", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("opt_out_line", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["check_id"], ["checks.id"], name=op.f("fk_check_rows_check_id_checks")
        ),
        sa.PrimaryKeyConstraint("check_id", "position", name=op.f("pk_check_rows")),
    )
    connection = op.get_bind()
    packed_checks = connection.execute(
        sa.text("SELECT id, results FROM checks WHERE results IS NOT NULL")
    ).all()
    for check_id, packed in packed_checks:
        connection.execute(
            sa.text(
                "INSERT INTO check_rows (check_id, position, row, input, name, phone_e164, "
                "verdict, reason, opt_out_line) VALUES (:check_id, :position, :row, :input, "
                ":name, :phone, :verdict, :reason, :line)"
            ),
            [
                {
                    "check_id": check_id,
                    "position": position,
                    "row": row,
                    "input": written,
                    "name": name,
                    "phone": phone or None,
                    "verdict": verdict,
                    "reason": reason,
                    "line": line,
                }
                for position, (row, written, name, phone, verdict, reason, line) in enumerate(
                    unpack_results(packed)
                )
            ],
        )
    with op.batch_alter_table("checks") as batch:
        batch.drop_column("results")
