"""What `verify` adds to the chain for the contacts: their numbers against their keyed hashes.

The chain binds each new event to `contact_key`, and storage.ledger checks that the contact
row an event names holds that key. Here each number still on file is hashed under the records
key and compared with its row's key, so two people's numbers swapped in the file are named;
and events whose texts were erased (taken on trust) must belong to a person who was erased.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from optin_desk.domain.chain import ChainReport
from optin_desk.domain.commitment import ContactKeyer
from optin_desk.domain.messages import QT_TRANSLATE_NOOP, Plural, Said
from optin_desk.services.contact_bind import bind_problems
from optin_desk.services.records_key import MISSING_KEY, records_key
from optin_desk.storage.models import ConsentEvent, Contact
from optin_desk.storage.verify_queries import contact_numbers

CHUNK = 900


@dataclass(frozen=True)
class Numbers:
    """The contacts as one read found them: each one's key as its row holds it, the contacts
    on file whose number is not the one their key was made from, and how many have none."""

    keys: dict[int, str | None]
    changed: list[int]
    unkeyed: int


def read_numbers(session: Session) -> Numbers:
    """Read every contact once, straight from the driver, hashing each number on file under
    the records key (no key on this computer: nothing to compare)."""
    key = records_key(session, make=False)
    hashed = None if key is None else ContactKeyer(key)
    keys: dict[int, str | None] = {}
    changed: list[int] = []
    unkeyed = 0
    for contact_id, phone, keyed in contact_numbers(session):
        keys[contact_id] = keyed
        if phone is None:
            continue
        if keyed is None:
            unkeyed += 1
        elif hashed is not None and hashed(str(phone)) != keyed:
            changed.append(contact_id)
    return Numbers(keys, changed, unkeyed)


def check_binding(
    session: Session, report: ChainReport, numbers: Numbers | None = None
) -> ChainReport:
    """The chain's report with the contacts' numbers checked against their keys (`numbers`:
    read_numbers' answer, when the caller read them for the chain already)."""
    if not report.ok:
        return report
    if numbers is None:
        numbers = read_numbers(session)
    key = records_key(session, make=False)
    changed, unkeyed = numbers.changed, numbers.unkeyed
    if changed:
        return replace(
            report,
            ok=False,
            broken_event_id=None,
            problem=_numbers_changed(changed),
        )
    rebound = bind_problems(session)
    if rebound:
        return replace(report, ok=False, broken_event_id=None, problem=rebound)
    trusted_but_kept = _trusted_with_a_number(session, report.taken_on_trust)
    if trusted_but_kept:
        return replace(
            report,
            ok=False,
            broken_event_id=trusted_but_kept,
            problem=Said(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "its texts are marked erased on request, but its person was never erased",
                )
            ),
        )
    notes = report.notes
    if key is None and (unkeyed or _any_keyed(session)):
        notes = (*notes, Said(MISSING_KEY))
    return replace(report, notes=notes)


def _numbers_changed(changed: list[int]) -> Said:
    """Contacts whose number is not the one their key was made from (the first ten named)."""
    named = tuple(changed[:10])
    if len(changed) > len(named):
        count = len(changed) - len(named)
        text = Plural.translate(
            "Messages",
            "the number of contact {contacts} and %n more is not the number its key was made"
            " from: numbers were swapped or changed in the file",
            None,
            count,
        )
        return Said(text, len(changed) - len(named), contacts=named)
    text = QT_TRANSLATE_NOOP(
        "Messages",
        "the number of contact {contacts} is not the number its key was made from: numbers"
        " were swapped or changed in the file",
    )
    return Said(text, contacts=named)


def _any_keyed(session: Session) -> bool:
    return (
        session.scalar(select(Contact.id).where(Contact.contact_key.is_not(None)).limit(1))
        is not None
    )


def _trusted_with_a_number(session: Session, event_ids: tuple[int, ...]) -> int | None:
    """The first event taken on trust whose person still has a number on file."""
    for start in range(0, len(event_ids), CHUNK):
        found = session.scalar(
            select(ConsentEvent.id)
            .join(Contact, Contact.id == ConsentEvent.contact_id)
            .where(
                ConsentEvent.id.in_(event_ids[start : start + CHUNK]),
                Contact.phone_e164.is_not(None),
            )
            .order_by(ConsentEvent.id)
            .limit(1)
        )
        if found is not None:
            return int(found)
    return None
