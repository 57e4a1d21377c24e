"""Staff names are the shop's (set up once, shared); who records is remembered per computer."""

from __future__ import annotations

import getpass

import pytest
from sqlalchemy.orm import Session

from optin_desk.services.profile import BusinessSetup, create_business
from optin_desk.services.staff import staff_names
from optin_desk.services.this_computer import (
    command_line_recorder,
    remember_recorder,
    remembered_recorder,
    settings_file,
)
from optin_desk.storage.engine import Database


def test_setup_keeps_the_staff_names_for_every_computer(empty_database: Database) -> None:
    setup = BusinessSetup("Tienda Luz", "ES", staff=[" Marta ", "", "Luis", "Marta"])
    with empty_database.sessions() as session:
        create_business(session, setup)
    with empty_database.reading() as another:  # another computer reads the same records
        assert staff_names(another) == ["Marta", "Luis"]


def test_a_shop_set_up_without_names_has_an_empty_list(session: Session) -> None:
    assert staff_names(session) == []


def test_the_name_is_remembered_in_this_computers_own_file() -> None:
    assert remembered_recorder() == ""
    remember_recorder(" Núria ")
    assert remembered_recorder() == "Núria"
    assert settings_file().is_file()
    assert "Núria" in settings_file().read_text(encoding="utf-8")


def test_a_damaged_settings_file_remembers_nobody() -> None:
    settings_file().parent.mkdir(parents=True, exist_ok=True)
    settings_file().write_text("{not json", encoding="utf-8")
    assert remembered_recorder() == ""
    remember_recorder("Ali")
    assert remembered_recorder() == "Ali"


def test_the_command_line_takes_by_else_the_remembered_name_else_the_login(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(getpass, "getuser", lambda: "till2")
    assert command_line_recorder(None) == "till2"
    remember_recorder("Marta")
    assert command_line_recorder("") == "Marta"
    assert command_line_recorder(" Luis ") == "Luis"
