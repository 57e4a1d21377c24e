"""The opt-out-line rules at their edges, with people judged together in one list: people
who differ only in when they were last messaged or last engaged share a verdict, and
each still gets the one the rules give them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from optin_desk.documents.lists import read_list, read_pasted
from optin_desk.services.check import record_sent, run_check
from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.storage.engine import Database

NOW = datetime.now(UTC)
PEOPLE = ("07911 123401", "07911 123402", "07911 123403", "07911 123404", "07911 123405")


def _messaged(session: Session, database: Database, phone: str, opted: int, sent: int) -> None:
    """Opted in `opted` days ago, last sent an offer `sent` days ago."""
    record_opt_in(
        session,
        OptInRequest(
            phone=phone, scopes=("offers",), method="in_person", at=NOW - timedelta(days=opted)
        ),
        database.evidence_dir,
    )
    done = run_check(session, read_pasted(phone), "offers", "x")
    record_sent(session, done.check_id, NOW - timedelta(days=sent))


def test_the_long_gap_and_the_unengaged_days_at_their_edges(
    database: Database, session: Session
) -> None:
    for phone, opted, sent in zip(PEOPLE, (1, 1, 1, 170, 200), (89, 10, 91, 10, 10), strict=True):
        _messaged(session, database, phone, opted, sent)
    rows = run_check(session, read_pasted("\n".join(PEOPLE)), "offers", "x").rows
    lines = [(r.opt_out_line, r.reason.partition("; ")[2]) for r in rows]
    assert lines == [
        (False, ""),
        (False, ""),
        (True, "add an opt-out option: first after more than 90 days"),
        (False, ""),
        (True, "add an opt-out option: nothing from or about them in 180 days"),
    ]


def test_a_number_twice_in_one_cell_is_a_duplicate_of_its_own_row(
    database: Database, session: Session, tmp_path: Path
) -> None:
    _messaged(session, database, PEOPLE[0], 1, 10)
    listing = tmp_path / "list.csv"
    listing.write_text(f'Name,Phone\nAna,"{PEOPLE[0]} ::: +44 7911 123401"\nBo,{PEOPLE[1]}\n')
    rows = run_check(session, read_list(listing), "offers", "x").rows
    assert [(r.row, r.verdict.value) for r in rows] == [
        (1, "send"),
        (1, "duplicate"),
        (2, "no_consent"),
    ]
    assert rows[1].reason == "same number as row 1"
