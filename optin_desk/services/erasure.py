"""Erasure on request: the person's name, number and scans go; the ledger and the block stay.

Names and numbers are outside the hashed ledger, so the chain still verifies afterwards. The
number is kept only as a keyed hash (HMAC with this database's own key), so that a later
check of the same number still answers `opted_out` ("erased on request on DATE").
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from optin_desk.domain.when import canonical, from_canonical, utc_now
from optin_desk.services.contacts import clean_name, e164_or_error
from optin_desk.services.errors import InputError
from optin_desk.services.owner import require_owner
from optin_desk.services.shop_texts import get_setting, put_setting
from optin_desk.storage.engine import Database
from optin_desk.storage.evidence import evidence_path
from optin_desk.storage.models import CheckRun, ConsentEvent, Contact, ErasedNumber
from optin_desk.storage.results import pack_results, unpack_results, without_number

KEY_SETTING = "erasure.key"


@dataclass(frozen=True)
class Erased:
    """What an erasure removed."""

    erased_at: datetime
    events_kept: int
    scans_removed: int


def _key(session: Session) -> bytes:
    key = get_setting(session, KEY_SETTING)
    if not key:
        key = secrets.token_hex(32)
        put_setting(session, KEY_SETTING, key)
        session.flush()
    return bytes.fromhex(key)


def keyed_hash(key: bytes, e164: str) -> str:
    """The only form in which an erased number is kept."""
    return hmac.new(key, e164.encode("ascii"), hashlib.sha256).hexdigest()


def erased_numbers(session: Session) -> tuple[bytes, dict[str, datetime]]:
    """This database's key and every erased number's keyed hash with when it was erased."""
    rows = session.execute(select(ErasedNumber.keyed_hash, ErasedNumber.erased_at)).all()
    if not rows:
        return b"", {}
    return _key(session), {digest: from_canonical(at) for digest, at in rows}


def erase_contact(
    session: Session, written: str, by: str, database: Database, pin: str | None = None
) -> Erased:
    """Erase a person on request (owner PIN); commit, then wipe the freed space of the file."""
    require_owner(session, pin)
    e164 = e164_or_error(session, written)
    contact = session.scalars(select(Contact).where(Contact.phone_e164 == e164)).first()
    if contact is None:
        raise InputError(f"{written!r} is not on file; there is nothing to erase")
    now = utc_now()
    digest = keyed_hash(_key(session), e164)
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
    contact.phone_e164 = None
    contact.phone_raw = ""
    contact.name = ""
    _erase_from_checks(session, e164)
    if session.get(ErasedNumber, digest) is None:
        session.add(
            ErasedNumber(keyed_hash=digest, erased_at=canonical(now), recorded_by=clean_name(by))
        )
    session.commit()
    removed = _remove_scans(database, scans - shared)
    wipe_free_space(database)
    return Erased(now, int(events or 0), removed)


def _remove_scans(database: Database, digests: Iterable[str | None]) -> int:
    removed = 0
    for digest in digests:
        if digest:
            path = evidence_path(database.evidence_dir, digest)
            if path.exists():
                path.unlink()
                removed += 1
    return removed


def wipe_free_space(database: Database) -> None:
    """Rewrite the SQLite file so no deleted value stays readable (secure_delete + VACUUM)."""
    if database.sqlite_path is None:
        return
    with database.engine.connect() as connection:
        driver = connection.connection.driver_connection
        assert driver is not None
        driver.execute("PRAGMA secure_delete = ON")
        driver.execute("VACUUM")
        driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _erase_from_checks(session: Session, e164: str) -> None:
    """Rewrite every kept check that lists the number, without it (verdicts stay)."""
    for check_id, packed in session.execute(
        select(CheckRun.id, CheckRun.results).where(CheckRun.results.is_not(None))
    ).all():
        if packed is None:
            continue
        kept = without_number(unpack_results(packed), e164)
        if kept is not None:
            session.execute(
                update(CheckRun).where(CheckRun.id == check_id).values(results=pack_results(kept))
            )
