"""The list reader's caps, line breaks, delimiter guess, mixed encodings and NUL bytes."""

from __future__ import annotations

import hashlib
import io
import os
import threading
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from optin_desk.documents import bounded, lists, replies_in, xlsx_in
from optin_desk.documents.lists import ListError, read_list, read_pasted, read_stream


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def numbers(count: int) -> list[str]:
    return [f"07911 {123000 + i}" for i in range(count)]


def test_a_cell_over_64_kib_is_one_clear_error(tmp_path: Path) -> None:
    path = write(tmp_path, "l.csv", b"Name,Phone\n" + b"A" * 140_000 + b",07911123456\n")
    with pytest.raises(ListError, match="longer than 64 KiB"):
        read_list(path)
    quoted = b'Name,Phone\n"' + b"A\n" * 40_000 + b'",07911123456\n'  # one cell, many lines
    with pytest.raises(ListError, match="longer than 64 KiB"):
        read_list(write(tmp_path, "q.csv", quoted))


def test_a_big_file_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lists, "MAX_LIST_BYTES", 1000)
    path = write(tmp_path, "l.csv", b"Phone\n" + b"07911123456\n" * 100)
    with pytest.raises(ListError, match="at most 0 MB"):
        read_list(path)


def test_standard_input_stops_at_the_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bounded, "MAX_BYTES", 100_000)
    endless = io.BytesIO(b"Phone\n" + b"07911123456\n" * 50_000)
    with pytest.raises(ListError, match="standard input holds more than"):
        read_stream(endless, "standard input")
    assert endless.tell() < 400_000  # it stopped reading soon after the cap


def test_rows_columns_and_lines_are_capped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    wide = write(tmp_path, "w.csv", (",".join(["x"] * 1001) + "\n").encode() * 2)
    with pytest.raises(ListError, match="more than 1000 columns"):
        read_list(wide)
    monkeypatch.setattr(bounded, "MAX_ROWS", 10)
    data = "Phone\n" + "\n".join(numbers(10)) + "\n"
    assert len(read_list(write(tmp_path, "ten.csv", data.encode())).rows) == 10
    data = "Phone\n" + "\n".join(numbers(11)) + "\n"
    with pytest.raises(ListError, match="more than 10 rows"):
        read_list(write(tmp_path, "eleven.csv", data.encode()))
    monkeypatch.setattr(bounded, "MAX_LINE", 1000)
    monkeypatch.setattr(bounded, "CHUNK", 256)
    with pytest.raises(ListError, match="longer than"):
        read_list(write(tmp_path, "line.csv", b"Phone," + b"x" * 5000 + b"\n07911123456\n"))


def test_the_sha256_is_made_while_reading(tmp_path: Path) -> None:
    data = "Name;Phone\r\n" + "".join(f"N{i};{n}\r\n" for i, n in enumerate(numbers(50)))
    path = write(tmp_path, "l.csv", data.encode("cp1252"))
    table, _ = lists.read_table(path)
    assert table is not None
    assert table.digest == hashlib.sha256(path.read_bytes()).hexdigest()
    assert read_list(path).digest == table.digest


def test_a_few_cells_with_tabs_or_line_separators_keep_the_delimiter(tmp_path: Path) -> None:
    lines = ["Name,Phone"]
    for index, number in enumerate(numbers(40)):
        name = f"Customer {index}"
        if index % 10 == 1:
            name = f"Ann\tLee {index}"
        elif index % 10 == 2:
            name = f"Bo\u2028Chen {index}"
        elif index % 10 == 3:
            name = f"Cy\x0cDee {index}"
        lines.append(f"{name},{number}")
    result = read_list(write(tmp_path, "l.csv", ("\n".join(lines) + "\n").encode()))
    assert result.delimiter == ","
    assert result.phone_column == "Phone"
    assert [r.input for r in result.rows] == numbers(40)
    assert result.rows[2].name == "Bo\u2028Chen 2"
    first_line_tab = "Name\tx,Phone\n" + "\n".join(f"N,{n}" for n in numbers(30))
    assert read_pasted(first_line_tab).rows[0].input == numbers(1)[0]


def test_semicolons_win_over_commas_inside_names(tmp_path: Path) -> None:
    data = "Name;Phone\n" + "".join(f"Lee, Ann {i};{n}\n" for i, n in enumerate(numbers(20)))
    result = read_list(write(tmp_path, "l.csv", data.encode()))
    assert result.delimiter == ";"
    assert result.rows[3].name == "Lee, Ann 3"


def test_a_list_mixing_utf8_and_cp1252_lines_reads_both_right(tmp_path: Path) -> None:
    data = (
        b"Name,Phone\n"
        + "José Núñez,07911123456\n".encode()
        + "Jürgen Müller,07911123457\n".encode("cp1252")
        + "Zoë “Zed” Ørsted,07911123458\n".encode()
        + "François Čech€,07911123459\n".encode("cp1252", errors="replace")
    )
    result = read_list(write(tmp_path, "mixed.csv", data))
    assert [r.name for r in result.rows] == [
        "José Núñez",
        "Jürgen Müller",
        "Zoë “Zed” Ørsted",
        "François ?ech€",
    ]
    assert result.encoding == "utf-8+cp1252"
    only = read_list(write(tmp_path, "cp.csv", "Name,Phone\nMüller,07911123456\n".encode("cp1252")))
    assert (only.encoding, only.rows[0].name) == ("cp1252", "Müller")
    assert lists.decode_bytes(data)[0].splitlines()[2] == "Jürgen Müller,07911123457"


