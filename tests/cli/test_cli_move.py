"""`move-to`: a SQLite shop into an empty PostgreSQL database, proven by the same head."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect

from optin_desk.cli import main
from optin_desk.services import move
from optin_desk.storage.engine import resolve_url
from optin_desk.storage.models import Base
from tests.delivery_exports import ANN, BOB, write_xlsx
from tests.paper_forms import newest_batch


def sent_just_now() -> str:
    """A sending time typed to the minute, as staff type it (not before the opt-out)."""
    return datetime.now().strftime("%Y-%m-%dT%H:%M")


SCAN = b"%PDF-1.4 a signed form\n"


def run(db: str, capsys: pytest.CaptureFixture[str], *args: str, expect: int = 0) -> str:
    """`optin-desk --db DB ARGS` in-process; what it printed (stdout, then stderr)."""
    capsys.readouterr()
    code = main(["--db", db, *args])
    out, err = capsys.readouterr()
    assert code == expect, (args, out, err)
    return out + err


@pytest.fixture
def shop(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> str:
    """A SQLite shop holding every kind of record (and an owner PIN); its path."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))  # this computer's scans
    db = str(tmp_path / "shop.sqlite3")
    run(
        db,
        capsys,
        "init",
        "--business",
        "Ann's Deli",
        "--country",
        "GB",
        "--sender",
        "07911 000111",
    )
    run(db, capsys, "demo", "--contacts", "110")  # over 256 events: a Merkle block to move
    scan = tmp_path / "form.pdf"
    scan.write_bytes(SCAN)
    run(db, capsys, "forms", "--count", "2", "--out", str(tmp_path / "forms.pdf"))
    serial = newest_batch(db)[0]  # read off one of the forms just printed
    run(db, capsys, "optin", "07400 123456", "--scope", "offers", "--method", "paper_form",
        "--serial", serial, "--evidence", str(scan))  # fmt: skip
    run(db, capsys, "optout", "07400 123456", "--scope", "marketing", "--method", "sms",
        "--sent-at", sent_just_now())  # fmt: skip
    (tmp_path / "list.csv").write_text("phone\n07400 123457\n07400 111111\n", encoding="utf-8")
    run(db, capsys, "optin", "07400 123457", "--scope", "offers", "--method", "in_person")
    run(db, capsys, "check", str(tmp_path / "list.csv"), "--category", "offers", "--record-sent")
    run(db, capsys, "erase", "07400 123457")
    run(db, capsys, "category", "offers", "--language", "es", "--label", "Ofertas")
    run(db, capsys, "quality", "add", "07911 000111", "--rating", "high")
    sent = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=50)
    for phone in (ANN, BOB):
        run(db, capsys, "optin", phone, "--scope", "offers", "--method", "in_person")
    (tmp_path / "sent.csv").write_text(f"phone\n{ANN}\n{BOB}\n", encoding="utf-8")
    an_hour_ago = (datetime.now() - timedelta(hours=1)).strftime("%Y-%m-%d %H:%M")
    run(db, capsys, "check", str(tmp_path / "sent.csv"), "--category", "offers",
        "--record-sent", "--sent-at", an_hour_ago)  # fmt: skip
    run(db, capsys, "deliveries", str(write_xlsx(tmp_path / "report.xlsx", sent)), "--apply")
    run(db, capsys, "pin", "246810")
    return db


def digests(url: str) -> dict[str, tuple[int, str]]:
    engine = create_engine(resolve_url(url))
    with engine.connect() as connection:
        found = {t.name: move.table_digest(connection, t) for t in Base.metadata.sorted_tables}
    engine.dispose()
    return found


def test_a_shop_moves_whole_and_both_sides_have_the_same_head(
    shop: str, shop_pg_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    moved = run(shop, capsys, "--pin", "246810", "move-to", shop_pg_url)
    here = run(shop, capsys, "verify").splitlines()
    there = run(shop_pg_url, capsys, "verify").splitlines()
    assert here[0].startswith("ok: ")
    assert here[:2] == there[:2]  # the chain and what lies beside it; then each one's log
    assert "checkpoint(s)" in here[-1]  # the move's backup is in the log beside the file
    assert here[0].split("head ")[1] in moved
    assert "counter-7" not in moved  # the password is never printed
    source = digests(shop)
    assert digests(shop_pg_url) == source  # every row of every table, alike
    assert all(rows > 0 for rows, _ in source.values()), source  # every table holds records
    evidence = (tmp_path / "data-home").rglob("evidence/**/*")
    stored = [p.read_bytes() for p in evidence if p.is_file()]
    assert stored == [SCAN]  # the scan is in this computer's store for the server
    # the server's own numbering goes on after the copied rows
    run(shop_pg_url, capsys, "optin", "07400 222333", "--scope", "offers", "--method", "in_person")
    run(shop_pg_url, capsys, "verify")


def test_a_target_holding_records_is_refused_and_left_alone(
    shop: str, shop_pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    run(shop, capsys, "--pin", "246810", "move-to", shop_pg_url)
    before = digests(shop_pg_url)
    said = run(shop, capsys, "--pin", "246810", "move-to", shop_pg_url, expect=2)
    assert "is not empty" in said
    assert "nothing was written" in said
    assert len(said.strip().splitlines()) == 1
    assert digests(shop_pg_url) == before


def test_a_copy_that_differs_is_not_kept_and_says_where(
    shop: str, shop_pg_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = move._copy_table

    def losing_the_pin(source, target, table):  # type: ignore[no-untyped-def]
        count = copy(source, target, table)
        if table.name == "settings":
            target.execute(table.delete().where(table.c.key == "owner.pin"))
        return count

    settings = digests(shop)["settings"][0]
    monkeypatch.setattr(move, "_copy_table", losing_the_pin)
    said = run(shop, capsys, "--pin", "246810", "move-to", shop_pg_url, expect=1)
    assert f"settings ({settings} rows here, {settings - 1} there)" in said
    assert "nothing kept" in said
    assert all(count == 0 for count, _ in digests(shop_pg_url).values())


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("sqlite:///elsewhere.sqlite3", "takes a PostgreSQL URL"),
        ("not a url", "takes a PostgreSQL URL"),
    ],
)
def test_a_target_that_is_not_postgresql_is_refused(
    shop: str, capsys: pytest.CaptureFixture[str], url: str, says: str
) -> None:
    said = run(shop, capsys, "--pin", "246810", "move-to", url, expect=2)
    assert says in said


def test_without_the_owner_pin_nothing_moves(
    shop: str, shop_pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    said = run(shop, capsys, "move-to", shop_pg_url, expect=2)
    assert "PIN" in said
    engine = create_engine(resolve_url(shop_pg_url))
    with engine.connect() as connection:
        assert inspect(connection).get_table_names() == []  # not even the tables
    engine.dispose()
