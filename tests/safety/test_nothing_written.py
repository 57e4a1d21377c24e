"""Exit 2 writes nothing: a bad import row, an unwritable list, a failed opt-in's scan."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from optin_desk.services import check_files
from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.storage.engine import Database
from tests.command_line import CommandLine
from tests.paper_forms import printed_by_command, printed_serials
from tests.safety.cli_run import shop


def counts(db: Path) -> dict[str, int]:
    with closing(sqlite3.connect(db)) as raw:
        found = {
            table: raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("consent_events", "contacts", "checks", "messages_sent", "evidence")
        }
        # people's entries: the shop's own (its categories' kinds) are not theirs
        found["consent_events"] = raw.execute(
            "SELECT count(*) FROM consent_events WHERE contact_id IS NOT NULL"
        ).fetchone()[0]
        return found


def crm_file(tmp_path: Path, rows: int, bad_row: int, bad: str) -> Path:
    lines = ["phone,name,category,action,date,method"]
    lines += [f"07911 2{n:05d},P{n},offers,opt_in,2026-09-01,website" for n in range(rows)]
    lines[bad_row] = bad
    source = tmp_path / "crm.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return source


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ("07911 200600," + "B" * 250 + ",offers,opt_in,2026-09-01,x", "longer than 200"),
        ("07911 200600,Bo,offers,opt_in,2099-01-01,x", "future"),
        ("12,Bo,offers,opt_in,2026-09-01,x", "too short"),
    ],
)
def test_an_import_with_a_bad_row_after_500_good_ones_records_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bad: str, reason: str
) -> None:
    run = shop(tmp_path, capsys)
    source = crm_file(tmp_path, 700, 601, bad)
    refused = run("import", str(source), "--apply", expect=2)
    assert refused.out == ""
    assert len(refused.err.strip().splitlines()) == 1
    assert refused.err.startswith("optin-desk import: row 601: ")
    assert reason in refused.err
    assert counts(run.db)["consent_events"] == 0
    dry = run("import", str(source))
    assert "1 invalid" in dry.out
    assert "--skip-invalid" in dry.out
    assert "Imported 699 records" in run("import", str(source), "--apply", "--skip-invalid").out
    assert counts(run.db)["consent_events"] == 699


def test_a_clean_import_still_goes_in_batches(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = shop(tmp_path, capsys)
    source = crm_file(tmp_path, 1200, 1, "07911 200000,P0,offers,opt_in,2026-09-01,x")
    assert "Imported 1200 records" in run("import", str(source), "--apply").out
    assert counts(run.db)["consent_events"] == 1200


def sign_up(run: CommandLine) -> None:
    run("optin", "07911 123456", "--scope", "offers", "--method", "in_person")


def test_an_unwritable_allowed_list_records_no_check_and_no_sends(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = shop(tmp_path, capsys)
    sign_up(run)
    listing = tmp_path / "list.csv"
    listing.write_text("phone\n07911 123456\n", encoding="utf-8")
    report = tmp_path / "report.csv"
    blocked = tmp_path / "a-folder"  # a folder where the file should go cannot be replaced
    blocked.mkdir()
    args = ("check", str(listing), "--category", "offers", "--record-sent")
    refused = run(*args, "--report", str(report), "--allowed", str(blocked), expect=2)
    assert len(refused.err.strip().splitlines()) == 1
    assert "could not write" in refused.err
    assert counts(run.db)["checks"] == counts(run.db)["messages_sent"] == 0
    assert not report.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if "partial" in p.name) == []
    allowed = tmp_path / "allowed.csv"
    done = run(*args, "--report", str(report), "--allowed", str(allowed))
    assert "Recorded 1 message as sent" in done.out
    assert counts(run.db)["checks"] == counts(run.db)["messages_sent"] == 1
    assert "+447911123456" in allowed.read_text(encoding="utf-8-sig")


def test_files_written_for_a_check_that_could_not_be_kept_are_removed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run = shop(tmp_path, capsys)
    sign_up(run)
    listing = tmp_path / "list.csv"
    listing.write_text("phone\n07911 123456\n", encoding="utf-8")
    allowed = tmp_path / "allowed.csv"

    def full_disk(*_args: object) -> int:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(check_files, "record_sent", full_disk)
    with pytest.raises(sqlite3.OperationalError):
        run(
            "check",
            str(listing),
            "--category",
            "offers",
            "--record-sent",
            "--allowed",
            str(allowed),
        )
    assert not allowed.exists()
    assert counts(run.db)["checks"] == 0


def stored_scans(db: Path) -> list[Path]:
    return [p for p in (db.parent / "evidence").rglob("*") if p.is_file()]


def test_a_failed_optin_leaves_no_scan_behind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = shop(tmp_path, capsys)
    scan = tmp_path / "form.png"
    scan.write_bytes(b"a signed form")
    (serial,) = printed_by_command(run, tmp_path)
    args = ("optin", "07911 123456", "--scope", "offers", "--method", "paper_form")
    args += ("--serial", serial)
    refused = run(*args, "--evidence", str(scan), "--name", "N" * 250, expect=2)
    assert "longer than 200" in refused.err
    assert stored_scans(run.db) == []
    assert counts(run.db)["evidence"] == 0
    run(*args, "--evidence", str(scan))
    assert len(stored_scans(run.db)) == 1


def test_a_scan_copied_for_a_commit_that_failed_is_removed(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan = tmp_path / "form.png"
    scan.write_bytes(b"another signed form")
    with database.sessions() as session:
        (serial,) = printed_serials(session, tmp_path)
    request = OptInRequest(
        phone="07911123456", scopes=["offers"], method="paper_form", serial=serial, evidence=scan
    )
    with database.sessions() as session:

        def full_disk() -> None:
            raise OperationalError("COMMIT", None, Exception("database or disk is full"))

        monkeypatch.setattr(session, "commit", full_disk)
        with pytest.raises(OperationalError):
            record_opt_in(session, request, database.evidence_dir)
    assert [p for p in database.evidence_dir.rglob("*") if p.is_file()] == []
    with database.sessions() as session:
        record_opt_in(session, request, database.evidence_dir)
    kept = [p for p in database.evidence_dir.rglob("*") if p.is_file()]
    assert [p.read_bytes() for p in kept] == [b"another signed form"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_folder_or_a_pipe_as_evidence_says_what_it_is_without_waiting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = shop(tmp_path, capsys)
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    (serial,) = printed_by_command(run, tmp_path)
    args = ("optin", "07911 123456", "--scope", "offers", "--method", "paper_form")
    args += ("--serial", serial, "--evidence")
    assert "is a folder, not a file" in run(*args, str(tmp_path), expect=2).err
    assert "is not a regular file" in run(*args, str(pipe), expect=2).err
    assert "does not exist" in run(*args, str(tmp_path / "none.png"), expect=2).err
    assert counts(run.db)["consent_events"] == 0
