"""`check` with its fast reading of numbers writes the very report a full parse of every row
writes: every kind of row, every verdict, byte for byte."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from optin_desk.services import check_judge
from tests.command_line import CommandLine
from tests.services.test_check_fast_path import ParsingReader

ON_FILE = {
    "+447911123456": "07911 123456",  # GB mobile, the shop's own country
    "+442079460123": "020 7946 0123",  # GB landline
    "+34612345678": "+34 612 345 678",  # Spain
    "+14155550134": "+1 415 555 0134",  # United States
}
OPTED_OUT = "+447400123456"
TOO_OFTEN = "+447912345678"
ROWS = [
    "+447911123456",  # E.164
    "07911 123456",  # national form: a duplicate of the row above
    "020-7946-0123",  # dashes
    "02079460123",  # national digits
    "34612345678",  # another country's code without "+"
    "0034 612 345 678",  # with 00
    "+1 (415) 555-0134",  # brackets
    "07400 123456",  # opted out
    "+44 7912 345678",  # messaged too often
    "07912 555666",  # a valid number nobody on file has
    "+49 151 23456789",  # another country, nobody on file
    "612345678",  # the Spanish digits read as a GB number: invalid
    "07911 12345",  # one digit short of someone on file
    "+44 7911 1234567",  # one digit too many
    "+999 1234 5678",  # unknown country code
    "not a number",
    "",
    "=cmd|' /C calc'!A0",  # a formula where a number should be
    "+44 7911 123456 ext 2",
    "٠٧٩١١ ١٢٣٤٥٦",  # Arabic-Indic digits
    "tel:+34612345678",
]


@pytest.fixture
def cli(command_line: CommandLine, tmp_path: Path) -> CommandLine:
    command_line("init", "--business", "Deli", "--country", "GB", "--sender", "07911 000111")
    for number in [*ON_FILE, OPTED_OUT, TOO_OFTEN]:
        command_line("optin", number, "--scope", "offers", "--method", "in_person")
    command_line("optout", OPTED_OUT, "--scope", "marketing", "--method", "sms")
    sent = tmp_path / "sent.csv"
    sent.write_text(f"Phone\n{TOO_OFTEN}\n", encoding="utf-8")
    for _ in range(2):  # two offers this week: the cap of two is reached
        command_line("check", str(sent), "--category", "offers", "--record-sent")
    return command_line


def _report(cli: CommandLine, listing: Path, report: Path) -> dict[str, object]:
    ran = cli("check", str(listing), "--category", "offers", "--json", "--report", str(report))
    payload: dict[str, object] = json.loads(ran.out)
    del payload["check_id"]
    return payload


def test_every_kind_of_row_gets_the_verdict_a_full_parse_gives(
    cli: CommandLine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    listing = tmp_path / "list.csv"
    cells = ['"' + cell.replace('"', '""') + '"' for cell in ROWS]
    lines = ["Name,Phone", *(f"Person {i},{cell}" for i, cell in enumerate(cells, 1))]
    listing.write_text("\n".join(lines) + "\n", encoding="utf-8")

    fast = _report(cli, listing, tmp_path / "fast.csv")
    monkeypatch.setattr(check_judge, "PhoneReader", ParsingReader)
    full = _report(cli, listing, tmp_path / "full.csv")

    assert fast == full
    assert (tmp_path / "fast.csv").read_bytes() == (tmp_path / "full.csv").read_bytes()
    counts = fast["counts"]
    assert isinstance(counts, dict)
    assert all(counts[verdict] > 0 for verdict in counts)  # every verdict is reached
    report = (tmp_path / "fast.csv").read_text(encoding="utf-8-sig")
    assert "same number as row 1" in report
    assert "'=cmd" in report  # neutralised in the report
