"""Records kept before migration 0017a: upgraded, their key moved out, and still verifying."""

from __future__ import annotations

import hashlib
import hmac

import pytest
from alembic import command
from sqlalchemy import select, text

from optin_desk.domain.chain import CHAINED_FIELDS, GENESIS_HASH, link_hash
from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.services.contact_bind import BIND_ACTION
from optin_desk.services.erasure import erase_contact, erased_on
from optin_desk.services.handle import open_records
from optin_desk.services.records import verify_records
from optin_desk.services.records_key import key_path, read_key_file, records_id
from optin_desk.services.shop_texts import get_setting
from optin_desk.storage.engine import open_database
from optin_desk.storage.migrate import alembic_config
from optin_desk.storage.models import ConsentEvent, Contact
from optin_desk.storage.shop_events import shop_events
from tests.pg import tamper

OLD_KEY = bytes(range(32))
PEOPLE = {1: ("+447911123456", "Zebedee Quixotic"), 2: ("+447400123456", "Ann Smith")}
ERASED_BEFORE = "+447911123499"
NOW = "2026-03-01T10:00:00.000000Z"


def _key_of(e164: str) -> str:
    return hmac.new(OLD_KEY, e164.encode(), hashlib.sha256).hexdigest()


def _old_records(location: str) -> None:
    """Records at revision 0016 with events, notes and the key kept in the settings."""
    database = open_database(location)
    config = alembic_config(database)
    with database.engine.connect() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0016")
        connection.commit()
    previous = GENESIS_HASH
    with database.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO business_profile (id, name, address, country, language, created_at)"
                " VALUES (1, 'Deli', '', 'GB', 'en', :now)"
            ),
            {"now": NOW},
        )
        connection.execute(
            text(
                "INSERT INTO categories (id, key, label, description, kind, position) VALUES "
                "(1, 'orders', 'Orders', '', 'service', 0), "
                "(2, 'offers', 'Offers', '', 'marketing', 1)"
            )
        )
        for contact_id, (phone, name) in PEOPLE.items():
            connection.execute(
                text(
                    "INSERT INTO contacts (id, phone_e164, phone_raw, name, language, created_at)"
                    " VALUES (:id, :phone, :phone, :name, 'en', :now)"
                ),
                {"id": contact_id, "phone": phone, "name": name, "now": NOW},
            )
        for event_id, contact_id in ((1, 1), (2, 2), (3, 1)):
            fields: dict[str, str | int | None] = dict.fromkeys(CHAINED_FIELDS, "")
            fields.update(
                event_id=event_id,
                contact_id=contact_id,
                action="opt_in",
                scope="offers",
                method="in_person",
                occurred_at=NOW,
                recorded_at=NOW,
                wording_sha256=None,
                form_serial=None,
                evidence_sha256=None,
                voided_event_id=None,
                note=f"{PEOPLE[contact_id][1]} on {PEOPLE[contact_id][0]}",
            )
            digest = link_hash(previous, fields)
            row = {("id" if k == "event_id" else k): v for k, v in fields.items()}
            columns = ", ".join(row)
            connection.execute(
                text(
                    f"INSERT INTO consent_events ({columns}, prev_hash, hash) "
                    f"VALUES ({', '.join(':' + k for k in row)}, :prev, :hash)"
                ),
                {**row, "prev": previous, "hash": digest},
            )
            previous = digest
        connection.execute(text("DELETE FROM ledger_head"))
        connection.execute(
            text("INSERT INTO ledger_head VALUES (1, 3, 3, :head)"), {"head": previous}
        )
        connection.execute(
            text("INSERT INTO settings (key, value) VALUES ('erasure.key', :key)"),
            {"key": OLD_KEY.hex()},
        )
        connection.execute(
            text(
                "INSERT INTO erased_numbers (keyed_hash, erased_at, recorded_by) "
                "VALUES (:digest, :now, '')"
            ),
            {
                "digest": hmac.new(OLD_KEY, ERASED_BEFORE.encode(), hashlib.sha256).hexdigest(),
                "now": NOW,
            },
        )
    database.dispose()


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_old_records_upgrade_move_their_key_out_and_verify(db_location: str) -> None:
    _old_records(db_location)
    records = open_records(db_location)
    try:
        with records.sessions() as session:
            assert get_setting(session, "erasure.key") == ""
            assert read_key_file(key_path(records_id(session))) == OLD_KEY
            keys = dict(session.execute(select(Contact.id, Contact.contact_key)).all())
            assert keys == {
                i: hmac.new(OLD_KEY, p.encode(), hashlib.sha256).hexdigest()
                for i, (p, _) in PEOPLE.items()
            }
            assert verify_records(session).ok
            assert erased_on(session, ERASED_BEFORE) is not None
            [bind] = shop_events(session, BIND_ACTION)
            assert bind.details["pairs"] == 2
            recorded = record_opt_in(
                session,
                OptInRequest(phone=PEOPLE[1][0], scopes=["orders"], method="in_person"),
                records.evidence_dir,
            )
            new_id = recorded.event_ids[0]
            bound = session.get_one(ConsentEvent, new_id)
            assert bound.contact_key == keys[1]
            assert bound.texts_sha256 is not None
            erase_contact(session, PEOPLE[1][0], "Owner", records)
        with records.reading() as session:
            report = verify_records(session)
            assert report.ok, report.problem
            assert report.taken_on_trust == (1, 3)
            assert any("taken on trust" in note for note in report.notes)
            notes = dict(
                session.execute(
                    select(ConsentEvent.id, ConsentEvent.note).where(
                        ConsentEvent.contact_id.is_not(None)
                    )
                ).all()
            )
            assert notes == {1: "", 2: "Ann Smith on +447400123456", 3: "", new_id: ""}
    finally:
        records.dispose()


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_numbers_and_keys_swapped_for_people_with_old_events_only_are_caught(
    db_location: str,
) -> None:
    _old_records(db_location)
    open_records(db_location).dispose()
    tamper(  # each number moves with its key, so every number still matches its key
        db_location,
        "UPDATE contacts SET phone_e164 = 'swap', contact_key = 'swap' WHERE id = 1",
        f"UPDATE contacts SET phone_e164 = '{PEOPLE[1][0]}', contact_key = "
        f"'{_key_of(PEOPLE[1][0])}' WHERE id = 2",
        f"UPDATE contacts SET phone_e164 = '{PEOPLE[2][0]}', contact_key = "
        f"'{_key_of(PEOPLE[2][0])}' WHERE id = 1",
    )
    records = open_records(db_location)
    try:
        with records.reading() as session:
            report = verify_records(session)
    finally:
        records.dispose()
    assert not report.ok
    assert "the contacts' keys no longer match what event" in report.problem
