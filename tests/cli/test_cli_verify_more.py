"""verify from the command line: each finding beside the chain, in words and in --json."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.command_line import CommandLine
from tests.pg import tamper

ANN, BOB = "+447911123456", "+447911123457"


@pytest.fixture
def cli(command_line: CommandLine) -> CommandLine:
    command_line("init", "--business", "Corner Shop", "--country", "GB")
    command_line("optin", ANN, "--scope", "offers", "--method", "in_person")
    command_line("optin", BOB, "--scope", "orders", "--method", "in_person")
    command_line("optout", ANN, "--scope", "marketing", "--method", "in_person")
    return command_line


def test_json_of_untouched_records_says_what_was_checked(cli: CommandLine) -> None:
    report = json.loads(cli("verify", "--json").out)
    assert report["ok"] is True
    assert report["chain"]["events"] == 6  # the shop's 3 kinds, 2 opt-ins, an opt-out
    assert report["findings"] == []
    assert report["checked"] == {"wordings": 1, "scans": 0, "people": 2}
    assert set(report["seconds"]) == {"structure", "wordings", "scans", "state"}


def test_an_edited_state_table_fails_verify_and_is_in_the_json(cli: CommandLine) -> None:
    tamper(str(cli.db), "UPDATE consent_state SET state = 'opted_in' WHERE event_id = 6")
    said = cli("verify", expect=1).out
    assert said.splitlines()[0].startswith("ok: 6 events")  # the chain itself holds
    assert (
        "broken: the consent state table says person 1 is opted in for Offers & new products"
        " (event 6), but the ledger says opted out (event 6)" in said
    )
    report = json.loads(cli("verify", "--json", expect=1).out)
    assert report["ok"] is False
    [finding] = report["findings"]
    assert finding["code"] == "state_differs"
    assert finding["fails"] is True
    assert (finding["category"], finding["table"], finding["ledger"]) == (
        "offers",  # the key, for programs
        "opted_in",
        "opted_out",
    )


def test_without_its_head_row_the_ledger_refuses_writes_in_one_line(cli: CommandLine) -> None:
    tamper(str(cli.db), "DELETE FROM ledger_head")
    report = json.loads(cli("verify", "--json", expect=1).out)
    assert [f["code"] for f in report["findings"]] == ["head_missing"]
    assert report["chain"]["ok"] is True
    refused = cli("optin", BOB, "--scope", "offers", "--method", "in_person", expect=1)
    assert refused.err.count("\n") == 1
    assert "the ledger's head row was deleted" in refused.err
    assert "Traceback" not in refused.err


def test_the_chain_problem_and_the_findings_are_both_told(cli: CommandLine) -> None:
    tamper(
        str(cli.db),
        "UPDATE consent_events SET note = 'changed' WHERE id = 2",
        "UPDATE wordings SET text = text || '.'",
    )
    said = cli("verify", expect=1).out.splitlines()
    assert said[0].startswith("broken: event 2:")
    assert any(line.startswith("broken: wording 1 (en, version 1)") for line in said)


@pytest.mark.sqlite_only
def test_backup_warns_when_a_guard_is_missing(cli: CommandLine, tmp_path: Path) -> None:
    with closing(sqlite3.connect(str(cli.db))) as raw, raw:
        raw.execute("DROP TRIGGER consent_events_no_delete")
    made = cli("backup", str(tmp_path / "stick.sqlite3"))
    assert "warning: the ledger's append-only guards are missing or off" in made.err
    assert "consent_events_no_delete" in made.err
    found = cli("verify", expect=1).out
    assert "broken: the append-only guard consent_events_no_delete is missing" in found


@pytest.mark.sqlite_only
def test_restoring_the_latest_backup_brings_the_head_back_and_keeps_later_opt_outs(
    cli: CommandLine, tmp_path: Path
) -> None:
    stick = tmp_path / "stick.sqlite3"
    cli("backup", str(stick))
    cli("optout", BOB, "--scope", "all", "--method", "in_person")
    tamper(str(cli.db), "DELETE FROM ledger_head")
    restored = cli("restore", str(stick)).out
    assert "6 of them the same" in restored  # the headless chain read to its last event
    assert "1 opt-out" in restored
    # the backup's 6, the opt-out recorded again, and the restore itself as a shop entry
    assert cli("verify").out.startswith("ok: 8 events")
    assert cli.status(BOB)["consent"] == dict.fromkeys(
        ("orders", "delivery", "offers"), "opted_out"
    )


@pytest.mark.sqlite_only
def test_a_backup_whose_consent_table_was_edited_restores_the_ledgers_consent(
    cli: CommandLine, tmp_path: Path
) -> None:
    # Ann opted out of marketing; the state table is edited to say she is opted in to offers
    tamper(str(cli.db), "UPDATE consent_state SET state = 'opted_in' WHERE category_key = 'offers'")
    stick = tmp_path / "stick.sqlite3"
    cli("backup", str(stick))
    restored = cli("restore", str(stick)).out
    assert "every person's consent was worked out again from the ledger" in restored
    assert cli.status(ANN)["consent"]["offers"] == "opted_out"
    assert cli("verify").out.startswith("ok:")


def test_an_event_whose_moment_is_no_longer_a_date_is_reported_not_a_crash(
    cli: CommandLine,
) -> None:
    tamper(str(cli.db), "UPDATE consent_events SET occurred_at = 'garbage' WHERE id = 4")
    said = cli("verify", expect=1).out
    assert "broken: event 4: its stored hash does not match its fields" in said
    assert "the events of person 1 cannot be read (Invalid isoformat string: 'garbage')" in said


def test_a_state_table_time_edited_alone_is_said_as_the_time(cli: CommandLine) -> None:
    tamper(
        str(cli.db),
        "UPDATE consent_state SET since = '2026-01-02T03:04:05.000000Z' WHERE event_id = 6",
    )
    said = cli("verify", expect=1).out.splitlines()[1]
    assert said.startswith(
        "broken: the consent state table says person 1 is opted out for Offers & new products"
        " since 2026-01-02 "
    ), said
    assert "(event 6), but the ledger says since " in said
    assert said.endswith(
        ": the time was edited outside the program; check and status read the table, so they"
        " are wrong for this person"
    )
    [finding] = json.loads(cli("verify", "--json", expect=1).out)["findings"]
    assert finding["table_since"] == "2026-01-02T03:04:05.000000Z"
    assert finding["ledger_since"] != finding["table_since"]
