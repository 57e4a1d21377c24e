"""Erasure on request: nothing readable is left, the chain verifies, the number stays blocked."""

from __future__ import annotations

from pathlib import Path

import pytest

from optin_desk.documents.lists import read_pasted
from optin_desk.services.check import run_check, stored_rows
from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.services.contacts import contact_status
from optin_desk.services.erasure import erase_contact
from optin_desk.services.errors import InputError
from optin_desk.services.records import verify_records
from optin_desk.storage.engine import Database
from optin_desk.storage.evidence import evidence_path
from tests.paper_forms import printed_serials


@pytest.mark.sqlite_only  # the SQLite file itself
def test_an_erased_person_is_unfindable_in_the_file_yet_blocked(
    database: Database, tmp_path: Path
) -> None:
    scan = tmp_path / "form.png"
    scan.write_bytes(b"a scan with a signature")
    with database.sessions() as session:
        (serial,) = printed_serials(session, tmp_path)
        recorded = record_opt_in(
            session,
            OptInRequest(
                phone="07911 123456",
                scopes=["orders", "offers"],
                method="paper_form",
                serial=serial,
                name="Zebedee Quixotic",
                evidence=scan,
            ),
            database.evidence_dir,
        )
        record_opt_in(
            session,
            OptInRequest(phone="07400 123456", scopes=["offers"], method="in_person", name="Ann"),
            database.evidence_dir,
        )
        before = run_check(session, read_pasted("07911 123456\n07400 123456\n"), "offers", "x")
        sha = session.get_one(
            __import__("optin_desk.storage.models", fromlist=["ConsentEvent"]).ConsentEvent,
            recorded.event_ids[0],
        ).evidence_sha256
    assert sha is not None
    with database.sessions() as session:
        done = erase_contact(session, "+44 7911 123456", "Owner", database)
    assert done.scans_removed == 1
    assert done.events_kept == 2
    assert not evidence_path(database.evidence_dir, sha).exists()
    assert database.sqlite_path is not None
    files = [database.sqlite_path, *database.sqlite_path.parent.glob("records.sqlite3-*")]
    content = b"".join(p.read_bytes() for p in files if p.is_file())
    for trace in (b"447911123456", b"07911123456", b"07911 123456", b"Zebedee", b"Quixotic"):
        assert trace not in content, trace
    with database.sessions() as session:
        kept = stored_rows(session, before.check_id)  # the kept check keeps its verdicts only
        assert [(r.input, r.phone, r.verdict) for r in kept] == [
            ("", "", before.rows[0].verdict),
            ("07400 123456", "+447400123456", before.rows[1].verdict),
        ]
        assert verify_records(session).ok
        result = run_check(session, read_pasted("07911 123456\n07400 123456\n"), "offers", "x")
        assert contact_status(session, "07400 123456").name == "Ann"
    first = result.rows[0]
    assert first.verdict.value == "opted_out"
    assert first.reason.startswith("erased on request on ")
    assert result.rows[1].verdict.value == "send"


def test_a_number_not_on_file_cannot_be_erased(database: Database) -> None:
    with database.sessions() as session, pytest.raises(InputError, match="not on file"):
        erase_contact(session, "07911 123456", "", database)
