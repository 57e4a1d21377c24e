"""An erasure removed or lifted behind the program's back (an SQL edit of `erased_numbers`)
lets the number in again: `verify` names it and fails, in the shop's language."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from optin_desk.services.handle import open_records
from tests.command_line import CommandLine

ANA = "+34 612 100 001"


@pytest.fixture
def erased(command_line: CommandLine) -> CommandLine:
    command_line("init", "--business", "Tienda Luz", "--country", "ES", "--language", "es")
    command_line("optin", ANA, "--scope", "offers", "--method", "in_person")
    command_line("optin", "+34 612 100 002", "--scope", "offers", "--method", "in_person")
    command_line("erase", ANA)
    assert "ok:" in command_line("verify").out
    return command_line


def _edit(command_line: CommandLine, sql: str) -> None:
    """Change the records as an attacker with the database's own tools would."""
    records = open_records(str(command_line.db))
    try:
        with records.engine.begin() as connection:
            connection.execute(text(sql))
    finally:
        records.dispose()


def test_a_removed_erasure_is_named_and_fails_verify(erased: CommandLine) -> None:
    _edit(erased, "DELETE FROM erased_numbers")
    ran = erased("verify", expect=1)
    assert "was erased, but the erasure is no longer on record" in ran.out
    spanish = erased("--ui-language", "es", "verify", expect=1)
    assert "ya no consta" in spanish.out


def test_a_lift_without_the_persons_own_new_opt_in_fails_verify(erased: CommandLine) -> None:
    _edit(erased, "UPDATE erased_numbers SET lifted_at = erased_at, lifted_by_event_id = 2")
    ran = erased("verify", expect=1)
    assert "marked lifted by event 2, which is not the person's own new opt-in" in ran.out


def test_the_persons_own_new_opt_in_lifts_it_and_verify_holds(erased: CommandLine) -> None:
    erased("optin", ANA, "--scope", "offers", "--method", "in_person", "--lift-erasure")
    assert "ok:" in erased("verify").out
