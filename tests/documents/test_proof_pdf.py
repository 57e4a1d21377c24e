"""A proof mixing Arabic and English: each line reads in its own direction; no name vanishes."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pypdfium2 as pdfium
from pypdf import PdfReader

from optin_desk.documents.proof_pdf import build_proof_pdf
from optin_desk.domain.consent import DEFAULT_CATEGORIES, Action, ConsentState
from optin_desk.domain.proof import Proof, ProofEvent, PurposeState

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
CONFIRMATION = (
    "Al Noor عطور النور: لن تتلقى بعد الآن أي رسائل منا عبر WhatsApp، من أي من أرقامنا. "
    "لإعادة الاشتراك، أرسل START في هذه المحادثة."
)


def proof(name: str, language: str) -> Proof:
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
        ledger_head="c" * 64,
        ledger_events=1,
        generated_at=NOW,
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
