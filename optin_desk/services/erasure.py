"""Erasure on request: the person's name, number and scans go; the ledger and the block stay.

Names and numbers are outside the hashed ledger, so the chain still verifies afterwards. The
number is kept only as a keyed hash (HMAC with this database's own key), so that a later
check of the same number still answers `opted_out` ("erased on request on DATE").
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, text, update
from sqlalchemy.exc import SQLAlchemyError
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
    """What an erasure removed, and why the file could not be wiped ('' when it was)."""

    erased_at: datetime
    events_kept: int
    scans_removed: int
    wipe_problem: str = ""
    already: bool = False


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
        key, erased = erased_numbers(session)
        when = erased.get(keyed_hash(key, e164)) if key else None
        if when is None:
            raise InputError(f"{written!r} is not on file; there is nothing to erase")
        session.rollback()  # erased before: only the wipe of the freed space is done again
        return Erased(when, 0, 0, wipe_free_space(database), already=True)
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
    session.execute(text("PRAGMA secure_delete = ON"))  # freed bytes zeroed at commit
    contact.phone_e164 = None
    contact.phone_raw = ""
    contact.name = ""
    _erase_from_checks(session, e164)
    if session.get(ErasedNumber, digest) is None:
        session.add(
            ErasedNumber(keyed_hash=digest, erased_at=canonical(now), recorded_by=clean_name(by))
        )
    session.commit()
    removed, kept = _remove_scans(database, scans - shared)
    problem = wipe_free_space(database)
    if kept:
        problem = "; ".join(p for p in (problem, f"{kept} scan(s) could not be removed") if p)
    return Erased(now, int(events or 0), removed, problem)


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


def wipe_free_space(database: Database) -> str:
    """Rewrite the SQLite file so no deleted value stays readable (secure_delete + VACUUM).

    Runs after the erasure was committed, so a failure (a full disk, say) is returned as
    words, never raised: the erasure stands either way. The write-ahead log is emptied
    even when the rewrite failed, so no old copy of a page stays there.
    """
    if database.sqlite_path is None:
        return ""
    problem = ""
    try:
        with database.engine.connect() as connection:
            driver = connection.connection.driver_connection
            assert driver is not None
            driver.execute("PRAGMA secure_delete = ON")
            try:
                driver.execute("VACUUM")
            except sqlite3.Error as error:
                problem = str(error)
            driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except (sqlite3.Error, SQLAlchemyError, OSError) as error:
        problem = problem or str(getattr(error, "orig", None) or error)
    return problem


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
