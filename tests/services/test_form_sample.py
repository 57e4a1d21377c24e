"""A sample form shows the shop's wording and records nothing."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from optin_desk.services.form_sample import SAMPLE_SERIAL, sample_form
from optin_desk.storage.models import FormBatch, FormSerial


def test_a_sample_page_in_the_shops_language_records_nothing(
    session: Session, tmp_path: Path
) -> None:
    written = sample_form(session, tmp_path / "sample.pdf")
    pages = PdfReader(written).pages
    assert len(pages) == 1
    text = " ".join(pages[0].extract_text().split())
    assert "Ann's Deli" in text
    assert SAMPLE_SERIAL in text
    assert session.scalar(select(func.count()).select_from(FormBatch)) == 0
    assert session.scalar(select(func.count()).select_from(FormSerial)) == 0


def test_a_sample_in_spanish(session: Session, tmp_path: Path) -> None:
    written = sample_form(session, tmp_path / "es.pdf", "es")
    text = " ".join(PdfReader(written).pages[0].extract_text().split())
    assert "Consentimiento para recibir mensajes de WhatsApp" in text
    assert "Ann's Deli" in text
