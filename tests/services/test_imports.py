"""Imports from another tool: a dry run, opt-outs never undone, method import, idempotent."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from optin_desk.documents.lists import read_text_table
from optin_desk.documents.replies_in import read_replies_text
from optin_desk.services.consent import OptOutRequest, record_opt_out
from optin_desk.services.contacts import contact_status
from optin_desk.services.errors import InputError
from optin_desk.services.imports import ImportOutcome, apply_import, plan_import
from optin_desk.services.optouts import pending_confirmations
from optin_desk.services.replies import apply_replies, read_replies
from optin_desk.storage.ledger import verify_ledger
from optin_desk.storage.models import ConsentEvent, Contact

FILE = """phone,name,category,action,date,method,form serial
07911 100001,Ann,offers,opt_in,2026-09-01,paper_form,F-0001
07911 100002,Bob <b>&,Offers & new products,subscribed,2026-10-01T10:00,website,
07911 100002,Bob,orders,opt_in,2026-10-01,website,
07911 100003,Cy,marketing,opt_out,2026-10-02,,
07911 100004,Di,nothing,opt_in,2026-10-02,,
12,Short,offers,opt_in,2026-10-02,,
07911 100005,Future,offers,opt_in,2099-01-01,,
"""


def outcomes(session: Session, text: str = FILE) -> list[ImportOutcome]:
    return [row.outcome for row in plan_import(session, read_text_table(text)).rows]


def test_a_dry_run_writes_nothing_and_says_what_would_change(session: Session) -> None:
    plan = plan_import(session, read_text_table(FILE))
    assert [r.outcome for r in plan.rows] == [
        ImportOutcome.ADD,
        ImportOutcome.ADD,
        ImportOutcome.ADD,
        ImportOutcome.ADD,
        ImportOutcome.INVALID,
        ImportOutcome.INVALID,
        ImportOutcome.INVALID,
    ]
    assert plan.rows[1].scope == "offers"
    assert "unknown category" in plan.rows[4].reason
    assert plan.rows[5].reason.startswith("too short")
    assert "future" in plan.rows[6].reason
    assert (
        session.scalar(
            select(func.count())
            .select_from(ConsentEvent)
            .where(ConsentEvent.contact_id.is_not(None))
        )
        == 0
    )


def test_applied_rows_carry_method_import_and_a_second_run_adds_nothing(
    session: Session,
) -> None:
    plan = plan_import(session, read_text_table(FILE))
    assert apply_import(session, plan, "crm.csv", by="Sam", skip_invalid=True) == 4
    people = ConsentEvent.contact_id.is_not(None)  # not the shop's categories' kinds
    events = session.scalars(select(ConsentEvent).where(people).order_by(ConsentEvent.id)).all()
    assert {e.method for e in events} == {"import"}
    assert "crm.csv, row 1; their method: paper_form" in events[0].note
    assert events[0].form_serial == "F-0001"
    assert events[0].wording_id is not None
    bob = select(Contact.name).where(Contact.phone_e164 == "+447911100002")
    assert session.scalars(bob).one() == "Bob <b>&"
    assert pending_confirmations(session) == []
    assert outcomes(session)[:4] == [ImportOutcome.NO_CHANGE] * 4
    with pytest.raises(InputError, match="nothing to import"):
        apply_import(session, plan_import(session, read_text_table(FILE)), "crm.csv")
    assert verify_ledger(session).ok


def test_an_import_never_undoes_an_opt_out_and_says_why(session: Session) -> None:
    record_opt_out(session, OptOutRequest(phone="07911100001", scope="offers", method="sms"))
    plan = plan_import(session, read_text_table(FILE))
    assert plan.rows[0].outcome is ImportOutcome.UNDOES_OPT_OUT
    assert "would undo the opt-out of offers" in plan.rows[0].reason
    assert "never opts anyone back in" in plan.rows[0].reason
    apply_import(session, plan, "crm.csv", skip_invalid=True)
    assert contact_status(session, "07911100001").state_of("offers").value == "opted_out"


def test_the_issue_story_replies_then_an_import_that_would_opt_them_back_in(
    session: Session,
) -> None:
    replies = "+34 612 100 007: BAJA\n+351 912 100 011: SAIR\n+44 7911 100020: don't message me"
    rows = read_replies(session, read_replies_text(replies))
    apply_replies(session, [r for r in rows if r.clear_opt_out], by="Sam")
    later = (
        "number,category,action,date\n"
        "+34 612 100 007,marketing,opt_in,2026-11-01\n"
        "+351 912 100 011,offers,opt_in,2026-11-01\n"
    )
    plan = plan_import(session, read_text_table(later))
    assert [r.outcome for r in plan.rows] == [ImportOutcome.UNDOES_OPT_OUT] * 2
    with pytest.raises(InputError, match="nothing to import"):
        apply_import(session, plan, "later.csv")
    assert contact_status(session, "+34612100007").state_of("offers").value == "opted_out"


def test_a_file_without_the_needed_columns_says_which(session: Session) -> None:
    with pytest.raises(InputError, match="no scope, action column found"):
        plan_import(session, read_text_table("phone,date\n07911100001,2026-10-01\n"))
