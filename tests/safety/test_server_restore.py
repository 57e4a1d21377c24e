"""Restore on a PostgreSQL server: later opt-outs and erasures hold, nothing half-done."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import AbstractContextManager, ExitStack
from pathlib import Path

import pytest
from sqlalchemy import URL, Connection, create_engine, text
from sqlalchemy.exc import DBAPIError, OperationalError

from optin_desk.cli import main
from optin_desk.storage.engine import Database
from tests.pg import PgServer

pytestmark = pytest.mark.postgresql_only  # SQLite's restore: test_restore

PIN = "482913"


@pytest.fixture
def url(database: Database, pg_server: PgServer) -> Iterator[str]:
    """The shop's database URL (the fixture's own connections closed), its PIN set; the
    databases a restore keeps are dropped afterwards."""
    location = database.url.render_as_string(hide_password=False)
    database.dispose()
    assert main(["--db", location, "pin", PIN]) == 0
    yield location
    for name in databases(pg_server):
        if name.startswith(f"{database.url.database}_replaced_"):
            pg_server.drop_database(name)


def databases(server: PgServer) -> set[str]:
    engine = create_engine(server.url("postgres"))
    try:
        with engine.connect() as connection:
            return set(connection.execute(text("SELECT datname FROM pg_database")).scalars())
    finally:
        engine.dispose()


def run(capsys: pytest.CaptureFixture[str], url: str, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", url, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def consent(capsys: pytest.CaptureFixture[str], url: str, number: str) -> dict[str, str]:
    code, out, _err = run(capsys, url, "status", number, "--json")
    assert code == 0
    result: dict[str, str] = json.loads(out)["consent"]
    return result


def events(capsys: pytest.CaptureFixture[str], url: str) -> str:
    """What verify says of the records themselves (not the checkpoint log of this computer,
    which is named after the live database)."""
    code, out, _err = run(capsys, url, "verify")
    assert code == 0
    return "\n".join(line for line in out.splitlines() if " found in " not in line)


def dump_of(capsys: pytest.CaptureFixture[str], url: str, folder: Path) -> Path:
    folder.mkdir()
    assert run(capsys, url, "--pin", PIN, "backup", str(folder))[0] == 0
    (dump,) = folder.glob("*.pgdump")
    return dump


def test_a_restore_keeps_a_later_opt_out_and_an_erasure(
    capsys: pytest.CaptureFixture[str], url: str, pg_server: PgServer, tmp_path: Path
) -> None:
    run(capsys, url, "optin", "07911123456", "--scope", "orders", "--scope", "offers",
        "--method", "in_person", "--name", "Ann Lee")  # fmt: skip
    run(capsys, url, "optin", "07911123477", "--scope", "all", "--method", "in_person",
        "--name", "Zelda Quixote")  # fmt: skip
    dump = dump_of(capsys, url, tmp_path / "stick")
    run(capsys, url, "optout", "07911123456", "--scope", "offers", "--method", "phone_call")
    run(capsys, url, "optout", "07400123456", "--scope", "all", "--method", "whatsapp_reply")
    run(capsys, url, "optin", "07911123499", "--scope", "orders", "--method", "in_person")
    assert run(capsys, url, "--pin", PIN, "erase", "07911123477")[0] == 0
    before = events(capsys, url)

    code, _out, err = run(capsys, url, "restore", str(dump))
    assert (code, err.count("\n")) == (2, 1)
    assert "owner PIN" in err
    code, said, err = run(capsys, url, "--pin", PIN, "restore", str(dump))
    assert code == 0, err
    assert "would be lost: 1 opt-in" in said
    assert "re-applied after the restore: 2 opt-outs, 1 erasure;" in said

    assert consent(capsys, url, "07911123456") == {
        "orders": "opted_in",
        "delivery": "none",
        "offers": "opted_out",
    }
    assert set(consent(capsys, url, "07400123456").values()) == {"opted_out"}
    assert consent(capsys, url, "07911123499")["orders"] == "none"  # the backup's past
    code, out, _ = run(capsys, url, "history", "07911123456", "--json")
    notes = [event["note"] for event in json.loads(out)]
    assert any(f"re-applied after a restore from {dump.name}" in n for n in notes)
    listing = tmp_path / "list.csv"
    listing.write_text("phone\n07911123477\n07911123456\n", encoding="utf-8")
    code, out, _ = run(capsys, url, "check", str(listing), "--category", "offers", "--json")
    assert json.loads(out)["counts"]["opted_out"] == 2  # the erased person stays blocked
    assert "Zelda" not in run(capsys, url, "history", "07911123477")[1]
    events(capsys, url)
    code, _out, err = run(capsys, url, "pin", "111111")
    assert code == 2  # the PIN still guards the records

    live = url.split("@/")[1].split("?")[0]
    (kept,) = [n for n in databases(pg_server) if n.startswith(f"{live}_replaced_")]
    assert f"The replaced records are kept in {kept}" in said
    assert events(capsys, pg_server.url(kept)) == before  # the replaced records, whole
    assert not [n for n in databases(pg_server) if n.startswith("optin_desk_restoring_")]


def left_over(server: PgServer) -> list[str]:
    """Scratch databases a restore left behind (there must be none)."""
    return sorted(n for n in databases(server) if n.startswith("optin_desk_restoring_"))


def test_a_dry_run_changes_nothing(
    capsys: pytest.CaptureFixture[str], url: str, pg_server: PgServer, tmp_path: Path
) -> None:
    dump = dump_of(capsys, url, tmp_path / "stick")
    run(capsys, url, "optin", "07911123456", "--scope", "orders", "--method", "in_person")
    run(capsys, url, "optout", "07911123456", "--scope", "orders", "--method", "phone_call")
    before, names = events(capsys, url), databases(pg_server)
    code, out, err = run(capsys, url, "restore", str(dump), "--dry-run")
    assert code == 0, err
    assert "would be lost: 1 opt-in" in out
    assert "re-applied after the restore: 1 opt-out, 0 erasures" in out
    assert "Nothing was changed" in out
    assert consent(capsys, url, "07911123456")["orders"] == "opted_out"
    assert events(capsys, url) == before
    assert databases(pg_server) == names  # no scratch left, nothing renamed


@pytest.mark.parametrize("damage", ["cut", "not a dump"])
def test_a_damaged_dump_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str],
    url: str,
    pg_server: PgServer,
    tmp_path: Path,
    damage: str,
) -> None:
    dump = dump_of(capsys, url, tmp_path / "stick")
    run(capsys, url, "optin", "07911123456", "--scope", "orders", "--method", "in_person")
    if damage == "cut":
        data = dump.read_bytes()
        dump.write_bytes(data[: len(data) // 2])
    else:
        dump.write_text("phone\n07911123456\n", encoding="utf-8")
    before, names = events(capsys, url), databases(pg_server)
    for argv in (["restore", str(dump)], ["restore", str(dump), "--dry-run"]):
        code, _out, err = run(capsys, url, "--pin", PIN, *argv)
        assert code == 2
        assert err.count("\n") == 1
        assert err.startswith(f"optin-desk restore: {dump.name} is not a sound dump")
        assert err.endswith("nothing was changed\n")
    assert events(capsys, url) == before
    assert consent(capsys, url, "07911123456")["orders"] == "opted_in"
    assert databases(pg_server) == names


def test_the_live_database_is_untouched_when_re_applying_fails(
    capsys: pytest.CaptureFixture[str],
    url: str,
    pg_server: PgServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from optin_desk.services import restore_reapply

    def lost(*_args: object, **_kwargs: object) -> None:
        raise OperationalError("INSERT", {}, Exception("server closed the connection"))

    dump = dump_of(capsys, url, tmp_path / "stick")
    run(capsys, url, "optin", "07911123456", "--scope", "orders", "--method", "in_person")
    run(capsys, url, "optout", "07911123456", "--scope", "orders", "--method", "phone_call")
    before, names = events(capsys, url), databases(pg_server)
    monkeypatch.setattr(restore_reapply, "append_events", lost)
    code, _out, err = run(capsys, url, "--pin", PIN, "restore", str(dump))
    assert code == 2
    assert err == (
        "optin-desk restore: the restore failed (server closed the connection); "
        "the records were left as they were\n"
    )
    assert events(capsys, url) == before
    assert consent(capsys, url, "07911123456")["orders"] == "opted_out"
    assert databases(pg_server) == names  # the scratch copy dropped, nothing renamed


def test_others_connected_are_refused_unless_forced(
    capsys: pytest.CaptureFixture[str], url: str, pg_server: PgServer, tmp_path: Path
) -> None:
    dump = dump_of(capsys, url, tmp_path / "stick")
    run(capsys, url, "optout", "07911123456", "--scope", "all", "--method", "phone_call")
    before, names = events(capsys, url), databases(pg_server)
    other = create_engine(url)  # another computer's window, its connection open
    try:
        with other.connect() as connection:
            code, _out, err = run(capsys, url, "--pin", PIN, "restore", str(dump))
            assert code == 2
            assert err == (
                "optin-desk restore: 1 other connection is open to the records (a window "
                "on another computer?): close it and try again, or give --force to "
                "disconnect it; nothing was changed\n"
            )
            assert connection.execute(text("SELECT count(*) FROM consent_events")).scalar()
            assert events(capsys, url) == before
            assert databases(pg_server) == names
            code, out, err = run(capsys, url, "--pin", PIN, "restore", str(dump), "--force")
            assert code == 0, err
            assert "Disconnecting 1 other connection to the records (--force)" in out
            with pytest.raises(OperationalError):
                connection.execute(text("SELECT 1"))  # the server ended it
    finally:
        other.dispose()
    assert set(consent(capsys, url, "07911123456").values()) == {"opted_out"}
    assert left_over(pg_server) == []


def test_a_computers_role_that_does_not_own_the_records_is_told_in_one_line(
    capsys: pytest.CaptureFixture[str], url: str, pg_server: PgServer, tmp_path: Path
) -> None:
    dump = dump_of(capsys, url, tmp_path / "stick")
    live = url.split("@/")[1].split("?")[0]
    pg_server.admin("DROP ROLE IF EXISTS clerk", "CREATE ROLE clerk LOGIN CREATEDB")
    try:
        engine = create_engine(url, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as connection:
                connection.execute(text("GRANT ALL ON ALL TABLES IN SCHEMA public TO clerk"))
                connection.execute(text("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO clerk"))
        finally:
            engine.dispose()
        names = databases(pg_server)
        code, _out, err = run(capsys, pg_server.url(live, "clerk"), "--pin", PIN, "restore",
                              str(dump))  # fmt: skip
        assert code == 2
        assert err == (
            "optin-desk restore: restoring on a server is for the records' owner role (it owns "
            "the database and may create databases): run it with the owner's URL; nothing was "
            "changed\n"
        )
        assert databases(pg_server) == names
    finally:
        engine = create_engine(url, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as connection:
                connection.execute(text("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM clerk"))
                connection.execute(text("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM clerk"))
        finally:
            engine.dispose()
        pg_server.admin("DROP ROLE clerk")


def database_rights(server: PgServer, name: str) -> tuple[str, set[tuple[str, str]]]:
    """The owner of database `name` and who may do what on it."""
    engine = create_engine(server.url("postgres"))
    try:
        with engine.connect() as connection:
            owner = connection.execute(
                text("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = :n"),
                {"n": name},
            ).scalar_one()
            rights = connection.execute(
                text(
                    "SELECT a.grantee::regrole::text, a.privilege_type FROM pg_database d, "
                    "aclexplode(d.datacl) a WHERE d.datname = :n"
                ),
                {"n": name},
            ).all()
    finally:
        engine.dispose()
    return str(owner), {(str(g), str(p)) for g, p in rights}


def test_the_restored_database_keeps_its_owner_rights_and_append_only_guard(
    capsys: pytest.CaptureFixture[str], url: str, pg_server: PgServer, tmp_path: Path
) -> None:
    live = url.split("@/")[1].split("?")[0]
    pg_server.admin(
        "DROP ROLE IF EXISTS shop_owner",
        "CREATE ROLE shop_owner LOGIN",
        f'ALTER DATABASE "{live}" OWNER TO shop_owner',
        f'REVOKE ALL ON DATABASE "{live}" FROM PUBLIC',
        f'GRANT CONNECT ON DATABASE "{live}" TO shop_owner',
    )
    try:
        run(capsys, url, "optin", "07911123456", "--scope", "orders", "--method", "in_person")
        dump = dump_of(capsys, url, tmp_path / "stick")
        before = database_rights(pg_server, live)
        code, _out, err = run(capsys, url, "--pin", PIN, "restore", str(dump))
        assert code == 0, err
        assert database_rights(pg_server, live) == before
        assert before[0] == "shop_owner"
        engine = create_engine(url)
        try:
            with engine.connect() as connection:
                owner = connection.execute(
                    text("SELECT tableowner FROM pg_tables WHERE tablename = 'consent_events'")
                ).scalar_one()
                assert owner == "shop_owner"
                with pytest.raises(
                    DBAPIError, match="consent events are append-only: UPDATE refused"
                ):
                    connection.execute(text("UPDATE consent_events SET method = 'import'"))
        finally:
            engine.dispose()
    finally:
        for name in databases(pg_server):
            if name.startswith(live):  # the records and the replaced ones: the role's tables
                pg_server.drop_database(name)
        pg_server.admin("DROP ROLE shop_owner")


def test_a_save_that_holds_the_records_too_long_fails_the_restore_cleanly(
    capsys: pytest.CaptureFixture[str],
    url: str,
    pg_server: PgServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from optin_desk.services import server_restore as service
    from optin_desk.storage import engine as records_engine
    from optin_desk.storage import server_restore

    dump = dump_of(capsys, url, tmp_path / "stick")
    before, names = events(capsys, url), databases(pg_server)
    monkeypatch.setattr(server_restore, "LOCK_WAIT_MS", 200)
    writer = create_engine(url)
    saving = ExitStack()
    held = service.writers_held

    def after_a_save_started(live: URL) -> AbstractContextManager[Connection]:
        connection = saving.enter_context(writer.begin())  # on another computer, just before
        connection.execute(
            text("SELECT pg_advisory_xact_lock(:key)"), {"key": records_engine.WRITERS_LOCK_KEY}
        )
        return held(live)

    monkeypatch.setattr(service, "writers_held", after_a_save_started)
    try:
        with saving:
            code, _out, err = run(capsys, url, "--pin", PIN, "restore", str(dump))
    finally:
        writer.dispose()
    assert code == 2
    assert err == (
        "optin-desk restore: a save on another computer held the records too long; try the "
        "restore again in a moment; the records were left as they were\n"
    )
    assert events(capsys, url) == before
    assert databases(pg_server) == names


def test_another_shops_dump_is_refused_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], url: str, pg_server: PgServer, tmp_path: Path
) -> None:
    other = pg_server.url(pg_server.new_database())
    try:
        assert run(capsys, other, "init", "--business", "Bob's Bikes", "--country", "GB")[0] == 0
        run(capsys, other, "optin", "07911123456", "--scope", "all", "--method", "in_person")
        dump = dump_of(capsys, other, tmp_path / "stick")
    finally:
        pg_server.drop_database(other.split("@/")[1].split("?")[0])
    run(capsys, url, "optout", "07911123456", "--scope", "offers", "--method", "phone_call")
    before, names = events(capsys, url), databases(pg_server)
    code, out, err = run(capsys, url, "--pin", PIN, "restore", str(dump))
    assert code == 2
    assert "NOT a copy of these records" in out
    assert err.startswith("optin-desk restore: the backup is not a copy of these records")
    assert err.count("\n") == 1
    assert events(capsys, url) == before
    assert databases(pg_server) == names
