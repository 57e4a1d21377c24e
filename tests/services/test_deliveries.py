"""Delivery reports into the records: matching to recorded sends, idempotent re-reads, and what
the error codes do (131050 opts out of marketing, 131026 warns, 131049 counts to the cap)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from optin_desk.documents.lists import read_list
from optin_desk.domain.deliveries import Effect, Status
from optin_desk.services.check import CheckedRow, record_sent, run_check
from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.services.deliveries import apply_deliveries, plan_deliveries, read_delivery_file
from optin_desk.services.optouts import pending_confirmations
from optin_desk.storage.delivery_models import DeliveryOutcome
from optin_desk.storage.engine import Database
from optin_desk.storage.models import ConsentEvent
from tests.delivery_exports import (
    ANN,
    BOB,
    CARA,
    DAN,
    EVE,
    write_excel_spanish_csv,
    write_webhook_lines,
)

NOW = datetime.now(UTC).replace(microsecond=0)
SENT = NOW - timedelta(days=2)


def broadcast(session: Session, database: Database, tmp_path: Path, name: str) -> int:
    """Everyone opted in to offers; the list `name` checked and recorded as sent at SENT."""
    for phone, method in ((ANN, "in_person"), (BOB, "click_to_whatsapp_ad")):
        record_opt_in(
            session,
            OptInRequest(
                phone=phone, scopes=["offers"], method=method, at=NOW - timedelta(days=30)
            ),
            database.evidence_dir,
        )
    for phone in (CARA, DAN, EVE):
        record_opt_in(
            session,
            OptInRequest(
                phone=phone, scopes=["offers"], method="website", at=NOW - timedelta(days=30)
            ),
            database.evidence_dir,
        )
    path = tmp_path / name
    path.write_text("phone\n" + "\n".join((ANN, BOB, CARA, DAN, EVE)) + "\n", encoding="utf-8")
    result = run_check(session, read_list(path), "offers", "sha")
    record_sent(session, result.check_id, SENT)
    return result.check_id


def check_rows(session: Session, tmp_path: Path) -> dict[str, CheckedRow]:
    path = tmp_path / "next-week.csv"
    path.write_text("phone\n" + "\n".join((ANN, BOB, CARA, DAN, EVE)) + "\n", encoding="utf-8")
    return {row.phone: row for row in run_check(session, read_list(path), "offers", "sha").rows}


def test_a_report_is_matched_to_the_broadcast_then_applied_once(
    database: Database, session: Session, tmp_path: Path
) -> None:
    check_id = broadcast(session, database, tmp_path, "black-friday.csv")
    report = write_webhook_lines(tmp_path / "hooks.jsonl", SENT)
    plan = plan_deliveries(session, read_delivery_file(session, report))
    rows = {row.outcome.phone: row for row in plan.rows}
    assert {row.check_id for row in plan.rows} == {check_id}
    assert rows[ANN].matched.startswith(f"check {check_id} (black-friday.csv), sent ")
    assert rows[ANN].outcome.status is Status.READ
    assert (rows[BOB].effect, rows[BOB].action) == (
        Effect.MARKETING_OPT_OUT,
        "opt out of marketing (WhatsApp's stop button)",
    )
    assert rows[BOB].error == "131050 The person stopped marketing messages"
    assert rows[CARA].action == "the list check will warn about this number"
    assert rows[DAN].action == "counts toward the marketing cap"
    assert (rows[EVE].effect, rows[EVE].action) == (Effect.NONE, "")
    assert rows[EVE].error == "139999 (unknown code: Mystery)"
    # the dry run kept nothing
    assert session.scalar(select(func.count()).select_from(DeliveryOutcome)) == 0
    assert check_rows(session, tmp_path)[BOB].verdict.value == "send"

    applied = apply_deliveries(session, plan, "Ann")
    assert applied.added == 5
    assert applied.opted_out == (BOB,)
    assert applied.undeliverable == (CARA,)
    assert applied.held_back == (DAN,)

    # re-reading the same report adds nothing and records no second opt-out
    again = plan_deliveries(session, read_delivery_file(session, report))
    assert again.new_rows == []
    assert apply_deliveries(session, again).added == 0
    assert session.scalar(select(func.count()).select_from(DeliveryOutcome)) == 5
    stops = session.scalars(
        select(ConsentEvent).where(ConsentEvent.method == "whatsapp_stop_button")
    ).all()
    assert [(e.action, e.scope) for e in stops] == [("opt_out", "marketing")]
    assert "error 131050 in the delivery report hooks.jsonl" in stops[0].reason


def test_after_131050_the_next_check_blocks_and_no_confirmation_waits(
    database: Database, session: Session, tmp_path: Path
) -> None:
    broadcast(session, database, tmp_path, "black-friday.csv")
    report = write_webhook_lines(tmp_path / "hooks.jsonl", SENT)
    apply_deliveries(session, plan_deliveries(session, read_delivery_file(session, report)))
    rows = check_rows(session, tmp_path)
    assert rows[BOB].verdict.value == "opted_out"
    assert rows[BOB].reason.startswith("opted out of marketing on ")
    assert rows[BOB].reason.endswith("(WhatsApp's stop button)")
    assert [p.phone for p in pending_confirmations(session)] == []
    # the service categories are left as they were (a marketing opt-out)
    assert rows[ANN].verdict.value == "send"


def test_131026_warns_on_the_check_and_131049_counts_toward_the_cap(
    database: Database, session: Session, tmp_path: Path
) -> None:
    broadcast(session, database, tmp_path, "black-friday.csv")
    report = write_webhook_lines(tmp_path / "hooks.jsonl", SENT)
    apply_deliveries(session, plan_deliveries(session, read_delivery_file(session, report)))
    rows = check_rows(session, tmp_path)
    assert rows[CARA].verdict.value == "send"
    assert "warning: WhatsApp could not deliver to this number on " in rows[CARA].reason
    assert "(131026 message undeliverable: often not on WhatsApp)" in rows[CARA].reason
    assert "warning" not in rows[ANN].reason
    # Dan's held-back message answers the recorded send: already one of the 2 allowed in 7 days
    assert rows[DAN].verdict.value == "send"
    # an unmatched held-back message (sent by the tool without a check) counts as a second one
    other = tmp_path / "excel.csv"
    write_excel_spanish_csv(other, NOW - timedelta(hours=5))
    plan = plan_deliveries(session, read_delivery_file(session, other))
    dan = next(row for row in plan.rows if row.outcome.phone == DAN)
    assert (dan.matched, dan.action) == ("no recorded send", "counts toward the marketing cap")
    apply_deliveries(session, plan)
    assert check_rows(session, tmp_path)[DAN].verdict.value == "too_frequent"


def test_a_later_delivery_lifts_the_undeliverable_warning(
    database: Database, session: Session, tmp_path: Path
) -> None:
    broadcast(session, database, tmp_path, "black-friday.csv")
    report = write_webhook_lines(tmp_path / "hooks.jsonl", SENT)
    apply_deliveries(session, plan_deliveries(session, read_delivery_file(session, report)))
    later = tmp_path / "later.jsonl"
    at = int((NOW - timedelta(hours=1)).timestamp())
    later.write_text(
        f'{{"id": "wamid.C2", "status": "delivered", "timestamp": "{at}", '
        f'"recipient_id": "{CARA.lstrip("+")}"}}\n',
        encoding="utf-8",
    )
    apply_deliveries(session, plan_deliveries(session, read_delivery_file(session, later)))
    assert "warning" not in check_rows(session, tmp_path)[CARA].reason


def test_matching_prefers_the_campaign_that_names_the_list_then_the_nearest_send(
    database: Database, session: Session, tmp_path: Path
) -> None:
    first = broadcast(session, database, tmp_path, "Black Friday.csv")
    path = tmp_path / "restock.csv"
    path.write_text(f"phone\n{ANN}\n", encoding="utf-8")
    second = run_check(session, read_list(path), "offers", "sha").check_id
    record_sent(session, second, SENT + timedelta(hours=2))
    report = write_excel_spanish_csv(tmp_path / "informe.csv", SENT)  # "Black Friday", +3 min
    plan = plan_deliveries(session, read_delivery_file(session, report))
    ann = next(row for row in plan.rows if row.outcome.phone == ANN)
    assert ann.check_id == first
    # without a campaign, the nearest send in time wins
    bare = tmp_path / "bare.jsonl"
    at = int((SENT + timedelta(hours=2, minutes=1)).timestamp())
    bare.write_text(
        f'{{"id": "w9", "status": "sent", "timestamp": "{at}", "recipient_id": "{ANN[1:]}"}}\n',
        encoding="utf-8",
    )
    plan = plan_deliveries(session, read_delivery_file(session, bare))
    assert plan.rows[0].check_id == second
    # a status days after any send answers none of them
    late = tmp_path / "late.jsonl"
    at = int((SENT + timedelta(days=5)).timestamp())
    late.write_text(
        f'{{"id": "w10", "status": "sent", "timestamp": "{at}", "recipient_id": "{ANN[1:]}"}}\n',
        encoding="utf-8",
    )
    assert plan_deliveries(session, read_delivery_file(session, late)).rows[0].matched == (
        "no recorded send"
    )


def test_outcomes_are_append_only(database: Database, session: Session, tmp_path: Path) -> None:
    broadcast(session, database, tmp_path, "black-friday.csv")
    report = write_webhook_lines(tmp_path / "hooks.jsonl", SENT)
    apply_deliveries(session, plan_deliveries(session, read_delivery_file(session, report)))
    with pytest.raises(DatabaseError, match="append-only"):
        session.execute(text("UPDATE delivery_outcomes SET status = 'read'"))
    session.rollback()
    with pytest.raises(DatabaseError, match="append-only"):
        session.execute(text("DELETE FROM delivery_outcomes"))
    session.rollback()


def test_no_number_is_kept_outside_contacts_and_reports_without_ids_read_once(
    database: Database, session: Session, tmp_path: Path
) -> None:
    broadcast(session, database, tmp_path, "black-friday.csv")
    report = write_excel_spanish_csv(tmp_path / "informe.csv", SENT)  # no message ids
    first = apply_deliveries(session, plan_deliveries(session, read_delivery_file(session, report)))
    assert first.added == 2
    again = plan_deliveries(session, read_delivery_file(session, report))
    assert [row.new for row in again.rows] == [False, False]
    kept = session.execute(text("SELECT * FROM delivery_outcomes")).all()
    assert len(kept) == 2
    for number in (ANN, DAN):
        assert not any(number[1:] in str(value) for row in kept for value in row)
