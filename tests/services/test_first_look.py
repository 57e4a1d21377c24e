"""The window's first look reads what the ORM reads, and steps aside whenever it has doubt."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from optin_desk.services.demo import add_demo_contacts
from optin_desk.services.directory import PageCursor, contact_page, cursor_after
from optin_desk.services.first_look import QuickRecords, take_first_look
from optin_desk.services.profile import load_profile
from optin_desk.services.staff import put_staff, staff_names
from optin_desk.storage.engine import Database

pytestmark = pytest.mark.sqlite_only  # the first look reads SQLite files; a server goes the ORM way


def _look(database: Database) -> QuickRecords:
    assert database.sqlite_path is not None
    look = take_first_look(str(database.sqlite_path))
    assert look is not None, "settled records at the newest schema get a first look"
    return look


def _raw(database: Database, sql: str, *parameters: object) -> None:
    assert database.sqlite_path is not None
    with closing(sqlite3.connect(database.sqlite_path)) as raw, raw:
        raw.execute(sql, parameters)


def test_the_shop_and_staff_read_as_the_services_read_them(database: Database) -> None:
    with database.sessions() as session:
        put_staff(session, ["Sam", "Ana Ruiz", "  "])
        session.commit()
    look = _look(database)
    try:
        with database.reading() as session:
            assert look.profile == load_profile(session)
            assert look.staff_names() == staff_names(session) == ["Sam", "Ana Ruiz"]
        assert look.where == str(database.sqlite_path)
    finally:
        look.close()


def test_every_page_of_contacts_reads_as_the_directory_reads_it(database: Database) -> None:
    with database.sessions() as session:
        add_demo_contacts(session, 450)
        session.commit()
    look = _look(database)
    try:
        cursor: PageCursor | None = None
        pages = 0
        while True:
            first = look.contact_page("", cursor)
            with database.reading() as session:
                orm = contact_page(session, "", cursor)
            assert first == orm
            if not orm:
                break
            pages += 1
            cursor = cursor_after(orm[-1])
        assert pages == 3  # 450 people at 200 a page
        assert look.contact_page("ann", None) is None  # a search goes through the services
    finally:
        look.close()


def test_records_behind_the_newest_schema_get_no_first_look(database: Database) -> None:
    _raw(database, "UPDATE alembic_version SET version_num = '0001'")
    assert take_first_look(str(database.sqlite_path)) is None  # opened the upgrading way


def test_records_with_a_contact_waiting_for_its_key_get_no_first_look(
    database: Database,
) -> None:
    _raw(
        database,
        "INSERT INTO contacts (phone_e164, phone_raw, name, language, created_at) "
        "VALUES (?, '', '', '', '2026-01-01T00:00:00Z')",
        "+447911123456",
    )
    assert take_first_look(str(database.sqlite_path)) is None  # opening settles it first


def test_a_new_shop_a_missing_file_and_a_server_get_no_first_look(
    empty_database: Database, tmp_path: Path
) -> None:
    assert take_first_look(str(empty_database.sqlite_path)) is None  # setup comes first
    assert take_first_look(str(tmp_path / "nothing-here.sqlite3")) is None
    assert not (tmp_path / "nothing-here.sqlite3").exists()  # and nothing was created
    assert take_first_look("postgresql+psycopg://someone@server/records") is None
