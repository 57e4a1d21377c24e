"""Settings changes, the directory, and demo records."""

from __future__ import annotations

import dataclasses

import phonenumbers
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from optin_desk.domain.consent import Category, CategoryKind, ConsentState
from optin_desk.services.consent import OptInRequest, OptOutRequest, record_opt_in, record_opt_out
from optin_desk.services.contacts import contact_status
from optin_desk.services.demo import add_demo_contacts
from optin_desk.services.directory import contact_page, count_contacts, cursor_after
from optin_desk.services.errors import InputError
from optin_desk.services.form_batches import batch_views
from optin_desk.services.profile import load_profile
from optin_desk.services.records import verify_records
from optin_desk.services.serial_check import SerialVerdict, check_serial
from optin_desk.services.settings import ProfileUpdate, save_settings, staff_names
from optin_desk.storage.engine import Database
from optin_desk.storage.models import ConfirmationSent, ConsentEvent, Contact, FormSerial

ANN = "07911 123456"


def current(session: Session) -> ProfileUpdate:
    profile = load_profile(session)
    return ProfileUpdate(
        name=profile.name,
        address=profile.address,
        country=profile.country,
        senders=profile.senders,
        categories=profile.categories,
        staff=[],
        statement_template="",
        confirmation_template="",
    )


def test_a_new_marketing_category_is_covered_by_earlier_broad_scopes(
    database: Database, session: Session
) -> None:
    record_opt_in(
        session, OptInRequest(phone=ANN, scopes=["all"], method="in_person"), database.evidence_dir
    )
    record_opt_out(session, OptOutRequest(phone=ANN, scope="marketing", method="in_person"))
    update = current(session)
    news = Category("news", "Newsletter", CategoryKind.MARKETING, "Monthly news")
    returns = Category("returns", "Returns", CategoryKind.SERVICE)
    save_settings(
        session, dataclasses.replace(update, categories=[*update.categories, news, returns])
    )
    status = contact_status(session, ANN)
    assert status.state_of("news") is ConsentState.OPTED_OUT
    assert status.state_of("returns") is ConsentState.OPTED_IN


def test_categories_are_archived_never_deleted_and_keep_their_kind(
    database: Database, session: Session
) -> None:
    update = current(session)
    kept = [c for c in update.categories if c.key != "delivery"]
    profile = save_settings(session, dataclasses.replace(update, categories=kept))
    assert [c.key for c in profile.categories if c.archived] == ["delivery"]
    assert "delivery" not in [c.key for c in profile.active_categories]
    flipped = [
        dataclasses.replace(c, kind=CategoryKind.SERVICE) if c.key == "offers" else c
        for c in profile.categories
    ]
    with pytest.raises(InputError, match="stays marketing"):
        save_settings(session, dataclasses.replace(current(session), categories=flipped))


def test_staff_names_and_a_shop_confirmation_are_kept(session: Session) -> None:
    update = dataclasses.replace(
        current(session),
        staff=["Sam", "Kim", "Sam"],
        confirmation_template="$business: $stopped stopped. $continues Reply $start_keyword.",
    )
    save_settings(session, update)
    assert staff_names(session) == ["Sam", "Kim"]
    done = record_opt_out(session, OptOutRequest(phone=ANN, scope="offers", method="sms"))
    stopped = "Ann's Deli & Co: the “Offers & new products” messages stopped."
    assert done.confirmation_text.startswith(stopped)


def test_settings_that_break_the_policy_are_refused(session: Session) -> None:
    with pytest.raises(InputError, match="WhatsApp"):
        save_settings(
            session,
            dataclasses.replace(current(session), statement_template="$business $categories STOP"),
        )
    with pytest.raises(InputError, match="opt in again"):
        save_settings(
            session, dataclasses.replace(current(session), confirmation_template="$business bye")
        )
    with pytest.raises(InputError, match="placeholder"):
        save_settings(
            session, dataclasses.replace(current(session), statement_template="$nonsense")
        )


