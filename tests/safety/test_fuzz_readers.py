"""Every malformed input is one clear line, never a traceback: lists from standard input,
workbooks, vCards and replies; backups; the owner-PIN settings."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy.orm import Session

from optin_desk import cli
from optin_desk.documents import bounded
from optin_desk.documents.lists import ListError, read_list, read_stream
from optin_desk.documents.replies_in import read_replies_file, read_replies_text
from optin_desk.services import owner
from optin_desk.services.backups import check_records_file, make_backup
from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.services.errors import InputError
from optin_desk.services.owner import FAILURES_KEY, PIN_KEY, require_owner, set_owner_pin
from optin_desk.services.profile import BusinessSetup, create_business
from optin_desk.services.shop_texts import put_setting
from optin_desk.storage.engine import open_database

FUNCTION_FIXTURES = [HealthCheck.function_scoped_fixture]


@pytest.fixture(scope="module")
def backup_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A sound backup of a small shop's records."""
    folder = tmp_path_factory.mktemp("backup")
    database = open_database(str(folder / "records.sqlite3"))
    try:
        with database.sessions() as session:
            create_business(session, BusinessSetup(name="Shop", country="GB", senders=()))
        for index in range(5):
            with database.sessions() as session:
                record_opt_in(
                    session,
                    OptInRequest(phone=f"0791112345{index}", scopes=["orders"], method="sms"),
                    database.evidence_dir,
                )
        return make_backup(database, folder / "backup.sqlite3").path.read_bytes()
    finally:
        database.dispose()


@pytest.fixture(scope="module")
def workbook_bytes() -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (["Name", "Phone"], ["Ann", "07911123456"], ["Bo", 447911123457]):
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def refused_or_read(path: Path) -> None:
    """Checking a backup file either passes or says in one line why not."""
    try:
        events, head = check_records_file(path)
    except InputError as error:
        assert str(error)  # noqa: PT017 (either outcome is fine; a crash is not)
        assert "\n" not in str(error)  # noqa: PT017
    else:
        assert events >= 0
        assert len(head) == 64


def test_six_kinds_of_damaged_backup_are_one_line(backup_bytes: bytes, tmp_path: Path) -> None:
    page = int.from_bytes(backup_bytes[16:18], "big")
    wrong_page = bytearray(backup_bytes)
    wrong_page[page * 2 : page * 2 + 300] = os.urandom(300)
    other = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(other)) as raw:
        raw.execute("CREATE TABLE t (x)")
        raw.commit()
    cases = {
        "truncated": backup_bytes[: len(backup_bytes) // 2],
        "garbage header": os.urandom(100) + backup_bytes[100:],
        "header only": backup_bytes[:100],
        "zero length": b"",
        "wrong page": bytes(wrong_page),
        "wrong page size": backup_bytes[:16] + b"\x03\xe8" + backup_bytes[18:],
    }
    for name, data in cases.items():
        path = tmp_path / f"{name}.sqlite3"
        path.write_bytes(data)
        with pytest.raises(InputError) as caught:
            check_records_file(path)
        assert "\n" not in str(caught.value), name
    folder = tmp_path / "folder.sqlite3"
    folder.mkdir()
    with pytest.raises(InputError, match="is a folder"):
        check_records_file(folder)
    if hasattr(os, "mkfifo"):
        pipe = tmp_path / "pipe.sqlite3"
        os.mkfifo(pipe)
        with pytest.raises(InputError, match="not a file"):
            check_records_file(pipe)
    with pytest.raises(InputError, match="not an OptIn Desk database"):
        check_records_file(other)


@settings(max_examples=40, deadline=None, suppress_health_check=FUNCTION_FIXTURES)
@given(
    cut=st.floats(min_value=0, max_value=1),
    flips=st.lists(
        st.tuples(st.floats(min_value=0, max_value=1), st.binary(min_size=1, max_size=64)),
        max_size=4,
    ),
)
def test_a_damaged_backup_is_refused_in_one_line(
    backup_bytes: bytes, tmp_path: Path, cut: float, flips: list[tuple[float, bytes]]
) -> None:
    data = bytearray(backup_bytes)
    for where, replacement in flips:
        start = int(where * (len(data) - 1))
        data[start : start + len(replacement)] = replacement
    if cut < 0.5:
        data = data[: int(cut * 2 * len(data))]
    path = tmp_path / "damaged.sqlite3"
    path.write_bytes(bytes(data))
    refused_or_read(path)
    for extra in ("-wal", "-shm", "-journal"):
        Path(str(path) + extra).unlink(missing_ok=True)


json_leaves = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8)
)
json_lists = st.lists(json_leaves, max_size=3)
json_values = (
    json_leaves | json_lists | st.dictionaries(st.text(max_size=5), json_leaves | json_lists)
)
pin_records = st.fixed_dictionaries(
    {
        "salt": st.text("0123456789abcdefxyz", max_size=8) | json_values,
        "n": st.sampled_from([2, 3, 1024, 16384, 2**20, 0, -1]) | json_values,
        "r": st.integers(-1, 16) | json_values,
        "p": st.integers(-1, 4) | json_values,
        "hash": st.text(max_size=8) | json_values,
    }
).map(json.dumps)
failure_records = st.fixed_dictionaries(
    {"count": st.integers(-3, 10) | json_values, "until": st.text(max_size=30) | json_values}
).map(json.dumps)


