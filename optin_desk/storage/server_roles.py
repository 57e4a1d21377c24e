"""The PostgreSQL role the program connects as: it may append to the ledger, never rewrite it.

The tables belong to the owner role that ran the migrations (`optin-desk init` as the owner);
the program's role gets reading and writing on every table except that the ledger
(`consent_events`) takes no UPDATE, DELETE or TRUNCATE from it, on top of the trigger that
refuses those to everyone. Tables added by later migrations get the same grants by default.
"""

from __future__ import annotations

import re

LEDGER_TABLE = "consent_events"
ROLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


def program_role_sql(role: str, owner: str) -> list[str]:
    """Statements an administrator (or `owner`) runs in the shop's database for `role`.

    `role` must exist (CREATE ROLE ... LOGIN PASSWORD ...); `owner` owns the tables."""
    for name in (role, owner):
        if not ROLE_NAME.fullmatch(name):
            raise ValueError(f"{name!r} is not a plain role name (a-z, 0-9, _)")
    return [
        f"GRANT USAGE ON SCHEMA public TO {role}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}",
        f"REVOKE UPDATE, DELETE, TRUNCATE ON {LEDGER_TABLE} FROM {role}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public "
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {role}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public "
        f"GRANT USAGE, SELECT ON SEQUENCES TO {role}",
    ]