def test_demo_records_cover_every_state_and_keep_the_chain(session: Session) -> None:
    add_demo_contacts(session, 600)
    assert count_contacts(session) == 600
    assert verify_records(session).ok
    rows = contact_page(session, "", None, limit=1000)
    states = {state for row in rows for _, state in row.states}
    assert states == {ConsentState.OPTED_IN, ConsentState.OPTED_OUT}
    assert len(rows) == 600
    assert any(not row.states for row in rows)  # and people with no consent on file


def test_demo_numbers_are_valid_and_stored_as_phonenumbers_writes_them(session: Session) -> None:
    add_demo_contacts(session, 400)
    phones = session.scalars(select(Contact.phone_e164)).all()
    assert len(phones) == 400
    for phone in phones:
        assert phone is not None
        number = phonenumbers.parse(phone)
        assert phonenumbers.is_valid_number(number), phone
        assert phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) == phone
    confirmed = session.scalars(select(ConfirmationSent.event_id)).all()
    assert confirmed  # opt-outs older than three days had their confirmation sent


def test_demo_paper_sign_ups_name_forms_the_demo_printed(session: Session) -> None:
    add_demo_contacts(session, 300)
    add_demo_contacts(session, 300)  # a second load prints forms of its own
    voided = select(ConsentEvent.voided_event_id).where(ConsentEvent.voided_event_id.is_not(None))
    paper = session.execute(
        select(ConsentEvent.form_serial, ConsentEvent.contact_id).where(
            ConsentEvent.action == "opt_in",
            ConsentEvent.method == "paper_form",
            ConsentEvent.id.not_in(voided),
        )
    ).all()
    assert len(paper) > 100
    serials = {serial for serial, _ in paper}
    assert None not in serials
    assert serials <= set(session.scalars(select(FormSerial.serial)))
    signed_by = {serial: {c for s, c in paper if s == serial} for serial in serials}
    assert all(len(people) == 1 for people in signed_by.values())  # one form, one person
    assert sum(b.returned for b in batch_views(session)) == len(serials)
    for serial in sorted(serials)[:20]:  # the Sign-ups page says each form is entered
        assert check_serial(session, str(serial), paper=True).verdict is SerialVerdict.USED
    assert verify_records(session).ok


def test_pages_continue_where_the_last_one_ended(session: Session) -> None:
    add_demo_contacts(session, 250)
    seen: list[int] = []
    page = contact_page(session, "", None, limit=60)
    while page:
        seen += [r.contact_id for r in page]
        page = contact_page(session, "", cursor_after(page[-1]), limit=60)
    assert len(seen) == len(set(seen)) == 250


def test_pages_through_many_people_of_one_name_keep_the_order(
    session: Session, database: Database
) -> None:
    names = ["Maria", "maria", "MARIA", "Ana", "Zoe"]
    for index in range(75):
        request = OptInRequest(
            f"+4479110{index:05d}", ["offers"], "in_person", name=names[index % 5]
        )
        record_opt_in(session, request, database.evidence_dir)
    session.commit()
    seen: list[tuple[str, int]] = []
    page = contact_page(session, "", None, limit=7)  # a page ends inside the run of Marias
    while page:
        seen += [(r.name.lower(), r.contact_id) for r in page]
        page = contact_page(session, "", cursor_after(page[-1]), limit=7)
    assert len(seen) == len(set(seen)) == 75
    assert seen == sorted(seen)  # by name, whatever its case, then in the order entered


def test_reading_never_waits_for_a_writer(database: Database) -> None:
    with database.reading() as reader:
        assert contact_status(reader, ANN).known is False
        with database.sessions() as writer:  # would wait 15 s if the reader held a write lock
            record_opt_in(
                writer,
                OptInRequest(phone=ANN, scopes=["orders"], method="in_person"),
                database.evidence_dir,
            )
    with database.reading() as reader:
        assert contact_status(reader, ANN).known is True
