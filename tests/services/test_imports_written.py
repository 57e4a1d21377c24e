"""What an import writes, pinned: the same file gives the same ledger rows, chain and state.

Randomness (salts, record ids) and the clock are fixed, so every column an import writes is
compared with what it wrote when this test was made; the chain is verified on top. A change
made for speed must leave this digest alone.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from itertools import count

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from optin_desk.documents.lists import read_text_table
from optin_desk.services import imports
from optin_desk.services.consent import OptOutRequest, record_opt_out
from optin_desk.services.imports import apply_import, plan_import
from optin_desk.storage.ledger import verify_ledger

FILE = """phone,name,category,action,date,method,serial
07911 100101,Ann,offers,opt_in,2026-09-01,paper_form,f-0001
07911 100102,Bob  <b>&,Offers & new products,subscribed,2026-10-01T10:00,website,
07911 100102,Bob,orders,opt_in,2026-10-01,website,
+44 7911 100103,Cy,marketing,opt_out,2026-10-02,,
07911 100104,,all,opt_in,2026-10-02 09:30,,
12,Short,offers,opt_in,2026-10-02,,
07911 100001,Known,orders,opt_in,2026-10-03,shop,
07911 100001,Known,offers,opt_in,2026-10-04,shop,
07911 100002,Out,orders,opt_out,2026-10-03,,
447911100105,Eve,offers,yes,2026-10-05,,
07911 100102,Bob,offers,opt_out,2026-10-06,,
07911 100102,Bob,offers,opt_in,2026-10-01,,
07911 100106,Fay,offers,opt_in,2026-10-07,Paper form,
"""
"""Row 1 is a paper form of the other tool's print run (its serial kept, with a note); row 13 a
paper form without its serial, refused (DESIGN.md rule 6)."""

DIGEST = "88c7aa0b8411d7bc2be490edd551c36d4414f3e60fbe89e414f51e8b14a32eca"
# (changed for the words of a plan row, "too short for a GB number" -> "too short for GB",
# when reasons began to name countries, and for rule 6: row 1's serial and note, row 13
# refused; the other rows, the chain and the state written are as before)


def _rows(session: Session, table: str, where: str) -> list[tuple[object, ...]]:
    query = f"SELECT * FROM {table} WHERE {where} ORDER BY 1, 2"
    return [tuple(r) for r in session.execute(text(query))]


def test_an_import_writes_exactly_what_it_wrote_before(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    for phone in ("07911100001", "07911100002"):
        out = OptOutRequest(phone=phone, scope="offers", method="sms", at=datetime(2026, 8, 1))
        record_opt_out(session, out)
    first_event = session.execute(text("SELECT max(id) FROM consent_events")).scalar_one()
    first_contact = session.execute(text("SELECT max(id) FROM contacts")).scalar_one()
    salts, records = count(), count()
    monkeypatch.setattr("optin_desk.storage.ledger.new_salt", lambda: f"{next(salts):032x}")
    monkeypatch.setattr(  # the bulk path reads its salts and record ids a batch at a time
        "optin_desk.storage.bulk.salts",
        lambda n: (bytes.fromhex(f"{next(salts):032x}") for _ in range(n)),
    )
    monkeypatch.setattr(
        "optin_desk.storage.bulk.record_ids",
        lambda n: (f"record-{next(records)}" for _ in range(n)),
    )
    monkeypatch.setattr(imports, "utc_now", lambda: datetime(2026, 11, 1, 12, tzinfo=UTC))
    monkeypatch.setattr(imports, "BATCH", 3)
    plan = plan_import(session, read_text_table(FILE))
    assert apply_import(session, plan, "crm.csv", by="Sam", skip_invalid=True) == 9
    assert verify_ledger(session).ok
    events = session.execute(text(f"SELECT * FROM consent_events WHERE id > {first_event}"))
    columns = list(events.keys())
    events_written = [tuple(e) for e in events]
    contacts = _rows(session, "contacts", f"id > {first_contact}")
    state = _rows(session, "consent_state", f"event_id > {first_event}")
    # The keyed number hash comes from this database's own records key: checked, not pinned.
    keys = {c[0]: c[6] for c in _rows(session, "contacts", "1 = 1")}
    at = columns.index
    assert all(e[at("contact_key")] == keys[e[at("contact_id")]] for e in events_written)
    chained = [at(c) for c in columns if c not in ("contact_key", "prev_hash", "hash")]
    kept = [[e[i] for i in chained] for e in sorted(events_written)]
    outcomes = [(r.outcome.value, r.reason) for r in plan.rows]
    written = repr((kept, [c[:6] + c[7:] for c in contacts], state, outcomes))
    assert hashlib.sha256(written.encode()).hexdigest() == DIGEST, written
