"""An import's paper-form opt-ins name their forms (DESIGN.md rule 6), as the Sign-ups page's do:
a row without its serial is refused with the reason, and the others are recorded."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from optin_desk.documents.lists import read_text_table
from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.services.form_batches import batch_views
from optin_desk.services.forms import PrintRequest, print_forms
from optin_desk.services.imports import ImportOutcome, apply_import, plan_import
from optin_desk.services.profile import current_wording
from optin_desk.services.serial_check import ELSEWHERE_NOTE, SerialVerdict, check_serial
from optin_desk.storage.engine import Database
from optin_desk.storage.ledger import verify_ledger
from optin_desk.storage.models import ConsentEvent, Contact

NO_COLUMN = """phone,category,action,date,method
07911 100001,offers,opt_in,2026-09-01,paper_form
07911 100002,offers,opt_in,2026-09-01,website
07911 100003,offers,opt_in,2026-09-01,Paper form
07911 100004,marketing,opt_out,2026-09-02,paper_form
"""

ONE_ROW = "phone,category,action,date,method,serial\n07911 100001,offers,opt_in,2026-09-01,"


def events_of(session: Session, phone: str) -> list[ConsentEvent]:
    person = select(Contact.id).where(Contact.phone_e164 == phone).scalar_subquery()
    query = select(ConsentEvent).where(ConsentEvent.contact_id == person)
    return list(session.scalars(query.order_by(ConsentEvent.id)))


def test_without_a_serial_column_every_paper_form_opt_in_is_refused_and_the_rest_recorded(
    session: Session,
) -> None:
    plan = plan_import(session, read_text_table(NO_COLUMN))
    assert [r.outcome for r in plan.rows] == [
        ImportOutcome.NO_SERIAL,
        ImportOutcome.ADD,
        ImportOutcome.NO_SERIAL,
        ImportOutcome.ADD,  # an opt-out names no form
    ]
    reason = plan.rows[0].reason
    assert reason == (
        "a paper-form opt-in names its form, and the file has no serial column: add one"
        " (serial) with the serial printed on each form"
    )
    plan.require_valid()  # refused rows are no invalid ones: the others go in without a flag
    assert apply_import(session, plan, "crm.csv") == 2
    assert events_of(session, "+447911100001") == []
    assert events_of(session, "+447911100003") == []
    again = plan_import(session, read_text_table(NO_COLUMN))
    assert [r.outcome for r in again.rows] == [
        ImportOutcome.NO_SERIAL,
        ImportOutcome.NO_CHANGE,
        ImportOutcome.NO_SERIAL,
        ImportOutcome.NO_CHANGE,
    ]
    assert verify_ledger(session).ok


@pytest.mark.parametrize(
    "method",
    ["paper_form", "PAPER FORM", "paper", "papel", "Formulaire papier", "formulir kertas"],
)
def test_a_paper_form_row_with_its_serial_cell_empty_is_refused(
    session: Session, method: str
) -> None:
    text = f"{ONE_ROW}{method},\n"
    (row,) = plan_import(session, read_text_table(text)).rows
    assert row.outcome is ImportOutcome.NO_SERIAL
    assert row.reason == "a paper-form opt-in names its form: fill in the serial printed on it"


@pytest.mark.parametrize("method", ["website", "signup form", "web form", "in store", ""])
def test_other_ways_of_agreeing_need_no_serial(session: Session, method: str) -> None:
    text = f"{ONE_ROW}{method},\n"
    (row,) = plan_import(session, read_text_table(text)).rows
    assert row.outcome is ImportOutcome.ADD


def test_a_form_the_shop_printed_links_the_row_to_its_wording(
    database: Database, session: Session, tmp_path: Path
) -> None:
    printed = print_forms(session, PrintRequest(count=2, language="es"), tmp_path / "f.pdf")
    assert printed is not None
    ours, other = printed.serials
    text = (
        "phone,category,action,date,method,form number\n"
        f"07911 100001,offers,opt_in,2026-09-01,paper_form,{ours.lower()}\n"
        f"07911 100001,orders,opt_in,2026-09-01,paper_form,{ours}\n"  # one form, two ticks
        "07911 100002,offers,opt_in,2026-09-01,paper_form,F-0117\n"
        "07911 100003,offers,opt_out,2026-09-01,paper_form,F-0118\n"
    )
    plan = plan_import(session, read_text_table(text))
    assert [(r.outcome, r.serial) for r in plan.rows] == [
        (ImportOutcome.ADD, ours),
        (ImportOutcome.ADD, ours),
        (ImportOutcome.ADD, "F-0117"),
        (ImportOutcome.ADD, ""),
    ]
    assert apply_import(session, plan, "crm.csv") == 4
    spanish = current_wording(session, "es")
    signed = events_of(session, "+447911100001")
    assert [(e.form_serial, e.wording_id, e.method) for e in signed] == [
        (ours, spanish.id, "import"),
        (ours, spanish.id, "import"),
    ]
    assert ELSEWHERE_NOTE not in signed[0].note
    (elsewhere,) = events_of(session, "+447911100002")
    assert elsewhere.form_serial == "F-0117"
    assert elsewhere.note.endswith("their method: paper_form; " + ELSEWHERE_NOTE)
    assert elsewhere.wording_id == current_wording(session, "en").id
    (stopped,) = events_of(session, "+447911100003")
    assert stopped.form_serial is None
    assert batch_views(session)[0].returned == 1
    assert check_serial(session, ours, paper=True).verdict is SerialVerdict.USED
    assert check_serial(session, other, paper=True).verdict is SerialVerdict.READY
    again = plan_import(session, read_text_table(text))
    assert {r.outcome for r in again.rows} == {ImportOutcome.NO_CHANGE}
    assert verify_ledger(session).ok


def test_a_serial_mistyped_or_already_entered_for_someone_else_makes_the_row_invalid(
    database: Database, session: Session, tmp_path: Path
) -> None:
    printed = print_forms(session, PrintRequest(count=2), tmp_path / "f.pdf")
    assert printed is not None
    entered, fresh = printed.serials
    ann = OptInRequest("07911 100009", ["offers"], "paper_form", serial=entered)
    record_opt_in(session, ann, database.evidence_dir)
    mistyped = fresh[:-1] + ("Z" if fresh[-1] != "Z" else "Y")
    text = (
        "phone,category,action,date,method,serial\n"
        f"07911 100001,offers,opt_in,2026-09-01,paper_form,{mistyped}\n"
        f"07911 100002,offers,opt_in,2026-09-01,paper_form,{entered}\n"
        f"07911 100009,orders,opt_in,2026-09-01,paper_form,{entered}\n"  # Ann's own form
        f"07911 100003,offers,opt_in,2026-09-01,paper_form,{fresh}\n"
        f"07911 100004,offers,opt_in,2026-09-01,paper_form,{fresh}\n"
        "07911 100005,offers,opt_in,2026-09-01,paper_form,1234-567\n"
        f"07911 100006,offers,opt_in,2026-09-01,paper_form,{'X' * 33}\n"
    )
    plan = plan_import(session, read_text_table(text))
    assert [(r.outcome, r.reason) for r in plan.rows] == [
        (
            ImportOutcome.INVALID,
            f"form serial {mistyped} looks like one of this shop's serials (XXXX-XXXX-C),"
            " mistyped: look at the form again",
        ),
        (
            ImportOutcome.INVALID,
            f"form {entered} is already entered for another person (entry #{ann_entry(session)})",
        ),
        (ImportOutcome.ADD, "will opt in to orders"),
        (ImportOutcome.ADD, "will opt in to offers"),
        (ImportOutcome.INVALID, f"form {fresh} is on row 4 too, for another number"),
        (
            ImportOutcome.INVALID,
            "form serial 1234-567 looks like one of this shop's serials (XXXX-XXXX-C),"
            " mistyped: look at the form again",
        ),
        (ImportOutcome.INVALID, "the form serial is longer than 32 characters; shorten it"),
    ]
    assert apply_import(session, plan, "crm.csv", skip_invalid=True) == 2
    assert [e.form_serial for e in events_of(session, "+447911100003")] == [fresh]


def ann_entry(session: Session) -> int:
    """The entry of Ann's paper sign-up (the first opt-in of a person)."""
    first = select(ConsentEvent.id).where(ConsentEvent.action == "opt_in")
    return int(session.scalars(first.order_by(ConsentEvent.id)).first() or 0)
