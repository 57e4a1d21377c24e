"""Every path a person waits on searches the big tables instead of reading them whole.

The database is made by bench/make_records.py (the benches' year of records, smaller): SQLite
plans without gathered statistics, as the program runs, so the plans are those of a year.
Each test runs the real service function and explains every SELECT it sent.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from optin_desk.documents.lists import read_list
from optin_desk.domain.serials import make_serial
from optin_desk.services.check import run_check
from optin_desk.services.contacts import contact_history, contact_status
from optin_desk.services.directory import contact_page, cursor_after
from optin_desk.services.forms import batch_views
from optin_desk.services.optouts import pending_confirmations
from optin_desk.services.proof import build_proof
from optin_desk.services.serial_check import check_serial
from optin_desk.services.voids import void_events
from optin_desk.storage.engine import Database, open_database
from optin_desk.storage.ledger import ledger_kinds
from optin_desk.storage.verify_queries import (
    EVENTS_BY_PERSON,
    EVIDENCE_USERS,
    STATE_ROWS,
    WORDING_MISMATCHES,
    erasures_not_on_record,
    lifts_not_on_record,
)
from tests.storage.query_plans import catching, load_make_records, scans

pytestmark = [pytest.mark.slow, pytest.mark.sqlite_only]

CONTACTS = 3000


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("plans") / "records.sqlite3"
    load_make_records().main([str(path), "--contacts", str(CONTACTS), "--events", "9000"])
    return path


@pytest.fixture
def database(seeded: Path) -> Iterator[Database]:
    opened = open_database(str(seeded))
    yield opened
    opened.dispose()


def phone(index: int) -> str:
    """The number of the generator's person `index` (0 has 1,000 events, 1 has 500)."""
    return str(load_make_records().phone_of(index))


def no_scans(database: Database, seeded: Path, work, allowed: tuple[str, ...] = ()) -> int:
    """Run `work(session)`, fail on any scan of a big table; return the statements explained."""
    with catching(database) as caught, database.sessions() as session:
        work(session)
    assert caught.statements, "the path sent no SELECT: nothing was checked"
    found = scans(seeded, caught, allowed)
    assert not found, "\n".join(found)
    return len(caught.statements)


def test_history_of_a_person_with_a_thousand_events(database: Database, seeded: Path) -> None:
    def work(session: Session) -> None:
        status, events = contact_history(session, phone(0))
        assert len(events) == 1000
        assert status.known

    no_scans(database, seeded, work)


def test_status(database: Database, seeded: Path) -> None:
    no_scans(database, seeded, lambda session: contact_status(session, phone(1)))


def test_proof(database: Database, seeded: Path) -> None:
    def work(session: Session) -> None:
        assert len(build_proof(session, phone(1)).events) == 500

    no_scans(database, seeded, work)


def test_serial_check_of_a_used_and_a_fresh_form(database: Database, seeded: Path) -> None:
    def work(session: Session) -> None:
        used = check_serial(session, make_serial(1))
        fresh = check_serial(session, make_serial(2999))
        assert used.serial == make_serial(1)
        assert fresh.serial == make_serial(2999)

    no_scans(database, seeded, work)


def test_pending_confirmations(database: Database, seeded: Path) -> None:
    def work(session: Session) -> None:
        assert pending_confirmations(session)  # the last three days' opt-outs wait

    # every opt-out not yet confirmed is a candidate: the walk is over the opt-outs' own
    # (partial) index, a small share of the ledger, never over all events
    no_scans(
        database, seeded, work, allowed=("consent_events USING INDEX ix_consent_events_opt_outs",)
    )


def test_batch_list(database: Database, seeded: Path) -> None:
    def work(session: Session) -> None:
        views = batch_views(session)
        assert views
        assert sum(v.returned for v in views) > 0

    no_scans(database, seeded, work)


def test_contacts_first_page_and_a_page_deep_in_the_list(database: Database, seeded: Path) -> None:
    pages = []

    def first_page(session: Session) -> None:
        pages.append(contact_page(session))

    # the first page walks the sort index from its start and stops at the page's end
    no_scans(database, seeded, first_page, allowed=("contacts USING INDEX ix_contacts_sort_name",))

    def deeper(session: Session) -> None:
        deep = contact_page(session, after=cursor_after(pages[0][-1]), limit=200)
        for _ in range(10):  # the planner must seek, whatever the cursor's values
            deep = contact_page(session, after=cursor_after(deep[-1]), limit=200)
        assert deep

    no_scans(database, seeded, deeper)


def test_search_by_name_reads_names_but_no_events(database: Database, seeded: Path) -> None:
    def work(session: Session) -> None:
        assert contact_page(session, "Smith")

    no_scans(database, seeded, work, allowed=("contacts",))


