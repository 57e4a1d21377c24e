"""Categories in every language the shop prints: a label and a description per language.

Existing shops keep their categories' text as their profile language's text.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "category_texts",
        sa.Column("category_key", sa.String(length=32), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_key"],
            ["categories.key"],
            name=op.f("fk_category_texts_category_key_categories"),
        ),
        sa.PrimaryKeyConstraint("category_key", "language", name=op.f("pk_category_texts")),
    )
    # every category's present text becomes the text of the shop's own language
    op.execute(
        "INSERT INTO category_texts (category_key, language, label, description) "
        "SELECT c.key, p.language, c.label, coalesce(c.description, '') "
        "FROM categories AS c CROSS JOIN business_profile AS p WHERE p.id = 1"
    )


def downgrade() -> None:
    op.drop_table("category_texts")
