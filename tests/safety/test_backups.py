"""Backups: checked copies, rotation, restore that refuses what is not sound."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from optin_desk.cli.run import main
from optin_desk.domain.retention import backups_to_keep
from optin_desk.services import backups
from optin_desk.services.backup_places import recorded_backups
from optin_desk.services.backups import (
    auto_backup,
    check_records_file,
    last_backup,
    make_backup,
    restore_backup,
)
from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.services.contacts import contact_status
from optin_desk.services.errors import InputError
from optin_desk.services.profile import BusinessSetup, create_business
from optin_desk.storage.engine import Database

pytestmark = pytest.mark.sqlite_only  # SQLite files; a server's: test_server_backup


def add(database: Database, phone: str) -> None:
    with database.sessions() as session:
        record_opt_in(
            session,
            OptInRequest(phone=phone, scopes=["orders"], method="in_person"),
            database.evidence_dir,
        )


def test_a_backup_is_checked_and_remembered(database: Database, tmp_path: Path) -> None:
    add(database, "07911123456")
    stick = tmp_path / "stick"
    stick.mkdir()
    info = make_backup(database, stick)
    assert info.path.parent == stick
    assert info.events == 4  # the shop's 3 categories' kinds, then the opt-in
    assert check_records_file(info.path) == (4, info.head)
    remembered = last_backup(database)
    assert remembered is not None
    assert remembered.path == info.path


def test_restore_brings_back_the_backup_and_keeps_the_replaced_records(
    database: Database, tmp_path: Path
) -> None:
    add(database, "07911123456")
    info = make_backup(database, tmp_path / "copy.sqlite3")
    add(database, "07400123456")
    done = restore_backup(database, info.path)
    assert done.events == 5  # the backup's 4, then the restore's own entry
    assert check_records_file(done.replaced_kept_at)[0] == 5
    with database.reading() as session:
        assert contact_status(session, "07400123456").known is False
        assert contact_status(session, "07911123456").known is True


def test_restore_refuses_files_that_are_not_sound_records(
    database: Database, tmp_path: Path
) -> None:
    add(database, "07911123456")
    other = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(other)) as raw:
        raw.execute("CREATE TABLE t (x)")
    text = tmp_path / "notes.sqlite3"
    text.write_text("hello")
    tampered = make_backup(database, tmp_path / "tampered.sqlite3").path
    with closing(sqlite3.connect(tampered)) as raw:
        raw.execute("DROP TRIGGER consent_events_no_update")
        raw.execute("UPDATE consent_events SET scope = 'all'")
        raw.commit()
    cases = [
        (text, "not an OptIn Desk database"),
        (other, "not an OptIn Desk database"),
        (tampered, "fails the ledger check at event 1"),
        (tmp_path / "missing.sqlite3", "does not exist"),
    ]
    for path, message in cases:
        with pytest.raises(InputError, match=message):
            restore_backup(database, path)
    with database.reading() as session:
        assert contact_status(session, "07911123456").known


def test_automatic_backups_once_a_day_with_rotation(database: Database) -> None:
    folder = database.data_dir / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    for days in range(1, 60):
        stamp = (now - timedelta(days=days)).strftime("%Y%m%dT%H%M%SZ")
        (folder / f"records-{stamp}.sqlite3").write_bytes(b"")
    made = auto_backup(database)
    assert made is not None
    assert auto_backup(database) is None  # once a day
    left = sorted(folder.glob("records-*.sqlite3"))
    assert made.path in left
    assert 7 <= len(left) <= 7 + 4 + 12


def test_two_databases_in_one_folder_each_keep_their_own_daily_backups(
    database: Database,
) -> None:
    from optin_desk.services.backups import last_backup
    from optin_desk.storage.engine import open_database

    other = open_database(str(database.data_dir / "second-shop.sqlite3"))
    try:
        with other.sessions() as session:
            create_business(session, BusinessSetup(name="Second Shop", country="GB"))
        folder = database.data_dir / "backups"
        folder.mkdir(parents=True, exist_ok=True)
        now = datetime.now(UTC)
        for days in range(1, 90):
            stamp = (now - timedelta(days=days)).strftime("%Y%m%dT%H%M%SZ")
            (folder / f"second-shop-{stamp}.sqlite3").write_bytes(b"")
        ours = auto_backup(database)
        theirs = auto_backup(other)
        assert ours is not None
        assert theirs is not None  # the first database's backup of today does not count
        assert ours.path.name.startswith("records-")
        assert theirs.path.name.startswith("second-shop-")
        assert auto_backup(other) is None
        mine, second = last_backup(database), last_backup(other)
        assert mine is not None
        assert second is not None
        assert mine.path == ours.path
        assert second.path == theirs.path
        # each database's rotation keeps to its own backups
        assert [p.name for p in folder.glob("records-*.sqlite3")] == [ours.path.name]
        assert 7 <= len(list(folder.glob("second-shop-*.sqlite3"))) <= 7 + 4 + 12
    finally:
        other.dispose()


def test_retention_keeps_days_weeks_and_months() -> None:
    start = datetime(2026, 11, 22, 9, tzinfo=UTC)
    stamps = [start - timedelta(days=d) for d in range(400)]
    kept = backups_to_keep(stamps)
    days = sorted(kept, reverse=True)
    assert days[:7] == stamps[:7]
    assert len({(s.year, s.month) for s in kept}) == 12
    assert len(kept) <= 7 + 4 + 12
    assert backups_to_keep([]) == set()


def test_a_backup_cut_short_after_it_is_in_place_is_still_one_an_erasure_reaches(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add(database, "07911123456")
    stick = tmp_path / "stick"
    stick.mkdir()

    def killed(path: Path) -> tuple[int, str]:
        raise KeyboardInterrupt  # the process is stopped during the copy's last check

    monkeypatch.setattr(backups, "check_fresh_copy", killed)
    with pytest.raises(KeyboardInterrupt):
        make_backup(database, stick)
    (left,) = stick.glob("*.sqlite3")
    assert left in [path.resolve() for path in recorded_backups(database)]


def test_a_folder_named_with_its_slash_that_is_not_there_is_one_line_and_no_file(
    database: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    code = main(["--db", str(database.sqlite_path), "backup", "bk/"])
    assert code == 2
    err = capsys.readouterr().err
    assert err == (
        "optin-desk backup: the folder bk/ does not exist; plug in the stick or create it\n"
    )
    assert not (tmp_path / "bk").exists()
