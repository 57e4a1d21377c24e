"""Every page of a proof names the checkpoint it rests on, the key and how to check it."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from optin_desk.documents.proof_pdf import build_proof_pdf
from optin_desk.domain.checkpoint import Checkpoint
from optin_desk.domain.printed_anchor import PrintedAnchor
from tests.documents.test_proof_pdf_entries import BASE, NOW

HEAD = "3ddcb7ed644ab475" + "0" * 48
KEY = "a817adff7fca76c4" * 4
SIGNED = Checkpoint(812, "1" * 64, HEAD, "2026-11-30T09:00:00.000000Z")
FRESH = PrintedAnchor(SIGNED, True, KEY)


def proof_pages(tmp_path: Path, words: str, anchor: PrintedAnchor, json_name: str) -> list[str]:
    from optin_desk.domain.consent import DEFAULT_CATEGORIES, ConsentState
    from optin_desk.domain.proof import Proof, PurposeState

    events = tuple(replace(BASE, event_id=n) for n in range(1, 25))  # several pages
    target = tmp_path / "proof.pdf"
    build_proof_pdf(
        target,
        Proof(
            business="Ann's Deli", address="", country="GB", senders=(), phone="+447911123456",
            name="Ann Lee", language=words,
            purposes=(PurposeState(DEFAULT_CATEGORIES[2], ConsentState.OPTED_IN, NOW),),
            events=events, ledger_head=HEAD, ledger_events=812, generated_at=NOW,
            words_language=words,
        ),
        anchor,
        json_name,
    )  # fmt: skip
    texts = [page.extract_text() for page in PdfReader(target).pages]
    assert len(texts) > 2
    return [" ".join(unicodedata.normalize("NFKC", text).split()) for text in texts]


@pytest.mark.parametrize(
    ("words", "rests"),
    [
        ("en", "Rests on a checkpoint signed for this proof: 812 entries"),
        ("es", "Se basa en un punto de control firmado para esta prueba: 812 entradas"),
    ],
)
def test_every_page_names_the_checkpoint_the_key_and_the_check(
    tmp_path: Path, words: str, rests: str
) -> None:
    for text in proof_pages(tmp_path, words, FRESH, "proof.json"):
        assert rests in text
        assert "3ddcb7ed644ab475..." in text  # NFKC spells the ellipsis out
        assert "2026-11-30" in text
        assert KEY in text
        assert f"optin-desk verify-proof proof.json --key {KEY}" in text


def test_an_arabic_proof_carries_them_on_every_page_too(tmp_path: Path) -> None:
    for text in proof_pages(tmp_path, "ar", FRESH, "proof.json"):
        words = text.split()  # the extractor gives the words in visual order: check each
        for word in ("يستند", "نقطة", "تحقق", "البصمة", "المفتاح", ":للتحقق"):
            assert word in words
        for island in ("3ddcb7ed644ab475", KEY, "verify-proof proof.json --key", "812"):
            assert island in text


def test_a_kept_checkpoint_says_so_and_never_claims_one_signed_for_the_proof(
    tmp_path: Path,
) -> None:
    kept = PrintedAnchor(SIGNED, False, KEY)
    for text in proof_pages(tmp_path, "en", kept, ""):
        assert "Rests on the newest signed checkpoint kept that covers these entries" in text
        assert "signed for this proof" not in text
        assert "optin-desk --pin PIN proof +447911123456 --out FILE.json" in text


def test_without_a_signed_checkpoint_every_page_says_none_is_signed(tmp_path: Path) -> None:
    for text in proof_pages(tmp_path, "en", PrintedAnchor(None, False, KEY), ""):
        assert "Not signed: no checkpoint was signed for this proof" in text
        assert "Rests on" not in text
        assert f"SHA-256 fingerprint: {KEY}" in text
    for text in proof_pages(tmp_path, "en", PrintedAnchor(None, False, ""), ""):
        assert "This computer has no signing key yet." in text