@pytest.mark.skipif(
    not hasattr(owner, "read_pin_record"),
    reason="the damaged-PIN guard comes with the PIN rewrite (read_pin_record, on main)",
)
@settings(max_examples=80, deadline=None, suppress_health_check=FUNCTION_FIXTURES)
@given(
    stored=st.text(max_size=40) | json_values.map(json.dumps) | pin_records,
    failures=st.just("") | st.text(max_size=30) | failure_records,
)
def test_damaged_owner_pin_settings_are_one_line_and_never_let_anyone_in(
    session: Session, stored: str, failures: str
) -> None:
    # PostgreSQL's text holds no NUL at all: that damage cannot be made there
    assume(session.get_bind().dialect.name == "sqlite" or "\x00" not in stored + failures)
    put_setting(session, PIN_KEY, stored)
    put_setting(session, FAILURES_KEY, failures)
    session.commit()
    try:
        require_owner(session, "246810")
    except InputError as error:
        assert "\n" not in str(error)  # noqa: PT017 (refused in one line, or no PIN at all)
    else:
        assert not stored  # only "no PIN at all" lets anyone in
    session.rollback()


def test_a_sound_pin_still_works_beside_the_damage_guard(session: Session) -> None:
    assert set_owner_pin(session, "246810", None)
    require_owner(session, "246810")
    with pytest.raises(InputError, match="wrong owner PIN"):
        require_owner(session, "135790")


def reads_or_refuses(read: object) -> None:
    assert callable(read)
    try:
        read()
    except ListError as error:
        assert str(error)  # noqa: PT017 (either outcome is fine; a crash is not)
        assert "\n" not in str(error)  # noqa: PT017


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=3000))
def test_any_bytes_on_standard_input_read_or_are_refused(data: bytes) -> None:
    reads_or_refuses(lambda: read_stream(io.BytesIO(data), "standard input"))


@settings(max_examples=80, deadline=None, suppress_health_check=FUNCTION_FIXTURES)
@given(
    flips=st.lists(
        st.tuples(st.floats(min_value=0, max_value=1), st.binary(min_size=1, max_size=16)),
        min_size=1,
        max_size=4,
    ),
    cut=st.floats(min_value=0, max_value=1),
)
def test_a_damaged_workbook_reads_or_is_refused(
    workbook_bytes: bytes, tmp_path: Path, flips: list[tuple[float, bytes]], cut: float
) -> None:
    data = bytearray(workbook_bytes)
    for where, replacement in flips:
        start = int(where * (len(data) - 1))
        data[start : start + len(replacement)] = replacement
    if cut < 0.3:
        data = data[: int(cut * 3 * len(data))]
    path = tmp_path / "list.xlsx"
    path.write_bytes(bytes(data))
    reads_or_refuses(lambda: read_list(path))
    reads_or_refuses(lambda: read_replies_file(path))


@settings(max_examples=100, deadline=None, suppress_health_check=FUNCTION_FIXTURES)
@given(
    data=st.binary(max_size=2000),
    suffix=st.sampled_from([".vcf", ".csv", ".txt", ".xlsx"]),
)
def test_any_bytes_as_cards_replies_or_a_workbook_read_or_are_refused(
    tmp_path: Path, data: bytes, suffix: str
) -> None:
    path = tmp_path / f"file{suffix}"
    path.write_bytes(data)
    reads_or_refuses(lambda: read_list(path))
    reads_or_refuses(lambda: read_replies_file(path))


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=800))
def test_any_pasted_replies_read_or_are_refused(text: str) -> None:
    reads_or_refuses(lambda: read_replies_text(text))


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


@pytest.fixture
def shop_db(tmp_path: Path) -> str:
    path = tmp_path / "shop.sqlite3"
    assert cli.main(["--db", str(path), "init", "--business", "Shop", "--country", "GB"]) == 0
    return str(path)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"Phone\n" + b"07911123456\n" * 20_000, "standard input holds more than"),
        (b"Phone\n" + b"7" * 150_000, "longer than"),
        (b"Phone\n079\x00123\n", "NUL"),
        (b"PK\x03\x04" + b"\x00" * 100, "zip file"),
        (b'Name,Phone\n"' + b"A" * 70_000 + b'",07911123456\n', "longer than 64 KiB"),
    ],
)
def test_check_from_standard_input_ends_in_one_line_and_exit_2(
    shop_db: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    data: bytes,
    reason: str,
) -> None:
    monkeypatch.setattr(bounded, "MAX_BYTES", 200_000)
    monkeypatch.setattr(bounded, "MAX_LINE", 100_000)
    monkeypatch.setattr(sys, "stdin", _Stdin(data))
    capsys.readouterr()
    assert cli.main(["--db", shop_db, "check", "-", "--category", "offers"]) == 2
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1
    assert reason in captured.err
    with closing(sqlite3.connect(shop_db)) as raw:
        assert raw.execute("SELECT count(*) FROM checks").fetchone() == (0,)


def test_a_column_name_with_a_line_break_is_named_on_one_line() -> None:
    with pytest.raises(ListError) as refused:
        read_stream(io.BytesIO(b'"\x01\n\x01'), "standard input")
    assert "\n" not in str(refused.value)
    assert "\\u0001\\n\\u0001" in str(refused.value)
