"""An event deleted with the sqlite3 tool does not quietly undo an opt-out: the next write
that would build on the change is refused (an opt-out is still recorded); verify names it."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.command_line import CommandLine

from .cli_run import shop

pytestmark = pytest.mark.sqlite_only  # the sqlite3 tool on the shop's file

ANA, BEN = "07911 123456", "07911 123457"


def _delete_event(db: Path | str, event_id: int) -> None:
    """What a careless or hostile edit does: the guard dropped, the row deleted (the sqlite3
    tool checks no foreign keys)."""
    with closing(sqlite3.connect(db)) as raw:
        raw.execute("DROP TRIGGER consent_events_no_delete")
        raw.execute("DELETE FROM consent_events WHERE id = ?", (event_id,))
        raw.commit()


def _events(db: Path | str) -> int:
    with closing(sqlite3.connect(db)) as raw:
        return int(raw.execute("SELECT count(*) FROM consent_events").fetchone()[0])


def _opted_out_ana(run: CommandLine) -> int:
    """Ana opted in to orders and offers, then out of offers: the opt-out's event id."""
    run("optin", ANA, "--scope", "all", "--method", "in_person")
    run("optout", ANA, "--scope", "offers", "--method", "sms")
    with closing(sqlite3.connect(run.db)) as raw:
        return int(raw.execute("SELECT max(id) FROM consent_events").fetchone()[0])


def test_a_deleted_last_opt_out_is_not_undone_by_the_next_opt_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = shop(tmp_path, capsys)
    opt_out = _opted_out_ana(run)
    _delete_event(run.db, opt_out)
    before = _events(run.db)
    refused = run("optin", ANA, "--scope", "orders", "--method", "in_person", expect=1)
    assert refused.err.count("\n") == 1
    assert "nothing was recorded: the ledger's last event is not the one its head row names" in (
        refused.err
    )
    assert _events(run.db) == before
    run("optout", BEN, "--scope", "all", "--method", "sms")  # an opt-out is still recorded
    assert _events(run.db) == before + 1
    verified = run("verify", expect=1)
    assert "missing" in verified.out + verified.err


def test_a_deleted_opt_out_in_the_middle_is_not_undone_by_an_unrelated_write(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = shop(tmp_path, capsys)
    opt_out = _opted_out_ana(run)
    run("optin", BEN, "--scope", "offers", "--method", "in_person")  # the tail is Ben's
    _delete_event(run.db, opt_out)
    before = _events(run.db)
    refused = run("optin", ANA, "--scope", "orders", "--method", "in_person", expect=1)
    assert refused.err.strip().endswith(
        "nothing was recorded: +447911123456 is opted out of Offers & new products on record, but"
        " the events left in the ledger no longer say so (one was deleted behind the program's"
        " back);"
        " run verify, then restore the latest backup"
    )
    assert _events(run.db) == before
    checked = tmp_path / "list.csv"
    checked.write_text("phone\n07911123456\n", encoding="utf-8")
    report = tmp_path / "report.csv"
    run("check", str(checked), "--category", "offers", "--report", str(report))
    assert ",send," not in report.read_text(encoding="utf-8-sig")
    # Her own new opt-in to offers, with its evidence, may still end it (rule 2).
    run("optin", ANA, "--scope", "offers", "--method", "in_person")
