"""A restore is itself a chained event: it names the records it replaced, so a checkpoint
taken of them explains itself instead of failing; a checkpoint nothing explains still fails."""

from __future__ import annotations

from pathlib import Path

import pytest

from optin_desk.domain.shop_events import ShopAction
from optin_desk.storage.engine import open_database
from optin_desk.storage.shop_events import shop_events
from tests.command_line import CommandLine

NUMBERS = [f"+4479111234{n:02d}" for n in range(10)]


def opt_in(cli: CommandLine, *numbers: str) -> None:
    for number in numbers:
        cli("optin", number, "--scope", "orders", "--method", "in_person")


def head_of(cli: CommandLine) -> tuple[int, str]:
    said = cli("verify").out.splitlines()[0].split()  # "ok: N events, head HASH"
    return int(said[1]), said[-1]


def restore_events(location: str) -> list[dict[str, object]]:
    database = open_database(location)
    try:
        with database.reading() as session:
            return [
                {**event.details, "at": event.recorded_at}
                for event in shop_events(session, ShopAction.RESTORE)
            ]
    finally:
        database.dispose()


@pytest.fixture
def cli(db_location: str, capsys: pytest.CaptureFixture[str]) -> CommandLine:
    """The command line on the test's own records: a SQLite file or a server database."""
    return CommandLine(db_location, capsys)


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    stick, later = tmp_path / "stick", tmp_path / "later"
    stick.mkdir()
    later.mkdir()
    return stick, later


def test_a_checkpoint_of_replaced_records_names_the_restore(
    cli: CommandLine, db_location: str, folders: tuple[Path, Path]
) -> None:
    stick, later = folders
    cli("init", "--business", "Corner Shop", "--country", "GB")
    opt_in(cli, *NUMBERS[:3])
    cli("backup", str(stick))
    backup_count, backup_head = head_of(cli)
    opt_in(cli, *NUMBERS[3:5])
    cli("checkpoint", "--out", str(later / "before.checkpoint.json"))
    opt_in(cli, NUMBERS[5])  # after the last checkpoint: the restore drops it too
    replaced_count, replaced_head = head_of(cli)
    (backup,) = [p for p in stick.iterdir() if p.suffix in (".sqlite3", ".pgdump")]

    said = cli("restore", str(backup), "--force").out
    assert "Restored" in said
    (restore,) = restore_events(db_location)
    assert restore["replaced_events"] == replaced_count == backup_count + 3
    assert restore["replaced_head"] == replaced_head
    assert (restore["backup_events"], restore["backup_head"]) == (backup_count, backup_head)
    assert restore["from"] == backup.name
    count, _head = head_of(cli)  # the restore event is chained after the backup's events
    assert count == backup_count + 1

    checked = cli("verify", "--checkpoint", str(later))
    assert checked.code == 0
    made = str(restore["at"])[:16].replace("T", " ")
    assert f"replaced by the restore of {made} (head {replaced_head[:12]})" in checked.out
    assert f"which the ledger records as event {count}" in checked.out
    assert "ok: the 1 checkpoint found in" in checked.out
    assert (
        "ok: the ledger holds the 1 checkpoint found"
        in cli("verify", "--checkpoint", str(stick)).out
    )
    history = cli("history", NUMBERS[0]).out
    assert "restore" not in history.lower()


def test_a_checkpoint_no_restore_explains_still_fails(
    cli: CommandLine, folders: tuple[Path, Path], tmp_path: Path
) -> None:
    stick, later = folders
    cli("init", "--business", "Corner Shop", "--country", "GB")
    opt_in(cli, *NUMBERS[:2])
    cli("backup", str(stick))
    opt_in(cli, NUMBERS[2])
    # a checkpoint of other records (this computer's key too), taken before the restore
    other = CommandLine(tmp_path / "other.sqlite3", cli.capsys)
    other("init", "--business", "Elsewhere", "--country", "GB")
    opt_in(other, *NUMBERS[5:9])
    other("checkpoint", "--out", str(later / "elsewhere.checkpoint.json"))
    (backup,) = [p for p in stick.iterdir() if p.suffix in (".sqlite3", ".pgdump")]
    cli("restore", str(backup), "--force")
    caught = cli("verify", "--checkpoint", str(later), expect=1).out
    assert "broken: checkpoint" in caught
    assert "replaced by the restore" not in caught
    assert "broken: 1 checkpoint found in" in caught
