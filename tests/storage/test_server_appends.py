"""Several computers appending at once to one PostgreSQL ledger: still one unbroken line."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from optin_desk.services.consent import OptInRequest, OptOutRequest, record_opt_in, record_opt_out
from optin_desk.storage.engine import BUSY_TIMEOUT_MS, Database, open_database
from optin_desk.storage.ledger import verify_ledger
from optin_desk.storage.models import ConsentEvent

pytestmark = pytest.mark.postgresql_only  # SQLite's one-writer lock: test_crash_and_concurrency

WRITERS = 4
EACH = 6


def _writer(url: str, number: int, failures: list[BaseException]) -> None:
    computer = open_database(url)  # its own engine and connections, like another computer
    try:
        for n in range(EACH):
            phone = f"+4479{number}{n:07d}"
            with computer.sessions() as session:
                record_opt_in(
                    session,
                    OptInRequest(phone=phone, scopes=["all"], method="in_person"),
                    computer.evidence_dir,
                )
            with computer.sessions() as session:
                record_opt_out(
                    session, OptOutRequest(phone=phone, scope="marketing", method="in_person")
                )
    except BaseException as error:  # handed to the test, which fails with it
        failures.append(error)
    finally:
        computer.dispose()


def test_four_computers_appending_from_an_empty_ledger_make_one_chain(
    database: Database,
) -> None:
    url = database.url.render_as_string(hide_password=False)
    failures: list[BaseException] = []
    threads = [
        threading.Thread(target=_writer, args=(url, number, failures))
        for number in range(1, WRITERS + 1)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert failures == []
    with database.reading() as session:
        report = verify_ledger(session)
        ids = session.scalars(select(ConsentEvent.id).order_by(ConsentEvent.id)).all()
    assert report.ok, report.problem
    kinds = 3  # the shop's categories' kinds, stated when it was set up
    assert report.count == kinds + WRITERS * EACH * 2
    assert list(ids) == list(range(1, kinds + WRITERS * EACH * 2 + 1))


def test_a_writer_waits_for_another_computers_write_and_a_reader_does_not(
    database: Database,
) -> None:
    url = database.url.render_as_string(hide_password=False)
    other = open_database(url)
    try:
        with other.sessions() as holding:
            holding.execute(select(1))  # this write transaction holds the writers' lock
            with database.reading() as reader:  # a read neither waits nor blocks
                assert verify_ledger(reader).ok
            started = time.monotonic()
            with (
                pytest.raises(OperationalError, match="lock timeout"),
                database.engine.connect() as writer,
            ):
                writer.execute(select(1))  # waits as long as SQLite's busy timeout, then fails
            assert time.monotonic() - started >= BUSY_TIMEOUT_MS / 1000 - 1
    finally:
        other.dispose()
