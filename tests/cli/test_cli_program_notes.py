"""A note the program wrote into the ledger (in English, as it always was, never rewritten)
reads in the shop's language in `history` and in the proof PDF; `history --json` keeps it as
stored."""

from __future__ import annotations

import json
from collections.abc import Mapping
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from optin_desk.domain.messages import english
from optin_desk.domain.program_notes import (
    LIFTED_ERASURE,
    OTHER_PRINT_RUN,
    REPLIED,
    ProgramNote,
    shown_note,
    written,
)
from tests.command_line import CommandLine

LUCIA = "+34 612 100 008"


@pytest.fixture
def spanish_shop(command_line: CommandLine) -> CommandLine:
    command_line("init", "--business", "Tienda Luz", "--country", "ES", "--language", "es")
    command_line(
        "optin", LUCIA, "--scope", "orders", "--method", "paper_form", "--name", "Lucía",
        "--serial", "K3M9", "--other-print-run", "--note", "firmado en la feria",
        "--language", "es",
    )  # fmt: skip
    return command_line


def test_history_says_the_programs_note_in_spanish(spanish_shop: CommandLine) -> None:
    said = spanish_shop("--ui-language", "es", "history", LUCIA).out
    assert "nota: firmado en la feria; formulario de otra impresión" in said
    assert "another print run" not in said
    english_history = spanish_shop("--ui-language", "en", "history", LUCIA).out
    assert "note: firmado en la feria; form from another print run" in english_history
    stored = json.loads(spanish_shop("history", LUCIA, "--json").out)[0]["note"]
    assert stored == "firmado en la feria; form from another print run"


def test_the_proof_pdf_says_it_in_the_persons_language(
    spanish_shop: CommandLine, tmp_path: Path
) -> None:
    out = tmp_path / "prueba.pdf"
    spanish_shop("proof", LUCIA, "--out", str(out))
    pages = PdfReader(BytesIO(out.read_bytes())).pages
    text = " ".join(" ".join(page.extract_text().split()) for page in pages)
    assert "Nota: firmado en la feria; formulario de otra impresión" in text
    assert "another print run" not in text


def test_old_records_read_the_same_and_what_staff_typed_stays_as_typed() -> None:
    def spanish(note: ProgramNote, fields: Mapping[str, str]) -> str:
        return f"<{note.code}:{dict(fields)}>"

    old = "form from another print run"  # what every earlier version stored
    assert written(OTHER_PRINT_RUN) == old
    assert shown_note(old, spanish) == "<other_print_run:{}>"
    lifted = written(LIFTED_ERASURE, day="3 Oct 2026")
    assert lifted == "lifts the erasure on request of 3 Oct 2026 (the person's own new consent)"
    assert shown_note(f"a; {lifted}", spanish) == "a; <lifted_erasure:{'day': '3 Oct 2026'}>"
    assert written(REPLIED, message="ALTA") == "replied: ALTA"
    typed = "form from another print run, probably"
    assert shown_note(typed, spanish) == typed
    assert english(OTHER_PRINT_RUN.text, -1) == old


def test_an_imported_rows_note_reads_in_spanish(spanish_shop: CommandLine, tmp_path: Path) -> None:
    source = tmp_path / "crm.csv"
    source.write_text(
        "phone;name;category;action;date;method\n"
        "+34 612 100 009;Rosa;orders;opt_in;2026-09-01;web\n",
        encoding="utf-8",
    )
    spanish_shop("import", str(source), "--apply")
    said = spanish_shop("--ui-language", "es", "history", "+34 612 100 009").out
    assert "nota: importado de crm.csv, fila 1; método en el origen: web" in said
    stored = json.loads(spanish_shop("history", "+34 612 100 009", "--json").out)[0]["note"]
    assert stored == "imported from crm.csv, row 1; their method: web"
