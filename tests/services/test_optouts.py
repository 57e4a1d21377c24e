"""After an opt-out: its confirmation marked sent, what still waits, the suppression list."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from optin_desk.services.consent import (
    OptInRequest,
    OptOutRequest,
    record_opt_in,
    record_opt_out,
)
from optin_desk.services.errors import InputError
from optin_desk.services.optouts import (
    export_suppression,
    mark_confirmation_sent,
    pending_confirmations,
)
from optin_desk.services.voids import void_event
from optin_desk.storage.engine import Database

NOW = datetime.now(UTC)


def test_confirmations_wait_oldest_first_until_marked_sent(session: Session) -> None:
    first = record_opt_out(session, OptOutRequest(phone="07911123456", scope="all", method="sms"))
    second = record_opt_out(
        session, OptOutRequest(phone="07400123456", scope="marketing", method="in_person")
    )
    sent = record_opt_out(
        session,
        OptOutRequest(
            phone="+34612345678",
            scope="offers",
            method="letter",
            at=NOW - timedelta(minutes=10),
            sent_at=NOW - timedelta(minutes=5),
        ),
    )
    mistaken = record_opt_out(
        session, OptOutRequest(phone="+4915123456789", scope="all", method="other")
    )
    void_event(session, mistaken.event_ids[0], "wrong person")
    waiting = pending_confirmations(session)
    assert [p.event_id for p in waiting] == [first.event_ids[0], second.event_ids[0]]
    assert waiting[0].confirmation_text == first.confirmation_text
    assert waiting[0].waiting >= timedelta(0)
    mark_confirmation_sent(session, first.event_ids[0], by="Sam")
    assert [p.event_id for p in pending_confirmations(session)] == [second.event_ids[0]]
    with pytest.raises(InputError, match="already marked sent"):
        mark_confirmation_sent(session, sent.event_ids[0])
    with pytest.raises(InputError, match="future"):
        mark_confirmation_sent(session, second.event_ids[0], NOW + timedelta(days=1))


def test_a_confirmation_cannot_have_been_sent_before_its_opt_out(session: Session) -> None:
    given = NOW - timedelta(hours=2)
    with pytest.raises(InputError, match="before the opt-out it confirms"):
        record_opt_out(
            session,
            OptOutRequest(
                phone="07911123456", scope="all", method="sms", at=given,
                sent_at=given - timedelta(hours=1),
            ),
        )  # fmt: skip
    session.rollback()
    done = record_opt_out(
        session, OptOutRequest(phone="07911123456", scope="all", method="sms", at=given)
    )
    event_id = done.event_ids[0]
    with pytest.raises(InputError, match="before the opt-out it confirms"):
        mark_confirmation_sent(session, event_id, given - timedelta(minutes=5))
    session.rollback()
    mark_confirmation_sent(session, event_id, given - timedelta(seconds=30))  # typed to the minute
    assert pending_confirmations(session) == []


def test_only_opt_outs_have_confirmations(database: Database, session: Session) -> None:
    done = record_opt_in(
        session,
        OptInRequest(phone="07911123456", scopes=["orders"], method="in_person"),
        database.evidence_dir,
    )
    with pytest.raises(InputError, match="not an opt-out"):
        mark_confirmation_sent(session, done.event_ids[0])


def test_the_suppression_list(database: Database, session: Session, tmp_path: Path) -> None:
    record_opt_in(
        session,
        OptInRequest(phone="07911123456", scopes=["all"], method="in_person", name="=Ann"),
        database.evidence_dir,
    )
    record_opt_out(session, OptOutRequest(phone="07911123456", scope="marketing", method="sms"))
    record_opt_out(session, OptOutRequest(phone="+34612345678", scope="all", method="letter"))
    target = tmp_path / "suppression.csv"
    assert export_suppression(session, target) == 4
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["phone"], r["category"]) for r in rows] == [
        ("+34612345678", "delivery"),
        ("+34612345678", "offers"),
        ("+34612345678", "orders"),
        ("+447911123456", "offers"),
    ]
    assert rows[3]["name"] == "'=Ann"


def test_an_opt_out_holds_for_every_one_of_the_shops_numbers(
    database: Database, session: Session
) -> None:
    from optin_desk.documents.lists import read_pasted
    from optin_desk.domain.check import Verdict
    from optin_desk.services.check import run_check

    record_opt_in(
        session,
        OptInRequest(phone="07911123456", scopes=["all"], method="in_person"),
        database.evidence_dir,
    )
    done = record_opt_out(
        session,
        OptOutRequest(
            phone="07911123456",
            scope="marketing",
            method="whatsapp_reply",
            words="STOP",
            at=NOW - timedelta(minutes=2),
            sent_at=NOW - timedelta(minutes=1),
            sent_from="+447911000222",
        ),
    )
    assert "This applies to all our numbers." in done.confirmation_text
    result = run_check(session, read_pasted("+44 7911 123456"), "offers", "sha", "Sam")
    assert result.rows[0].verdict is Verdict.OPTED_OUT
    service = run_check(session, read_pasted("+44 7911 123456"), "orders", "sha", "Sam")
    assert service.rows[0].verdict is Verdict.SEND
