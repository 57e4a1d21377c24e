"""`deliveries FILE [--apply]` in-process: a dry run, then kept once, and bad files refused."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.command_line import CommandLine
from tests.delivery_exports import ANN, BOB, write_twilio_csv, write_webhook_lines, write_xlsx

SENT = datetime.now(UTC).replace(microsecond=0) - timedelta(days=1)


@pytest.fixture
def run(command_line: CommandLine, tmp_path: Path) -> CommandLine:
    cli = command_line
    cli("init", "--business", "Ann's Deli", "--country", "GB", "--sender", "07911 000111")
    for phone in (ANN, BOB):
        cli("optin", phone, "--scope", "offers", "--method", "in_person", "--at", "2026-01-05")
    listed = tmp_path / "black-friday.csv"
    listed.write_text(f"phone\n{ANN}\n{BOB}\n", encoding="utf-8")
    an_hour_ago = (datetime.now() - timedelta(hours=1)).strftime("%Y-%m-%d %H:%M")
    cli("check", str(listed), "--category", "offers", "--record-sent", "--sent-at", an_hour_ago)
    return cli


def consent(run: CommandLine, phone: str) -> str:
    return str(json.loads(run("status", phone, "--json").out)["consent"]["offers"])


def test_dry_run_then_apply_then_nothing_new(run: CommandLine, tmp_path: Path) -> None:
    report = write_xlsx(tmp_path / "report.xlsx", datetime.now(UTC) - timedelta(minutes=30))
    dry = run("deliveries", str(report))
    assert "report.xlsx: Excel workbook, 2 messages" in dry.out
    assert (
        f"{BOB}: failed [131050 The person stopped marketing messages]; check 1 "
        "(black-friday.csv), sent " in dry.out
    )
    assert "-> opt out of marketing (WhatsApp's stop button)" in dry.out
    assert "0 sent, 1 delivered, 0 read, 1 failed; 0 lines not read" in dry.out
    assert "Dry run: nothing kept. Run again with --apply to keep 2 outcomes." in dry.out
    assert consent(run, BOB) == "opted_in"
    applied = run("deliveries", str(report), "--apply", "--by", "Marta")
    assert "Kept 2 outcomes. Opted out of marketing (WhatsApp's stop button): 1." in applied.out
    assert consent(run, BOB) == "opted_out"
    assert consent(run, ANN) == "opted_in"
    again = run("deliveries", str(report), "--apply")
    assert "(already read)" in again.out
    assert "Nothing new: this report was read before; nothing added." in again.out


def test_what_a_report_would_do_is_said_in_the_shops_language(
    run: CommandLine, tmp_path: Path
) -> None:
    report = write_xlsx(tmp_path / "report.xlsx", datetime.now(UTC) - timedelta(minutes=30))
    dry = run("--ui-language", "es", "deliveries", str(report)).out
    assert "; revisión 1 (black-friday.csv), enviada el " in dry
    assert "-> darse de baja de publicidad (botón de WhatsApp para detener mensajes)" in dry
    assert "check 1" not in dry
    assert "opt out of marketing" not in dry


def test_webhook_lines_and_twilio_csv_are_read(run: CommandLine, tmp_path: Path) -> None:
    hooks = run("deliveries", str(write_webhook_lines(tmp_path / "hooks.jsonl", SENT)))
    assert "hooks.jsonl: webhook JSON lines, 5 messages" in hooks.out
    assert "1 incoming message left aside" in hooks.out
    twilio = run("deliveries", str(write_twilio_csv(tmp_path / "twilio.csv", SENT)))
    assert "[131026 Message undeliverable]" in twilio.out  # Twilio's 63024, mapped


def test_bad_files_are_one_line_exit_2_nothing_written(run: CommandLine, tmp_path: Path) -> None:
    missing = run("deliveries", str(tmp_path / "nope.csv"), "--apply", expect=2)
    assert missing.err.count("\n") == 1
    assert "does not exist" in missing.err
    wrong = tmp_path / "list.csv"
    wrong.write_text(f"name,phone\nAnn,{ANN}\n", encoding="utf-8")
    refused = run("deliveries", str(wrong), "--apply", expect=2)
    assert refused.err.startswith("optin-desk deliveries: list.csv has no status column")
    assert consent(run, ANN) == "opted_in"


def test_a_spanish_and_an_arabic_shop_read_the_dry_run_in_their_language(
    run: CommandLine, tmp_path: Path
) -> None:
    report = write_xlsx(tmp_path / "report.xlsx", datetime.now(UTC) - timedelta(minutes=30))
    dry = run("--ui-language", "es", "deliveries", str(report)).out
    assert dry.startswith("report.xlsx: libro de Excel, 2 mensajes\n")
    assert "; revisión 1 (black-friday.csv), enviada el " in dry
    assert "-> darse de baja de publicidad (botón de WhatsApp para detener mensajes)" in dry
    dry = run("--ui-language", "ar", "deliveries", str(report)).out
    assert dry.startswith("report.xlsx: مصنّف Excel، ")
    assert "؛ الفحص 1 (black-friday.csv)، أُرسل في " in dry
    assert "أُرسلت: 0، سُلّمت: 1، قُرئت: 0، فشلت: 1؛ أسطر لم تُقرأ: 0" in dry
    assert "-> إلغاء الاشتراك في الرسائل التسويقية (زر الإيقاف في واتساب)" in dry
    lines = tmp_path / "broken.jsonl"
    lines.write_text("not json\n", encoding="utf-8")
    said = run("--ui-language", "es", "deliveries", str(lines)).out
    assert "línea 1: sin leer: esta línea no es JSON\n" in said
    for line in (*dry.splitlines(), *said.splitlines()):
        assert "check 1" not in line
        assert "Excel workbook" not in line
        assert "is not JSON" not in line
