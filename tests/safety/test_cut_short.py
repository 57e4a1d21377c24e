"""A ledger cut short at its end and made consistent again (head row, state, blocks) verifies
as a chain: `verify` and the window's Verify see it against the checkpoint log beside the
records, which every backup and `checkpoint` adds to."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.command_line import CommandLine
from tests.pg import tamper

pytestmark = pytest.mark.sqlite_only  # the log sits beside a file; a server's is per computer


def state_rows(db: Path) -> list[tuple[object, ...]]:
    """The consent state table as it stands."""
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(db)) as raw:
        return raw.execute("SELECT * FROM consent_state").fetchall()


def cut_to(db: Path, keep: int, state: list[tuple[object, ...]]) -> None:
    """Remove every event after `keep` and make what lies beside the chain agree again
    (`state`: the consent state table as it stood at event `keep`)."""
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(db)) as raw:
        head = raw.execute("SELECT hash FROM consent_events WHERE id = ?", (keep,)).fetchone()[0]
    rows = ", ".join(
        "("
        + ", ".join(repr(value) if isinstance(value, str) else str(value) for value in row)
        + ")"
        for row in state
    )
    tamper(
        db,
        f"DELETE FROM confirmations_sent WHERE event_id > {keep}",
        f"DELETE FROM merkle_blocks WHERE last_event_id > {keep}",
        "DELETE FROM consent_state",
        f"INSERT INTO consent_state VALUES {rows}",
        f"DELETE FROM consent_events WHERE id > {keep}",
        f"UPDATE ledger_head SET event_count = {keep}, last_event_id = {keep}, "
        f"head_hash = '{head}'",
    )


@pytest.fixture
def shop(command_line: CommandLine) -> CommandLine:
    command_line("init", "--business", "Ann's Deli", "--country", "GB")
    command_line("optin", "07911 123456", "--scope", "offers", "--method", "in_person")
    return command_line


def test_a_ledger_cut_short_fails_verify_against_the_log_beside_it(
    shop: CommandLine, tmp_path: Path
) -> None:
    db = Path(shop.db)
    before = state_rows(db)
    shop("optout", "07911 123456", "--scope", "all", "--method", "sms")
    shop("checkpoint")
    assert shop("verify").out.splitlines()[-1].startswith("ok: the ledger holds all 1 ")
    cut_to(db, 4, before)  # three kinds, the opt-in: the opt-out is gone, and what showed it
    assert "offers       opted in" in shop("status", "07911 123456").out  # nothing else tells
    ran = shop("verify", expect=1)
    assert "fewer than the 5 this checkpoint counted" in ran.out
    ran = shop("--ui-language", "es", "verify", expect=1)
    assert "menos que los 5 que contó este punto de control" in ran.out
    payload = json.loads(shop("verify", "--json", expect=1).out)
    assert payload["ok"] is False
    assert [c["ok"] for c in payload["checkpoints"]] == [False]


def test_without_a_log_verify_says_what_it_can(shop: CommandLine) -> None:
    assert not (Path(shop.db).parent / "shop-checkpoints.jsonl").exists()
    assert shop("verify").out.splitlines()[-1].startswith("checked beside the chain:")
