"""Erasure on request: the person's name, number and scans go; the ledger and the block stay.

Names and numbers are outside the hashed ledger, so the chain still verifies afterwards. The
number is kept only as a keyed hash (HMAC under the records key, kept outside the database
file: see services.records_key), so that a later check of the same number still answers
`opted_out` ("erased on request on DATE"). The person's free texts (notes, their words,
confirmation texts, reasons) are blanked in their events (see services.text_erasure).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from optin_desk.domain.check import day_text
from optin_desk.domain.commitment import contact_key
from optin_desk.domain.consent import Method
from optin_desk.domain.messages import QT_TRANSLATE_NOOP
from optin_desk.domain.phones import PhoneNumber, parse_phone
from optin_desk.domain.program_notes import LIFTED_ERASURE, written
from optin_desk.domain.when import canonical, from_canonical, utc_now
from optin_desk.services.contacts import clean_name, e164_or_error
from optin_desk.services.erasure_files import (
    WAIT_SECONDS,
    Finished,
    Holder,
    blank_scan_names,
    finish_erasure,
)
from optin_desk.services.errors import InputError
from optin_desk.services.profile import load_profile
from optin_desk.services.records_key import (
    LEGACY_KEY_SETTING,
    RecordsKeyMissing,
    records_key,
    required_records_key,
)
from optin_desk.services.text_erasure import erase_event_texts
from optin_desk.storage.engine import Database
from optin_desk.storage.evidence import evidence_path
from optin_desk.storage.models import CheckRun, ConsentEvent, Contact, ErasedNumber
from optin_desk.storage.results import erased_from

KEY_SETTING = LEGACY_KEY_SETTING
# the person's own new consent: given in person, on paper, or in their own message
LIFTING_METHODS = frozenset(
    {
        Method.IN_PERSON,
        Method.PAPER_FORM,
        Method.POINT_OF_SALE,
        Method.SIGNUP_FORM,
        Method.WEBSITE,
        Method.WHATSAPP_THREAD,
        Method.SMS,
        Method.EMAIL,
    }
)


@dataclass(frozen=True)
class Erased:
    """What an erasure removed, and why the file could not be wiped ('' when it was)."""

    erased_at: datetime
    events_kept: int
    scans_removed: int
    wipe_problem: str = ""
    already: bool = False
    held_by: Holder = Holder.NOBODY
    """Who still holds the records as they were (the erasure stands; see erasure_files)."""


keyed_hash = contact_key
"""The only form in which an erased number is kept (the same as the chain's contact key)."""


def erased_numbers(session: Session) -> tuple[bytes | None, dict[str, datetime]]:
    """The records key (None when this computer lacks it) and every erased number's keyed
    hash with when it was erased (erasures lifted by the person's own new opt-in left out)."""
    rows = session.execute(
        select(ErasedNumber.keyed_hash, ErasedNumber.erased_at).where(
            ErasedNumber.lifted_at.is_(None)
        )
    ).all()
    if not rows:
        return b"", {}
    return records_key(session, make=False), {digest: from_canonical(at) for digest, at in rows}


def erasure_lookup(session: Session, unknown_ok: bool = False) -> Callable[[str], datetime | None]:
    """The one block every door consults: when a number (E.164) was erased on request and
    not lifted since, else None. Whether the number is in contacts or not.

    Without the records key an erased number cannot be recognised: RecordsKeyMissing, unless
    `unknown_ok` (a check, which blocks every number not on file anyway)."""
    key, erased = erased_numbers(session)
    if not erased:
        return lambda _e164: None
    if key is None:
        if unknown_ok:
            return lambda _e164: None
        raise RecordsKeyMissing
    return lambda e164: erased.get(keyed_hash(key, e164))


def erased_on(session: Session, phone: PhoneNumber | str) -> datetime | None:
    """When this number (read, or as written) was erased on request and not lifted since."""
    if isinstance(phone, PhoneNumber):
        e164: str | None = phone.e164
    else:
        e164 = parse_phone(phone, load_profile(session).country).e164
    return erasure_lookup(session)(e164) if e164 else None


def erasure_to_lift(
    session: Session, e164: str, method: Method, given_at: datetime, acknowledged: bool
) -> datetime | None:
    """Before a new opt-in: when the number was erased (the opt-in will lift that), or None.

    Refused (InputError) unless it is the person's own new consent, given after the erasure,
    and staff said that it lifts the erasure."""
    try:
        erased_on = erasure_lookup(session)(e164)
    except RecordsKeyMissing:
        on_file = session.scalar(select(Contact.id).where(Contact.phone_e164 == e164))
        if on_file is not None:  # an erased number is never on file unless lifted
            return None
        raise
    if erased_on is None:
        return None
    day = day_text(erased_on)
    if given_at.astimezone().date() < erased_on.astimezone().date():  # a date may have no time
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "this number was erased on request on {day}: a consent dated "
                "{day_text}, before the erasure, cannot bring the person back",
            ),
            day=day,
            day_text=day_text(given_at),
        )
    if method not in LIFTING_METHODS:
        allowed = ", ".join(sorted(m.value for m in LIFTING_METHODS))
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "this number was erased on request on {day}: only the person's own new "
                "consent (in person, on paper or in their own message: {allowed}) can "
                "lift that, not {value}",
            ),
            day=day,
            allowed=allowed,
            value=method.value,
        )
    if not acknowledged:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "this number was erased on request on {day}: record a new opt-in only "
                "with the person's own new consent, and confirm that it lifts the "
                "erasure (--lift-erasure)",
            ),
            day=day,
        )
    return erased_on


