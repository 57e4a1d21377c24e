"""The opt-out desk on the command line: replies and import, dry run first."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.command_line import CommandLine as Cli


@pytest.fixture
def cli(command_line: Cli) -> Cli:
    runner = command_line
    runner("init", "--business", "Tienda Luz", "--country", "ES", "--language", "es")
    return runner


def test_replies_are_read_then_applied_never_the_free_text(cli: Cli, tmp_path: Path) -> None:
    batch = tmp_path / "replies.txt"
    batch.write_text(
        "+34 612 100 007: BAJA\n+44 7911 100001: Stop!\n+34 612 100 022: no más mensajes\n",
        encoding="utf-8",
    )
    dry = cli("replies", str(batch))
    assert "row 1: +34612100007: “BAJA” → opt-out (keyword BAJA) [es]" in dry.stdout
    assert "row 3: +34612100022: “no más mensajes” → a person decides" in dry.stdout
    assert "3 replies: 2 clear opt-outs, 1 for a person to decide" in dry.stdout
    assert "Dry run" in dry.stdout
    assert cli.status("+34612100007")["consent"]["offers"] == "none"
    applied = cli("replies", str(batch), "--apply", "--by", "Marta")
    assert "Recorded 2 opt-outs" in applied.stdout
    assert "responda ALTA" in applied.stdout
    assert "reply START" in applied.stdout
    assert cli.status("+34612100007")["consent"]["offers"] == "opted_out"
    assert cli.status("+34612100022")["consent"]["offers"] == "none"


def test_a_spanish_shop_reads_why_each_reply_was_read_so_in_spanish(
    cli: Cli, tmp_path: Path
) -> None:
    batch = tmp_path / "replies.txt"
    batch.write_text(
        "+34 612 100 007: BAJA\n+34 612 100 022: no más mensajes\n+34 612 100 007: BAJA\n"
        "+34 612 100 033: ¿a qué hora abrís?\n",
        encoding="utf-8",
    )
    said = cli("--ui-language", "es", "replies", str(batch)).stdout
    assert "(palabra clave BAJA)" in said
    assert "(NO MÁS entre otras palabras: decide una persona)" in said
    assert "mismo número que la fila 1" in said
    assert "(sin palabras de baja ni de alta)" in said


def test_import_is_a_dry_run_until_applied_and_never_undoes_an_opt_out(
    cli: Cli, tmp_path: Path
) -> None:
    cli("optout", "+34 612 100 007", "--scope", "marketing", "--method", "whatsapp_reply")
    source = tmp_path / "crm.csv"
    source.write_text(
        "phone;name;category;action;date\n"
        "+34 612 100 007;Lucía;offers;opt_in;2026-09-01\n"
        "+34 612 100 008;Pedro;orders;opt_in;2026-09-01\n",
        encoding="cp1252",
    )
    dry = cli("import", str(source))
    assert "→ skipped: would undo the opt-out of Ofertas y productos nuevos on" in dry.stdout
    en_espanol = cli("--ui-language", "es", "import", str(source)).stdout
    assert "fila 1: +34612100007 alta Ofertas y productos nuevos 2026-09-01 → omitida:" in (
        en_espanol
    )  # the row in words: the kind of message by the shop's name for it, not its key
    assert ": desharía la baja de Ofertas y productos nuevos del " in en_espanol
    assert ": dará el alta para Avisos de pedidos y pagos" in en_espanol
    assert "1 to add, 1 skipped (would undo an opt-out)" in dry.stdout
    assert cli.status("+34612100008")["consent"]["orders"] == "none"
    assert "Imported 1 record " in cli("import", str(source), "--apply").stdout
    assert cli.status("+34612100008")["consent"]["orders"] == "opted_in"
    assert cli.status("+34612100007")["consent"]["offers"] == "opted_out"
    again = cli("import", str(source), "--apply", expect=2)
    assert "nothing to import" in again.stderr


def test_a_missing_file_is_one_clear_line(cli: Cli, tmp_path: Path) -> None:
    result = cli("replies", str(tmp_path / "none.csv"), expect=2)
    assert "does not exist" in result.stderr
    result = cli("import", str(tmp_path / "none.csv"), expect=2)
    assert "does not exist" in result.stderr


def test_status_of_an_erased_number_says_so_and_that_it_stays_blocked(
    command_line: Cli,
) -> None:
    command_line("init", "--business", "Shop", "--country", "GB")
    command_line("optin", "07911 123456", "--scope", "all", "--method", "in_person")
    command_line("erase", "07911 123456")
    shown = command_line("status", "07911 123456").out
    assert "(not on file)" not in shown
    assert "erased on " in shown
    assert "blocked from every broadcast until they opt in again" in shown
    assert command_line.status("07911 123456")["erased_on"] == date.today().isoformat()
    command_line("optin", "07911 123456", "--scope", "all", "--method", "in_person",
                 "--lift-erasure")  # fmt: skip
    assert command_line.status("07911 123456")["erased_on"] is None


def test_a_date_an_import_cannot_read_is_said_in_the_shops_language(
    cli: Cli, tmp_path: Path
) -> None:
    source = tmp_path / "crm.csv"
    source.write_text(
        "phone;name;category;action;date\n"
        "+34 612 100 008;Pedro;orders;opt_in;31/02/2026\n"
        "+34 612 100 009;Rosa;orders;opt_in;2999-01-01\n",
        encoding="utf-8",
    )
    english = cli("import", str(source)).stdout
    assert "'31/02/2026' is not a date: write it as 2026-10-03" in english
    spanish = cli("--ui-language", "es", "import", str(source)).stdout
    assert "'31/02/2026' no es una fecha: escríbala como 2026-10-03" in spanish
    assert "'2999-01-01' está en el futuro" in spanish
    assert "is not a date" not in spanish
    assert "in the future" not in spanish
    arabic = cli("--ui-language", "ar", "import", str(source)).stdout
    assert "'31/02/2026' ليس تاريخًا" in arabic
    assert "is not a date" not in arabic
    refused = cli("--ui-language", "es", "import", str(source), "--apply", expect=2).stderr
    assert "no es una fecha" in refused
    assert spanish.startswith("fila 1: +34612100008 ")
    assert arabic.startswith("الصف 1: +34612100008 ")
