"""A category's kind is what the ledger states: a kind flipped in the file is named by verify
and changes nothing the rules decide."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

from sqlalchemy import create_engine, text

from tests.command_line import CommandLine

ANN = "07911 123456"


def edit_behind_the_programs_back(location: str, statement: str) -> None:
    """One statement on the file or the server, as anyone holding them could run it."""
    if "://" not in location:
        with closing(sqlite3.connect(location)) as raw, raw:
            raw.execute(statement)
        return
    engine = create_engine(location)
    try:
        with engine.begin() as connection:
            connection.execute(text(statement))
    finally:
        engine.dispose()


def test_a_kind_flipped_in_the_file_is_caught_and_changes_nothing(
    command_line: CommandLine, db_location: str, tmp_path: Path
) -> None:
    cli = command_line
    cli("init", "--business", "Corner Shop", "--country", "GB")
    cli("optin", ANN, "--scope", "all", "--method", "in_person")
    cli("optout", ANN, "--scope", "marketing", "--method", "in_person")
    assert cli("verify").out.startswith("ok: 5 events")  # three kinds, then Ann's two

    edit_behind_the_programs_back(
        db_location, "UPDATE categories SET kind = 'service' WHERE key = 'offers'"
    )
    broken = cli("verify", expect=1).out
    assert "broken: the category 'offers' is stored as service, but the ledger states " in broken
    assert "marketing (event 3)" in broken

    cli("optin", ANN, "--scope", "orders", "--method", "in_person")  # her consent is refolded
    listing = tmp_path / "list.csv"
    listing.write_text(f"Phone\n{ANN}\n")
    checked = json.loads(cli("check", str(listing), "--category", "offers", "--json").out)
    assert (checked["counts"]["opted_out"], checked["counts"]["send"]) == (1, 0)
    status = cli.status(ANN)
    assert json.dumps(status).count("opted_out") == 1, status


def test_a_category_added_in_the_file_is_named_by_verify(
    command_line: CommandLine, db_location: str
) -> None:
    cli = command_line
    cli("init", "--business", "Corner Shop", "--country", "GB")
    edit_behind_the_programs_back(
        db_location,
        "INSERT INTO categories (key, label, description, kind, position) "
        "VALUES ('news', 'News', '', 'service', 9)",
    )
    broken = cli("verify", expect=1).out
    assert "the category 'news' (service) has no kind in the ledger" in broken