def test_old_mac_line_ends_and_crlf_across_pieces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mac = write(tmp_path, "mac.csv", ("Name,Phone\r" + "\r".join(numbers(5))).encode())
    assert len(read_list(mac).rows) == 5
    monkeypatch.setattr(bounded, "CHUNK", 7)
    data = "Name;Phone\r\n" + "".join(f"Ann é {i};{n}\r\n" for i, n in enumerate(numbers(30)))
    result = read_list(write(tmp_path, "crlf.csv", data.encode()))
    assert [r.input for r in result.rows] == numbers(30)
    assert result.rows[29].name == "Ann é 29"


def test_nul_bytes_are_refused_in_files_and_dropped_from_pasted_text(tmp_path: Path) -> None:
    path = write(tmp_path, "l.csv", b"Name,Phone\nAnn\x00Lee,07911123456\n")
    with pytest.raises(ListError, match="NUL"):
        read_list(path)
    with pytest.raises(ListError, match="NUL"):
        read_stream(io.BytesIO(b"Phone\n07911\x00123456\n"), "standard input")
    assert read_pasted("Name,Phone\nAnn\x00Lee,07911123456\n").rows[0].name == "AnnLee"


def test_a_vcard_file_is_read_in_a_stream(tmp_path: Path) -> None:
    cards = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann {i}\r\nTEL:{n}\r\nEND:VCARD\r\n"
        for i, n in enumerate(numbers(3))
    )
    result = read_stream(io.BytesIO(cards.encode()), "standard input")
    assert [r.input for r in result.rows] == numbers(3)
    assert result.digest == hashlib.sha256(cards.encode()).hexdigest()


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_a_zip_bomb_is_refused_before_it_is_inflated(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"<" * (3 * 1024 * 1024))
    assert bomb.stat().st_size < 20_000
    with pytest.raises(ListError, match="zip bomb"):
        read_list(bomb)
    renamed = write(tmp_path, "bomb.csv", bomb.read_bytes())  # a workbook by its content
    with pytest.raises(ListError, match="zip bomb"):
        read_list(renamed)
    with pytest.raises(ListError, match="zip file"):
        read_stream(io.BytesIO(bomb.read_bytes()), "standard input")


def test_workbook_rows_and_columns_are_capped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    far = _workbook(tmp_path / "far.xlsx", [["Phone"], ["07911123456"]])
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Phone"])
    sheet.append(["07911123456"])
    sheet.cell(row=2, column=16_000).value = "x"
    book.save(far)
    with pytest.raises(ListError, match="more than 1000 columns"):
        read_list(far)
    monkeypatch.setattr(xlsx_in, "MAX_ROWS", 3)
    rows: list[list[object]] = [["Phone"], *([n] for n in numbers(4))]
    with pytest.raises(ListError, match="more than 3 rows"):
        read_list(_workbook(tmp_path / "many.xlsx", rows))
    assert len(read_list(_workbook(tmp_path / "three.xlsx", rows[:4])).rows) == 3


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    names=st.lists(st.text(max_size=12), min_size=1, max_size=12),
    chunk=st.integers(min_value=1, max_value=40),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "cp1256", "cp1251"]),
    ending=st.sampled_from(["\n", "\r\n", "\r"]),
)
def test_reading_in_small_pieces_gives_the_same_list(
    monkeypatch: pytest.MonkeyPatch,
    names: list[str],
    chunk: int,
    encoding: str,
    ending: str,
) -> None:
    rows = [f'"{n}";{p}' for n, p in zip(names, numbers(len(names)), strict=True)]
    text = ending.join(["Name;Phone", *rows])
    data = text.encode(encoding, errors="replace")
    try:
        whole = read_stream(io.BytesIO(data), "list")
    except ListError:
        return
    monkeypatch.setattr(bounded, "CHUNK", chunk * 2)
    pieces = read_stream(io.BytesIO(data), "list")
    assert pieces.rows == whole.rows
    assert pieces.digest == hashlib.sha256(data).hexdigest()


def test_a_batch_of_replies_is_capped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(replies_in, "MAX_REPLIES_BYTES", 1000)
    text = "+34 612 345 678: BAJA\n" * 100
    with pytest.raises(ListError, match="MB of replies"):
        replies_in.read_replies_file(write(tmp_path, "r.txt", text.encode()))
    with pytest.raises(ListError, match="MB of replies"):
        replies_in.read_replies_text(text)
    assert len(replies_in.read_replies_text(text[:990])) == 45


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_read_as_a_stream(tmp_path: Path) -> None:
    pipe = tmp_path / "list.csv"
    os.mkfifo(pipe)
    data = b"Name,Phone\nAnn,07911123456\n"

    def feed() -> None:
        with pipe.open("wb") as handle:
            handle.write(data)

    writer = threading.Thread(target=feed)
    writer.start()
    try:
        result = read_list(pipe)
    finally:
        writer.join(timeout=10)
    assert [(r.input, r.name) for r in result.rows] == [("07911123456", "Ann")]
    assert result.digest == hashlib.sha256(data).hexdigest()


def test_a_workbook_the_library_cannot_read_is_one_line_whatever_it_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    book = Workbook()
    book.active.append(["Phone"])
    path = tmp_path / "list.xlsx"
    book.save(path)

    def damaged(*_args: object, **_kwargs: object) -> None:
        raise ValueError("Unable to read workbook: bad manifest.\nThis is most probably ...")

    monkeypatch.setattr("openpyxl.load_workbook", damaged)
    with pytest.raises(ListError) as refused:
        read_list(path)
    assert str(refused.value) == (
        "list.xlsx could not be read as an Excel workbook: Unable to read workbook: bad manifest."
    )
