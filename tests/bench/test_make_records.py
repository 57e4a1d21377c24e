"""The records generator of the benches builds what it says, with a chain that verifies."""

from __future__ import annotations

import importlib.util
import sqlite3
import sys
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

import phonenumbers
import pytest

from optin_desk.cli.run import main
from optin_desk.domain.when import canonical
from optin_desk.storage.engine import open_database
from optin_desk.storage.ledger import verify_ledger

pytestmark = pytest.mark.slow

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "make_records.py"


@pytest.fixture(scope="module")
def make_records() -> ModuleType:
    if str(SCRIPT.parent) not in sys.path:  # the generator imports its sibling modules
        sys.path.append(str(SCRIPT.parent))
    spec = importlib.util.spec_from_file_location("make_records", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_records"] = module
    spec.loader.exec_module(module)
    return module


def test_numbers_are_valid_and_distinct(make_records: ModuleType) -> None:
    numbers = [make_records.phone_of(i) for i in range(0, 1_000_000, 997)]
    assert len(set(numbers)) == len(numbers)
    for number in numbers[:200]:
        assert phonenumbers.is_valid_number(phonenumbers.parse(number)), number


def test_stamp_is_the_canonical_form(make_records: ModuleType) -> None:
    people = sys.modules["people"]
    for moment in (datetime(2026, 3, 1, 9, 5, tzinfo=UTC), datetime(2026, 3, 1, 0, 0, 0, 7, UTC)):
        assert people.stamp(moment.replace(tzinfo=None)) == canonical(moment)


def test_builds_the_records_it_promises(make_records: ModuleType, tmp_path: Path, capsys) -> None:
    out = tmp_path / "year.sqlite3"
    make_records.main([str(out), "--contacts", "2500", "--events", "8000", "--verify"])
    printed = capsys.readouterr().out
    assert "chain: intact" in printed
    assert "2500 contacts" in printed
    with closing(sqlite3.connect(out)) as raw:
        per_person = [
            n
            for (n,) in raw.execute(
                "SELECT count(*) FROM consent_events WHERE contact_id IS NOT NULL "
                "GROUP BY contact_id ORDER BY 1 DESC"
            )
        ]
        assert per_person[:2] == [1000, 500]
        assert len(per_person) == 2500
        assert 7500 < sum(per_person) < 8500
        unknown_serials = raw.execute(
            "SELECT count(*) FROM consent_events e WHERE form_serial IS NOT NULL"
            " AND NOT EXISTS (SELECT 1 FROM form_serials s WHERE s.serial = e.form_serial)"
        ).fetchone()
        assert unknown_serials == (0,)
        paper = raw.execute(
            "SELECT count(*) FROM consent_events WHERE method = 'paper_form'"
        ).fetchone()[0]
        assert paper > 0
        assert raw.execute("SELECT count(*) FROM checks").fetchone() == (24,)
        assert raw.execute("SELECT count(*) FROM messages_sent").fetchone()[0] > 0
        voids = raw.execute(
            "SELECT count(*) FROM consent_events v JOIN consent_events t"
            " ON t.id = v.voided_event_id WHERE v.action = 'void' AND t.action = 'opt_in'"
            " AND t.contact_id = v.contact_id"
        ).fetchone()[0]
        assert (
            voids
            == raw.execute("SELECT count(*) FROM consent_events WHERE action = 'void'").fetchone()[
                0
            ]
        )
        assert voids > 0
        unsent = raw.execute(
            "SELECT count(*) FROM consent_events WHERE action = 'opt_out'"
            " AND id NOT IN (SELECT event_id FROM confirmations_sent)"
        ).fetchone()[0]
        outs = raw.execute(
            "SELECT count(*) FROM consent_events WHERE action = 'opt_out'"
        ).fetchone()[0]
        assert outs > 0
        assert unsent < outs
        every_event = raw.execute("SELECT count(*) FROM consent_events").fetchone()[0]
    database = open_database(str(out))
    with database.sessions() as session:
        assert verify_ledger(session).ok
    database.dispose()
    assert main(["--db", str(out), "verify"]) == 0  # the command a user runs, every check
    said = capsys.readouterr().out
    assert said.startswith(f"ok: {every_event} events, head "), said
    assert "people whose consent state was refolded 2500" in said  # the state rows hold too


def test_refuses_an_existing_file(make_records: ModuleType, tmp_path: Path) -> None:
    out = tmp_path / "there.sqlite3"
    out.write_bytes(b"")
    with pytest.raises(SystemExit):
        make_records.main([str(out), "--contacts", "10", "--events", "20"])
    assert out.read_bytes() == b""


def _schema(path: Path) -> set[tuple[str, str, str]]:
    with closing(sqlite3.connect(path)) as raw:
        return set(
            raw.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')"
            )
        )


def _load(path: Path, set_aside: bool) -> None:
    """A hundred people through the bulk path, with or without the load's set-aside."""
    load_order = sys.modules["load_order"]
    from optin_desk.domain.consent import Action, Method
    from optin_desk.storage.bulk import NewContact, bulk_add
    from optin_desk.storage.ledger import NewEvent

    when = canonical(datetime(2026, 3, 1, tzinfo=UTC))
    people = [
        NewContact(
            f"+4471{index:08d}",
            "Ann Lee",
            "en",
            when,
            [NewEvent(0, Action.OPT_IN, "orders", Method.IN_PERSON, when, when, "Sam")],
        )
        for index in range(100)
    ]
    database = open_database(str(path))
    with database.sessions() as session:
        if set_aside:
            with load_order.indexes_after(session):
                bulk_add(session, people, None)
                session.commit()
        else:
            bulk_add(session, people, None)
            session.commit()
    database.dispose()


def test_the_load_ends_with_the_schema_and_count_of_a_load_through_them(
    make_records: ModuleType, tmp_path: Path
) -> None:
    plain, aside = tmp_path / "plain.sqlite3", tmp_path / "aside.sqlite3"
    _load(plain, set_aside=False)
    _load(aside, set_aside=True)
    assert _schema(aside) == _schema(plain)
    assert any(name == "count_changes_contacts_insert" for _, name, _ in _schema(aside))
    counts = []
    for path in (plain, aside):
        with closing(sqlite3.connect(path)) as raw:
            counts.append(
                raw.execute("SELECT value FROM settings WHERE key = 'records.changes'").fetchone()
            )
            assert raw.execute("SELECT count(*) FROM contacts").fetchone() == (100,)
    assert counts[0] == counts[1]
