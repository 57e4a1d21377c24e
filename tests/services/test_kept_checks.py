"""Kept checks listed newest first and read back whole; edits outside the program are shown,
not trusted."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from optin_desk.documents.lists import read_pasted
from optin_desk.services.check import record_sent, run_check
from optin_desk.services.errors import InputError
from optin_desk.services.kept_checks import KeptCheck, kept_check, kept_checks
from optin_desk.storage.engine import Database
from optin_desk.storage.models import CheckRun


def test_kept_checks_are_listed_newest_first_and_each_read_back_as_judged(
    database: Database,
) -> None:
    with database.sessions() as session:
        first = run_check(session, read_pasted("07911 123456\n0791"), "offers", "a").check_id
        second = run_check(session, read_pasted("07911 123457"), "offers", "b").check_id
        record_sent(session, second)
        listed = kept_checks(session)
        assert [k.check_id for k in listed] == [second, first]
        assert listed[1] == KeptCheck(first, listed[1].kept_at, "pasted text", "offers", 2, None)
        assert listed[0].sent_at is not None
        again = kept_check(session, first)
    assert [row.verdict.value for row in again.rows] == ["no_consent", "invalid_number"]
    assert again.kept_at == listed[1].kept_at
    assert again.sent_at is None


def test_a_check_that_is_not_kept_is_one_clear_line(database: Database) -> None:
    with database.sessions() as session, pytest.raises(InputError, match="there is no check 7"):
        kept_check(session, 7)


@pytest.mark.sqlite_only  # the sqlite3 tool stores any value in any column
def test_a_listed_check_edited_outside_the_program_is_still_listed(database: Database) -> None:
    with database.sessions() as session:
        check_id = run_check(session, read_pasted("07911 123456"), "offers", "a").check_id
        session.execute(
            update(CheckRun).where(CheckRun.id == check_id).values(row_count="many", sent_at=5)
        )
        session.commit()
        (listed,) = kept_checks(session)
    assert (listed.row_count, listed.sent_at) == (0, "5")
