"""A check's reasons are said in the shop's language: in the report of the command line,
and when a kept check is read again; the English report stays as it always was."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from optin_desk.domain.messages import worded
from optin_desk.services.check import stored_rows
from optin_desk.services.handle import open_records
from tests.command_line import CommandLine
from tests.paper_forms import printed_by_command

ANA, BEA, CRUZ = "+34 612 100 001", "+34 612 100 002", "+34 612 100 003"


@pytest.fixture
def spanish_shop(command_line: CommandLine, tmp_path: Path) -> Path:
    command_line("init", "--business", "Tienda Luz", "--country", "ES", "--language", "es")
    (serial,) = printed_by_command(command_line, tmp_path)  # a form Ana signed and gave back
    command_line(
        *("optin", ANA, "--scope", "offers", "--method", "paper_form", "--serial", serial),
        *("--at", "2026-10-03"),
    )
    command_line("optin", BEA, "--scope", "orders", "--method", "in_person")
    command_line("optin", CRUZ, "--scope", "all", "--method", "in_person")
    command_line("optout", CRUZ, "--scope", "marketing", "--method", "whatsapp_reply")
    listing = tmp_path / "lista.csv"
    listing.write_text(f"Nombre,Teléfono\nAna,{ANA}\nBea,{BEA}\nCruz,{CRUZ}\nAna,{ANA}\n")
    return listing


def _reasons(command_line: CommandLine, listing: Path, language: str) -> list[str]:
    """The reasons of the report of `check` in `language`."""
    report = listing.with_name(f"report-{language}.csv")
    command_line(
        "--ui-language", language, "check", str(listing), "--category", "offers",
        "--report", str(report),
    )  # fmt: skip
    with report.open(encoding="utf-8-sig", newline="") as handle:
        return [row["reason"] for row in csv.DictReader(handle)]


def test_the_spanish_report_gives_its_reasons_in_spanish(
    command_line: CommandLine, spanish_shop: Path
) -> None:
    reasons = _reasons(command_line, spanish_shop, "es")
    ana, bea, cruz, again = reasons
    assert ana.startswith("se dio de alta el 3 oct 2026 (formulario en papel)")
    assert bea == "consentimiento solo para Avisos de pedidos y pagos"  # the shop's own name of it
    assert cruz.startswith("se dio de baja de publicidad el ")
    assert again == "mismo número que la fila 1"
    assert "opted" not in " ".join((ana, bea, cruz))


def test_the_arabic_report_names_the_month_in_arabic(
    command_line: CommandLine, spanish_shop: Path
) -> None:
    reasons = _reasons(command_line, spanish_shop, "ar")
    ana = reasons[0]
    assert ana.startswith("اشترك في 3 أكتوبر 2026 (استمارة ورقية)")


def test_the_english_report_is_unchanged_and_a_kept_check_can_be_said_again(
    command_line: CommandLine, spanish_shop: Path
) -> None:
    reasons = _reasons(command_line, spanish_shop, "en")
    assert reasons[0].startswith("opted in on 3 Oct 2026 (paper form)")
    assert reasons[1] == "consent for Avisos de pedidos y pagos only"  # the shop names it
    records = open_records(command_line.db)
    try:
        with records.sessions() as session:
            kept = stored_rows(session, 1)
    finally:
        records.dispose()
    assert [row.reason for row in kept] == reasons  # kept as said, in English

    def spanish(_context: str, text: str, _disambiguation: None, _n: int) -> str:
        return {"consent for {categories} only": "consentimiento solo para {categories}"}.get(
            text, text
        )

    assert worded(kept[1].reason, spanish) == "consentimiento solo para Avisos de pedidos y pagos"


@pytest.mark.parametrize(
    ("language", "short_here", "short_abroad", "refused"),
    [
        (
            "en",
            "too short for Spain",
            "too short for United Kingdom",
            "'612 34' is not a usable WhatsApp number: too short for Spain",
        ),
        (
            "es",
            "demasiado corto para España",
            "demasiado corto para Reino Unido",
            "'612 34' no es un número de WhatsApp utilizable: demasiado corto para España",
        ),
        (
            "ar",
            "أقصر من أن يكون رقمًا من إسبانيا",
            "أقصر من أن يكون رقمًا من المملكة المتحدة",
            "'612 34' ليس رقم واتساب صالحًا للاستخدام: أقصر من أن يكون رقمًا من إسبانيا",
        ),
    ],
)
def test_an_invalid_number_names_its_country_in_the_readers_language(
    command_line: CommandLine,
    spanish_shop: Path,
    language: str,
    short_here: str,
    short_abroad: str,
    refused: str,
) -> None:
    """Outside test: 'demasiado corto para un número de ES' named the country by its code."""
    listing = spanish_shop.with_name("cortos.csv")
    listing.write_text(f"Nombre,Teléfono\nAna,{ANA}\nLuz,612 34\nTom,+44 7911 12\n")
    reasons = _reasons(command_line, listing, language)
    assert reasons[1:] == [short_here, short_abroad]  # the shop's country, the number's own
    said = command_line("--ui-language", language, "status", "612 34", expect=2).err
    assert said.strip() == f"optin-desk status: {refused}"
