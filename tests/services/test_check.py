"""Checking a list: one verdict per row, with reasons; the opt-out-line rules; the cap."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from optin_desk.documents.lists import read_pasted
from optin_desk.domain.check import CheckSettings
from optin_desk.services.check import (
    CheckedRow,
    record_sent,
    run_check,
    save_check_settings,
    stored_rows,
)
from optin_desk.services.consent import OptInRequest, OptOutRequest, record_opt_in, record_opt_out
from optin_desk.services.errors import InputError
from optin_desk.storage.engine import Database
from optin_desk.storage.models import CheckRun, MessageSent

ANN, BOB, CARA, DAN = "07911 123456", "+34 612 345 678", "+4915123456789", "07400 123456"
NOW = datetime.now(UTC)


def opt_in(
    session: Session, database: Database, phone: str, *scopes: str, days_ago: int = 1
) -> None:
    record_opt_in(
        session,
        OptInRequest(
            phone=phone, scopes=scopes, method="in_person", at=NOW - timedelta(days=days_ago)
        ),
        database.evidence_dir,
    )


def check(session: Session, text: str, category: str = "offers") -> list[CheckedRow]:
    return list(run_check(session, read_pasted(text), category, "sha").rows)


def test_every_verdict_with_a_reason_a_person_understands(
    database: Database, session: Session
) -> None:
    opt_in(session, database, ANN, "orders", "offers")
    opt_in(session, database, BOB, "orders")
    opt_in(session, database, CARA, "offers", days_ago=30)
    record_opt_out(
        session,
        OptOutRequest(
            phone=CARA, scope="marketing", method="whatsapp_reply", at=NOW - timedelta(days=2)
        ),
    )
    rows = check(session, f"{ANN}\n{BOB}\n{CARA}\n{DAN}\n0791\n\n447911123456\n")
    verdicts = [(r.row, r.verdict.value, r.reason) for r in rows]
    day = (NOW - timedelta(days=2)).astimezone()
    assert verdicts[1] == (2, "no_consent", "consent for Order & payment updates only")
    assert verdicts[2] == (
        3,
        "opted_out",
        f"opted out of marketing on {day.day} {day:%b %Y} (WhatsApp)",
    )
    assert verdicts[3] == (4, "no_consent", "no consent on file")
    assert verdicts[4] == (5, "invalid_number", "too short for GB")
    assert verdicts[5] == (6, "duplicate", "same number as row 1")
    assert rows[0].verdict.value == "send"
    assert rows[0].reason.startswith("opted in on ")
    assert rows[0].opt_out_line is True
    assert "first marketing message" in rows[0].reason
    assert rows[0].phone == "+447911123456"


def test_a_row_with_no_number_is_invalid(session: Session) -> None:
    result = run_check(session, read_pasted("Name,Phone\nAnn,\nBob,07911123456\n"), "offers", "x")
    assert (result.rows[0].verdict.value, result.rows[0].reason) == ("invalid_number", "no number")


def test_service_categories_never_need_an_opt_out_line(
    database: Database, session: Session
) -> None:
    opt_in(session, database, ANN, "orders")
    rows = check(session, ANN, "orders")
    assert rows[0].verdict.value == "send"
    assert rows[0].opt_out_line is False


def test_opt_out_line_first_message_then_not_then_after_a_long_gap(
    database: Database, session: Session
) -> None:
    opt_in(session, database, ANN, "offers")
    first = run_check(session, read_pasted(ANN), "offers", "x")
    assert first.rows[0].opt_out_line
    assert record_sent(session, first.check_id) == 1
    again = run_check(session, read_pasted(ANN), "offers", "x")
    assert again.rows[0].verdict.value == "send"
    assert not again.rows[0].opt_out_line
    long_ago = run_check(session, read_pasted(ANN), "offers", "x")
    with pytest.raises(InputError, match="future"):
        record_sent(session, long_ago.check_id, NOW + timedelta(days=1))
    session.execute(MessageSent.__table__.update().values(sent_at="2025-01-01T00:00:00.000000Z"))
    session.commit()
    gap = run_check(session, read_pasted(ANN), "offers", "x")
    assert gap.rows[0].opt_out_line
    assert "first after more than 90 days" in gap.rows[0].reason


def test_an_unengaged_person_gets_an_opt_out_line(database: Database, session: Session) -> None:
    opt_in(session, database, ANN, "offers", days_ago=400)
    first = run_check(session, read_pasted(ANN), "offers", "x")
    record_sent(session, first.check_id, NOW - timedelta(days=10))
    rows = check(session, ANN)
    assert rows[0].opt_out_line
    assert "nothing from or about them in 180 days" in rows[0].reason


def test_the_marketing_cap(database: Database, session: Session) -> None:
    opt_in(session, database, ANN, "offers")
    for days_ago in (3, 1):
        done = run_check(session, read_pasted(ANN), "offers", "x")
        record_sent(session, done.check_id, NOW - timedelta(days=days_ago))
    rows = check(session, ANN)
    assert (rows[0].verdict.value, rows[0].reason) == (
        "too_frequent",
        "2 Offers & new products messages in the last 7 days",
    )
    save_check_settings(session, CheckSettings(cap_messages=3))
    session.commit()
    assert check(session, ANN)[0].verdict.value == "send"


def test_record_as_sent_stores_only_send_rows_once(database: Database, session: Session) -> None:
    opt_in(session, database, ANN, "offers")
    opt_in(session, database, BOB, "orders")
    result = run_check(session, read_pasted(f"{ANN}\n{BOB}\n{ANN}\n"), "offers", "x")
    assert result.counts == {
        "send": 1,
        "no_consent": 1,
        "opted_out": 0,
        "invalid_number": 0,
        "duplicate": 1,
        "too_frequent": 0,
    }
    assert record_sent(session, result.check_id) == 1
    with pytest.raises(InputError, match="already recorded as sent"):
        record_sent(session, result.check_id)
    assert session.scalar(select(func.count()).select_from(MessageSent)) == 1
    kept = stored_rows(session, result.check_id)
    assert [(r.row, r.verdict) for r in kept] == [(r.row, r.verdict) for r in result.rows]
    assert len(kept) == 3


def test_an_unknown_or_archived_category_is_refused(session: Session) -> None:
    with pytest.raises(InputError, match="unknown category 'promo'"):
        check(session, ANN, "promo")


def test_rows_kept_with_a_check_that_cannot_be_read_are_one_clear_refusal(
    session: Session,
) -> None:
    done = run_check(session, read_pasted("07911 123456"), "offers", "x")
    session.execute(
        update(CheckRun).where(CheckRun.id == done.check_id).values(results=b"changed by hand")
    )
    session.commit()
    with pytest.raises(InputError, match=f"rows kept with check {done.check_id} cannot be read"):
        record_sent(session, done.check_id)
    assert session.scalar(select(func.count()).select_from(MessageSent)) == 0
