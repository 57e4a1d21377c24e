"""Restore never rolls back: later opt-outs, erasures and the PIN hold; other shops are refused."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from optin_desk.cli import main
from optin_desk.cli.words import message, speaking
from optin_desk.services.optouts import pending_confirmations
from optin_desk.storage.engine import Database, open_database


def sent_just_now() -> str:
    """A sending time typed to the minute, as staff type it (not before the opt-out)."""
    return datetime.now().strftime("%Y-%m-%dT%H:%M")


PIN = "482913"


def run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def consent(capsys: pytest.CaptureFixture[str], db: Path, number: str) -> dict[str, str]:
    code, out, _err = run(capsys, db, "status", number, "--json")
    assert code == 0
    result: dict[str, str] = json.loads(out)["consent"]
    return result


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def shop(capsys: pytest.CaptureFixture[str], db: Path, name: str = "Ann's Deli") -> None:
    assert run(capsys, db, "init", "--business", name, "--country", "GB")[0] == 0


def test_a_restore_keeps_every_later_opt_out_erasure_and_the_pin(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "shop.sqlite3"
    shop(capsys, db)
    run(capsys, db, "optin", "07911123456", "--scope", "orders", "--scope", "offers",
        "--method", "in_person", "--name", "Ann Lee")  # fmt: skip
    run(capsys, db, "optin", "07911123477", "--scope", "all", "--method", "in_person",
        "--name", "Zelda Quixote")  # fmt: skip
    old = tmp_path / "old.sqlite3"
    assert run(capsys, db, "backup", str(old))[0] == 0
    before = digest(old)
    run(capsys, db, "optout", "07911123456", "--scope", "offers", "--method", "phone_call",
        "--sent-at", sent_just_now())  # fmt: skip
    run(capsys, db, "optout", "07400123456", "--scope", "all", "--method", "whatsapp_reply")
    run(capsys, db, "optin", "07911123499", "--scope", "orders", "--method", "in_person")
    run(capsys, db, "optin", "07911123466", "--scope", "all", "--method", "in_person")
    assert run(capsys, db, "erase", "07911123477")[0] == 0
    assert run(capsys, db, "erase", "07911123466")[0] == 0  # not in the backup at all
    assert run(capsys, db, "pin", PIN)[0] == 0

    code, out, err = run(capsys, db, "restore", str(old))
    assert code == 2
    assert "owner PIN" in err
    assert err.count("\n") == 1
    code, out, err = run(capsys, db, "--pin", PIN, "restore", str(old))
    assert code == 0, err
    listed, done = out.index("would be lost: 2 opt-ins"), out.index("Restored 6 events")
    assert listed < done  # what would be lost is said before it is done
    assert "re-applied after the restore: 2 opt-outs, 2 erasures" in out

    assert consent(capsys, db, "07911123456") == {
        "orders": "opted_in",
        "delivery": "none",
        "offers": "opted_out",
    }
    assert set(consent(capsys, db, "07400123456").values()) == {"opted_out"}
    code, out, _ = run(capsys, db, "history", "07911123456", "--json")
    notes = [event["note"] for event in json.loads(out)]
    assert any("re-applied after a restore from old.sqlite3: event 7" in n for n in notes)
    listing = tmp_path / "list.csv"
    listing.write_text("phone\n07911123477\n07911123456\n07911123466\n", encoding="utf-8")
    code, out, _ = run(capsys, db, "check", str(listing), "--category", "offers", "--json")
    assert json.loads(out)["counts"]["opted_out"] == 3  # both erased people too
    assert run(capsys, db, "verify")[0] == 0
    code, _out, err = run(capsys, db, "pin", "111111")
    assert code == 2  # the PIN set after the backup still guards the records
    assert "owner PIN" in err
    assert digest(old) == before
    database = open_database(str(db))
    try:
        with database.reading() as session:
            pending = {p.phone: p for p in pending_confirmations(session)}
    finally:
        database.dispose()
    assert set(pending) == {"+447400123456"}  # the sent confirmation stays marked sent
    stored = b"".join(p.read_bytes() for p in tmp_path.glob("shop.sqlite3*"))
    assert b"Zelda Quixote" not in stored  # erased again, not readable in the file
    assert len(list(tmp_path.glob("shop.replaced-*.sqlite3"))) == 1


def test_another_shops_backup_is_refused_unless_told_with_the_pin(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    other = tmp_path / "other.sqlite3"
    shop(capsys, other, "Bob's Bikes")
    run(capsys, other, "optin", "07911123456", "--scope", "all", "--method", "in_person")
    copy = tmp_path / "bob.sqlite3"
    run(capsys, other, "backup", str(copy))
    db = tmp_path / "shop.sqlite3"
    shop(capsys, db)
    run(capsys, db, "optin", "07911123488", "--scope", "all", "--method", "in_person")
    run(capsys, db, "optout", "07911123456", "--scope", "offers", "--method", "phone_call")

    code, out, err = run(capsys, db, "restore", str(copy))
    assert code == 2
    assert "not a copy of these records" in err
    assert err.count("\n") == 1
    assert "NOT a copy of these records" in out
    code, _out, err = run(capsys, db, "restore", str(copy), "--other-shop")
    assert code == 2
    assert "needs the owner PIN" in err
    assert consent(capsys, db, "07911123488")["orders"] == "opted_in"  # nothing changed
    run(capsys, db, "pin", PIN)
    code, _out, err = run(capsys, db, "--pin", PIN, "restore", str(copy), "--other-shop")
    assert code == 0, err
    assert consent(capsys, db, "07911123456")["offers"] == "opted_out"
    assert consent(capsys, db, "07911123488")["orders"] == "none"
    assert run(capsys, db, "verify")[0] == 0


def test_a_dry_run_lists_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "shop.sqlite3"
    shop(capsys, db)
    old = tmp_path / "old.sqlite3"
    run(capsys, db, "backup", str(old))
    run(capsys, db, "optin", "07911123456", "--scope", "orders", "--method", "in_person")
    run(capsys, db, "optout", "07911123456", "--scope", "orders", "--method", "phone_call")
    code, out, _ = run(capsys, db, "restore", str(old), "--dry-run")
    assert code == 0
    assert "would be lost: 1 opt-in" in out
    assert "Nothing was changed" in out
    assert consent(capsys, db, "07911123456")["orders"] == "opted_out"
    assert "ok: 5 events" in run(capsys, db, "verify")[1]  # 3 kinds, 2 entries
    assert not list(tmp_path.glob("*.replaced-*"))


def test_a_newer_backup_of_the_same_records_is_a_copy_too(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "shop.sqlite3"
    shop(capsys, db)
    early = tmp_path / "early.sqlite3"
    run(capsys, db, "backup", str(early))
    run(capsys, db, "optin", "07911123456", "--scope", "orders", "--method", "in_person")
    late = tmp_path / "late.sqlite3"
    run(capsys, db, "backup", str(late))
    assert run(capsys, db, "restore", str(early))[0] == 0
    code, out, err = run(capsys, db, "restore", str(late))
    assert code == 0, err
    assert "would be lost: nothing recorded" in out
    assert consent(capsys, db, "07911123456")["orders"] == "opted_in"
    run(capsys, db, "optout", "07911123456", "--scope", "orders", "--method", "phone_call")
    code, _out, err = run(capsys, db, "restore", str(early))
    assert code == 0, err
    kept = max(tmp_path.glob("shop.replaced-*.sqlite3"), key=lambda p: p.stat().st_mtime_ns)
    assert len(list(tmp_path.glob("shop.replaced-*.sqlite3"))) == 3  # none overwritten
    code, out, err = run(capsys, db, "restore", str(kept))  # undoing a restore is no other shop
    assert code == 0, err
    assert consent(capsys, db, "07911123456")["orders"] == "opted_out"
    assert run(capsys, db, "verify")[0] == 0


def test_a_writer_kept_waiting_by_a_restore_is_told_so(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from optin_desk.storage import engine
    from optin_desk.storage.backup import hold_live

    db = tmp_path / "shop.sqlite3"
    shop(capsys, db)
    work = tmp_path / "work.sqlite3"
    run(capsys, db, "backup", str(work))
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 300)
    with hold_live(db, work):
        code, _out, err = run(capsys, db, "optin", "07911123456", "--scope", "orders",
                              "--method", "in_person")  # fmt: skip
        reading = run(capsys, db, "status", "07911123456")[0]
    assert reading == 0  # readers do not wait for a restore
    assert code == 2
    assert err == (
        "optin-desk optin: restoring the records from a backup; try again in a moment "
        "(nothing written)\n"
    )
    assert consent(capsys, db, "07911123456")["orders"] == "none"


def test_settings_changed_since_the_backup_are_listed(database: Database, tmp_path: Path) -> None:
    from optin_desk.services.backups import make_backup
    from optin_desk.services.check import check_settings, save_check_settings
    from optin_desk.services.owner import set_owner_pin
    from optin_desk.services.restore import preview_restore

    old = make_backup(database, tmp_path / "old.sqlite3").path
    with database.sessions() as session:
        save_check_settings(session, replace(check_settings(session), long_gap_days=30))
        session.commit()
        set_owner_pin(session, PIN, None)
    lines = preview_restore(database, old).lines()
    assert "would be lost: nothing recorded" in lines
    assert "settings that go back to the backup's: broadcast rules" in lines
    assert "the owner PIN stays as it is now" in lines[-1]
    with speaking("es"):
        said = [message(line) for line in lines]
    assert "ajustes que vuelven a los de la copia: reglas de las difusiones" in said
    with speaking("ar"):
        said = [message(line) for line in lines]
    assert "إعدادات تعود إلى ما في النسخة الاحتياطية: قواعد الرسائل الجماعية" in said
    assert any(line.endswith("عمليات حذف: 0؛ يبقى رمز PIN للمالك كما هو الآن") for line in said)


def test_a_restore_that_fails_midway_leaves_the_records_and_no_copies(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from optin_desk.storage.backup import LiveHold

    def broken(self: LiveHold) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    db = tmp_path / "shop.sqlite3"
    shop(capsys, db)
    old = tmp_path / "old.sqlite3"
    run(capsys, db, "backup", str(old))
    run(capsys, db, "optin", "07911123456", "--scope", "orders", "--method", "in_person")
    monkeypatch.setattr(LiveHold, "replace_with_restored", broken)
    code, _out, err = run(capsys, db, "restore", str(old))
    assert code == 2
    assert err == (
        "optin-desk restore: the restore failed (disk I/O error); "
        "the records were left as they were\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "old.sqlite3",
        "old.sqlite3.checkpoint.json",  # the backup's checkpoint, and the log of them
        "shop-backups.json",  # the backups made, so that an erasure can reach them
        "shop-checkpoints.jsonl",
        "shop.sqlite3",
    ]
    assert consent(capsys, db, "07911123456")["orders"] == "opted_in"
