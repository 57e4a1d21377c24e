"""Smaller points of issue 11: `verify --head` as printed, an erasure on a full disk."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from optin_desk.services import erasure
from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.services.contacts import contact_status
from optin_desk.services.erasure import erase_contact
from optin_desk.services.erasure_files import Finished
from optin_desk.storage.engine import Database
from tests.safety.cli_run import shop


def test_verify_head_takes_the_head_as_the_app_prints_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = shop(tmp_path, capsys)
    run("optin", "07911 123456", "--scope", "offers", "--method", "in_person")
    earlier = run("verify").out.splitlines()[0].split()[-1]
    run("optin", "07911 123457", "--scope", "offers", "--method", "in_person")
    for written in (earlier, earlier[:12], earlier.upper(), earlier[:20].upper(), f" {earlier} "):
        assert run("verify", "--head", written).out.startswith("ok: 5 events"), (
            written
        )  # 3 kinds, 2
    assert "broken" in run("verify", "--head", "0123456789ab", expect=1).out
    for bad in (earlier[:11], "z" * 12, earlier[:12] + "-"):
        refused = run("verify", "--head", bad, expect=2)
        assert refused.out == ""
        assert len(refused.err.strip().splitlines()) == 1
        assert "at least 12" in refused.err


class _FullDisk:
    """A DBAPI connection whose VACUUM finds the disk full."""

    def __init__(self, real: sqlite3.Connection) -> None:
        self.real = real

    def execute(self, sql: str) -> Any:
        if sql == "VACUUM":
            raise sqlite3.OperationalError("database or disk is full")
        return self.real.execute(sql)


def full_disk_at_vacuum(database: Database) -> Database:
    class Engine:
        @contextmanager
        def connect(self) -> Iterator[Any]:
            with database.engine.connect() as connection:
                real = connection.connection.driver_connection
                yield SimpleNamespace(connection=SimpleNamespace(driver_connection=_FullDisk(real)))

    return dataclasses.replace(database, engine=Engine())  # type: ignore[arg-type]


@pytest.mark.sqlite_only  # the SQLite file itself
def test_a_failed_wipe_after_an_erasure_is_reported_not_raised(database: Database) -> None:
    with database.sessions() as session:
        record_opt_in(
            session,
            OptInRequest(phone="07911 123456", scopes=["offers"], method="in_person", name="Zed"),
            database.evidence_dir,
        )
    with database.sessions() as session:
        done = erase_contact(session, "07911 123456", "Owner", full_disk_at_vacuum(database))
    assert done.wipe_problem == "database or disk is full"
    assert done.events_kept == 1
    with database.sessions() as session:
        assert contact_status(session, "07911 123456").known is False  # the erasure stands
        again = erase_contact(session, "07911 123456", "Owner", database)
    assert again.already
    assert again.wipe_problem == ""
    assert database.sqlite_path is not None
    assert b"Zed" not in database.sqlite_path.read_bytes()


def test_the_command_line_says_the_erasure_stands_and_the_wipe_failed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run = shop(tmp_path, capsys)
    run("optin", "07911 123456", "--scope", "offers", "--method", "in_person")
    with monkeypatch.context() as full_disk:  # only this: the test's folders stay as they are
        full_disk.setattr(
            erasure, "wipe_free_space", lambda *_args: Finished(problem="database or disk is full")
        )
        failed = run("erase", "07911 123456", expect=1)
    assert failed.out.startswith("Erased the name, number")
    lines = failed.err.strip().splitlines()
    assert len(lines) == 1
    assert "the erasure is recorded" in lines[0]
    assert "database or disk is full" in lines[0]
    assert "Traceback" not in failed.err
    again = run("erase", "07911 123456")
    assert "was erased on" in again.out
    assert "Wiped the freed space" in again.out
    assert "not on file" in run("erase", "07911 123999", expect=2).err
