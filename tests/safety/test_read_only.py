"""Write-protected records and backups: read, checked and restored without writing to them."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from optin_desk.cli import main


@contextmanager
def write_protected(*paths: Path) -> Iterator[None]:
    """Make files and folders unwritable, even for root (chattr +i), then undo it."""
    root = os.geteuid() == 0
    if root and shutil.which("chattr") is None:
        pytest.skip("running as root without chattr: nothing can be write-protected")
    done: list[tuple[Path, int]] = []
    try:
        for path in paths:
            if root:
                result = subprocess.run(["chattr", "+i", str(path)], capture_output=True)
                if result.returncode != 0:
                    pytest.skip(f"chattr +i is not supported here: {result.stderr!r}")
            else:
                path.chmod(path.stat().st_mode & ~0o222)
            done.append((path, path.stat().st_mode))
        for path in paths:
            if path.is_file():
                with pytest.raises(OSError, match=r"Read-only|not permitted|Permission denied"):
                    path.open("r+b").close()  # the protection is real
        yield
    finally:
        for path, mode in reversed(done):
            if root:
                subprocess.run(["chattr", "-i", str(path)], check=True)
            else:
                path.chmod(mode | 0o200)


def run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def records(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    db = folder / "records.sqlite3"
    run(capsys, db, "init", "--business", "Ann's Deli", "--country", "GB")
    run(capsys, db, "optin", "07911123456", "--scope", "orders", "--method", "in_person")
    run(capsys, db, "optout", "07911123477", "--scope", "all", "--method", "phone_call")
    assert sorted(p.name for p in folder.iterdir()) == ["records.sqlite3"]
    return db


@pytest.mark.parametrize("protect_folder", [True, False], ids=["folder", "file only"])
def test_status_check_and_verify_read_a_write_protected_database(
    capsys: pytest.CaptureFixture[str], records: Path, tmp_path: Path, protect_folder: bool
) -> None:
    listing = tmp_path / "list.csv"
    listing.write_text("phone\n07911123456\n07911123477\n", encoding="utf-8")
    before = digest(records)
    protected = (records, records.parent) if protect_folder else (records,)
    with write_protected(*protected):
        code, out, err = run(capsys, records, "status", "07911123456")
        assert code == 0, err
        assert "opted in" in out
        assert "opened read-only" in err
        code, out, err = run(capsys, records, "verify")
        assert (code, out.split(",")[0]) == (0, "ok: 5 events")  # 3 kinds, 2 entries
        code, out, err = run(capsys, records, "check", str(listing), "--category", "orders")
        assert code == 0, err
        assert "not kept: read-only" in out
        counts = {" ".join(line.split()) for line in out.splitlines()}
        assert "Send 1" in counts
        assert "Opted out 1" in counts
    assert digest(records) == before


def test_writing_commands_on_a_write_protected_database_fail_in_one_line(
    capsys: pytest.CaptureFixture[str], records: Path, tmp_path: Path
) -> None:
    listing = tmp_path / "list.csv"
    listing.write_text("phone\n07911123456\n", encoding="utf-8")
    before = digest(records)
    attempts = [
        ["optin", "07400123456", "--scope", "orders", "--method", "in_person"],
        ["optout", "07911123456", "--scope", "all", "--method", "phone_call"],
        ["pin", "482913"],
        ["check", str(listing), "--category", "orders", "--record-sent"],
        ["restore", str(records)],
    ]
    with write_protected(records, records.parent):
        for argv in attempts:
            code, out, err = run(capsys, records, *argv)
            assert code == 2, argv
            assert "cannot be written" in err
            assert err.count("\n") == 1
            assert out == ""
    assert digest(records) == before


@pytest.mark.parametrize("journal", ["delete", "wal"], ids=["app-made", "old wal backup"])
def test_a_backup_on_a_write_protected_stick_is_checked_and_restored(
    capsys: pytest.CaptureFixture[str], records: Path, tmp_path: Path, journal: str
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    code, _out, _err = run(capsys, records, "backup", str(stick / "copy.sqlite3"))
    assert code == 0
    copy = stick / "copy.sqlite3"
    assert copy.read_bytes()[18:20] == b"\x01\x01"  # rollback journal: one self-contained file
    if journal == "wal":  # as the backups of earlier versions were left
        with closing(sqlite3.connect(copy)) as raw:
            raw.execute("PRAGMA journal_mode = WAL")
    before = digest(copy)
    run(capsys, records, "optout", "07911123456", "--scope", "orders", "--method", "phone_call")
    with write_protected(copy, stick):
        code, out, err = run(capsys, records, "restore", str(copy))
        assert code == 0, err
        assert "re-applied after the restore: 1 opt-out," in out
    assert digest(copy) == before
    # the restore left nothing on the stick: only the backup and its checkpoint
    assert sorted(p.name for p in stick.iterdir()) == [
        "copy.sqlite3",
        "copy.sqlite3.checkpoint.json",
    ]
    code, out, _err = run(capsys, records, "status", "07911123456", "--json")
    assert '"orders": "opted_out"' in out
    assert run(capsys, records, "verify")[0] == 0
