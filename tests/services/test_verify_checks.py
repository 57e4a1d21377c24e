"""verify's checks beside the chain, tried as someone with the file or the server's superuser."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text

from optin_desk.domain import verify_findings as found
from optin_desk.domain.verify_findings import LedgerHeadMissingError
from optin_desk.domain.wording import sha256_text
from optin_desk.services.consent import OptInRequest, OptOutRequest, record_opt_in, record_opt_out
from optin_desk.services.erasure import erase_contact
from optin_desk.services.records import verify_records
from optin_desk.services.verify_checks import AroundChain, check_around_chain
from optin_desk.storage.engine import Database
from optin_desk.storage.evidence import evidence_path
from tests.pg import tamper

ANN, BOB = "07911123456", "07911123457"


@pytest.fixture
def records(database: Database, tmp_path: Path) -> Database:
    """Ann: a paper opt-in to offers with a scan, then a marketing opt-out; Bob: orders."""
    scan = tmp_path / "scan.png"
    scan.write_bytes(b"signed form")
    with database.sessions() as session:
        record_opt_in(
            session,
            OptInRequest(
                phone=ANN,
                scopes=["offers"],
                method="paper_form",
                serial="AB1",
                printed_elsewhere=True,
                evidence=scan,
                by="Sam",
            ),
            database.evidence_dir,
        )
        record_opt_in(
            session,
            OptInRequest(phone=BOB, scopes=["orders"], method="in_person"),
            database.evidence_dir,
        )
        record_opt_out(session, OptOutRequest(phone=ANN, scope="marketing", method="in_person"))
    return database


def around(database: Database) -> AroundChain:
    with database.reading() as session:
        report = verify_records(session)
        return check_around_chain(session, database.evidence_dir, report.count)


def codes(report: AroundChain) -> list[str]:
    return [finding.code for finding in report.findings]


def scan_file(database: Database) -> Path:
    with database.reading() as session:
        sha = session.scalar(text("SELECT sha256 FROM evidence"))
    return evidence_path(database.evidence_dir, str(sha))


def test_untouched_records_pass_and_say_what_was_checked(records: Database) -> None:
    report = around(records)
    assert report.ok, report.findings
    assert report.findings == []
    assert (report.wordings, report.scans, report.people) == (1, 1, 2)
    assert set(report.seconds) == {"structure", "wordings", "scans", "state"}


def test_an_edited_wording_text_is_named(records: Database) -> None:
    tamper(records.where, "UPDATE wordings SET text = text || ' (changed)'")
    report = around(records)
    assert not report.ok
    assert codes(report) == [found.WORDING_CHANGED]
    assert "wording 1 (en, version 1): its text was changed" in str(report.findings[0].said)


def test_an_opt_in_pointed_at_another_wording_names_the_event(records: Database) -> None:
    other = "Another wording the customer never saw"
    tamper(
        records.where,
        "INSERT INTO wordings (id, language, version, text, sha256, created_at) VALUES "
        f"(2, 'en', 2, '{other}', '{sha256_text(other)}', '2026-01-01T00:00:00.000000Z')",
        "UPDATE consent_events SET wording_id = 2 WHERE id = 4",  # Ann's, after the 3 kinds
    )
    report = around(records)
    assert codes(report) == [found.EVENT_WORDING]
    assert report.findings[0].fields["event_id"] == 4
    assert str(report.findings[0].said).startswith("event 4 points at wording 2")


def test_the_state_table_flipped_to_opted_in_fails(records: Database) -> None:
    tamper(records.where, "UPDATE consent_state SET state = 'opted_in' WHERE event_id = 6")
    report = around(records)
    assert codes(report) == [found.STATE_DIFFERS]
    fields = report.findings[0].fields
    assert (fields["category"], fields["table"], fields["ledger"]) == (
        "offers",
        "opted_in",
        "opted_out",
    )


def test_a_state_row_removed_or_added_is_caught(records: Database) -> None:
    tamper(records.where, "DELETE FROM consent_state WHERE category_key = 'orders'")
    assert codes(around(records)) == [found.STATE_DIFFERS]
    tamper(
        records.where,
        "INSERT INTO consent_state SELECT contact_id, 'delivery', 'opted_in', event_id, since "
        "FROM consent_state WHERE category_key = 'offers'",
    )
    first = around(records).findings[0]
    assert first.fields["category"] in {"orders", "delivery"}


def test_a_replaced_scan_fails(records: Database) -> None:
    path = scan_file(records)
    path.chmod(0o600)
    path.write_bytes(b"another form")
    report = around(records)
    assert codes(report) == [found.EVIDENCE_CHANGED]
    assert "was replaced or altered" in str(report.findings[0].said)


def test_a_missing_scan_is_said_and_fails_only_on_a_file(records: Database, backend: str) -> None:
    scan_file(records).unlink()
    report = around(records)
    assert codes(report) == [found.EVIDENCE_MISSING]
    assert report.findings[0].fields["event_id"] == 4
    assert report.ok is (backend == "postgresql")  # a server's scans live where recorded


def test_a_scan_removed_with_an_erasure_is_as_it_should_be(records: Database) -> None:
    with records.sessions() as session:
        erase_contact(session, ANN, "Sam", records)
    report = around(records)
    assert report.ok, report.findings
    assert codes(report) == [found.EVIDENCE_ERASED]


def test_a_deleted_head_row_is_named_and_every_write_refuses(records: Database) -> None:
    tamper(records.where, "DELETE FROM ledger_head")
    with records.reading() as session:
        chain = verify_records(session)
    assert chain.ok, chain.problem  # not "events were removed": the head row is what is gone
    report = around(records)
    assert codes(report) == [found.HEAD_MISSING]
    assert "holds 6 events" in str(report.findings[0].said)
    with (
        records.sessions() as session,
        pytest.raises(LedgerHeadMissingError, match="head row was deleted"),
    ):
        record_opt_in(
            session,
            OptInRequest(phone=BOB, scopes=["offers"], method="in_person"),
            records.evidence_dir,
        )


def test_a_missing_append_only_guard_is_named(records: Database, backend: str) -> None:
    if backend == "sqlite":
        with closing(sqlite3.connect(records.where)) as raw, raw:
            raw.execute("DROP TRIGGER consent_events_no_update")
            raw.execute("DROP TRIGGER quality_log_no_delete")
        expected = ["consent_events_no_update", "quality_log_no_delete"]
    else:
        tamper(
            records.where,
            "ALTER TABLE consent_events DISABLE TRIGGER consent_events_no_truncate",
            "DROP TRIGGER quality_log_append_only ON quality_log",
        )
        expected = ["consent_events_no_truncate", "quality_log_append_only"]
    report = around(records)
    assert codes(report) == [found.GUARD_MISSING] * 2
    assert [f.fields["name"] for f in report.findings] == expected


@pytest.mark.postgresql_only
def test_a_role_granted_rewrites_on_the_ledger_is_named(records: Database) -> None:
    tamper(records.where, "GRANT UPDATE ON consent_events TO PUBLIC")
    report = around(records)
    assert codes(report) == [found.REWRITE_RIGHT]
    assert report.findings[0].fields["role"] == "PUBLIC"


def test_a_wording_row_gone_is_said_so_in_the_shops_language() -> None:
    from optin_desk.cli.words import message, speaking

    finding = found.event_wording_differs(4, 2, "a" * 64, "")
    with speaking("es"):
        said = message(finding.said)
    assert "cuyo sha256 es (ninguno)" in said
    assert message(finding.said).startswith("event 4 points at wording 2, whose sha256 is (none)")
