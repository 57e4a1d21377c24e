"""Finding contacts from any written form of their number; their status and history."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session, aliased

from optin_desk.domain.commitment import contact_key
from optin_desk.domain.consent import (
    NO_CONSENT,
    Action,
    Category,
    ConsentState,
    CurrentConsent,
    Method,
)
from optin_desk.domain.messages import QT_TRANSLATE_NOOP
from optin_desk.domain.phones import PhoneNumber, parse_phone
from optin_desk.domain.when import canonical, from_canonical, utc_now
from optin_desk.services.errors import InputError
from optin_desk.services.profile import load_profile
from optin_desk.storage.engine import Database
from optin_desk.storage.evidence import evidence_path
from optin_desk.storage.models import (
    ConsentEvent,
    ConsentStateRow,
    Contact,
    Wording,
)

MAX_NAME = 200
LOOKUP_CHUNK = 900  # SQLite's default limit is 999 parameters a statement


@dataclass(frozen=True)
class ContactStatus:
    """Who a number belongs to and their current consent per category."""

    phone: str
    name: str
    language: str
    known: bool
    categories: tuple[Category, ...]
    consent: dict[str, CurrentConsent]

    def state_of(self, key: str) -> ConsentState:
        """The current consent for one category key."""
        return self.consent.get(key, NO_CONSENT).state


@dataclass(frozen=True)
class EventView:
    """One ledger event as people read it."""

    id: int
    action: Action
    scope: str
    method: Method
    occurred_at: datetime
    recorded_at: datetime
    recorded_by: str
    wording_version: int | None
    wording_language: str | None
    form_serial: str | None
    evidence_sha256: str | None
    note: str
    reason: str
    customer_words: str
    confirmation_text: str
    voided_event_id: int | None
    voided_by_event_id: int | None
    void_reason: str
    hash: str


def scan_file(database: Database, sha256: str) -> Path:
    """Where the scan with this sha256 is kept (it may be missing: check before opening)."""
    return evidence_path(database.evidence_dir, sha256)


def read_number(written: str, region: str) -> PhoneNumber:
    """A written number read under the shop's `region`, or an InputError saying why not."""
    parsed = parse_phone(written, region)
    if parsed.number is None:
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "{written!r} is not a usable WhatsApp number: {reason}"),
            written=written,
            reason=parsed.reason,
        )
    return parsed.number


def number_of(session: Session, phone: PhoneNumber | str, region: str = "") -> PhoneNumber:
    """A number already read as it is; written text read once (under `region`, else the
    shop's country)."""
    if isinstance(phone, PhoneNumber):
        return phone
    return read_number(phone, region or load_profile(session).country)


def e164_or_error(session: Session, written: str) -> str:
    """The E.164 key of a written number under the shop's country, or an InputError."""
    return number_of(session, written).e164


def contact_ids(session: Session, phones: Iterable[str | None]) -> dict[str, int]:
    """The contact id of each of these E.164 numbers that is on file.

    SQLite is handed them all as one JSON array and searches its index for each (one cached
    statement: an `IN` list of 900 parameters is compiled anew by SQLAlchemy for every chunk,
    which cost five times the searches); other databases get them a chunk at a time."""
    wanted = sorted({p for p in phones if p})
    if not wanted:
        return {}
    found: dict[str, int] = {}
    if session.get_bind().dialect.name == "sqlite":
        listed = func.json_each(bindparam("numbers")).table_valued("value")
        query = select(Contact.phone_e164, Contact.id).where(
            Contact.phone_e164.in_(select(listed.c.value))
        )
        rows = session.execute(query, {"numbers": json.dumps(wanted)})
        return {phone: contact_id for phone, contact_id in rows if phone is not None}
    for start in range(0, len(wanted), LOOKUP_CHUNK):
        for phone, contact_id in session.execute(
            select(Contact.phone_e164, Contact.id).where(
                Contact.phone_e164.in_(wanted[start : start + LOOKUP_CHUNK])
            )
        ):
            if phone is not None:
                found[phone] = contact_id
    return found


def clean_name(name: str) -> str:
    """A person's name as stored: printable, single spaces, checked length."""
    if not name.isprintable():  # rare: each unprintable character becomes a space
        name = "".join(ch if ch.isprintable() else " " for ch in name)
    cleaned = " ".join(name.split())
    if len(cleaned) > MAX_NAME:
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "the name is longer than {most} characters; shorten it"),
            most=MAX_NAME,
        )
    return cleaned