def test_search_by_number_lands_on_one_person(database: Database, seeded: Path) -> None:
    def work(session: Session) -> None:
        rows = contact_page(session, phone(7))
        assert [r.phone_e164 for r in rows] == [phone(7)]

    # a whole number is looked up through the number's index: no pass over every contact
    no_scans(database, seeded, work)


def test_search_by_part_of_a_number_reads_the_numbers(database: Database, seeded: Path) -> None:
    def work(session: Session) -> None:
        assert contact_page(session, phone(7)[-6:])

    no_scans(database, seeded, work, allowed=("contacts",))


def test_check_of_a_short_list_looks_people_up(
    database: Database, seeded: Path, tmp_path: Path
) -> None:
    listing = tmp_path / "list.csv"
    listing.write_text("Phone\n" + "\n".join(phone(i) for i in range(0, 300, 3)) + "\n")
    recipients = read_list(listing)

    def work(session: Session) -> None:
        result = run_check(session, recipients, "offers", "0" * 64, keep=False, commit=False)
        assert sum(result.counts.values()) == 100

    # the numbers the rows may be are looked up too: nothing is read whole
    no_scans(database, seeded, work)


def test_check_of_a_long_list_searches_for_each_person(
    database: Database, seeded: Path, tmp_path: Path
) -> None:
    listing = tmp_path / "list.csv"
    listing.write_text("Phone\n" + "\n".join(phone(i) for i in range(0, 3000, 2)) + "\n")
    recipients = read_list(listing)

    def work(session: Session) -> None:
        result = run_check(session, recipients, "offers", "0" * 64, keep=False, commit=False)
        assert sum(result.counts.values()) == 1500
        assert result.counts["send"] > 0

    # half the shop: every number on file is read at once (cheaper than looking up 1,500);
    # their states, other consents, sends and last events are searched for, person by person
    count = no_scans(database, seeded, work, allowed=("contacts",))
    assert count >= 4


def test_void(seeded: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(seeded, copy)
    database = open_database(str(copy))
    try:
        with database.sessions() as session:
            events = contact_history(session, phone(0))[1]
        target = next(e for e in events if e.action.value == "opt_in" and not e.voided_by_event_id)

        def work(session: Session) -> None:
            void_events(session, [target.id], "entered twice")

        no_scans(database, copy, work)
    finally:
        database.dispose()


def test_the_kinds_the_ledger_states(database: Database, seeded: Path) -> None:
    """Every append and every check reads the categories' kinds from the ledger's shop
    events: a search of the empty-contact entries, never a walk over all events."""

    def work(session: Session) -> None:
        assert len(ledger_kinds(session)) == 3

    no_scans(database, seeded, work)


def verify_plan(seeded: Path, statement: str, parameters: dict[str, object]) -> str:
    """SQLite's plan of one of verify's statements, its steps on one line each."""
    with closing(sqlite3.connect(seeded)) as raw:
        rows = raw.execute(f"EXPLAIN QUERY PLAN {statement}", parameters).fetchall()
    return "\n".join(str(row[3]) for row in rows)


def test_verify_reads_the_ledger_by_person_and_the_state_table_in_key_order(
    seeded: Path,
) -> None:
    by_person = verify_plan(
        seeded, EVENTS_BY_PERSON.format(contact=1500, event=4000, batch=10000), {}
    )
    assert "SEARCH consent_events USING INDEX ix_consent_events_contact_id" in by_person, by_person
    assert "TEMP B-TREE" not in by_person, by_person  # streamed in order, never sorted whole
    states = verify_plan(seeded, STATE_ROWS.format(contact=1500, batch=10000), {})
    assert "SEARCH consent_state USING INDEX sqlite_autoindex_consent_state_1" in states, states
    assert "TEMP B-TREE" not in states, states


def test_verify_looks_wordings_and_scans_up_by_key(seeded: Path) -> None:
    wordings = verify_plan(seeded, WORDING_MISMATCHES, {"most": 20})
    assert "SEARCH w USING INTEGER PRIMARY KEY" in wordings, wordings  # one pass of events
    assert "TEMP B-TREE" not in wordings, wordings
    users = verify_plan(seeded, EVIDENCE_USERS, {"sha256": "ab" * 32})
    assert "SEARCH e USING INDEX ix_consent_events_evidence" in users, users
    assert "SEARCH c USING INTEGER PRIMARY KEY" in users, users


def test_verify_finds_erased_people_by_the_number_index(database: Database, seeded: Path) -> None:
    """The erasures on record are matched from the contacts without a number (a search of
    the number index), and lifts through the events' key: no walk over people or events."""

    def work(session: Session) -> None:
        assert erasures_not_on_record(session) == []
        assert lifts_not_on_record(session) == []

    no_scans(database, seeded, work)
