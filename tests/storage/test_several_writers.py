"""Four computers appending at once to one PostgreSQL database lose nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from optin_desk.domain.consent import ConsentState, fold_consent
from optin_desk.services.profile import BusinessSetup, create_business
from optin_desk.storage.engine import open_database
from optin_desk.storage.ledger import ledger_entries, load_categories, verify_ledger
from optin_desk.storage.models import ConsentEvent, ConsentStateRow, Contact

pytestmark = pytest.mark.slow

BENCH = Path(__file__).resolve().parents[2] / "bench" / "several_writers.py"
SECONDS = 30


def test_four_writers_for_thirty_seconds_lose_nothing_and_keep_one_chain(shop_pg_url: str) -> None:
    database = open_database(shop_pg_url)
    with database.sessions() as session:
        create_business(session, BusinessSetup(name="Shop", country="GB"))
    database.dispose()
    processes = [
        subprocess.Popen(
            [sys.executable, str(BENCH), "write", shop_pg_url, str(SECONDS), str(writer)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for writer in (1, 2, 3, 4)
    ]
    acknowledged: dict[int, tuple[str, str]] = {}  # event id -> (action, phone)
    for process in processes:
        out, err = process.communicate(timeout=SECONDS + 120)
        assert process.returncode == 0, err
        for line in out.splitlines()[1:]:
            action, phone, *ids = line.split()
            for event_id in ids:
                assert int(event_id) not in acknowledged, "two writers got the same event id"
                acknowledged[int(event_id)] = ("opt_in" if action == "in" else "opt_out", phone)
    assert sum(a == "opt_out" for a, _ in acknowledged.values()) > 20
    assert len({p[:8] for _, p in acknowledged.values()}) == 4  # all four wrote

    database = open_database(shop_pg_url, create=False)
    with database.reading() as session:
        report = verify_ledger(session)
        assert report.ok, report
        stored = {
            row.id: (row.action, row.phone_e164)
            for row in session.execute(
                select(ConsentEvent.id, ConsentEvent.action, Contact.phone_e164).join(Contact)
            )
        }
        assert stored == acknowledged  # every acknowledged write, nothing else
        # one line, no gaps: after the shop's 3 categories' kinds (events 1-3)
        assert sorted(stored) == list(range(4, len(stored) + 4))
        categories = load_categories(session)
        states = {
            (row.contact_id, row.category_key): (row.state, row.event_id)
            for row in session.scalars(select(ConsentStateRow))
        }
        refolded = {}
        for contact_id in session.scalars(select(Contact.id)):
            for key, current in fold_consent(
                ledger_entries(session, contact_id), categories
            ).items():
                if current.state is not ConsentState.NONE:
                    refolded[(contact_id, key)] = (current.state.value, current.event_id)
        assert states == refolded
    database.dispose()
