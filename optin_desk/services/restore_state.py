"""A restored copy's consent state, never taken on trust from the backup.

The state table is what `check` reads; it is derived from the ledger, not chained. A backup
made of records whose state table was edited behind the program's back (with the sqlite3
tool, say) would otherwise bring that edit back: a person who opted out, shown opted in. So
the restore compares the copy's table with its ledger refolded, as verify does, and when
they differ folds every person's state again from the ledger before the copy replaces the
records.
"""

from __future__ import annotations

from sqlalchemy import select

from optin_desk.domain.verify_findings import STATE_DIFFERS
from optin_desk.services.verify_checks import AroundChain, check_state
from optin_desk.storage.engine import Database
from optin_desk.storage.ledger import load_categories, refresh_state
from optin_desk.storage.models import ConsentStateRow, Contact


def state_differs(copy: Database) -> bool:
    """True when the copy's state table disagrees with its ledger."""
    report = AroundChain()
    with copy.reading() as session:
        check_state(session, report)
    return any(finding.code == STATE_DIFFERS for finding in report.findings)


def state_from_ledger(copy: Database) -> bool:
    """Fold every person's consent state again from the copy's ledger when its table
    disagrees with it; True when it did (the table was not the ledger's)."""
    if not state_differs(copy):
        return False
    with copy.sessions() as session:
        categories = load_categories(session)
        people = set(session.scalars(select(Contact.id)))
        people |= set(session.scalars(select(ConsentStateRow.contact_id).distinct()))
        for contact_id in sorted(people):
            refresh_state(session, contact_id, categories)
        session.commit()
    return True
