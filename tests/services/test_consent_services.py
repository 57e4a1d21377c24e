"""Recording opt-ins, opt-outs and voids through the services."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypeVar

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from optin_desk.domain.consent import ConsentState
from optin_desk.services.consent import (
    OptInRequest,
    OptOutRequest,
    preview_confirmation,
    record_opt_in,
    record_opt_out,
)
from optin_desk.services.contacts import contact_history, contact_status
from optin_desk.services.errors import InputError
from optin_desk.services.profile import BusinessSetup, create_business, current_wording
from optin_desk.services.voids import void_event
from optin_desk.storage.engine import Database
from optin_desk.storage.evidence import evidence_path
from optin_desk.storage.models import ConsentEvent, Contact, Wording

from ..conftest import SHOP

ANN = "07911 123456"
PEOPLES_EVENTS = (
    select(func.count()).select_from(ConsentEvent).where(ConsentEvent.contact_id.is_not(None))
)
"""Entries of people (a new shop's ledger already holds its categories' kinds)."""
T = TypeVar("T")
IN, OUT, NONE = ConsentState.OPTED_IN, ConsentState.OPTED_OUT, ConsentState.NONE


def opt_in(session: Session, database: Database, **fields: object) -> list[int]:
    values: dict[str, object] = {"phone": ANN, "scopes": ["offers"], "method": "in_person"}
    values.update(fields)
    recorded = record_opt_in(session, OptInRequest(**values), database.evidence_dir)  # type: ignore[arg-type]
    return list(recorded.event_ids)


def test_an_opt_in_names_its_wording_serial_and_evidence(
    database: Database, session: Session, tmp_path: Path
) -> None:
    scan = tmp_path / "form-0001.jpg"
    scan.write_bytes(b"\xff\xd8 pretend this is a scan")
    opt_in(
        session,
        database,
        scopes=["orders", "offers"],
        method="paper_form",
        name="Ann Lee",
        serial="k3m9-x",
        printed_elsewhere=True,
        evidence=scan,
        by="Sam",
    )
    status, events = contact_history(session, "+447911123456")
    assert status.name == "Ann Lee"
    assert [e.scope for e in events] == ["orders", "offers"]
    assert {e.wording_version for e in events} == {1}
    assert {e.form_serial for e in events} == {"K3M9-X"}
    sha = events[0].evidence_sha256
    assert sha is not None
    assert evidence_path(database.evidence_dir, sha).read_bytes() == scan.read_bytes()
    assert events[0].recorded_by == "Sam"


def test_the_same_person_written_differently_is_one_contact(
    database: Database, session: Session
) -> None:
    opt_in(session, database, name="Ann")
    opt_in(session, database, phone="+44 (0) 7911-123-456", scopes=["orders"])
    assert session.scalar(select(func.count()).select_from(Contact)) == 1
    status = contact_status(session, "447911123456")
    assert status.state_of("offers") is IN
    assert status.state_of("orders") is IN
    assert status.state_of("delivery") is NONE


def test_an_opt_out_stores_the_confirmation_that_was_sent(
    database: Database, session: Session
) -> None:
    opt_in(session, database, scopes=["orders", "offers"])
    recorded = record_opt_out(
        session,
        OptOutRequest(phone=ANN, scope="marketing", method="whatsapp_reply", words="STOP"),
    )
    assert SHOP in recorded.confirmation_text
    still = "You will still receive these messages: “Order & payment updates”."
    assert still in recorded.confirmation_text
    stored = session.get(ConsentEvent, recorded.event_ids[0])
    assert stored is not None
    assert stored.confirmation_text == recorded.confirmation_text
    assert stored.customer_words == "STOP"
    status = contact_status(session, ANN)
    assert status.state_of("offers") is OUT
    assert status.state_of("orders") is IN


def test_an_opt_out_of_a_stranger_is_still_recorded(session: Session) -> None:
    record_opt_out(session, OptOutRequest(phone="+4915123456789", scope="all", method="letter"))
    status = contact_status(session, "004915123456789")
    assert all(status.state_of(c.key) is OUT for c in status.categories)


def test_a_confirmation_missing_the_way_back_is_refused(session: Session) -> None:
    with pytest.raises(InputError, match="opt in again"):
        record_opt_out(
            session,
            OptOutRequest(
                phone=ANN, scope="offers", method="in_person", confirmation=f"{SHOP}: bye"
            ),
        )
    assert session.scalar(PEOPLES_EVENTS) == 0
    preview = preview_confirmation(session, OptOutRequest(phone=ANN, scope="offers", method="sms"))
    assert "START" in preview


def test_voiding_restores_the_previous_state_and_keeps_both_events(
    database: Database, session: Session
) -> None:
    opt_in(session, database)
    mistaken = record_opt_out(session, OptOutRequest(phone=ANN, scope="offers", method="in_person"))
    void_event(session, mistaken.event_ids[0], "wrong customer", by="Sam")
    assert contact_status(session, ANN).state_of("offers") is IN
    _, events = contact_history(session, ANN)
    assert [e.action.value for e in events] == ["opt_in", "opt_out", "void"]
    assert events[1].voided_by_event_id == events[2].id
    assert events[1].void_reason == "wrong customer"
    with pytest.raises(InputError, match="already voided"):
        void_event(session, mistaken.event_ids[0], "again")
    with pytest.raises(InputError, match="itself a void"):
        void_event(session, events[2].id, "again")
    with pytest.raises(InputError, match="say why"):
        void_event(session, events[0].id, "  ")
    with pytest.raises(InputError, match="no event 99"):
        void_event(session, 99, "typo")


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"phone": "123"}, "too short for GB"),
        ({"phone": ""}, "no number"),
        ({"scopes": []}, "at least one category"),
        ({"scopes": ["promo"]}, "unknown scope"),
        ({"method": "customer_wrote_first"}, "unknown opt-in method"),
        ({"method": "letter"}, "unknown opt-in method"),
        ({"at": datetime.now(UTC) + timedelta(days=2)}, "future"),
        ({"evidence": Path("/nonexistent/scan.jpg")}, "does not exist"),
        ({"name": "A" * 500}, "longer than"),
        ({"method": "paper_form"}, "paper-form opt-in names its form: give the serial printed"),
        ({"method": "paper_form", "serial": " - "}, "paper-form opt-in names its form"),
        ({"method": "paper_form", "printed_elsewhere": True}, "paper-form opt-in names"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(
    database: Database, session: Session, fields: dict[str, object], message: str
) -> None:
    with pytest.raises(InputError, match=message):
        opt_in(session, database, **fields)
    session.rollback()
    assert session.scalar(PEOPLES_EVENTS) == 0
    assert session.scalar(select(func.count()).select_from(Contact)) == 0


def test_names_are_kept_exactly_as_written(database: Database, session: Session) -> None:
    opt_in(session, database, name="<b>Ann & Co</b> نور")
    assert contact_status(session, ANN).name == "<b>Ann & Co</b> نور"


def test_a_changed_profile_makes_a_new_wording_version_and_keeps_the_old(
    database: Database, session: Session
) -> None:
    opt_in(session, database)
    from optin_desk.services.category_texts import set_category_text

    changed = set_category_text(session, "offers", "en", "Deals", "Money off.")
    assert changed.wording_version == current_wording(session, "en").version == 2
    assert "- Deals: Money off." in current_wording(session, "en").text
    _, events = contact_history(session, ANN)
    assert events[0].wording_version == 1
    assert session.scalar(select(func.count()).select_from(Wording)) == 2


def test_a_shop_is_set_up_once(database: Database, session: Session) -> None:
    with pytest.raises(InputError, match="already has a business profile"):
        create_business(session, BusinessSetup(name="Other", country="GB"))


def test_setup_problems_are_all_reported(empty_database: Database) -> None:
    with empty_database.sessions() as session, pytest.raises(InputError) as caught:
        create_business(session, BusinessSetup(name=" ", country="XX", senders=["12"]))
    assert "business name is empty" in str(caught.value)
    assert "unknown country code" in str(caught.value)


def test_a_sign_up_reads_its_number_and_categories_once(
    database: Database, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    from optin_desk.domain.consent import Method
    from optin_desk.domain.phones import parse_phone
    from optin_desk.services import contacts, profile
    from optin_desk.storage import ledger

    reads: list[str] = []

    def counted(name: str, real: Callable[..., T]) -> Callable[..., T]:
        def call(*args: object, **kwargs: object) -> T:
            reads.append(name)
            return real(*args, **kwargs)

        return call

    monkeypatch.setattr(contacts, "parse_phone", counted("number", contacts.parse_phone))
    monkeypatch.setattr(profile, "load_categories", counted("categories", profile.load_categories))
    monkeypatch.setattr(ledger, "load_categories", counted("categories", ledger.load_categories))
    number = parse_phone(ANN, "GB").number
    assert number is not None
    request = OptInRequest(
        number, ["orders", "offers"], Method.PAPER_FORM, serial="K3M9", printed_elsewhere=True
    )
    record_opt_in(session, request, database.evidence_dir)
    assert reads == ["categories"]  # the number as the window read it; the categories once
    reads.clear()
    with database.sessions() as another:  # a new user action: nothing known yet
        written = OptInRequest("07911 123457", ["orders"], "in_person")
        record_opt_in(another, written, database.evidence_dir)
    assert sorted(reads) == ["categories", "number"]  # written text is read once
    assert contact_status(session, "07911 123457").state_of("orders") is IN
