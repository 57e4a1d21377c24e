"""What the command line prints and writes from user data: no terminal escapes, no NULs."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from optin_desk.documents.csv_out import write_csv
from optin_desk.domain.text import shown_controls, without_controls
from tests.safety.cli_run import shop

HOSTILE = "STOP \x1b[31mRED\x1b]0;title\x07 \x9b2J end\r"


def test_control_characters_are_written_out_not_sent_to_the_terminal() -> None:
    assert shown_controls("a\x1b[1mb") == "a\\u001b[1mb"
    assert shown_controls("tab\tand\nline") == "tab\tand\nline"
    assert shown_controls("\x9b\x7f\x00\r") == "\\u009b\\u007f\\u0000\\u000d"
    assert shown_controls("Zoë ‏عربي") == "Zoë ‏عربي"
    assert json.loads(json.dumps(shown_controls('"\x9b"'))) == '"\\u009b"'
    assert json.loads(shown_controls(json.dumps("\x9b\x1b", ensure_ascii=False))) == "\x9b\x1b"


CONTROLS = {chr(c) for c in (*range(0x20), 0x7F, *range(0x80, 0xA0))} - {"\t", "\n"}


@given(st.text())
def test_no_control_character_survives_either_way(text: str) -> None:
    assert not CONTROLS & set(shown_controls(text))
    assert not CONTROLS & set(without_controls(text))
    if not CONTROLS & set(text.replace("\r", "")):
        assert shown_controls(text.replace("\r", "")) == text.replace("\r", "")
        assert without_controls(text) == text.replace("\r\n", "\n").replace("\r", "\n")


def test_csv_cells_lose_nuls_and_controls_but_keep_tabs_and_lines() -> None:
    assert without_controls("a\x00b\x1b[0m\r\nc\rd\x9ce\tf") == "ab[0m\nc\nde\tf"


def test_replies_print_a_hostile_message_without_its_escapes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = shop(tmp_path, capsys)
    batch = tmp_path / "replies.txt"
    batch.write_text(f"+44 7911 123456: {HOSTILE}\n", encoding="utf-8")
    printed = run("replies", str(batch))
    for text in (printed.out, printed.err):
        assert "\x1b" not in text
        assert "\x9b" not in text
        assert "\x07" not in text
        assert "\x00" not in text
    assert "\\u001b[31mRED" in printed.out


def test_an_error_line_naming_user_input_carries_no_escape(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = shop(tmp_path, capsys)
    refused = run("optin", "07911 123456", "--scope", "\x1b[2Jnope", "--method", "sms", expect=2)
    assert "\x1b" not in refused.err
    assert len(refused.err.strip().splitlines()) == 1
    usage = run("optin", "07911 123456", "--scope", "x", "--method", "\x1b[2J", expect=2)
    assert "\x1b" not in usage.err


def test_a_nul_never_reaches_the_report_csv(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run = shop(tmp_path, capsys)
    report = tmp_path / "report.csv"
    with_nul = b"name,phone\nAnn\x00\x1b[5m,07911 123456\n=cmd\r,07911 123457\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(with_nul)))
    run("check", "-", "--category", "orders", "--report", str(report), expect=2)
    assert not report.exists()  # a list holding NUL bytes is refused, nothing written
    pasted = b"name,phone\nAnn\x1b[5m,07911 123456\n=cmd\r,07911 123457\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(pasted)))
    run("check", "-", "--category", "orders", "--report", str(report))
    raw = report.read_bytes()
    assert b"\x00" not in raw
    assert b"\x1b" not in raw
    with report.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["name"] == "Ann[5m"
    assert rows[1]["name"].startswith("'")


def test_write_csv_cleans_every_text_cell(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    write_csv(target, ("a", "b"), [("x\x00y", "\x01+1")], safe_columns=("a",))
    assert target.read_text(encoding="utf-8-sig").splitlines()[1] == "xy,'+1"
