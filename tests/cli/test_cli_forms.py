"""Forms and proofs on the command line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.command_line import CommandLine as Cli


@pytest.fixture
def cli(command_line: Cli) -> Cli:
    runner = command_line
    runner("init", "--business", "Tienda Luz", "--country", "US", "--sender", "+1 650 253 0000")
    return runner


def test_forms_then_a_returned_serial_then_its_proof(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "forms.pdf"
    printed = cli("forms", "--count", "3", "--language", "es", "--out", str(out), "--by", "Marta")
    assert "Printed 3 forms in Spanish (wording v1, letter)" in printed.stdout
    reader = PdfReader(out)
    assert len(reader.pages) == 3
    assert float(reader.pages[0].mediabox.width) == 612
    serial = re.findall(r"[0-9A-Z]{4}-[0-9A-Z]{4}-\S", printed.stdout)[0]
    cli("optin", "+1 650 253 0001", "--scope", "all", "--method", "paper_form", "--serial", serial)
    again = cli(
        "optin",
        "+1 650 253 0002",
        "--scope",
        "all",
        "--method",
        "paper_form",
        "--serial",
        serial,
        expect=2,
    )
    assert "already entered" in again.stderr
    assert "1 returned, 2 outstanding" in cli("forms", "--batches").stdout
    cli("proof", "+1 650 253 0001", "--out", str(tmp_path / "p.json"))
    record = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))
    assert record["events"][0]["form_serial"] == serial
    assert record["events"][0]["notice"]["language"] == "es"
    (tmp_path / "p.json").unlink()
    done = cli("proof", "+1 650 253 0001", "--out", str(tmp_path / "p.pdf"))
    assert "ledger head" in done.stderr
    assert f"Its JSON proof, for an auditor to check with verify-proof: {tmp_path / 'p.json'}" in (
        done.stderr
    )
    fingerprint = cli("public-key").stdout.split("Fingerprint (SHA-256): ")[1].split()[0]
    assert "ok:" in cli("verify-proof", str(tmp_path / "p.json"), "--key", fingerprint).stdout
    text = " ".join(PdfReader(tmp_path / "p.pdf").pages[0].extract_text().split())
    assert f"optin-desk verify-proof p.json --key {fingerprint}" in text
    forms = " ".join(PdfReader(out).pages[2].extract_text().split())
    assert f"clave del comercio {fingerprint}" in forms


def test_a_pdf_proof_with_the_key_locked_writes_no_json_and_says_why(
    cli: Cli, tmp_path: Path
) -> None:
    cli("optin", "+1 650 253 0001", "--scope", "all", "--method", "phone_call")
    cli("pin", "135790")
    done = cli("proof", "+1 650 253 0001", "--out", str(tmp_path / "p.pdf"))
    assert "not anchored to a signed checkpoint" in done.stderr
    assert not (tmp_path / "p.json").exists()
    text = " ".join(PdfReader(tmp_path / "p.pdf").pages[0].extract_text().split())
    assert "Not signed: no checkpoint was signed for this proof" in text
    cli("--pin", "135790", "checkpoint")
    cli("proof", "+1 650 253 0001", "--out", str(tmp_path / "kept.pdf"))
    text = " ".join(PdfReader(tmp_path / "kept.pdf").pages[0].extract_text().split())
    assert "Rests on the newest signed checkpoint kept that covers these entries" in text
    assert not (tmp_path / "kept.json").exists()


def test_forms_refuse_bad_requests_in_one_line(cli: Cli, tmp_path: Path) -> None:
    assert "--out FILE.pdf" in cli("forms", "--count", "2", expect=2).stderr
    assert "FILE.pdf" in cli("forms", "--out", str(tmp_path / "x.txt"), expect=2).stderr
    missing = cli("forms", "--for", "+1 650 253 0009", "--out", str(tmp_path / "x.pdf"), expect=2)
    assert "not on file" in missing.stderr
    assert "nothing to prove" in cli("proof", "+1 650 253 0009", "--out", "x.pdf", expect=1).stderr


def test_a_proof_speaks_the_customers_language_else_the_shops(
    command_line: Cli, tmp_path: Path
) -> None:
    command_line("init", "--business", "Laden", "--country", "DE", "--language", "de")
    command_line("optin", "+49 1512 3456789", "--scope", "all", "--method", "in_person")
    command_line(
        "optin", "+49 1512 3456780", "--scope", "all", "--method", "sms", "--language", "es"
    )
    command_line("proof", "+49 1512 3456789", "--out", str(tmp_path / "de.pdf"))
    command_line("proof", "+49 1512 3456780", "--out", str(tmp_path / "es.pdf"))
    german = " ".join(PdfReader(tmp_path / "de.pdf").pages[0].extract_text().split())
    spanish = " ".join(PdfReader(tmp_path / "es.pdf").pages[0].extract_text().split())
    assert "Nachweis der Einwilligung zum Erhalt von WhatsApp-Nachrichten" in german
    assert "Art: Persönlich" in german
    assert "Prueba del consentimiento para recibir mensajes de WhatsApp" in spanish
    assert "Cómo: SMS" in spanish
    # the JSON proof keeps its machine names whatever the language
    command_line("proof", "+49 1512 3456780", "--out", str(tmp_path / "es.json"))
    record = json.loads((tmp_path / "es.json").read_text(encoding="utf-8"))
    assert record["events"][0]["collection_method"] == "sms"
    assert {p["collection_method"] for p in record["purposes"]} == {"sms"}
    assert record["language"] == "es"
    assert {p["state"] for p in record["purposes"]} == {"opted_in"}
