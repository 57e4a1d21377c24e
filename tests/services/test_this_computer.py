"""Which records this computer opens: --db, then OPTIN_DESK_DB, then its choice, then default."""

from __future__ import annotations

from pathlib import Path

import pytest

from optin_desk.services.errors import InputError
from optin_desk.services.this_computer import (
    choose_records,
    peek_records,
    records_choice,
    records_to_open,
    settings_file,
)
from optin_desk.storage.engine import Database
from tests.conftest import SHOP


def test_nothing_chosen_opens_the_default_file() -> None:
    assert records_choice() is None
    assert records_to_open(None, environ={}) is None


def test_db_then_the_environment_then_this_computers_choice(tmp_path: Path) -> None:
    chosen = tmp_path / "shop.sqlite3"
    choose_records(str(chosen))
    assert records_to_open(None, environ={}) == str(chosen)
    assert records_to_open(None, environ={"OPTIN_DESK_DB": "elsewhere.sqlite3"}) is None
    assert records_to_open("given.sqlite3", environ={"OPTIN_DESK_DB": "x"}) == "given.sqlite3"
    choose_records(None)
    assert records_to_open(None, environ={}) is None
    assert settings_file().stat().st_mode & 0o077 == 0  # this user's only


def test_a_url_is_kept_as_typed_and_a_path_made_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = "postgresql+psycopg://optin_desk@server/optin_desk"
    choose_records(f"  {url} ")
    assert records_choice() == url
    monkeypatch.chdir(tmp_path)
    choose_records("shop.sqlite3")
    assert records_choice() == str(tmp_path / "shop.sqlite3")
    with pytest.raises(InputError, match="say which records"):
        choose_records("   ")
    assert records_choice() == str(tmp_path / "shop.sqlite3")


def test_a_damaged_choices_file_is_ignored_not_fatal() -> None:
    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    assert records_to_open(None, environ={}) is None
    choose_records("/tmp/shop.sqlite3")  # and it is written over
    assert records_choice() == "/tmp/shop.sqlite3"


def test_peeking_names_the_shop_and_changes_nothing(database: Database, tmp_path: Path) -> None:
    peek = peek_records(database.where)
    assert peek.shop == SHOP
    assert peek.events == 3  # a new shop's 3 categories' kinds
    missing = tmp_path / "nowhere" / "records.sqlite3"
    with pytest.raises(InputError):
        peek_records(str(missing))
    assert not missing.parent.exists()
    with pytest.raises(InputError, match="cannot use"):
        peek_records("mysql://shop@server/records")
