"""`quality [show|add|import]` and `report quality --out FILE.pdf`, in-process."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.command_line import CommandLine
from tests.delivery_exports import ANN, BOB, write_xlsx
from tests.paper_forms import printed_by_command

TODAY = date.today()


@pytest.fixture
def run(command_line: CommandLine, tmp_path: Path) -> CommandLine:
    cli = command_line
    cli("init", "--business", "Ann's Deli", "--country", "GB", "--sender", "07911 000111")
    (serial,) = printed_by_command(cli, tmp_path)
    cli(
        *("optin", ANN, "--scope", "offers", "--method", "paper_form", "--serial", serial),
        *("--at", "2026-01-05"),
    )
    cli("optin", BOB, "--scope", "offers", "--method", "click_to_whatsapp_ad", "--at", "2026-01-05")
    listed = tmp_path / "black-friday.csv"
    listed.write_text(f"phone\n{ANN}\n{BOB}\n", encoding="utf-8")
    an_hour_ago = (datetime.now() - timedelta(hours=1)).strftime("%Y-%m-%d %H:%M")
    cli("check", str(listed), "--category", "offers", "--record-sent", "--sent-at", an_hour_ago)
    report = write_xlsx(tmp_path / "report.xlsx", datetime.now(UTC) - timedelta(minutes=30))
    cli("deliveries", str(report), "--apply")
    return cli


def test_readings_added_imported_and_shown_with_warnings(run: CommandLine, tmp_path: Path) -> None:
    month_ago = str(TODAY - timedelta(days=30))
    added = run(
        "quality", "add", "07911 000111", "--rating", "high", "--limit", "1K", "--on", month_ago
    )
    assert added.out == f"Kept the reading of {month_ago}.\n"
    again = run(
        "quality", "add", "07911 000111", "--rating", "high", "--limit", "1K", "--on", month_ago
    )
    assert again.out == "That reading was already kept.\n"
    sheet = tmp_path / "manager.csv"
    sheet.write_text(
        f"Phone number,Date,Quality rating,Status\n+447911000111,{TODAY},Medium,Flagged\n",
        encoding="utf-8",
    )
    assert run("quality", "import", str(sheet)).out == "Kept 1 new reading.\n"
    shown = run("quality").out.splitlines()
    assert shown[:2] == [
        f"+447911000111 on {month_ago}: quality high, connected, limit 1K",
        f"+447911000111 on {TODAY}: quality medium, flagged",
    ]
    assert shown[2].startswith("broadcast 1 (black-friday.csv, ")
    assert shown[2].endswith("2 sent; 1 delivered, 1 failed; 1 opt-out within 7 days")
    assert "opted in by click-to-WhatsApp ad: 1 person, 1 opted out since" in shown
    assert (
        "warning: quality dropped to medium on +447911000111: hold marketing from this number "
        "for a week" in shown
    )


def test_bad_readings_are_one_line_exit_2(run: CommandLine) -> None:
    wrong = run("quality", "add", "+447400123456", "--rating", "high", expect=2)
    assert wrong.err.startswith("optin-desk quality: '+447400123456' is not one of the shop's")
    assert wrong.err.count("\n") == 1
    ahead = str(TODAY + timedelta(days=3))
    future = run("quality", "add", "07911 000111", "--rating", "low", "--on", ahead, expect=2)
    assert "dated in the future" in future.err
    assert run("quality").out.count("+447911000111 ") == 0


def test_the_owner_prints_the_one_page_report(run: CommandLine, tmp_path: Path) -> None:
    target = tmp_path / "quality.pdf"
    done = run("report", "quality", "--out", str(target))
    assert done.out == f"Wrote {target}: 1 broadcast, 1 warning.\n"
    assert target.stat().st_mode & 0o777 == 0o600  # names and numbers: the owner's eyes only
    reader = PdfReader(target)
    assert len(reader.pages) == 1
    words = " ".join(reader.pages[0].extract_text().split())
    assert "What came of your WhatsApp messages · Ann's Deli" in words
    assert "50% not delivered after the broadcast of" in words
    assert "Opt-out rate by how people opted in" in words
    refused = run("report", "quality", "--out", str(tmp_path / "quality.txt"), expect=2)
    assert "the report is a PDF" in refused.err


def test_a_spanish_shop_reads_its_warnings_and_report_in_spanish(
    run: CommandLine, tmp_path: Path
) -> None:
    run("quality", "add", "07911 000111", "--rating", "high", "--on", str(TODAY - timedelta(1)))
    run("quality", "add", "07911 000111", "--rating", "low", "--on", str(TODAY))
    shown = run("--ui-language", "es", "quality").out
    assert shown.splitlines()[:2] == [  # the rating and status in words, not codes
        f"+447911000111 el {TODAY - timedelta(1)}: calidad alta, conectado",
        f"+447911000111 el {TODAY}: calidad baja, conectado",
    ]
    arabic = run("--ui-language", "ar", "quality").out.splitlines()
    assert arabic[1] == f"+447911000111 في {TODAY}: الجودة منخفضة، متصل"
    assert (
        "la calidad bajó a baja en +447911000111: no envíe marketing desde este número "
        "durante una semana" in shown
    )
    target = tmp_path / "calidad.pdf"
    run("--ui-language", "es", "report", "quality", "--out", str(target))
    words = " ".join(PdfReader(target).pages[0].extract_text().split())
    assert "Qué resultó de sus mensajes de WhatsApp · Ann's Deli" in words
    assert "sin entregar tras el envío del" in words
    assert "Tasa de bajas según cómo se dieron de alta" in words
    assert "primera alta con «formulario en papel»" in words  # the day a way of opting in began
    assert "What came of" not in words
    assert "not delivered" not in words


def test_an_arabic_report_is_in_arabic_set_from_the_right(run: CommandLine, tmp_path: Path) -> None:
    target = tmp_path / "quality-ar.pdf"
    run("--ui-language", "ar", "report", "quality", "--out", str(target))
    page = PdfReader(target).pages[0]
    placed: list[tuple[float, str]] = []

    def keep(text: str, _cm: object, matrix: list[float], *_rest: object) -> None:
        if text.strip():
            placed.append((matrix[4], text))

    page.extract_text(visitor_text=keep)
    words = " ".join(text for _, text in placed)
    assert "What came of" not in words
    assert "not delivered" not in words
    assert any("\u0600" <= char <= "\u06ff" for char in words)
    title_x = min(x for x, text in placed if "Ann" in text)
    assert title_x > 150  # the heading ends at the right margin, not the left


def test_a_shop_with_no_number_yet_says_so_in_its_language(command_line: CommandLine) -> None:
    command_line("init", "--business", "Tienda Luz", "--country", "ES", "--language", "es")
    said = command_line(
        "--ui-language", "es", "quality", "add", "612 000 111", "--rating", "high", expect=2
    ).err
    assert "no es uno de los números de WhatsApp de la tienda (ninguno configurado)" in said
    assert "none set up" not in said
