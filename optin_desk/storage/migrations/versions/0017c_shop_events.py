"""Shop events: ledger entries without a contact, and each category's kind stated in the chain.

`consent_events.contact_id` may now be empty: such an event is about the shop, not a person
(a category's kind, a restore), and its facts are in the new `details` column (compact sorted
JSON, chained when set; events stored before have none and keep their hashes).

SQLite rebuilds the table for the NOT NULL change (batch mode). Its indexes and its triggers
(the append-only guards of 0001) are read from the schema before and put back word for word
after, so the rebuilt ledger still refuses UPDATE and DELETE. PostgreSQL drops the NOT NULL in
place; its triggers and rights do not move.

The upgrade then appends one chained `category_kind` event per existing category stating the
kind its row holds at that moment. What this vouches for: the kind of every category from the
upgrade on. A kind edited in the file before the upgrade cannot be told from a real one; a
kind edited after it disagrees with the ledger, which `verify` names and the rules ignore.

A downgrade with shop events in the ledger keeps them (never deleted), with the `details`
column and the empty contacts; upgrading again finds them and adds what is missing.

The payload here is frozen at this revision (the fields chained when it was written), so a
later change to the chain code does not change what this upgrade writes.

Revision ID: 0017c
Revises: 0016
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0017c"
down_revision = "0016"
branch_labels = None
depends_on = None

_CHAINED = (
    "event_id",
    "contact_id",
    "action",
    "scope",
    "method",
    "occurred_at",
    "recorded_at",
    "recorded_by",
    "wording_sha256",
    "form_serial",
    "evidence_sha256",
    "note",
    "voided_event_id",
    "reason",
    "customer_words",
    "language",
    "confirmation_text",
)
_COMPACT = {"sort_keys": True, "separators": (",", ":"), "ensure_ascii": False}


def _sqlite_objects(bind: sa.Connection, kind: str) -> list[str]:
    """The CREATE statements of the ledger's own indexes or triggers, as stored."""
    rows = bind.execute(
        sa.text(
            "SELECT sql FROM sqlite_master WHERE type = :kind AND tbl_name = 'consent_events' "
            "AND sql IS NOT NULL ORDER BY name"
        ),
        {"kind": kind},
    )
    return [str(row[0]) for row in rows]


def _sqlite_names(bind: sa.Connection, kind: str) -> list[str]:
    rows = bind.execute(
        sa.text(
            "SELECT name FROM sqlite_master WHERE type = :kind AND tbl_name = 'consent_events' "
            "AND sql IS NOT NULL ORDER BY name"
        ),
        {"kind": kind},
    )
    return [str(row[0]) for row in rows]


def _alter(nullable: bool) -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        with op.batch_alter_table("consent_events") as batch:
            if nullable:
                batch.add_column(sa.Column("details", sa.Text(), nullable=True))
            else:
                batch.drop_column("details")
            batch.alter_column("contact_id", existing_type=sa.Integer(), nullable=nullable)
        return
    indexes, triggers = _sqlite_objects(bind, "index"), _sqlite_objects(bind, "trigger")
    for name in _sqlite_names(bind, "index"):  # put back verbatim (partial ones too) below
        op.execute(f'DROP INDEX "{name}"')
    # resolve_fks=False: the tables it points at (contacts, with its expression index) are not
    # reflected, only named
    with op.batch_alter_table(
        "consent_events", recreate="always", reflect_kwargs={"resolve_fks": False}
    ) as batch:
        if nullable:
            batch.add_column(sa.Column("details", sa.Text(), nullable=True))
        else:
            batch.drop_column("details")
        batch.alter_column("contact_id", existing_type=sa.Integer(), nullable=nullable)
    present = set(_sqlite_objects(bind, "trigger"))
    for statement in (*indexes, *(t for t in triggers if t not in present)):
        op.execute(statement)


def _state_kinds(bind: sa.Connection) -> None:
    """Append one chained category_kind event per category the ledger has not named yet."""
    stated = {
        str(row[0])
        for row in bind.execute(
            sa.text(
                "SELECT scope FROM consent_events "
                "WHERE contact_id IS NULL AND action = 'category_kind'"
            )
        )
    }
    categories = [
        (key, kind)
        for key, kind in bind.execute(
            sa.text("SELECT key, kind FROM categories ORDER BY position, id")
        )
        if key not in stated
    ]
    if not categories:
        return
    head = bind.execute(
        sa.text("SELECT event_count, last_event_id, head_hash FROM ledger_head WHERE id = 1")
    ).first()
    count, last_id, previous = (0, 0, "0" * 64) if head is None else tuple(head)
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    events = sa.table(
        "consent_events",
        *(sa.column(name) for name in ("id", *_CHAINED[1:], "details", "prev_hash", "hash")),
    )
    for key, kind in categories:
        last_id += 1
        count += 1
        fields: dict[str, object] = dict.fromkeys(_CHAINED, "")
        fields.update(
            event_id=last_id,
            contact_id=None,
            action="category_kind",
            scope=key,
            method="shop",
            occurred_at=now,
            recorded_at=now,
            recorded_by="upgrade",
            wording_sha256=None,
            form_serial=None,
            evidence_sha256=None,
            voided_event_id=None,
        )
        details = json.dumps({"kind": kind}, **_COMPACT)  # type: ignore[arg-type]
        payload = json.dumps({**fields, "details": details}, **_COMPACT)  # type: ignore[arg-type]
        digest = hashlib.sha256(f"{previous}\n".encode("ascii") + payload.encode()).hexdigest()
        row = {name: value for name, value in fields.items() if name != "event_id"}
        bind.execute(
            events.insert().values(
                id=last_id, **row, details=details, prev_hash=previous, hash=digest
            )
        )
        previous = digest
    values = {"count": count, "last": last_id, "head": previous}
    if head is None:
        bind.execute(
            sa.text(
                "INSERT INTO ledger_head (id, event_count, last_event_id, head_hash) "
                "VALUES (1, :count, :last, :head)"
            ),
            values,
        )
    else:
        bind.execute(
            sa.text(
                "UPDATE ledger_head SET event_count = :count, last_event_id = :last, "
                "head_hash = :head WHERE id = 1"
            ),
            values,
        )


def _has_details(bind: sa.Connection) -> bool:
    return any(c["name"] == "details" for c in sa.inspect(bind).get_columns("consent_events"))


def upgrade() -> None:
    bind = op.get_bind()
    if not _has_details(bind):  # a downgrade that kept shop events kept the column too
        _alter(nullable=True)
    _state_kinds(bind)


def downgrade() -> None:
    bind = op.get_bind()
    shop = bind.scalar(sa.text("SELECT count(*) FROM consent_events WHERE contact_id IS NULL"))
    if not shop:
        _alter(nullable=False)
    # Shop events are never deleted: with any in the ledger the column and the empty contact
    # stay, and the next upgrade finds them (it states only kinds the ledger lacks).
