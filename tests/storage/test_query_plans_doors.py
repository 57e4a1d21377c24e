"""The doors into the records and the reads around them search the big tables, never read them.

The same seeded year of records (smaller) as test_query_plans.py; each test runs the real
service function, catches every SELECT it sent with the parameters SQLAlchemy bound, and asks
SQLite for each one's plan. Paths that write run on a copy of the seeded file.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from optin_desk.documents.lists import read_text_table
from optin_desk.documents.replies_in import IncomingReply
from optin_desk.services.consent import (
    OptInRequest,
    OptOutRequest,
    record_opt_in,
    record_opt_out,
)
from optin_desk.services.erasure import erased_on
from optin_desk.services.imports import apply_import, plan_import
from optin_desk.services.replies import read_replies
from optin_desk.services.scans import note_evidence
from optin_desk.services.today import today_snapshot
from optin_desk.storage.anchors import event_hashes, event_ids_and_hashes
from optin_desk.storage.engine import Database, open_database
from optin_desk.storage.shop_events import kind_disagreements, shop_events
from tests.storage.query_plans import catching, load_make_records, plan, scans

pytestmark = [pytest.mark.slow, pytest.mark.sqlite_only]

CONTACTS = 3000


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("doors") / "records.sqlite3"
    load_make_records().main([str(path), "--contacts", str(CONTACTS), "--events", "9000"])
    return path


@pytest.fixture
def copy(seeded: Path, tmp_path: Path) -> Iterator[tuple[Database, Path]]:
    """A database opened on a copy of the seeded file, for the paths that write."""
    path = tmp_path / "copy.sqlite3"
    shutil.copy(seeded, path)
    database = open_database(str(path))
    yield database, path
    database.dispose()


def phone(index: int) -> str:
    """The number of the generator's person `index`."""
    return str(load_make_records().phone_of(index))


def no_scans(
    database: Database,
    path: Path,
    work: Callable[[Session], object],
    allowed: tuple[str, ...] = (),
) -> list[str]:
    """Run `work(session)`; fail on any scan of a big table; the statements it sent."""
    with catching(database) as caught, database.sessions() as session:
        work(session)
    assert caught.statements, "the path sent no SELECT: nothing was checked"
    found = scans(path, caught, allowed)
    assert not found, "\n".join(found)
    return [statement for statement, _ in caught.statements]


def test_opt_in_of_a_person_on_file_and_of_a_new_one(copy: tuple[Database, Path]) -> None:
    database, path = copy

    def work(session: Session) -> None:
        for number in (phone(5), "+447911123456"):
            request = OptInRequest(phone=number, scopes=("offers",), method="in_person")
            record_opt_in(session, request, database.evidence_dir)

    sent = no_scans(database, path, work)
    assert any("consent_events" in statement for statement in sent)


def test_opt_out_of_a_person_with_a_thousand_events(copy: tuple[Database, Path]) -> None:
    database, path = copy

    def work(session: Session) -> None:
        record_opt_out(session, OptOutRequest(phone(0), "all", "in_person"))

    no_scans(database, path, work)


def test_replies_look_each_sender_up(copy: tuple[Database, Path]) -> None:
    database, path = copy
    replies = [
        IncomingReply(1, phone(3), "STOP"),
        IncomingReply(2, phone(4), "yes please"),
        IncomingReply(3, "+447911123457", "stop"),
    ]

    def work(session: Session) -> None:
        rows = read_replies(session, replies)
        assert len(rows) == 3

    no_scans(database, path, work)


def test_an_import_looks_its_numbers_up_and_appends(copy: tuple[Database, Path]) -> None:
    database, path = copy
    lines = ["number,name,category,action,date"]
    lines += [f"{phone(index)},Known {index},offers,opt_out,2026-10-01" for index in (0, 3, 4)]
    lines += [f"+4479111{index:05d},New {index},offers,opt_in,2026-10-01" for index in range(40)]

    def work(session: Session) -> None:
        plan = plan_import(session, read_text_table("\n".join(lines)))
        assert apply_import(session, plan, "crm.csv", skip_invalid=True) >= 40

    sent = no_scans(database, path, work)
    assert any("json_each" in statement for statement in sent)  # one search per number


def test_the_erasure_block_every_door_consults(copy: tuple[Database, Path]) -> None:
    database, path = copy

    def work(session: Session) -> None:
        assert erased_on(session, phone(9)) is None

    no_scans(database, path, work)


def test_a_scan_is_found_by_its_sha256(copy: tuple[Database, Path], tmp_path: Path) -> None:
    database, path = copy
    scan = tmp_path / "form.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)

    with catching(database) as caught, database.sessions() as session:
        assert len(note_evidence(session, scan)) == 64
    lookups = [(s, p) for s, p in caught.statements if "FROM evidence" in s]
    assert lookups, caught.statements
    for statement, parameters in lookups:
        steps = plan(path, statement, parameters)
        by_key = "SEARCH evidence USING INDEX sqlite_autoindex_evidence_1 (sha256=?)"
        assert steps == [by_key], steps


def test_todays_figures_count_over_indexes_only(copy: tuple[Database, Path]) -> None:
    """Counting every person and every state is a pass, over a covering index; the ledger is
    only ever searched (the day's sign-ups, the waiting confirmations, returned forms)."""
    database, path = copy
    with catching(database) as caught, database.reading() as session:
        today_snapshot(session)
    assert len(caught.statements) >= 8
    for statement, parameters in caught.statements:
        for line in plan(path, statement, parameters):
            if line.startswith("SCAN consent_events") and "ix_consent_events_opt_outs" in line:
                continue  # the waiting opt-outs: their own partial index, a small share
            assert not line.startswith("SCAN consent_events"), (line, statement)
            if line.startswith(("SCAN contacts", "SCAN consent_state", "SCAN form_serials")):
                assert "COVERING INDEX" in line, (line, statement)


def test_the_shop_events_are_searched_among_the_ledger(copy: tuple[Database, Path]) -> None:
    """The shop's own entries (categories, kinds, wordings) sit in the ledger with no contact:
    reading them searches those entries, never every person's events."""
    database, path = copy

    def work(session: Session) -> None:
        assert shop_events(session)
        kind_disagreements(session)

    no_scans(database, path, work)


def test_the_owner_pin_is_checked_against_the_ledger_by_a_search(
    copy: tuple[Database, Path],
) -> None:
    from optin_desk.services.owner import require_owner, set_owner_pin

    database, path = copy
    with database.sessions() as session:
        set_owner_pin(session, "246810", None)

    def work(session: Session) -> None:
        require_owner(session, "246810")

    sent = no_scans(database, path, work)
    assert any("FROM consent_events" in statement for statement in sent)  # the ledger asked


def test_checkpoints_read_the_hashes_in_id_order_without_sorting(
    copy: tuple[Database, Path],
) -> None:
    """A checkpoint covers the whole ledger, so it reads every hash: in key order, streamed
    from the table itself, never sorted in a temporary tree."""
    database, path = copy
    with catching(database) as caught, database.reading() as session:
        event_ids_and_hashes(session)
    with database.reading() as session:
        assert len(event_hashes(session)) == len(event_hashes(session, 10_000_000))
    for statement, parameters in caught.statements:
        steps = plan(path, statement, parameters)
        assert steps == ["SCAN consent_events"], (steps, statement)
