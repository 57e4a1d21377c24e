"""A proof mixing Arabic and English: each line reads in its own direction; no name vanishes."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from optin_desk.documents.proof_pdf import build_proof_pdf
from optin_desk.domain.consent import DEFAULT_CATEGORIES, Action, ConsentState
from optin_desk.domain.proof import Proof, ProofEvent, PurposeState

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
HEAD = "0123456789abcdef" * 4
CONFIRMATION = (
    "Al Noor عطور النور: لن تتلقى بعد الآن أي رسائل منا عبر WhatsApp، من أي من أرقامنا. "
    "لإعادة الاشتراك، أرسل START في هذه المحادثة."
)


def proof(name: str, language: str, words: str = "en") -> Proof:
    event = ProofEvent(
        event_id=1,
        action=Action.OPT_OUT,
        scope="all",
        scope_label="all messages",
        method="whatsapp_thread",
        occurred_at=NOW,
        recorded_at=NOW,
        recorded_by="Sara",
        notice=None,
        form_serial=None,
        evidence_sha256=None,
        note="",
        customer_words="أوقف الرسائل (كلها) من فضلك",
        reason="",
        confirmation_text=CONFIRMATION,
        confirmation_sent_at=None,
        voids_event_id=None,
        voided_by_event_id=None,
        void_reason="",
        event_hash="b" * 64,
    )
    return Proof(
        business="Al Noor عطور النور",
        address="مبنى رقم ١٢، شارع الملك فهد",
        country="GB",
        senders=("+447911000111",),
        phone="+447400123456",
        name=name,
        language=language,
        purposes=(PurposeState(DEFAULT_CATEGORIES[2], ConsentState.OPTED_OUT, NOW),),
        events=(event,),
        ledger_head=HEAD,
        ledger_events=1,
        generated_at=NOW,
        words_language=words,
    )


def left_of(path: Path, needle: str) -> float:
    """Where the last `needle` on the first page starts (points from the left)."""
    page = pdfium.PdfDocument(path)[0]
    text = page.get_textpage()
    searcher = text.search(needle)
    starts = []
    while (found := searcher.get_next()) is not None:
        starts.append(float(text.get_charbox(found[0])[0]))
    assert starts, needle
    return starts[-1]


def test_an_arabic_confirmation_reads_right_to_left_in_an_english_proof(tmp_path: Path) -> None:
    target = tmp_path / "proof.pdf"
    build_proof_pdf(target, proof("Omar عمر الحداد", "ar"))
    # the confirmation starts with the shop's Latin name: at the right, where Arabic starts
    assert left_of(target, "Noor") > left_of(target, "WhatsApp")
    # the English heading and the person's name (it starts in Latin) read left to right
    assert left_of(target, "Omar") < 100
    assert left_of(target, "Ledger head when") < 100


def test_a_name_no_bundled_font_draws_prints_as_code_points_with_a_note(tmp_path: Path) -> None:
    target = tmp_path / "proof.pdf"
    build_proof_pdf(target, proof("王小明", "en"))
    text = " ".join(PdfReader(target).pages[0].extract_text().split())
    assert "U+738B U+5C0F U+660E" in text
    assert "Unicode code points" in text


def words_of(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_a_spanish_customers_proof_speaks_spanish(tmp_path: Path) -> None:
    target = tmp_path / "proof.pdf"
    build_proof_pdf(target, proof("Lucía Pérez", "es", words="es"))
    text = words_of(target)
    for heading in (
        "Prueba del consentimiento para recibir mensajes de WhatsApp",
        "Consentimiento actual:",
        "Todas las entradas del registro (1), de la más antigua a la más reciente",
        "Huella del registro al imprimir esta prueba:",
        "Baja · todos los mensajes",
        "Cómo: Chat de WhatsApp",  # the method in words, not whatsapp_thread
        "Registrado el",
        "Confirmación (no marcada como enviada):",
        "(marketing): de baja desde el",
        "página 1",
    ):
        assert heading in text, heading
    for english in ("Proof of consent", "Consent now", "whatsapp_thread", "opted out", "How:"):
        assert english not in text, english
    assert HEAD in text  # the ledger head, whole and in order


def test_an_english_customer_keeps_the_english_words(tmp_path: Path) -> None:
    target = tmp_path / "proof.pdf"
    build_proof_pdf(target, proof("Ann Lee", "en"))
    text = words_of(target)
    assert "Proof of consent to WhatsApp messages" in text
    assert "How: WhatsApp chat" in text
    assert "(marketing): opted out since" in text


def test_an_arabic_proof_reads_right_to_left_and_keeps_numbers_in_order(tmp_path: Path) -> None:
    target = tmp_path / "proof.pdf"
    build_proof_pdf(target, proof("Omar عمر الحداد", "ar", words="ar"))
    # headings stand against the right edge; the Latin name still starts at the left
    assert left_of(target, "WhatsApp") > 200  # in the Arabic title, which ends on the right
    assert left_of(target, "Omar") < 100
    text = words_of(target)
    # the title, the current consent and the ledger head's heading are in Arabic words
    shown = set(unicodedata.normalize("NFKC", text).split())
    assert {"إثبات", "الموافقة", "الحالية:", "بصمة", "السجل", "الإثبات:"} <= shown
    assert not {"Proof", "Consent", "Ledger", "head"} & shown
    assert HEAD in text  # an island of left to right inside the Arabic line
    assert "+447400123456" in text
    assert "2026-11-30" in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
def test_an_arabic_proof_renders(tmp_path: Path) -> None:
    target = tmp_path / "proof.pdf"
    build_proof_pdf(target, proof("Omar عمر الحداد", "ar", words="ar"))
    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(target), str(tmp_path / "p")],
        check=True,
    )
    rendered = list(tmp_path.glob("p*.png"))
    assert len(rendered) == 1
    assert rendered[0].stat().st_size > 5_000  # a page with text on it, not a blank one
