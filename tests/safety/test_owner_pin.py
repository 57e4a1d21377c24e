"""The owner PIN guards settings, erasure, restore and export; wrong PINs are slowed down."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from optin_desk.services.backups import make_backup, restore_backup
from optin_desk.services.consent import OptInRequest, OptOutRequest, record_opt_in, record_opt_out
from optin_desk.services.erasure import erase_contact
from optin_desk.services.errors import InputError
from optin_desk.services.owner import pin_is_set, require_owner, set_owner_pin
from optin_desk.services.profile import load_profile
from optin_desk.services.records import export_events
from optin_desk.services.settings import ProfileUpdate, save_settings
from optin_desk.storage.engine import Database


def update_of(session: Session, name: str) -> ProfileUpdate:
    profile = load_profile(session)
    return ProfileUpdate(
        name=name,
        address="",
        country=profile.country,
        senders=profile.senders,
        categories=profile.categories,
        staff=[],
        statement_template="",
        confirmation_template="",
    )


def test_without_a_pin_nothing_is_asked(session: Session, tmp_path: Path) -> None:
    assert not pin_is_set(session)
    require_owner(session, None)
    assert export_events(session, tmp_path / "all.csv") == 0


def test_guarded_actions_need_the_pin_and_staff_work_does_not(
    database: Database, session: Session, tmp_path: Path
) -> None:
    assert set_owner_pin(session, "246810", None)
    with pytest.raises(InputError, match="needs the owner PIN"):
        save_settings(session, update_of(session, "Renamed"))
    with pytest.raises(InputError, match="needs the owner PIN"):
        export_events(session, tmp_path / "all.csv")
    record_opt_in(
        session,
        OptInRequest(phone="07911123456", scopes=["orders"], method="in_person"),
        database.evidence_dir,
    )
    record_opt_out(session, OptOutRequest(phone="07911123456", scope="all", method="sms"))
    with pytest.raises(InputError, match="needs the owner PIN"):
        erase_contact(session, "07911123456", "", database)
    session.rollback()  # end this session's write transaction: the backup takes its own
    backup = make_backup(database, tmp_path / "b.sqlite3")
    with pytest.raises(InputError, match="needs the owner PIN"):
        restore_backup(database, backup.path)
    assert save_settings(session, update_of(session, "Renamed"), "246810").name == "Renamed"
    assert export_events(session, tmp_path / "all.csv", "246810") == 2
    with pytest.raises(InputError, match="needs the owner PIN"):
        set_owner_pin(session, "135790", None)
    assert set_owner_pin(session, "135790", "246810")
    assert not set_owner_pin(session, "", "135790")
    assert not pin_is_set(session)


def test_wrong_pins_are_counted_and_slowed_down(session: Session) -> None:
    set_owner_pin(session, "246810", None)
    for _ in range(3):
        with pytest.raises(InputError, match="wrong owner PIN"):
            require_owner(session, "0000")
    with pytest.raises(InputError, match="try again in"):
        require_owner(session, "246810")  # even the right PIN waits out the delay


def test_a_pin_must_be_long_enough(session: Session) -> None:
    with pytest.raises(InputError, match="6 to 32"):
        set_owner_pin(session, "12", None)
    assert dataclasses.is_dataclass(update_of(session, "x"))
