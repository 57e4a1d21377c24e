"""Personal data on disk: owner-only files, no temporary copy left, no database by mistake."""

from __future__ import annotations

import errno
import os
import stat
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from optin_desk.documents.csv_out import write_csv
from optin_desk.private_files import PARTIAL_SUFFIX, writing_privately
from optin_desk.storage import engine
from tests.command_line import CommandLine
from tests.safety.cli_run import shop

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_the_database_its_wal_scans_backups_and_exports_are_owner_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = shop(tmp_path, capsys)
    scan = tmp_path / "shadow"
    scan.write_bytes(b"root:$6$secret")
    scan.chmod(0o640)
    run(
        "optin",
        "07911 123456",
        "--scope",
        "offers",
        "--method",
        "in_person",
        "--evidence",
        str(scan),
    )
    database = engine.open_database(str(run.db))
    try:
        with database.reading() as session:  # an open connection keeps -wal and -shm
            session.execute(text("SELECT 1"))
            for side in ("-wal", "-shm"):
                assert mode(Path(f"{run.db}{side}")) == 0o600
    finally:
        database.dispose()
    assert mode(run.db) == 0o600
    evidence = tmp_path / "evidence"
    assert mode(evidence) == 0o700
    assert [mode(p) for p in evidence.rglob("*")] == [0o700, 0o600]
    run("backup", str(tmp_path / "copy.sqlite3"))
    assert mode(tmp_path / "copy.sqlite3") == 0o600
    run("export", str(tmp_path / "events.csv"))
    assert mode(tmp_path / "events.csv") == 0o600
    run("proof", "07911 123456", "--out", str(tmp_path / "proof.json"))
    assert mode(tmp_path / "proof.json") == 0o600


def test_a_mistyped_db_folder_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    typo = tmp_path / "shpo" / "records" / "shop.sqlite3"
    for args in (("status", "07911 123456"), ("init", "--business", "X", "--country", "GB")):
        refused = CommandLine(typo, capsys)(*args, expect=2)
        assert len(refused.err.strip().splitlines()) == 1
        assert "does not exist" in refused.err
    assert list(tmp_path.iterdir()) == []


def test_only_init_and_demo_create_a_database_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = CommandLine(tmp_path / "nofile.sqlite3", capsys)
    for args in (("status", "07911 123456"), ("verify",), ("export", str(tmp_path / "e.csv"))):
        refused = missing(*args, expect=2)
        assert "optin-desk init" in refused.err
        assert len(refused.err.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []
    folder = CommandLine(tmp_path, capsys)("verify", expect=2)
    assert "is a folder" in folder.err
    run = shop(tmp_path, capsys)
    assert run("verify").out.startswith("ok: 3 events")  # the 3 categories' kinds


@posix_only
def test_the_default_location_is_made_owner_only_on_the_first_init(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "home" / ".local" / "share" / "OptIn Desk"
    monkeypatch.setattr(engine, "default_data_dir", lambda: data)
    monkeypatch.delenv(engine.DB_ENV_VAR, raising=False)
    from optin_desk.cli import main

    assert main(["status", "07911 123456"]) == 2
    assert "no records yet" in capsys.readouterr().err
    assert not (tmp_path / "home").exists()
    assert main(["init", "--business", "Ann's Deli", "--country", "GB"]) == 0
    assert mode(data) == 0o700
    assert mode(data / engine.DB_FILE_NAME) == 0o600


def old(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"+447911123456,Ann Lee")
    an_hour_ago = time.time() - 3600
    os.utime(path, (an_hour_ago, an_hour_ago))
    return path


def test_stale_temporary_copies_go_at_the_next_start(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = shop(tmp_path, capsys)
    stale = [
        old(tmp_path / f"events.csv{PARTIAL_SUFFIX}"),
        old(tmp_path / "backups" / f"b.sqlite3{PARTIAL_SUFFIX}"),
        old(tmp_path / "backups" / f"b.sqlite3{PARTIAL_SUFFIX}-journal"),
        old(tmp_path / "evidence" / f"{'ab' * 32}{PARTIAL_SUFFIX}"),
    ]
    fresh = tmp_path / f"other.csv{PARTIAL_SUFFIX}"  # another process may be writing it
    fresh.write_bytes(b"in progress")
    someone_elses = old(tmp_path / "download.partial")
    run("status", "07911 123456")
    assert [p.exists() for p in stale] == [False] * len(stale)
    assert fresh.exists()
    assert someone_elses.exists()


@posix_only
def test_a_killed_restores_working_copy_goes_at_the_next_start(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = shop(tmp_path, capsys)
    left = [
        old(tmp_path / "shop.restoring-20261130T220000Z.sqlite3"),
        old(tmp_path / "shop.restoring-20261130T220000Z.sqlite3-wal"),
    ]
    running = tmp_path / "shop.restoring-20261130T221500Z.sqlite3"  # a restore under way
    running.write_bytes(b"+447911123456,Ann Lee")
    kept = old(tmp_path / "shop.replaced-20261130T220000Z.sqlite3")  # what a restore replaced
    run("status", "07911 123456")
    assert [p.exists() for p in left] == [False, False]
    assert running.exists()
    assert kept.exists()


def test_writing_into_a_folder_clears_its_stale_copies(tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stale = old(stick / f"copy.sqlite3{PARTIAL_SUFFIX}")
    write_csv(stick / "list.csv", ("a",), [("x",)])
    assert not stale.exists()


def test_a_full_disk_mid_write_leaves_no_copy(tmp_path: Path) -> None:
    def rows() -> Iterator[tuple[str]]:
        yield ("+447911123456",)
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OSError, match="No space"):
        write_csv(tmp_path / "report.csv", ("phone",), rows())
    assert list(tmp_path.iterdir()) == []


def test_an_interrupted_write_leaves_no_copy(tmp_path: Path) -> None:
    target = tmp_path / "backup.sqlite3"

    def killed() -> None:
        with writing_privately(target) as partial:
            partial.write_bytes(b"half")
            Path(f"{partial}-journal").write_bytes(b"j")
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        killed()
    assert list(tmp_path.iterdir()) == []


class _Window:
    """What `open_in_window` needs of the main window."""

    def __init__(self) -> None:
        self.failures: list[str] = []
        self.opened: list[engine.Database] = []

    def show_failure(self, text: str) -> None:
        self.failures.append(text)

    def tr(self, text: str) -> str:
        return text

    def attach_database(self, database: engine.Database) -> None:
        self.opened.append(database)


def test_the_window_makes_a_new_database_only_on_its_default_location(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from optin_desk.app import open_in_window

    monkeypatch.delenv(engine.DB_ENV_VAR, raising=False)
    window = _Window()
    assert open_in_window(window, str(tmp_path / "typo.sqlite3")) is None  # type: ignore[arg-type]
    assert "optin-desk init" in window.failures[0]
    assert list(tmp_path.iterdir()) == []
    data = tmp_path / "data" / "OptIn Desk"
    monkeypatch.setattr(engine, "default_data_dir", lambda: data)
    database = open_in_window(window, None)  # type: ignore[arg-type]
    assert database is not None
    database.dispose()
    assert (data / engine.DB_FILE_NAME).is_file()
