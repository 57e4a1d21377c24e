"""verify's whole-table reads give every row once, in order, however few rows a fetch takes."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from optin_desk.domain.chain import STORED_ORDER
from optin_desk.domain.consent import Action, Method
from optin_desk.services.records_key import records_key
from optin_desk.storage.bulk import NewContact, bulk_add
from optin_desk.storage.ledger import NewEvent, iter_chain_rows
from optin_desk.storage.verify_queries import contact_numbers, state_rows_any_order

AT = "2026-03-01T09:05:00.000000Z"


def _people(count: int) -> list[NewContact]:
    events = [
        NewEvent(0, Action.OPT_IN, "offers", Method.IN_PERSON, AT, AT, "Sam"),
        NewEvent(0, Action.OPT_IN, "all", Method.SMS, AT, AT, "Sam"),
        NewEvent(0, Action.OPT_OUT, "offers", Method.SMS, AT, AT, "Sam"),
    ]
    return [
        NewContact(f"+4479110002{at:02d}", "", "en", AT, events[: 1 + at % 3])
        for at in range(count)
    ]


def test_every_row_comes_once_in_order_whatever_the_fetch(session: Session) -> None:
    assert bulk_add(session, _people(11), records_key(session)) == 21
    session.commit()
    whole = list(iter_chain_rows(session))
    ids = [row[STORED_ORDER.index("event_id")] for row in whole]
    assert ids == list(range(1, len(whole) + 1))
    states = sorted(session.execute(text("SELECT * FROM consent_state")).all())
    numbers = session.execute(text("SELECT id, phone_e164, contact_key FROM contacts")).all()
    for batch, stepped in ((3, 2), (4, 4), (5, 1), (100, 7)):
        assert list(iter_chain_rows(session, batch, stepped)) == whole
        assert sorted(state_rows_any_order(session, batch, stepped)) == states
        assert sorted(contact_numbers(session, stepped)) == sorted(numbers)
