"""`check` reads, judges and writes a list a batch of rows at a time, with the answers of a
check of the whole list at once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from optin_desk.services import check_files
from tests.command_line import CommandLine

ANN, BOB = "07911 123456", "+34 612 345 678"


@pytest.fixture
def cli(command_line: CommandLine) -> CommandLine:
    command_line("init", "--business", "Deli", "--country", "GB", "--sender", "07911 000111")
    command_line("optin", ANN, "--scope", "offers", "--method", "in_person")
    command_line("optin", BOB, "--scope", "orders", "--method", "in_person")
    return command_line


def a_list(path: Path) -> Path:
    """Forty rows: people on file written many ways, repeats far apart, bad and odd cells."""
    lines = ["Name,Phone"]
    forms = [ANN, "+447911123456", "00447911123456", BOB, "34612345678", "07400 123456"]
    forms += ["0791", "", "=cmd|' /C calc'!A0", '"07911 123456 ::: 07400 654321"']
    lines += [f"Person {index},{forms[index % len(forms)]}" for index in range(40)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def check(cli: CommandLine, listing: Path, report: Path, allowed: Path) -> dict[str, object]:
    ran = cli(
        "check", str(listing), "--category", "offers", "--json",
        "--report", str(report), "--allowed", str(allowed),
    )  # fmt: skip
    payload: dict[str, object] = json.loads(ran.out)
    del payload["check_id"]
    return payload


def test_batches_of_seven_give_what_one_batch_gives(
    cli: CommandLine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    listing = a_list(tmp_path / "list.csv")
    whole = check(cli, listing, tmp_path / "whole.csv", tmp_path / "whole-allowed.csv")
    monkeypatch.setattr(check_files, "STREAM_BATCH", 7)
    batched = check(cli, listing, tmp_path / "batched.csv", tmp_path / "batched-allowed.csv")

    assert batched == whole
    assert whole["rows"] == 44  # four cells hold two numbers each
    report = (tmp_path / "batched.csv").read_bytes()
    assert report == (tmp_path / "whole.csv").read_bytes()
    allowed = (tmp_path / "batched-allowed.csv").read_bytes()
    assert allowed == (tmp_path / "whole-allowed.csv").read_bytes()
    text = report.decode("utf-8-sig")
    assert "same number as row 1" in text  # a repeat many batches after the first
    assert "'=cmd" in text  # the formula is still neutralised
    counts = whole["counts"]
    assert isinstance(counts, dict)
    assert counts["duplicate"] > 20
    assert cli("check", str(listing), "--category", "offers").out.startswith("Check 3: 44 rows")


def test_a_bad_line_far_into_the_list_keeps_nothing_and_writes_nothing(
    cli: CommandLine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(check_files, "STREAM_BATCH", 50)
    listing = tmp_path / "list.csv"
    good = [f"P{index},07911 {index:06d}" for index in range(500)]
    listing.write_text("Name,Phone\n" + "\n".join([*good, "x," * 1200]) + "\n", encoding="utf-8")
    report = tmp_path / "report.csv"
    ran = cli("check", str(listing), "--category", "offers", "--report", str(report), expect=2)

    assert ran.err.strip() == (
        "optin-desk check: line 502 of list.csv has more than 1000 columns: this is not a "
        "list of people"
    )
    assert not report.exists()
    assert not [path for path in tmp_path.iterdir() if "report" in path.name]  # nor a partial
    listing.write_text("Name,Phone\n" + "\n".join(good) + "\n", encoding="utf-8")
    kept = check(cli, listing, report, tmp_path / "allowed.csv")
    assert kept["rows"] == 500
    first = json.loads(cli("check", str(listing), "--category", "offers", "--json").out)
    assert first["check_id"] == 2  # the failed check was never kept


def test_a_headerless_list_naming_a_column_found_only_further_down(
    cli: CommandLine, tmp_path: Path
) -> None:
    listing = tmp_path / "list.txt"
    rows = [f"07400 {index:06d};x" for index in range(300)]  # a number first: no header
    rows += [f"07400 {index:06d};x;07911 123456" for index in range(300, 310)]
    listing.write_text("\n".join(rows) + "\n", encoding="utf-8")
    ran = cli("check", str(listing), "--category", "offers", "--column", "column 3", "--json")

    payload = json.loads(ran.out)
    assert payload["phone_column"] == "column 3"
    assert payload["rows"] == 310
    assert payload["counts"]["send"] == 1
    assert payload["counts"]["duplicate"] == 9
    assert payload["counts"]["invalid_number"] == 300  # no third cell: no number