def lifting_note(erased_on: datetime) -> str:
    """What an opt-in that lifts an erasure says in its (chained) note: no name, no number."""
    return written(LIFTED_ERASURE, day=day_text(erased_on))


def mark_lifted(session: Session, e164: str, event_id: int, at: datetime) -> None:
    """Record that the opt-in `event_id` lifted the erasure of this number (no commit)."""
    session.execute(
        update(ErasedNumber)
        .where(ErasedNumber.keyed_hash == keyed_hash(required_records_key(session), e164))
        .values(lifted_at=canonical(at), lifted_by_event_id=event_id)
    )


def erase_contact(
    session: Session,
    written: str,
    by: str,
    database: Database,
    pin: str | None = None,
    *,
    wait: float = WAIT_SECONDS,
    close_idle: bool = False,
) -> Erased:
    """Erase a person on request (owner PIN); commit, then wipe the freed space of the file
    and empty its write-ahead log, waiting up to `wait` s for other readers (erasure_files)."""
    from optin_desk.services.owner import require_owner  # its texts: only when erasing

    require_owner(session, pin)
    e164 = e164_or_error(session, written)
    contact = session.scalars(select(Contact).where(Contact.phone_e164 == e164)).first()
    if contact is None:
        when = erasure_lookup(session)(e164)
        if when is None:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Messages", "{written!r} is not on file; there is nothing to erase"
                ),
                written=written,
            )
        session.rollback()  # erased before: only the wipe of the freed space is done again
        end = wipe_free_space(database, wait, close_idle)
        return Erased(when, 0, 0, end.problem, already=True, held_by=end.holder)
    now = utc_now()
    digest = keyed_hash(required_records_key(session), e164)
    scans = set(
        session.scalars(
            select(ConsentEvent.evidence_sha256).where(
                ConsentEvent.contact_id == contact.id, ConsentEvent.evidence_sha256.is_not(None)
            )
        )
    )
    shared = set(
        session.scalars(
            select(ConsentEvent.evidence_sha256).where(
                ConsentEvent.contact_id != contact.id, ConsentEvent.evidence_sha256.in_(scans)
            )
        )
    )
    events = session.scalar(
        select(text("count(*)"))
        .select_from(ConsentEvent)
        .where(ConsentEvent.contact_id == contact.id)
    )
    if database.sqlite_path is not None:
        session.execute(text("PRAGMA secure_delete = ON"))  # freed bytes zeroed at commit
    contact.phone_e164 = None
    contact.phone_raw = ""
    contact.name = ""
    contact.contact_key = contact.contact_key or digest  # kept: it binds their events
    erase_event_texts(session, contact.id, now)
    _erase_from_checks(session, e164)
    blank_scan_names(session, scans)
    blocked = session.get(ErasedNumber, digest)
    if blocked is None:
        session.add(
            ErasedNumber(keyed_hash=digest, erased_at=canonical(now), recorded_by=clean_name(by))
        )
    elif blocked.lifted_at is not None:  # erased again after a lifted erasure: blocked again
        blocked.erased_at, blocked.recorded_by = canonical(now), clean_name(by)
        blocked.lifted_at = blocked.lifted_by_event_id = None
    session.commit()
    removed, kept = _remove_scans(database, scans - shared)
    end = wipe_free_space(database, wait, close_idle)
    problem = end.problem
    if kept:
        problem = "; ".join(p for p in (problem, f"{kept} scan(s) could not be removed") if p)
    return Erased(now, int(events or 0), removed, problem, held_by=end.holder)


def _remove_scans(database: Database, digests: Iterable[str | None]) -> tuple[int, int]:
    """Remove scans; how many went and how many could not be removed."""
    removed = failed = 0
    for digest in digests:
        if digest:
            path = evidence_path(database.evidence_dir, digest)
            try:
                path.unlink()
            except FileNotFoundError:
                continue
            except OSError:
                failed += 1
            else:
                removed += 1
    return removed, failed


def wipe_free_space(database: Database, wait: float, close_idle: bool) -> Finished:
    """Wipe what the erasure freed and empty the write-ahead log (services.erasure_files)."""
    return finish_erasure(database, wait, close_idle=close_idle)


def _erase_from_checks(session: Session, e164: str) -> None:
    """Rewrite every kept check that lists the number, without it (verdicts stay); a check
    whose rows cannot be read loses them all (the number may be among them)."""
    for check_id, packed in session.execute(
        select(CheckRun.id, CheckRun.results).where(CheckRun.results.is_not(None))
    ).all():
        if packed is None:
            continue
        rewritten = erased_from(packed, e164)
        if rewritten is not None:
            session.execute(
                update(CheckRun).where(CheckRun.id == check_id).values(results=rewritten)
            )
