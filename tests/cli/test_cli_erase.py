"""`erase`: the file and its write-ahead log hold nothing of the person once it says done, it
says who still holds them when it cannot be done, and `--from-backups` erases the backups."""

from __future__ import annotations

import sqlite3
import zlib
from contextlib import closing
from pathlib import Path

import pytest

from tests.command_line import CommandLine
from tests.paper_forms import printed_by_command

TYPED = "07911 123456"
TRACES = (
    b"447911123456",
    b"07911 123456",
    b"Zebedee",
    b"Quixotic",
    b"zebedee-signup",
    b"Mr Q of Elm Road",  # typed by staff in a note, chained as a salted commitment
    b"no more offers for Zebedee",  # the person's own words, chained the same way
)


def set_up(cli: CommandLine, tmp_path: Path) -> None:
    scan = tmp_path / "zebedee-signup.png"
    scan.write_bytes(b"a scanned form with a signature")
    cli("init", "--business", "Corner Shop", "--country", "GB")
    (serial,) = printed_by_command(cli, tmp_path)
    cli(
        "optin",
        TYPED,
        "--scope",
        "offers",
        "--method",
        "paper_form",
        "--serial",
        serial,
        "--name",
        "Zebedee Quixotic",
        "--evidence",
        str(scan),
        "--note",
        "Mr Q of Elm Road, 07911 123456",
    )
    cli(
        "optout",
        TYPED,
        "--scope",
        "offers",
        "--method",
        "in_person",
        "--words",
        "no more offers for Zebedee",
    )
    cli("optin", "07400 123456", "--scope", "offers", "--method", "in_person", "--name", "Ann")
    scan.unlink()  # only the copy in the records' evidence folder is left


def file_bytes(database: Path) -> bytes:
    """The database file and its write-ahead log, as a reader of the disk sees them."""
    parts = [database, database.with_name(database.name + "-wal")]
    return b"".join(p.read_bytes() for p in parts if p.is_file())


@pytest.mark.sqlite_only  # the SQLite file and its -wal
def test_erase_names_the_reader_that_holds_the_file_and_finishes_after_it_closes(
    command_line: CommandLine, tmp_path: Path
) -> None:
    set_up(command_line, tmp_path)
    database = Path(command_line.db)
    with closing(sqlite3.connect(database, isolation_level=None)) as reader:
        reader.execute("BEGIN")
        assert reader.execute("SELECT count(*) FROM contacts").fetchone()[0] == 2
        held = command_line("erase", TYPED, "--wait", "0.3", expect=1)
        assert held.out.startswith("Erased the name, number and 1 scan.")
        lines = held.err.strip().splitlines()
        assert len(lines) == 1
        assert "erased from the records, but still readable in the file" in lines[0]
        assert f"run 'optin-desk erase {TYPED}' again" in lines[0]
        assert b"Zebedee" in file_bytes(database)  # what it said is true: the file still holds it
        reader.execute("COMMIT")
        finished = command_line("erase", TYPED)
    assert "was erased on" in finished.out
    assert "Wiped the freed space of the file again" in finished.out
    content = file_bytes(database)
    for trace in TRACES:
        assert trace not in content, trace
    assert b"Ann" in content


