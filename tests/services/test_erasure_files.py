"""After an erasure: the file and its WAL (or the server's tables) hold nothing of the person,
or the erasure says who still holds them."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import select, text

from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.services.erasure import erase_contact
from optin_desk.services.erasure_files import Holder, finish_erasure
from optin_desk.storage.engine import READ_ONLY_OPTION, Database, open_database
from optin_desk.storage.models import Evidence
from tests.paper_forms import printed_serials

TYPED = "07911 123456"
TRACES = (b"447911123456", TYPED.encode(), b"Zebedee", b"Quixotic", b"zebedee-signup")
# The note is free text (chain-bind: salted commitments); extend TRACES to a note once it goes.


def sign_up(database: Database, tmp_path: Path) -> str:
    """Zebedee with a scan, and Ann; the scan's sha256."""
    scan = tmp_path / "zebedee-signup.png"
    scan.write_bytes(b"a scanned form with a signature")
    with database.sessions() as session:
        (serial,) = printed_serials(session, tmp_path)
        recorded = record_opt_in(
            session,
            OptInRequest(
                phone=TYPED,
                scopes=["offers"],
                method="paper_form",
                name="Zebedee Quixotic",
                serial=serial,
                evidence=scan,
            ),
            database.evidence_dir,
        )
        record_opt_in(
            session,
            OptInRequest(phone="07400 123456", scopes=["offers"], method="in_person", name="Ann"),
            database.evidence_dir,
        )
        assert recorded.event_ids
        sha = session.scalars(select(Evidence.sha256)).one()
    scan.unlink()
    return sha


def file_bytes(database: Database) -> bytes:
    assert database.sqlite_path is not None
    path = database.sqlite_path
    parts = [path, path.with_name(path.name + "-wal")]
    return b"".join(p.read_bytes() for p in parts if p.is_file())


@pytest.mark.sqlite_only
def test_a_page_of_this_window_reading_is_named_and_waited_for(
    database: Database, tmp_path: Path
) -> None:
    sha = sign_up(database, tmp_path)
    with database.reading() as reading:  # a page of the window, mid-read
        assert reading.scalar(text("SELECT count(*) FROM contacts")) == 2
        with database.sessions() as session:
            done = erase_contact(session, TYPED, "Owner", database, wait=0.2, close_idle=True)
        assert done.held_by is Holder.THIS_PROGRAM
        assert b"Zebedee" in file_bytes(database)
    with database.sessions() as session:
        assert session.get_one(Evidence, sha).original_name == ""  # the row no longer names it
    reader = database.reading()
    session_of_page = reader.__enter__()
    session_of_page.scalar(text("SELECT count(*) FROM contacts"))
    timer = threading.Timer(0.5, reader.__exit__, (None, None, None))
    timer.start()  # the page finishes its read while the erasure waits
    try:
        finished = finish_erasure(database, wait=10, close_idle=True)
    finally:
        timer.join()
    assert finished.done
    assert 0.3 <= finished.waited < 10
    content = file_bytes(database)
    for trace in TRACES:
        assert trace not in content, trace
    assert b"Ann" in content


@pytest.mark.sqlite_only
def test_another_program_holding_the_file_is_named_then_the_erasure_finishes(
    database: Database, tmp_path: Path
) -> None:
    sign_up(database, tmp_path)
    assert database.sqlite_path is not None
    window = open_database(str(database.sqlite_path))  # the window, open on the same file
    try:
        with window.reading() as reading:
            reading.scalar(text("SELECT count(*) FROM contacts"))
            with database.sessions() as session:
                done = erase_contact(session, TYPED, "Owner", database, wait=0.2)
            assert done.held_by is Holder.OTHER_PROGRAM
            assert not done.wipe_problem
        again = finish_erasure(database, wait=1)
    finally:
        window.dispose()
    assert again.done
    content = file_bytes(database)
    for trace in TRACES:
        assert trace not in content, trace


@pytest.mark.postgresql_only
def test_on_a_server_an_open_snapshot_is_named_and_vacuum_runs_once_it_ends(
    database: Database, tmp_path: Path
) -> None:
    sign_up(database, tmp_path)
    other = open_database(database.url.render_as_string(hide_password=False))
    try:
        with other.engine.connect().execution_options(
            isolation_level="REPEATABLE READ", **{READ_ONLY_OPTION: True}
        ) as computer:  # another computer, mid-report
            assert computer.scalar(text("SELECT count(*) FROM contacts")) == 2
            with database.sessions() as session:
                done = erase_contact(session, TYPED, "Owner", database, wait=0.3)
            assert done.held_by is Holder.SERVER_SESSION
            computer.rollback()
        finished = finish_erasure(database, wait=2)
    finally:
        other.dispose()
    assert finished.done
    with database.reading() as session:
        names = session.scalars(text("SELECT name FROM contacts ORDER BY name")).all()
        assert names == ["", "Ann"]
        assert session.scalar(text("SELECT count(*) FROM contacts WHERE phone_raw <> ''")) == 1
