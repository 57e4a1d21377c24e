"""`import --apply` cut off part way (the database server stopped after the first batch):
the message says how many rows were recorded and kept, and that running the same import
again adds the rest; it does again. Simulated on SQLite by failing the second batch."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.exc import OperationalError

import optin_desk.services.imports as imports
from tests.command_line import CommandLine

ROWS = [f"+34 612 100 0{n:02d};Persona {n};orders;opt_in;2026-09-01" for n in range(10, 15)]


@pytest.fixture
def crm(command_line: CommandLine, tmp_path: Path) -> Path:
    command_line("init", "--business", "Tienda Luz", "--country", "ES", "--language", "es")
    source = tmp_path / "crm.csv"
    source.write_text("\n".join(["phone;name;category;action;date", *ROWS]) + "\n", "utf-8")
    return source


def stop_the_server_at_the_second_batch(monkeypatch: pytest.MonkeyPatch, why: str) -> None:
    monkeypatch.setattr(imports, "BATCH", 2)  # five rows: batches of 2, 2 and 1
    real = imports.bulk_add
    calls: list[int] = []

    def bulk_add(*args: Any, **kwargs: Any) -> int:
        calls.append(1)
        if len(calls) == 2:
            raise OperationalError("INSERT INTO contacts", {}, Exception(why))
        return real(*args, **kwargs)

    monkeypatch.setattr(imports, "bulk_add", bulk_add)


def test_a_server_lost_part_way_says_what_was_kept_and_a_rerun_adds_the_rest(
    command_line: CommandLine, crm: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stop_the_server_at_the_second_batch(monkeypatch, "server closed the connection unexpectedly")
    said = command_line("import", str(crm), "--apply", expect=2).err
    assert "lost part way through the import: 2 of 5 rows were recorded" in said
    assert "run the same import again: it adds only the rows still missing" in said
    assert "whole or not at all" not in said
    assert "nothing was recorded" not in said
    monkeypatch.undo()
    kept = [command_line.status(row.split(";")[0])["consent"]["orders"] for row in ROWS]
    assert kept == ["opted_in"] * 2 + ["none"] * 3
    dry = command_line("import", str(crm)).out
    assert "3 to add, 0 skipped (would undo an opt-out), 2 already recorded" in dry
    assert "Imported 3 records" in command_line("import", str(crm), "--apply").out
    kept = [command_line.status(row.split(";")[0])["consent"]["orders"] for row in ROWS]
    assert kept == ["opted_in"] * 5


def test_in_spanish_and_for_another_failure_too(
    command_line: CommandLine, crm: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stop_the_server_at_the_second_batch(monkeypatch, "server closed the connection unexpectedly")
    said = command_line("--ui-language", "es", "import", str(crm), "--apply", expect=2).err
    assert "se anotaron 2 de 5 filas" in said
    assert "lost" not in said
    monkeypatch.undo()
    stop_the_server_at_the_second_batch(monkeypatch, "database or disk is full")
    said = command_line("import", str(crm), "--apply", expect=2).err
    assert "the import stopped part way through (database or disk is full): 2 of 3 rows" in said
