"""Restore on a PostgreSQL server: later opt-outs and erasures hold, nothing half-done."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from optin_desk.cli import main
from optin_desk.storage.engine import Database
from tests.pg import PgServer

pytestmark = pytest.mark.postgresql_only  # SQLite's restore: test_restore

PIN = "482913"


@pytest.fixture
def url(database: Database, pg_server: PgServer) -> Iterator[str]:
    """The shop's database URL (the fixture's own connections closed), its PIN set; the
    databases a restore keeps are dropped afterwards."""
    location = database.url.render_as_string(hide_password=False)
    database.dispose()
    assert main(["--db", location, "pin", PIN]) == 0
    yield location
    for name in databases(pg_server):
        if name.startswith(f"{database.url.database}_replaced_"):
            pg_server.drop_database(name)


def databases(server: PgServer) -> set[str]:
    engine = create_engine(server.url("postgres"))
    try:
        with engine.connect() as connection:
            return set(connection.execute(text("SELECT datname FROM pg_database")).scalars())
    finally:
        engine.dispose()


def run(capsys: pytest.CaptureFixture[str], url: str, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", url, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def consent(capsys: pytest.CaptureFixture[str], url: str, number: str) -> dict[str, str]:
    code, out, _err = run(capsys, url, "status", number, "--json")
    assert code == 0
    result: dict[str, str] = json.loads(out)["consent"]
    return result


def events(capsys: pytest.CaptureFixture[str], url: str) -> str:
    code, out, _err = run(capsys, url, "verify")
    assert code == 0
    return out


def dump_of(capsys: pytest.CaptureFixture[str], url: str, folder: Path) -> Path:
    folder.mkdir()
    assert run(capsys, url, "--pin", PIN, "backup", str(folder))[0] == 0
    (dump,) = folder.glob("*.pgdump")
    return dump


def test_a_restore_keeps_a_later_opt_out_and_an_erasure(
    capsys: pytest.CaptureFixture[str], url: str, pg_server: PgServer, tmp_path: Path
) -> None:
    run(capsys, url, "optin", "07911123456", "--scope", "orders", "--scope", "offers",
        "--method", "in_person", "--name", "Ann Lee")  # fmt: skip
    run(capsys, url, "optin", "07911123477", "--scope", "all", "--method", "in_person",
        "--name", "Zelda Quixote")  # fmt: skip
    dump = dump_of(capsys, url, tmp_path / "stick")
    run(capsys, url, "optout", "07911123456", "--scope", "offers", "--method", "phone_call")
    run(capsys, url, "optout", "07400123456", "--scope", "all", "--method", "whatsapp_reply")
    run(capsys, url, "optin", "07911123499", "--scope", "orders", "--method", "in_person")
    assert run(capsys, url, "--pin", PIN, "erase", "07911123477")[0] == 0
    before = events(capsys, url)

    code, _out, err = run(capsys, url, "restore", str(dump))
    assert (code, err.count("\n")) == (2, 1)
    assert "owner PIN" in err
    code, said, err = run(capsys, url, "--pin", PIN, "restore", str(dump))
    assert code == 0, err
    assert "would be lost: 1 opt-in(s)" in said
    assert "re-applied after the restore: 2 opt-out(s), 1 erasure(s)" in said

    assert consent(capsys, url, "07911123456") == {
        "orders": "opted_in",
        "delivery": "none",
        "offers": "opted_out",
    }
    assert set(consent(capsys, url, "07400123456").values()) == {"opted_out"}
    assert consent(capsys, url, "07911123499")["orders"] == "none"  # the backup's past
    code, out, _ = run(capsys, url, "history", "07911123456", "--json")
    notes = [event["note"] for event in json.loads(out)]
    assert any(f"re-applied after a restore from {dump.name}" in n for n in notes)
    listing = tmp_path / "list.csv"
    listing.write_text("phone\n07911123477\n07911123456\n", encoding="utf-8")
    code, out, _ = run(capsys, url, "check", str(listing), "--category", "offers", "--json")
    assert json.loads(out)["counts"]["opted_out"] == 2  # the erased person stays blocked
    assert "Zelda" not in run(capsys, url, "history", "07911123477")[1]
    events(capsys, url)
    code, _out, err = run(capsys, url, "pin", "111111")
    assert code == 2  # the PIN still guards the records

    live = url.split("@/")[1].split("?")[0]
    (kept,) = [n for n in databases(pg_server) if n.startswith(f"{live}_replaced_")]
    assert f"the replaced records are kept in {kept}" in said
    assert events(capsys, pg_server.url(kept)) == before  # the replaced records, whole
    assert not [n for n in databases(pg_server) if n.startswith("optin_desk_restoring_")]
