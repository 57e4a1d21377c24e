"""A backup of unchanged records reuses the last one; any change makes a full one."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from optin_desk.services.backups import check_records_file, make_backup
from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.storage.engine import Database

pytestmark = pytest.mark.sqlite_only  # a server is dumped with pg_dump every time


def add(database: Database, phone: str) -> None:
    with database.sessions() as session:
        record_opt_in(
            session,
            OptInRequest(phone=phone, scopes=["orders"], method="in_person"),
            database.evidence_dir,
        )


def raw(database: Database, statement: str) -> None:
    """A change made by any writer (another program, an older version): only SQL."""
    assert database.sqlite_path is not None
    with closing(sqlite3.connect(database.sqlite_path)) as connection:
        connection.execute(statement)
        connection.commit()


def test_an_unchanged_backup_is_reused_in_place_and_copied_elsewhere(
    database: Database, tmp_path: Path
) -> None:
    add(database, "07911123456")
    first = make_backup(database, tmp_path / "first.sqlite3")
    assert not first.unchanged
    again = make_backup(database, tmp_path / "first.sqlite3")
    assert again.unchanged
    assert again.path == first.path
    copied = make_backup(database, tmp_path / "second.sqlite3")
    assert copied.unchanged
    assert copied.path == tmp_path / "second.sqlite3"
    assert copied.path.read_bytes() == first.path.read_bytes()
    assert check_records_file(copied.path) == (4, first.head)  # 3 categories' kinds, 1 opt-in
    kept_checkpoint = first.path.with_name(first.path.name + ".checkpoint.json")
    copied_checkpoint = copied.path.with_name(copied.path.name + ".checkpoint.json")
    assert copied_checkpoint.read_bytes() == kept_checkpoint.read_bytes()


CHANGES: dict[str, Callable[[Database], None]] = {
    "a new event": lambda db: add(db, "07400123456"),
    "a renamed contact": lambda db: raw(db, "UPDATE contacts SET name = 'Someone else'"),
    "a changed setting": lambda db: raw(
        db, "INSERT INTO settings (key, value) VALUES ('check.gap_days', '30')"
    ),
    "a deleted setting": lambda db: raw(db, "DELETE FROM settings WHERE key LIKE 'owner%'"),
    "a table the count does not cover": lambda db: raw(db, "CREATE TABLE newer (id INTEGER)"),
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_any_change_makes_a_full_backup(database: Database, tmp_path: Path, change: str) -> None:
    add(database, "07911123456")
    raw(database, "INSERT INTO settings (key, value) VALUES ('owner.probe', 'x')")
    first = make_backup(database, tmp_path / "first.sqlite3")
    CHANGES[change](database)
    second = make_backup(database, tmp_path / "second.sqlite3")
    assert not second.unchanged
    assert second.path.read_bytes() != first.path.read_bytes()


def test_an_altered_backup_file_is_not_reused(database: Database, tmp_path: Path) -> None:
    add(database, "07911123456")
    first = make_backup(database, tmp_path / "first.sqlite3")
    with closing(sqlite3.connect(first.path)) as connection:
        connection.execute("UPDATE contacts SET name = 'Forged'")
        connection.commit()
    second = make_backup(database, tmp_path / "second.sqlite3")
    assert not second.unchanged
    with closing(sqlite3.connect(second.path)) as connection:
        assert connection.execute("SELECT name FROM contacts").fetchone()[0] != "Forged"


def test_a_change_during_the_backup_is_never_taken_as_backed_up(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add(database, "07911123456")
    import optin_desk.services.backups as backups

    copy = backups.backup_sqlite

    def copy_then_change(source: Path, target: Path, *, quick: bool) -> Path:
        made = copy(source, target, quick=quick)
        raw(database, "UPDATE contacts SET name = 'Renamed while copying'")
        return made

    monkeypatch.setattr(backups, "backup_sqlite", copy_then_change)
    make_backup(database, tmp_path / "first.sqlite3")
    monkeypatch.undo()
    second = make_backup(database, tmp_path / "second.sqlite3")
    assert not second.unchanged


def test_backing_up_into_the_folder_that_holds_the_last_backup_makes_no_new_file(
    database: Database, tmp_path: Path
) -> None:
    add(database, "07911123456")
    stick = tmp_path / "stick"
    stick.mkdir()
    first = make_backup(database, stick)
    again = make_backup(database, stick)
    assert again.unchanged
    assert again.path == first.path
    assert sorted(path.name for path in stick.glob("*.sqlite3")) == [first.path.name]


def test_an_altered_backup_whose_time_was_put_back_is_not_reused(
    database: Database, tmp_path: Path
) -> None:
    add(database, "07911123456")
    first = make_backup(database, tmp_path / "first.sqlite3")
    before = first.path.stat()
    with closing(sqlite3.connect(first.path)) as connection:
        connection.execute("UPDATE contacts SET name = 'Forged'")
        connection.commit()
    os.utime(first.path, ns=(before.st_atime_ns, before.st_mtime_ns))
    second = make_backup(database, tmp_path / "first.sqlite3")
    assert not second.unchanged
    with closing(sqlite3.connect(second.path)) as connection:
        assert connection.execute("SELECT name FROM contacts").fetchone()[0] != "Forged"


def test_a_note_without_the_file_size_makes_a_full_backup(
    database: Database, tmp_path: Path
) -> None:
    import json

    from optin_desk.services.backups import LAST_BACKUP_KEY
    from optin_desk.services.shop_texts import get_setting, put_setting

    add(database, "07911123456")
    make_backup(database, tmp_path / "first.sqlite3")
    with database.sessions() as session:  # as an older version noted it
        note = json.loads(get_setting(session, LAST_BACKUP_KEY) or "{}")
        del note["size"], note["modified_ns"]
        put_setting(session, LAST_BACKUP_KEY, json.dumps(note))
        session.commit()
    assert not make_backup(database, tmp_path / "second.sqlite3").unchanged


def test_backing_up_again_into_a_folder_named_from_where_the_command_runs_makes_no_new_file(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add(database, "07911123456")
    (tmp_path / "stick").mkdir()
    monkeypatch.chdir(tmp_path)  # `optin-desk backup stick` in the shop's folder
    first = make_backup(database, Path("stick"))
    again = make_backup(database, Path("stick"))
    assert again.unchanged
    assert [p.name for p in (tmp_path / "stick").glob("*.sqlite3")] == [first.path.name]
