"""The ledger states the owner PIN: deleting or replacing its settings row with another tool
does not lift the guard, and the PIN that opens the signing key takes the records back."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from optin_desk.cli import main
from optin_desk.services.backups import make_backup, restore_backup
from optin_desk.services.errors import InputError
from optin_desk.services.owner import (
    PIN_KEY,
    TAMPERED,
    hash_pin,
    pin_is_set,
    require_owner,
    set_owner_pin,
)
from optin_desk.services.records import verify_records
from optin_desk.services.shop_texts import get_setting, put_setting
from optin_desk.services.signing import ensure_signing_key
from optin_desk.storage.engine import Database
from tests.pg import tamper

PIN = "246810"


def test_deleting_the_pin_row_does_not_lift_the_guard(
    session: Session,
    database: Database,
    db_location: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    set_owner_pin(session, PIN, None)
    session.close()
    tamper(database.where, f"DELETE FROM settings WHERE key = '{PIN_KEY}'")
    with database.sessions() as fresh:
        assert pin_is_set(fresh)  # the window still asks for it
    assert main(["--db", db_location, "verify"]) == 1
    said = capsys.readouterr().out
    assert "the owner PIN kept in the settings is not the one the ledger states" in said
    target = tmp_path / "all.csv"
    for words in ([], ["--pin", "135790"]):
        assert main(["--db", db_location, *words, "export", str(target)]) == 2
        assert capsys.readouterr().err == f"optin-desk export: {TAMPERED}\n"
        assert not target.exists()
    assert main(["--db", db_location, "--pin", PIN, "export", str(target)]) == 0
    assert target.exists()  # the owner's PIN opens this computer's signing key
    assert main(["--db", db_location, "verify"]) == 0


def test_a_pin_row_replaced_by_another_tool_does_not_open(
    session: Session, database: Database
) -> None:
    set_owner_pin(session, PIN, None)
    session.close()
    forged = hash_pin("111111").replace("'", "''")
    tamper(database.where, f"UPDATE settings SET value = '{forged}' WHERE key = '{PIN_KEY}'")
    with database.sessions() as fresh:
        with pytest.raises(InputError) as refused:
            require_owner(fresh, "111111")
        assert str(refused.value) == TAMPERED


def test_the_pin_that_opens_the_signing_key_takes_the_records_back(
    session: Session, database: Database
) -> None:
    ensure_signing_key(None)  # made when the shop was set up
    set_owner_pin(session, PIN, None)  # and sealed with the PIN from then on
    session.close()
    tamper(database.where, f"DELETE FROM settings WHERE key = '{PIN_KEY}'")
    with database.sessions() as fresh:
        with pytest.raises(InputError) as refused:
            require_owner(fresh, "135790")
        assert str(refused.value) == TAMPERED
        require_owner(fresh, PIN)
        assert get_setting(fresh, PIN_KEY)  # kept again
        with pytest.raises(InputError, match="wrong owner PIN"):
            require_owner(fresh, "135790")  # and checked as before
        assert verify_records(fresh).ok


def test_without_the_signing_key_even_the_right_pin_cannot_take_the_records_back(
    session: Session, database: Database
) -> None:
    from optin_desk.services.signing import PRIVATE_FILE, key_folder

    set_owner_pin(session, PIN, None)
    session.close()
    (key_folder() / PRIVATE_FILE).unlink(missing_ok=True)  # another computer, say
    tamper(database.where, f"DELETE FROM settings WHERE key = '{PIN_KEY}'")
    with database.sessions() as fresh:
        with pytest.raises(InputError) as refused:
            require_owner(fresh, PIN)
        assert str(refused.value) == TAMPERED


def test_a_pin_set_before_the_ledger_stated_it_is_stated_on_its_next_use(
    session: Session, database: Database
) -> None:
    put_setting(session, PIN_KEY, hash_pin(PIN))  # as an older version kept it
    session.commit()
    require_owner(session, PIN)
    session.close()
    tamper(database.where, f"DELETE FROM settings WHERE key = '{PIN_KEY}'")
    with database.sessions() as fresh:
        with pytest.raises(InputError) as refused:
            require_owner(fresh, None)
        assert str(refused.value) == TAMPERED


def test_a_pin_removed_in_the_program_is_removed(session: Session) -> None:
    set_owner_pin(session, PIN, None)
    assert not set_owner_pin(session, "", PIN)
    assert not pin_is_set(session)
    require_owner(session, None)
    assert verify_records(session).ok


def test_a_restore_keeps_the_pin_in_force_as_the_ledger_states_it(
    session: Session, database: Database, tmp_path: Path
) -> None:
    set_owner_pin(session, PIN, None)
    session.close()
    backup = make_backup(database, tmp_path / "b.sqlite3", PIN)
    with database.sessions() as later:
        set_owner_pin(later, "135790", PIN)  # the backup's ledger states the older PIN
    restore_backup(database, backup.path, "135790")
    with database.sessions() as after:
        require_owner(after, "135790")
        with pytest.raises(InputError, match="wrong owner PIN"):
            require_owner(after, PIN)
        assert verify_records(after).ok
