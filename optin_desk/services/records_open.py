"""On opening the records: the records key moved out of the file, every contact keyed.

Migration 0017a cannot reach the user data folder, so this step (run by the services that
open the records, after the migrations) finishes it: a key still kept in the settings
(`erasure.key`, before 0017a) is written to the key folder under the records id and deleted
from the database, whose freed pages are then wiped; contacts without a keyed number hash get
one, and the contacts of events recorded before get one chained "bind" event (see
services.contact_bind). All are no-ops once done; the last two need the key (a computer
without it leaves them for one that has it).
"""

from __future__ import annotations

import secrets

from sqlalchemy import select, text, update
from sqlalchemy.exc import SQLAlchemyError

from optin_desk.domain.commitment import contact_key
from optin_desk.services.contact_bind import bind_old_contacts
from optin_desk.services.records_key import (
    LEGACY_KEY_SETTING,
    RECORDS_ID_SETTING,
    key_path,
    read_key_file,
    records_key,
    write_key_file,
)
from optin_desk.services.shop_texts import get_setting, put_setting
from optin_desk.storage.engine import Database
from optin_desk.storage.models import Contact, Setting

BATCH = 5000


def settle_records_key(database: Database) -> str:
    """Move a key kept in the file out of it, then key every contact; '' or what went wrong."""
    if database.read_only:
        return ""
    problem = _move_key_out(database)
    _key_contacts(database)
    return problem


def _move_key_out(database: Database) -> str:
    with database.reading() as session:  # a plain read: never waits for a writer
        if not get_setting(session, LEGACY_KEY_SETTING):
            return ""
    with database.sessions() as session:
        legacy = get_setting(session, LEGACY_KEY_SETTING)
        if not legacy:
            return ""
        known = get_setting(session, RECORDS_ID_SETTING) or secrets.token_hex(16)
        path = key_path(known)
        kept = read_key_file(path)
        key = bytes.fromhex(legacy)
        if kept is not None and kept != key:
            return f"{path} holds another key than these records: the key stays in the records"
        if kept is None:
            write_key_file(path, key)
        put_setting(session, RECORDS_ID_SETTING, known)
        session.delete(session.get(Setting, LEGACY_KEY_SETTING))
        if database.sqlite_path is not None:
            session.execute(text("PRAGMA secure_delete = ON"))
        session.commit()
    return _wipe(database)


def _wipe(database: Database) -> str:
    """The freed page that held the key, wiped (SQLite) or vacuumed (PostgreSQL)."""
    if database.sqlite_path is not None:
        from optin_desk.services.erasure_files import WAIT_SECONDS, finish_erasure

        finished = finish_erasure(database, WAIT_SECONDS)
        return finished.problem or (
            ""
            if finished.done
            else "the old key stays readable in the file until the other "
            "program that has the records open closes them"
        )
    try:
        with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM settings"))
    except SQLAlchemyError as error:
        return str(getattr(error, "orig", None) or error)
    return ""


def _key_contacts(database: Database) -> None:
    waiting = select(Contact.id, Contact.phone_e164).where(
        Contact.contact_key.is_(None), Contact.phone_e164.is_not(None)
    )
    with database.reading() as session:  # a plain read: never waits for a writer
        if session.execute(waiting.limit(1)).first() is None:
            return
    with database.sessions() as session:
        key = records_key(session)
        if key is None:
            return
        while rows := session.execute(waiting.order_by(Contact.id).limit(BATCH)).all():
            session.execute(
                update(Contact),
                [
                    {"id": row.id, "contact_key": contact_key(key, str(row.phone_e164))}
                    for row in rows
                ],
            )
        bind_old_contacts(session)
        session.commit()
