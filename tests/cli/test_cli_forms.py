"""Forms and proofs on the command line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli.test_cli import Cli

pytestmark = pytest.mark.slow


@pytest.fixture
def cli(db_location: str) -> Cli:
    runner = Cli(db_location)
    runner("init", "--business", "Tienda Luz", "--country", "US", "--sender", "+1 650 253 0000")
    return runner


def test_forms_then_a_returned_serial_then_its_proof(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "forms.pdf"
    printed = cli("forms", "--count", "3", "--language", "es", "--out", str(out), "--by", "Marta")
    assert "Printed 3 es forms (wording v1, letter)" in printed.stdout
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
    assert record["notice"]["language"] == "es"
    done = cli("proof", "+1 650 253 0001", "--out", str(tmp_path / "p.pdf"))
    assert "ledger head" in done.stderr
    assert PdfReader(tmp_path / "p.pdf").pages[0].extract_text()


def test_forms_refuse_bad_requests_in_one_line(cli: Cli, tmp_path: Path) -> None:
    assert "--out FILE.pdf" in cli("forms", "--count", "2", expect=2).stderr
    assert "FILE.pdf" in cli("forms", "--out", str(tmp_path / "x.txt"), expect=2).stderr
    missing = cli("forms", "--for", "+1 650 253 0009", "--out", str(tmp_path / "x.pdf"), expect=2)
    assert "not on file" in missing.stderr
    assert "nothing to prove" in cli("proof", "+1 650 253 0009", "--out", "x.pdf", expect=1).stderr
