"""A proof an auditor reads without asking: zones, days, voids, what was shown, headings kept."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from optin_desk.documents.proof_pdf import build_proof_pdf
from optin_desk.domain.consent import DEFAULT_CATEGORIES, Action, ConsentState
from optin_desk.domain.proof import Notice, Proof, ProofEvent, PurposeState

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
NOTICE = Notice(1, 1, "en", "c" * 64, "I agree to receive offers on WhatsApp.")
BASE = ProofEvent(
    event_id=1, action=Action.OPT_IN, scope="offers", scope_label="Offers", method="phone_call",
    occurred_at=NOW, recorded_at=NOW, recorded_by="Sam", notice=NOTICE, form_serial="",
    evidence_sha256="", note="", customer_words="", reason="", confirmation_text="",
    confirmation_sent_at=None, voids_event_id=None, voided_by_event_id=None, void_reason="",
    event_hash="b" * 64,
)  # fmt: skip
FORM_DAY = date(2026, 10, 3)
EVENTS = (
    BASE,
    replace(
        BASE,
        event_id=2,
        method="paper_form",
        form_serial="K3M9-7",
        occurred_on=FORM_DAY,
        occurred_at=datetime(2026, 10, 2, 23, 0, tzinfo=UTC),
        voided_by_event_id=3,
        void_reason="wrong person",
    ),
    replace(
        BASE,
        event_id=3,
        action=Action.VOID,
        method="paper_form",
        notice=None,
        voids_event_id=2,
        void_reason="wrong person",
    ),
    replace(BASE, event_id=4, method="paper_form"),  # no serial, no scan
)


def text_of(
    events: tuple[ProofEvent, ...], tmp_path: Path, purposes: tuple[PurposeState, ...] = ()
) -> list[str]:
    target = tmp_path / "proof.pdf"
    build_proof_pdf(
        target,
        Proof(
            business="Ann's Deli", address="", country="GB", senders=(), phone="+447911123456",
            name="Ann Lee", language="en",
            purposes=purposes or (PurposeState(DEFAULT_CATEGORIES[2], ConsentState.OPTED_IN, NOW),),
            events=events, ledger_head="0" * 64, ledger_events=len(events), generated_at=NOW,
        ),
    )  # fmt: skip
    return [page.extract_text() for page in PdfReader(target).pages]


@pytest.fixture
def in_madrid(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The printing computer's clock set to Madrid's time zone, for one test."""
    monkeypatch.setenv("TZ", "Europe/Madrid")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("in_madrid")
def test_times_carry_their_zone_and_a_day_alone_stays_a_day(tmp_path: Path) -> None:
    text = " ".join(" ".join(text_of(EVENTS, tmp_path)).split())
    assert "Times are in CET (UTC+01:00), the time zone of the computer" in text
    assert "#1 Opt-in · Offers · 2026-11-30 10:00 UTC+01:00" in text
    assert "#2 Opt-in · Offers · 2026-10-03 How" in text  # the form's day, no midnight
    assert "00:00" not in text


@pytest.mark.usefixtures("in_madrid")
def test_a_consent_given_on_a_day_alone_is_current_since_that_day(tmp_path: Path) -> None:
    dated = replace(EVENTS[1], voided_by_event_id=None, void_reason="")
    since = PurposeState(DEFAULT_CATEGORIES[2], ConsentState.OPTED_IN, dated.occurred_at, 2)
    text = " ".join(" ".join(text_of((dated,), tmp_path, (since,))).split())
    assert "Offers & new products (marketing): opted in since 2026-10-03 " in text
    assert "00:00" not in text


def test_the_wording_is_called_shown_only_where_the_records_show_it(tmp_path: Path) -> None:
    text = " ".join(" ".join(text_of(EVENTS, tmp_path)).split())
    assert text.count("Wording shown: en v1") == 1  # the paper form with its serial
    # the phone call and the paper form with neither serial nor scan
    assert text.count("Wording in force when this was recorded") == 2


def test_a_void_is_a_correction_not_a_consent_taken_by_phone(tmp_path: Path) -> None:
    text = " ".join(" ".join(text_of(EVENTS, tmp_path)).split())
    void = text[text.index("#3 ") : text.index("#4 ")]
    assert void.startswith("#3 Void of entry #2 · ")
    assert "How:" not in void
    assert "Voids entry #2: wrong person" in void


def test_an_entrys_heading_is_never_left_alone_at_the_foot_of_a_page(tmp_path: Path) -> None:
    many = tuple(replace(BASE, event_id=n, note="x " * 40) for n in range(1, 40))
    for page in text_of(many, tmp_path):
        lines = [line for line in page.splitlines() if line.strip()]
        body = [line for line in lines if not line.startswith("Proof of consent ·")]
        assert not body[-1].startswith("#"), body[-3:]
