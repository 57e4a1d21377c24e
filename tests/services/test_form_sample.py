"""A sample form shows the shop's wording and records nothing."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from optin_desk.services.form_sample import SAMPLE_SERIAL, sample_form
from optin_desk.services.forms import PrintRequest, print_forms
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
    assert "MUESTRA" in text  # the sample mark in the form's language, not in English
    assert "Formulario n.º MUESTRA" in text
    assert "SAMPLE" not in text


@pytest.mark.parametrize(
    ("language", "mark"),
    [("de", "MUSTER"), ("fr", "SPÉCIMEN"), ("pt", "AMOSTRA"), ("id", "CONTOH"), ("ar", "عيّنة")],
)
def test_a_sample_is_marked_in_its_own_language(
    session: Session, tmp_path: Path, language: str, mark: str
) -> None:
    written = sample_form(session, tmp_path / f"{language}.pdf", language)
    # Arabic comes out of the PDF as the shaped letters drawn: compared in their plain forms
    text = unicodedata.normalize("NFKC", PdfReader(written).pages[0].extract_text())
    assert unicodedata.normalize("NFKC", mark) in text
    assert "SAMPLE" not in text


def test_printed_forms_carry_their_serials_and_no_sample_mark(
    session: Session, tmp_path: Path
) -> None:
    printed = print_forms(
        session, PrintRequest(count=2, language="es", by="Kim"), tmp_path / "f.pdf"
    )
    assert printed is not None
    for page, serial in zip(PdfReader(printed.target).pages, printed.serials, strict=True):
        text = " ".join(page.extract_text().split())
        assert f"Formulario n.º {serial}" in text
        assert "MUESTRA" not in text
        assert "SAMPLE" not in text
