"""Anything a person can type goes into the PDF builders: the PDF is built, text is literal."""

from __future__ import annotations

from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from optin_desk.documents.form_pdf import FormContent, FormPage, build_forms
from optin_desk.documents.proof_pdf import build_proof_pdf
from optin_desk.documents.templates import form_labels, language_template
from optin_desk.domain.consent import DEFAULT_CATEGORIES, Action, ConsentState
from optin_desk.domain.proof import Notice, Proof, ProofEvent, PurposeState
from optin_desk.domain.serials import make_serial
from optin_desk.domain.wording import statement_blocks

MARKUP = st.sampled_from(
    ["<b>", "</i>", "<img src='/etc/passwd'/>", "&amp;", "&", "<", "<para>", "<a href='http://x'>"]
)
HOSTILE = st.lists(st.one_of(st.text(max_size=40), MARKUP), max_size=12).map("".join)
NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)


def _content(business: str, language: str) -> FormContent:
    return FormContent(
        business=business,
        address=business[::-1],
        blocks=tuple(statement_blocks(language_template(language), business, DEFAULT_CATEGORIES)),
        labels=form_labels(language),
        number_example="07400 123456",
        language=language,
        wording_version=1,
        wording_sha256="0" * 64,
        printed_on="2026-11-22",
    )


@settings(max_examples=60, deadline=None)
@given(
    business=HOSTILE.filter(lambda s: bool(s.strip())),
    name=HOSTILE,
    number=st.text(max_size=60),
    language=st.sampled_from(["en", "ar", "hi", "de"]),
)
def test_any_shop_name_and_pre_filled_name_build_a_form(
    business: str, name: str, number: str, language: str
) -> None:
    out = BytesIO()
    assert build_forms(out, _content(business, language), [FormPage(make_serial(9), name, number)])
    reader = PdfReader(BytesIO(out.getvalue()))
    assert len(reader.pages) == 1


def test_markup_prints_as_typed() -> None:
    out = BytesIO()
    name = "<b>Ann & Co</b> <img src='x'/> R&amp;D"
    build_forms(out, _content("<para>Shop</para>", "en"), [FormPage(make_serial(1), name)])
    text = " ".join(PdfReader(BytesIO(out.getvalue())).pages[0].extract_text().split())
    assert name in text
    assert "<para>Shop</para>" in text


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=HOSTILE, note=st.text(max_size=3000), words=HOSTILE)
def test_any_name_note_and_words_build_a_proof(
    tmp_path: Path, name: str, note: str, words: str
) -> None:
    notice = Notice(1, 1, "ar", "0" * 64, "نص " * 300 + note[:200])
    events = tuple(
        ProofEvent(
            event_id=n,
            action=action,
            scope="offers",
            scope_label="Offers <b>",
            method="paper_form",
            occurred_at=NOW,
            recorded_at=NOW,
            recorded_by=name,
            notice=notice if action is Action.OPT_IN else None,
            form_serial=make_serial(n),
            evidence_sha256="a" * 64,
            note=note,
            customer_words=words,
            reason=note[:100],
            confirmation_text=words,
            confirmation_sent_at=None,
            voids_event_id=None,
            voided_by_event_id=None,
            void_reason="",
            event_hash="b" * 64,
        )
        for n, action in enumerate((Action.OPT_IN, Action.OPT_OUT, Action.OPT_IN), start=1)
    )
    proof = Proof(
        business="Shop & <i>Co</i>",
        address=note[:300],
        country="GB",
        senders=("+447911000111",),
        phone="+447400123456",
        name=name,
        language="ar",
        purposes=(PurposeState(DEFAULT_CATEGORIES[2], ConsentState.OPTED_IN, NOW),),
        events=events,
        ledger_head="c" * 64,
        ledger_events=3,
        generated_at=NOW,
    )
    target = tmp_path / "proof.pdf"
    build_proof_pdf(target, proof)
    reader = PdfReader(target)
    assert reader.pages
    assert "c" * 16 in reader.pages[-1].extract_text()
