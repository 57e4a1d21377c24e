"""The check's reads give the same facts whether the contacts are looked up a chunk at a
time or read in one pass over each table."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.orm import Session

from optin_desk.documents.lists import read_pasted
from optin_desk.services.check import record_sent, run_check
from optin_desk.services.consent import OptInRequest, OptOutRequest, record_opt_in, record_opt_out
from optin_desk.storage import check_queries
from optin_desk.storage.engine import Database

NOW = datetime.now(UTC)
PEOPLE = [f"07911 1234{n:02d}" for n in range(12)]


def _records(session: Session, database: Database) -> None:
    for index, phone in enumerate(PEOPLE):
        scopes = ("offers", "orders") if index % 3 == 0 else ("orders",)
        record_opt_in(
            session,
            OptInRequest(
                phone=phone, scopes=scopes, method="in_person", at=NOW - timedelta(days=index)
            ),
            database.evidence_dir,
        )
    record_opt_out(
        session,
        OptOutRequest(phone=PEOPLE[3], scope="marketing", method="whatsapp_reply", at=NOW),
    )
    done = run_check(session, read_pasted(PEOPLE[0]), "offers", "x")
    record_sent(session, done.check_id, NOW - timedelta(days=2))


def test_chunked_listed_and_whole_table_reads_give_the_same_verdicts(
    database: Database, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    _records(session, database)
    listed = "\n".join([*PEOPLE[:7], "07400 123456"])
    lists_keys = check_queries._listed

    def verdicts(share: float, as_list: bool) -> list[tuple[str, str, bool]]:
        monkeypatch.setattr(check_queries, "BROAD_SHARE", share)
        monkeypatch.setattr(check_queries, "_listed", lambda c: as_list and lists_keys(c))
        rows = run_check(session, read_pasted(listed), "offers", "x").rows
        return [(row.verdict.value, row.reason, row.opt_out_line) for row in rows]

    monkeypatch.setattr(check_queries, "CHUNK", 2)
    chunked = verdicts(1e9, False)  # never "everyone": looked up two contacts at a time
    whole = verdicts(0.0, False)  # always one pass over each table
    in_one = verdicts(1e9, True)  # SQLite: every key handed over at once (json_each)
    assert chunked == whole == in_one
    assert [v for v, _, _ in whole] == [
        "send",
        "no_consent",
        "no_consent",
        "opted_out",
        "no_consent",
        "no_consent",
        "send",
        "no_consent",
    ]
    assert whole[1][1] == "consent for Order & payment updates only"
