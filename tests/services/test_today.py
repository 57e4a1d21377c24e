"""The Today snapshot: the right numbers for a shop in use, each read by one indexed query."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session

from optin_desk.documents.lists import read_pasted
from optin_desk.domain.when import utc_now
from optin_desk.services.check import run_check
from optin_desk.services.consent import (
    OptInRequest,
    OptOutRequest,
    record_opt_in,
    record_opt_out,
)
from optin_desk.services.forms import PrintRequest, print_forms
from optin_desk.services.optouts import mark_confirmation_sent
from optin_desk.services.records import verify_records
from optin_desk.services.today import BY_VERIFY, note_verification, today_snapshot
from optin_desk.storage.engine import Database
from optin_desk.storage.models import CheckRun


def seed_shop(session: Session, database: Database, tmp_path: Path) -> None:
    """Three people: two agreed on paper forms, one stopped offers (not yet confirmed)."""
    printed = print_forms(session, PrintRequest(count=5, by="Kim"), tmp_path / "forms.pdf")
    assert printed is not None
    store = database.data_dir / "evidence"
    for serial, phone, scopes in (
        (printed.serials[0], "07911 123456", ["orders", "offers"]),
        (printed.serials[1], "07400 123456", ["offers"]),
    ):
        record_opt_in(
            session,
            OptInRequest(phone=phone, scopes=scopes, method="paper_form", serial=serial, by="Kim"),
            store,
        )
    record_opt_in(
        session, OptInRequest(phone="07400 987654", scopes=["delivery"], method="import"), store
    )
    record_opt_out(session, OptOutRequest(phone="07400123456", scope="offers", method="sms"))
    sent = record_opt_out(
        session, OptOutRequest(phone="07400987654", scope="delivery", method="in_person")
    )
    mark_confirmation_sent(session, sent.event_ids[0], by="Kim")
    run_check(session, read_pasted("07911 123456\n07400 123456\n0791"), "offers", "sha", "Kim")


def test_a_shop_in_use_at_a_glance(database: Database, session: Session, tmp_path: Path) -> None:
    seed_shop(session, database, tmp_path)
    snapshot = today_snapshot(session)
    assert snapshot.people == 3
    kinds = {k.key: (k.opted_in, k.opted_out, k.marketing) for k in snapshot.kinds}
    assert kinds == {
        "orders": (1, 0, False),
        "delivery": (0, 1, False),
        "offers": (1, 1, True),
    }
    assert snapshot.signups_week == 2  # the import is no sign-up
    assert snapshot.confirmations_waiting == 1
    assert snapshot.oldest_waiting is not None
    assert utc_now() - snapshot.oldest_waiting < timedelta(minutes=5)
    assert (snapshot.forms_printed, snapshot.forms_outstanding) == (5, 3)
    assert snapshot.last_check is not None
    assert snapshot.last_check.category_label == "Offers & new products"
    assert snapshot.last_check.rows == 3
    assert snapshot.last_check.counts["send"] == 1
    assert snapshot.last_check.counts["opted_out"] == 1
    assert snapshot.last_check.counts["invalid_number"] == 1
    assert snapshot.last_backup is None
    assert snapshot.ledger_events == 9  # the shop's 3 categories' kinds, then 6 entries
    assert snapshot.verified is None
    assert not snapshot.verified_today


def test_a_fresh_shop_has_nothing_yet(session: Session) -> None:
    snapshot = today_snapshot(session)
    assert (snapshot.people, snapshot.signups_week, snapshot.confirmations_waiting) == (0, 0, 0)
    assert snapshot.oldest_waiting is None
    assert (snapshot.forms_printed, snapshot.forms_outstanding) == (0, 0)
    assert snapshot.last_check is None
    assert [k.key for k in snapshot.kinds] == ["orders", "delivery", "offers"]


def test_sign_ups_older_than_a_week_are_left_out(
    database: Database, session: Session, tmp_path: Path
) -> None:
    seed_shop(session, database, tmp_path)
    later = today_snapshot(session, utc_now() + timedelta(days=8))
    assert later.signups_week == 0


def test_verifying_is_remembered_and_makes_today_verified(session: Session) -> None:
    report = verify_records(session)
    done = note_verification(session, report)
    snapshot = today_snapshot(session)
    assert snapshot.verified == done
    assert snapshot.verified is not None
    assert snapshot.verified.by == BY_VERIFY
    assert snapshot.verified_today
    tomorrow = today_snapshot(session, utc_now() + timedelta(days=1))
    assert not tomorrow.verified_today


def test_a_checked_backup_counts_as_a_verification(database: Database) -> None:
    from optin_desk.services.backups import make_backup

    if database.sqlite_path is None:
        pytest.skip("a server's records are backed up with pg_dump (tested with backups)")
    made = make_backup(database)
    with database.reading() as session:
        snapshot = today_snapshot(session)
    assert snapshot.last_backup == made.made_at
    assert snapshot.verified is not None
    assert (snapshot.verified.by, snapshot.verified.ok) == ("backup", True)


@pytest.mark.parametrize("kept", ["not json", "[1, 2]", '{"send": "many"}', "9" * 5000])
def test_counts_changed_outside_the_program_leave_the_page_standing(
    session: Session, kept: str
) -> None:
    done = run_check(session, read_pasted("07911 123456"), "offers", "x")
    session.execute(update(CheckRun).where(CheckRun.id == done.check_id).values(counts_json=kept))
    session.commit()
    last = today_snapshot(session).last_check
    assert last is not None
    assert last.rows == 1
    assert last.counts == {}