@pytest.mark.sqlite_only  # SQLite backups are rewritten; a server's dump is covered below
def test_erase_from_backups_leaves_no_trace_and_the_backup_restores_and_verifies(
    command_line: CommandLine, tmp_path: Path
) -> None:
    set_up(command_line, tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    folder = Path(command_line.db).parent / "backups"  # where the daily backups go
    folder.mkdir()
    command_line("backup", str(folder))
    command_line("optin", "07400 123457", "--scope", "orders", "--method", "in_person")
    command_line("backup", str(stick))  # the last backup, on a stick, with one event more
    backups = [*folder.glob("*.sqlite3"), *stick.glob("*.sqlite3")]
    assert len(backups) == 2
    assert all(b"Zebedee" in backup.read_bytes() for backup in backups)
    ran = command_line("erase", TYPED, "--from-backups")
    for backup in backups:
        assert (
            f"  {backup}: erased, checked; the checkpoint beside it still holds (same ledger)"
            in ran.out
        )
        content = backup.read_bytes()
        for trace in TRACES:
            assert trace not in content, (backup, trace)
        assert b"Ann" in content
        assert not backup.with_name(backup.name + ".erasing").exists()
    assert "ok" in command_line("verify", "--checkpoint", str(stick)).out
    command_line("optin", "07400 999999", "--scope", "offers", "--method", "in_person")
    command_line("restore", str(next(stick.glob("*.sqlite3"))))
    assert command_line.status(TYPED)["erased_on"] is not None
    assert command_line.status("07400 123456")["name"] == "Ann"
    assert "ok" in command_line("verify").out
    again = command_line("erase", TYPED, "--from-backups")  # nothing left to erase in them
    replaced = next(Path(command_line.db).parent.glob("records.replaced-*.sqlite3"))
    for backup in (*backups, replaced):  # the records the restore replaced are known too
        assert f"  {backup}: the person is not in it" in again.out


@pytest.mark.sqlite_only
def test_a_backup_that_cannot_be_rewritten_is_reported_and_removed_only_when_asked(
    command_line: CommandLine, tmp_path: Path
) -> None:
    set_up(command_line, tmp_path)
    folder = Path(command_line.db).parent / "backups"
    folder.mkdir()
    command_line("backup", str(folder))
    damaged = folder / "shop-20260101T000000Z.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"Zebedee" * 100)
    ran = command_line("erase", TYPED, "--from-backups", expect=1)
    assert f"  {damaged}: could not be rewritten (" in ran.out
    assert f"it still holds {TYPED}; delete it, or run again with --remove-unerasable" in ran.out
    assert damaged.exists()
    removed = command_line("erase", TYPED, "--from-backups", "--remove-unerasable")
    line = next(x for x in removed.out.splitlines() if x.startswith(f"  {damaged}:"))
    assert line.startswith(f"  {damaged}: could not be rewritten (")
    assert line.endswith("): deleted")
    assert not damaged.exists()
    assert len(list(folder.glob("*.sqlite3"))) == 1


def test_erase_refuses_a_wait_that_is_not_a_number_of_seconds(
    command_line: CommandLine, tmp_path: Path
) -> None:
    set_up(command_line, tmp_path)
    for wrong in ("soon", "-1", "99999"):
        ran = command_line("erase", TYPED, "--wait", wrong, expect=2)
        assert len(ran.err.strip().splitlines()) == 1
        assert "--wait takes a number of seconds" in ran.err
    ran = command_line("erase", TYPED, "--remove-unerasable", expect=2)
    assert "--remove-unerasable goes with --from-backups" in ran.err
    assert command_line.status(TYPED)["name"] == "Zebedee Quixotic"  # nothing was written


@pytest.mark.postgresql_only  # a server's dump cannot be rewritten: said, deleted when asked
def test_on_a_server_a_dump_is_named_as_still_holding_the_person(
    command_line: CommandLine, tmp_path: Path
) -> None:
    set_up(command_line, tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    command_line("backup", str(stick))
    dump = next(stick.glob("*.pgdump"))
    kept = command_line("erase", TYPED, "--from-backups", expect=1)
    assert "The server's old row versions were vacuumed" in kept.out
    assert (
        f"  {dump}: could not be rewritten (a server's dump cannot be rewritten by this "
        f"program): it still holds {TYPED}; delete it, or run again with --remove-unerasable"
    ) in kept.out
    assert dump.exists()
    removed = command_line("erase", TYPED, "--from-backups", "--remove-unerasable")
    assert f"  {dump}: could not be rewritten (" in removed.out
    assert not dump.exists()
    assert not dump.with_name(dump.name + ".checkpoint.json").exists()


@pytest.mark.sqlite_only  # edits the file with sqlite3, as an attacker would
def test_a_kept_check_whose_rows_cannot_be_read_loses_them_and_the_erasure_goes_ahead(
    command_line: CommandLine, tmp_path: Path
) -> None:
    set_up(command_line, tmp_path)
    listing = tmp_path / "list.csv"
    listing.write_text(f"Name,Phone\nZ,{TYPED}\nA,07400 123456\n")
    command_line("check", str(listing), "--category", "offers")
    database = Path(str(command_line.db))
    with closing(sqlite3.connect(database)) as raw, raw:
        raw.execute("UPDATE checks SET results = ? WHERE id = 1", (b"edited by hand",))
    command_line("erase", TYPED)
    with closing(sqlite3.connect(database)) as raw:
        kept = raw.execute("SELECT results, row_count FROM checks WHERE id = 1").fetchone()
    assert zlib.decompress(kept[0]) == b"2"  # no rows left, the check itself kept
    assert kept[1] == 2
