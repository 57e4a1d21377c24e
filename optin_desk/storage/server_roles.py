"""On a PostgreSQL server, nobody but the ledger's owner keeps a right to rewrite it.

`packaging/postgres-setup.sh` makes two roles: an owner (owns the database and the tables it
creates through the migrations) and the role every computer logs in as, which gets reading and
writing on the owner's tables by default privileges. This module takes the rewrite rights on
the ledger (`consent_events`) back from every role but the owner, after each upgrade, so a
table a later migration adds, or a grant someone made by hand, never lets a computer's role
UPDATE, DELETE or TRUNCATE an event. The trigger refuses those to everyone anyway; this is the
second lock, which a role cannot switch off because it owns no table.

The one rewrite a computer may make is erasure's: blanking an event's free texts and their
salt (migration 0017a). Roles that may append to the ledger get UPDATE on those columns only;
the trigger still refuses any update that changes anything else.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

LEDGER_TABLE = "consent_events"
REWRITES = ("UPDATE", "DELETE", "TRUNCATE")
ERASABLE_COLUMNS = (
    "note",
    "reason",
    "customer_words",
    "confirmation_text",
    "texts_salt",
    "texts_erased_at",
)

_APPENDERS = text(
    """
    SELECT DISTINCT CASE WHEN grant_.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(r.rolname) END
    FROM pg_class c
    CROSS JOIN LATERAL aclexplode(c.relacl) AS grant_
    LEFT JOIN pg_roles r ON r.oid = grant_.grantee
    WHERE c.oid = to_regclass(:table)
      AND grant_.privilege_type = 'INSERT'
      AND grant_.grantee <> c.relowner
    """
)

_HOLDERS = text(
    """
    SELECT DISTINCT CASE WHEN grant_.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(r.rolname) END
    FROM pg_class c
    CROSS JOIN LATERAL aclexplode(c.relacl) AS grant_
    LEFT JOIN pg_roles r ON r.oid = grant_.grantee
    WHERE c.oid = to_regclass(:table)
      AND grant_.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE')
      AND grant_.grantee <> c.relowner
    """
)


def roles_that_may_rewrite_ledger(connection: Connection) -> list[str]:
    """Roles (quoted, or PUBLIC) other than the owner granted a rewrite right on the ledger."""
    return sorted(str(row[0]) for row in connection.execute(_HOLDERS, {"table": LEDGER_TABLE}))


def revoke_ledger_rewrites(connection: Connection) -> list[str]:
    """Take UPDATE, DELETE and TRUNCATE on the ledger back from everyone but its owner.

    Runs as the owner (or a superuser); returns the roles it took them from."""
    holders = roles_that_may_rewrite_ledger(connection)
    for holder in holders:
        connection.execute(text(f"REVOKE {', '.join(REWRITES)} ON {LEDGER_TABLE} FROM {holder}"))
    columns = ", ".join(ERASABLE_COLUMNS)
    for appender in sorted(
        str(row[0]) for row in connection.execute(_APPENDERS, {"table": LEDGER_TABLE})
    ):
        connection.execute(text(f"GRANT UPDATE ({columns}) ON {LEDGER_TABLE} TO {appender}"))
    return holders
