"""Lists saved by Excel on an Arabic Windows (cp1256) read right through every door of the
command line, and a Spanish shop's cp1252 lists read as they always did."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from optin_desk.documents.code_pages import WESTERN, decode_bytes
from tests.command_line import CommandLine

IMPORT = "phone,name,category,action,date\n0501239999,سارة,offers,opt_in,2026-11-01\n"
LIST = "الجوال,الاسم\n0501239999,سارة\n0501234567,محمد عبد الله\n"


@pytest.fixture
def arabic(command_line: CommandLine) -> CommandLine:
    command_line(
        "init", "--business", "متجر الورد", "--country", "AE", "--language", "ar",
        "--sender", "+971501230000",
    )  # fmt: skip
    return command_line


def test_an_import_saved_in_cp1256_keeps_its_arabic_names(
    arabic: CommandLine, tmp_path: Path
) -> None:
    source = tmp_path / "imp1256.csv"
    source.write_bytes(IMPORT.encode("cp1256"))
    assert "Imported 1 record " in arabic("import", str(source), "--apply").out
    assert arabic.status("0501239999")["name"] == "سارة"
    shown = arabic("status", "0501239999").out
    assert "سارة" in shown
    assert "ÓÇÑÉ" not in shown


def test_a_name_only_the_shop_can_settle_is_read_in_the_shops_code_page(
    arabic: CommandLine, tmp_path: Path
) -> None:
    """طارق in cp1256 is also a word of capitals in cp1251: an Arabic shop's file is Arabic."""
    data = IMPORT.replace("سارة", "طارق").encode("cp1256")
    assert "ШЗСЮ" in decode_bytes(data, WESTERN)[0]  # what a shop with no code page reads
    source = tmp_path / "imp1256.csv"
    source.write_bytes(data)
    arabic("import", str(source), "--apply")
    assert arabic.status("0501239999")["name"] == "طارق"


def test_a_cp1256_list_is_checked_with_its_columns_and_names(
    arabic: CommandLine, tmp_path: Path
) -> None:
    listed = tmp_path / "list1256.csv"
    listed.write_bytes(LIST.encode("cp1256"))
    report = tmp_path / "report.csv"
    ran = arabic("check", str(listed), "--category", "offers", "--report", str(report), "--json")
    said = json.loads(ran.out)
    assert (said["phone_column"], said["name_column"]) == ("الجوال", "الاسم")
    with report.open(encoding="utf-8-sig", newline="") as handle:
        assert [row["name"] for row in csv.DictReader(handle)] == ["سارة", "محمد عبد الله"]


def test_a_cp1256_list_on_standard_input_is_read_the_same(
    arabic: CommandLine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    piped = io.TextIOWrapper(io.BytesIO("phone,name\n0501239999,سارة\n".encode("cp1256")))
    monkeypatch.setattr("sys.stdin", piped)
    report = tmp_path / "report.csv"
    arabic("check", "-", "--category", "offers", "--report", str(report))
    with report.open(encoding="utf-8-sig", newline="") as handle:
        assert [row["name"] for row in csv.DictReader(handle)] == ["سارة"]


def test_replies_saved_in_cp1256_are_read_as_arabic(arabic: CommandLine, tmp_path: Path) -> None:
    batch = tmp_path / "replies.txt"
    batch.write_bytes("+971 50 123 9999: إلغاء\n+971 50 123 4567: شكرا\n".encode("cp1256"))
    said = arabic("replies", str(batch)).out
    assert "row 1: +971501239999: “إلغاء” → opt-out" in said
    assert "row 2: +971501234567: “شكرا”" in said


def test_a_delivery_report_saved_in_cp1256_is_read_in_it(
    arabic: CommandLine, tmp_path: Path
) -> None:
    report = tmp_path / "twilio.csv"
    report.write_bytes(
        "Sid,From,To,Body,Status,Direction,Date Sent,Error Code,Error Message\r\n"
        "SM01,whatsapp:+971501230000,whatsapp:+971501239999,عروض الجمعة البيضاء,read,"
        "outbound-api,2026-11-01 10:00:00 UTC,,\r\n".encode("cp1256")
    )
    assert "twilio.csv: CSV (cp1256), 1 message" in arabic("deliveries", str(report)).out


def test_a_spanish_shops_cp1252_import_reads_as_it_always_did(
    command_line: CommandLine, tmp_path: Path
) -> None:
    cli = command_line
    cli("init", "--business", "Tienda Luz", "--country", "ES", "--language", "es")
    source = tmp_path / "crm.csv"
    source.write_bytes(
        "teléfono;nombre;category;action;date\n"
        "612 100 007;José Peña;offers;opt_in;2026-09-01\n"
        "612 100 008;Muñoz;offers;opt_in;2026-09-01\n".encode("cp1252")
    )
    assert "Imported 2 records " in cli("import", str(source), "--apply").out
    assert cli.status("+34612100007")["name"] == "José Peña"
    assert cli.status("+34612100008")["name"] == "Muñoz"