def get_or_create_contact(
    session: Session, phone: PhoneNumber | str, name: str = "", language: str = ""
) -> Contact:
    """The contact for a number, created if new; a given name fills or replaces the old one."""
    number = number_of(session, phone)
    e164, written = number.e164, number.written
    name = clean_name(name)
    contact = session.scalars(select(Contact).where(Contact.phone_e164 == e164)).first()
    if contact is None:
        from optin_desk.services.records_key import records_key

        key = records_key(session)  # None on a computer without it: keyed when one opens
        contact = Contact(
            phone_e164=e164,
            phone_raw=written.strip()[:100],
            name=name,
            language=language,
            created_at=canonical(utc_now()),
            contact_key=None if key is None else contact_key(key, e164),
        )
        session.add(contact)
        session.flush()
        return contact
    if name and name != contact.name:
        contact.name = name
    if language and not contact.language:
        contact.language = language
    return contact


def contact_status(session: Session, written: str) -> ContactStatus:
    """Current consent of the person with this number; all `none` for a number never seen."""
    e164 = e164_or_error(session, written)
    return contact_statuses(session, [e164])[e164][1]


def contact_statuses(
    session: Session, phones: Iterable[str]
) -> dict[str, tuple[int | None, ContactStatus]]:
    """(contact id or None, current consent) of each of these E.164 numbers, read a set of
    numbers at a time: a batch of replies costs a few queries, not a few per reply."""
    profile = load_profile(session)
    wanted = sorted(set(phones))
    found: dict[str, tuple[int | None, ContactStatus]] = {}
    state_of = {state.value: state for state in ConsentState}  # a lookup, not an enum call
    method_of = {method.value: method for method in Method}
    for start in range(0, len(wanted), LOOKUP_CHUNK):
        chunk = wanted[start : start + LOOKUP_CHUNK]
        people = session.execute(
            select(Contact.id, Contact.phone_e164, Contact.name, Contact.language).where(
                Contact.phone_e164.in_(chunk)
            )
        ).all()
        consent: dict[int, dict[str, CurrentConsent]] = {
            row.id: {c.key: NO_CONSENT for c in profile.categories} for row in people
        }
        rows = session.execute(
            select(
                ConsentStateRow.contact_id,
                ConsentStateRow.category_key,
                ConsentStateRow.state,
                ConsentStateRow.event_id,
                ConsentStateRow.since,
                ConsentEvent.method,
                ConsentEvent.scope,
                ConsentEvent.occurred_on,
            )
            .join(ConsentEvent, ConsentEvent.id == ConsentStateRow.event_id)
            .where(ConsentStateRow.contact_id.in_(list(consent)))
        ).all()
        for contact_id, key, state, event_id, since, method, scope, on_day in rows:
            consent[contact_id][key] = CurrentConsent(
                state_of.get(state) or ConsentState(state),
                event_id,
                from_canonical(since),
                method_of.get(method) or Method(method),
                scope,
                date.fromisoformat(on_day) if on_day else None,
            )
        for row in people:
            status = ContactStatus(
                row.phone_e164, row.name, row.language, True, profile.categories, consent[row.id]
            )
            found[row.phone_e164] = (row.id, status)
    for phone in wanted:
        if phone not in found:
            nobody = {c.key: NO_CONSENT for c in profile.categories}
            found[phone] = (None, ContactStatus(phone, "", "", False, profile.categories, nobody))
    return found


def contact_history(session: Session, written: str) -> tuple[ContactStatus, list[EventView]]:
    """Every event of the person with this number, oldest first (by when it was recorded)."""
    status = contact_status(session, written)
    if not status.known:
        return status, []
    contact = session.scalars(select(Contact).where(Contact.phone_e164 == status.phone)).one()
    return status, events_of(session, contact.id)


def events_of(session: Session, contact_id: int) -> list[EventView]:
    """A contact's events in ledger order, each with what voided it."""
    voider = aliased(ConsentEvent)
    rows = session.execute(
        select(ConsentEvent, Wording.version, Wording.language, voider.id, voider.reason)
        .outerjoin(Wording, Wording.id == ConsentEvent.wording_id)
        .outerjoin(voider, voider.voided_event_id == ConsentEvent.id)
        .where(ConsentEvent.contact_id == contact_id)
        .order_by(ConsentEvent.id)
    ).all()
    return [
        EventView(
            id=event.id,
            action=Action(event.action),
            scope=event.scope,
            method=Method(event.method),
            occurred_at=from_canonical(event.occurred_at),
            recorded_at=from_canonical(event.recorded_at),
            recorded_by=event.recorded_by,
            wording_version=version,
            wording_language=language,
            form_serial=event.form_serial,
            evidence_sha256=event.evidence_sha256,
            note=event.note,
            reason=event.reason,
            customer_words=event.customer_words,
            confirmation_text=event.confirmation_text,
            voided_event_id=event.voided_event_id,
            voided_by_event_id=voider_id,
            void_reason=voider_reason or "",
            hash=event.hash,
        )
        for event, version, language, voider_id, voider_reason in rows
    ]
