"""Every query of the Today snapshot is answered by an index: none scans the ledger."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from optin_desk.services.today import today_snapshot
from optin_desk.storage.engine import Database

from .test_today import seed_shop

BIG_TABLES = ("consent_events", "contacts", "consent_state", "confirmations_sent")


def snapshot_statements(database: Database, session: Session) -> list[tuple[str, Any]]:
    seen: list[tuple[str, Any]] = []

    def note(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_rest: Any) -> None:
        seen.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", note)
    try:
        today_snapshot(session)
    finally:
        event.remove(database.engine, "before_cursor_execute", note)
    return [(s, p) for s, p in seen if s.lstrip().upper().startswith("SELECT")]


@pytest.mark.sqlite_only
def test_no_query_of_the_snapshot_scans_a_large_table(
    database: Database, session: Session, tmp_path: Path
) -> None:
    seed_shop(session, database, tmp_path)
    statements = snapshot_statements(database, session)
    assert len(statements) >= 8
    connection = session.connection()
    if True:
        for statement, parameters in statements:
            plan = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            for row in plan.all():
                detail = str(row[-1])
                for table in BIG_TABLES:
                    if f"SCAN {table}" in detail:
                        # counting every person or state needs a pass, over an index only
                        assert table != "consent_events", (statement, detail)
                        assert "COVERING INDEX" in detail, (statement, detail)


@pytest.mark.sqlite_only
def test_sign_ups_and_waiting_confirmations_search_the_action_index(
    database: Database, session: Session, tmp_path: Path
) -> None:
    seed_shop(session, database, tmp_path)
    plans = []
    connection = session.connection()
    if True:
        for statement, parameters in snapshot_statements(database, session):
            if "contact_id IS NULL" in statement:
                continue  # the kinds the ledger states (tests/storage/test_query_plans.py)
            if "consent_events" in statement and "consent_events.id" not in statement[:60]:
                found = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
                plans.append(" ".join(str(row[-1]) for row in found.all()))
    assert len(plans) == 3  # sign-ups, waiting confirmations, returned forms
    print(plans)
    assert sum("ix_consent_events_action_recorded" in plan for plan in plans) == 2
    assert all("SCAN consent_events" not in plan for plan in plans)
