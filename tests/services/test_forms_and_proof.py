"""Printed batches, returned serials, and the proof of what a person signed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from optin_desk.domain.serials import legacy_check_symbol, read_serial
from optin_desk.services.consent import (
    OptInRequest,
    OptOutRequest,
    record_opt_in,
    record_opt_out,
)
from optin_desk.services.errors import InputError, RecordsSayNo
from optin_desk.services.forms import (
    PrintRequest,
    batch_views,
    default_paper,
    print_forms,
)
from optin_desk.services.profile import current_wording
from optin_desk.services.proof import build_proof, write_proof
from optin_desk.services.records import ledger_head
from optin_desk.services.serial_check import SerialVerdict, check_serial
from optin_desk.services.voids import void_events
from optin_desk.storage.engine import Database
from optin_desk.storage.models import ConsentEvent, FormBatch, FormSerial, Wording


def text_of(path: Path) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(path).pages]


def test_twenty_spanish_forms_a_returned_one_and_its_proof(
    database: Database, session: Session, tmp_path: Path
) -> None:
    printed = print_forms(
        session, PrintRequest(count=20, language="es", by="Marta"), tmp_path / "es.pdf"
    )
    assert printed is not None
    assert len(set(printed.serials)) == 20
    assert all(read_serial(s).serial == s for s in printed.serials)
    pages = text_of(tmp_path / "es.pdf")
    assert len(pages) == 20
    assert all(s in page for s, page in zip(printed.serials, pages, strict=True))
    batch = session.scalars(select(FormBatch)).one()
    assert (batch.count, batch.language, batch.printed_by, batch.paper) == (20, "es", "Marta", "a4")
    # the shop's wording changes after printing: the form keeps the version it carried
    english = current_wording(session, "en")
    serial = printed.serials[7]
    assert check_serial(session, serial.lower()).verdict is SerialVerdict.READY
    done = record_opt_in(
        session,
        OptInRequest(
            phone="+34 699 111 222",
            scopes=["orders", "offers"],
            method="paper_form",
            name="Lucía Pérez",
            serial=serial.replace("-", ""),
            by="Marta",
        ),
        database.evidence_dir,
    )
    event = session.get(ConsentEvent, done.event_ids[0])
    assert event is not None
    spanish = session.get(Wording, batch.wording_id)
    assert spanish is not None
    assert event.form_serial == serial
    assert event.wording_id == spanish.id != english.id
    assert event.language == "es"
    assert batch_views(session)[0].returned == 1
    assert batch_views(session)[0].outstanding == 19
    proof = build_proof(session, "+34699111222")
    assert proof.events[0].notice is not None
    assert proof.events[0].notice.text == spanish.text
    assert proof.events[0].form_serial == serial
    write_proof(session, "+34699111222", tmp_path / "proof.json")
    record = json.loads((tmp_path / "proof.json").read_text(encoding="utf-8"))
    assert record["pii_principal_id"] == "+34699111222"
    assert record["pii_controllers"][0]["party_name"] == "Ann's Deli & Co"
    assert [p["purpose_id"] for p in record["purposes"]] == ["orders", "delivery", "offers"]
    orders, delivery, offers = record["purposes"]  # each with the event that set its state
    for purpose in (orders, offers):
        assert purpose["collection_method"] == "paper_form"
        assert purpose["notice"]["text"] == spanish.text
        assert purpose["notice"]["hash"]["value"] == spanish.sha256
        assert purpose["consent_state"] == "given"
    assert orders["state_event_id"] != offers["state_event_id"]
    assert delivery["consent_state"] == "not_given"
    assert delivery["collection_method"] is delivery["notice"] is None
    assert record["events"][0]["form_serial"] == serial
    assert record["events"][0]["event_state"] == "given"
    assert record["ledger_head"]["hash"] == ledger_head(session)[1]
    write_proof(session, "+34699111222", tmp_path / "proof.pdf")
    proof_text = " ".join(text_of(tmp_path / "proof.pdf"))
    assert serial in proof_text
    assert "Lucía Pérez" in proof_text
    assert ledger_head(session)[1] in proof_text
    assert "Acepto recibir mensajes de Ann's Deli & Co por WhatsApp" in proof_text
    # the proof's own words follow the customer's language (Spanish) in an English shop
    assert "Prueba del consentimiento para recibir mensajes de WhatsApp" in proof_text
    assert "Cómo: Formulario en papel" in proof_text
    assert "Consent now" not in proof_text


def test_serials_are_told_apart(database: Database, session: Session, tmp_path: Path) -> None:
    printed = print_forms(session, PrintRequest(count=2), tmp_path / "f.pdf")
    assert printed is not None
    first, second = printed.serials
    record_opt_in(
        session,
        OptInRequest(phone="07400123456", scopes=["orders"], method="paper_form", serial=first),
        database.evidence_dir,
    )
    used = check_serial(session, first)
    assert used.verdict is SerialVerdict.USED
    assert "already entered" in used.message
    swapped = second[1] + second[0] + second[2:]
    if swapped != second:
        assert check_serial(session, swapped).verdict is SerialVerdict.MISTYPED
    assert check_serial(session, "0000-0000-0").verdict is SerialVerdict.UNKNOWN
    assert check_serial(session, "AB12").verdict is SerialVerdict.OTHER
    assert check_serial(session, "").verdict is SerialVerdict.NONE
    with pytest.raises(InputError, match="already entered"):
        record_opt_in(
            session,
            OptInRequest(phone="07400123457", scopes=["orders"], method="paper_form", serial=first),
            database.evidence_dir,
        )
    with pytest.raises(InputError, match="never printed"):
        record_opt_in(
            session,
            OptInRequest(
                phone="07400123457", scopes=["orders"], method="paper_form", serial="0000-0000-0"
            ),
            database.evidence_dir,
        )


def test_a_voided_sign_up_frees_its_form(
    database: Database, session: Session, tmp_path: Path
) -> None:
    printed = print_forms(session, PrintRequest(count=1), tmp_path / "f.pdf")
    assert printed is not None
    done = record_opt_in(
        session,
        OptInRequest(
            phone="07400123456", scopes=["orders"], method="paper_form", serial=printed.serials[0]
        ),
        database.evidence_dir,
    )
    void_events(session, done.event_ids, "wrong person")
    assert check_serial(session, printed.serials[0]).verdict is SerialVerdict.READY
    assert batch_views(session)[0].returned == 0


def test_a_pre_filled_form_for_a_known_customer(
    database: Database, session: Session, tmp_path: Path
) -> None:
    record_opt_in(
        session,
        OptInRequest(phone="07400123456", scopes=["orders"], method="in_person", name="Bo <b>"),
        database.evidence_dir,
    )
    printed = print_forms(session, PrintRequest(for_phone="+447400123456"), tmp_path / "bo.pdf")
    assert printed is not None
    page = text_of(tmp_path / "bo.pdf")[0]
    assert "Bo <b>" in page
    assert "07400 123456" in page
    assert batch_views(session)[0].for_name == "Bo <b>"
    assert check_serial(session, printed.serials[0]).prefilled_phone == "+447400123456"
    with pytest.raises(InputError, match="not on file"):
        print_forms(session, PrintRequest(for_phone="07400999999"), tmp_path / "x.pdf")


def test_a_name_the_fonts_cannot_draw_prints_as_code_points_and_says_so(
    database: Database, session: Session, tmp_path: Path
) -> None:
    record_opt_in(
        session,
        OptInRequest(phone="07400123456", scopes=["orders"], method="in_person", name="王小明"),
        database.evidence_dir,
    )
    printed = print_forms(session, PrintRequest(for_phone="07400123456"), tmp_path / "w.pdf")
    assert printed is not None
    page = text_of(tmp_path / "w.pdf")[0]
    assert "U+738B U+5C0F U+660E" in page
    assert "Unicode code points" in page
    assert session.scalar(select(func.count()).select_from(FormBatch)) == 1
    # the note is in the form's language
    request = PrintRequest(for_phone="07400123456", language="es")
    assert print_forms(session, request, tmp_path / "w-es.pdf") is not None
    spanish = text_of(tmp_path / "w-es.pdf")[0]
    assert "U+738B U+5C0F U+660E" in spanish
    assert "como puntos de código Unicode" in spanish
    assert "Unicode code points" not in spanish


def test_bad_requests_record_nothing(session: Session, tmp_path: Path) -> None:
    for request, message in (
        (PrintRequest(count=0), "between 1 and"),
        (PrintRequest(count=2, language="xx"), "no forms in language"),
        (PrintRequest(count=2, paper="a3"), "a4 or letter"),
    ):
        with pytest.raises(InputError, match=message):
            print_forms(session, request, tmp_path / "x.pdf")
    with pytest.raises(InputError, match="does not exist"):
        print_forms(session, PrintRequest(), tmp_path / "missing" / "x.pdf")
    cancelled = print_forms(
        session, PrintRequest(count=3), tmp_path / "c.pdf", cancelled=lambda: True
    )
    assert cancelled is None
    assert not (tmp_path / "c.pdf").exists()
    assert session.scalar(select(func.count()).select_from(FormSerial)) == 0


def test_paper_follows_the_country(session: Session) -> None:
    assert default_paper("US") == "letter"
    assert default_paper("gb") == "a4"


def test_a_proof_shows_voids_and_confirmations(
    database: Database, session: Session, tmp_path: Path
) -> None:
    done = record_opt_in(
        session,
        OptInRequest(phone="07400123456", scopes=["offers"], method="in_person", name="Cy"),
        database.evidence_dir,
    )
    void_events(session, done.event_ids, "typed on the wrong person")
    record_opt_out(
        session, OptOutRequest(phone="07400123456", scope="marketing", method="sms", words="STOP")
    )
    proof = build_proof(session, "07400123456")
    assert [e.action.value for e in proof.events] == ["opt_in", "void", "opt_out"]
    assert proof.events[0].voided_by_event_id == proof.events[1].event_id
    assert proof.events[0].void_reason == "typed on the wrong person"
    write_proof(session, "07400123456", tmp_path / "cy.pdf")
    text = " ".join(text_of(tmp_path / "cy.pdf"))
    assert "VOIDED" in text
    assert "How: In person" in text  # an English customer: English words, methods in words
    assert "typed on the wrong person" in text
    assert "STOP" in text
    with pytest.raises(RecordsSayNo, match="not on file"):
        build_proof(session, "07400999999")
    with pytest.raises(InputError, match=r"FILE\.pdf or FILE\.json"):
        write_proof(session, "07400123456", tmp_path / "cy.txt")


def test_forms_printed_with_the_old_check_symbols_stay_valid(
    database: Database, session: Session, tmp_path: Path
) -> None:
    printed = print_forms(session, PrintRequest(count=1), tmp_path / "f.pdf")
    assert printed is not None
    assert printed.serials[0][-1].isalnum()
    batch_id = session.scalars(select(FormBatch.id)).one()
    session.add(FormSerial(serial="26DR-DETR-$", batch_id=batch_id))  # printed before
    session.commit()
    assert check_serial(session, "26dr detr $").verdict is SerialVerdict.READY
    # right by the old check only, and never printed: a typo, not "never printed here"
    data = "3Q7M2K9A"
    old = f"{data[:4]}-{data[4:]}-{legacy_check_symbol(data)}"
    assert read_serial(old).legacy
    assert check_serial(session, old).verdict is SerialVerdict.MISTYPED
